import Foundation
import GIS
import Simulation

/// One shard's results (docs/shards.md): a JSON-lines file `shard-I-of-N.jsonl`, its
/// first line a ``Header`` (which command, which shard, the inputs' hash, the units it
/// holds), then one ``Record`` per work unit, in canonical unit order, each holding the
/// whole per-run result from which every output is rebuilt.
public struct ShardFile: Sendable {
    /// The first line of a shard file.
    public struct Header: Codable, Equatable, Sendable {
        /// Always "benkang-shard".
        public var format = ShardFile.formatName
        /// Format version; 3 (2: the run result as JSON objects beside the village figures;
        /// 1: before the unassigned reasons were an object).
        public var version = ShardFile.formatVersion
        /// "simulate" or "compare".
        public var command: String
        /// This shard, I of N (0 ≤ I < N).
        public var shard: Int
        public var shards: Int
        /// SHA-256 (hex) of the resolved inputs: every scenario.resolved.yaml, the geodata's
        /// build stamp, the scenario names and the table options (``InputsHash``).
        public var inputsSHA256: String
        /// The root seed and the runs per scenario (and county).
        public var seed: UInt64
        public var runs: Int
        /// `--seed` and `--runs` as given to the command (absent when not given).
        public var seedOption: UInt64?
        public var runsOption: Int?
        /// The scenario files in command order: column name (the file stem), file as given, absolute path.
        public var scenarios: [Scenario]
        /// The work units' scenarios in unit order (`WorkUnit.scenario` indexes it): for
        /// `compare` the subfolder names, the reference first and the what-if (`-what-if`) last.
        public var columns: [String]
        /// `compare --reference` as given (absent: not given).
        public var reference: String?
        /// `--set` and `--scale` as given, in order (absent: none given).
        public var set: [String]?
        public var scale: [String]?
        /// The geodata folder (absolute) and the SHA-256 of its build-stamp.json (of its
        /// data files when it has none).
        public var geodata: String
        /// The geodata folder as given on the command line (merge uses it when it exists).
        public var geodataGiven: String
        public var geodataSHA256: String
        /// CSV with a byte-order mark, .xlsx beside every CSV (the command's --no-bom / --xlsx).
        public var byteOrderMark: Bool
        public var xlsx: Bool
        /// Work units of the whole job, and the range [unitsFrom, unitsTo) of them (in
        /// canonical order) this shard holds.
        public var totalUnits: Int
        public var unitsFrom: Int
        public var unitsTo: Int
        /// `explore`: the design's points (`WorkUnit.point` 0..<points; absent: 1), the
        /// experiment's figures each record holds (in order), the SHA-256 of the experiment
        /// file's text and of its design.csv.
        public var points: Int?
        public var figures: [String]?
        public var experimentSHA256: String?
        public var designSHA256: String?

        /// A region's job (`simulate|compare REGION.yaml`, docs/regions.md): the region
        /// file and every county's geodata (`WorkUnit.county` indexes `counties`); absent
        /// for one county, whose geodata is `geodata`.
        public var region: Region?

        /// Design points of the job (1 for `simulate` and `compare`).
        public var pointCount: Int { points ?? 1 }
        /// Counties of the job (1 without a region).
        public var countyCount: Int { region?.counties.count ?? 1 }

        public init(command: String, shard: Int, shards: Int, inputsSHA256: String, seed: UInt64, runs: Int,
                    seedOption: UInt64?, runsOption: Int?, scenarios: [Scenario], columns: [String],
                    reference: String? = nil, set: [String]? = nil, scale: [String]? = nil, geodata: String, geodataGiven: String,
                    geodataSHA256: String, byteOrderMark: Bool, xlsx: Bool, totalUnits: Int, unitsFrom: Int, unitsTo: Int,
                    points: Int? = nil, figures: [String]? = nil, experimentSHA256: String? = nil, designSHA256: String? = nil) {
            self.command = command; self.shard = shard; self.shards = shards; self.inputsSHA256 = inputsSHA256
            self.seed = seed; self.runs = runs; self.seedOption = seedOption; self.runsOption = runsOption
            self.scenarios = scenarios; self.columns = columns; self.reference = reference; self.set = set; self.scale = scale
            self.geodata = geodata; self.geodataGiven = geodataGiven; self.geodataSHA256 = geodataSHA256
            self.byteOrderMark = byteOrderMark; self.xlsx = xlsx
            self.totalUnits = totalUnits; self.unitsFrom = unitsFrom; self.unitsTo = unitsTo
            self.points = points; self.figures = figures; self.experimentSHA256 = experimentSHA256; self.designSHA256 = designSHA256
        }
    }

