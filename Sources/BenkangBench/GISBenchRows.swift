import Foundation
import GIS

/// The GIS rows of the bench table: `info`, decoding, `project` (GeoJSON and `--lines`)
/// and PROJ throughput, each beside its peer (bench/peers/*.py, cs2cs).
///
/// Inputs are generated into the scratch folder, deterministically:
/// ``infoBenchmarkCollection(features:)`` (160,000 village-like polygons, about 98 MB)
/// and 2,000,000 "lon lat" lines from ``projectionBenchmarkCloud(points:)``.
@Sendable
func gisBenchRows(_ context: BenchContext) -> [BenchRow] {
    let features = context.quick ? 16_000 : 160_000
    let points = context.quick ? 200_000 : 2_000_000
    let polygons = context.scratch + "/polygons.geojson"
    let lines = context.scratch + "/points.txt"
    do {
        let bytes = infoBenchmarkCollection(features: features)
        try Data(bytes).write(to: URL(fileURLWithPath: polygons))
        try Data(coordinateLines(projectionBenchmarkCloud(points: points))).write(to: URL(fileURLWithPath: lines))
    } catch {
        FileHandle.standardError.write(Data("bench: cannot write the GIS inputs under \(context.scratch)\n".utf8))
        return []
    }
    let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: polygons)[.size] as? Int) ?? 0) / 1e6
    let size = String(format: "%.0f MB, %dk polygons", megabytes, features / 1000)
    let mbPerSecond: @Sendable (Double) -> String = { String(format: "%.0f MB/s", megabytes / $0) }
    let pointsPerSecond: @Sendable (Double) -> String = { String(format: "%.2f M points/s", Double(points) / 1e6 / $0) }
    let cs2cs = FileManager.default.isExecutableFile(atPath: "/usr/bin/cs2cs")
        ? PeerCommand(name: "cs2cs", command: TimedCommand(
            executable: "/usr/bin/cs2cs", arguments: ["-f", "%.3f", "-r", "-s", "EPSG:4326", "EPSG:4545", lines]))
        : PeerCommand(name: "cs2cs", unavailable: "cs2cs not installed (apt-get install proj-bin)")
    return [
        BenchRow(work: "`info` \(size) (planar + geodesic area)",
                 benkang: context.benkang(["info", polygons]),
                 peer: context.python("bench/peers/info_geopandas.py", [polygons], name: "geopandas/pyogrio + to_crs(4545).area + pyproj Geod",
                                      modules: ["geopandas", "pyogrio", "pyproj"]),
                 throughput: mbPerSecond),
        BenchRow(work: "decode only, same file",
                 benkang: context.bench(["decode-geojson", polygons]),
                 peer: context.python("bench/peers/decode_orjson.py", [polygons], name: "orjson with GC off", modules: ["orjson"]),
                 throughput: mbPerSecond),
        BenchRow(work: "`project` GeoJSON→GeoJSON, same file",
                 benkang: context.benkang(["project", "--to", "EPSG:4545", polygons, "-o", context.scratch + "/projected-benkang.geojson"]),
                 peer: context.python("bench/peers/project_geopandas.py", [polygons, context.scratch + "/projected-peer.geojson"],
                                      name: "geopandas read + to_crs + to_file", modules: ["geopandas", "pyogrio"]),
                 throughput: mbPerSecond),
        BenchRow(work: "`project --lines`, \(points / 1_000_000) M points",
                 benkang: context.benkang(["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines", lines]),
                 peer: cs2cs, throughput: pointsPerSecond, note: "same digits as cs2cs -f %.3f"),
        BenchRow(work: "`project --lines`, \(points / 1_000_000) M points (pandas)",
                 benkang: context.benkang(["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines", lines]),
                 peer: context.python("bench/peers/project_lines_pyproj.py", [lines], name: "pandas + pyproj",
                                      modules: ["pandas", "pyproj"]),
                 throughput: pointsPerSecond),
        BenchRow(work: "PROJ, \(points / 1_000_000) M points in memory, 1 thread, same PROJ",
                 benkang: context.bench(["proj-points", String(points), "1"]),
                 peer: systemPROJPyproj(context, [String(points)]),
                 note: "work-seconds: best of 3 in-process; both on PROJ \(projVersion)"),
        BenchRow(work: "PROJ, \(points / 1_000_000) M points in memory, 1 thread, wheel's PROJ",
                 benkang: context.bench(["proj-points", String(points), "1"]),
                 peer: context.python("bench/peers/proj_pyproj.py", [String(points)],
                                      name: "pyproj wheel (PROJ \(wheelPROJVersion(context)))", modules: ["pyproj", "numpy"]),
                 note: "work-seconds: best of 3 in-process; PROJ \(projVersion) here, \(wheelPROJVersion(context)) in the wheel"),
        BenchRow(work: "PROJ, \(points / 1_000_000) M points in memory, every core",
                 benkang: context.bench(["proj-points", String(points), "0"]),
                 peer: context.python("bench/peers/proj_pyproj.py", [String(points)], name: "pyproj (1 thread)", modules: ["pyproj", "numpy"])),
    ]
}

