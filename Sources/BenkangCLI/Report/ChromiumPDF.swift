import Foundation
import GIS

/// Prints an HTML file to PDF with headless Chromium (`chromium`, `chromium-browser`,
/// `google-chrome` on the PATH), into a temporary name beside the output, renamed when
/// Chromium has written it.
enum ChromiumPDF {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium on the PATH, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }

    /// - Throws: `GISError.output` (exit status 73) when Chromium is missing (saying how
    ///   to install it) or fails.
    static func print(html: String, to pdf: String) throws {
        guard let chromium = executable() else {
            throw GISError.output(file: pdf, "no Chromium found to print the PDF (looked for \(names.joined(separator: ", ")) on the PATH); install it with `sudo apt-get install chromium` (Debian/Ubuntu), or open the HTML report in a browser and print it to PDF")
        }
        let dir = (pdf as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/." + (pdf as NSString).lastPathComponent + ".tmp-\(getpid())"
        let token = TemporaryPaths.shared.register(temp)
        defer { TemporaryPaths.shared.unregister(token); unlink(temp) }
        let url = URL(fileURLWithPath: html).standardizedFileURL.absoluteString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                             "--virtual-time-budget=5000", "--print-to-pdf=\(temp)", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw GISError.output(file: pdf, "cannot start \(chromium)") }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let size = (try? FileManager.default.attributesOfItem(atPath: temp))?[.size] as? Int, size > 0 else {
            throw GISError.output(file: pdf, "\(chromium) did not print the PDF (exit status \(process.terminationStatus))")
        }
        guard rename(temp, pdf) == 0 else { throw GISError.output(file: pdf, "cannot rename \(temp) to it") }
    }
}
