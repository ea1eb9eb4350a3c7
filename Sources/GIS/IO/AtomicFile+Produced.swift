#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

extension AtomicFile {
    /// Lets `produce` write a file at a fresh temporary path next to `path` (a library
    /// that writes files itself, such as SQLite), then renames it over `path`. On any
    /// failure the temporary file is removed and `path` keeps its previous content.
    /// - Throws: `GISError` naming `path` when it is not a regular file or the rename
    ///   fails; whatever `produce` throws.
    public static func produce(_ path: String, _ produce: (String) throws -> Void) throws {
        let target = try regularTarget(path)
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        guard !name.isEmpty else { throw GISError(file: path, "cannot write the file: the path names a directory") }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = "\(directory).\(name).tmp-\(getpid())-\(suffix)"
        do {
            try produce(temporary)
            guard rename(temporary, target) == 0 else {
                throw GISError(file: path, "cannot write the file: \(systemMessage())")
            }
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw error
        }
    }
}
