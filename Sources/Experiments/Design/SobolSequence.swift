/// Sobol' low-discrepancy points in [0, 1)^d, d ≤ 40, generated in Gray-code order
/// (Antonov & Saleev 1979) from the primitive polynomials and initial direction numbers
/// of Sobol' and Levitan (1976) as tabulated by Bratley & Fox (1988, ACM TOMS
/// Algorithm 659). Unscrambled, so the sequence is the same on every machine.
public struct SobolSequence: Sendable {
    /// The most dimensions the table covers.
    public static let maximumDimensions = 40
    static let bits = 52

    /// Primitive polynomials of dimensions 2…40, coded in binary (45 = x⁵ + x² + 1).
    static let polynomials: [Int] = [
        3, 7, 11, 13, 19, 25, 37, 59, 47, 61, 55, 41, 67, 97, 91, 109, 103, 115,
        131, 193, 137, 145, 143, 241, 157, 185, 167, 229, 171, 213, 191, 253, 203,
        211, 239, 247, 285, 369, 299,
    ]
    /// Initial direction numbers m₁…m₈ by column, for dimensions 2…40 (column k starts
    /// at the first dimension whose polynomial has degree ≥ k).
    static let initial: [[Int]] = [
        [Int](repeating: 1, count: 39),
        [1, 3, 1, 3, 1, 3, 3, 1, 3, 1, 3, 1, 3, 1, 1, 3, 1, 3, 1, 3, 1, 3, 3, 1, 3, 1, 3, 1, 3, 1, 1, 3, 1, 3, 1, 3, 1, 3],
        [7, 5, 1, 3, 3, 7, 5, 5, 7, 7, 1, 3, 3, 7, 5, 1, 1, 5, 3, 3, 1, 7, 5, 1, 3, 3, 7, 5, 1, 1, 5, 7, 7, 5, 1, 3, 3],
        [1, 7, 9, 13, 11, 1, 3, 7, 9, 5, 13, 13, 11, 3, 15, 5, 3, 15, 7, 9, 13, 9, 1, 11, 7, 5, 15, 1, 15, 11, 5, 3, 1, 7, 9],
        [9, 3, 27, 15, 29, 21, 23, 19, 11, 25, 7, 13, 17, 1, 25, 29, 3, 31, 11, 5, 23, 27, 19, 21, 5, 1, 17, 13, 7, 15, 9, 31, 9],
        [37, 33, 7, 5, 11, 39, 63, 27, 17, 15, 23, 29, 3, 21, 13, 31, 25, 9, 49, 33, 19, 29, 11, 19, 27, 15, 25],
        [13, 33, 115, 41, 79, 17, 29, 119, 75, 73, 105, 7, 59, 65, 21, 3, 113, 61, 89, 45, 107],
        [7, 23, 39],
    ]
    /// The first dimension (2…40) each column of `initial` starts at.
    static let columnStart = [2, 3, 4, 6, 8, 14, 20, 38]

    public let dimensions: Int
    /// direction[j][k]: the k-th direction number of dimension j, scaled to `bits` bits.
    private let direction: [[UInt64]]

    /// - Precondition: 1 ≤ dimensions ≤ 40 (the experiment reader checks this first).
    public init(dimensions: Int) {
        precondition((1...Self.maximumDimensions).contains(dimensions))
        self.dimensions = dimensions
        var direction: [[UInt64]] = []
        for j in 0..<dimensions {
            var m = [UInt64](repeating: 0, count: Self.bits + 1)   // m[1…bits]
            if j == 0 {
                for k in 1...Self.bits { m[k] = 1 }
            } else {
                let dim = j + 1
                let poly = Self.polynomials[dim - 2]
                let degree = Int.bitWidth - 1 - poly.leadingZeroBitCount
                for k in 1...degree {
                    let column = Self.initial[k - 1]
                    m[k] = UInt64(column[dim - Self.columnStart[k - 1]])
                }
                if degree < Self.bits {
                    for k in (degree + 1)...Self.bits {
                        var v = m[k - degree] ^ (m[k - degree] << UInt64(degree))
                        for i in 1..<degree where (poly >> (degree - i)) & 1 == 1 {
                            v ^= m[k - i] << UInt64(i)
                        }
                        m[k] = v
                    }
                }
            }
            direction.append((0...Self.bits).map { k in k == 0 ? 0 : m[k] << UInt64(Self.bits - k) })
        }
        self.direction = direction
    }

    /// Points 0 ..< count of the sequence (point 0 is the origin).
    /// - Complexity: O(count × dimensions).
    public func points(_ count: Int) -> [[Double]] {
        var x = [UInt64](repeating: 0, count: dimensions)
        var out: [[Double]] = []
        out.reserveCapacity(count)
        let scale = 1.0 / Double(UInt64(1) << UInt64(Self.bits))
        for i in 0..<count {
            if i > 0 {
                let c = (~(i - 1)).trailingZeroBitCount + 1   // the lowest zero bit of i − 1, 1-based
                for j in 0..<dimensions { x[j] ^= direction[j][c] }
            }
            out.append(x.map { Double($0) * scale })
        }
        return out
    }
}
