/// The texts of `benkang map` and `benkang atlas` (see ``LocalizedMessage``).
enum MapMessage: String, LocalizedMessage {
    case mapAbstract, mapDiscussion, mapSpec, mapGeodata, mapRun, mapTheme, mapKind, mapYear, mapCompare, mapSmallMultiples
    case mapSymbols, mapMethod, mapClasses, mapPalette, mapBreaks, mapPage, mapScale, mapTownship, mapDPI, mapOutput
    case mapClassesRange, mapYearRange, mapTownshipAlone, mapSmallMultiplesAndSymbols, mapDPIOnlyPNG
    case atlasAbstract, atlasDiscussion, atlasSpec, atlasRun, atlasTheme, atlasYear, atlasOutput
    case atlasThemeNeedsRun, atlasNeedsPDF

    var bilingual: Bilingual {
        switch self {
        case .mapAbstract: Bilingual(
            "绘制规划地图（SVG、PNG 或 PDF）：规划底图、乡镇分幅图，或一次模拟结果的专题图。",
            "Draw a plan map (SVG, PNG or PDF): the base map, a township sheet, or a thematic map of a simulation run.")
        case .mapDiscussion: Bilingual(
            """
            不给专题时，用地理数据文件夹绘制规划底图；标题、图例名称、位置图标注和规划坐标系取自该文件夹的 \
            county.yaml，功能区和示范线按类别设置样式。给 --run 和 --theme 时，绘制 --year 年某个村级指标\
            （DIR/villages.csv 的一列）的分级设色图；--compare DIR2 用发散色带绘制 DIR2 − DIR；\
            --small-multiples 每年一幅、共用分级和图例。特殊专题：exit_year（各村首次退出的年份）、\
            flows（DIR/flows.csv，画成曲线）。计数类指标（poor_persons、population、households）默认画成\
            比例圆，除非 --kind choropleth、--method、--classes 或 --breaks 要求分级。--township CODE \
            绘制一个乡镇的分幅图并标注各村名称。输出文件的扩展名决定格式：.svg、.png（--dpi，默认 300）\
            或 .pdf（矢量，嵌入字体）。

            示例：
              benkang map -o out/base-map.svg
              benkang map --spec scenarios/maps/base.yaml
              benkang map --spec scenarios/maps/base.yaml -o out/base-map.pdf
              benkang map --township CODE -o out/township.png --dpi 200   # CODE：GEODATA/townships.geojson 中的乡镇代码
              benkang map --run out/baseline --theme incidence --year 2016 -o out/incidence-2016.svg
              benkang map --run out/baseline --theme poor_persons --small-multiples --page a3-landscape
            """,
            """
            With no theme, draws the base plan map from the geodata folder; its titles, legend \
            names, inset label and planning CRS come from the folder's county.yaml, and zones \
            and lines are styled by their kind. With --run and \
            --theme, draws a choropleth of a per-village metric (a column of DIR/villages.csv) \
            for --year; --compare DIR2 maps DIR2 − DIR on a diverging palette; \
            --small-multiples draws one panel per year with shared breaks. Special themes: \
            exit_year (first year each village exits), flows (DIR/flows.csv as curved lines). A count \
            (poor_persons, population, households) is drawn as proportional circles unless \
            --kind choropleth, --method, --classes or --breaks ask for classes. --township CODE \
            draws one township sheet with its village names. The output's extension picks the \
            format: .svg, .png (--dpi, default 300) or .pdf (vector, fonts embedded).

            Examples:
              benkang map -o out/base-map.svg
              benkang map --spec scenarios/maps/base.yaml
              benkang map --spec scenarios/maps/base.yaml -o out/base-map.pdf
              benkang map --township CODE -o out/township.png --dpi 200   # CODE: a code of GEODATA/townships.geojson
              benkang map --run out/baseline --theme incidence --year 2016 -o out/incidence-2016.svg
              benkang map --run out/baseline --theme poor_persons --small-multiples --page a3-landscape
            """)
        case .mapSpec: Bilingual("地图规格文件（YAML）；命令行上给的选项优先于它。", "Map spec (YAML); flags given on the command line override it.")
        case .mapGeodata: Bilingual("地理数据图层所在的文件夹。", "Folder with the geodata layers.")
        case .mapRun: Bilingual("模拟结果文件夹（含 villages.csv、flows.csv）。", "Simulation run folder (with villages.csv, flows.csv).")
        case .mapTheme: Bilingual("要绘制的指标：villages.csv 的一列、exit_year 或 flows。", "Metric to map: a villages.csv column, exit_year, or flows.")
        case .mapKind: Bilingual("画法：{1}（默认 choropleth 分级设色）。", "What to draw: {1} (default choropleth).")
        case .mapYear: Bilingual(
            "指标的年份（须为结果中的年份；flows：只画该年；exit_year：截至该年的退出；小多图：截至该年的各年）。",
            "Year of the metric (one of the run's years; flows: that year only; exit_year: exits up to it; small multiples: the years up to it).")
        case .mapCompare: Bilingual("第二个结果文件夹：用发散色带绘制 DIR2 − DIR。", "Second run: map DIR2 − DIR on a diverging palette.")
        case .mapSmallMultiples: Bilingual("每年一幅小图，共用分级和一个图例。", "One panel per year with shared breaks and one legend.")
        case .mapSymbols: Bilingual("画比例圆，而不是分级设色。", "Proportional circles instead of a choropleth.")
        case .mapMethod: Bilingual(
            "分级方法：quantile（分位数）、equal-interval（等间距）、natural-breaks（自然断点）、manual（手动）。",
            "Classification: quantile, equal-interval, natural-breaks, manual.")
        case .mapClasses: Bilingual("分级数（2–11）。", "Number of classes (2–11).")
        case .mapPalette: Bilingual("ColorBrewer 色带（YlOrRd、Blues、RdBu 等）。", "ColorBrewer palette (YlOrRd, Blues, RdBu, …).")
        case .mapBreaks: Bilingual(
            "手动分级断点，逗号分隔的十进制数，从小到大（即 --method manual）。",
            "Manual breaks, comma-separated decimal numbers, ascending (implies --method manual).")
        case .mapPage: Bilingual(
            "图幅：a4-portrait、a4-landscape、a3-portrait、a3-landscape（A4/A3 纵向、横向），或 宽x高 毫米。",
            "Page: a4-portrait, a4-landscape, a3-portrait, a3-landscape, or WxH in mm.")
        case .mapScale: Bilingual(
            "按 1:N 比例尺绘制，而不是让全县充满图框（N：1,000…10,000,000）。",
            "Draw at 1:N instead of fitting the county to the frame (N: 1,000…10,000,000).")
        case .mapTownship: Bilingual(
            "绘制一个乡镇分幅图：该代码的乡镇，较大比例尺，标注各村名称。",
            "Draw one township sheet (分幅图): the township of this code at a larger scale, with its village names.")
        case .mapDPI: Bilingual(".png 输出的分辨率，每英寸点数（36–1200，默认 300）。", "Dots per inch of a .png output (36–1200, default 300).")
        case .mapOutput: Bilingual(
            "输出文件：.svg、.png（按 --dpi 栅格化）或 .pdf（矢量，嵌入字体）；先以临时名写出，再改名。",
            "Output file: .svg, .png (raster at --dpi) or .pdf (vector, fonts embedded); written to a temporary name, then renamed.")
        case .mapClassesRange: Bilingual("--classes 须为 {1}…{2}，给的是 {3}", "--classes must be {1}…{2}, got {3}")
        case .mapYearRange: Bilingual("--year 须为 {1}…{2}，给的是 {3}", "--year must be {1}…{2}, got {3}")
        case .mapTownshipAlone: Bilingual(
            "--township 绘制底图分幅图；不能与 --run、--theme、--compare、--small-multiples 或 --symbols 同用",
            "--township draws a base-map sheet; it cannot be combined with --run, --theme, --compare, --small-multiples or --symbols")
        case .mapSmallMultiplesAndSymbols: Bilingual("--small-multiples 和 --symbols 不能同用", "--small-multiples and --symbols cannot be combined")
        case .mapDPIOnlyPNG: Bilingual("--dpi 只用于 .png 输出；{1} 是 .{2}", "--dpi applies to a .png output only; {1} is .{2}")

        case .atlasAbstract: Bilingual(
            "绘制图集 PDF：先是全县总图，然后每个乡镇一幅分幅图，标注各村名称。",
            "Draw an atlas PDF: the county overview, then one sheet per township with its village names.")
        case .atlasDiscussion: Bilingual(
            """
            第 1 页是全县图，然后按 GEODATA/townships.geojson 中的顺序每个乡镇一页，每页按让该乡镇充满图框的\
            比例尺绘制，标注每个村的名称，并在位置图上标出该乡镇。不给 --run 时各页为规划底图（按规格文件的\
            图层、详略和图签）；给 --run DIR 时为 --theme（默认 incidence 贫困发生率）在 --year（默认结果的\
            第一年）的分级设色图。PDF 为矢量，嵌入字体。

            示例：
              benkang atlas -o out/atlas.pdf
              benkang atlas --run out/baseline --theme incidence --year 2016 -o out/atlas-incidence-2016.pdf
            """,
            """
            Page 1 is the county map, then one page per township of GEODATA/townships.geojson \
            (in the layer's order), each drawn at the scale that fits the township to the frame, \
            with every village named and the township shown on the county inset. Without --run \
            the pages are the base plan map (the spec's layers, detail and title block); with \
            --run DIR they are a choropleth of --theme (default incidence) for --year (default \
            the run's first year). The PDF is vector with the fonts embedded.

            Examples:
              benkang atlas -o out/atlas.pdf
              benkang atlas --run out/baseline --theme incidence --year 2016 -o out/atlas-incidence-2016.pdf
            """)
        case .atlasSpec: Bilingual(
            "各页所用的地图规格文件（YAML）：图幅、图层、详略、裁剪、图签（其中的专题不用）。",
            "Map spec (YAML) for the pages: page, layers, detail, clip, title_block (its theme is ignored).")
        case .atlasRun: Bilingual("模拟结果文件夹：每页绘制其各村的 --theme 指标。", "Simulation run folder: draw its villages' --theme on every page.")
        case .atlasTheme: Bilingual("--run 中要绘制的指标（villages.csv 的一列；默认 incidence）。", "Metric of --run to map (a villages.csv column; default incidence).")
        case .atlasYear: Bilingual("指标的年份（默认结果的第一年）。", "Year of the metric (default the run's first year).")
        case .atlasOutput: Bilingual("输出的 PDF 文件（先以临时名写出，再改名）。", "Output PDF file (written to a temporary name, then renamed).")
        case .atlasThemeNeedsRun: Bilingual("--theme 和 --year 需要 --run 结果文件夹", "--theme and --year need --run DIR")
        case .atlasNeedsPDF: Bilingual("图集是一个 PDF：-o 须以 .pdf 结尾，给的是 {1}", "the atlas is one PDF: -o must end in .pdf, got {1}")
        }
    }
}
