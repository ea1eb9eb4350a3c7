/// Little-endian bytes of the shard codecs (docs/shards.md, "The binary run result").
struct ByteWriter {
    var bytes: [UInt8] = []
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// `v` as a signed 32-bit little-endian integer (clamped).
    mutating func int(_ v: Int) {
        let x = UInt32(bitPattern: Int32(clamping: v))
        bytes.append(UInt8(truncatingIfNeeded: x)); bytes.append(UInt8(truncatingIfNeeded: x >> 8))
        bytes.append(UInt8(truncatingIfNeeded: x >> 16)); bytes.append(UInt8(truncatingIfNeeded: x >> 24))
    }

    /// `v` as a signed 64-bit little-endian integer.
    mutating func int64(_ v: Int) {
        let x = UInt64(bitPattern: Int64(v))
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: x >> (8 * k))) }
    }

    /// The binary64 bits of `v`, little-endian.
    mutating func double(_ v: Double) { int64(Int(Int64(bitPattern: v.bitPattern))) }

    /// 1 for true, 0 for false.
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// The UTF-8 byte count (32-bit) and the bytes.
    mutating func string(_ s: String) { int(s.utf8.count); bytes.append(contentsOf: s.utf8) }
}

/// Reads what ``ByteWriter`` wrote; every read is bounds-checked (nil past the end or for
/// a value that is not one of the writer's).
struct ByteReader {
    let bytes: [UInt8]
    var at = 0
    var atEnd: Bool { at == bytes.count }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A signed 32-bit little-endian integer.
    mutating func int() -> Int? {
        guard bytes.count - at >= 4 else { return nil }
        let x = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        at += 4
        return Int(Int32(bitPattern: x))
    }

    /// A signed 64-bit little-endian integer.
    mutating func int64() -> Int? {
        guard bytes.count - at >= 8 else { return nil }
        var x: UInt64 = 0
        for k in 0..<8 { x |= UInt64(bytes[at + k]) << (8 * k) }
        at += 8
        return Int(Int64(bitPattern: x))
    }

    /// A binary64 from its little-endian bits.
    mutating func double() -> Double? { int64().map { Double(bitPattern: UInt64(bitPattern: Int64($0))) } }

    /// A Boolean: the byte 0 or 1 (nil for any other byte).
    mutating func bool() -> Bool? {
        guard at < bytes.count, bytes[at] <= 1 else { return nil }
        defer { at += 1 }
        return bytes[at] == 1
    }

    /// A string: its UTF-8 byte count and bytes (nil when not UTF-8).
    mutating func string() -> String? {
        guard let n = count(atLeast: 1), let utf8 = take(n) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// A count of items of at least `size` bytes each: nil when negative or when that many
    /// could not fit in the bytes left (so a damaged count cannot make a reader allocate).
    mutating func count(atLeast size: Int) -> Int? {
        guard let n = int(), n >= 0, n <= (bytes.count - at) / max(1, size) else { return nil }
        return n
    }

    /// An array of `count(atLeast: size)` elements, each read by `element`; nil when the
    /// count or any element is damaged.
    mutating func array<T>(atLeast size: Int, _ element: (inout ByteReader) -> T?) -> [T]? {
        guard let n = count(atLeast: size) else { return nil }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let e = element(&self) else { return nil }
            out.append(e)
        }
        return out
    }

    /// The next `n` bytes.
    mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
        guard n >= 0, bytes.count - at >= n else { return nil }
        defer { at += n }
        return bytes[at..<at + n]
    }
}
