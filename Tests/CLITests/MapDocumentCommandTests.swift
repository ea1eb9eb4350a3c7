import Foundation
import Testing

/// `benkang map` to PNG and PDF, township sheets and `benkang atlas`, on the shipped geodata.
@Suite struct MapDocumentCommandTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-mapdoc-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A small spec (few layers, A4) so the outputs are quick to draw.
    static func smallSpec(in dir: URL, extra: String = "") throws -> String {
        let spec = dir.appendingPathComponent("small.yaml")
        try """
        title: 邻水县乡镇图 Township map
        page: a4-landscape
        layers: [townships, villages, sites, county]
        title_block:
          organization: 测试单位
          date: 2026-12-01
        \(extra)
        """.write(to: spec, atomically: true, encoding: .utf8)
        return spec.path
    }

    /// Runs a poppler tool; nil (with an issue recorded) when it is not installed.
    static func tool(_ name: String, _ arguments: [String]) throws -> String? {
        let path = ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            Issue.record("\(name) is not installed: `make test` installs poppler-utils (TEST_APT_PACKAGES)")
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(name) \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The width and height in a PNG's IHDR chunk.
    static func pngSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 24, Array(b[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be(_ i: Int) -> Int { b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test func aPNGIsThePageAtTheDPIAndThreeHundredByDefault() throws {
        let dir = try Self.folder("png")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Self.smallSpec(in: dir)
        let out = dir.appendingPathComponent("m.png")
        let r = try CLI.run(["map", "--spec", spec, "-o", out.path, "--dpi", "50"])
        #expect(r.status == 0, "\(r.stderr)")
        let size = try #require(Self.pngSize([UInt8](try Data(contentsOf: out))))
        // A4 landscape, 297 × 210 mm at 50 dpi.
        #expect(size.0 == 585 && size.1 == 413, "\(size)")
        let d = dir.appendingPathComponent("d.png")
        let r2 = try CLI.run(["map", "--spec", spec, "-o", d.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(Self.pngSize([UInt8](try Data(contentsOf: d))).map { $0.0 == 3508 && $0.1 == 2480 } == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".png") && !$0.hasSuffix(".yaml") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func aPDFHasEmbeddedFontsAndTheChineseTitleAsText() throws {
        let dir = try Self.folder("pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Self.smallSpec(in: dir)
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        for out in [a, b] {
            let r = try CLI.run(["map", "--spec", spec, "-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try Data(contentsOf: a) == Data(contentsOf: b), "the same map gave different PDF bytes")
        guard let fonts = try Self.tool("pdffonts", [a.path]), let text = try Self.tool("pdftotext", [a.path, "-"]),
              let info = try Self.tool("pdfinfo", [a.path]) else { return }
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "no fonts in the PDF: the text is not text")
        #expect(rows.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).dropLast(5).last == "yes" || $0.contains(" yes yes ") },
                "a font is not embedded:\n\(fonts)")
        #expect(fonts.contains("CJK"), "no CJK font embedded:\n\(fonts)")
        #expect(text.contains("邻水县乡镇图"), "the title is not in the PDF's text")
        #expect(text.contains("测试单位") && text.contains("审图号"), "the title block is not in the PDF's text")
        #expect(info.contains("Pages:           1"))
        #expect(info.contains("297 x 210 pts") == false && (info.contains("841.89 x 595.276 pts") || info.contains("841.89 x 595.28 pts")), "\(info)")
    }

    @Test func aTownshipSheetNamesEveryVillageOfTheTownship() throws {
        let dir = try Self.folder("township")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Self.smallSpec(in: dir)
        let code = "511623100000"
        let out = dir.appendingPathComponent("t.svg")
        let r = try CLI.run(["map", "--spec", spec, "--township", code, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        let data = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("geodata/villages.geojson"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let names = (json["features"] as? [[String: Any]] ?? []).compactMap { f -> String? in
            let p = f["properties"] as? [String: Any]
            return p?["township_code"] as? String == code ? p?["name"] as? String : nil
        }
        #expect(names.count > 3)
        for n in names { #expect(svg.contains(">\(n)</text>"), "village \(n) is not named on its township sheet") }
        #expect(svg.contains("分幅图") && svg.contains(">\(code)</text>"), "title or sheet number missing")
        let bad = try CLI.run(["map", "--spec", spec, "--township", "123", "-o", out.path])
        #expect(bad.status == 65 && bad.stderr.contains("townships.geojson: no township has code '123'"), "\(bad.stderr)")
    }

    @Test func anAtlasHasOnePagePerTownshipAndTheCounty() throws {
        let dir = try Self.folder("atlas")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A geodata folder of three townships of the shipped county (and their villages), so the atlas is quick.
        let geodata = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: geodata, withIntermediateDirectories: true)
        let root = CLI.packageRoot.appendingPathComponent("geodata")
        for f in ["county.geojson", "county.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(f), to: geodata.appendingPathComponent(f))
        }
        func subset(_ file: String, keep: ([String: Any]) -> Bool) throws {
            var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(file))) as? [String: Any])
            json["features"] = (json["features"] as? [[String: Any]] ?? []).filter { keep($0["properties"] as? [String: Any] ?? [:]) }
            try JSONSerialization.data(withJSONObject: json).write(to: geodata.appendingPathComponent(file))
        }
        let codes: Set<String> = ["511623100000", "511623101000", "511623102000"]
        try subset("townships.geojson") { codes.contains($0["code"] as? String ?? "") }
        try subset("villages.geojson") { codes.contains($0["township_code"] as? String ?? "") }
        let spec = try Self.smallSpec(in: dir)
        let out = dir.appendingPathComponent("atlas.pdf")
        let r = try CLI.run(["atlas", "--spec", spec, "--geodata", geodata.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("4 pages"), "\(r.stdout)")
        guard let info = try Self.tool("pdfinfo", [out.path]), let text = try Self.tool("pdftotext", [out.path, "-"]) else { return }
        #expect(info.contains("Pages:           4"), "\(info)")
        for name in ["鼎屏镇", "城北镇", "城南镇"] { #expect(text.contains("\(name)分幅图"), "no sheet for \(name)") }
        let svgOut = try CLI.run(["atlas", "--geodata", geodata.path, "-o", dir.appendingPathComponent("a.svg").path])
        #expect(svgOut.status == 64, "\(svgOut.stderr)")
    }

    @Test func roadsAndRiversAreClippedAsTheSpecSaysAndPlanDetailIsCalm() throws {
        let dir = try Self.folder("clip")
        defer { try? FileManager.default.removeItem(at: dir) }
        func draw(_ name: String, _ extra: String) throws -> String {
            let spec = dir.appendingPathComponent(name + ".yaml")
            try "page: a4-landscape\nlayers: [contours, villages, rivers, roads, lines, county]\n\(extra)".write(to: spec, atomically: true, encoding: .utf8)
            let out = dir.appendingPathComponent(name + ".svg")
            let r = try CLI.run(["map", "--spec", spec.path, "-o", out.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        }
        let plan = try draw("plan", "")
        for layer in ["roads", "rivers", "lines"] {
            #expect(plan.contains("<g id=\"\(layer)\"") && plan.range(of: "<g id=\"\(layer)\"[^>]*clip-path=\"url\\(#county-clip\\)\"", options: .regularExpression) != nil,
                    "\(layer) is not clipped to the county by default")
        }
        #expect(!plan.contains("<g id=\"contours\""), "plan detail draws contours")
        #expect(plan.contains("stroke=\"#b8b8b8\" stroke-width=\"0.04\""), "plan detail's village borders are not the thin light ones")
        let frame = try draw("frame", "clip: frame\ndetail: full\n")
        #expect(frame.range(of: "<g id=\"roads\"[^>]*clip-path", options: .regularExpression) == nil, "clip: frame still clips roads to the county")
        #expect(frame.contains("<g id=\"contours\""), "detail: full lacks the contours")
        try "page: a4-landscape\nlayers: [roads, county]\nclip: township\n".write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--spec", dir.appendingPathComponent("bad.yaml").path, "-o", dir.appendingPathComponent("b.svg").path])
        #expect(r.status == 65 && r.stderr.contains("bad.yaml:3:7: clip: expected county or frame"), "\(r.stderr)")
    }

    @Test func badOutputsAndDPIAreRefusedWithoutWritingAnything() throws {
        let dir = try Self.folder("bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Self.smallSpec(in: dir)
        let txt = try CLI.run(["map", "--spec", spec, "-o", dir.appendingPathComponent("m.txt").path])
        #expect(txt.status == 65 && txt.stderr.contains("m.txt does not end in .svg, .png or .pdf"), "\(txt.stderr)")
        let dpi = try CLI.run(["map", "--spec", spec, "-o", dir.appendingPathComponent("m.png").path, "--dpi", "5"])
        #expect(dpi.status == 64 && dpi.stderr.contains("--dpi must be a number 36…1200"), "\(dpi.stderr)")
        let svgDPI = try CLI.run(["map", "--spec", spec, "-o", dir.appendingPathComponent("m.svg").path, "--dpi", "100"])
        #expect(svgDPI.status == 64, "\(svgDPI.stderr)")
        let onInput = try CLI.run(["map", "--spec", spec, "-o", spec])
        #expect(onInput.status != 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files == ["small.yaml"], "\(files)")
    }
}

/// Thematic legends of a simulated run: no-data rows, exit-year classes, break sides,
/// percent breaks, the 3 % break and counts as circles with their unit.
@Suite struct MapThemeLegendCommandTests {
    @Test func legendsOfTheBaselineSayWhatTheyShow() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-legends-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = dir.appendingPathComponent("baseline")
        let s = try CLI.run(["simulate", "scenarios/baseline.yaml", "--out", run.path])
        #expect(s.status == 0, "\(s.stderr)")
        guard s.status == 0 else { return }
        func map(_ name: String, _ args: [String]) throws -> String {
            let out = dir.appendingPathComponent(name + ".svg")
            let r = try CLI.run(["map", "--run", run.path] + args + ["-o", out.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        }
        let incidence = try map("incidence", ["--theme", "incidence", "--year", "2018"])
        #expect(incidence.contains("无数据 No data: 社区"), "no-data row does not say the villages are 社区")
        #expect(incidence.contains("未模拟 not simulated"))
        #expect(incidence.contains(" &lt; x ≤ 3  (") || incidence.contains("≤ x ≤ 3  ("), "no class ends at the 3 % break")
        #expect(incidence.contains("3 &lt; x ≤ "), "no class starts above the 3 % break")
        let manual = try map("manual", ["--theme", "incidence", "--year", "2018", "--breaks", "3%,10%"])
        #expect(manual.contains("3 &lt; x ≤ 10  ("), "--breaks 3%,10% is not read in percent")
        let exit = try map("exit", ["--theme", "exit_year"])
        #expect(exit.contains("非贫困村 Not a poor village  ("), "exit year lacks the not-a-poor-village class")
        #expect(exit.contains("未退出 Not exited"), "exit year lacks the not-exited class")
        let counts = try map("counts", ["--theme", "poor_persons", "--year", "2016"])
        #expect(counts.contains("class=\"prop-symbol\""), "a count is not drawn as circles by default")
        #expect(counts.contains(" 人</text>"), "the circle legend has no unit")
        let choropleth = try map("counts-choropleth", ["--theme", "poor_persons", "--year", "2016", "--kind", "choropleth"])
        #expect(!choropleth.contains("class=\"prop-symbol\""), "--kind choropleth still draws circles")
        let multiples = try map("multiples", ["--theme", "poor_persons", "--small-multiples"])
        #expect(multiples.contains("class=\"prop-symbol\"") && multiples.contains(" 人</text>"))
    }
}
