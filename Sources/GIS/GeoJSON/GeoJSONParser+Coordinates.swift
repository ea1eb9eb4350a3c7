/// The `coordinates` member, read straight into flat coordinate runs: positions are
/// checked (2 or 3 finite numbers, lon/lat range), lines need 2 positions and rings 4,
/// closed. Every problem is recorded with the indices of the position it concerns.
extension GeoJSONParser {
    /// Up to four array indices inside `coordinates`, rendered as `[0][3]`.
    struct CoordinateIndices {
        var values: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        var count = 0

        func appending(_ i: Int) -> CoordinateIndices {
            var copy = self
            withUnsafeMutableBytes(of: &copy.values) { $0.bindMemory(to: Int.self)[min(count, 4)] = i }
            copy.count = min(count + 1, 5)
            return copy
        }

        var text: String {
            var v = values
            return withUnsafeBytes(of: &v) { raw in
                let ints = raw.bindMemory(to: Int.self)
                return (0..<count).map { "[\(ints[$0])]" }.joined()
            }
        }
    }

    enum SequenceShape { case points, line, ring }

    /// Reads the coordinates of a geometry of `kind` (cursor on the value).
    /// - Returns: the geometry, or nil when its coordinates were not arrays at all.
    mutating func parseCoordinates(_ kind: GeometryKind) throws(GISError) -> Geometry? {
        scanner.skipWhitespace()
        let root = CoordinateIndices()
        switch kind {
        case .point:
            var xy: [Double] = [], zs: [Double] = [], zCount = 0
            try readPosition(into: &xy, zs: &zs, zCount: &zCount, root)
            guard xy.count == 2 else { return nil }
            return .point(Position(xy[0], xy[1], zCount == 1 ? zs[0] : nil))
        case .multiPoint:
            return .multiPoint(try readSequence(root, shape: .points, allowEmpty: true))
        case .lineString:
            return .lineString(try readSequence(root, shape: .line, allowEmpty: true))
        case .multiLineString:
            return .multiLineString(try readSequences(root, shape: .line))
        case .polygon:
            return .polygon(Polygon(rings: try readSequences(root, shape: .ring)))
        case .multiPolygon:
            return .multiPolygon(try readPolygons(root))
        case .geometryCollection:
            return nil
        }
    }

