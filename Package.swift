// swift-tools-version:6.1
import PackageDescription

/// Every Swift target: a file sees the members of a module only when it imports that module.
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// Property-based tests (random inputs within the documented ranges, shrunk on failure).
let propertyBased: Target.Dependency = .product(name: "PropertyBased", package: "swift-property-based")

let package = Package(
    name: "Benkang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "benkang", targets: ["BenkangCLI"]),
        .executable(name: "benkang-bench", targets: ["BenkangBench"]),
        .library(name: "GIS", targets: ["GIS"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Cartography", targets: ["Cartography"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Experiments", targets: ["Experiments"]),
        .library(name: "Sharding", targets: ["Sharding"]),
        .library(name: "Exchange", targets: ["Exchange"]),
        .library(name: "GeodataBuild", targets: ["GeodataBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CProj", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]),
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .target(
            name: "GIS",
            dependencies: [
                "CProj", "CGEOS", "CCrypto", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "Planning", dependencies: ["GIS", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "Simulation",
            dependencies: ["GIS", "Planning", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "Cartography",
            dependencies: ["GIS", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(name: "MapPrint", swiftSettings: swiftSettings),
        .target(name: "Reports", dependencies: ["GIS", "Planning", "Simulation", "Cartography"], swiftSettings: swiftSettings),
        .target(
            name: "Experiments",
            dependencies: ["GIS", "Planning", "Simulation", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(name: "Sharding", dependencies: ["GIS", "Planning", "Simulation", "Reports"], swiftSettings: swiftSettings),
        .target(name: "Exchange", dependencies: ["GIS", "Cartography", "CSQLite"], swiftSettings: swiftSettings),
        .target(name: "GeodataBuild", dependencies: ["GIS", "Planning"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "BenkangCLI",
            dependencies: [
                "GIS", "Planning", "Simulation", "Reports", "Cartography", "GeodataBuild", "Exchange", "MapPrint", "Experiments", "Sharding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "BenkangBench",
            dependencies: ["GIS", "Planning", "Simulation", "Cartography", "Experiments"],
            swiftSettings: swiftSettings),
        .testTarget(name: "GISTests", dependencies: ["GIS", .product(name: "Yams", package: "Yams")], swiftSettings: swiftSettings),
        .testTarget(name: "PlanningTests", dependencies: ["GIS", "Planning"], swiftSettings: swiftSettings),
        .testTarget(name: "SimulationTests", dependencies: ["GIS", "Planning", "Simulation", propertyBased], swiftSettings: swiftSettings),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography", "GIS", "TestSupport"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "GeodataBuildTests", dependencies: ["GeodataBuild", "GIS", "Planning", propertyBased], swiftSettings: swiftSettings),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "GIS", "Planning", "Simulation"], swiftSettings: swiftSettings),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Simulation"], swiftSettings: swiftSettings),
        .testTarget(name: "ShardingTests", dependencies: ["Sharding", "Simulation", "GIS"], swiftSettings: swiftSettings),
        .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "GIS", "Cartography"], swiftSettings: swiftSettings),
        .testTarget(name: "MapPrintTests", dependencies: ["MapPrint"], swiftSettings: swiftSettings),
        .testTarget(name: "CLITests", dependencies: ["BenkangCLI", "GIS", "Sharding", "TestSupport", propertyBased], exclude: ["Golden"], swiftSettings: swiftSettings),
    ]
)
