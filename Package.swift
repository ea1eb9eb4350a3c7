// swift-tools-version:6.1
import PackageDescription

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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CProj", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]),
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .target(
            name: "GIS", dependencies: ["CProj", "CGEOS", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            cSettings: [.define("GEOS_USE_ONLY_R_API")],
            swiftSettings: [.unsafeFlags(["-Xcc", "-DGEOS_USE_ONLY_R_API"])]),
        .target(name: "Planning", dependencies: ["GIS", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Simulation",
            dependencies: ["Planning", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Cartography",
            dependencies: ["GIS", .product(name: "Yams", package: "Yams")]),
        .target(name: "GeodataBuild", dependencies: ["GIS", "Planning"]),
        .executableTarget(
            name: "BenkangCLI",
            dependencies: [
                "GIS", "Planning", "Simulation", "Cartography", "GeodataBuild",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "BenkangBench",
            dependencies: ["GIS", "Planning", "Simulation", "Cartography"]),
        .testTarget(name: "GISTests", dependencies: ["GIS"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography"]),
        .testTarget(name: "GeodataBuildTests", dependencies: ["GeodataBuild"]),
        .testTarget(name: "CLITests", dependencies: ["BenkangCLI", "GIS"]),
    ]
)
