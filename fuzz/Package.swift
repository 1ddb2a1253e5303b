// swift-tools-version:6.0
// A libFuzzer target for the engine's lexer, parser, printer and validator. `run.sh` builds
// it with `-sanitize=fuzzer,address` in its own scratch folder and runs it; the product's
// package knows nothing of it.
import PackageDescription

let package = Package(
    name: "engine-fuzz",
    platforms: [.macOS(.v14)],
    targets: [
        // The engine's sources as they are (Sources/GraphQLCore is a link), so the fuzzer needs
        // none of the server's dependencies.
        .target(name: "GraphQLCore"),
        // Its check (DocumentCheck.swift) is a link to the file the regression tests in
        // Tests/GraphQLCoreTests/Fuzz run, so a finding replays there exactly.
        .executableTarget(name: "DocumentFuzzer", dependencies: ["GraphQLCore"]),
    ]
)
