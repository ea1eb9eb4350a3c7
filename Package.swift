// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Benkang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "benkang", targets: ["BenkangCLI"]),
        .library(name: "GIS", targets: ["GIS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CProj", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]),
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .target(
            name: "GIS", dependencies: ["CProj", "CGEOS"],
            cSettings: [.define("GEOS_USE_ONLY_R_API")],
            swiftSettings: [.unsafeFlags(["-Xcc", "-DGEOS_USE_ONLY_R_API"])]),
        .executableTarget(
            name: "BenkangCLI",
            dependencies: [
                "GIS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "GISTests", dependencies: ["GIS"]),
    ]
)
