/// The texts of `benkang scenario` and of the `--set`/`--scale` options (see ``LocalizedMessage``).
enum ScenarioMessage: String, LocalizedMessage {
    case scenarioAbstract, showAbstract, showDiscussion, showScenario, diffAbstract, diffDiscussion, diffFirst, diffSecond
    case optionSet, optionScale

    var bilingual: Bilingual {
        switch self {
        case .scenarioAbstract: Bilingual("显示解析后的情景，或两个情景不同的键。", "Show a scenario resolved, or the keys two scenarios differ in.")
        case .showAbstract: Bilingual(
            "打印解析后的情景：经 `extends`、--set/--scale 和默认值之后每个键的值。",
            "Print the scenario resolved: every key with its value after `extends`, --set/--scale and defaults.")
        case .showDiscussion: Bilingual(
            """
            打印 simulate 写出的 scenario.resolved.yaml（不含县情文件的退出阈值说明，那需要地理数据）：\
            按结构顺序列出每个键，没有文件设置的值标 "# default"，由 --set 或 --scale 给出的值标 \
            "# command line: …"。退出状态 0；情景有误时为 65，并列出每个问题。

            示例：
              benkang scenario show scenarios/tourism-push.yaml
              benkang scenario show scenarios/baseline.yaml --scale programs.relocation.budget_yuan_by_year=0.7
            """,
            """
            Prints what simulate writes as scenario.resolved.yaml (without the county \
            profile's exit-threshold notes, which need the geodata): every key in schema order, \
            "# default" on values no file set, "# command line: …" on values --set or --scale \
            gave. Exit status 0, or 65 with every problem of the scenario listed.

            Examples:
              benkang scenario show scenarios/tourism-push.yaml
              benkang scenario show scenarios/baseline.yaml --scale programs.relocation.budget_yuan_by_year=0.7
            """)
        case .showScenario: Bilingual("情景文件（YAML）。", "The scenario file (YAML).")
        case .diffAbstract: Bilingual(
            "列出两个情景经 `extends` 和默认值之后不同的键，及两边的值。",
            "List the keys two scenarios differ in after `extends` and defaults, with both values.")
        case .diffDiscussion: Bilingual(
            """
            逐键比较两个解析后的情景（年份表逐项比较，如 programs.tourism.villages_by_year.2017；列表整体比较），\
            每个不同的键打印一行：键路径、A 的值和 B 的值，以及各自在哪里设置（文件:行，或 "default"）。\
            无论是否有差异退出状态都为 0（最后打印差异个数）；情景有误时为 65。

            示例：
              benkang scenario diff scenarios/baseline.yaml scenarios/tourism-push.yaml
            """,
            """
            Compares the resolved scenarios key by key (map entries one by one, e.g. \
            programs.tourism.villages_by_year.2017; lists as a whole) and prints one line per \
            key that differs: the key path, A's value and B's value, each with where it was \
            set (file:line, or "default"). Exit status 0 whether or not they differ (the count \
            is printed last), 65 for a bad scenario.

            Example:
              benkang scenario diff scenarios/baseline.yaml scenarios/tourism-push.yaml
            """)
        case .diffFirst: Bilingual("第一个情景文件（YAML）。", "The first scenario file (YAML).")
        case .diffSecond: Bilingual("第二个情景文件（YAML）。", "The second scenario file (YAML).")
        case .optionSet: Bilingual(
            "在读完文件后设置一个情景键：key.path=VALUE，VALUE 按 YAML 写（数字、文本、[a, b]、{2017: 5}）；年份表中的一项写成 key.path.2017=VALUE。可重复；与文件一样检查。",
            "Set a scenario key after the files: key.path=VALUE, VALUE as YAML (a number, a text, [a, b], {2017: 5}); a map entry as key.path.2017=VALUE. Repeatable; checked like the file.")
        case .optionScale: Bilingual(
            "把一个数，或年份表的每一年（含默认值），乘以 FACTOR：key.path=FACTOR，如 programs.relocation.budget_yuan_by_year=0.7。可重复；在所有 --set 之后应用。",
            "Multiply a number, or every year of a year map (defaults included), by FACTOR: key.path=FACTOR, e.g. programs.relocation.budget_yuan_by_year=0.7. Repeatable; applied after every --set.")
        }
    }
}
