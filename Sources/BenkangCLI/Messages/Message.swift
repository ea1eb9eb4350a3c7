import ArgumentParser
import Foundation

/// A table of the CLI's texts: an enum whose every case has a Chinese and an English
/// text. The tables are listed in ``MessageTables/all``.
protocol LocalizedMessage: CaseIterable, Sendable {
    var bilingual: Bilingual { get }
}

extension LocalizedMessage {
    /// The text in the process's language.
    var text: String { bilingual.text(Language.current) }

    /// The text with `{1}`, `{2}` … replaced by `values` in order.
    func format(_ values: String...) -> String {
        MessageTables.fill(text, values)
    }

    /// Help for an option or argument, in the process's language.
    var help: ArgumentHelp { ArgumentHelp(text) }
}

/// Every table of the CLI's texts (the test of both languages reads them all).
enum MessageTables {
    /// Each table's name and its entries (name, texts).
    static var all: [(table: String, entries: [(String, Bilingual)])] {
        [entries(Message.self), entries(MapMessage.self), entries(ScenarioMessage.self), entries(RunMessage.self), entries(ClusterMessage.self), entries(StatusMessage.self), entries(RegionMessage.self)]
    }

    static func entries<M: LocalizedMessage>(_ type: M.Type) -> (table: String, entries: [(String, Bilingual)]) {
        ("\(M.self)", M.allCases.map { ("\($0)", $0.bilingual) })
    }

