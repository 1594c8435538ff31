// swift-tools-version:6.0
// Causeway: a Traefik-compatible API gateway whose middleware plugins are Go source run by
// our own interpreter (the `Interpreter/` package, which this package depends on by path).
import PackageDescription

let package = Package(
    name: "Causeway",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Causeway", targets: ["Causeway"]),
        .executable(name: "causeway", targets: ["causeway"]),
        .executable(name: "whoami", targets: ["whoami"]),
    ],
    dependencies: [
        .package(path: "Interpreter"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // Static and dynamic configuration: models, YAML/TOML/CLI/env loading, validation.
        .target(
            name: "CausewayConfig",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Rule language (v3 matchers) and the indexed router table.
        .target(
            name: "CausewayRouting",
            dependencies: [
                .product(name: "GoRegexp", package: "Interpreter"),
            ]
        ),
        // Entrypoints, proxy engine, providers, runtime snapshots: the gateway itself.
        .target(
            name: "Causeway",
            dependencies: [
                "CausewayConfig",
                "CausewayRouting",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Go middleware plugins: manifests, local plugin catalog, checks, option decoding.
        .target(
            name: "CausewayPlugins",
            dependencies: [
                "CausewayConfig",
                "Causeway",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GoInterpreter", package: "Interpreter"),
            ]
        ),
        .executableTarget(
            name: "causeway",
            dependencies: [
                "Causeway",
                "CausewayPlugins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Router table lookup micro-benchmark (run it in release mode).
        .executableTarget(
            name: "RouterTableBenchmark",
            dependencies: ["CausewayRouting"],
            path: "Benchmarks/RouterTable"
        ),
        // A tiny upstream that echoes what it receives, for the quick start.
        .executableTarget(
            name: "whoami",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "CausewayConfigTests", dependencies: ["CausewayConfig"]),
        .testTarget(name: "CausewayRoutingTests", dependencies: ["CausewayRouting"]),
        .testTarget(name: "CausewayPluginsTests", dependencies: ["CausewayPlugins", "CausewayConfig", "Causeway"]),
        .testTarget(
            name: "CausewayTests",
            dependencies: [
                "Causeway",
                "CausewayConfig",
                "CausewayPlugins",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            exclude: ["Plugins/Fixtures"]
        ),
    ]
)
