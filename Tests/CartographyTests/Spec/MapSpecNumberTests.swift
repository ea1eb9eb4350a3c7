import Foundation
import GIS
import Testing
@testable import Cartography

/// Numbers in a map spec out of their range are errors with file, line and column.
@Suite struct MapSpecNumberTests {
    @Test func specNumbersOutOfRangeAreErrorsWithLineAndColumn() {
        let cases: [(String, String)] = [
            ("theme:\n  run: r\n  year: 1e30\n", "3:9"), ("theme:\n  run: r\n  year: 2015.7\n", "3:9"),
            ("theme:\n  run: r\n  classes: 1e30\n", "3:12"), ("scale: 1e300\n", "1:8"), ("scale: 1e-300\n", "1:8"),
            ("graticule_degrees: 1e-9\n", "1:20"),
        ]
        for (yaml, at) in cases {
            do {
                _ = try MapSpec.parse(yaml, file: "m.yaml")
                Issue.record("expected an error for \(yaml)")
            } catch let e as MapSpecError {
                #expect(e.description.hasPrefix("m.yaml:\(at):"), "\(e)")
            } catch { Issue.record("\(error)") }
        }
        #expect((try? MapSpec.parse("theme:\n  year: 2016\n  classes: 7\nscale: 50000\ngraticule_degrees: 0.05\n", file: "m.yaml"))?.theme?.year == 2016)
    }
}
