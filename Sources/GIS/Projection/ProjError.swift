/// A failure reported by PROJ: what was being done, PROJ's error code and PROJ's own
/// words (collected from its log, not just `proj_context_errno_string`).
///
/// Prints as `PROJ: <message> while <operation>`, for example
/// `PROJ: crs not found while creating EPSG:999999 → EPSG:4545`.
public struct ProjError: Error, CustomStringConvertible, Sendable {
    /// What was being done, e.g. `creating EPSG:4326 → EPSG:4545` or
    /// `transforming position 3 (107.0, 100.0) with EPSG:4326 → EPSG:4545`.
    public var operation: String
    /// PROJ's error number (`proj_context_errno` / `proj_errno`), 0 when PROJ gave none.
    public var code: Int32
    /// PROJ's message(s), joined by "; ".
    public var message: String

    public init(operation: String, code: Int32, message: String) {
        self.operation = operation; self.code = code; self.message = message
    }

    public var description: String { "PROJ: \(message) while \(operation)" }
}
