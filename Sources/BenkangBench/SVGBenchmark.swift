#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Cartography
import Dispatch

/// Measures SVG writing on a large layer: `features` polygons of `verticesPerFeature`
/// vertices (page millimetres) turned into path data and serialised, as the renderer's
/// write stage does. Prints one summary line.
/// - Returns: megabytes (10⁶ bytes) of SVG output per second, best of `repetitions`.
@discardableResult
func runSVGWriteBenchmark(features: Int = 5_000, verticesPerFeature: Int = 400, repetitions: Int = 3) -> Double {
    var rings: [[Double]] = []
    rings.reserveCapacity(features)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for f in 0..<features {
        var ring: [Double] = []
        ring.reserveCapacity(2 * verticesPerFeature + 2)
        let cx = Double(f % 100) * 4, cy = Double(f / 100) * 4
        for i in 0..<verticesPerFeature {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let jitter = Double(state >> 40) / Double(1 << 24) * 0.3
            let a = Double(i) / Double(verticesPerFeature) * 2 * Double.pi
            ring += [cx + (1.5 + jitter) * cos(a), cy + (1.5 + jitter) * sin(a)]
        }
        ring += [ring[0], ring[1]]
        rings.append(ring)
    }
    var best = 0.0
    var size = 0
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        var layer = SVGElement.layer(id: "bench", label: "Benchmark")
        for (f, ring) in rings.enumerated() {
            var d = PathData()
            d.appendRun(ring, close: true)
            var p = SVGElement("path", [("id", "f\(f)"), ("class", "village")])
            p.set("d", d.attributeValue)
            p.set("fill", "#ffeda0")
            layer.append(p)
        }
        let bytes = SVGWriter.bytes(layer)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        size = bytes.count
        best = max(best, Double(bytes.count) / 1e6 / seconds)
    }
    print("svg-write: \(features) paths × \(verticesPerFeature) vertices → \(size / 1_000_000) MB of SVG; \(Int(best)) MB/s (format + serialise, best of \(repetitions))")
    return best
}
