/// Reads the pixels of a PNG file (8-bit greyscale, grey+alpha, RGB or RGBA, not
/// interlaced: what Chromium's screenshots are) with a small inflater of its own, so
/// tests can tell a blank page from a drawn one without an image library.
public struct PNGPixels {
    public var width: Int
    public var height: Int
    /// Bytes per pixel (1, 2, 3 or 4).
    public var channels: Int
    /// Unfiltered rows, `width × channels` bytes each.
    public var rows: [[UInt8]]

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    public init(_ png: [UInt8]) throws {
        guard png.count > 33, png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Failure(description: "not a PNG") }
        var i = 8
        var idat: [UInt8] = []
        var w = 0, h = 0, depth = 0, colour = 0, interlace = 0
        func be32(_ k: Int) -> Int { Int(png[k]) << 24 | Int(png[k + 1]) << 16 | Int(png[k + 2]) << 8 | Int(png[k + 3]) }
        while i + 8 <= png.count {
            let length = be32(i)
            let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            let start = i + 8
            guard start + length + 4 <= png.count else { throw Failure(description: "truncated chunk \(type)") }
            if type == "IHDR" { w = be32(start); h = be32(start + 4); depth = Int(png[start + 8]); colour = Int(png[start + 9]); interlace = Int(png[start + 12]) }
            if type == "IDAT" { idat += png[start..<(start + length)] }
            if type == "IEND" { break }
            i = start + length + 4
        }
        guard depth == 8, interlace == 0 else { throw Failure(description: "only 8-bit, non-interlaced PNG (depth \(depth), interlace \(interlace))") }
        let channelsByColour = [0: 1, 2: 3, 4: 2, 6: 4]
        guard let ch = channelsByColour[colour] else { throw Failure(description: "colour type \(colour) not read") }
        guard idat.count > 2 else { throw Failure(description: "no image data") }
        var inflater = Inflater(Array(idat.dropFirst(2)))
        let raw = try inflater.inflate()
        let stride = w * ch
        guard raw.count >= h * (stride + 1) else { throw Failure(description: "image data too short: \(raw.count) bytes for \(w)×\(h)") }
        var rows: [[UInt8]] = []
        var previous = [UInt8](repeating: 0, count: stride)
        for y in 0..<h {
            let base = y * (stride + 1)
            let filter = raw[base]
            var row = Array(raw[(base + 1)...(base + stride)])
            for x in 0..<stride {
                let a = x >= ch ? Int(row[x - ch]) : 0, b = Int(previous[x]), c = x >= ch ? Int(previous[x - ch]) : 0
                let add: Int
                switch filter {
                case 0: add = 0
                case 1: add = a
                case 2: add = b
                case 3: add = (a + b) / 2
                case 4:
                    let p: Int = a + b - c
                    let pa: Int = Swift.abs(p - a), pb: Int = Swift.abs(p - b), pc: Int = Swift.abs(p - c)
                    add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Failure(description: "bad filter \(filter) on row \(y)")
                }
                row[x] = UInt8((Int(row[x]) + add) & 0xFF)
            }
            rows.append(row)
            previous = row
        }
        width = w; height = h; channels = ch; self.rows = rows
    }

    /// Pixels whose colour channels are not all at least `threshold` (not near white);
    /// transparent pixels count as white.
    public func nonWhitePixels(threshold: UInt8 = 240) -> Int {
        var n = 0
        let colourChannels = channels >= 3 ? 3 : 1
        for row in rows {
            for x in 0..<width {
                let p = x * channels
                if channels == 2 || channels == 4, row[p + channels - 1] < 16 { continue }
                for c in 0..<colourChannels where row[p + c] < threshold { n += 1; break }
            }
        }
        return n
    }
}

/// A DEFLATE (RFC 1951) decoder: stored, fixed and dynamic Huffman blocks.
struct Inflater {
    let input: [UInt8]
    var position = 0
    var bitBuffer = 0
    var bitCount = 0
    var output: [UInt8] = []

    init(_ input: [UInt8]) { self.input = input }

    mutating func bits(_ n: Int) throws -> Int {
        while bitCount < n {
            guard position < input.count else { throw PNGPixels.Failure(description: "deflate stream ends early") }
            bitBuffer |= Int(input[position]) << bitCount
            position += 1; bitCount += 8
        }
        let v = bitBuffer & ((1 << n) - 1)
        bitBuffer >>= n; bitCount -= n
        return v
    }

    /// A canonical Huffman code: counts per length and symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []
        init(lengths: [Int]) {
            for l in lengths { counts[l] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for l in 1..<16 { offsets[l] = offsets[l - 1] + counts[l - 1] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (s, l) in lengths.enumerated() where l != 0 { symbols[offsets[l]] = s; offsets[l] += 1 }
        }
    }

    mutating func decode(_ h: Huffman) throws -> Int {
        var code = 0, first = 0, index = 0
        for len in 1..<16 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count; first += count; first <<= 1; code <<= 1
        }
        throw PNGPixels.Failure(description: "bad Huffman code")
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    mutating func inflate() throws -> [UInt8] {
        var last = 0
        repeat {
            last = try bits(1)
            let type = try bits(2)
            switch type {
            case 0:
                bitBuffer = 0; bitCount = 0
                guard position + 4 <= input.count else { throw PNGPixels.Failure(description: "stored block ends early") }
                let len = Int(input[position]) | Int(input[position + 1]) << 8
                position += 4
                guard position + len <= input.count else { throw PNGPixels.Failure(description: "stored block ends early") }
                output += input[position..<(position + len)]
                position += len
            case 1:
                var lengths = [Int](repeating: 8, count: 288)
                for i in 144..<256 { lengths[i] = 9 }
                for i in 256..<280 { lengths[i] = 7 }
                try codes(Huffman(lengths: lengths), Huffman(lengths: [Int](repeating: 5, count: 30)))
            case 2:
                let hlit = try bits(5) + 257, hdist = try bits(5) + 1, hclen = try bits(4) + 4
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                var cl = [Int](repeating: 0, count: 19)
                for i in 0..<hclen { cl[order[i]] = try bits(3) }
                let clh = Huffman(lengths: cl)
                var lengths: [Int] = []
                while lengths.count < hlit + hdist {
                    let s = try decode(clh)
                    switch s {
                    case 0...15: lengths.append(s)
                    case 16:
                        guard let prev = lengths.last else { throw PNGPixels.Failure(description: "repeat with no previous length") }
                        lengths += [Int](repeating: prev, count: 3 + (try bits(2)))
                    case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
                    default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
                    }
                }
                try codes(Huffman(lengths: Array(lengths[0..<hlit])), Huffman(lengths: Array(lengths[hlit..<(hlit + hdist)])))
            default: throw PNGPixels.Failure(description: "bad deflate block type")
            }
        } while last == 0
        return output
    }

    mutating func codes(_ lit: Huffman, _ dist: Huffman) throws {
        while true {
            let s = try decode(lit)
            if s < 256 { output.append(UInt8(s)); continue }
            if s == 256 { return }
            let li = s - 257
            guard li < Self.lengthBase.count else { throw PNGPixels.Failure(description: "bad length symbol") }
            let length = Self.lengthBase[li] + (try bits(Self.lengthExtra[li]))
            let di = try decode(dist)
            guard di < Self.distBase.count else { throw PNGPixels.Failure(description: "bad distance symbol") }
            let d = Self.distBase[di] + (try bits(Self.distExtra[di]))
            guard d <= output.count else { throw PNGPixels.Failure(description: "distance too far back") }
            let start = output.count - d
            for k in 0..<length { output.append(output[start + k]) }
        }
    }
}
