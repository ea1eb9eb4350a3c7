#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS

/// What ``runGeoJSONDecodeBenchmark(megabytes:)`` measured.
struct GeoJSONCodecBenchmarkResult {
    /// The size of the synthetic FeatureCollection, in bytes.
    var bytes: Int
    var features: Int
    var positions: Int
    /// Decoding speed, best of 3, in megabytes (10^6 bytes) of input per second.
    var decodeMBPerSecond: Double
    /// Encoding speed (one feature per line), best of 3, in megabytes of output per second.
    var encodeMBPerSecond: Double
    /// The peak memory of decoding, input bytes included: the rise of the resident-set
    /// peak (`VmHWM`, reset through `/proc/self/clear_refs`) over the resident set before
    /// decoding, plus the input size. Linux only; nil elsewhere.
    var decodePeakMemoryBytes: Int?
}

/// A deterministic synthetic FeatureCollection of about `megabytes` × 10^6 bytes (seed
/// 2015): village-like polygons over a fixed box where the shipped geodata lie (lon 106.7–107.2°, lat 30.0–30.6°)
/// with 50–500 vertices, coordinates of 6 to 15 significant digits, one in eight with a
/// hole, and a few properties (a string id, a Chinese name, integers, a decimal, a Boolean).
func geoJSONBenchmarkCollection(megabytes: Int) -> [UInt8] {
    var random = Xoshiro256StarStar(seed: 2015)
    let target = max(1, megabytes) * 1_000_000
    var features: [Feature] = []
    var bytes = 0
    while bytes < target {
        let i = features.count
        let vertices = 50 + Int(random.nextUnit() * 451)
        let decimals = 3 + Int(random.nextUnit() * 10)   // 106.xxx: 6 to 15 significant digits
        let centreX = 106.7 + 0.5 * random.nextUnit(), centreY = 30.0 + 0.6 * random.nextUnit()
        let radius = 0.002 + 0.01 * random.nextUnit()
        var rings = [ring(centreX, centreY, radius, vertices, decimals, &random)]
        if i % 8 == 0 { rings.append(ring(centreX, centreY, radius / 3, max(8, vertices / 10), decimals, &random)) }
        let properties: JSONObject = [
            "code": .string("510000\(100_000 + i)"), "name": .string("村\(i) Village"),
            "households": .number(Double(50 + Int(random.nextUnit() * 900))),
            "incomeYuanPerPerson": .number((2000 + 6000 * random.nextUnit() * 100).rounded() / 100),
            "poor": .bool(random.nextUnit() < 0.3),
        ]
        features.append(Feature(id: .number(Double(i)), geometry: .polygon(Polygon(rings: rings)), properties: properties))
        bytes += rings.reduce(0) { $0 + $1.count } * (2 * (decimals + 4) + 3) + 200
    }
    return GeoJSONEncoder().encode(FeatureCollection(features: features))
}

/// One closed ring of `n` vertices around a centre (degrees), rounded to `decimals`.
private func ring(_ cx: Double, _ cy: Double, _ radius: Double, _ n: Int, _ decimals: Int,
                  _ random: inout Xoshiro256StarStar) -> CoordinateSequence {
    let scale = (0..<decimals).reduce(1.0) { p, _ in p * 10 }
    var xy: [Double] = []
    xy.reserveCapacity(2 * n + 2)
    for k in 0..<n {
        let angle = 2 * Double.pi * Double(k) / Double(n)
        let r = radius * (0.7 + 0.3 * random.nextUnit())
        xy.append(((cx + r * cos(angle)) * scale).rounded() / scale)
        xy.append(((cy + r * sin(angle)) * scale).rounded() / scale)
    }
    xy.append(xy[0]); xy.append(xy[1])
    return CoordinateSequence(xy: xy)
}

/// Measures ``GeoJSONDecoder/decode(_:file:options:)`` and ``GeoJSONEncoder`` on
/// ``geoJSONBenchmarkCollection(megabytes:)``: best of 3 each, after one warm-up decode
/// that also measures peak memory. Run it in a release build (`swift build -c release`).
/// - Complexity: O(megabytes).
func runGeoJSONDecodeBenchmark(megabytes: Int) -> GeoJSONCodecBenchmarkResult {
    let input = geoJSONBenchmarkCollection(megabytes: megabytes)
    #if os(Linux)
    _ = glibcMallocTrim(0)   // return the generator's freed memory, so the resident set is the input
    #endif
    resetPeakMemory()
    let before = memoryStatus("VmRSS:")
    guard let decoded = try? GeoJSONDecoder.decode(input) else {
        preconditionFailure("GeoJSON benchmark: the synthetic collection does not decode")
    }
    let peak = memoryStatus("VmHWM:").flatMap { high in before.map { high - $0 + input.count } }
    let collection = decoded.object.asFeatureCollection
    let positions = collection.features.reduce(0) { $0 + ($1.geometry?.positionCount ?? 0) }
    let decodeSeconds = bestOfThreeSeconds { _ = try? GeoJSONDecoder.decode(input) }
    var outputBytes = 0
    let encodeSeconds = bestOfThreeSeconds { outputBytes = GeoJSONEncoder().encode(decoded.object).count }
    return GeoJSONCodecBenchmarkResult(
        bytes: input.count, features: collection.features.count, positions: positions,
        decodeMBPerSecond: Double(input.count) / 1e6 / decodeSeconds,
        encodeMBPerSecond: Double(outputBytes) / 1e6 / encodeSeconds,
        decodePeakMemoryBytes: peak)
}

private func bestOfThreeSeconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = clock.measure(body)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
}

#if os(Linux)
/// glibc's `malloc_trim` (not exported by the Glibc module): gives freed heap back to the system.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Resets the kernel's peak-RSS mark (Linux ≥ 4.0); does nothing elsewhere.
private func resetPeakMemory() {
    #if os(Linux)
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = write(fd, "5", 1)
    close(fd)
    #endif
}

/// A memory line (`VmHWM:`, `VmRSS:`) of `/proc/self/status`, in bytes, or nil where it
/// is unavailable.
private func memoryStatus(_ key: String) -> Int? {
    #if os(Linux)
    let fd = open("/proc/self/status", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let n = read(fd, &buffer, buffer.count)
    guard n > 0 else { return nil }
    let text = String(decoding: buffer[0..<n], as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return nil }
    let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
    return kilobytes.map { $0 * 1024 }
    #else
    return nil
    #endif
}
