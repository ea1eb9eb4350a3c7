import GIS

/// Plain "x y [z]" coordinate lines, as cs2cs reads and writes them: read byte by byte,
/// projected in batched PROJ calls on every core, written with ``DecimalWriter``.
enum CoordinateLines {
    /// One line of input: a position (its x, y at `2 × index` in the flat array), or a
    /// line passed through as it is (blank, or a `#` comment).
    private enum Line {
        case position(z: Double?)
        case verbatim(Range<Int>)
    }

    /// Transforms every line of `input`; blank lines and `#` comments pass through.
    /// Lines end with \n, \r\n or \r; fields are separated by spaces, tabs or commas.
    /// Output: "x y" or "x y z" with `decimals` digits, correctly rounded like C's
    /// `printf("%.*f")` (so cs2cs with `-f %.Nf` prints the same digits), never "-0".
    /// - Parameter threads: workers for the projection (0: every CPU the process may use);
    ///   the output does not depend on it.
    /// - Throws: GISError naming the file and line of every line that is not 2 or 3
    ///   numbers, or of the first position PROJ cannot transform.
    static func transform(_ input: [UInt8], file: String, with t: Transformation, decimals: Int,
                          threads: Int = 0) throws -> [UInt8] {
        var lines: [Line] = []
        var xy: [Double] = []
        var zs: [Double?] = []
        var lineNumbers: [Int] = []   // per position: its 1-based line
        var problems: [Diagnostic] = []
        input.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var start = 0
            var lineNumber = 0
            while start < n {
                var stop = start
                while stop < n, bytes[stop] != 0x0A, bytes[stop] != 0x0D, bytes[stop] != 0x0B, bytes[stop] != 0x0C { stop += 1 }
                lineNumber += 1
                parse(bytes, start, stop, lineNumber: lineNumber, file: file, lines: &lines, xy: &xy, zs: &zs,
                      lineNumbers: &lineNumbers, problems: &problems)
                // \r\n is one line break
                start = stop < n && bytes[stop] == 0x0D && stop + 1 < n && bytes[stop + 1] == 0x0A ? stop + 2 : stop + 1
            }
        }
        if !problems.isEmpty { throw GISError(problems) }
        let hasZ = zs.contains { $0 != nil }
        // Points without z go through PROJ's 2-D path in batches; with z, one call each.
        let count = xy.count / 2
        let source = xy, elevations = zs
        let projected: [[Double]]
        do {
            projected = try t.concurrentMap(count: count, threads: threads) { worker, range in
                if hasZ {
                    var out: [Double] = []
                    out.reserveCapacity(3 * range.count)
                    for i in range {
                        let p = try worker.transform(Position(source[2 * i], source[2 * i + 1], elevations[i]))
                        out.append(p.x); out.append(p.y); out.append(p.z ?? .nan)
                    }
                    return out
                }
                var part = Array(source[(2 * range.lowerBound)..<(2 * range.upperBound)])
                if !worker.transformInPlace(flat: &part) {
                    for i in range { _ = try worker.transform(Position(source[2 * i], source[2 * i + 1])) }
                }
                return part
            }
        } catch let error as ProjError {
            throw firstFailure(of: error, source: source, zs: zs, lineNumbers: lineNumbers, file: file, input: input, t: t)
        }
        let stride = hasZ ? 3 : 2
        var out: [UInt8] = []
        out.reserveCapacity(count * (2 * (decimals + 10)) + 64)
        var chunk = 0, inChunk = 0
        for line in lines {
            switch line {
            case .verbatim(let range):
                out.append(contentsOf: input[range]); out.append(0x0A)
            case .position(let z):
                while inChunk * stride >= projected[chunk].count { chunk += 1; inChunk = 0 }
                let values = projected[chunk]
                let k = inChunk * stride
                write(values[k], decimals, &out); out.append(0x20)
                write(values[k + 1], decimals, &out)
                if z != nil { out.append(0x20); write(values[k + 2], decimals, &out) }
                out.append(0x0A)
                inChunk += 1
            }
        }
        return out
    }

    /// Reads line `start..<stop`: a position, a verbatim line, or a problem.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int, lineNumber: Int,
                              file: String, lines: inout [Line], xy: inout [Double], zs: inout [Double?],
                              lineNumbers: inout [Int], problems: inout [Diagnostic]) {
        var a = start, b = stop
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        if a == b || bytes[a] == UInt8(ascii: "#") { lines.append(.verbatim(start..<stop)); return }
        var values: (Double, Double, Double) = (0, 0, 0)
        var fields = 0
        var ok = true
        var p = a
        while p < b {
            while p < b, isSeparator(bytes[p]) { p += 1 }
            if p == b { break }
            let fieldStart = p
            while p < b, !isSeparator(bytes[p]) { p += 1 }
            fields += 1
            guard fields <= 3, let v = number(bytes, fieldStart, p), v.isFinite else { ok = false; continue }
            switch fields { case 1: values.0 = v; case 2: values.1 = v; default: values.2 = v }
        }
        guard ok, fields >= 2 else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            problems.append(Diagnostic(.error, file: file, location: SourceLocation(line: lineNumber, column: 1),
                                       "expected \"x y\" or \"x y z\" (numbers), found \"\(text)\""))
            return
        }
        xy.append(values.0); xy.append(values.1)
        let z: Double? = fields == 3 ? values.2 : nil
        zs.append(z)
        lineNumbers.append(lineNumber)
        lines.append(.position(z: z))
    }

    @inline(__always)
    private static func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == UInt8(ascii: ",") }

    /// The number in bytes `start..<stop`: plain decimals with at most 19 significant
    /// digits and a power of ten within ±22 exactly (Clinger's fast path, correctly
    /// rounded); anything else as Swift's `Double(_:)` reads it (nil when it does not).
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int) -> Double? {
        var p = start
        var negative = false
        if bytes[p] == UInt8(ascii: "-") { negative = true; p += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, exponent = 0
        let integerStart = p
        while p < stop, bytes[p] &- 0x30 < 10 {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[p] &- 0x30); if mantissa != 0 { digits += 1 } }
            else { return slow(bytes, start, stop) }
            p += 1
        }
        guard p > integerStart else { return slow(bytes, start, stop) }
        if p < stop, bytes[p] == UInt8(ascii: ".") {
            p += 1
            while p < stop, bytes[p] &- 0x30 < 10 {
                if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[p] &- 0x30); if mantissa != 0 { digits += 1 } }
                else { return slow(bytes, start, stop) }
                exponent -= 1
                p += 1
            }
        }
        guard p == stop, mantissa <= 1 << 53, exponent >= -22 else { return slow(bytes, start, stop) }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        let v = Double(mantissa) / powerOfTen(-exponent)
        return negative ? -v : v
    }

    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int) -> Double? {
        Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
    }

    private static let powers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }
    @inline(__always)
    private static func powerOfTen(_ k: Int) -> Double { powers.withUnsafeBufferPointer { $0[k] } }

    /// Appends `value` with `decimals` digits: ``DecimalWriter``, with the rounding made
    /// exact where |value| × 10^decimals lands on a half in floating point (there
    /// `printf` decides on the exact value: up, down, or to even on an exact tie).
    @inline(__always)
    static func write(_ value: Double, _ decimals: Int, _ out: inout [UInt8]) {
        var v = value
        if decimals <= 22, value.isFinite {
            let scale = powerOfTen(decimals)
            let product = value.magnitude * scale
            let rounded = product.rounded(.towardZero)
            if product - rounded == 0.5 {
                // The exact product is `product + exactError` (a fused multiply-add); `printf` rounds that.
                let exactError = (-product).addingProduct(value.magnitude, scale)
                let up = exactError > 0 || (exactError == 0 && rounded.truncatingRemainder(dividingBy: 2) != 0)
                v = exactValue(units: up ? rounded + 1 : rounded, scale: scale, negative: value < 0) ?? value
            }
        }
        if !DecimalWriter.append(v, decimals: decimals, zeros: .keep, to: &out) {
            out.append(contentsOf: fixed(value, decimals).utf8)
        }
    }

    /// A double whose |v| × scale rounds to exactly `units` in floating point, or nil.
    private static func exactValue(units: Double, scale: Double, negative: Bool) -> Double? {
        var candidate = units / scale
        for _ in 0..<4 {
            let back = (candidate * scale).rounded()
            if back == units { return negative ? -candidate : candidate }
            candidate = back < units ? candidate.nextUp : candidate.nextDown
        }
        return nil
    }

    /// The error naming the line of the first position PROJ cannot transform.
    private static func firstFailure(of error: ProjError, source: [Double], zs: [Double?], lineNumbers: [Int],
                                     file: String, input: [UInt8], t: Transformation) -> GISError {
        for i in 0..<lineNumbers.count {
            let p = Position(source[2 * i], source[2 * i + 1], zs[i])
            do { _ = try t.transform(p) } catch let e as ProjError {
                return GISError(file: file, location: SourceLocation(line: lineNumbers[i], column: 1),
                                "cannot transform \"\(lineText(input, line: lineNumbers[i]))\": \(e.message)")
            } catch {}
        }
        return GISError(file: file, "cannot transform the positions: \(error.message)")
    }

    /// The text of 1-based line `line` of `input`, trimmed of spaces and tabs.
    private static func lineText(_ input: [UInt8], line: Int) -> String {
        var current = 1, start = 0, i = 0
        while i < input.count, current < line {
            let c = input[i]
            if c == 0x0A || c == 0x0B || c == 0x0C || (c == 0x0D && !(i + 1 < input.count && input[i + 1] == 0x0A)) {
                current += 1; start = i + 1
            }
            i += 1
        }
        var stop = start
        while stop < input.count, ![0x0A, 0x0D, 0x0B, 0x0C].contains(input[stop]) { stop += 1 }
        let text = String(decoding: input[start..<stop], as: UTF8.self)
        return String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
