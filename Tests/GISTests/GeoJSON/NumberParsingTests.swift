#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Testing
@testable import GIS

/// The decoder's numbers must be exactly what `strtod` gives, bit for bit.
@Suite struct NumberParsingTests {
    static func strtodValue(_ literal: String) -> Double {
        literal.withCString { strtod($0, nil) }
    }

    static func expectSameAsStrtod(_ literal: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let parsed = parseJSONNumber(Array(literal.utf8))
        let expected = strtodValue(literal)
        #expect(parsed?.bitPattern == expected.bitPattern, "\(literal): \(String(describing: parsed)) vs strtod \(expected)",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "0", "-0", "-0.0", "0.0e10", "1", "-1", "0.1", "0.2", "0.30000000000000004", "1e23", "8.5e22", "1e22", "1e-22",
        "9007199254740993", "9007199254740992", "9007199254740991", "18014398509481985", "123456789012345678",
        "1234567890123456789", "12345678901234567890", "123456789012345678901234567890",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309",
        "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324", "5e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1e-400", "-1e-400",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "7.038531e-26", "3.0540412816750254e-19", "106.123456789012345", "30.000000000000004",
        "0.000000000000000000000000000000000001", "100000000000000000000000", "1E5", "1e+5", "1E-005",
        "4503599627370496.5", "4503599627370497.5", "9007199254740992.0000000000000001",
        "0.1000000000000000055511151231257827021181583404541015625", "89255e-22", "1e0000000000000000000010",
    ])
    func trickyLiteralsMatchStrtodBitForBit(_ literal: String) {
        Self.expectSameAsStrtod(literal)
    }

    @Test func randomDecimalLiteralsMatchStrtodBitForBit() {
        var random = Xoshiro256StarStar(seed: 7)
        for _ in 0..<20_000 {
            let digitCount = 1 + Int(random.next() % 25)
            var digits = String(1 + random.next() % 9)
            for _ in 1..<digitCount { digits += String(random.next() % 10) }
            let point = Int(random.next() % UInt64(digitCount + 1))
            var literal = random.next() % 2 == 0 ? "-" : ""
            if point == 0 { literal += "0." + digits } else if point == digitCount { literal += digits } else {
                literal += digits.prefix(point) + "." + digits.dropFirst(point)
            }
            switch random.next() % 3 {
            case 0: break
            case 1: literal += "e" + String(Int(random.next() % 60) - 30)
            default: literal += "e" + String(Int(random.next() % 660) - 330)
            }
            Self.expectSameAsStrtod(literal)
        }
    }

    @Test func shortestAndFullPrecisionFormsOfRandomDoublesMatchStrtod() {
        var random = Xoshiro256StarStar(seed: 11)
        for _ in 0..<10_000 {
            let d = Double(bitPattern: random.next())
            guard d.isFinite else { continue }
            Self.expectSameAsStrtod(d.description)
            let scaled = (random.nextUnit() - 0.5) * 400
            Self.expectSameAsStrtod(scaled.description)
        }
    }

    @Test(arguments: ["01", "-01", "1.", ".5", "-", "+1", "1e", "1e+", "1.e5", "0x10", "1 ", "--1", "1.5.2"])
    func malformedLiteralsAreRefused(_ literal: String) {
        #expect(parseJSONNumber(Array(literal.utf8)) == nil)
    }

    @Test func theFastPathHandlesTypicalCoordinatesExactly() {
        #expect(parseJSONNumber(Array("106.8523".utf8)) == 106.8523)
        #expect(parseJSONNumber(Array("-30.25".utf8)) == -30.25)
        #expect(parseJSONNumber(Array("-0".utf8))?.sign == .minus)
        #expect(parseJSONNumber(Array("0.000123".utf8)) == 0.000123)
    }
}