/// The PROJ-throughput peer on this machine's PROJ: bench/peers/proj_pyproj.py under
/// bench/.venv-sysproj, whose pyproj bench/install-peers.sh built from source against the
/// system PROJ (libproj-dev), so both sides run the same PROJ release.
func systemPROJPyproj(_ context: BenchContext, _ arguments: [String]) -> PeerCommand {
    let python = context.root + "/bench/.venv-sysproj/bin/python"
    let name = "pyproj from source on PROJ \(projVersion)"
    guard FileManager.default.isExecutableFile(atPath: python), PythonModules.available(["pyproj", "numpy"], python: python) else {
        return PeerCommand(name: name, unavailable: "peer not installed (bench/install-peers.sh)")
    }
    return PeerCommand(name: name, command: TimedCommand(
        executable: python, arguments: [context.root + "/bench/peers/proj_pyproj.py"] + arguments,
        unsetEnvironment: ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]))
}

/// The PROJ release bundled in bench/.venv's pyproj wheel (e.g. "9.5.1"), or "?".
func wheelPROJVersion(_ context: BenchContext) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: context.venvPython)
    process.arguments = ["-c", "import pyproj; print(pyproj.proj_version_str)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "?" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 && !text.isEmpty ? text : "?"
}

/// The installed PROJ's version, e.g. "9.1.1".
let projVersion: String = Transformation.projVersion

/// "lon lat" lines with 9 decimals, one position a line.
func coordinateLines(_ cloud: CoordinateSequence) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(cloud.count * 26)
    var i = 0
    while i < cloud.xy.count {
        DecimalWriter.append(cloud.xy[i], decimals: 9, zeros: .keep, to: &out); out.append(0x20)
        DecimalWriter.append(cloud.xy[i + 1], decimals: 9, zeros: .keep, to: &out); out.append(0x0A)
        i += 2
    }
    return out
}

/// Worker `decode-geojson FILE`: reads and decodes FILE once; prints the feature count
/// and `work-seconds:` (reading and decoding). Exit 65 when it does not decode.
func decodeGeoJSONWorker(_ arguments: [String]) -> Int32 {
    guard arguments.count == 1 else { return 64 }
    let clock = ContinuousClock()
    let start = clock.now
    guard let document = try? GeoJSONFile.read(path: arguments[0]) else { return 65 }
    let elapsed = clock.now - start
    print("features: \(document.object.asFeatureCollection.features.count)")
    print("work-seconds: \(seconds(elapsed))")
    return 0
}

/// Worker `proj-points N THREADS`: EPSG:4326 → EPSG:4545 on ``projectionBenchmarkCloud(points:)``
/// in memory, best of 3, with `Transformation.transformInPlace(flat:)` (THREADS 1) or split
/// over every core with one transformation per thread (THREADS 0). Prints the PROJ version,
/// `points-per-second:` and `work-seconds:`.
func projPointsWorker(_ arguments: [String]) -> Int32 {
    guard arguments.count == 2, let n = Int(arguments[0]), n > 0, let threads = Int(arguments[1]) else { return 64 }
    let cloud = projectionBenchmarkCloud(points: n).xy
    do {
        let t = try Transformation(from: PlanningCRS.geographicCode, to: PlanningCRS.defaultCode)
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<3 {
            let start = clock.now
            let parts = try t.concurrentMap(count: n, threads: threads) { worker, range in
                var xy = Array(cloud[(2 * range.lowerBound)..<(2 * range.upperBound)])
                return worker.transformInPlace(flat: &xy) ? xy.count : 0
            }
            best = min(best, seconds(clock.now - start))
            guard parts.reduce(0, +) == 2 * n else { return 65 }
        }
        print("proj: \(projVersion), threads \(ParallelFor.workers(threads))")
        print("points-per-second: \(Int(Double(n) / best))")
        print("work-seconds: \(best)")
        return 0
    } catch {
        FileHandle.standardError.write(Data("proj-points: \(error)\n".utf8))
        return 65
    }
}

private func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}
