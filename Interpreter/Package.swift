// swift-tools-version:6.0
// The Go interpreter. It knows nothing of HTTP gateways and needs nothing beyond the toolchain.
import PackageDescription

let package = Package(
    name: "Interpreter",
    platforms: [.macOS(.v14)],
    products: [
        // Linear-time regular expressions with Go's RE2 syntax; the gateway imports this alone.
        .library(name: "GoRegexp", targets: ["GoRegexp"]),
        .library(name: "GoInterpreter", targets: ["GoInterpreter"]),
        .executable(name: "gointerp", targets: ["gointerp"]),
    ],
    targets: [
        .target(name: "GoRegexp"),
        // Go standard-library algorithms in pure Swift (number formatting and parsing, quoting,
        // UTF-8, fmt verbs, time layouts), independent of the interpreter's value model.
        .target(name: "GoStdlibCore"),
        .target(name: "GoInterpreter", dependencies: ["GoRegexp", "GoStdlibCore"]),
        .executableTarget(name: "gointerp", dependencies: ["GoInterpreter"]),
        .testTarget(name: "GoRegexpTests", dependencies: ["GoRegexp"]),
        .testTarget(name: "GoStdlibCoreTests", dependencies: ["GoStdlibCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "GoInterpreterTests",
            dependencies: ["GoInterpreter"],
            exclude: ["Programs"]
        ),
    ]
)