    /// The region file of a region's job (as given and absolute) and its counties.
    public struct Region: Codable, Equatable, Sendable {
        public var file: String
        public var path: String
        public var counties: [County]
        public init(file: String, path: String, counties: [County]) { self.file = file; self.path = path; self.counties = counties }
    }

    /// One county of a region's job: its code, its geodata folder (absolute, and as the
    /// region file resolves it) and the SHA-256 of its build-stamp.json.
    public struct County: Codable, Equatable, Sendable {
        public var code: String
        public var geodata: String
        public var geodataGiven: String
        public var geodataSHA256: String
        public init(code: String, geodata: String, geodataGiven: String, geodataSHA256: String) {
            self.code = code; self.geodata = geodata; self.geodataGiven = geodataGiven; self.geodataSHA256 = geodataSHA256
        }
    }

    /// One scenario of the job: its column name, its file as given and its absolute path.
    public struct Scenario: Codable, Equatable, Sendable {
        public var name: String
        public var file: String
        public var path: String

        public init(name: String, file: String, path: String) { self.name = name; self.file = file; self.path = path }
    }

    /// One work unit's result. `simulate`/`compare`: the run's whole result as Base64 of
    /// ``RunResultCodec``'s bytes (`result`, about 170 kB for a run of a county of 475 villages). `explore`:
    /// only the experiment's figures of the run (`figures`, in the header's `figures`
    /// order), about 1 kB.
    public struct Record: Codable, Sendable {
        public var unit: WorkUnit
        /// The run's whole result (`simulate`, `compare`); nil in an `explore` shard.
        public var result: RunResult?
        /// The experiment's figures of the run (`explore`); nil otherwise.
        public var figures: [Double]?

        enum CodingKeys: String, CodingKey { case unit, result, figures }

