import Foundation

/// `build-stamp.json`, the record a build leaves in the folder it wrote: the tool and
/// version, the seed, every source file it read and every file it wrote, each with its
/// size in bytes and SHA-256. A reader checks the files it reads against it, so that a
/// folder mixing files of two builds (an interrupted build, a hand-edited layer) is
/// refused by name instead of being used.
public struct BuildStamp: Sendable, Equatable {
    /// One file: its name relative to the folder, its size in bytes and SHA-256 (hex).
    public struct Entry: Codable, Sendable, Equatable {
        public var file: String
        public var bytes: Int
        public var sha256: String

        /// The entry of `name` with `content`.
        public init(file: String, content: [UInt8]) {
            self.file = file
            bytes = content.count
            sha256 = SHA256.hex(content)
        }
    }

    /// The stamp's file name inside the folder.
    public static let fileName = "build-stamp.json"

    /// The command that wrote the folder, e.g. "benkang geodata build".
    public var tool: String
    public var version: String
    public var seed: UInt64
    /// The files read, relative to the sources folder, in name order.
    public var sources: [Entry]
    /// The files written, relative to the stamped folder, in name order.
    public var files: [Entry]

    public init(tool: String, version: String, seed: UInt64, sources: [Entry], files: [Entry]) {
        self.tool = tool
        self.version = version
        self.seed = seed
        self.sources = sources.sorted { $0.file < $1.file }
        self.files = files.sorted { $0.file < $1.file }
    }

    /// The stamp as JSON: keys in a fixed order, one file per line, a final newline.
    public func rendered() -> String {
        func list(_ entries: [Entry]) -> String {
            entries.map { "    {\"file\": \(quoted($0.file)), \"bytes\": \($0.bytes), \"sha256\": \"\($0.sha256)\"}" }
                .joined(separator: ",\n")
        }
        return """
        {
          "tool": \(quoted(tool)),
          "version": \(quoted(version)),
          "seed": \(seed),
          "sources": [
        \(list(sources))
          ],
          "files": [
        \(list(files))
          ]
        }

        """
    }

    private func quoted(_ s: String) -> String {
        TextEscape.jsonString(s)
    }

    private struct Coded: Codable {
        var tool: String, version: String, seed: UInt64, sources: [Entry], files: [Entry]
    }

    /// The stamp of `folder`, or nil when it has none.
    /// - Throws: `GISError` naming the stamp when it cannot be read or is not a stamp.
    public static func read(folder: String) throws -> BuildStamp? {
        let path = folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try FileBytes.read(path: path)
        guard let c = try? JSONDecoder().decode(Coded.self, from: Data(bytes)) else {
            throw GISError(file: path, "not a build stamp (expected the JSON object with tool, version, seed, sources and files that `benkang geodata build` writes); rebuild the folder or remove the file")
        }
        return BuildStamp(tool: c.tool, version: c.version, seed: c.seed, sources: c.sources, files: c.files)
    }

    /// Records in `folder`'s stamp, if it has one, that `file` now holds `content` (a
    /// command that rewrites one stamped file, such as `geodata import`, keeps the folder
    /// valid): the file's entry is replaced, every other entry kept.
    /// - Throws: `GISError` when the stamp cannot be read or written.
    public static func recordReplacement(folder: String, file: String, content: [UInt8]) throws {
        guard var stamp = try read(folder: folder) else { return }
        stamp.files = (stamp.files.filter { $0.file != file } + [Entry(file: file, content: content)]).sorted { $0.file < $1.file }
        try AtomicFile.write(stamp.rendered(), to: folder + "/" + fileName)
    }

    /// Checks `folder` against its stamp, if it has one: every file the stamp lists must
    /// exist with its recorded size, and those of `names` (the files the caller reads)
    /// also with their recorded SHA-256. A folder without a stamp passes (it was not
    /// written by a build: imported or assembled by hand).
    /// - Throws: `GISError` with one error per file that does not match, naming it.
    public static func verify(folder: String, reading names: [String]) throws {
        guard let stamp = try read(folder: folder) else { return }
        let stampPath = folder + "/" + fileName
        var problems: [Diagnostic] = []
        let hashed = Set(names)
        for e in stamp.files {
            let path = folder + "/" + e.file
            let hint = "the folder mixes files of different builds (an interrupted build, or a file changed after it); rebuild it with `benkang geodata build`"
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(Diagnostic(.error, file: path, "missing, but \(stampPath) lists it: \(hint)"))
                continue
            }
            if Int(info.st_size) != e.bytes {
                problems.append(Diagnostic(.error, file: path, "does not match \(stampPath): \(info.st_size) bytes, the build wrote \(e.bytes): \(hint)"))
                continue
            }
            if hashed.contains(e.file), let content = try? FileBytes.read(path: path), SHA256.hex(content) != e.sha256 {
                problems.append(Diagnostic(.error, file: path, "does not match \(stampPath): its SHA-256 differs from the one the build recorded: \(hint)"))
            }
        }
        if !problems.isEmpty { throw GISError(problems) }
    }
}
