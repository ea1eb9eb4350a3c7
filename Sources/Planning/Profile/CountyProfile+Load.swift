import Foundation
import GIS
import Yams

extension CountyProfile {
    /// The name of the profile file in a sources folder and in every geodata folder.
    public static let fileName = "county.yaml"

    /// Reads and checks the profile at `path`.
    /// - Throws: `GISError` with one diagnostic per problem (file, line:column, key path
    ///   and what was expected), or naming the file when it cannot be read.
    public static func load(path: String) throws -> CountyProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw GISError(file: path, exists ? "cannot read the county profile" : "no county profile here (\(fileName) describes the county: see geodata/README.md, \"The county profile\")")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw GISError(file: path, "expected UTF-8 text") }
        return try decode(text: text, file: path)
    }

    /// The profile in the geodata (or sources) folder `directory`.
    public static func load(directory: String) throws -> CountyProfile {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return try load(path: dir + "/" + fileName)
    }

    /// Decodes profile YAML text.
    /// - Throws: `GISError` listing every problem.
    public static func decode(text: String, file: String) throws -> CountyProfile {
        let problems = YAMLProblems(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
                let YamlError.composer(_, problem, mark, _) {
            throw GISError(file: file, location: SourceLocation(line: mark.line, column: mark.column), "YAML syntax: \(problem)")
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let again = repeatedKeyLine(text, key: duplicates.first ?? "", after: context.mark)
            throw GISError(file: file, location: SourceLocation(line: again.line, column: again.column),
                           "duplicate key \"\(duplicates.joined(separator: "\", \""))\" (first at line \(context.mark.line))")
        } catch {
            throw GISError(file: file, location: SourceLocation(line: 1, column: 1), "YAML: cannot read the file as YAML")
        }
        guard let root, root.mapping != nil else {
            throw GISError(file: file, location: SourceLocation(line: 1, column: 1), "expected a mapping of county profile keys (county, crs, years, sources, …)")
        }
        let profile = read(YAMLMap(root, path: "", docPath: "", problems: problems), file: file)
        if !problems.diagnostics.isEmpty { throw GISError(problems.diagnostics) }
        return profile
    }

    /// The line and column where `key` appears again after its first mark, or the mark.
    static func repeatedKeyLine(_ text: String, key: String, after mark: Mark) -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where i + 1 > mark.line {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(key + ":") && line.count - trimmed.count == mark.column - 1 {
                return (i + 1, mark.column)
            }
        }
        return (mark.line, mark.column)
    }

    /// Every key path the decoder knows, list items written `[]` (for the documentation
    /// check): read from a sample profile text that sets every section.
    public static func knownKeyPaths(readingSample text: String) -> Set<String> {
        let problems = YAMLProblems(file: "sample")
        if let root = try? Yams.compose(yaml: text) {
            _ = read(YAMLMap(root, path: "", docPath: "", problems: problems), file: "sample")
        }
        return problems.knownPaths
    }
}
