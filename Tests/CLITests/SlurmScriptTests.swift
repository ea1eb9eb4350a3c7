import Foundation
import Testing

/// `benkang slurm` without a cluster: the job folder's scripts, the split past
/// MaxArraySize, the Kubernetes manifests (golden files) and the usage errors.
@Suite struct SlurmScriptTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-slurm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theJobFolderRunsShardIOfNInEveryTaskAndMergesAfterOK() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let job = dir.appendingPathComponent("job")
        let r = try CLI.run(["slurm", "simulate", "scenarios/baseline.yaml", "--runs", "5", "--tasks", "5", "--out", dir.appendingPathComponent("out").path,
                             "--job-dir", job.path, "--partition", "short", "--time", "00:10:00", "--cpus-per-task", "2", "--mem", "2G",
                             "--max-array-size", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("5 task(s) in 3 array job(s) (MaxArraySize 2, --max-array-size)"))
        let task = try String(contentsOf: job.appendingPathComponent("task.sh"), encoding: .utf8)
        for line in ["#SBATCH --partition=short", "#SBATCH --time=00:10:00", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=2G",
                     "I=$(( ${SLURM_ARRAY_TASK_ID:?run this script with sbatch --array} + ${BENKANG_TASK_OFFSET:-0} ))",
                     "simulate scenarios/baseline.yaml --runs 5 --shard \"$I/5\" --out \"$JOB/shards\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" > \"$JOB/logs/task-$I.log\" 2>&1"] {
            #expect(task.contains(line), "task.sh lacks \(line)")
        }
        let submit = try String(contentsOf: job.appendingPathComponent("submit.sh"), encoding: .utf8)
        // 5 tasks under MaxArraySize 2: arrays of 2, 2 and 1 with offsets 0, 2, 4.
        #expect(submit.contains("--array=0-1 --export=ALL,BENKANG_TASK_OFFSET=0 "))
        #expect(submit.contains("--array=0-1 --export=ALL,BENKANG_TASK_OFFSET=2 "))
        #expect(submit.contains("--array=0 --export=ALL,BENKANG_TASK_OFFSET=4 "))
        #expect(submit.contains("--dependency=afterok$ids --kill-on-invalid-dep=yes"))
        let merge = try String(contentsOf: job.appendingPathComponent("merge.sh"), encoding: .utf8)
        #expect(merge.contains("merge \(job.path)/shards --out \(dir.path)/out"))
        // The submissions run as a shell would: the split and the dependency, checked with a fake sbatch.
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("sbatch")
        try "#!/bin/sh\necho \"$@\" >> \(dir.path)/sbatch.log\necho $(( $(wc -l < \(dir.path)/sbatch.log) + 100 ))\n".write(to: fake, atomically: true, encoding: .utf8)
        chmod(fake.path, 0o755)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [job.appendingPathComponent("submit.sh").path]
        p.environment = ["PATH": bin.path + ":/usr/bin:/bin"]
        try p.run(); p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let log = try String(contentsOf: dir.appendingPathComponent("sbatch.log"), encoding: .utf8).split(separator: "\n")
        #expect(log.count == 4)
        #expect(log.last?.hasPrefix("--parsable --dependency=afterok:101:102:103 --kill-on-invalid-dep=yes") == true, "\(log)")
        // --status before any task ran: nothing failed, everything unfinished.
        let s = try CLI.run(["slurm", "--status", job.path])
        #expect(s.status == 0)
        #expect(s.stdout.contains("5 task(s): 0 done, 0 failed, 5 not finished"))
    }

    @Test func theKubernetesIndexedJobMatchesItsGoldenFiles() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["slurm", "compare", "scenarios/relocation-none.yaml", "scenarios/relocation-optimized.yaml", "--runs", "20",
                             "--tasks", "4", "--out", "out/compare", "--job-dir", "k8s", "--kubernetes",
                             "--image", "registry.example/benkang:0.1", "--cpus-per-task", "2", "--mem", "2Gi"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["job.yaml", "merge-job.yaml"] {
            let made = try String(contentsOf: dir.appendingPathComponent("k8s/" + name), encoding: .utf8)
            let golden = Self.golden.appendingPathComponent("kubernetes-" + name)
            if ProcessInfo.processInfo.environment["BENKANG_UPDATE_GOLDEN"] == "1", ProcessInfo.processInfo.environment["CI"] == nil {
                try made.write(to: golden, atomically: true, encoding: .utf8)
                Issue.record("Golden/kubernetes-\(name) rewritten (BENKANG_UPDATE_GOLDEN=1): review the diff, then rerun without it")
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(made == expected, "k8s/\(name) differs from Tests/CLITests/Golden/kubernetes-\(name); regenerate deliberately with BENKANG_UPDATE_GOLDEN=1")
        }
    }

    @Test func usageErrorsAreNamed() throws {
        let cases: [([String], String)] = [
            (["slurm", "--tasks", "2", "--out", "/tmp/x"], "give the command the tasks run"),
            (["slurm", "report", "a.yaml", "--tasks", "2", "--out", "/tmp/x"], "give the command the tasks run"),
            (["slurm", "explore", "a.yaml", "--resume", "--tasks", "2", "--out", "/tmp/x"], "--resume and --analyse do not go with it"),
            (["slurm", "simulate", "scenarios/baseline.yaml", "--out", "/tmp/x"], "give --tasks N"),
            (["slurm", "simulate", "scenarios/baseline.yaml", "--tasks", "2"], "give --out DIR"),
            (["slurm", "simulate", "scenarios/baseline.yaml", "--shard", "0/2", "--tasks", "2", "--out", "/tmp/x"], "do not give --shard"),
        ]
        for (args, message) in cases {
            let r = try CLI.run(args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        let missing = try CLI.run(["slurm", "--status", "/tmp/benkang-no-such-job"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("job.json: error: no job.json here"))
    }
}
