// swift-tools-version:6.0
// Two peer servers for the load benchmark (bench/server), over the same database as
// SessionQL: a typical Graphiti application, and an N+1 baseline on SessionQL's own engine.
// Peers only: nothing here is part of the product.
import PackageDescription

let package = Package(
    name: "peers",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "peer-graphiti", targets: ["PeerGraphiti"]),
        .executable(name: "peer-naive", targets: ["PeerNaive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/GraphQLSwift/GraphQL.git", exact: "4.3.0"),
        .package(url: "https://github.com/GraphQLSwift/Graphiti.git", exact: "3.1.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.0.0"),
    ],
    targets: [
        // SessionQL's engine, compiled from its sources as they are (Sources/GraphQLCore is a
        // link), so this package needs none of the server's dependencies.
        .target(name: "GraphQLCore"),
        // What both peers share: options, the HTTP front, rows, and the values derived from them.
        .target(
            name: "PeerCommon",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "PeerGraphiti",
            dependencies: [
                "PeerCommon",
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Graphiti", package: "Graphiti"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .executableTarget(
            name: "PeerNaive",
            dependencies: [
                "PeerCommon",
                "GraphQLCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            // SessionQL's schema as it is (a link to Sources/SessionAPI/Resources).
            resources: [.embedInCode("schema.graphql")]
        ),
    ]
)
