/// Builds SVG path data (`d`) in page millimetres directly as bytes, with fixed precision.
///
/// Sub-paths longer than ``maximumVerticesPerPath`` are the caller's to split (see
/// ``PathData/split(_:maximumVertices:)``); a single path never exceeds that count.
public struct PathData: Sendable {
    /// Vertices allowed in one `<path>` (Illustrator's historic limit is 32,000).
    public static let maximumVerticesPerPath = 32_000

    public private(set) var bytes: [UInt8] = []
    public private(set) var vertexCount = 0
    public let decimals: Int

    public init(decimals: Int = 2) { self.decimals = decimals }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Appends one sub-path from a flat `[x0, y0, x1, y1, …]` run; `close` adds `Z`.
    /// Consecutive points that format to the same text are written once.
    /// - Complexity: O(n) in the number of points.
    public mutating func appendRun(_ xy: [Double], close: Bool) {
        let n = xy.count / 2
        guard n >= 2 else { return }
        if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        bytes.reserveCapacity(bytes.count + n * 16)
        var lastStart = -1, lastEnd = -1
        var written = 0
        let firstX = xy[0], firstY = xy[1]
        for i in 0..<n {
            let x = xy[2 * i], y = xy[2 * i + 1]
            if close && i == n - 1 && written > 0 && x == firstX && y == firstY { break }
            let start = bytes.count
            bytes.append(written == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L"))
            let numbers = bytes.count
            FixedDecimal.append(x, decimals: decimals, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            FixedDecimal.append(y, decimals: decimals, to: &bytes)
            let end = bytes.count
            if lastStart >= 0 && end - numbers == lastEnd - lastStart {
                var same = true
                var k = 0
                while k < end - numbers { if bytes[numbers + k] != bytes[lastStart + k] { same = false; break }; k += 1 }
                if same { bytes.removeLast(end - start); continue }
            }
            lastStart = numbers; lastEnd = end
            written += 1
        }
        vertexCount += written
        if written == 0 { if !bytes.isEmpty && bytes.last == UInt8(ascii: " ") { bytes.removeLast() }; return }
        if close { bytes.append(UInt8(ascii: "Z")) }
    }

    /// The value for a `d` attribute.
    public var attributeValue: SVGAttributeValue { .raw(bytes) }

    /// Groups runs into batches whose total vertex count stays at or under `maximumVertices`
    /// (a single run longer than that is cut into overlapping open pieces).
    public static func split(_ runs: [[Double]], maximumVertices: Int = maximumVerticesPerPath) -> [[[Double]]] {
        var batches: [[[Double]]] = []
        var current: [[Double]] = []
        var count = 0
        for run in runs {
            var pieces = [run]
            if run.count / 2 > maximumVertices {
                pieces = []
                var start = 0
                let n = run.count / 2
                while start < n - 1 {
                    let end = min(n, start + maximumVertices)
                    pieces.append(Array(run[(2 * start)..<(2 * end)]))
                    start = end - 1
                }
            }
            for p in pieces {
                let c = p.count / 2
                if count + c > maximumVertices && !current.isEmpty {
                    batches.append(current); current = []; count = 0
                }
                current.append(p); count += c
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
