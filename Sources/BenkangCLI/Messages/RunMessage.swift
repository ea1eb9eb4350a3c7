/// The texts of `benkang simulate`, `compare`, `calibrate`, `report` and `explore`
/// (see ``LocalizedMessage``).
enum RunMessage: String, LocalizedMessage {
    case simulateAbstract, simulateDiscussion, simulateScenario, simulateOut, simulateCheckInvariants, simulateFormat
    case compareAbstract, compareDiscussion, compareScenarios, compareReference, compareFormat, compareOut
    case compareNeedsScenario, compareFilesNeedOut, compareUnknownReference
    case calibrateAbstract, calibrateDiscussion, calibrateFit, calibrateFitScale, calibrateFitOut, calibrateFitEvaluations
    case calibrateFitNeedsOut, calibrateFitOutNeedsFit, calibrateFitEvaluationsAtLeastTwo
    case reportAbstract, reportDiscussion, reportFolder, reportOutput, reportPDF, reportGeodata, reportRankBy, reportNoMaps
    case reportNeedsHTML, reportNeedsPDF, reportSameFile, reportRankByEmpty
    case exploreAbstract, exploreDiscussion, exploreExperiment, exploreOut, exploreResume, exploreAnalyse, exploreGeodata, exploreThreads, exploreNoBOM
    case exploreAnalyseAlone, exploreNeedsExperiment, exploreNeedsOut

