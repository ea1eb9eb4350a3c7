import Foundation

/// A progress line on standard error: runs done of the total, the time left, and what
/// is running (e.g. the scenario of a comparison). Drawn only when standard error is a
/// terminal, `--quiet` is not given, and the work has taken more than a second (a short
/// command prints nothing); redrawn at most ten times a second; `finish` ends the line.
final class ProgressBar: @unchecked Sendable {
    let total: Int
    let label: String
    let enabled: Bool
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// - Parameters:
    ///   - label: what is running, shown before the bar (may be empty).
    ///   - quiet: true to draw nothing (`--quiet`).
    init(total: Int, label: String = "", quiet: Bool = false) {
        self.total = total
        self.label = label
        enabled = !quiet && isatty(2) == 1
    }

    /// Records `done` runs finished (called from worker threads).
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed > 1, done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total, elapsed: elapsed, label: label) + "\u{1B}[K").utf8))
    }

    /// Ends the line (when one was drawn).
    func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// `label [######........] 12/20 runs, about 8 s left`.
    static func line(done: Int, total: Int, elapsed: Double, label: String) -> String {
        let width = 24, filled = width * min(done, total) / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var text = (label.isEmpty ? "" : label + " ") + "[\(bar)] \(done)/\(total) runs"
        if done > 0 && done < total {
            text += ", about \(duration(elapsed / Double(done) * Double(total - done))) left"
        } else if done >= total {
            text += " in \(duration(elapsed))"
        }
        return text
    }

    /// "8 s", "2 min 5 s", "1 h 3 min".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \((s % 3600) / 60) min"
    }
}
