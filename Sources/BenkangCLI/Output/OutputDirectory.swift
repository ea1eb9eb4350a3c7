#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GIS

/// A command's output folder, built in a temporary folder `.NAME.tmp-PID` beside it and
/// moved into place only when every file is written, so that a failure or an interrupt
/// leaves no partial folder behind. The one output path of `simulate`, `compare` and
/// `geodata build`; every failure is a `GISError.output` (exit status 73) naming the path
/// in plain words.
struct OutputDirectory {
    /// Which existing folder may be replaced.
    enum Rule {
        /// Only a folder holding nothing but these file names (and subfolders of them):
        /// the outputs of an earlier `simulate` or `compare`. The folder is swapped whole.
        case earlierOutputs(Set<String>)
        /// An empty folder, or one holding a build stamp (an earlier `geodata build`):
        /// the stamped files are replaced one by one and the stamp last, every other
        /// entry (README.md, sources/) is kept. A file of the new build that exists but
        /// the old stamp does not list is a user's file, and the folder is refused.
        case stampedBuild(Set<String>)
    }

    let final: String
    let temporary: String
    let rule: Rule
    private let token: Int

    /// Checks `path` and creates the temporary folder beside it; stale temporary folders
    /// of `path` left by a process that no longer runs are removed first.
    /// - Parameter inputs: files the command reads; none may lie inside the folder.
    /// - Throws: `GISError.output` naming the path: empty, the root, a file, a symbolic
    ///   link, a folder the rule does not allow replacing, holding an input, or a parent
    ///   folder that cannot be created or written.
    init(_ path: String, rule: Rule = .earlierOutputs(Self.outputFileNames), inputs: [String] = []) throws {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let name = (trimmed as NSString).lastPathComponent
        guard !trimmed.isEmpty, name != "/", name != ".", name != ".." else {
            throw GISError.output(file: path.isEmpty ? "--out \"\"" : path, "cannot write the outputs there: --out must name a folder to create or replace (not the root, . or ..)")
        }
        final = trimmed
        self.rule = rule
        let parent = (trimmed as NSString).deletingLastPathComponent.isEmpty ? "." : (trimmed as NSString).deletingLastPathComponent
        temporary = parent + "/.\(name).tmp-\(getpid())"
        try Self.checkReplaceable(final, rule: rule)
        try Self.checkHoldsNoInput(final, inputs: inputs)
        try Self.makeFolder(parent, for: final)
        guard access(parent, W_OK | X_OK) == 0 else {
            throw GISError.output(file: final, "cannot write the outputs: the folder \(parent) is not writable (\(systemReason()))")
        }
        Self.removeStaleTemporaries(of: name, in: parent)
        token = TemporaryPaths.shared.register(temporary, aside: temporary + ".old", final: final)
        try? FileManager.default.removeItem(atPath: temporary)
        guard mkdir(temporary, 0o755) == 0 else {
            let reason = systemReason()
            TemporaryPaths.shared.unregister(token)
            throw GISError.output(file: final, "cannot create the temporary folder \(temporary): \(reason)")
        }
    }

    func write(_ text: String, _ name: String) throws { try AtomicFile.write(text, to: temporary + "/" + name) }
    func write(_ bytes: [UInt8], _ name: String) throws { try AtomicFile.write(bytes, to: temporary + "/" + name) }