    var bilingual: Bilingual {
        switch self {
        case .simulateAbstract: Bilingual(
            "在一个情景下，从县情文件的基准年到末年，模拟每个村的每一户。",
            "Simulate every household of every village from the county profile's base year to its end year under a scenario.")
        case .simulateDiscussion: Bilingual(
            """
            打印逐年全县表（--format json：打印 summary.json），并写入 --out（只有在每个文件都写好后才新建\
            或替换该文件夹）：county.csv、villages.csv、flows.csv、targets.csv（各项目目标与完成情况，\
            以及受何约束）、villages.geojson、summary.json 和 scenario.resolved.yaml；加 --xlsx 时另写 \
            county.xlsx、villages.xlsx 和 flows.xlsx。CSV 文件以 UTF-8 字节顺序标记开头（供 Excel 和 WPS），\
            除非给 --no-bom。`calibration: true` 的情景还会打印与县情文件报告值的对照。退出状态：0 完成；\
            64 命令行有误；65 情景或地理数据有误（信息中注明文件、行:列和键）；73 --out 无法写入（运行前检查）。

            示例：
              benkang simulate scenarios/baseline.yaml --out out/baseline
              benkang simulate scenarios/tourism-push.yaml --runs 200 --seed 7 --out out/tourism
              benkang simulate scenarios/baseline.yaml --xlsx --out out/baseline
              benkang simulate scenarios/baseline.yaml --scale programs.relocation.budget_yuan_by_year=0.7 --set programs.tourism.villages_by_year.2018=60
            """,
            """
            Prints the county table per year (--format json: summary.json) and writes to --out \
            (created, or replaced, only when every file is written): county.csv, villages.csv, \
            flows.csv, targets.csv (each program's target against achieved, and what binds), villages.geojson, \
            summary.json and scenario.resolved.yaml; with --xlsx also county.xlsx, \
            villages.xlsx and flows.xlsx. The CSV files start with a UTF-8 byte-order mark \
            (for Excel and WPS) unless --no-bom is given. A scenario with `calibration: true` also \
            prints its calibration against the county profile's reported figures. Exit status \
            0 when done, 64 for a bad command line, 65 for a bad \
            scenario or geodata (the message names file, line:column and key), 73 when --out \
            cannot be written (checked before the run).

            Examples:
              benkang simulate scenarios/baseline.yaml --out out/baseline
              benkang simulate scenarios/tourism-push.yaml --runs 200 --seed 7 --out out/tourism
              benkang simulate scenarios/baseline.yaml --xlsx --out out/baseline
              benkang simulate scenarios/baseline.yaml --scale programs.relocation.budget_yuan_by_year=0.7 --set programs.tourism.villages_by_year.2018=60
            """)
        case .simulateScenario: Bilingual(
            "情景文件（YAML），如 scenarios/baseline.yaml；或区域文件（顶层有 `region:`，如 scenarios/regions/guang-an-pilot.yaml：运行每个县，见 docs/regions.md）。",
            "The scenario file (YAML), e.g. scenarios/baseline.yaml; or a region file (top-level `region:`, e.g. scenarios/regions/guang-an-pilot.yaml: every county, see docs/regions.md).")
        case .simulateOut: Bilingual("输出文件夹。", "The output folder.")
        case .simulateCheckInvariants: Bilingual("每年之后检查模拟引擎的不变量（较慢）。", "Check the engine's invariants after every year (slower).")
        case .simulateFormat: Bilingual(
            "标准输出的内容：table（全县表，`calibration: true` 情景另加校准结果），或 json（summary.json；`wrote` 一行改写到标准错误）。",
            "What standard output gets: table (the county table, and the calibration of a `calibration: true` scenario), or json (summary.json; the `wrote` line goes to standard error).")

        case .compareAbstract: Bilingual(
            "用相同的随机数运行多个情景，并排比较它们的关键数字。",
            "Run scenarios with common random numbers and compare their key figures side by side.")
        case .compareDiscussion: Bilingual(
            """
            每个情景逐次使用相同的种子，所以差异来自情景本身而不是偶然；默认 20 次，除非 --runs 或第一个\
            情景的 `runs` 另有规定（--runs 1 时差异只是一次抽样，输出中会注明）。打印一张不超过 120 列宽\
            的表：关键数字为行，每个情景一列（以其 `name` 命名，参照情景在前：--reference NAME，否则为\
            第一个文件），下面是与参照情景的差值和 P10–P90（--format csv：宽表）。给 --set 或 --scale \
            时，把“假如”情景作为最后一个情景加入：即参照情景加上这些改动，命名为 "<name> (what-if)"，\
            除非给了 --set name=…。比较的数字：搬迁人数和户数、成本、截至目标年（县情文件 county_exit \
            校准年份）各年及末年的贫困人口、截至目标年退出的贫困村、全县摘帽年份、搬迁距离（平均、P90）、\
            在本乡镇安置的比例、仍在灾害区的人口、安置点入住率、搬迁户末年收入、新居 10 公里内的就业岗位、\
            安置优化的目标值、稳得住（后续扶持岗位及成本、就业、与可比留守户的收入比、返迁和返贫、复垦、\
            增减挂钩指标收入、扣除该收入后每稳定安置一人的成本），以及按原因列出的未安置人数。--runs > 1 \
            时：每个数字及成对差值的 P10/P50/P90，以及每两个情景之间一方胜出的次数比例。\
            `calibration: true` 的情景在表格或 markdown 比较之后另打印其校准结果。

            示例：
              benkang compare scenarios/relocation-*.yaml --reference relocation-none
              benkang compare scenarios/baseline.yaml scenarios/baseline.yaml --set programs.tourism.villages_by_year.2018=60
              benkang compare scenarios/baseline.yaml scenarios/relocation-optimized.yaml --runs 50 --format markdown
              benkang compare scenarios/relocation-*.yaml --format json --out out/compare
              benkang compare scenarios/relocation-*.yaml --out out/compare --xlsx
            """,
            """
            Every scenario runs with the same seeds, run for run, so that differences come from \
            the scenarios and not from chance; 20 runs unless --runs or the first scenario's \
            `runs` says otherwise (with --runs 1 the differences are one draw, and the output \
            says so). Prints a table that fits 120 columns: the key figures as rows, one column \
            per scenario (named by its `name`, the reference first: --reference NAME, else the \
            first file) with its difference from the reference and P10–P90 below (--format csv: \
            the wide table). With --set or --scale, the what-if is added as the last scenario: \
            the reference with the changes, named "<name> (what-if)" unless --set name=… is \
            given. The figures: persons and households relocated, costs, poor \
            persons in each year up to the target year (the county profile's county_exit \
            calibration year) and in the end year, villages exited by the target year, the county's exit \
            year, distance moved (mean, P90), share resettled in their own township, persons \
            still in hazard zones, site occupancy, end-year income of relocated households, jobs \
            within 10 km of their new homes, the assignment objective, settling them (follow-up \
            posts and their cost, employment, income against comparable stayers, moving and \
            falling back, reclamation, quota income, cost per person settled net of it) and \
            unassigned persons by reason. With --runs > 1: P10/P50/P90 of each figure and of the paired \
            differences, and for each pair of scenarios the share of runs one beats the other. \
            A scenario with `calibration: true` also gets its calibration printed after a \
            table or markdown comparison.

            Examples:
              benkang compare scenarios/relocation-*.yaml --reference relocation-none
              benkang compare scenarios/baseline.yaml scenarios/baseline.yaml --set programs.tourism.villages_by_year.2018=60
              benkang compare scenarios/baseline.yaml scenarios/relocation-optimized.yaml --runs 50 --format markdown
              benkang compare scenarios/relocation-*.yaml --format json --out out/compare
              benkang compare scenarios/relocation-*.yaml --out out/compare --xlsx
            """)
        case .compareScenarios: Bilingual(
            "情景文件（YAML）；除非 --reference 另指，第一个为计算差值的参照。或一个区域文件（顶层有 `region:`）：比较其各策略，见 docs/regions.md。",
            "The scenario files (YAML); the first is the reference for the differences unless --reference names another. Or one region file (top-level `region:`): its strategies compared, see docs/regions.md.")
        case .compareReference: Bilingual(
            "计算差值的参照情景：它的 `name`，或它的文件（路径，或不带 .yaml 的文件名）。默认：第一个文件。",
            "The reference scenario for the differences: its `name`, or its file (path or name without .yaml). Default: the first file.")
        case .compareFormat: Bilingual(
            "输出格式：table（表格）、csv、json（数值和 `diff` 键）或 markdown。",
            "Output format: table, csv, json (values and `diff` keys) or markdown.")
        case .compareOut: Bilingual(
            "把每个情景的模拟输出（以及 relocation.csv：每年符合条件、已搬迁、按原因未安置和稳定安置情况；sites.csv：各安置点入住情况）保存在 DIR/<情景文件名>/ 中，比较结果保存在 DIR/comparison.{txt,csv,json,md}（加 --xlsx 时另有 comparison.xlsx）。",
            "Keep every scenario's simulate outputs (and relocation.csv: each year's eligible, moved, unassigned by reason and settlement; sites.csv: each site's occupancy) in DIR/<scenario file name>/, and the comparison in DIR/comparison.{txt,csv,json,md} (and comparison.xlsx with --xlsx).")
        case .compareNeedsScenario: Bilingual("请至少给一个情景文件", "give at least one scenario file")
        case .compareFilesNeedOut: Bilingual(
            "--xlsx 和 --no-bom 作用于 --out 文件夹中的文件；请给 --out",
            "--xlsx and --no-bom apply to the files of --out DIR; give --out")
        case .compareUnknownReference: Bilingual(
            "--reference {1}：没有这个情景（名称：{2}；文件：{3}）",
            "--reference {1}: no such scenario (names: {2}; files: {3})")

        case .calibrateAbstract: Bilingual(
            "把一个情景的模拟数字与县情文件中的校准目标对照。",
            "Compare a scenario's simulated figures with the county profile's calibration targets.")
        case .calibrateDiscussion: Bilingual(
            """
            打印县情文件 `calibration` 列表（GEODATA/county.yaml：编号、指标、年份、报告值、容差、口径和来源）\
            中的每个目标，旁边是各次模拟的 P50 和 P10–P90；对 `county_exit`，是全县在该年末数字上达到退出\
            标准的模拟次数比例，与要求的比例对照。然后是县情文件的 `reported_figures`（其他口径）及最接近的\
            模拟数字；这些不作校准目标。退出状态：每个目标都达到时为 0，有未达到的为 1，输入有误为 65。

            加 --fit（和 --fit-scale）时，在各自范围内拟合所列的键，使之接近目标：用 Nelder–Mead 方法，\
            最小化各目标 (偏差 / 容差)² 之和，每次评估用 --runs 次（默认 10）集合模拟，且每次评估的各次\
            种子相同（docs/experiments.md，“calibrate --fit”）；打印每个键的初值和拟合值及拟合表，并把\
            校准后的情景写到 --fit-out（一个 extends 原情景并设置拟合键的文件；从不覆盖输入文件）。

            示例：
              benkang calibrate scenarios/baseline.yaml --runs 30
              benkang calibrate scenarios/baseline.yaml --runs 10 \\
                --fit income_growth.by_source_fraction_per_year.local_wages=0.08:0.14 \\
                --fit-scale programs.relocation.budget_yuan_by_year=0.8:1.2 --fit-out out/baseline-fitted.yaml
            """,
            """
            Prints every target of the county profile's `calibration` list (GEODATA/county.yaml: \
            id, figure, year, reported figure, tolerance, concept and source) beside the \
            simulated P50 and P10–P90 over the runs; for `county_exit`, the share of runs in \
            which the county meets its exit rule on that year's year-end figures, against the \
            required share. Then the profile's `reported_figures` (other concepts) beside the \
            nearest simulated figure; they are not calibrated to. Exit status 0 when every \
            target is met, 1 when any is not, 65 for bad input.

            With --fit (and --fit-scale), fits the keys named, each within its range, to the \
            targets: Nelder–Mead on the sum over targets of (deviation / tolerance)² of an \
            ensemble of --runs runs (default 10) whose run seeds are the same at every \
            evaluation (docs/experiments.md, "calibrate --fit"); prints each key's start and \
            fitted value and the fit table, and writes the calibrated scenario to --fit-out \
            (a file that extends the scenario and sets the fitted keys; never an input file).

            Examples:
              benkang calibrate scenarios/baseline.yaml --runs 30
              benkang calibrate scenarios/baseline.yaml --runs 10 \\
                --fit income_growth.by_source_fraction_per_year.local_wages=0.08:0.14 \\
                --fit-scale programs.relocation.budget_yuan_by_year=0.8:1.2 --fit-out out/baseline-fitted.yaml
            """)
        case .calibrateFit: Bilingual("在 LOW…HIGH 范围内拟合该键：PATH=LOW:HIGH（可重复）。", "Fit this key to the targets within LOW…HIGH: PATH=LOW:HIGH (repeatable).")
        case .calibrateFitScale: Bilingual(
            "在 LOW…HIGH 范围内拟合该键（一个数，或年份表的每一年）的倍数：PATH=LOW:HIGH（可重复）。",
            "Fit a factor on this key (a number, or every year of a year map) within LOW…HIGH: PATH=LOW:HIGH (repeatable).")
        case .calibrateFitOut: Bilingual("--fit 写出的校准后情景文件。", "The calibrated scenario file --fit writes.")
        case .calibrateFitEvaluations: Bilingual(
            "运行这么多次集合模拟后停止拟合（正在进行的一步会完成）。",
            "Stop the fit once this many ensembles have run (the step under way finishes).")
        case .calibrateFitNeedsOut: Bilingual("--fit 需要 --fit-out FILE：校准后情景写到哪里", "--fit needs --fit-out FILE: where to write the calibrated scenario")
        case .calibrateFitOutNeedsFit: Bilingual("--fit-out 用于 --fit 或 --fit-scale", "--fit-out is for --fit or --fit-scale")
        case .calibrateFitEvaluationsAtLeastTwo: Bilingual("--fit-evaluations 至少为 2", "--fit-evaluations must be at least 2")

        case .reportAbstract: Bilingual(
            "为一次运行或一次比较写出一个自包含的 HTML 报告（A4 打印，地图和图表为内嵌 SVG）。",
            "Write one self-contained HTML report (A4 print, inline SVG maps and charts) of a run or a comparison.")
        case .reportDiscussion: Bilingual(
            """
            RUN_DIR 是 `simulate --out` 写出的文件夹（summary.json、county.csv、scenario.resolved.yaml、\
            villages.csv、flows.csv；有 targets.csv 时也读）；COMPARE_DIR 是 `compare --out` 写出的文件夹\
            （comparison.json 和每个情景一个文件夹）。HTML 不需要网络和任何其他文件：字体按系统名称，\
            地图和图表内嵌，没有脚本。--pdf 用无界面 Chromium 把它打印成 PDF。报告默认为中文（关键术语旁附\
            英文），--lang en 为英文。退出状态：0 已写出；64 命令行有误；65 文件夹不是运行或比较结果，\
            或其中的文件有误（注明位置）；73 输出无法写入（或 --pdf 时缺少 Chromium）。

            示例：
              benkang report out/baseline -o out/report.html
              benkang report out/compare -o out/report-compare.html --pdf out/report-compare.pdf
              benkang report out/baseline --lang en -o out/report-en.html
            """,
            """
            RUN_DIR is a folder written by `simulate --out` (summary.json, county.csv, \
            scenario.resolved.yaml, villages.csv, flows.csv; targets.csv when present); \
            COMPARE_DIR one written by `compare --out` (comparison.json and a folder per \
            scenario). The HTML needs no network and no other file: fonts by system name, maps \
            and charts inline, no script. --pdf prints it to PDF with headless Chromium. \
            The report is in Chinese (English beside the key terms) unless --lang en. \
            Exit status 0 when written, 64 for a bad command line, 65 for a folder that is not \
            a run or comparison or holds a bad file (named with its place), 73 when an output \
            cannot be written (or Chromium is missing for --pdf).

            Examples:
              benkang report out/baseline -o out/report.html
              benkang report out/compare -o out/report-compare.html --pdf out/report-compare.pdf
              benkang report out/baseline --lang en -o out/report-en.html
            """)
        case .reportFolder: Bilingual(
            "运行结果文件夹（simulate --out）或比较结果文件夹（compare --out）。",
            "A run folder (simulate --out) or a comparison folder (compare --out).")
        case .reportOutput: Bilingual(
            "输出的 HTML 文件（默认：文件夹旁的 FOLDER-report.html）。",
            "Output HTML file (default: FOLDER-report.html beside the folder).")
        case .reportPDF: Bilingual("另用无界面 Chromium 把报告打印到这个 PDF 文件。", "Also print the report to this PDF file with headless Chromium.")
        case .reportGeodata: Bilingual(
            "地理数据图层和县情文件（county.yaml）所在的文件夹。",
            "Folder with the geodata layers and the county profile (county.yaml).")
        case .reportRankBy: Bilingual(
            "比较时据以排序的关键数字，逗号分隔（默认 poor_persons_2018,county_exit_year,cost_yuan_per_person_lifted_out,hazard_zone_persons_2020）。",
            "Comparison: the key figures to rank the strategies on, comma-separated (default poor_persons_2018,county_exit_year,cost_yuan_per_person_lifted_out,hazard_zone_persons_2020).")
        case .reportNoMaps: Bilingual("不放地图（报告更小、更快）。", "Leave the maps out (a smaller, faster report).")
        case .reportNeedsHTML: Bilingual("输出 {1} 不以 .html 结尾；报告是一个 HTML 文件", "the output {1} does not end in .html; the report is one HTML file")
        case .reportNeedsPDF: Bilingual("--pdf {1} 不以 .pdf 结尾", "--pdf {1} does not end in .pdf")
        case .reportSameFile: Bilingual("--pdf 和 -o 指向同一个文件 {1}", "--pdf and -o name the same file {1}")
        case .reportRankByEmpty: Bilingual("--rank-by 至少需要一个关键数字名称", "--rank-by needs at least one key figure name")

        case .exploreAbstract: Bilingual(
            "运行一个试验：在基准情景上按设计取一组因子值，然后做 Morris、Sobol 和 PRIM 分析。",
            "Run an experiment: a design of factor values over a base scenario, then Morris, Sobol and PRIM analyses.")
        case .exploreDiscussion: Bilingual(
            """
            读取 EXPERIMENT.yaml（docs/experiments.md：基准情景、因子、设计、次数、输出、约束、情景发现），\
            检查它和每个设计点的情景，在第一次运行前把 experiment.yaml、base.resolved.yaml 和 design.csv \
            写到 --out，然后在所有 CPU 上运行各设计点（每个点用相同的各次种子），每个点完成后把它的各次结果\
            追加到 results.csv（写入磁盘）。中断的试验用 --resume 继续；--analyse DIR 不再运行、只重新分析\
            已完成的试验。分析结果：points.csv、morris.csv / sobol.csv 及 SVG 图，情景发现的 prim.csv，\
            双因子网格每个输出一张热图。结果与 --threads 无关。退出状态：0 完成；64 命令行有误；\
            65 试验、情景或地理数据有误；73 --out 无法写入。

            示例：
              benkang explore scenarios/experiments/morris-baseline.yaml --out out/morris
              benkang explore scenarios/experiments/morris-baseline.yaml --out out/morris --resume
              benkang explore --analyse out/morris
            """,
            """
            Reads EXPERIMENT.yaml (docs/experiments.md: base scenario, factors, design, runs, \
            outputs, constraints, discovery), checks it and every point's scenario, writes \
            experiment.yaml, base.resolved.yaml and design.csv to --out before the first run, \
            then runs the points on every core (the same run seeds at every point) and appends \
            each point's runs to results.csv as it finishes (flushed to the disk). An \
            interrupted experiment continues with --resume; --analyse DIR re-analyses a \
            finished one without running. The analyses: points.csv, morris.csv / sobol.csv \
            with SVG charts, prim.csv for scenario discovery, a heat map per output for a \
            two-factor grid. Results do not depend on --threads. Exit status 0 when done, 64 \
            for a bad command line, 65 for a bad experiment, scenario or geodata, 73 when \
            --out cannot be written.

            Examples:
              benkang explore scenarios/experiments/morris-baseline.yaml --out out/morris
              benkang explore scenarios/experiments/morris-baseline.yaml --out out/morris --resume
              benkang explore --analyse out/morris
            """)
        case .exploreExperiment: Bilingual(
            "试验文件（YAML），如 scenarios/experiments/morris-baseline.yaml。",
            "The experiment file (YAML), e.g. scenarios/experiments/morris-baseline.yaml.")
        case .exploreOut: Bilingual(
            "试验文件夹（新建；加 --resume 时为被中断试验的文件夹）。",
            "The experiment folder (created; with --resume, the folder of the interrupted experiment).")
        case .exploreResume: Bilingual(
            "在 --out 中继续试验：保留 results.csv 中已有的设计点，运行其余的。",
            "Continue the experiment in --out: the points already in results.csv are kept, the others run.")
        case .exploreAnalyse: Bilingual("重新分析这个文件夹中已完成的试验（不运行）。", "Re-analyse the finished experiment in this folder (no runs).")
        case .exploreGeodata: Bilingual("地理数据文件夹（乡镇、村、安置点、示范线）。", "The geodata folder (townships, villages, sites, lines).")
        case .exploreThreads: Bilingual(
            "工作线程数（默认：本进程可用的全部 CPU）。结果与线程数无关。",
            "Worker threads (default: every CPU the process may use). Results do not depend on it.")
        case .exploreNoBOM: Bilingual("CSV 文件不写开头的 UTF-8 字节顺序标记。", "Write the CSV files without the leading UTF-8 byte-order mark.")
        case .exploreAnalyseAlone: Bilingual(
            "--analyse DIR 不接受试验文件、--out 或 --resume",
            "--analyse DIR takes no experiment file, --out or --resume")
        case .exploreNeedsExperiment: Bilingual("请给出试验文件（或 --analyse DIR）", "give the experiment file (or --analyse DIR)")
        case .exploreNeedsOut: Bilingual("需要 --out DIR：试验文件夹", "--out DIR is required: the experiment folder")
        }
    }
}
