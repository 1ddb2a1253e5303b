// swift-tools-version:6.0
// Benchmarks of GraphQLCore against GraphQLSwift, side by side in one process.
// GraphQLSwift is a peer here only: the product never depends on it.
import PackageDescription

let package = Package(
    name: "engine-bench",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/GraphQLSwift/GraphQL.git", exact: "4.3.0"),
    ],
    targets: [
        // The engine's sources, compiled here as they are (Sources/GraphQLCore is a link),
        // so the bench needs none of the server's dependencies.
        .target(name: "GraphQLCore"),
        .executableTarget(
            name: "EngineBench",
            dependencies: [
                "GraphQLCore",
                .product(name: "GraphQL", package: "GraphQL"),
            ]
        ),
    ]
)
