/// The texts of `benkang merge`, `benkang slurm`, `--shard`, and the options of `info`
/// and `project` added with them (see ``LocalizedMessage``).
enum ClusterMessage: String, LocalizedMessage {
    case mergeAbstract, mergeDiscussion, mergeShards, mergeOut, mergeGeodata, mergeNeedsShard
    case slurmAbstract, slurmDiscussion, slurmCommand, slurmTasks, slurmOut, slurmJobDir, slurmPartition, slurmTime, slurmCPUs, slurmMem
    case slurmSubmit, slurmStatus, slurmResubmit, slurmKubernetes, slurmImage, slurmClaim, slurmMaxArraySize, slurmBenkang
    case shardOption, shardNeedsOut, shardExploreAlone
    case slurmStatusAlone, slurmNeedsCommand, slurmExploreAlone, slurmNoShard, slurmNeedsTasks, slurmNeedsOut
    case slurmCPUsAtLeastOne, slurmMaxArrayAtLeastOne, slurmKubernetesNoSubmit
    case infoThreads, infoFormat, projectThreads, optionQuiet

    var bilingual: Bilingual {
        switch self {
        case .mergeAbstract: Bilingual(
            "把 `simulate`、`compare` 或 `explore` 加 `--shard I/N` 写出的分片文件合并成一次运行的输出。",
            "Join the shard files of `simulate`, `compare` or `explore` with `--shard I/N` into the outputs of one run.")
        case .mergeDiscussion: Bilingual(
            """
            读取所给文件夹中的每个 shard-I-of-N.jsonl（或所给的文件），检查它们属于同一个作业（同一命令、\
            分片数和解析后输入的散列值），且每个分片、每个工作单元恰好出现一次；重新读取分片所列的情景和\
            地理数据，并检查其散列值未变；然后把不加 --shard 时该命令写出的内容写到 --out（并打印它打印的\
            内容）：逐字节相同，每个分位数都取自各次模拟的数值。退出状态：0 已写出；64 命令行有误；\
            65 分片缺失、重复、损坏、属于另一作业或输入已改变（每个问题都列出）；73 --out 无法写入。\
            格式见 docs/shards.md。

            示例：
              benkang merge out/shards --out out/baseline
              benkang merge out/shards-a out/shards-b/shard-3-of-4.jsonl --out out/compare
              benkang merge out/morris-shards --out out/morris
            """,
            """
            Reads every shard-I-of-N.jsonl in the given folders (or the given files), checks that \
            they belong to one job (the same command, shard count and resolved inputs' hash) and \
            that every shard and every work unit is there exactly once, reloads the scenarios \
            and geodata the shards name and checks they still hash the same, then writes to --out \
            what the command without --shard writes (and prints what it prints): the same bytes, \
            every quantile taken over the per-run values. Exit status 0 when written, 64 for a bad \
            command line, 65 when a shard is missing, duplicated, damaged, from another job, or \
            the inputs changed (every problem is named), 73 when --out cannot be written. \
            The format is in docs/shards.md.

            Examples:
              benkang merge out/shards --out out/baseline
              benkang merge out/shards-a out/shards-b/shard-3-of-4.jsonl --out out/compare
              benkang merge out/morris-shards --out out/morris
            """)
        case .mergeShards: Bilingual("分片文件夹（其中每个 shard-*.jsonl）或分片文件。", "Shard folders (every shard-*.jsonl in them) or shard files.")
        case .mergeOut: Bilingual("输出文件夹（新建；其中只有以前的输出时替换）。", "The output folder (created, or replaced when it holds only earlier outputs).")
        case .mergeGeodata: Bilingual(
            "地理数据文件夹，当它已不在运行分片时的位置（默认：分片所记的文件夹）。其散列值须相同。",
            "The geodata folder, when it is no longer where the shards were run (default: the folder the shards name). It must hash the same.")
        case .mergeNeedsShard: Bilingual("请至少给一个分片文件夹或文件", "give at least one shard folder or file")

        case .slurmAbstract: Bilingual(
            "把 `simulate`、`compare` 或 `explore` 作为 --tasks 个分片的 Slurm 作业数组和一个合并作业运行（或写出 Kubernetes Indexed Job）。",
            "Run `simulate`, `compare` or `explore` as a Slurm job array of --tasks shards and a merge job (or write a Kubernetes Indexed Job).")
        case .slurmDiscussion: Bilingual(
            """
            写出一个作业文件夹（--job-dir，默认 OUT.job）：task.sh（数组任务 I 运行 \
            `benkang ARGS --shard I/N`，日志在 logs/task-I.log，退出状态在 status/task-I.exit）、merge.sh\
            （所有任务成功后运行一次 `benkang merge`：sbatch --dependency=afterok）、submit.sh（sbatch 调用）\
            和 job.json。超过 Slurm 的 MaxArraySize（从 `scontrol show config` 读取，否则为 1001）时，任务\
            分到几个数组作业中。加 --submit 时提交作业。`--status DIR` 列出失败和未完成的任务（有任务失败时\
            退出状态为 1）；`--resubmit DIR` 只重跑没有分片文件的任务，然后合并。--kubernetes 改为写出 \
            job.yaml（Indexed Job）和 merge-job.yaml。文件说明见 docs/slurm.md。

            示例：
              benkang slurm simulate scenarios/baseline.yaml --runs 100 --tasks 10 --out out/baseline --submit
              benkang slurm compare scenarios/relocation-*.yaml --runs 200 --tasks 20 --partition short --time 00:30:00 --out out/compare
              benkang slurm --status out/baseline.job
              benkang slurm --resubmit out/baseline.job
              benkang slurm simulate scenarios/baseline.yaml --runs 100 --tasks 10 --out out/baseline --kubernetes --image registry.example/benkang:0.1
            """,
            """
            Writes a job folder (--job-dir, default OUT.job): task.sh (array task I runs \
            `benkang ARGS --shard I/N`, its log in logs/task-I.log, its exit status in \
            status/task-I.exit), merge.sh (runs `benkang merge` once every task succeeded: \
            sbatch --dependency=afterok), submit.sh (the sbatch calls) and job.json. Past \
            Slurm's MaxArraySize (read from `scontrol show config`, else 1001) the tasks are \
            split over several array jobs. With --submit the jobs are submitted. \
            `--status DIR` lists failed and unfinished tasks (exit 1 when a task failed); \
            `--resubmit DIR` reruns only the tasks without a shard file, then the merge. \
            --kubernetes writes job.yaml (an Indexed Job) and merge-job.yaml instead. \
            The files are in docs/slurm.md.

            Examples:
              benkang slurm simulate scenarios/baseline.yaml --runs 100 --tasks 10 --out out/baseline --submit
              benkang slurm compare scenarios/relocation-*.yaml --runs 200 --tasks 20 --partition short --time 00:30:00 --out out/compare
              benkang slurm --status out/baseline.job
              benkang slurm --resubmit out/baseline.job
              benkang slurm simulate scenarios/baseline.yaml --runs 100 --tasks 10 --out out/baseline --kubernetes --image registry.example/benkang:0.1
            """)
        case .slurmCommand: Bilingual(
            "每个任务运行的命令，不带 --shard 和 --out：simulate … 或 compare …。",
            "The command each task runs, without --shard and --out: simulate … or compare ….")
        case .slurmTasks: Bilingual("数组任务（分片）数 N。", "Array tasks (shards) N.")
        case .slurmOut: Bilingual("合并输出的文件夹（即单进程运行该命令时的 --out）。", "The merged outputs' folder (the --out of the command run in one process).")
        case .slurmJobDir: Bilingual(
            "作业文件夹（脚本、job.json、shards/、logs/、status/）；默认 OUT.job。",
            "The job folder (scripts, job.json, shards/, logs/, status/); default OUT.job.")
        case .slurmPartition: Bilingual("Slurm 分区（sbatch --partition）。", "Slurm partition (sbatch --partition).")
        case .slurmTime: Bilingual("每个任务的时限（sbatch --time），如 00:20:00。", "Time limit per task (sbatch --time), e.g. 00:20:00.")
        case .slurmCPUs: Bilingual(
            "每个任务的 CPU 数（sbatch --cpus-per-task）；任务用同样多的线程。",
            "CPUs per task (sbatch --cpus-per-task); the task runs that many threads.")
        case .slurmMem: Bilingual("每个任务的内存（sbatch --mem），如 2G。", "Memory per task (sbatch --mem), e.g. 2G.")
        case .slurmSubmit: Bilingual("用 sbatch 提交数组作业和合并作业。", "Submit the array job(s) and the merge job with sbatch.")
        case .slurmStatus: Bilingual(
            "报告作业文件夹 DIR 中的任务：已完成、失败（附日志）、未完成。",
            "Report the tasks of the job folder DIR: done, failed (with their logs), not finished.")
        case .slurmResubmit: Bilingual(
            "只重新提交作业文件夹 DIR 中失败的任务（没有分片文件且不在队列中的），然后合并。",
            "Resubmit only the failed tasks of the job folder DIR (those without a shard file and not queued), then the merge.")
        case .slurmKubernetes: Bilingual(
            "写出 Kubernetes Indexed Job（job.yaml、merge-job.yaml），而不是 Slurm 脚本。",
            "Write a Kubernetes Indexed Job (job.yaml, merge-job.yaml) instead of Slurm scripts.")
        case .slurmImage: Bilingual("Kubernetes pod 的容器镜像（PATH 中有 benkang）。", "Container image of the Kubernetes pods (with benkang on PATH).")
        case .slurmClaim: Bilingual(
            "挂载在 Kubernetes pod 的 /work 的 PersistentVolumeClaim（存放情景、地理数据和输出）。",
            "PersistentVolumeClaim mounted at /work in the Kubernetes pods (holding the scenarios, geodata and outputs).")
        case .slurmMaxArraySize: Bilingual(
            "Slurm 的 MaxArraySize，用于在写脚本处无法查询 `scontrol show config` 时（默认：其回答，否则 1001）。",
            "Slurm's MaxArraySize, when `scontrol show config` cannot be asked where the scripts are written (default: its answer, else 1001).")
        case .slurmBenkang: Bilingual("Slurm 脚本运行的 benkang 程序（默认：本程序）。", "The benkang executable the Slurm scripts run (default: this one).")

        case .shardOption: Bilingual(
            "只运行全部工作单元（情景 × 次数；试验为设计点 × 次数）中的第 I 个分片（共 N 个，0 ≤ I < N），把 DIR/shard-I-of-N.jsonl 写入 --out 文件夹，而不写输出；`benkang merge` 合并各分片。每次模拟的种子只取决于根种子和它的序号，与分片无关。",
            "Run only shard I of N (0 ≤ I < N) of the work units (scenario × run; for an experiment, point × run) and write DIR/shard-I-of-N.jsonl into the --out folder instead of the outputs; `benkang merge` joins the shards. Each run is seeded from the root seed and its run number, never from the shard.")
        case .shardNeedsOut: Bilingual("--shard 把分片文件写入 --out 文件夹；请给 --out", "--shard writes a shard file into the --out folder; give --out")
        case .slurmStatusAlone: Bilingual("--status 和 --resubmit 只接受作业文件夹", "--status and --resubmit take only the job folder")
        case .slurmNeedsCommand: Bilingual(
            "请给出任务运行的命令：benkang slurm simulate …、benkang slurm compare … 或 benkang slurm explore …",
            "give the command the tasks run: benkang slurm simulate …, benkang slurm compare … or benkang slurm explore …")
        case .slurmExploreAlone: Bilingual(
            "在 Slurm 上 explore 以分片运行一个试验：不能与 --resume 或 --analyse 同用",
            "explore under Slurm runs one experiment in shards: --resume and --analyse do not go with it")
        case .slurmNoShard: Bilingual("不要给 --shard：每个任务自己得到 --shard I/N", "do not give --shard: each task gets its own --shard I/N")
        case .slurmNeedsTasks: Bilingual("请给 --tasks N（1…{1}）", "give --tasks N (1…{1})")
        case .slurmNeedsOut: Bilingual("请给 --out DIR：合并作业写出输出的文件夹", "give --out DIR: where the merge writes the outputs")
        case .slurmCPUsAtLeastOne: Bilingual("--cpus-per-task 至少为 1", "--cpus-per-task must be at least 1")
        case .slurmMaxArrayAtLeastOne: Bilingual("--max-array-size 至少为 1", "--max-array-size must be at least 1")
        case .slurmKubernetesNoSubmit: Bilingual(
            "--kubernetes 写出用 kubectl 提交的清单，不接受 --submit",
            "--kubernetes writes manifests to apply with kubectl; it does not take --submit")
        case .shardExploreAlone: Bilingual(
            "explore --shard 只运行一个分片并写入分片文件；不能与 --resume 或 --analyse 同用（用 benkang merge 合并各分片）",
            "explore --shard runs one shard and writes its shard file; it does not go with --resume or --analyse (benkang merge joins the shards)")

        case .infoThreads: Bilingual(
            "工作线程数（默认：本进程可用的全部 CPU）。结果与线程数无关。",
            "Worker threads (default: every CPU the process may use). The figures do not depend on it.")
        case .infoFormat: Bilingual("输出格式：text，或 json（一个数组，每个图层一个对象）。", "Output format: text, or json (an array, one object per layer).")
        case .projectThreads: Bilingual(
            "工作线程数（默认：本进程可用的全部 CPU）。输出与线程数无关。",
            "Worker threads (default: every CPU the process may use). The output does not depend on it.")
        case .optionQuiet: Bilingual(
            "标准错误上不显示进度和警告（错误仍会打印）。",
            "No progress line and no warnings on standard error (errors are still printed).")
        }
    }
}
