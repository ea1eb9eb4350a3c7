import Foundation
import Testing
@testable import BenkangCLI

/// The CLI's texts in Chinese and English: the table is complete, the language is chosen
/// as documented, and a planner with a Chinese locale reads Chinese help and messages.
@Suite("CLI messages in two languages")
struct MessageLanguageTests {
    static func placeholders(_ text: String) -> [(number: String, afterLetter: Bool)] {
        var found: [(String, Bool)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "{", let close = chars[i...].firstIndex(of: "}"), close > i + 1,
               chars[(i + 1)..<close].allSatisfy(\.isNumber) {
                let afterLetter = i > 0 && chars[i - 1].isLetter && chars[i - 1].isASCII
                found.append((String(chars[(i + 1)..<close]), afterLetter))
                i = close + 1
            } else { i += 1 }
        }
        return found
    }

    @Test("every message has a Chinese and an English text with the same placeholders")
    func everyMessageHasBothLanguages() {
        for (table, entries) in MessageTables.all {
          for (name, text) in entries {
            let message = "\(table).\(name)"
            #expect(!text.en.isEmpty, "\(message): no English text")
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                    "\(message): the Chinese text has no Chinese character: \(text.zh)")
            #expect(text.zh != text.en, "\(message): Chinese and English are the same text")
            let zh = Set(Self.placeholders(text.zh).map(\.number))
            let en = Self.placeholders(text.en)
            let enRequired = Set(en.filter { !$0.afterLetter }.map(\.number))
            let enAll = Set(en.map(\.number))
            // Chinese has every English placeholder except plural endings (`row{5}`), and no other.
            #expect(enRequired.isSubset(of: zh), "\(message): Chinese lacks \(enRequired.subtracting(zh).sorted())")
            #expect(zh.isSubset(of: enAll), "\(message): Chinese has \(zh.subtracting(enAll).sorted()) that English lacks")
          }
        }
    }

    @Test("--lang wins over the locale, is removed from the arguments, and the locale decides otherwise")
    func languageSelection() {
        let (zh, rest) = Language.select(arguments: ["validate", "--lang", "zh", "a.geojson"], environment: ["LANG": "C.UTF-8"])
        #expect(zh == .zh && rest == ["validate", "a.geojson"])
        let (en, rest2) = Language.select(arguments: ["--lang=en", "info"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en == .en && rest2 == ["info"])
        #expect(Language.select(arguments: ["info"], environment: ["LANG": "zh_CN.UTF-8"]).0 == .zh)
        #expect(Language.select(arguments: ["info"], environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]).0 == .en)
        #expect(Language.select(arguments: ["info"], environment: ["LC_MESSAGES": "zh_TW.UTF-8"]).0 == .zh)
        #expect(Language.select(arguments: ["info"], environment: [:]).0 == .en)
        // After `--`, and an unknown value, --lang is left for the parser.
        #expect(Language.select(arguments: ["info", "--", "--lang", "zh"], environment: [:]).1 == ["info", "--", "--lang", "zh"])
        #expect(Language.select(arguments: ["info", "--lang", "fr"], environment: [:]).1 == ["info", "--lang", "fr"])
    }

    @Test("severity words of diagnostic lines in Chinese, the rest of the line kept")
    func severityWords() {
        #expect(SeverityWords.localize("a.geojson:3:7: error: expected a number", in: .zh) == "a.geojson:3:7: 错误: expected a number")
        #expect(SeverityWords.localize("error: cannot write", in: .zh) == "错误: cannot write")
        #expect(SeverityWords.localize("x.yaml: warning: the note: error: y", in: .zh) == "x.yaml: 警告: the note: error: y")
        #expect(SeverityWords.localize("a.geojson:3:7: error: x", in: .en) == "a.geojson:3:7: error: x")
    }

    @Test("a Chinese locale gives Chinese help; --lang en gives English")
    func helpFollowsLanguage() throws {
        let zh = try CLI.run(["validate", "--help"], locale: "zh_CN.UTF-8")
        #expect(zh.status == 0)
        #expect(zh.stdout.contains(Message.validateAbstract.bilingual.zh))
        #expect(zh.stdout.contains("用法 USAGE:") && zh.stdout.contains("选项 OPTIONS:"))
        #expect(zh.stdout.contains(Message.validateFix.bilingual.zh))
        let en = try CLI.run(["--lang", "en", "validate", "--help"], locale: "zh_CN.UTF-8")
        // (English help is wrapped at spaces: the abstract's first words.)
        #expect(en.stdout.contains("OVERVIEW: Check GeoJSON layers") && !en.stdout.contains("用法"))
        let flag = try CLI.run(["--lang", "zh", "--help"])
        #expect(flag.stdout.contains(Message.benkangAbstract.bilingual.zh))
    }

    @Test("errors in Chinese keep the file, the place and the exit status")
    func errorsInChinese() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-zh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.geojson")
        try Data(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1]}, "properties": {}}]}"#.utf8).write(to: bad)
        let zh = try CLI.run(["validate", bad.path], locale: "zh_CN.UTF-8")
        #expect(zh.status == 65)
        #expect(zh.stderr.contains("bad.geojson") && zh.stderr.contains(": 错误: "), "stderr: \(zh.stderr)")
        #expect(zh.stdout.contains("无效"), "stdout: \(zh.stdout)")
        let en = try CLI.run(["validate", bad.path])
        #expect(en.status == 65 && en.stderr.contains(": error: ") && !en.stderr.contains("错误"))
        let usage = try CLI.run(["validate", "--fix", bad.path], locale: "zh_CN.UTF-8")
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("错误: ") && usage.stderr.contains(Message.validateFixNeedsOne.bilingual.zh), "stderr: \(usage.stderr)")
    }

    @Test("benkang slurm's usage errors and status lines in Chinese")
    func slurmInChinese() throws {
        let usage = try CLI.run(["slurm", "explore", "x.yaml", "--out", "/tmp/benkang-never"], locale: "zh_CN.UTF-8")
        #expect(usage.status == 64)
        #expect(usage.stderr.contains(ClusterMessage.slurmNeedsTasks.bilingual.zh.replacingOccurrences(of: "{1}", with: "1000000")), "stderr: \(usage.stderr)")
        let shard = try CLI.run(["slurm", "simulate", "s.yaml", "--shard", "0/2", "--tasks", "2", "--out", "/tmp/benkang-never"], locale: "zh_CN.UTF-8")
        #expect(shard.status == 64 && shard.stderr.contains(ClusterMessage.slurmNoShard.bilingual.zh), "stderr: \(shard.stderr)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-zh-slurm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let job = dir.appendingPathComponent("job").path
        let wrote = try CLI.run(["slurm", "simulate", "scenarios/baseline.yaml", "--tasks", "3", "--max-array-size", "2",
                                 "--out", dir.appendingPathComponent("out").path, "--job-dir", job], locale: "zh_CN.UTF-8")
        #expect(wrote.status == 0 && wrote.stdout.contains("3 个任务，分在 2 个数组作业中（MaxArraySize 2，--max-array-size）"), "\(wrote.stdout)\(wrote.stderr)")
        let status = try CLI.run(["slurm", "--status", job], locale: "zh_CN.UTF-8")
        #expect(status.stdout.contains("3 个任务：0 个完成，0 个失败，3 个未完成") && status.stdout.contains("未完成：0, 1, 2"), "\(status.stdout)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/benkang-never"))
    }

    @Test("placeholders are filled in one pass: a value holding {2} is written as it is")
    func fillIsOnePass() {
        #expect(MessageTables.fill("{1}: {2} and {3}", ["a{2}", "b", "c"]) == "a{2}: b and c")
        #expect(MessageTables.fill("{x} {1} {9}", ["v"]) == "{x} v {9}")
        #expect(MessageTables.fill("row{2}", ["3", "s"]) == "rows")
    }
}