    /// Reads `[x, y]` or `[x, y, z]` at the cursor, appending x, y to `xy` and z to `zs`.
    /// Nothing is appended for a position with errors.
    @inline(__always)
    mutating func readPosition(into xy: inout [Double], zs: inout [Double], zCount: inout Int,
                               _ indices: CoordinateIndices) throws(GISError) {
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "expected a position [longitude, latitude], found \(found)", at: open, suffix: indices.text)
            return
        }
        scanner.pos += 1
        var x = 0.0, y = 0.0, z = 0.0
        var n = try readPlainPosition(&x, &y, &z)
        if n == 0 {
            guard try readGeneralPosition(&x, &y, &z, count: &n, indices) else { return }
        }
        if n < 2 {
            report(.error, "a position needs at least 2 numbers [longitude, latitude], found \(n)",
                   at: open, suffix: indices.text)
            return
        }
        if n > 3 && !warnedExtraDimensions {
            warnedExtraDimensions = true
            let before = findings.count
            report(.warning, "a position has \(n) numbers; only longitude, latitude and elevation are kept",
                   at: open, suffix: indices.text)
            if findings.count > before { extraDimensionsFinding = before }
        }
        if checkLonLatRange && !(x >= -180 && x <= 180 && y >= -90 && y <= 90) {
            reportOutOfRange(x: x, y: y, at: open, indices)
        }
        xy.append(x)
        xy.append(y)
        if n >= 3 { zs.append(z); zCount += 1 }
    }

    /// The fast path for the usual `[x,y]` or `[x,y,z]` of plain finite numbers (cursor
    /// after the `[`): how many numbers were read (2 or 3), or 0 with the cursor back
    /// where it was, for the general path to read and report.
    @inline(__always)
    private mutating func readPlainPosition(_ x: inout Double, _ y: inout Double, _ z: inout Double) throws(GISError) -> Int {
        let start = scanner.pos
        guard let a = try readPlainNumber() else { scanner.pos = start; return 0 }
        scanner.skipWhitespace()
        guard scanner.peek() == UInt8(ascii: ",") else { scanner.pos = start; return 0 }
        scanner.pos += 1
        guard let b = try readPlainNumber() else { scanner.pos = start; return 0 }
        scanner.skipWhitespace()
        switch scanner.peek() {
        case UInt8(ascii: "]"):
            scanner.pos += 1
            x = a; y = b
            return 2
        case UInt8(ascii: ","):
            scanner.pos += 1
            if let c = try readPlainNumber() {
                scanner.skipWhitespace()
                if scanner.peek() == UInt8(ascii: "]") {
                    scanner.pos += 1
                    x = a; y = b; z = c
                    return 3
                }
            }
        default: break
        }
        scanner.pos = start
        return 0
    }

    /// A finite number at the cursor (after whitespace), or nil for anything else.
    @inline(__always)
    private mutating func readPlainNumber() throws(GISError) -> Double? {
        scanner.skipWhitespace()
        let c = scanner.peek()
        guard c &- 0x30 < 10 || (c == UInt8(ascii: "-") && scanner.peek(1) &- 0x30 < 10) else { return nil }
        let v = try scanner.readNumber()
        return v.isFinite ? v : nil
    }

    /// The general path for a position (cursor after the `[`): any count of elements,
    /// each problem reported. False when an element was not a finite number.
    private mutating func readGeneralPosition(_ x: inout Double, _ y: inout Double, _ z: inout Double,
                                              count n: inout Int, _ indices: CoordinateIndices) throws(GISError) -> Bool {
        var valid = true
        var first = true
        while try scanner.nextElement(first: &first) {
            let start = scanner.pos
            let c = scanner.peek()
            if (c &- 0x30 < 10 || c == UInt8(ascii: "-")) && !scanner.atNonFiniteLiteral() {
                let v = try scanner.readNumber()
                if !v.isFinite {
                    report(.error, Self.overflowMessage(from: start, to: scanner.pos, scanner), at: start,
                           suffix: indices.appending(n).text)
                    valid = false
                }
                if n == 0 { x = v } else if n == 1 { y = v } else if n == 2 { z = v }
            } else if scanner.atNonFiniteLiteral() {
                let word = try scanner.readNonFiniteLiteral()
                report(.error, "\(word) is not a JSON number: a position needs finite numbers [longitude, latitude]",
                       at: start, suffix: indices.appending(n).text)
                valid = false
            } else {
                let found = try parseUnexpectedValue()
                report(.error, "expected a number in a position, found \(found)", at: start, suffix: indices.appending(n).text)
                valid = false
            }
            n += 1
        }
        return valid
    }

    /// Only the first position outside the range is reported, in one line saying what the
    /// file probably is; the others are counted into that line (see ``diagnostics()``):
    /// a projected file would otherwise give one error per position.
    private mutating func reportOutOfRange(x: Double, y: Double, at offset: Int, _ indices: CoordinateIndices) {
        outOfRangeCount += 1
        guard outOfRangeCount == 1 else { return }
        var problems: [String] = []
        if !(x >= -180 && x <= 180) { problems.append("longitude \(x) is outside [-180, 180]") }
        if !(y >= -90 && y <= 90) { problems.append("latitude \(y) is outside [-90, 90]") }
        let metres = abs(x) > 1000 || abs(y) > 1000
        let hint = metres
            ? "the positions look like metres of a projected CRS: reproject with `benkang project --from EPSG:<code> "
              + "--to EPSG:4490 FILE -o OUT` (e.g. EPSG:4545 for CGCS2000 / 3-degree Gauss-Kruger CM 108E)"
            : "GeoJSON positions are [longitude, latitude] in degrees (WGS 84 or CGCS2000)"
        let before = findings.count
        report(.error, problems.joined(separator: " and ") + "; " + hint, at: offset, suffix: indices.text)
        if findings.count > before { outOfRangeFinding = before }   // not when past maxRecordedFindings
    }

    /// Reads an array of positions (a MultiPoint, a LineString or a ring) and checks its
    /// shape: lines need 2 positions, rings 4 with the last repeating the first.
    mutating func readSequence(_ indices: CoordinateIndices, shape: SequenceShape,
                               allowEmpty: Bool) throws(GISError) -> CoordinateSequence {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "expected an array of positions, found \(found)", at: open, suffix: indices.text)
            return CoordinateSequence()
        }
        scanner.pos += 1
        // Positions go to reused scratch buffers, then to exactly sized arrays: one
        // allocation per run and no spare capacity kept.
        var xy = scratchXY, zs = scratchZ
        scratchXY = []; scratchZ = []
        xy.removeAll(keepingCapacity: true); zs.removeAll(keepingCapacity: true)
        var zCount = 0, n = 0
        var first = true
        while try scanner.nextElement(first: &first) {
            try readPosition(into: &xy, zs: &zs, zCount: &zCount, indices.appending(n))
            n += 1
        }
        let count = xy.count / 2
        var z: [Double]?
        if zCount > 0 {
            if zCount == count { z = Self.exactCopy(zs) } else {
                report(.warning, "some positions have an elevation and some do not; elevations are dropped",
                       at: open, suffix: indices.text)
            }
        }
        let flat = Self.exactCopy(xy)
        scratchXY = xy; scratchZ = zs
        let sequence = CoordinateSequence(xy: flat, z: z)
        guard count == n, !(allowEmpty && n == 0) else { return sequence }
        switch shape {
        case .points: break
        case .line where n < 2:
            report(.error, "a LineString needs at least 2 positions, found \(n)", at: open, suffix: indices.text)
        case .ring where n < 4:
            report(.error, "a polygon ring needs at least 4 positions (the first repeated last), found \(n)",
                   at: open, suffix: indices.text)
        case .ring where !sequence.isClosed:
            report(.error, "a polygon ring is not closed: its last position (\(flat[2 * n - 2]), \(flat[2 * n - 1])) "
                   + "must repeat its first (\(flat[0]), \(flat[1]))", at: open, suffix: indices.text)
        default: break
        }
        return sequence
    }

    /// A copy of `values` whose capacity is its count.
    private static func exactCopy(_ values: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: values.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: values)
        }
    }

    /// Reads an array of lines or rings (a MultiLineString or a Polygon).
    mutating func readSequences(_ indices: CoordinateIndices, shape: SequenceShape) throws(GISError) -> [CoordinateSequence] {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "expected an array of \(shape == .ring ? "rings" : "lines"), found \(found)",
                   at: open, suffix: indices.text)
            return []
        }
        scanner.pos += 1
        var result: [CoordinateSequence] = []
        var first = true
        while try scanner.nextElement(first: &first) {
            result.append(try readSequence(indices.appending(result.count), shape: shape, allowEmpty: false))
        }
        return result
    }

    /// Reads an array of polygons (a MultiPolygon).
    mutating func readPolygons(_ indices: CoordinateIndices) throws(GISError) -> [Polygon] {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "expected an array of polygons, found \(found)", at: open, suffix: indices.text)
            return []
        }
        scanner.pos += 1
        var result: [Polygon] = []
        var first = true
        while try scanner.nextElement(first: &first) {
            result.append(Polygon(rings: try readSequences(indices.appending(result.count), shape: .ring)))
        }
        return result
    }
}
