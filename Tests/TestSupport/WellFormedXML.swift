import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that an SVG is well-formed XML: with `xmllint --noout` when it is installed
/// (Debian's libxml2-utils), else with Foundation's XMLParser, after checking that every
/// character is one XML 1.0 allows and the document starts with the XML declaration.
/// Shared by the Cartography and CLI tests.
public enum WellFormedXML {
    public static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// nil when well-formed, else what is wrong.
    public static func problem(_ bytes: [UInt8]) throws -> String? {
        if let xmllint {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-xml-\(getpid())-\(UUID().uuidString).svg")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: xmllint)
            p.arguments = ["--noout", file.path]
            let err = Pipe()
            p.standardError = err
            try p.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return p.terminationStatus == 0 ? nil : message
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return "not UTF-8" }
        guard text.hasPrefix("<?xml") else { return "no XML declaration" }
        for s in text.unicodeScalars {
            let v = s.value
            let legal = v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
            if !legal { return "character U+\(String(v, radix: 16, uppercase: true)) is not allowed in XML" }
        }
        let parser = XMLParser(data: Data(bytes))
        return parser.parse() ? nil : "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")"
    }
}
