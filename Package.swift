// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "casusspel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casusspel", targets: ["casusspel"]),
        .library(name: "CasusCore", targets: ["CasusCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // The domain: case model, JSON with source positions, validation, the game and session
        // machines, events, reports as values. No curses, no files, no processes, no threads:
        // `CoreIsPureTests` checks its object files for such calls.
        .target(name: "CasusCore"),
        // The edge: reading cases and logs, writing logs and reports, session folders, clocks,
        // loading on all cores.
        .target(
            name: "CasusIO",
            dependencies: ["CasusCore", .product(name: "SystemPackage", package: "swift-system")]),
        // ncursesw with the wide-character API made visible (see shim.h).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Views render into a cell buffer and a pure update turns keys into effects;
        // only Terminal/ talks to curses. No file I/O: the executable performs the effects.
        .target(name: "CasusTUI", dependencies: ["CasusCore", "CNcursesw"]),
        .executableTarget(
            name: "casusspel",
            dependencies: [
                "CasusCore", "CasusIO", "CasusTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime linked in: half the start-up time of a trainer's first screen
            // goes to loading shared Swift libraries otherwise (casusspel-bench measures it).
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
                // ArgumentParser uses FoundationEssentials; statically it needs its two helper libraries named.
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // `swift run -c release casusspel-bench`: measurements beside C references; not part of `swift test`.
        .executableTarget(
            name: "casusspel-bench",
            dependencies: ["CasusCore", "CasusIO", "casusspel", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Paths, temporary folders and source positions shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CasusCoreTests", dependencies: ["CasusCore", "CasusIO", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CasusTUITests", dependencies: ["CasusTUI", "CasusCore", "CasusIO", "TestSupport"], exclude: ["__Snapshots__"]),
        // Drives the real binary (pipes and tmux); depends on it so `swift test` builds it.
        .testTarget(name: "CasusspelTests", dependencies: ["casusspel", "CasusCore", "CasusIO", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
