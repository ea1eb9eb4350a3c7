import Foundation

/// In-process micro benchmarks (`benkang-bench micro [--quick] [--peer] [--only …]`):
/// figures are wall-clock, best of 3, read against bench/peer.py run in the same call.
struct BenchOptions {
    var quick = false
    var peer = false
    var only: Set<String>? = nil

    init(_ arguments: [String]) {
        var i = 2
        while i < arguments.count {
            switch arguments[i] {
            case "--quick": quick = true
            case "--peer": peer = true
            case "--only" where i + 1 < arguments.count:
                only = Set(arguments[i + 1].split(separator: ",").map(String.init)); i += 1
            case "-h", "--help":
                print("usage: benkang-bench micro [--quick] [--peer] [--only decode,projection,join,simulation,svg]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("benkang-bench: unknown argument \(arguments[i])\n".utf8))
                exit(64)
            }
            i += 1
        }
    }
    func wants(_ name: String) -> Bool { only?.contains(name) ?? true }
}

/// Runs bench/peer.py on `geojson` and returns its "name value unit" lines as a table.
func runPeer(geojson: String, points: Int) -> [String: Double] {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("bench/peer.py").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", script, "--geojson", geojson, "--points", String(points)]
    let out = Pipe()
    p.standardOutput = out
    do { try p.run() } catch { print("peer: cannot run python3 (\(error))"); return [:] }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    var table: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let f = line.split(separator: " ")
        if f.count >= 2, let v = Double(f[1]) { table[String(f[0])] = v }
    }
    return table
}

func line(_ name: String, _ value: Double, _ unit: String, peer: String? = nil, peers peerFigures: [String: Double]) {
    var s = name.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%14.1f %@", value, unit)
    if let peer, let pv = peerFigures[peer], pv > 0 {
        s += String(format: "   peer %@ %.1f → ×%.1f", peer, pv, value / pv)
    }
    print(s)
}

/// Runs the micro benchmarks selected by the command line (`micro` first).
func runMicroBenchmarks() {
    let options = BenchOptions(CommandLine.arguments)
    var peerFigures: [String: Double] = [:]
    let decodeMegabytes = options.quick ? 10 : 100
    let projectionPoints = options.quick ? 200_000 : 2_000_000
    let joinPoints = options.quick ? 20_000 : 200_000
    if options.peer {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-bench-polygons.geojson").path
        let bytes = geoJSONBenchmarkCollection(megabytes: decodeMegabytes)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        print("peer: bench/peer.py on \(bytes.count / 1_000_000) MB of polygons and \(projectionPoints) points …")
        peerFigures = runPeer(geojson: path, points: projectionPoints)
        try? FileManager.default.removeItem(atPath: path)
    }

    if options.wants("decode") {
        let r = runGeoJSONDecodeBenchmark(megabytes: decodeMegabytes)
        print("GeoJSON: \(r.bytes / 1_000_000) MB, \(r.features) features, \(r.positions) positions")
        line("geojson_decode", r.decodeMBPerSecond, "MB/s", peer: "geojson_decode_geopandas_pyogrio", peers: peerFigures)
        line("geojson_decode (vs json.load)", r.decodeMBPerSecond, "MB/s", peer: "geojson_decode_json_load", peers: peerFigures)
        line("geojson_encode", r.encodeMBPerSecond, "MB/s", peers: peerFigures)
        if let peak = r.decodePeakMemoryBytes {
            line("geojson_decode_peak_memory", Double(peak) / Double(r.bytes), "× file size", peers: peerFigures)
        }
    }
    if options.wants("projection") {
        let r = runProjectionBenchmark(points: projectionPoints)
        line("proj_points_one_thread", r.onePointsPerSecond, "points/s", peer: "proj_pyproj_4326_to_4545", peers: peerFigures)
        line("proj_points_all_cores (\(r.cores))", r.allCoresPointsPerSecond, "points/s", peers: peerFigures)
    }
    if options.wants("join") {
        let r = runSpatialJoinBenchmark(points: joinPoints, polygons: 5_000)
        line("spatial_join_one_thread", r.pointsPerSecond, "points/s", peer: "sjoin_geopandas_points_in_polygons", peers: peerFigures)
        line("spatial_join_all_cores", r.allCoresPointsPerSecond, "points/s", peers: peerFigures)
        let g = comparePointInPolygonWithGEOS(points: joinPoints / 4, polygons: 5_000)
        line("point_in_polygon_swift", g.swiftPointsPerSecond, "points/s", peers: peerFigures)
        line("point_in_polygon_geos_prepared", g.geosPointsPerSecond, "points/s", peers: peerFigures)
        if !g.agree { print("WARNING: the Swift and GEOS joins disagree") }
    }
    if options.wants("simulation") {
        if let r = runSimulationBenchmark(runs: options.quick ? 4 : 16) {
            print("simulation: \(r.households) households × \(r.years) years, baseline scenario")
            line("household_years_one_core", r.householdYearsPerSecondOneCore, "household-years/s", peers: peerFigures)
            line("household_years_with_synthesis", r.householdYearsPerSecondWithSynthesis, "household-years/s", peers: peerFigures)
            line("household_years_all_cores (\(r.cores), \(r.ensembleRuns) runs)", r.householdYearsPerSecondAllCores, "household-years/s", peers: peerFigures)
        }
    }
    if options.wants("explore") {
        let (points, runs) = options.quick ? (4, 2) : (8, 4)
        if let r = runExploreBenchmark(points: points, runsPerPoint: runs) {
            print("explore: \(r.points) points × \(r.runsPerPoint) runs against one ensemble of \(r.points * r.runsPerPoint) runs, \(r.cores) cores, alternately")
            for (k, (e, x)) in zip(r.ensembleHouseholdYearsPerSecond, r.experimentHouseholdYearsPerSecond).enumerated() {
                line("ensemble_household_years_all_cores round \(k + 1)", e, "household-years/s", peers: peerFigures)
                line("explore_household_years_all_cores round \(k + 1)", x, "household-years/s", peers: peerFigures)
            }
            let e = r.ensembleHouseholdYearsPerSecond.reduce(0, +), x = r.experimentHouseholdYearsPerSecond.reduce(0, +)
            line("explore_vs_ensemble", x / e, "ratio", peers: peerFigures)
        }
    }
    if options.wants("svg") {
        let mbPerSecond = runSVGWriteBenchmark(features: options.quick ? 1_000 : 5_000)
        line("svg_write", mbPerSecond, "MB/s", peers: peerFigures)
    }
}
