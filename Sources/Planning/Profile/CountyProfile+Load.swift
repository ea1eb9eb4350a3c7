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
        return try decode(text: try UTF8Text.decode([UInt8](data), file: path), file: path)
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
        let root = try YAMLDocument.compose(text, file: file)
        guard let root, root.mapping != nil else {
            throw GISError(file: file, location: SourceLocation(line: 1, column: 1), "expected a mapping of county profile keys (county, crs, years, sources, …)")
        }
        let profile = read(YAMLMap(root, path: "", docPath: "", problems: problems), file: file)
        if !problems.diagnostics.isEmpty { throw GISError(problems.diagnostics) }
        return profile
    }

    /// Every key path the decoder knows, list items written `[]` (for the documentation
    /// check): read from a sample profile text that sets every section.
    public static func knownKeyPaths(readingSample text: String) -> Set<String> {
        let problems = YAMLProblems(file: "sample")
        if let root = try? YAMLDocument.compose(text, file: "sample") {
            _ = read(YAMLMap(root, path: "", docPath: "", problems: problems), file: "sample")
        }
        return problems.knownPaths
    }
}
