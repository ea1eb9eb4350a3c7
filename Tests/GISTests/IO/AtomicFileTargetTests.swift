import Foundation
import Testing
@testable import GIS

/// `AtomicFile` replaces regular files only: a device or FIFO is never turned into a
/// regular file, and a symbolic link's target is what gets replaced.
@Suite struct AtomicFileTargetTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aFIFOIsRefusedAndLeftAsItWas() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect { try AtomicFile.write("x", to: fifo) } throws: { "\($0)".contains("FIFO") && "\($0)".contains(fifo) }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pipe"], "no temporary file is left")
    }

    @Test func aCharacterDeviceIsRefused() throws {
        #expect { try AtomicFile.write("x", to: "/dev/null") } throws: { "\($0)".contains("character device") }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.txt"), link = dir.appendingPathComponent("link.txt")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try AtomicFile.write("new", to: link.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }

    @Test func aLinkToNothingIsRefused() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("dangling.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: dir.appendingPathComponent("none/x").path)
        #expect { try AtomicFile.write("x", to: link.path) } throws: { "\($0)".contains("symbolic link to nothing") }
    }
}
