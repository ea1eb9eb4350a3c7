import Foundation
import Testing
@testable import GIS

/// `FileBytes.read`: a file read in pieces on several threads is the file, byte for byte.
@Suite struct FileBytesTests {
    static func scratchFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "benkang-filebytes-\(getpid())-\(bytes.count).bin"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 70_001, FileBytes.parallelMinimumBytes, FileBytes.parallelMinimumBytes + 3 * FileBytes.pieceBytes / 2 + 7])
    func readsEveryByteInOrder(size: Int) throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<size).map { _ -> UInt8 in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        let path = try Self.scratchFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path) == bytes)
    }

    @Test func aMissingFileOrAFolderIsNamed() {
        let missing = #expect(throws: GISError.self) { try FileBytes.read(path: "/nonexistent/benkang.geojson") }
        #expect(missing?.description.contains("/nonexistent/benkang.geojson") == true)
        let folder = #expect(throws: GISError.self) { try FileBytes.read(path: NSTemporaryDirectory()) }
        #expect(folder?.description.contains("directory") == true)
    }
}
