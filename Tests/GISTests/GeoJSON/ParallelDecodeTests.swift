import Foundation
import Testing
@testable import GIS

/// The parallel decode of a FeatureCollection's features gives exactly what one thread
/// gives: the same object, every error and warning in the same order with the same
/// line:column, feature index, id and path, the same syntax error.
@Suite struct ParallelDecodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let serial = GeoJSONDecodingOptions(threads: 1)
    /// Four threads (whatever the machine has) on any input size.
    static let parallel = GeoJSONDecodingOptions(threads: 4, parallelMinimumBytes: 0)

    /// What a decode gives, comparable: the report, or the thrown diagnostics.
    enum Outcome: Equatable {
        case report(GeoJSONObject?, errors: [Diagnostic], warnings: [Diagnostic])
        case thrown([Diagnostic])
    }

    static func outcome(_ bytes: [UInt8], _ options: GeoJSONDecodingOptions) -> Outcome {
        do {
            let r = try GeoJSONDecoder.decodeReport(bytes, file: "in.geojson", options: options)
            return .report(r.object, errors: r.errors, warnings: r.warnings)
        } catch let error as GISError {
            return .thrown(error.diagnostics)
        } catch {
            return .thrown([Diagnostic(.error, file: nil, "\(error)")])
        }
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectSame(Array(text.utf8), sourceLocation: sourceLocation)
    }

    static func expectSame(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let a = outcome(bytes, serial), b = outcome(bytes, parallel)
        #expect(a == b, "serial and parallel decodes differ for \(String(decoding: bytes.prefix(300), as: UTF8.self))",
                sourceLocation: sourceLocation)
    }

    /// The parallel path's own answer on `text` (nil: it declined and one thread reads it).
    static func parallelFeatures(_ text: String) -> [Feature]? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = GeoJSONParser(scanner: JSONScanner(buffer, file: nil), options: parallel)
            guard let open = bytes.firstIndex(of: UInt8(ascii: "[")) else { return nil }
            parser.scanner.pos = open + 1
            parser.depth = 2
            return parser.parseFeaturesInParallel()
        }
    }

    static func feature(_ i: Int, _ geometry: String? = nil, properties: String = "{\"n\": 1}") -> String {
        let g = geometry ?? "{\"type\": \"Point\", \"coordinates\": [\(100 + Double(i) / 100), 30.5]}"
        return "{\"type\": \"Feature\", \"id\": \(i), \"geometry\": \(g), \"properties\": \(properties)}"
    }

    static func collection(_ features: [String], separator: String = ",\n") -> String {
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: separator) + "\n]}"
    }

    @Test func everyShippedLayerDecodesTheSameOnFourThreads() throws {
        let folder = Self.root.appendingPathComponent("geodata")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".geojson") }.sorted()
        #expect(files.count >= 8)
        for name in files {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let a = Self.outcome(bytes, Self.serial), b = Self.outcome(bytes, Self.parallel)
            #expect(a == b, "\(name)")
            if case .thrown(let d) = a { Issue.record("\(name) does not decode: \(d)") }
        }
    }

    @Test func theParallelPathIsTakenOnAValidCollectionAndKeepsFileOrder() throws {
        let text = Self.collection((0..<37).map { Self.feature($0) })
        let features = try #require(Self.parallelFeatures(text))
        #expect(features.map(\.id) == (0..<37).map { .number(Double($0)) })
        Self.expectSame(text)
    }

    @Test func stringsWithBracketsQuotesAndEscapesDoNotMoveTheFeatureBoundaries() throws {
        let tricky = ["\"{\"", "\"]\"", "\"},{\"", "\"\\\"],[\"", "\"\\\\\"", "\"a\\\\\\\"}]\"", "\"\\u005d\"", "\"村]{\""]
        let features = tricky.enumerated().map { i, s in
            Self.feature(i, properties: "{\"s\": \(s), \"t\": [\(s), {\"k\": \(s)}]}")
        }
        let text = Self.collection(features + (0..<9).map { Self.feature(100 + $0) })
        let read = try #require(Self.parallelFeatures(text))
        #expect(read.count == tricky.count + 9)
        #expect(read[1].properties?["s"] == .string("]"))
        Self.expectSame(text)
    }

    @Test func nestedArraysOfObjectsMisleadTheGuessButNotTheResult() throws {
        // Every property holds `}, {` outside strings: the guessed starts fall inside
        // features, the runs do not meet, and the exact starts are used.
        let features = (0..<30).map { Self.feature($0, properties: "{\"parts\": [{\"a\": \($0)}, {\"b\": [{}, {}]}]}") }
        let text = Self.collection(features, separator: ",")
        let read = try #require(Self.parallelFeatures(text))
        #expect(read.count == 30)
        #expect(read[29].id == .number(29))
        Self.expectSame(text)
        let bytes = Array(text.utf8)
        let guess = bytes.withUnsafeBufferPointer { JSONScanner($0, file: nil).likelyObjectStart(from: 60, limit: bytes.count) }
        #expect(guess.map { bytes[$0] } == UInt8(ascii: "{"))
    }

    @Test func contentErrorsKeepTheirPlacesFeatureIndicesAndOrder() throws {
        var features: [String] = []
        for i in 0..<40 {
            switch i % 5 {
            case 0: features.append(Self.feature(i, "{\"type\": \"Point\", \"coordinates\": [500000, 3300000]}"))
            case 1: features.append(Self.feature(i, "{\"type\": \"Point\", \"coordinates\": [107, 30, 1, 2]}"))
            case 2: features.append(Self.feature(i, "{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,1]]]}"))
            case 3: features.append("[\(i)]")
            default: features.append(Self.feature(i, properties: "{\"a\": 1, \"a\": 2, \"b\": NaN}"))
            }
        }
        let text = Self.collection(features)
        #expect(Self.parallelFeatures(text) != nil)
        Self.expectSame(text)
        let report = try GeoJSONDecoder.decodeReport(Array(text.utf8), file: "in.geojson", options: Self.parallel)
        // One range error for the 8 projected points, one extra-dimension warning.
        #expect(report.errors.filter { $0.message.contains("outside [-180, 180]") }.count == 1)
        #expect(report.errors.first { $0.message.contains("outside") }?.message.contains("7 more positions") == true)
        #expect(report.warnings.filter { $0.message.contains("only longitude, latitude and elevation") }.count == 1)
        // In file order, each with its feature index and line.
        let places = report.errors.map { ($0.location.line ?? 0) * 1_000 + ($0.location.featureIndex ?? 0) }
        #expect(places == places.sorted())
        #expect(report.errors.contains { $0.location.featureIndex == 37 && $0.location.line == 39 })
        #expect(report.errors.contains { $0.location.featureIndex == 2 && $0.location.featureID == .number(2) })
    }

    @Test func moreErrorsThanTheCapAreCountedTheSame() {
        let bad = Self.feature(0, "{\"type\": \"Point\", \"coordinates\": [\"x\", 1]}")
        Self.expectSame(Self.collection(Array(repeating: bad, count: 2_300)))
        let mixed = (0..<2_100).map { $0 % 700 == 3
            ? Self.feature($0, "{\"type\": \"Point\", \"coordinates\": [900, 1]}")
            : Self.feature($0, "{\"type\": \"Point\", \"coordinates\": [1, 2, 3, 4]}", properties: "{\"a\": 1, \"a\": 1}") }
        Self.expectSame(Self.collection(mixed))
    }

    @Test func syntaxErrorsAreTheFirstOneThreadFinds() {
        let good = (0..<20).map { Self.feature($0) }
        var cases: [String] = []
        cases.append(Self.collection(good + ["{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"a\": ]}"] + good))
        cases.append(Self.collection(good + ["{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"a\": [}}"] + good))
        cases.append(Self.collection(good, separator: ",,"))
        cases.append(Self.collection(good) + "]")
        cases.append(String(Self.collection(good).dropLast(2)))
        cases.append(Self.collection(good + ["\"unterminated"]))
        cases.append(Self.collection(good + [""]))
        cases.append(Self.collection(good + ["{\"type\": \"Feature\", \"properties\": {\"deep\": "
                                             + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}}"]))
        for text in cases { Self.expectSame(text) }
    }

    @Test func aFeatureCRSThatStopsTheRangeCheckGivesTheSerialResult() {
        let crs = "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4545\"}}"
        var features = (0..<10).map { Self.feature($0) }
        features.append("{\"type\": \"Feature\", \"crs\": \(crs), \"geometry\": null, \"properties\": null}")
        features += (10..<20).map { Self.feature($0, "{\"type\": \"Point\", \"coordinates\": [400000, 3300000]}") }
        Self.expectSame(Self.collection(features))
    }

    @Test func byteOrderMarkAndTheCollectionCRSBeforeTheFeatures() {
        let body = Self.collection((0..<12).map { Self.feature($0) })
        Self.expectSame([0xEF, 0xBB, 0xBF] + Array(body.utf8))
        let crs = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4545\"}}, "
            + "\"features\": [" + (0..<12).map { Self.feature($0, "{\"type\": \"Point\", \"coordinates\": [4e5, 3e6]}") }
                .joined(separator: ",") + "]}"
        Self.expectSame(crs)
    }

    /// Random byte edits of a small collection: whatever they break, both decodes agree.
    @Test func randomEditsGiveTheSameOutcomeOnOneAndFourThreads() {
        let features = (0..<16).map { i in
            Self.feature(i, i % 3 == 0 ? "{\"type\": \"Polygon\", \"coordinates\": [[[107,30],[107.1,30],[107.1,30.1],[107,30]]]}" : nil,
                         properties: "{\"name\": \"村\(i) {]\", \"v\": [\(i), true, null]}")
        }
        let base = Array(Self.collection(features).utf8)
        let alphabet = Array("{}[],:\"\\ 0123456789-.eE".utf8)
        var random = SplitMix64(seed: 12)
        for _ in 0..<400 {
            var bytes = base
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: at)
                default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: at)
                }
            }
            Self.expectSame(bytes)
        }
    }

    @Test func elementStartsFollowStringsAndDepth() {
        let text = #"[ 1 , "a,]" , [2,[3]] , {"k":"\"}"} ]"#
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { JSONScanner($0, file: nil).elementStarts(from: 1) }
        #expect(found?.starts == [2, 6, 14, 24])
        #expect(found?.close == bytes.count - 1)
        for broken in [#"[1, "a]"#, "[1, {2]", "[1, 2", "[]", "[1}"] {
            let b = Array(broken.utf8)
            #expect(b.withUnsafeBufferPointer { JSONScanner($0, file: nil).elementStarts(from: 1) } == nil, "\(broken)")
        }
    }
}
