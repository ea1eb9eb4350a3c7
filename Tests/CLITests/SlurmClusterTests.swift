import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `benkang slurm --submit` on a real single-node Slurm (.ci/slurm-local.sh starts it as
/// root on localhost and stops what it started): a 4-task ensemble and an 8-point
/// experiment in 2 tasks, both submitted before waiting on either, merged by their merge
/// jobs are the single-process outputs byte for byte; a task made to fail is reported and
/// resubmitted alone. Under CI=true a Slurm that cannot start fails the test; elsewhere
/// the test is skipped with a message.
@Suite(.serialized) struct SlurmClusterTests {
    static let script = CLI.packageRoot.appendingPathComponent(".ci/slurm-local.sh")
    static let state = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-slurm-test-\(getpid())")

    /// Runs `/bin/bash ARGS` with `environment` added, its stdout and stderr through files.
    /// posix_spawn and waitpid, not Foundation's Process: the script leaves daemons behind,
    /// and Process then waited for ever although bash had exited.
    static func shell(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-shell-\(UUID().uuidString)").path
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ["/bin/bash"] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/bash", &actions, nil, &cArgs, &cEnv)
        guard rc == 0 else { return CLI.Result(status: -1, stdout: "", stderr: "posix_spawn failed: \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return CLI.Result(status: code, stdout: out, stderr: err)
    }

    /// Runs `benkang ARGS` with SLURM_CONF set, from the package root.
    static func benkang(_ arguments: [String], conf: String) throws -> CLI.Result {
        try shell(["-c", "cd \"$1\" && shift && exec \"$@\"", "-", CLI.packageRoot.path, CLI.executable.path] + arguments,
                  environment: ["SLURM_CONF": conf])
    }

    /// Waits until none of the jobs in `jobFolder/job.json`'s latest submission (and its
    /// merge job) is queued or running; false after `seconds`.
    static func waitForJobs(_ ids: [String], conf: String, seconds: Double) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let q = try shell(["-c", "squeue -h -o %i -j \"$1\"", "-", ids.joined(separator: ",")], environment: ["SLURM_CONF": conf])
            if q.status == 0 && q.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return true }
            Thread.sleep(forTimeInterval: 1)
        }
        return false
    }

    static func jobIDs(_ stdout: String) -> [String] {
        // "submitted array job(s) 12 and merge job 13 (afterok)"
        guard let line = stdout.split(separator: "\n").first(where: { $0.hasPrefix("submitted array job(s) ") }) else { return [] }
        return line.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }

    @Test(.timeLimit(.minutes(4))) func aFourTaskEnsembleAndAnExperimentOnSlurmMergeIntoTheSingleRunsAndAFailedTaskIsResubmittedAlone() throws {
        let ci = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
        let start = try Self.shell([Self.script.path, "start"], environment: ["BENKANG_SLURM_STATE": Self.state.path])
        defer {
            _ = try? Self.shell([Self.script.path, "stop"], environment: ["BENKANG_SLURM_STATE": Self.state.path])
            try? FileManager.default.removeItem(at: Self.state)
        }
        guard start.status == 0 else {
            if ci {
                Issue.record("a single-node Slurm could not be started under CI (.ci/slurm-local.sh start, exit \(start.status)): \(start.stderr)")
            } else {
                print("SlurmClusterTests: skipped (not under CI): .ci/slurm-local.sh start failed: \(start.stderr)")
            }
            return
        }
        let conf = Self.state.appendingPathComponent("slurm.conf").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-slurm-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["simulate", "scenarios/baseline.yaml", "--runs", "4", "--seed", "9"]
        let single = dir.appendingPathComponent("single"), merged = dir.appendingPathComponent("merged")
        let job = dir.appendingPathComponent("job")
        // Task 2 fails: a folder where its shard file goes (even root cannot rename a file over it).
        let blocker = job.appendingPathComponent("shards/shard-2-of-4.jsonl")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let submitted = try Self.benkang(["slurm"] + args + ["--tasks", "4", "--cpus-per-task", "1", "--out", merged.path, "--job-dir", job.path, "--submit"], conf: conf)
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        let first = Self.jobIDs(submitted.stdout)
        #expect(first.count == 2, "\(submitted.stdout)")
        // The 8-point experiment in 2 tasks, submitted before waiting on either job.
        let experiment = try ShardMergeCommandTests.tinyExperiment(in: dir).path
        let exploreSingle = dir.appendingPathComponent("explore-single"), exploreMerged = dir.appendingPathComponent("explore-merged")
        let exploreJob = dir.appendingPathComponent("explore-job")
        let explore = try Self.benkang(["slurm", "explore", experiment, "--tasks", "2", "--cpus-per-task", "1", "--out", exploreMerged.path,
                                        "--job-dir", exploreJob.path, "--submit"], conf: conf)
        #expect(explore.status == 0, "\(explore.stdout)\(explore.stderr)")
        let exploreIDs = Self.jobIDs(explore.stdout)
        #expect(exploreIDs.count == 2, "\(explore.stdout)")
        // The single-process runs while the tasks run.
        let r = try Self.benkang(args + ["--out", single.path], conf: conf)
        #expect(r.status == 0, "\(r.stderr)")
        let e = try Self.benkang(["explore", experiment, "--out", exploreSingle.path], conf: conf)
        #expect(e.status == 0, "\(e.stderr)")
        #expect(try Self.waitForJobs(first, conf: conf, seconds: 120), "the array and merge jobs did not leave the queue")
        let status = try Self.benkang(["slurm", "--status", job.path], conf: conf)
        #expect(status.status == 1)
        #expect(status.stdout.contains("4 task(s): 3 done, 1 failed, 0 not finished"), "\(status.stdout)")
        #expect(status.stdout.contains("task 2: failed (exit 73); log \(job.path)/logs/task-2.log"), "\(status.stdout)")
        #expect(!FileManager.default.fileExists(atPath: merged.path), "the merge job ran although a task failed")
        let log = try String(contentsOf: job.appendingPathComponent("logs/task-2.log"), encoding: .utf8)
        #expect(log.contains("shard-2-of-4.jsonl: error: cannot write the file"))

        try FileManager.default.removeItem(at: blocker)
        let shard0 = job.appendingPathComponent("shards/shard-0-of-4.jsonl").path
        let before = try FileManager.default.attributesOfItem(atPath: shard0)[.modificationDate] as? Date
        let again = try Self.benkang(["slurm", "--resubmit", job.path], conf: conf)
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("resubmitting task(s) 2\n"), "\(again.stdout)")
        let second = Self.jobIDs(again.stdout)
        #expect(try Self.waitForJobs(second, conf: conf, seconds: 90), "the resubmitted jobs did not leave the queue")
        let after = try FileManager.default.attributesOfItem(atPath: shard0)[.modificationDate] as? Date
        #expect(before == after, "task 0 ran again")
        let done = try Self.benkang(["slurm", "--status", job.path], conf: conf)
        #expect(done.status == 0 && done.stdout.contains("4 task(s): 4 done, 0 failed"), "\(done.stdout)")
        try ShardMergeCommandTests.expectSameTree(single, merged)

        // The experiment's merge job ran after its 2 tasks: the one-process folder, byte for byte.
        #expect(try Self.waitForJobs(exploreIDs, conf: conf, seconds: 120), "the experiment's jobs did not leave the queue")
        let exploreStatus = try Self.benkang(["slurm", "--status", exploreJob.path], conf: conf)
        #expect(exploreStatus.status == 0 && exploreStatus.stdout.contains("2 task(s): 2 done, 0 failed"), "\(exploreStatus.stdout)")
        try ShardMergeCommandTests.expectSameTree(exploreSingle, exploreMerged)
    }
}
