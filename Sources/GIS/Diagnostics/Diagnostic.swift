/// Where in an input a problem is: a byte-level place (line:column, 1-based) for
/// syntax, or a feature (index from 0, optional id) and a path within it for content.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var column: Int?
    public var featureIndex: Int?
    public var featureID: FeatureID?
    /// A path inside the feature, e.g. `geometry.coordinates[0][3]` or `properties.name`.
    public var path: String?

    public init(line: Int? = nil, column: Int? = nil, featureIndex: Int? = nil,
                featureID: FeatureID? = nil, path: String? = nil) {
        self.line = line; self.column = column; self.featureIndex = featureIndex
        self.featureID = featureID; self.path = path
    }

    public var description: String {
        var parts: [String] = []
        if let line { parts.append(column.map { "\(line):\($0)" } ?? "line \(line)") }
        if let featureIndex {
            parts.append("feature \(featureIndex)" + (featureID.map { " (id \($0))" } ?? ""))
        }
        if let path { parts.append(path) }
        return parts.joined(separator: ", ")
    }
}

/// One finding about an input file: an error makes the file unusable, a warning does not.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning, fixed }
    public var severity: Severity
    /// The file the finding is about (as the user named it), or nil for in-memory data.
    public var file: String?
    public var location: SourceLocation
    /// What was found and what was expected, in one sentence.
    public var message: String

    public init(_ severity: Severity, file: String? = nil, location: SourceLocation = SourceLocation(), _ message: String) {
        self.severity = severity; self.file = file; self.location = location; self.message = message
    }

    /// `file:LOCATION: error: message`, the way compilers print.
    public var description: String {
        let place = location.description
        let head = [file, place.isEmpty ? nil : place].compactMap { $0 }.joined(separator: ": ")
        return (head.isEmpty ? "" : head + ": ") + "\(severity.rawValue): \(message)"
    }
}

/// An error that stops reading or processing an input: it carries the diagnostics
/// that caused it (at least one error).
public struct GISError: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]
    /// True when the error is an output that cannot be written (a command exits with 73,
    /// not 65): set by ``output(file:_:)``.
    public var isOutputFailure = false
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(file: String? = nil, location: SourceLocation = SourceLocation(), _ message: String) {
        self.diagnostics = [Diagnostic(.error, file: file, location: location, message)]
    }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// An output file or folder that cannot be written: `file: error: message`.
    public static func output(file: String, _ message: String) -> GISError {
        var e = GISError(file: file, message)
        e.isOutputFailure = true
        return e
    }
}