    /// Creates the subfolder `name` of the temporary folder.
    func makeSubfolder(_ name: String) throws -> String {
        let path = temporary + "/" + name
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw GISError.output(file: final + "/" + name, "cannot create the folder: \(systemReason())")
        }
        return path
    }

    /// Moves the finished outputs into place (see ``Rule``); when the folder swap fails
    /// the older folder is put back.
    func commit() throws {
        defer { TemporaryPaths.shared.unregister(token) }
        try Self.checkReplaceable(final, rule: rule)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory)
        let empty = exists && ((try? FileManager.default.contentsOfDirectory(atPath: final)) ?? ["?"]).isEmpty
        if case .stampedBuild = rule, exists, !empty {
            try commitFileByFile()
        } else {
            try commitFolder(exists: exists)
        }
    }

    /// Swaps the whole folder: the old one aside, the new one in, the old one deleted.
    private func commitFolder(exists: Bool) throws {
        let old = temporary + ".old"
        if exists {
            guard rename(final, old) == 0 else {
                throw GISError.output(file: final, "cannot move the earlier outputs aside: \(systemReason())")
            }
        }
        guard rename(temporary, final) == 0 else {
            let reason = systemReason()
            if exists { _ = rename(old, final) }
            throw GISError.output(file: final, "cannot move the finished outputs into place: \(reason)")
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    /// Replaces the stamped files one by one, the build stamp last: until the stamp is
    /// renamed, the old stamp no longer matches the replaced files, so a reader refuses
    /// a folder left half-replaced by a crash.
    private func commitFileByFile() throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).sorted()
        for name in names where name != BuildStamp.fileName {
            guard rename(temporary + "/" + name, final + "/" + name) == 0 else {
                throw GISError.output(file: final + "/" + name, "cannot move the new file into place: \(systemReason()); the folder now mixes two builds until it is rebuilt")
            }
        }
        if names.contains(BuildStamp.fileName) {
            guard rename(temporary + "/" + BuildStamp.fileName, final + "/" + BuildStamp.fileName) == 0 else {
                throw GISError.output(file: final + "/" + BuildStamp.fileName, "cannot move the new build stamp into place: \(systemReason())")
            }
        }
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Removes the temporary folder (after a failure).
    func discard() {
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryPaths.shared.unregister(token)
    }

    /// The files `simulate` and `compare` write; a folder holding only these (and
    /// subfolders holding only these) is an earlier output and may be replaced.
    static let outputFileNames: Set<String> = [
        "county.csv", "villages.csv", "villages-by-year.csv", "flows.csv", "targets.csv", "villages.geojson", "summary.json",
        "scenario.resolved.yaml", "relocation.csv", "sites.csv",
        "comparison.txt", "comparison.csv", "comparison.json", "comparison.md", "key-figures-by-run.csv",
        // a region (docs/regions.md)
        "region.csv", "region-by-run.csv", "region-summary.json", "region-comparison.csv", "region.xlsx", "region-comparison.xlsx",
        // with --xlsx
        "county.xlsx", "villages.xlsx", "villages-by-year.xlsx", "flows.xlsx", "targets.xlsx", "relocation.xlsx", "sites.xlsx", "comparison.xlsx",
    ]

    /// Throws unless `path` is absent or a folder `rule` allows replacing.
    static func checkReplaceable(_ path: String, rule: Rule) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw GISError.output(file: path, "is a symbolic link; --out must name the folder itself (a link is never replaced)")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw GISError.output(file: path, "is a file, expected an output folder; choose another --out")
        }
        switch rule {
        case .earlierOutputs(let names):
            if let stranger = firstForeignEntry(in: path, names: names, depth: 2) {
                throw GISError.output(file: path, "holds \(stranger), which Benkang did not write; an output folder is only replaced when it holds nothing but earlier outputs. Choose another --out, or empty it yourself.")
            }
        case .stampedBuild(let names):
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if entries.isEmpty { return }
            let stamp: BuildStamp?
            do { stamp = try BuildStamp.read(folder: path) } catch let e as GISError {
                var output = e
                output.isOutputFailure = true
                throw output
            }
            guard let stamp else {
                throw GISError.output(file: path, "holds files but no \(BuildStamp.fileName), so it is not the folder of an earlier build; a build only replaces an empty folder or an earlier build. Choose another --out, or empty it yourself.")
            }
            let stamped = Set(stamp.files.map(\.file))
            for name in entries.sorted() where names.contains(name) && name != BuildStamp.fileName && !stamped.contains(name) {
                throw GISError.output(file: path + "/" + name, "exists, but the folder's \(BuildStamp.fileName) does not list it: it is not a file of the earlier build and is never overwritten. Move it away, or choose another --out.")
            }
        }
    }

    /// Throws when an input lies inside `folder` (replacing the folder would delete it).
    static func checkHoldsNoInput(_ folder: String, inputs: [String]) throws {
        guard FileManager.default.fileExists(atPath: folder) else { return }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where input != "-" {
            let path = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if path == base || path.hasPrefix(base + "/") {
                throw GISError.output(file: folder, "holds the input \(input); the outputs would replace it. Benkang never overwrites an input: choose another --out.")
            }
        }
    }

    /// Creates `parent` (and its parents) when missing.
    static func makeFolder(_ parent: String, for final: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GISError.output(file: final, "cannot write the outputs: \(parent) is a file, not a folder") }
            return
        }
        let up = (parent as NSString).deletingLastPathComponent
        if !up.isEmpty && up != parent { try makeFolder(up, for: final) }
        guard mkdir(parent, 0o755) == 0 || errno == EEXIST else {
            throw GISError.output(file: final, "cannot create the folder \(parent): \(systemReason())")
        }
    }

    /// Removes `.NAME.tmp-PID` and `.NAME.tmp-PID.old` in `parent` whose process is gone.
    static func removeStaleTemporaries(of name: String, in parent: String) {
        let prefix = ".\(name).tmp-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            var rest = entry.dropFirst(prefix.count)
            if rest.hasSuffix(".old") { rest = rest.dropLast(4) }
            guard let pid = Int32(rest), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }   // still running (or not ours to judge)
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    /// The first entry (sorted) of `folder` that is not an output file or, down to
    /// `depth` levels, a folder of output files.
    private static func firstForeignEntry(in folder: String, names: Set<String>, depth: Int) -> String? {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: folder) else { return folder }
        for name in entries.sorted() {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if depth == 0 { return name + "/" }
                if let inner = firstForeignEntry(in: path, names: names, depth: depth - 1) { return name + "/" + inner }
            } else if !names.contains(name) {
                return name
            }
        }
        return nil
    }
}

/// The system's reason for the last failed call, in plain words.
func systemReason() -> String { String(cString: strerror(errno)) }
