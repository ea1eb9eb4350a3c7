import Foundation
import GIS
import Sharding

/// A job folder written by `benkang slurm` (docs/slurm.md): the description of the job
/// in `job.json`, the scripts, and the folders the tasks fill (`shards/`, `logs/`, `status/`).
struct SlurmJob: Codable, Equatable {
    /// One `sbatch --array` submission: tasks offset…offset+count-1 as array indices 0…count-1.
    struct ArrayChunk: Codable, Equatable {
        var offset: Int
        var count: Int
        /// The Slurm job id once submitted.
        var jobID: String?
        /// The array indices submitted (`0-(count-1)` at first, a list on resubmission).
        var indices: String
    }

    /// Always "benkang-slurm-job", version 1.
    var format = "benkang-slurm-job"
    var version = 1
    /// The command and its arguments each task runs (with `--shard I/N --out DIR/shards` added).
    var arguments: [String]
    var tasks: Int
    /// The merged outputs' folder.
    var out: String
    /// The folder tasks and merge run in (absolute).
    var workingDirectory: String
    /// The `benkang` executable the scripts run (absolute).
    var benkang: String
    /// The largest array Slurm accepts (`MaxArraySize`) and where it was read.
    var maxArraySize: Int
    var maxArraySizeSource: String
    /// Submissions, newest last; the merge job of the latest.
    var submissions: [[ArrayChunk]] = []
    var mergeJobID: String?

    static let fileName = "job.json"

    /// The default `MaxArraySize` of Slurm (slurm.conf(5)).
    static let defaultMaxArraySize = 1001

    /// The chunks of `tasks` tasks under `maxArraySize`: each at most `maxArraySize`
    /// tasks (array indices 0…MaxArraySize-1).
    static func chunks(tasks: Int, maxArraySize: Int) -> [ArrayChunk] {
        let size = max(1, maxArraySize)
        return stride(from: 0, to: tasks, by: size).map { o in
            let n = min(size, tasks - o)
            return ArrayChunk(offset: o, count: n, jobID: nil, indices: n == 1 ? "0" : "0-\(n - 1)")
        }
    }

    /// The chunks rerunning only `tasks` (global task numbers), each chunk's indices as a
    /// comma list relative to its offset.
    static func chunks(rerunning tasks: [Int], maxArraySize: Int) -> [ArrayChunk] {
        let size = max(1, maxArraySize)
        let groups = Dictionary(grouping: tasks.sorted()) { $0 / size }
        return groups.keys.sorted().map { g in
            let offset = g * size, members = groups[g]!
            return ArrayChunk(offset: offset, count: members.count, jobID: nil,
                              indices: members.map { String($0 - offset) }.joined(separator: ","))
        }
    }

    static func read(folder: String) throws -> SlurmJob {
        let path = folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else {
            throw GISError(file: path, "no \(fileName) here: \(folder) is not a job folder written by benkang slurm")
        }
        do { return try JSONDecoder().decode(SlurmJob.self, from: Data(try readInput(path))) } catch let e as GISError {
            throw e
        } catch {
            throw GISError(file: path, "is not a benkang slurm job description (\(ShardFile.decodingReason(error)))")
        }
    }

    func write(folder: String) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try e.encode(self)) + [0x0A], to: folder + "/" + Self.fileName)
    }

    /// The state of each task from the files the tasks leave: done (its shard file is
    /// there), failed (its exit status file says non-zero), or not finished.
    enum TaskState: Equatable { case done, failed(Int32), notFinished }

    func states(folder: String) -> [TaskState] {
        (0..<tasks).map { i in
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/shards/" + ShardFile.fileName(index: i, count: tasks), isDirectory: &isDirectory),
               !isDirectory.boolValue { return .done }
            if let text = try? String(contentsOfFile: folder + "/status/task-\(i).exit", encoding: .utf8),
               let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return code == 0 ? .failed(-1) : .failed(code)
            }
            return .notFinished
        }
    }
}
