import Foundation
import GIS

/// Plain "x y [z]" coordinate lines, as cs2cs reads and writes them.
enum CoordinateLines {
    /// Transforms every line of `input`; blank lines and `#` comments pass through.
    /// - Throws: GISError naming the file and line of a line that is not 2 or 3 numbers.
    static func transform(_ input: [UInt8], file: String, with t: Transformation, decimals: Int) throws -> [UInt8] {
        var out = ""
        let text = String(decoding: input, as: UTF8.self)
        // Any line break (\n, \r\n, \r): files from Windows tools end lines with \r\n.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                out += line + "\n"
                continue
            }
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            let numbers = fields.compactMap { Double($0) }
            guard (2...3).contains(fields.count), numbers.count == fields.count, numbers.allSatisfy(\.isFinite) else {
                throw GISError(file: file, location: SourceLocation(line: i + 1, column: 1),
                               "expected \"x y\" or \"x y z\" (numbers), found \"\(trimmed)\"")
            }
            let p: Position
            do {
                p = try t.transform(Position(numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : nil))
            } catch let error as ProjError {
                throw GISError(file: file, location: SourceLocation(line: i + 1, column: 1),
                               "cannot transform \"\(trimmed)\": \(error.message)")
            }
            out += fixed(p.x, decimals) + " " + fixed(p.y, decimals)
            if let z = p.z { out += " " + fixed(z, decimals) }
            out += "\n"
        }
        return Array(out.utf8)
    }
}
