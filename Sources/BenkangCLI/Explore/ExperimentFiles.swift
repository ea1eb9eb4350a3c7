import Cartography
import Foundation
import Experiments
import GIS
import Reports

/// The files of an experiment folder other than results.csv: design.csv before the
/// runs, then the analyses (tables as CSV, charts as SVG). docs/experiments.md lists them.
enum ExperimentFiles {
    static func csv(_ rows: [[String]], bom: Bool) -> [UInt8] {
        let text = rows.map { $0.map(CSVWriter.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
        return (bom ? UTF8Text.byteOrderMark : []) + Array(text.utf8)
    }

    static func number(_ v: Double) -> String { NumberText.format(v) }

    /// design.csv: one row per point with its place in the design and the factor values.
    static func design(_ e: Experiment, _ d: ExperimentDesign, bom: Bool) -> [UInt8] {
        let place: [String]
        switch d.kind {
        case .morris: place = ["trajectory", "step"]
        case .sobol: place = ["row", "matrix"]
        case .grid, .latinHypercube: place = []
        }
        var rows = [["point"] + place + e.factors.map(\.name)]
        let n = e.factors.count
        for p in 0..<d.count {
            var row = [String(p)]
            switch d.kind {
            case .morris: row += [String(p / d.blockSize), String(p % d.blockSize)]
            case .sobol:
                let k = p % d.blockSize
                row += [String(p / d.blockSize), k == 0 ? "A" : k == n + 1 ? "B" : "AB_\(e.factors[k - 1].name)"]
            case .grid, .latinHypercube: break
            }
            rows.append(row + d.values[p].map(number))
        }
        return csv(rows, bom: bom)
    }

    /// points-by-county.csv of an experiment over a region: for each point and county (in
    /// `codes` order) the factors, each output's statistic over that county's runs and
    /// whether the constraints hold for it, as points.csv gives them for the region.
    static func pointsByCounty(_ e: Experiment, _ d: ExperimentDesign, _ points: [PointResult], codes: [String], bom: Bool) -> [UInt8] {
        var rows = [["point", "county"] + e.factors.map(\.name) + e.outputs.map(\.name) + ["meets_constraints"]]
        let perCounty = codes.indices.map { c in ExperimentAnalysis.pointStatistics(e, values: points.map { $0.countyValues[c] }) }
        for p in points.indices {
            for (c, code) in codes.enumerated() {
                rows.append([String(p), code] + d.values[p].map(number) + perCounty[c].statistics[p].map(number)
                            + [perCounty[c].meetsConstraints[p] ? "yes" : "no"])
            }
        }
        return csv(rows, bom: bom)
    }

    /// Every analysis file: name and bytes.
    static func analyses(_ e: Experiment, _ d: ExperimentDesign, _ a: ExperimentAnalysis, bom: Bool) -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        var points = [["point"] + e.factors.map(\.name) + e.outputs.map(\.name) + ["meets_constraints"] + (a.ofInterest != nil ? ["of_interest"] : [])]
        for p in 0..<d.count {
            points.append([String(p)] + d.values[p].map(number) + a.statistics[p].map(number) + [a.meetsConstraints[p] ? "yes" : "no"]
                          + (a.ofInterest.map { [$0[p] ? "yes" : "no"] } ?? []))
        }
        files.append(("points.csv", csv(points, bom: bom)))
        if !a.morris.isEmpty {
            var rows = [["output", "factor", "rank", "mu_star", "mu", "sigma", "effects"]]
            for (output, indices) in a.morris {
                let ranked = indices.enumerated().sorted { $0.element.muStar > $1.element.muStar || ($0.element.muStar == $1.element.muStar && $0.offset < $1.offset) }
                for (rank, m) in ranked.enumerated() {
                    rows.append([output, m.element.factor, String(rank + 1), number(m.element.muStar), number(m.element.mu), number(m.element.sigma), String(m.element.effects)])
                }
                let chart = SensitivityTornado.chart(title: "Morris: \(output)（μ* 与 σ）", valueName: "μ*（平均绝对基本效应）", secondaryName: "σ",
                                                     items: indices.map { .init(label: $0.factor, value: $0.muStar, secondary: $0.sigma) })
                files.append(("morris-\(fileName(output)).svg", SVGWriter.bytes(chart)))
            }
            files.append(("morris.csv", csv(rows, bom: bom)))
        }
        if !a.sobol.isEmpty {
            var rows = [["output", "factor", "s1", "s1_low", "s1_high", "st", "st_low", "st_high"]]
            for (output, indices) in a.sobol {
                for s in indices {
                    rows.append([output, s.factor, number(s.first), number(s.firstInterval.lowerBound), number(s.firstInterval.upperBound),
                                 number(s.total), number(s.totalInterval.lowerBound), number(s.totalInterval.upperBound)])
                }
                let chart = SensitivityIndexBars.chart(title: "Sobol: \(output)（一阶与总效应指数，95 % 区间）", firstName: "S1 一阶", totalName: "ST 总效应",
                                                       items: indices.map { .init(label: $0.factor, first: $0.first, firstInterval: $0.firstInterval, total: $0.total, totalInterval: $0.totalInterval) })
                files.append(("sobol-\(fileName(output)).svg", SVGWriter.bytes(chart)))
            }
            files.append(("sobol.csv", csv(rows, bom: bom)))
        }
        if let prim = a.prim {
            var rows = [["step", "box", "points", "mass", "coverage", "density"] + e.factors.flatMap { [$0.name + "_low", $0.name + "_high"] }]
            func row(_ step: String, _ kind: String, _ b: PRIMBox) -> [String] {
                [step, kind, String(b.count), number(b.mass), number(b.coverage), number(b.density)] + b.bounds.flatMap { [number($0.lowerBound), number($0.upperBound)] }
            }
            for (k, b) in prim.trajectory.enumerated() { rows.append(row(String(k), k == prim.chosen ? "chosen" : "peel", b)) }
            rows.append(row(String(prim.chosen), "pasted", prim.pasted))
            files.append(("prim.csv", csv(rows, bom: bom)))
        }
        if d.kind == .grid, e.factors.count == 2 {
            let xs = Array(Set(d.values.map { $0[0] })).sorted(), ys = Array(Set(d.values.map { $0[1] })).sorted()
            var outlined = Set<[Int]>()
            if let box = a.prim?.pasted {
                for v in d.values where box.bounds[0].contains(v[0]) && box.bounds[1].contains(v[1]) {
                    outlined.insert([xs.firstIndex(of: v[0])!, ys.firstIndex(of: v[1])!])
                }
            }
            for (o, output) in e.outputs.enumerated() {
                var cells = [[Double]](repeating: [Double](repeating: .nan, count: ys.count), count: xs.count)
                for p in 0..<d.count { cells[xs.firstIndex(of: d.values[p][0])!][ys.firstIndex(of: d.values[p][1])!] = a.statistics[p][o] }
                let chart = SensitivityHeatMap.chart(title: "\(output.name)" + (outlined.isEmpty ? "" : "（框：PRIM 情景发现）"),
                                                     xName: e.factors[0].name, yName: e.factors[1].name, xValues: xs, yValues: ys,
                                                     cells: cells, outlined: outlined)
                files.append(("grid-\(fileName(output.name)).svg", SVGWriter.bytes(chart)))
            }
        }
        return files
    }

    /// A name safe in a file name: letters, digits, `_` and `-`; anything else becomes `_`.
    static func fileName(_ s: String) -> String {
        String(s.unicodeScalars.map { c in ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" ? Character(c) : "_" })
    }

    /// The summary printed when the analyses are written.
    static func summary(_ e: Experiment, _ a: ExperimentAnalysis) -> String {
        var out = ""
        for (output, indices) in a.morris {
            out += "Morris \(output) (μ*, σ; per unit of each factor's range):\n"
            for m in indices.sorted(by: { $0.muStar > $1.muStar }) {
                out += "  \(m.factor.padding(toLength: 48, withPad: " ", startingAt: 0)) μ* \(SensitivityText.short(m.muStar))  σ \(SensitivityText.short(m.sigma))\n"
            }
        }
        for (output, indices) in a.sobol {
            out += "Sobol \(output) (S1 [95 %], ST [95 %]):\n"
            for s in indices.sorted(by: { $0.total > $1.total }) {
                out += "  \(s.factor.padding(toLength: 48, withPad: " ", startingAt: 0)) S1 \(SensitivityText.short(s.first)) [\(SensitivityText.short(s.firstInterval.lowerBound)), \(SensitivityText.short(s.firstInterval.upperBound))]"
                out += "  ST \(SensitivityText.short(s.total)) [\(SensitivityText.short(s.totalInterval.lowerBound)), \(SensitivityText.short(s.totalInterval.upperBound))]\n"
            }
        }
        if let prim = a.prim, let ofInterest = a.ofInterest {
            let b = prim.pasted
            out += "PRIM: \(ofInterest.filter { $0 }.count) of \(ofInterest.count) points meet the condition; box (pasted): coverage \(SensitivityText.short(b.coverage)), density \(SensitivityText.short(b.density)), \(b.count) points\n"
            for (f, r) in zip(e.factors, b.bounds) where r != f.bounds {
                out += "  \(f.name): \(SensitivityText.short(r.lowerBound)) … \(SensitivityText.short(r.upperBound)) (of \(SensitivityText.short(f.bounds.lowerBound)) … \(SensitivityText.short(f.bounds.upperBound)))\n"
            }
        }
        for s in a.skipped { out += "note: \(s)\n" }
        return out
    }
}

/// Numbers in the printed summary: 3 significant digits.
enum SensitivityText {
    static func short(_ v: Double) -> String {
        guard v.isFinite else { return "—" }
        if abs(v) >= 1000 { return String(Int(v.rounded())) }
        var s = String(format: "%.3g", v)
        if s == "-0" { s = "0" }
        return s
    }
}
