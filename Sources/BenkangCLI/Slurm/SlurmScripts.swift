import Foundation

/// The shell scripts of a Slurm job folder (docs/slurm.md): `task.sh` (one array task:
/// `benkang ARGS --shard I/N`), `merge.sh` (the merge job) and `submit.sh` (the sbatch
/// calls `--submit` makes, for submitting by hand).
struct SlurmScripts {
    var job: SlurmJob
    /// The job folder (absolute).
    var folder: String
    var name: String
    var partition: String?
    var time: String?
    var cpusPerTask: Int?
    var memory: String?

    /// A word for the shell: single-quoted unless it is plain.
    static func quote(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "-_./=:,+@%".unicodeScalars.contains(c))
        }
        return plain ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func directives(jobName: String, output: String) -> String {
        var lines = ["#SBATCH --job-name=\(Self.quote(jobName))", "#SBATCH --output=\(Self.quote(output))"]
        if let partition { lines.append("#SBATCH --partition=\(Self.quote(partition))") }
        if let time { lines.append("#SBATCH --time=\(Self.quote(time))") }
        if let cpusPerTask { lines.append("#SBATCH --cpus-per-task=\(cpusPerTask)") }
        if let memory { lines.append("#SBATCH --mem=\(Self.quote(memory))") }
        return lines.joined(separator: "\n")
    }

    /// Whether the arguments already set the worker threads.
    var setsThreads: Bool { job.arguments.contains { $0 == "--threads" || $0.hasPrefix("--threads=") } }

    var task: String {
        let args = job.arguments.map(Self.quote).joined(separator: " ")
        let threads = setsThreads ? "" : " --threads \"${SLURM_CPUS_PER_TASK:-1}\""
        return """
        #!/bin/bash
        # Written by `benkang slurm` (docs/slurm.md): array task I of \(job.tasks) runs
        # `benkang \(job.arguments.joined(separator: " ")) --shard I/\(job.tasks)`.
        \(directives(jobName: name, output: folder + "/logs/slurm-%A_%a.out"))
        set -u
        I=$(( ${SLURM_ARRAY_TASK_ID:?run this script with sbatch --array} + ${BENKANG_TASK_OFFSET:-0} ))
        JOB=\(Self.quote(folder))
        cd \(Self.quote(job.workingDirectory)) || exit 66
        mkdir -p "$JOB/status" "$JOB/logs" "$JOB/shards"
        rm -f "$JOB/status/task-$I.exit"
        \(Self.quote(job.benkang)) \(args) --shard "$I/\(job.tasks)" --out "$JOB/shards"\(threads) > "$JOB/logs/task-$I.log" 2>&1
        status=$?
        echo "$status" > "$JOB/status/task-$I.exit.tmp" && mv -f "$JOB/status/task-$I.exit.tmp" "$JOB/status/task-$I.exit"
        exit "$status"

        """
    }

    var merge: String {
        """
        #!/bin/bash
        # Written by `benkang slurm` (docs/slurm.md): merges the \(job.tasks) shards into \(job.out)
        # once every array task has succeeded (sbatch --dependency=afterok:…).
        \(directives(jobName: name + "-merge", output: folder + "/logs/merge.log"))
        set -u
        cd \(Self.quote(job.workingDirectory)) || exit 66
        exec \(Self.quote(job.benkang)) merge \(Self.quote(folder + "/shards")) --out \(Self.quote(job.out))

        """
    }

    /// The sbatch command lines of `chunks` and of the merge job after them.
    static func sbatchArguments(chunk: SlurmJob.ArrayChunk, folder: String) -> [String] {
        ["--parsable", "--array=\(chunk.indices)", "--export=ALL,BENKANG_TASK_OFFSET=\(chunk.offset)", folder + "/task.sh"]
    }

    static func mergeArguments(after jobIDs: [String], folder: String) -> [String] {
        ["--parsable", "--dependency=afterok:" + jobIDs.joined(separator: ":"), "--kill-on-invalid-dep=yes", folder + "/merge.sh"]
    }

    /// submit.sh: the same submissions as `--submit`, for a shell.
    func submit(chunks: [SlurmJob.ArrayChunk]) -> String {
        var lines = ["#!/bin/bash", "# Written by `benkang slurm` (docs/slurm.md): submits the array job(s) and the merge job.", "set -eu", "ids=\"\""]
        for c in chunks {
            lines.append("id=$(sbatch " + Self.sbatchArguments(chunk: c, folder: folder).map(Self.quote).joined(separator: " ") + ")")
            lines.append("ids=\"$ids:${id%%;*}\"")
        }
        lines.append("sbatch --parsable --dependency=afterok$ids --kill-on-invalid-dep=yes " + Self.quote(folder + "/merge.sh"))
        return lines.joined(separator: "\n") + "\n"
    }
}
