/// The lines commands print about what they did (`wrote …`) and their notes and usage
/// errors outside the other tables (see ``LocalizedMessage``).
enum StatusMessage: String, LocalizedMessage {
    case slurmWroteKubernetes, slurmWroteScripts, slurmSubmitted, slurmTaskStates, slurmTaskFailed, slurmExit, slurmExitNoShard
    case slurmNotFinished, slurmMergedOutputs, slurmNothingToResubmit, slurmResubmitting
    case shardWrote, mergeMerged, reportWrote, reportWrotePDF, atlasWrote, mapWrote, mapFlowsLeftOff
    case compareOneRun, calibrationNotMet, calibrationNotMetFitted, fitStart, fitWrote
    case exploreStart, exploreAnalysesWritten
    case shardSpecInvalid, runsRange, mapScaleNotDecimal, mapScaleRange, mapDPIRange, mapUnknownPalette

    var bilingual: Bilingual {
        switch self {
        case .slurmWroteKubernetes: Bilingual(
            "已写出 {1}/job.yaml（{2} 个带序号的 pod）和 {1}/merge-job.yaml",
            "wrote {1}/job.yaml ({2} indexed pods) and {1}/merge-job.yaml")
        case .slurmWroteScripts: Bilingual(
            "已写出 {1}/{task.sh, merge.sh, submit.sh, job.json}：{2} 个任务，分在 {3} 个数组作业中（MaxArraySize {4}，{5}）",
            "wrote {1}/{task.sh, merge.sh, submit.sh, job.json}: {2} task(s) in {3} array job(s) (MaxArraySize {4}, {5})")
        case .slurmSubmitted: Bilingual(
            "已提交数组作业 {1} 和合并作业 {2}（afterok）",
            "submitted array job(s) {1} and merge job {2} (afterok)")
        case .slurmTaskStates: Bilingual(
            "{1} 个任务：{2} 个完成，{3} 个失败，{4} 个未完成",
            "{1} task(s): {2} done, {3} failed, {4} not finished")
        case .slurmTaskFailed: Bilingual("任务 {1}：失败（{2}）；日志 {3}", "task {1}: failed ({2}); log {3}")
        case .slurmExit: Bilingual("退出状态 {1}", "exit {1}")
        case .slurmExitNoShard: Bilingual("退出状态 0 但没有分片文件", "exit 0 but no shard file")
        case .slurmNotFinished: Bilingual("未完成：{1}", "not finished: {1}")
        case .slurmMergedOutputs: Bilingual("合并后的输出：{1}", "merged outputs: {1}")
        case .slurmNothingToResubmit: Bilingual("{1} 的每个任务都有分片文件；无需重新提交", "every task of {1} has its shard file; nothing to resubmit")
        case .slurmResubmitting: Bilingual("重新提交任务 {1}", "resubmitting task(s) {1}")
        case .shardWrote: Bilingual("已写出 {1}（工作单元 {2}..<{3}，共 {4}）", "wrote {1} (units {2}..<{3} of {4})")
        case .mergeMerged: Bilingual("已把 {2} 的 {1} 个分片（{3} 次模拟）合并到 {4}", "merged {1} shard(s) of {2} ({3} runs) into {4}")
        case .reportWrote: Bilingual("report: 已写出 {1}（{2} 字节）", "report: wrote {1} ({2} bytes)")
        case .reportWrotePDF: Bilingual("report: 已写出 {1}", "report: wrote {1}")
        case .atlasWrote: Bilingual(
            "atlas: 已写出 {1}（{2} 页：全县和 {3} 个乡镇，{4} 字节）",
            "atlas: wrote {1} ({2} pages: the county and {3} townships, {4} bytes)")
        case .mapWrote: Bilingual(
            "map: 已写出 {1}（{2} 字节，放置 {3} 个注记，舍去 {4} 个，比例尺 1:{5}）",
            "map: wrote {1} ({2} bytes, {3} labels placed, {4} dropped, scale 1:{5})")
        case .mapFlowsLeftOff: Bilingual(
            "map: {1} 条流向、{2} 人未画在图上：其村或安置点不在 {3} 中",
            "map: {1} flow(s), {2} persons, left off the map: their village or site is not in {3}")
        case .compareOneRun: Bilingual(
            "注意: 只有一次模拟：差异只是一次偶然抽样，不能作为结论；请用 --runs 20（默认）或更多",
            "note: one run: the differences are one draw of chance, not a headline; run --runs 20 (the default) or more")
        case .calibrationNotMet: Bilingual("校准：至少有一个目标未达到", "calibration: at least one target is not met")
        case .calibrationNotMetFitted: Bilingual("校准：拟合后的情景仍有至少一个目标未达到", "calibration: at least one target is not met by the fitted scenario")
        case .fitStart: Bilingual(
            "calibrate --fit: {1} 个键，{3} 个目标，每次集合模拟 {4} 次（种子 {5}），最多 {6} 次集合模拟",
            "calibrate --fit: {1} key{2}, {3} targets, ensembles of {4} runs (seed {5}), at most {6} ensembles")
        case .fitWrote: Bilingual("calibrate --fit: 已写出 {1}", "calibrate --fit: wrote {1}")
        case .exploreStart: Bilingual(
            "explore: {1}：{2} 个设计点 × {3} 次（{4}），已完成 {5} 个，在 {7} 个线程上运行其余 {6} 个",
            "explore: {1}: {2} points × {3} runs ({4}), {5} already done, {6} to run on {7} threads")
        case .exploreAnalysesWritten: Bilingual("explore: 分析结果已写到 {1}", "explore: analyses written to {1}")
        case .shardSpecInvalid: Bilingual(
            "--shard 须为 I/N，0 ≤ I < N ≤ {1}（如 --shard 0/4），给的是 {2}",
            "--shard must be I/N with 0 ≤ I < N ≤ {1} (e.g. --shard 0/4), got {2}")
        case .runsRange: Bilingual(
            "--runs 须在 {1}…{2} 之间，与情景键 `runs` 相同（给的是 {3}）",
            "--runs must be in {1}…{2}, as the scenario key `runs` (got {3})")
        case .mapScaleNotDecimal: Bilingual(
            "--scale 须为普通十进制数 N，表示 1:N（不能是十六进制、inf 或 nan），给的是 '{1}'",
            "--scale must be a plain decimal number N of 1:N (no hex, inf or nan), got '{1}'")
        case .mapScaleRange: Bilingual("--scale 须为 {1}，给的是 {2}", "--scale must be {1}, got {2}")
        case .mapDPIRange: Bilingual("--dpi 须为 {1}…{2} 之间的数，给的是 '{3}'", "--dpi must be a number {1}…{2}, got '{3}'")
        case .mapUnknownPalette: Bilingual("未知色带 '{1}'{2}；应为 {3}", "unknown palette '{1}'{2}; expected {3}")
        }
    }
}
