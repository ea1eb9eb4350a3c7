// swift-tools-version:6.1
// libFuzzer targets for Benkang's decoders: a package of its own, so that `swift build`
// and `swift test` of the main package never see them. Build and run with `make fuzz`
// (Fuzz/run.sh); each target is an executable whose `LLVMFuzzerTestOneInput` feeds one
// input to one decoder, built with `-sanitize=fuzzer,address -parse-as-library`; its
// `@main` starts libFuzzer's driver (FuzzSupport).
import Foundation
import PackageDescription

/// The main package is two folders up (Fuzz/BenkangFuzz); SwiftPM names a path dependency by its folder
/// name, which depends on where the repository was cloned.
let benkang = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
let benkangIdentity = benkang.lastPathComponent

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: benkangIdentity) },
        swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")])
}

let package = Package(
    name: "BenkangFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: benkang.path)],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        fuzzTarget("FuzzGeoJSON", ["GIS"]),
        fuzzTarget("FuzzCSV", ["GIS"]),
        fuzzTarget("FuzzSourceTables", ["GeodataBuild", "GIS"]),
        fuzzTarget("FuzzCountyProfile", ["Planning", "GIS"]),
        fuzzTarget("FuzzScenario", ["Simulation"]),
        fuzzTarget("FuzzOverride", ["Simulation"]),
        fuzzTarget("FuzzMapSpec", ["Cartography"]),
        fuzzTarget("FuzzExperiment", ["Experiments"]),
        fuzzTarget("FuzzShard", ["Sharding", "GIS"]),
        fuzzTarget("FuzzRegion", ["Planning", "GIS"]),
    ]
)