    /// `template` with each `{k}` replaced by `values[k-1]`, in one pass: a value that
    /// itself holds `{2}` (a file name, a user's text) is written as it is.
    static func fill(_ template: String, _ values: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let k = Int(after[..<close]), k >= 1, k <= values.count {
                out += values[k - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

/// One text of the CLI in both languages. `{1}`, `{2}` … stand for the values given to
/// ``Message/format(_:)``; both languages use the same placeholders.
struct Bilingual: Sendable {
    let zh: String
    let en: String
    init(_ zh: String, _ en: String) { self.zh = zh; self.en = en }
    /// The text in `language`.
    func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// The CLI's texts: every command's abstract, discussion and option help, and the
/// messages the CLI itself prints, each in Chinese and English (the one table of them;
/// a test checks that every entry has both languages with the same placeholders; a
/// placeholder right after a letter in English, as in `row{5}`, is a plural ending
/// that Chinese does not need).
/// The libraries' diagnostics are not here: they are English, with their severity
/// words translated by ``SeverityWords``.
enum Message: String, LocalizedMessage {
    // The top level
    case benkangAbstract, benkangDiscussion
    // Shared options
    case optionNoBOM, optionXLSX, optionRuns, optionSeed, optionGeodata, optionThreads
    case threadsAtLeastOne, seedAtMost
    // validate
    case validateAbstract, validateDiscussion, validateFiles, validateFix, validateOutput, validateQuiet
    case validateFixNeedsOne, validateOutputOnlyWithFix, validateFixGeoJSONOnly, validateNotWritten
    case validateVerdictValid, validateVerdictInvalid, validateVerdictInvalidCount, validateMoreNotShown
    case validateSummary, validateFeatures, validateFeaturesNotCounted, validateCannotRead, validateLayerSummary, validateOwnCRS
    // info
    case infoAbstract, infoDiscussion, infoFiles, infoCRS
    // project
    case projectAbstract, projectDiscussion, projectFrom, projectTo, projectInput, projectOutput, projectLines, projectPrecision
    case projectPrecisionRange, projectBareGeometryNote, projectNoEPSGNote, projectLegacyCRSDropped
    // geodata
    case geodataAbstract, geodataBuildAbstract, geodataBuildDiscussion, geodataBuildSources, geodataBuildOut, geodataBuildSeed, geodataQGISStyles
    case geodataExportAbstract, geodataExportDiscussion, geodataExportGeodata, geodataExportOutput, geodataExportOutputKind
    case geodataImportAbstract, geodataImportDiscussion, geodataImportFile, geodataImportKey, geodataImportSheet, geodataImportGeodata
    case geodataImportOut, geodataImportInPlace, geodataImportKeepGoing, geodataImportStrict, geodataImportEncoding
    case geodataImportSayWhere, geodataImportOutOrInPlace, geodataImportNothingWritten
    // export
    case exportAbstract, exportDiscussion, exportFolder, exportOutput, exportFormat, exportEncoding, exportCRS, exportGeodata, exportFieldNames
    case exportNeedsGpkgName, exportEncodingIsForShp, exportShpNeedsFolder, exportCannotWrite
    // Messages of every command
    case interrupted, cannotWriteStandardOutput, outputIsAnInput, cannotWriteOutput

    var bilingual: Bilingual {
        switch self {
        case .benkangAbstract: Bilingual(
            "在真实地理数据上规划和模拟一个县的脱贫攻坚项目（搬迁、产业、旅游），输出表格、地图和报告。",
            "Plan and simulate a county's poverty-alleviation programs on real geodata.")
        case .benkangDiscussion: Bilingual(
            """
            任何命令加 --lang zh 显示中文，--lang en 显示英文（默认跟随 LANG 等区域设置）。
            退出状态：0 完成；1 校准未达标；64 命令行用法错误；65 输入数据有误；73 输出无法写入。

            示例：
              benkang info geodata/*.geojson
              benkang validate geodata/villages.geojson
              benkang simulate scenarios/baseline.yaml --runs 20 --out out/baseline
              benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
            """,
            """
            Any command takes --lang zh (Chinese) or --lang en (English); the default follows \
            the locale (LANG, LC_MESSAGES, LC_ALL).
            Exit status: 0 done; 1 a failed calibration; 64 usage; 65 bad input data; 73 an \
            output that cannot be written.

            Examples:
              benkang info geodata/*.geojson
              benkang validate geodata/villages.geojson
              benkang simulate scenarios/baseline.yaml --runs 20 --out out/baseline
              benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
            """)

        case .optionNoBOM: Bilingual(
            "CSV 文件不写开头的 UTF-8 字节顺序标记（默认写入，以便中文 Windows 上的 Excel 和 WPS 按 UTF-8 打开）。",
            "Write the CSV files without the leading UTF-8 byte-order mark (by default they start with one, so that Excel and WPS on Chinese Windows read them as UTF-8).")
        case .optionXLSX: Bilingual(
            "在每个 CSV 旁另写一个同名 .xlsx：第 1 行中文表头，第 2 行英文键名，代码按文本存。",
            "Also write an .xlsx beside every CSV (same base name): Chinese headers in row 1, English keys in row 2, codes as text.")
        case .optionRuns: Bilingual(
            "集合模拟的次数（默认取情景的 runs；compare 取第一个情景的）。多于一次时，每个数字都给出 P10/P50/P90。",
            "Runs in the ensemble (default: the scenario's `runs`, 1; for compare, the first scenario's). With more than one, every figure is reported as P10/P50/P90.")
        case .optionSeed: Bilingual(
            "所有随机数流的种子（默认取情景的 seed；compare 取第一个情景的）。",
            "Seed of every random stream (default: the scenario's `seed`; for compare, the first scenario's).")
        case .optionGeodata: Bilingual(
            "地理数据文件夹（乡镇、村、安置点、示范线）。",
            "The geodata folder (townships, villages, sites, lines).")
        case .optionThreads: Bilingual(
            "集合模拟的工作线程数（默认：本进程可用的全部 CPU，如 taskset 所限）。结果与线程数无关。",
            "Worker threads for ensembles (default: every CPU the process may use, e.g. under taskset). Results do not depend on it.")
        case .threadsAtLeastOne: Bilingual("--threads 至少为 1", "--threads must be at least 1")
        case .seedAtMost: Bilingual("--seed 不能大于 {1}", "--seed must be at most {1}")

        case .validateAbstract: Bilingual(
            "按 RFC 7946 和 GEOS 有效性检查 GeoJSON 图层；可写出修复后的副本。",
            "Check GeoJSON layers against RFC 7946 and GEOS validity; optionally write a repaired copy.")
        case .validateDiscussion: Bilingual(
            """
            错误（JSON 语法、未知类型、坐标有误、坐标越界、环太短或不闭合、多边形无效）和警告（环的方向、\
            旧式 crs 成员）写到标准错误，格式为 文件:位置: 级别: 说明。每个文件都有效时退出状态为 0，\
            有任何错误时为 65。

            加 --fix（只给一个输入文件）时，按 RFC 7946 调整环的方向（外环逆时针），用 GEOSMakeValid \
            修复无效多边形；每处改动都会报告，结果写到 -o。

            示例：
              benkang validate geodata/*.geojson
              benkang validate --fix broken.geojson -o fixed.geojson
            """,
            """
            Errors (JSON syntax, unknown types, bad positions, out-of-range coordinates, short \
            or unclosed rings, invalid polygons) and warnings (ring orientation, legacy crs) go \
            to stderr as FILE:PLACE: severity: message. Exit status 0 when every file is valid, \
            65 when any has an error.

            With --fix (one input file), rings are oriented per RFC 7946 (exterior \
            counterclockwise) and invalid polygons are repaired with GEOSMakeValid; each change \
            is reported and the result is written to -o.

            Examples:
              benkang validate geodata/*.geojson
              benkang validate --fix broken.geojson -o fixed.geojson
            """)
        case .validateFiles: Bilingual(
            "要检查的 GeoJSON 文件，或 GeoPackage（其中每个要素图层）和 Shapefile（GEOS 有效性）。",
            "GeoJSON files to check, or GeoPackages (every feature layer) and Shapefiles (GEOS validity).")
        case .validateFix: Bilingual(
            "调整环的方向并修复无效多边形；只能给一个输入，并须给 -o。",
            "Orient rings and repair invalid polygons; needs exactly one input and -o.")
        case .validateOutput: Bilingual(
            "--fix 写出修复文件的位置（不能是输入文件之一；- 表示标准输出）。",
            "Where --fix writes the repaired file (never one of the inputs; - for stdout).")
        case .validateQuiet: Bilingual(
            "只打印错误：不打印警告，也不打印每个文件的小结。",
            "Print errors only: no warnings and no per-file summary.")
        case .validateFixNeedsOne: Bilingual(
            "--fix 一次修复一个文件：请只给一个输入，并给 -o 输出文件。",
            "--fix repairs one file: give exactly one input and -o OUT.")
        case .validateOutputOnlyWithFix: Bilingual("-o 只和 --fix 一起使用。", "-o is only used with --fix.")
        case .validateFixGeoJSONOnly: Bilingual(
            "{1}: 错误: --fix 只修复 GeoJSON；请先转换该图层（`ogr2ogr -f GeoJSON`）",
            "{1}: error: --fix repairs GeoJSON; convert the layer first (`ogr2ogr -f GeoJSON`)")
        case .validateNotWritten: Bilingual(
            "{1}: 未写出：仍有 --fix 无法修复的错误。",
            "{1}: not written: errors remain that --fix cannot repair.")
        case .validateVerdictValid: Bilingual("有效", "valid")
        case .validateVerdictInvalid: Bilingual("无效", "INVALID")
        case .validateVerdictInvalidCount: Bilingual("无效，{1} 个错误", "INVALID, {1} error{2}")
        case .validateSummary: Bilingual("{1}: {2}（{3}，{4} 个警告）", "{1}: {2} ({3}, {4} warning{5})")
        case .validateFeatures: Bilingual("{1} 个要素", "{1} feature{2}")
        case .validateFeaturesNotCounted: Bilingual(
            "要素未计数：文件在语法错误之后无法读取", "features not counted: the file cannot be read past its syntax error")
        case .validateCannotRead: Bilingual("{1}: 错误: 无法读取该文件", "{1}: error: cannot read the file")
        case .validateLayerSummary: Bilingual("{1}: {2}（{3} 个要素，{4}）", "{1}: {2} ({3} features, {4})")
        case .validateOwnCRS: Bilingual("自定义坐标系", "its own CRS")
        case .validateMoreNotShown: Bilingual("… 另有 {1} 条{2}未显示", "… and {1} more {2}s not shown")

        case .infoAbstract: Bilingual(
            "概览 GeoJSON 图层：要素数、几何类型、范围、属性结构、面积和长度。",
            "Summarise GeoJSON layers: features, geometry types, extent, property schema, area and length.")
        case .infoDiscussion: Bilingual(
            """
            面积和长度为平面量，在规划坐标系中量算（默认 EPSG:4545，CGCS2000 / 3 度带高斯-克吕格 \
            中央经线 108°E），先把文件中的经纬度（WGS 84；文件的 "crs" 成员为 EPSG:4490 时按 \
            CGCS2000）投影过去。

            示例：
              benkang info geodata/*.geojson
              benkang info --crs EPSG:32648 geodata/villages.geojson
              benkang info out/geodata.gpkg
            """,
            """
            Areas and lengths are planar, in the planning CRS (default EPSG:4545, CGCS2000 / \
            3-degree Gauss–Krüger CM 108E), after projecting the file's lon/lat positions \
            (WGS 84, or CGCS2000 when the file's "crs" member names EPSG:4490).

            Examples:
              benkang info geodata/*.geojson
              benkang info --crs EPSG:32648 geodata/villages.geojson
              benkang info out/geodata.gpkg
            """)
        case .infoFiles: Bilingual(
            "要概览的 GeoJSON 文件（RFC 7946，经纬度），或 GeoPackage（其中每个要素图层）和 Shapefile。",
            "GeoJSON files to summarise (RFC 7946, lon/lat), or GeoPackages (every feature layer) and Shapefiles.")
        case .infoCRS: Bilingual(
            "量算面积和长度所用的规划坐标系（PROJ 接受的任何坐标系）。",
            "Planning CRS in which areas and lengths are measured (any CRS PROJ accepts).")

        case .projectAbstract: Bilingual(
            "把 GeoJSON 文件或纯文本 \"x y [z]\" 行从一个坐标系转换到另一个坐标系。",
            "Reproject a GeoJSON file, or plain \"x y [z]\" lines, from one CRS to another.")
        case .projectDiscussion: Bilingual(
            """
            坐标系可以是 PROJ 接受的任何写法：EPSG:4545、PROJ 字符串、WKT。无论坐标系规定的轴序如何，\
            坐标总是按 经度/纬度 或 东坐标/北坐标 读写。FILE 为 - 或省略时读标准输入；不给 -o 时写标准\
            输出（原子写入；从不覆盖输入文件）。

            示例：
              benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
              echo "107.0 30.3" | benkang project --from EPSG:4326 --to EPSG:4545 --lines
            """,
            """
            CRSs are anything PROJ accepts: EPSG:4545, a PROJ string, WKT. Positions are \
            always read and written as lon/lat or easting/northing, whatever the CRS's \
            official axis order. Reads standard input when FILE is - or absent; writes \
            standard output unless -o is given (written atomically; never over an input).

            Examples:
              benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
              echo "107.0 30.3" | benkang project --from EPSG:4326 --to EPSG:4545 --lines
            """)
        case .projectFrom: Bilingual(
            "输入坐标的源坐标系（默认：GeoJSON 文件的 \"crs\" 成员，如 EPSG:4490 或 EPSG:4545，否则 EPSG:4326）。",
            "Source CRS of the input positions (default: the GeoJSON file's \"crs\" member, e.g. EPSG:4490 or EPSG:4545, else EPSG:4326).")
        case .projectTo: Bilingual("目标坐标系。", "Target CRS.")
        case .projectInput: Bilingual(
            "输入文件（GeoJSON；加 --lines 时为坐标行）；- 或省略表示标准输入。",
            "Input file (GeoJSON, or lines with --lines); - or absent for stdin.")
        case .projectOutput: Bilingual("输出文件；- 或省略表示标准输出。", "Output file; - or absent for stdout.")
        case .projectLines: Bilingual(
            "像 cs2cs 一样读写纯文本 \"x y [z]\" 行，而不是 GeoJSON。",
            "Read and write plain \"x y [z]\" lines like cs2cs instead of GeoJSON.")
        case .projectPrecision: Bilingual(
            "坐标写出的小数位数（默认：GeoJSON 保留全部有效位；--lines 时经纬度 9 位，米 3 位）。",
            "Decimals written for coordinates (default: every digit for GeoJSON; with --lines 9 for lon/lat, 3 for metres).")
        case .projectPrecisionRange: Bilingual(
            "--precision 须在 0 到 17 之间，不能是 {1}。",
            "--precision must be between 0 and 17, not {1}.")
        case .projectBareGeometryNote: Bilingual(
            "{1}: 注意: 单独的几何对象不能带 \"crs\" 成员；坐标现为 {2}。",
            "{1}: note: a bare geometry cannot carry a \"crs\" member; positions are in {2}.")
        case .projectNoEPSGNote: Bilingual(
            "{1}: 注意: {2} 没有 EPSG 代码，因此不写 \"crs\" 成员；GDAL 和 QGIS 需要手动指定坐标系。",
            "{1}: note: {2} has no EPSG code, so no \"crs\" member is written; GDAL and QGIS will need the CRS given by hand.")
        case .projectLegacyCRSDropped: Bilingual(
            "{1}: 注意: 已去掉旧式 crs 成员；坐标现为 {2}。",
            "{1}: note: the legacy crs member was dropped; positions are now in {2}.")

        case .geodataAbstract: Bilingual(
            "由真实来源数据生成规划数据集（geodata/），导出或导入村级数字。",
            "Build the planning dataset (geodata/) from the real sources.")
        case .geodataBuildAbstract: Bilingual(
            "按来源数据和文档中的参数重新生成所有地理数据图层。",
            "Regenerate every geodata layer from the sources and the documented parameters.")
        case .geodataBuildDiscussion: Bilingual(
            """
            读取 --sources 中的县情文件（county.yaml）及其列出的文件：县界、相邻县、乡镇和村名单、\
            模型输入。模拟地形、乡镇、村、贫困、功能区、示范线、安置点和道路（见 geodata/README.md），\
            把每个图层、county.yaml 的副本、每个制图图层旁的 QGIS 样式（.qml，与 SVG 地图同一符号）\
            和生成记录 build-stamp.json 写入 --out（先在临时文件夹中生成；--out 须不存在、为空或是\
            此前的生成结果），并在标准错误中对缺少来源而略去的每个图层给出警告。相同的来源和种子\
            生成逐字节相同的文件。退出状态：0 完成；64 用法错误；65 来源有误（每个问题都注明文件和行）；\
            73 --out 无法写入。

            示例：
              benkang geodata build --sources geodata/sources --out geodata --seed 20151
            """,
            """
            Reads the county profile (county.yaml) of --sources and the files it names: the \
            county boundary, the neighbours, the township and village name lists and the model \
            inputs. Models terrain, townships, villages, poverty, zones, lines, sites and roads \
            (see geodata/README.md), writes every layer, a copy of county.yaml, a QGIS style \
            (.qml, the SVG maps' symbology) beside each mapped layer and the build stamp \
            build-stamp.json into --out (built in a temporary folder first; --out must be \
            absent, empty or an earlier build), and warns on stderr about every layer a missing source leaves out. The same sources \
            and seed give byte-identical files. Exit status 0 done, 64 usage, 65 bad sources \
            (every problem with file and line), 73 an --out that cannot be written.

            Example:
              benkang geodata build --sources geodata/sources --out geodata --seed 20151
            """)
        case .geodataBuildSources: Bilingual(
            "来源文件夹：county.yaml 及其 sources 部分列出的文件。",
            "The folder of source files: county.yaml and the files its sources section names.")
        case .geodataBuildOut: Bilingual("写入图层的文件夹（不存在时新建）。", "The folder to write the layers into (created if needed).")
        case .geodataBuildSeed: Bilingual(
            "所有模拟随机选择的种子（默认：county.yaml 的 build.seed）。",
            "The seed of every modelled random choice (default: build.seed of county.yaml).")
        case .geodataQGISStyles: Bilingual("QGIS 样式：{1}", "QGIS styles: {1}")

        case .geodataExportAbstract: Bilingual(
            "把各村数字（建档立卡表）写成 CSV 或 xlsx，每村一行。",
            "Write the villages' figures (建档立卡 table) as CSV or xlsx, one row per village.")
        case .geodataExportDiscussion: Bilingual(
            """
            GEODATA/villages.geojson 中每个村和社区一行，先是键列（id、township_code、township_name、\
            name），然后是类别和 `benkang geodata import` 读回的数字（见 geodata/README.md“导入自己的\
            村级数字”）。CSV：带字节顺序标记的 UTF-8，CRLF 换行，英文表头，true/false。xlsx：第 1 行\
            中文表头，第 2 行英文键名，代码按文本存，是/否。相同的地理数据生成逐字节相同的文件。村图层\
            无法读取时退出状态为 65，FILE 无法写入时为 73。

            示例：
              benkang geodata export -o out/villages-figures.xlsx
              benkang geodata export --geodata geodata -o out/villages-figures.csv
            """,
            """
            One row per village and community of GEODATA/villages.geojson, key columns first \
            (id, township_code, township_name, name), then kind and the figures that \
            `benkang geodata import` reads back (see geodata/README.md, "Bringing your own \
            village figures"). CSV: UTF-8 with a byte-order mark, CRLF, English headers, \
            true/false. xlsx: row 1 Chinese headers, row 2 English keys, codes as text, 是/否.
            The same geodata gives byte-identical files. Exit 65 when the villages layer \
            cannot be read, 73 when FILE cannot be written.

            Examples:
              benkang geodata export -o out/villages-figures.xlsx
              benkang geodata export --geodata geodata -o out/villages-figures.csv
            """)
        case .geodataExportGeodata: Bilingual(
            "导出其 villages.geojson 的地理数据文件夹。",
            "The geodata folder whose villages.geojson is exported.")
        case .geodataExportOutput: Bilingual("要写出的表：.csv 或 .xlsx 文件。", "The table to write: a .csv or .xlsx file.")
        case .geodataExportOutputKind: Bilingual(
            "-o {1}：文件名应以 .csv 或 .xlsx 结尾",
            "-o {1}: expected a file name ending in .csv or .xlsx")

        case .geodataImportAbstract: Bilingual(
            "把一张村级数字表（CSV 或 xlsx，建档立卡）并入 villages.geojson。",
            "Join a table of village figures (CSV or xlsx, 建档立卡) into villages.geojson.")
        case .geodataImportDiscussion: Bilingual(
            """
            读取 FILE（UTF-8 或 GBK/GB18030 编码的 CSV，或 xlsx 工作簿的第一张或 --sheet 指定的\
            工作表），按 --key code（id 列）或 --key name（乡镇名和村名，带不带“村委会/居委会”均可）\
            找到每行对应的村，检查每一行并一次报告全部问题（文件、行:列、应为何值）。只导入表中有的列；\
            每个村的 figure_sources 说明哪些数字是导入的、哪些是模拟的。把 villages.geojson 写入 \
            --out（连同其他每个地理数据文件的副本），或加 --in-place 时覆盖 GEODATA/villages.geojson，\
            然后打印导入前后的全县合计，并与 county.yaml 对照。

            退出状态：0 已写出；65 有行出错（什么都不写），除非 --keep-going 导入正确的行；64 用法错误；\
            73 输出无法写入。表格式见 geodata/README.md“导入自己的村级数字（geodata import）”。

            示例：
              benkang geodata export -o figures.xlsx        # 填好后：
              benkang geodata import figures.xlsx --key code --out out/geodata-2015
              benkang geodata import 建档立卡.csv --key name --encoding gbk --in-place --keep-going
              benkang simulate scenarios/baseline.yaml --geodata out/geodata-2015
            """,
            """
            Reads FILE (CSV in UTF-8 or GBK/GB18030, or the first or --sheet sheet of an xlsx \
            workbook), finds each row's village by --key code (the id column) or --key name \
            (township and village name, with or without 村委会/居委会), checks every row and \
            reports every problem at once (file, row:column, what was expected). Only the \
            columns present are imported; each village's figure_sources says which figures \
            are imported and which modelled. Writes villages.geojson into --out (with a copy \
            of every other geodata file) or over GEODATA/villages.geojson with --in-place, \
            then prints the county totals before and after, compared with county.yaml.

            Exit status: 0 when written; 65 when a row is wrong (nothing is written) unless \
            --keep-going imports the good rows; 64 for bad usage; 73 when the output cannot \
            be written. The table format is documented in geodata/README.md, "Bringing your \
            own village figures (geodata import)".

            Examples:
              benkang geodata export -o figures.xlsx        # fill it in, then:
              benkang geodata import figures.xlsx --key code --out out/geodata-2015
              benkang geodata import 建档立卡.csv --key name --encoding gbk --in-place --keep-going
              benkang simulate scenarios/baseline.yaml --geodata out/geodata-2015
            """)
        case .geodataImportFile: Bilingual("村级数字表：.csv 或 .xlsx。", "The table of village figures: .csv or .xlsx.")
        case .geodataImportKey: Bilingual(
            "各行如何找到对应的村：code（id 列）或 name（乡镇名和村名）。",
            "How rows find their village: code (the id column) or name (township and village name).")
        case .geodataImportSheet: Bilingual("要读取的 xlsx 工作表（默认：第一张）。", "The xlsx sheet to read (default: the first).")
        case .geodataImportGeodata: Bilingual("导入到的地理数据文件夹。", "The geodata folder to import into.")
        case .geodataImportOut: Bilingual(
            "把更新后的地理数据写入此文件夹（每个地理数据文件的副本加新的 villages.geojson）。",
            "Write the updated geodata into this folder (a copy of every geodata file plus the new villages.geojson).")
        case .geodataImportInPlace: Bilingual("直接替换 GEODATA/villages.geojson。", "Replace GEODATA/villages.geojson itself.")
        case .geodataImportKeepGoing: Bilingual(
            "导入正确的行，其余行作为警告报告（退出状态 0）。",
            "Import the good rows and report the others as warnings (exit 0).")
        case .geodataImportStrict: Bilingual(
            "地理数据中有而表中缺少的村算作错误，而不是警告。",
            "A village of the geodata missing from the table is an error, not a warning.")
        case .geodataImportEncoding: Bilingual(
            "CSV 文本编码：utf8、gbk（GB18030）或 auto（有效 UTF-8 时按 UTF-8，否则按 GBK）。",
            "The CSV text encoding: utf8, gbk (GB18030) or auto (UTF-8 when valid, else GBK).")
        case .geodataImportSayWhere: Bilingual("请指明写到哪里：--out 文件夹 或 --in-place", "say where to write: --out DIR or --in-place")
        case .geodataImportOutOrInPlace: Bilingual("--out 和 --in-place 不能同时使用", "--out and --in-place exclude each other")
        case .geodataImportNothingWritten: Bilingual(
            "{1}: {4} 行中共有 {2} 个问题；什么都没写（--keep-going 可导入正确的行）",
            "{1}: {2} problem{3} in {4} row{5}; nothing written (--keep-going imports the good rows)")

        case .exportAbstract: Bilingual(
            "把地理数据图层和模拟结果写成 GeoPackage（.gpkg）或 Shapefile，供 QGIS、ArcGIS 和 SuperMap 使用。",
            "Write geodata layers and a run's outputs as a GeoPackage (.gpkg) or Shapefiles for QGIS, ArcGIS and SuperMap.")
        case .exportDiscussion: Bilingual(
            """
            FOLDER 是地理数据文件夹（每个 *.geojson 成为一个图层），或 `benkang simulate` 的结果文件夹\
            （此时为 --geodata 的地理数据图层，加上 run_villages、按 village_id 连接的 village_years 表，\
            以及作为线的 flows）。GeoPackage（1.3）保存坐标系的 WKT、中文列名（--field-names en 时为\
            英文；另一种名称保存在 gpkg_data_columns 中），以及每个图层一份 QGIS 样式（layer_styles），\
            颜色和晕线与 SVG 地图相同。先以临时名写出，再改名。

            加 --format shp 时，-o 是一个 Shapefile 文件夹（.shp .shx .dbf .prj .cpg，以及 QGIS 随之\
            加载的 .qml 样式）：dBASE 字段名最多 10 字节，因此列以英文键名缩写命名（--field-names zh：\
            中文缩写），fields.csv 列出每个短名及其中文标题和键名。列表合并为文本。文本为 UTF-8，\
            旧版 ArcMap 可用 --encoding gbk（代码页 936）。

            退出状态：0 已写出；64 用法错误；65 输入数据有误；73 输出无法写入。

            示例：
              benkang export geodata -o out/geodata.gpkg
              benkang export out/baseline -o out/baseline.gpkg --crs EPSG:4545
              benkang export geodata --format shp --encoding gbk -o out/geodata-shp
            """,
            """
            FOLDER is a geodata folder (every *.geojson becomes a layer) or a run folder of \
            `benkang simulate` (then the geodata layers of --geodata, plus run_villages, the \
            village_years table to join on village_id, and flows as lines). The GeoPackage \
            (1.3) stores the CRS's WKT, Chinese column names (or English with --field-names en; \
            the other name is kept in gpkg_data_columns) and a QGIS style per layer (layer_styles) \
            with the SVG maps' colours and hatches. Written under a temporary name, then renamed.

            With --format shp, -o is a folder of Shapefiles (.shp .shx .dbf .prj .cpg, and a \
            .qml style QGIS loads with each): dBASE names are at most 10 bytes, so columns are \
            named by their English keys, shortened (--field-names zh: Chinese, shortened), and \
            fields.csv lists each short name with its Chinese title and key. Lists are joined \
            into text. Text is UTF-8, or GBK (code page 936) with --encoding gbk for old ArcMap.

            Exit status: 0 written; 64 bad usage; 65 bad input data; 73 the output cannot be written.

            Examples:
              benkang export geodata -o out/geodata.gpkg
              benkang export out/baseline -o out/baseline.gpkg --crs EPSG:4545
              benkang export geodata --format shp --encoding gbk -o out/geodata-shp
            """)
        case .exportFolder: Bilingual(
            "地理数据文件夹或结果文件夹（含 summary.json 和 villages.csv）。",
            "A geodata folder or a run folder (with summary.json and villages.csv).")
        case .exportOutput: Bilingual(
            "要写出的 GeoPackage（.gpkg），或加 --format shp 时的 Shapefile 文件夹。",
            "The GeoPackage to write (.gpkg), or with --format shp the folder of Shapefiles.")
        case .exportFormat: Bilingual(
            "gpkg（一个 GeoPackage 文件）或 shp（一个 Shapefile 文件夹）。",
            "gpkg (one GeoPackage file) or shp (a folder of Shapefiles).")
        case .exportEncoding: Bilingual("Shapefile .dbf 文件的文本编码：utf-8 或 gbk。", "Text encoding of Shapefile .dbf files: utf-8 or gbk.")
        case .exportCRS: Bilingual(
            "写出几何的坐标系：EPSG:4490（CGCS2000 经纬度）或投影坐标系，如 EPSG:4545。",
            "The CRS of the written geometries: EPSG:4490 (CGCS2000 lon/lat) or a projected one such as EPSG:4545.")
        case .exportGeodata: Bilingual("结果文件夹中村和安置点所用的地理数据文件夹。", "The geodata folder of a run folder's villages and sites.")
        case .exportFieldNames: Bilingual(
            "列名：zh（中文标题；GeoPackage 默认）或 en（文档中的键名；Shapefile 默认）。",
            "Column names: zh (Chinese titles; GeoPackage default) or en (the documented keys; Shapefile default).")
        case .exportNeedsGpkgName: Bilingual(
            "-o 指的是 GeoPackage：请给以 .gpkg 结尾的文件名，而不是 {1}（或用 --format shp 写 Shapefile 文件夹）。",
            "-o names a GeoPackage: give a file name ending in .gpkg, not {1} (or --format shp for a folder of Shapefiles).")
        case .exportEncodingIsForShp: Bilingual(
            "--encoding 用于 --format shp：GeoPackage 总是 UTF-8。",
            "--encoding is for --format shp: a GeoPackage is always UTF-8.")
        case .exportShpNeedsFolder: Bilingual(
            "加 --format shp 时，-o 指的是存放 Shapefile 的文件夹，而不是 {1}。",
            "with --format shp, -o names a folder for the Shapefiles, not {1}.")
        case .exportCannotWrite: Bilingual("{1}: 错误: 无法写出导出文件：{2}", "{1}: error: cannot write the export: {2}")

        case .interrupted: Bilingual(
            "已中断：本次运行的临时文件和文件夹已删除",
            "interrupted: this run's temporary files and folders are removed")
        case .cannotWriteStandardOutput: Bilingual("错误: 无法写入标准输出：{1}", "error: cannot write to standard output: {1}")
        case .outputIsAnInput: Bilingual(
            "输出 {1} 是一个输入文件；Benkang 从不覆盖输入。请换一个 -o。",
            "the output {1} is an input file; Benkang never overwrites an input. Choose another -o.")
        case .cannotWriteOutput: Bilingual("{1}: 错误: 无法写出输出", "{1}: error: cannot write the output")
        }
    }
}
