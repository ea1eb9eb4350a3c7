import ArgumentParser
import Foundation
import GIS
import Sharding
import Simulation

/// `benkang slurm`: a sharded `simulate`, `compare` or `explore` as a Slurm job array plus a merge
/// job (or a Kubernetes Indexed Job), its status, and resubmission of failed tasks.
struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: ClusterMessage.slurmAbstract.text,
        discussion: ClusterMessage.slurmDiscussion.text)

    @Argument(parsing: .allUnrecognized, help: ClusterMessage.slurmCommand.help)
    var command: [String] = []

    @Option(help: ClusterMessage.slurmTasks.help)
    var tasks: Int?

    @Option(help: ClusterMessage.slurmOut.help)
    var out: String?

    @Option(name: .customLong("job-dir"), help: ClusterMessage.slurmJobDir.help)
    var jobDir: String?

    @Option(help: ClusterMessage.slurmPartition.help)
    var partition: String?

    @Option(help: ClusterMessage.slurmTime.help)
    var time: String?

    @Option(name: .customLong("cpus-per-task"), help: ClusterMessage.slurmCPUs.help)
    var cpusPerTask: Int?

    @Option(help: ClusterMessage.slurmMem.help)
    var mem: String?

    @Flag(help: ClusterMessage.slurmSubmit.help)
    var submit = false

    @Option(help: ClusterMessage.slurmStatus.help)
    var status: String?

    @Option(help: ClusterMessage.slurmResubmit.help)
    var resubmit: String?

    @Flag(help: ClusterMessage.slurmKubernetes.help)
    var kubernetes = false

    @Option(help: ClusterMessage.slurmImage.help)
    var image = "benkang:latest"

    @Option(help: ClusterMessage.slurmClaim.help)
    var claim = "benkang-work"

    @Option(name: .customLong("max-array-size"), help: ClusterMessage.slurmMaxArraySize.help)
    var maxArraySize: Int?

    @Option(help: ClusterMessage.slurmBenkang.help)
    var benkang: String?

    func validate() throws {
        if status != nil || resubmit != nil {
            if !command.isEmpty || tasks != nil { throw ValidationError(ClusterMessage.slurmStatusAlone.text) }
            return
        }
        guard let first = command.first, ["simulate", "compare", "explore"].contains(first) else {
            throw ValidationError(ClusterMessage.slurmNeedsCommand.text)
        }
        if first == "explore" && command.contains(where: { ["--resume", "--analyse"].contains($0) || $0.hasPrefix("--analyse=") }) {
            throw ValidationError(ClusterMessage.slurmExploreAlone.text)
        }
        if command.contains(where: { $0 == "--shard" || $0.hasPrefix("--shard=") }) {
            throw ValidationError(ClusterMessage.slurmNoShard.text)
        }
        guard let tasks, tasks >= 1, tasks <= ShardSpec.maximumCount else { throw ValidationError(ClusterMessage.slurmNeedsTasks.format(String(ShardSpec.maximumCount))) }
        guard out != nil else { throw ValidationError(ClusterMessage.slurmNeedsOut.text) }
        if let cpusPerTask, cpusPerTask < 1 { throw ValidationError(ClusterMessage.slurmCPUsAtLeastOne.text) }
        if let maxArraySize, maxArraySize < 1 { throw ValidationError(ClusterMessage.slurmMaxArrayAtLeastOne.text) }
        if kubernetes && submit { throw ValidationError(ClusterMessage.slurmKubernetesNoSubmit.text) }
    }

    func run() throws {
        try reportingErrors {
            if let status { return try report(folder: status) }
            if let resubmit { return try rerun(folder: resubmit) }
            try write()
        }
    }

    /// A job name from the output folder's name.
    func jobName(_ out: String) -> String {
        let base = (out as NSString).lastPathComponent.lowercased()
        let cleaned = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return "benkang-" + (cleaned.isEmpty ? "job" : cleaned)
    }

    func write() throws {
        guard let out, let tasks else { return }
        let folder = jobDir ?? out + ".job"
        if kubernetes {
            let manifest = KubernetesManifest(name: jobName(out), arguments: command, tasks: tasks, shards: folder + "/shards", out: out,
                                              image: image, claim: claim, cpusPerTask: cpusPerTask, memory: mem)
            try ShardInputs.makeShardFolder(folder)
            try AtomicFile.write(manifest.job, to: folder + "/job.yaml")
            try AtomicFile.write(manifest.mergeJob, to: folder + "/merge-job.yaml")
            print(StatusMessage.slurmWroteKubernetes.format(folder, String(tasks)))
            return
        }
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = { (p: String) in p.hasPrefix("/") ? p : cwd + "/" + p }
        let exe = benkang ?? (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let (maxArray, source) = maxArraySize.map { ($0, "--max-array-size") } ?? SlurmTools.maxArraySize()
        var job = SlurmJob(arguments: command, tasks: tasks, out: absolute(out), workingDirectory: cwd, benkang: absolute(exe),
                           maxArraySize: maxArray, maxArraySizeSource: source)
        let jobFolder = absolute(folder)
        for sub in ["", "/logs", "/status", "/shards"] { try ShardInputs.makeShardFolder(jobFolder + sub) }
        let scripts = SlurmScripts(job: job, folder: jobFolder, name: jobName(out), partition: partition, time: time,
                                   cpusPerTask: cpusPerTask, memory: mem)
        let chunks = SlurmJob.chunks(tasks: tasks, maxArraySize: maxArray)
        try AtomicFile.write(scripts.task, to: jobFolder + "/task.sh")
        try AtomicFile.write(scripts.merge, to: jobFolder + "/merge.sh")
        try AtomicFile.write(scripts.submit(chunks: chunks), to: jobFolder + "/submit.sh")
        for s in ["task.sh", "merge.sh", "submit.sh"] { chmod(jobFolder + "/" + s, 0o755) }
        try job.write(folder: jobFolder)
        print(StatusMessage.slurmWroteScripts.format(folder, String(tasks), String(chunks.count), String(maxArray), source))
        guard submit else { return }
        try submitJobs(&job, chunks: chunks, folder: jobFolder)
    }

    /// Submits `chunks` and a merge job after them; records the ids in job.json.
    func submitJobs(_ job: inout SlurmJob, chunks: [SlurmJob.ArrayChunk], folder: String) throws {
        var submitted: [SlurmJob.ArrayChunk] = []
        for var c in chunks {
            c.jobID = try SlurmTools.sbatch(SlurmScripts.sbatchArguments(chunk: c, folder: folder))
            submitted.append(c)
        }
        job.submissions.append(submitted)
        let ids = submitted.compactMap(\.jobID)
        job.mergeJobID = try SlurmTools.sbatch(SlurmScripts.mergeArguments(after: ids, folder: folder))
        try job.write(folder: folder)
        print(StatusMessage.slurmSubmitted.format(ids.joined(separator: ", "), job.mergeJobID ?? ""))
    }

    /// `--status`: each task's state; exit 1 when a task failed.
    func report(folder: String) throws {
        let job = try SlurmJob.read(folder: folder)
        let states = job.states(folder: folder)
        let failed = states.indices.filter { if case .failed = states[$0] { return true } else { return false } }
        let pending = states.indices.filter { states[$0] == .notFinished }
        print(StatusMessage.slurmTaskStates.format(String(job.tasks), String(job.tasks - failed.count - pending.count), String(failed.count), String(pending.count)))
        for i in failed {
            if case .failed(let code) = states[i] {
                let why = code < 0 ? StatusMessage.slurmExitNoShard.text : StatusMessage.slurmExit.format(String(code))
                print(StatusMessage.slurmTaskFailed.format(String(i), why, "\(folder)/logs/task-\(i).log"))
            }
        }
        if !pending.isEmpty { print(StatusMessage.slurmNotFinished.format(pending.map(String.init).joined(separator: ", "))) }
        if ["summary.json", "comparison.json", "points.csv"].contains(where: { FileManager.default.fileExists(atPath: job.out + "/" + $0) }) {
            print(StatusMessage.slurmMergedOutputs.format(job.out))
        }
        if !failed.isEmpty { throw ExitCode.failure }
    }

    /// `--resubmit`: reruns the tasks without a shard file that are not queued, then the merge.
    func rerun(folder: String) throws {
        let abs = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        var job = try SlurmJob.read(folder: abs)
        let states = job.states(folder: abs)
        let queued = SlurmTools.active((job.submissions.last ?? []).compactMap(\.jobID))
        guard queued.isEmpty else {
            throw GISError(file: abs, "tasks are still queued or running (\(queued.prefix(8).joined(separator: ", "))); wait for them, or scancel them, before --resubmit")
        }
        let rerun = states.indices.filter { states[$0] != .done }
        guard !rerun.isEmpty else {
            print(StatusMessage.slurmNothingToResubmit.format(folder))
            return
        }
        for i in rerun { unlink(abs + "/status/task-\(i).exit") }
        if let merge = job.mergeJobID { _ = SlurmTools.run("scancel", [merge]) }
        print(StatusMessage.slurmResubmitting.format(rerun.map(String.init).joined(separator: ", ")))
        try submitJobs(&job, chunks: SlurmJob.chunks(rerunning: rerun, maxArraySize: job.maxArraySize), folder: abs)
    }
}
