// swift-tools-version:6.1
import PackageDescription

// Shared by every target: existential types spelled with `any`. (The Swift 6 language mode,
// with its strict concurrency checking, comes with the tools version, not from a setting;
// 6.1 is needed to pick a dependency's traits.)
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    // Generic code (loaders, resolvers, the executor) specialized across the modules that
    // use it, in release builds.
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
]

let package = Package(
    name: "sessionql",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sessionql", targets: ["sessionql"]),
        .library(name: "GraphQLCore", targets: ["GraphQLCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        // OTLP over HTTP only: the gRPC exporter's packages are not needed.
        .package(url: "https://github.com/swift-otel/swift-otel.git", from: "1.6.0", traits: ["OTLPHTTP"]),
    ],
    targets: [
        // The GraphQL engine: Foundation only, nothing about SQL or HTTP.
        .target(name: "GraphQLCore", swiftSettings: swiftSettings),
        .target(
            name: "SessionStore",
            dependencies: [
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.embedInCode("Migrations/sqlite"), .embedInCode("Migrations/postgres")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SessionAPI",
            dependencies: ["GraphQLCore", "SessionStore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.embedInCode("Resources/schema.graphql")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SessionServer",
            dependencies: [
                "GraphQLCore",
                "SessionAPI",
                "SessionStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            resources: [.embedInCode("Playground")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sessionql",
            dependencies: [
                "SessionServer",
                "SessionStore",
                "SessionAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "OTel", package: "swift-otel"),
                .product(name: "Instrumentation", package: "swift-distributed-tracing"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "GraphQLCoreTests", dependencies: ["GraphQLCore"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "SessionStoreTests", dependencies: ["SessionStore", .product(name: "Logging", package: "swift-log"), .product(name: "NIOSSL", package: "swift-nio-ssl")], swiftSettings: swiftSettings),
        .testTarget(name: "SessionAPITests", dependencies: ["SessionAPI", "SessionStore", "GraphQLCore", .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log")], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SessionServerTests",
            dependencies: [
                "SessionServer",
                "SessionAPI",
                "SessionStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
