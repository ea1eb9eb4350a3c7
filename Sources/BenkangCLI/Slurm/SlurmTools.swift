import Foundation
import GIS

/// Runs Slurm's command-line tools (sbatch, scontrol, squeue, scancel) found on PATH.
enum SlurmTools {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs `tool` with `arguments`; nil when the tool is not on PATH.
    static func run(_ tool: String, _ arguments: [String]) -> Result? {
        guard let path = which(tool) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        do { try p.run() } catch { return nil }
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/" + tool
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// `MaxArraySize` from `scontrol show config`, else Slurm's default 1001.
    static func maxArraySize() -> (Int, String) {
        guard let r = run("scontrol", ["show", "config"]), r.status == 0 else {
            return (SlurmJob.defaultMaxArraySize, "default (scontrol show config not available)")
        }
        if let value = parseMaxArraySize(r.stdout) { return (value, "scontrol show config") }
        return (SlurmJob.defaultMaxArraySize, "default (no MaxArraySize in scontrol show config)")
    }

    /// The value of the `MaxArraySize = N` line of `scontrol show config` output.
    static func parseMaxArraySize(_ text: String) -> Int? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "MaxArraySize", let n = Int(parts[1]), n >= 1 { return n }
        }
        return nil
    }

    /// Submits with `sbatch --parsable ARGS`; the job id.
    /// - Throws: `GISError` with sbatch's message when it fails or is missing.
    static func sbatch(_ arguments: [String]) throws -> String {
        guard let r = run("sbatch", arguments) else {
            throw GISError("sbatch is not on PATH: submit from a Slurm login node, or run submit.sh there")
        }
        let id = r.stdout.split(separator: "\n").first.map { String($0.split(separator: ";")[0]) } ?? ""
        guard r.status == 0, !id.isEmpty, id.allSatisfy(\.isNumber) else {
            throw GISError("sbatch \(arguments.joined(separator: " ")) failed (exit \(r.status)): \(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return id
    }

    /// The job ids (array tasks as `JOB_INDEX`) of `jobs` still pending or running.
    static func active(_ jobs: [String]) -> [String] {
        guard !jobs.isEmpty, let r = run("squeue", ["-h", "-r", "-o", "%i", "-j", jobs.joined(separator: ",")]), r.status == 0 else { return [] }
        return r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
