import Foundation
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `benkang report`: one self-contained HTML file of a run, checked as XML for
/// references outside itself, and rendered in headless Chromium.
@Suite(.serialized) struct ReportCommandTests {
    /// One small baseline run (2 runs) shared by the tests of this suite.
    static let fixture: URL = {
        // The folders of earlier test processes that have ended are removed first.
        let tmp = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? [] where name.hasPrefix("benkang-report-") {
            if let pid = Int32(name.dropFirst("benkang-report-".count)), pid != getpid(), kill(pid, 0) != 0 {
                try? FileManager.default.removeItem(at: tmp.appendingPathComponent(name))
            }
        }
        let dir = tmp.appendingPathComponent("benkang-report-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        _ = try? CLI.run(["simulate", "scenarios/baseline.yaml", "--runs", "2", "--out", dir.appendingPathComponent("baseline").path])
        return dir
    }()

    static var run: URL { fixture.appendingPathComponent("baseline") }

    /// The ids of every chart and map the run report must hold.
    static let figureIDs = ["chart-poor-persons", "chart-incidence", "chart-lifted-out", "chart-cost-by-program", "chart-villages-exited",
                            "map-incidence", "map-exit-year", "map-flows"]

    static func report(_ extra: [String] = [], name: String = "report.html") throws -> (CLI.Result, URL) {
        let out = fixture.appendingPathComponent(name)
        let r = try CLI.run(["report", run.path, "-o", out.path] + extra)
        return (r, out)
    }

    /// What an XML parse of the report finds: ids of `<svg>` elements, every attribute,
    /// and the text of `<style>` elements.
    final class Scan: NSObject, XMLParserDelegate {
        var svgIDs: [String] = []
        var attributes: [(element: String, name: String, value: String)] = []
        var styleText = ""
        var inStyle = false
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            if name == "svg", let id = a["id"] { svgIDs.append(id) }
            for (k, v) in a { attributes.append((name, k, v)) }
            inStyle = name == "style"
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inStyle = false }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inStyle { styleText += string }
            text += string
        }
    }

    @Test func theReportIsOneWellFormedFileThatRefersToNothingOutsideItself() throws {
        let (r, out) = try Self.report()
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out)
        let scan = Scan()
        let parser = XMLParser(data: data)
        parser.delegate = scan
        #expect(parser.parse(), "the report is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
        #expect(Set(Self.figureIDs).isSubset(of: Set(scan.svgIDs)), "svg ids: \(scan.svgIDs)")
        // No external reference: links only to fragments of this page or data: URLs.
        for a in scan.attributes where ["href", "src", "xlink:href", "srcset", "action", "poster", "data"].contains(a.name) {
            #expect(a.value.hasPrefix("#") || a.value.hasPrefix("data:"), "<\(a.element) \(a.name)=\"\(a.value)\"> refers outside the report")
        }
        for a in scan.attributes where !a.name.hasPrefix("xmlns") {
            #expect(!a.value.contains("http:") && !a.value.contains("https:"), "<\(a.element) \(a.name)=\"\(a.value)\">")
            if a.value.contains("url(") { #expect(a.value.contains("url(#") || a.value.contains("url(data:"), "\(a.value)") }
        }
        #expect(!scan.styleText.contains("@import") && !scan.styleText.contains("url(") && !scan.styleText.contains("@font-face"))
        #expect(!scan.text.contains("http://") && !scan.text.contains("https://"))
        // No script, no external element of any kind.
        #expect(!scan.attributes.contains { ["script", "link", "img", "iframe", "object", "embed", "image", "use"].contains($0.element) && $0.name.hasSuffix("href") == false && $0.element != "use" })
        let html = String(decoding: data, as: UTF8.self)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img") && !html.contains("<iframe"))
        // Every id is unique (several maps share the page).
        let ids = scan.attributes.filter { $0.name == "id" }.map(\.value)
        #expect(Set(ids).count == ids.count, "repeated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted().prefix(5))")
        // The sections the issue lists, Chinese first with English beside.
        for s in ["情景与假设", "scenario and assumptions", "全县逐年结果", "目标与完成", "校准", "假设值", "万元"] {
            #expect(html.contains(s), "missing \(s)")
        }
        #expect(html.contains("P10–P90"))
    }

    @Test func theReportRendersInHeadlessChromiumWithEveryChartAndMapAndIsNotBlank() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(chromium != nil, "headless Chromium is needed (make test installs it: apt-get install chromium)")
        let (r, out) = try Self.report(name: "render.html")
        #expect(r.status == 0, "\(r.stderr)")
        func chrome(_ args: [String]) throws -> Data {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: chromium!)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + args + [out.absoluteString]
            let o = Pipe()
            p.standardOutput = o
            p.standardError = FileHandle.nullDevice
            p.currentDirectoryURL = Self.fixture
            try p.run()
            let data = o.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return data
        }
        let dom = String(decoding: try chrome(["--dump-dom"]), as: UTF8.self)
        for id in Self.figureIDs {
            #expect(dom.contains("<svg") && dom.contains("id=\"\(id)\""), "\(id) not in Chromium's DOM")
        }
        let shot = Self.fixture.appendingPathComponent("render.png")
        _ = try chrome(["--window-size=1000,1400", "--screenshot=\(shot.path)"])
        let png = try PNGPixels([UInt8](Data(contentsOf: shot)))
        #expect(png.width == 1000 && png.height == 1400)
        let inked = png.nonWhitePixels()
        // Text, table rules and the section line: a blank page has none.
        #expect(inked > png.width * png.height / 100, "only \(inked) non-white pixels of \(png.width * png.height)")
    }

    @Test func aComparisonReportRanksTheStrategiesWithTheShareOfRunsEachWinsAndHasADifferenceMap() throws {
        let compare = Self.fixture.appendingPathComponent("compare")
        let c = try CLI.run(["compare", "scenarios/relocation-none.yaml", "scenarios/relocation-towns.yaml", "--runs", "2", "--out", compare.path])
        #expect(c.status == 0, "\(c.stderr)")
        // compare writes every run's key figures for the report.
        let bytes = [UInt8](try Data(contentsOf: compare.appendingPathComponent("key-figures-by-run.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "key-figures-by-run.csv starts with the byte-order mark")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 5 && lines[0].hasPrefix("scenario,run,relocated_persons,"), "\(lines.first ?? "")")
        let out = Self.fixture.appendingPathComponent("compare-report.html")
        let r = try CLI.run(["report", compare.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out)
        let scan = Scan()
        let parser = XMLParser(data: data)
        parser.delegate = scan
        #expect(parser.parse(), "not well-formed: line \(parser.lineNumber)")
        for id in ["chart-compare-poor-persons", "chart-compare-cost", "chart-compare-villages-exited", "map-incidence", "map-exit-year", "map-flows", "map-difference"] {
            #expect(scan.svgIDs.contains(id), "\(id) missing: \(scan.svgIDs)")
        }
        let html = String(decoding: data, as: UTF8.self)
        #expect(html.contains("id=\"ranking-table\"") && html.contains("id=\"differences-table\""))
        // The share of runs each strategy alone has the fewer poor persons in 2018, from the runs' file.
        let header = lines[0].split(separator: ",").map(String.init)
        let k = try #require(header.firstIndex(of: "poor_persons_2018"))
        let v = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        let none = v.filter { $0[0] == "relocation-none" }.map { Double($0[k])! }, towns = v.filter { $0[0] == "relocation-towns" }.map { Double($0[k])! }
        let noneWins = zip(none, towns).filter { $0 < $1 }.count * 50, townsWins = zip(none, towns).filter { $1 < $0 }.count * 50
        #expect(html.contains("胜出 \(noneWins) %") && html.contains("胜出 \(townsWins) %"), "win shares \(noneWins) and \(townsWins) % not in the ranking")
        for id in ["chart-compare-cost", "map-difference"] { #expect(scan.attributes.filter { $0.name == "id" && $0.value == id }.count == 1) }
    }

    @Test func aRunsTargetsFileGivesTheTargetsTableAndASentenceWhereATargetWasNotReached() throws {
        let copy = Self.fixture.appendingPathComponent("with-targets")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: Self.run, to: copy)
        let targets = copy.appendingPathComponent("targets.csv")
        try ("\u{FEFF}program,year,target,achieved,unit,budget_yuan,spent_yuan,binding,note\n"
            + "tourism,2017,30,22,villages,15000000,15000000,budget,预算限制了旅游村认定\n"
            + "relocation,2017,5000,5000,persons,250000000,180000000,none,\n").write(to: targets, atomically: true, encoding: .utf8)
        let out = Self.fixture.appendingPathComponent("targets.html")
        let r = try CLI.run(["report", copy.path, "--no-maps", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("id=\"targets-table\"") && !html.contains("id=\"budget-use-table\""))
        #expect(html.contains("2017 年乡村旅游（tourism）目标 30 villages，实际 22，未达到目标（预算不足）。"), "the sentence for the target not reached")
        #expect(html.contains("预算限制了旅游村认定"))
        // The yearly spending by program comes from targets.csv: 1,500.0 万元 of tourism in 2017.
        #expect(html.contains("1,500.0"))
        // A binding outside the four is an error naming the place.
        try ("program,year,target,achieved,unit,budget_yuan,spent_yuan,binding,note\ntourism,2017,30,22,villages,,,money,\n").write(to: targets, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["report", copy.path, "--no-maps", "-o", Self.fixture.appendingPathComponent("bad.html").path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("targets.csv:2:8: binding 'money' is not one of budget, capacity, eligible_pool, none"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.fixture.appendingPathComponent("bad.html").path))
    }

    @Test func englishReportsPutTheEnglishTermFirst() throws {
        let (r, out) = try Self.report(["--lang", "en", "--no-maps"], name: "en.html")
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("scenario and assumptions <span class=\"alt\">情景与假设</span>"))
        #expect(!html.contains("id=\"map-incidence\""), "--no-maps leaves the maps out")
        // The same folder gives the same bytes.
        let (again, out2) = try Self.report(["--lang", "en", "--no-maps"], name: "en2.html")
        #expect(again.status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: out2))
    }

    @Test func badCommandLinesAndFoldersAreRefusedWithTheirExitStatus() throws {
        let txt = try CLI.run(["report", Self.run.path, "-o", Self.fixture.appendingPathComponent("r.txt").path])
        #expect(txt.status == 64, "\(txt.stderr)")
        let lang = try CLI.run(["report", Self.run.path, "--lang", "fr"])
        #expect(lang.status == 64)
        let notRun = try CLI.run(["report", Self.fixture.path + "/nowhere", "-o", Self.fixture.appendingPathComponent("n.html").path])
        #expect(notRun.status == 65 && notRun.stderr.contains("nowhere"))
        let folder = Self.fixture.appendingPathComponent("dir.html")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let intoFolder = try CLI.run(["report", Self.run.path, "-o", folder.path])
        #expect(intoFolder.status == 73, "\(intoFolder.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.fixture.appendingPathComponent("n.html").path))
    }

    @Test func withoutChromiumThePDFOptionSaysHowToInstallIt() throws {
        let p = Process()
        p.executableURL = CLI.executable
        p.arguments = ["report", Self.run.path, "--no-maps", "-o", Self.fixture.appendingPathComponent("nopdf.html").path,
                       "--pdf", Self.fixture.appendingPathComponent("nopdf.pdf").path]
        p.currentDirectoryURL = CLI.packageRoot
        p.environment = ["PATH": "/nonexistent"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 73)
        #expect(message.contains("apt-get install chromium"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: Self.fixture.appendingPathComponent("nopdf.pdf").path))
    }
}