        public init(unit: WorkUnit, result: RunResult) { self.unit = unit; self.result = result }
        public init(unit: WorkUnit, figures: [Double]) { self.unit = unit; self.figures = figures }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit, forKey: .unit)
            if let figures { try c.encode(figures, forKey: .figures) }
            if let result { try c.encode(Data(RunResultCodec.encode(result)).base64EncodedString(), forKey: .result) }
        }

        /// - Throws: `DecodingError` when a key is missing (a record holds `figures` or
        ///   `result`) or `result` is not Base64 of ``RunResultCodec``'s bytes.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            unit = try c.decode(WorkUnit.self, forKey: .unit)
            if c.contains(.figures) {
                figures = try c.decode([Double].self, forKey: .figures)
                return
            }
            guard let data = Data(base64Encoded: try c.decode(String.self, forKey: .result)),
                  let result = RunResultCodec.decode([UInt8](data)) else {
                throw DecodingError.dataCorruptedError(forKey: .result, in: c, debugDescription: "not a run result's bytes")
            }
            self.result = result
        }
    }

    /// The `format` of every shard header.
    public static let formatName = "benkang-shard"
    /// The format version this code writes and reads.
    public static let formatVersion = 3
    /// The most work units a job may have (so that a shard's range is computed without overflow).
    public static let maximumUnits = 1_000_000_000_000
    /// The most design points an explore job may have.
    public static let maximumPoints = 10_000_000

    public var header: Header
    /// One record per work unit of the shard, in canonical order.
    public var records: [Record]

    public init(header: Header, records: [Record]) { self.header = header; self.records = records }

    /// The file name of shard I of N: `shard-I-of-N.jsonl`.
    public static func fileName(index: Int, count: Int) -> String { "shard-\(index)-of-\(count).jsonl" }

    /// The JSON encoder of shard lines: sorted keys, non-finite numbers as strings.
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return e
    }

    /// The JSON decoder of shard lines (the encoder's strings for non-finite numbers).
    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }

    /// The file's bytes: the header line, then one line per record.
    /// - Throws: `EncodingError` only for a value JSON cannot hold (none of a run's figures).
    public func encoded() throws -> [UInt8] {
        let e = Self.encoder()
        var bytes = Array(try e.encode(header)) + [0x0A]
        for r in records { bytes += Array(try e.encode(r)) + [0x0A] }
        return bytes
    }

    /// Reads the shard file at `path` (``decode(_:file:)`` of its bytes).
    /// - Throws: `GISError` naming the file: unreadable, or as ``decode(_:file:)``.
    public static func read(path: String) throws -> ShardFile {
        try decode(try FileBytes.read(path: path), file: path)
    }

    /// The header of the shard file at `path`, from its first line alone (what `merge`
    /// needs to start loading the inputs while the records are read); nil when the file
    /// cannot be read or its first line is not this format's header (``read(path:)`` then
    /// says why).
    public static func readHeader(path: String) -> Header? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var line: [UInt8] = []
        while line.count < 1 << 24, let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            if let end = chunk.firstIndex(of: 0x0A) { line += chunk[..<end]; break }
            line += chunk
        }
        guard let header = try? decoder().decode(Header.self, from: Data(line)),
              header.format == formatName, header.version == formatVersion else { return nil }
        return header
    }

    /// The shard file whose bytes are `bytes` (`file` names it in messages): what `merge` reads.
    /// - Throws: `GISError` naming the file and line: not a shard file, another format
    ///   version, a header that does not add up, a line that does not decode, or fewer or
    ///   more records than the header's units. Every damaged line is reported.
    public static func decode(_ bytes: [UInt8], file path: String) throws -> ShardFile {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else {
            throw GISError(file: path, "is empty; expected a shard file (first line: a header with \"format\": \"\(formatName)\")")
        }
        let d = decoder()
        let header: Header
        do {
            header = try d.decode(Header.self, from: Data(first))
        } catch {
            throw GISError(file: path, location: SourceLocation(line: 1, column: 1), "is not a Benkang shard file: the first line is not a shard header (\(decodingReason(error)))")
        }
        guard header.format == formatName, header.version == formatVersion else {
            throw GISError(file: path, location: SourceLocation(line: 1, column: 1), "is a shard of format \(header.format) version \(header.version); this benkang reads \(formatName) version \(formatVersion)")
        }
        let runsRange = ScenarioDecoder.runsRange
        // columns × counties × points × runs, nil when it overflows (a damaged header).
        let jobUnits = [header.countyCount, header.pointCount, header.runs].reduce(Optional(header.columns.count)) { product, factor in
            product.flatMap { p in let (v, overflow) = p.multipliedReportingOverflow(by: factor); return overflow ? nil : v }
        }
        guard header.shards >= 1, header.shards <= ShardSpec.maximumCount, header.shard >= 0, header.shard < header.shards,
              !header.scenarios.isEmpty, header.scenarios.count <= 10_000, runsRange.contains(header.runs),
              !header.columns.isEmpty, header.columns.count <= header.scenarios.count + 1,
              (1...maximumPoints).contains(header.pointCount),
              (1...10_000).contains(header.countyCount),
              header.totalUnits == jobUnits, header.totalUnits <= maximumUnits,
              let spec = ShardSpec(index: header.shard, count: header.shards),
              // Bounds compared one by one: a damaged header's range may be backwards.
              spec.range(of: header.totalUnits).lowerBound == header.unitsFrom,
              spec.range(of: header.totalUnits).upperBound == header.unitsTo else {
            throw GISError(file: path, location: SourceLocation(line: 1, column: 1), "the shard header does not add up (shard \(header.shard)/\(header.shards), \(header.columns.count) scenario(s) × \(header.pointCount) point(s) × \(header.runs) run(s) = \(header.totalUnits) units, units \(header.unitsFrom)..<\(header.unitsTo)); the file is damaged: rerun its task")
        }
        // The records are decoded on every CPU the process may use (one decoder per
        // thread; most of merge's time), then gathered in file order, so the records and
        // the problems are the same on any number of threads.
        let body = Array(lines.dropFirst())
        let decoded = ParallelFor.map(body.count, threads: 0) { k -> DecodedLine in
            if let r = runRecord(body[k]) { return .record(r) }
            do { return .record(try decoder().decode(Record.self, from: Data(body[k]))) } catch {
                return .damaged(decodingReason(error))
            }
        }
        var problems: [Diagnostic] = []
        var records: [Record] = []
        records.reserveCapacity(decoded.count)
        for (k, line) in decoded.enumerated() {
            switch line {
            case .record(let r): records.append(r)
            case .damaged(let reason):
                problems.append(Diagnostic(.error, file: path, location: SourceLocation(line: k + 2, column: 1), "the record does not decode (\(reason)); the shard file is damaged: rerun its task"))
            }
        }
        let expected = header.unitsTo - header.unitsFrom
        if problems.isEmpty && records.count != expected {
            problems.append(Diagnostic(.error, file: path, "holds \(records.count) record(s), its header says \(expected) (units \(header.unitsFrom)..<\(header.unitsTo)); the shard file is incomplete: rerun its task"))
        }
        if !problems.isEmpty { throw GISError(problems) }
        return ShardFile(header: header, records: records)
    }

    /// A `simulate`/`compare` record line as ``encoded()`` writes it, `{"result":"BASE64",
    /// "unit":{…}}`, read without scanning its Base64 as JSON (the JSON decoder's string
    /// scanning and copying was most of the remaining decoding time); nil for any other line,
    /// which the JSON decoder then reads (or names as damaged).
    static func runRecord(_ line: ArraySlice<UInt8>) -> Record? {
        let head = Array(#"{"result":""#.utf8), middle = Array(#"","unit":"#.utf8)
        guard line.starts(with: head), line.last == UInt8(ascii: "}") else { return nil }
        let from = line.startIndex + head.count
        guard let quote = line[from...].firstIndex(of: UInt8(ascii: "\"")),
              line[quote...].starts(with: middle) else { return nil }
        guard let unit = workUnit(line[(quote + middle.count)..<(line.endIndex - 1)]),
              let data = Data(base64Encoded: Data(line[from..<quote])),
              let result = RunResultCodec.decode([UInt8](data)) else { return nil }
        return Record(unit: unit, result: result)
    }

    /// A work unit as ``encoded()`` writes it, `{"county":C,"point":P,"run":R,"scenario":S}`
    /// (non-negative decimal integers of at most 18 digits); nil for any other text.
    static func workUnit(_ json: ArraySlice<UInt8>) -> WorkUnit? {
        var at = json.startIndex
        func expect(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            guard json[at...].starts(with: bytes) else { return false }
            at += bytes.count
            return true
        }
        func number() -> Int? {
            var value = 0, digits = 0
            while at < json.endIndex, json[at] >= 0x30, json[at] <= 0x39, digits < 18 {
                value = value * 10 + Int(json[at] - 0x30); at += 1; digits += 1
            }
            // No leading zero (JSON's rule), and not cut at 18 digits.
            guard digits > 0, !(digits > 1 && json[at - digits] == 0x30), at == json.endIndex || !(0x30...0x39).contains(json[at]) else { return nil }
            return value
        }
        guard expect(#"{"county":"#), let county = number(), expect(#","point":"#), let point = number(),
              expect(#","run":"#), let run = number(), expect(#","scenario":"#), let scenario = number(),
              expect("}"), at == json.endIndex else { return nil }
        return WorkUnit(scenario: scenario, county: county, point: point, run: run)
    }

    /// One record line, decoded or the reason it does not decode.
    private enum DecodedLine: Sendable {
        case record(Record)
        case damaged(String)
    }

    /// A decoding error in a few plain words (never Foundation's text).
    public static func decodingReason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let c)?: return "key \(path(c.codingPath + [key])) missing"
        case .typeMismatch(_, let c)?: return "wrong type at \(path(c.codingPath))"
        case .valueNotFound(_, let c)?: return "null at \(path(c.codingPath))"
        case .dataCorrupted(let c)?: return c.codingPath.isEmpty ? "not JSON" : "bad value at \(path(c.codingPath))"
        default: return "not JSON"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
