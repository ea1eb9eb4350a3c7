/// The texts of `simulate` and `compare` with a region file (docs/regions.md; see
/// ``LocalizedMessage``).
enum RegionMessage: String, LocalizedMessage {
    case simulateStrategy, compareStrategies
    case strategyNeedsRegion, unknownStrategy, strategiesList, noGeodataOption, noReference
    case wroteSimulate, wroteCompare
    case exploreStrategyNeedsRegion, exploreUnknownStrategy, exploreCounty

    var bilingual: Bilingual {
        switch self {
        case .simulateStrategy: Bilingual(
            "区域文件（见 docs/regions.md）时：运行哪一个策略（`strategies` 中的名称）。默认：第一个。",
            "With a region file (docs/regions.md): the strategy to run (a name in its `strategies`). Default: the first.")
        case .compareStrategies: Bilingual(
            "区域文件时：比较哪些策略，以逗号分隔（如 baseline,no-relocation）；第一个为参照。默认：全部，按文件顺序。",
            "With a region file: the strategies to compare, comma-separated (e.g. baseline,no-relocation); the first is the reference. Default: all, in file order.")
        case .strategyNeedsRegion: Bilingual(
            "--strategy 和 --strategies 只用于区域文件（顶层有 `region:` 键的 YAML，见 docs/regions.md）。",
            "--strategy and --strategies apply to a region file only (a YAML file with a top-level `region:` key, see docs/regions.md).")
        case .unknownStrategy: Bilingual(
            "区域文件 {1} 中没有策略“{2}”{3}（已有：{4}）。",
            "the region file {1} has no strategy \"{2}\"{3} (it has: {4}).")
        case .strategiesList: Bilingual(
            "--strategies 应列出一个或多个不重复的策略名称，以逗号分隔，得到的是“{1}”。",
            "--strategies takes one or more different strategy names, comma-separated; found \"{1}\".")
        case .noGeodataOption: Bilingual(
            "区域文件为每个县指定了地理数据文件夹，不能再给 --geodata。",
            "a region file names each county's geodata folder; --geodata does not apply to it.")
        case .noReference: Bilingual(
            "区域比较的参照是 --strategies 的第一个策略；不用 --reference。",
            "a region comparison's reference is the first strategy of --strategies; --reference does not apply.")
        case .wroteSimulate: Bilingual(
            "已写入 {1}/：每县一个文件夹（{2}，与单县 simulate 的文件相同），以及 region.csv、region-by-run.csv、region-summary.json",
            "wrote {1}/: one folder per county ({2}, the files of a one-county simulate), region.csv, region-by-run.csv, region-summary.json")
        case .exploreStrategyNeedsRegion: Bilingual(
            "`strategy` 只用于 `base` 为区域文件（顶层有 `region:` 键，见 docs/regions.md）的试验，而 {1} 是情景文件",
            "`strategy` applies only when `base` is a region file (a top-level `region:` key, docs/regions.md); {1} is a scenario")
        case .exploreUnknownStrategy: Bilingual(
            "区域文件 {1} 中没有策略“{2}”{3}（已有：{4}）",
            "the region file {1} has no strategy \"{2}\"{3} (it has: {4})")
        case .exploreCounty: Bilingual(
            "县 {1}（{2}，情景 {3}）",
            "county {1} ({2}, scenario {3})")
        case .wroteCompare: Bilingual(
            "已写入 {1}/：每县一个比较文件夹（{2}，与单县 compare 的文件相同），以及 region-comparison.csv",
            "wrote {1}/: one comparison folder per county ({2}, the files of a one-county compare), region-comparison.csv")
        }
    }
}
