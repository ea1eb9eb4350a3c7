/// Manual class breaks as a command line gives them: `10,20,30`.
public enum ManualBreaks {
    /// The breaks of `text`: comma-separated plain decimal numbers (no hex, no `inf`, no
    /// `nan`), each at most ``largestMagnitude`` (10¹⁵) in magnitude, strictly ascending.
    /// Breaks are in the unit the legend shows (percent for incidence); a trailing `%`
    /// is allowed and says so (`3%,10%` is 3 and 10).
    /// - Throws: ``ManualBreaksError`` naming the first bad item and what is expected.
    public static func parse(_ text: String) throws(ManualBreaksError) -> [Double] {
        var out: [Double] = []
        var previous = ""
        for (i, item) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let s = String(item).trimmingSpaces
            let number = s.hasSuffix("%") ? String(String(s.dropLast()).trimmingSpaces) : String(s)
            guard let d = DecimalNumber.parse(number) else {
                throw ManualBreaksError("break \(i + 1) '\(s)' is not a decimal number (e.g. 10,20.5,1e3; no hex, inf or nan)")
            }
            guard abs(d) <= largestMagnitude else { throw ManualBreaksError("break \(i + 1) '\(s)' is larger than 10^15 in magnitude") }
            if let last = out.last, d <= last { throw ManualBreaksError("breaks must ascend, found \(s) after \(previous)") }
            out.append(d)
            previous = String(s)
        }
        return out
    }

    /// The largest magnitude of a manual break.
    public static let largestMagnitude = 1e15
}

/// Manual breaks that cannot be used (the description says why).
public struct ManualBreaksError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
