import Testing
import GIS

@Suite struct DecimalWriterTests {
    @Test func tablesKeepTheirZerosAndCoordinatesTrimThem() {
        #expect(DecimalWriter.string(1.5, decimals: 2) == "1.50")
        #expect(DecimalWriter.string(1.5, decimals: 2, zeros: .trim) == "1.5")
        #expect(DecimalWriter.string(100, decimals: 3, zeros: .trim) == "100")
        #expect(DecimalWriter.string(0.0004, decimals: 3) == "0.000")
        #expect(DecimalWriter.string(0.05, decimals: 1) == "0.1")
        #expect(DecimalWriter.string(2.5, decimals: 0) == "3")
        #expect(DecimalWriter.string(-2.5, decimals: 0) == "-3")
        #expect(DecimalWriter.string(12.345, decimals: 2, zeros: .trim) == "12.35")
        #expect(DecimalWriter.string(0.000123, decimals: 6) == "0.000123")
    }

    @Test func thereIsNoNegativeZeroAndNothingForNonFiniteValues() {
        #expect(DecimalWriter.string(-0.001, decimals: 2) == "0.00")
        #expect(DecimalWriter.string(-0.001, decimals: 2, zeros: .trim) == "0")
        #expect(DecimalWriter.string(-0.0, decimals: 0) == "0")
        #expect(DecimalWriter.string(.nan, decimals: 2) == nil)
        #expect(DecimalWriter.string(.infinity, decimals: 2) == nil)
    }

    @Test func hugeValuesAreWrittenInPlainNotation() {
        #expect(DecimalWriter.string(1e20, decimals: 1) == "100000000000000000000.0")
        #expect(DecimalWriter.string(123456789012, decimals: 0) == "123456789012")
        var out: [UInt8] = []
        #expect(DecimalWriter.append(1e10, decimals: 6, zeros: .trim, unitLimit: 1e15, to: &out) == false)
        #expect(out.isEmpty)
    }
}
