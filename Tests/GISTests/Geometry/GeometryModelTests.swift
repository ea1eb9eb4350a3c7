import Testing
@testable import GIS

@Suite struct GeometryModelTests {
    @Test func aCoordinateSequenceKeepsZOnlyWhenEveryPositionHasIt() {
        var s = CoordinateSequence()
        s.append(Position(1, 2, 3))
        s.append(Position(4, 5, 6))
        #expect(s.z == [3, 6])
        s.append(Position(7, 8))
        #expect(s.z == nil)
        #expect(s.count == 3)
        #expect(s[2] == Position(7, 8))
    }

    @Test func aRingIsClosedWhenItsFirstAndLastPositionsMatch() {
        let open = CoordinateSequence([Position(0, 0), Position(1, 0), Position(1, 1)])
        #expect(!open.isClosed)
        let closed = CoordinateSequence([Position(0, 0), Position(1, 0), Position(1, 1), Position(0, 0)])
        #expect(closed.isClosed)
    }

    @Test func aJSONObjectKeepsInsertionOrderAndReplacesInPlace() {
        var o: JSONObject = ["b": .number(1), "a": .string("x")]
        o["b"] = .bool(true)
        o["c"] = .null
        #expect(o.keys == ["b", "a", "c"])
        #expect(o["b"] == .bool(true))
    }
}
