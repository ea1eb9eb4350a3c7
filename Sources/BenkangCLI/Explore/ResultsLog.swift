#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Experiments
import Foundation
import GIS
import Reports

/// results.csv of an experiment folder: a header `point,run,FIGURE…`, then one line per
/// point and run, appended a point at a time and flushed to the disk (fsync) before the
/// next point starts, so an interrupted experiment keeps every point it finished.
struct ResultsLog {
    static let name = "results.csv"

    /// The header line for `figures`.
    static func header(_ figures: [String]) -> String { (["point", "run"] + figures).map(CSVWriter.field).joined(separator: ",") + "\n" }

    /// The lines of one point.
    static func lines(_ r: PointResult) -> String {
        var out = ""
        for (run, values) in r.values.enumerated() {
            out += "\(r.point),\(run)," + values.map(NumberText.format).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The complete points at the start of a results.csv text (points 0, 1, … each with
    /// runs 0 ..< runs in order), and the byte length of the text they take (with the
    /// header); a later partial or out-of-order line ends the prefix. `ends[p]` is the
    /// length of the text up to and with point p.
    /// - Throws: `GISError` naming the file when the header is not the experiment's.
    static func read(_ bytes: [UInt8], file: String, figures: [String], runs: Int) throws -> (points: [PointResult], length: Int, ends: [Int]) {
        var points: [PointResult] = []
        var current: [[Double]] = []
        let (length, ends) = try readLines(bytes, file: file, header: header(figures)) { fields in
            guard fields.count == figures.count + 2, let p = Int(fields[0]), let r = Int(fields[1]), p == points.count, r == current.count else { return nil }
            let values = fields.dropFirst(2).compactMap(NumberText.parse)
            guard values.count == figures.count else { return nil }
            current.append(values)
            guard current.count == runs else { return false }
            points.append(PointResult(point: p, values: current, householdYears: 0))
            current = []
            return true
        }
        return (points, length, ends)
    }

    /// Reads a results file's lines after `header` (checked), handing each line's fields
    /// to `line`, which says nil (the line ends the complete prefix), false (read on) or
    /// true (a point is complete with this line). Returns the length of the text up to the
    /// last complete point (the header's when none; 0 for an empty text) and each
    /// complete point's end.
    /// - Throws: `GISError` naming the file when the first line is not `header`.
    static func readLines(_ bytes: [UInt8], file: String, header: String, line: ([String]) -> Bool?) throws -> (length: Int, ends: [Int]) {
        var start = 0
        if bytes.starts(with: UTF8Text.byteOrderMark) { start = UTF8Text.byteOrderMark.count }
        var lines: [(text: String, end: Int)] = []
        var i = start, lineStart = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                lines.append((String(decoding: bytes[lineStart..<i], as: UTF8.self), i + 1))
                lineStart = i + 1
            }
            i += 1
        }
        guard let first = lines.first else { return (0, []) }
        guard first.text + "\n" == header else {
            throw GISError(file: file, location: SourceLocation(line: 1), "the header is not this experiment's (expected \(header.dropLast()))")
        }
        var ends: [Int] = []
        for l in lines.dropFirst() {
            guard let complete = line(l.text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)) else { break }
            if complete { ends.append(l.end) }
        }
        return (ends.last ?? first.end, ends)
    }
}

/// An open results.csv: each point's lines written whole, then fsync'd.
final class ResultsAppender {
    let path: String
    private let fd: Int32

    /// Opens `path` for appending (it must exist: the header is written first).
    init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { throw GISError.output(file: path, "cannot open for appending: \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    func append(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw GISError.output(file: path, "cannot write: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw GISError.output(file: path, "cannot flush to the disk: \(String(cString: strerror(errno)))") }
    }
}
