/// Every problem found in an experiment file, each as `file:line:column: key: message`.
public struct ExperimentError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        /// The dotted key path (`factors[2].range`), or empty for the whole file.
        public var keyPath: String
        public var message: String
        public init(file: String, line: Int, column: Int, keyPath: String, message: String) {
            self.file = file; self.line = line; self.column = column; self.keyPath = keyPath; self.message = message
        }
        public var description: String {
            let place = line > 0 ? "\(file):\(line):\(column): " : "\(file): "
            return place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
        }
    }

    public var problems: [Problem]
    public init(_ problems: [Problem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
