import Foundation
import GIS
import Testing
@testable import Experiments

/// The estimators on functions whose indices are known.
@Suite struct EstimatorTests {
    /// Ishigami (a = 7, b = 0.1) on [−π, π]³.
    static func ishigami(_ x: [Double]) -> Double {
        sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])
    }

    @Test func sobolIndicesOfIshigami() throws {
        let units = SaltelliDesign.points(samples: 4096, dimensions: 3)
        let y = units.map { u in Self.ishigami(u.map { -Double.pi + 2 * Double.pi * $0 }) }
        let s = try #require(SobolAnalysis.indices(outputs: y, factors: ["x1", "x2", "x3"], bootstrap: 100, seed: 1))
        // Analytic: S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
        let first = [0.3139, 0.4424, 0.0], total = [0.5576, 0.4424, 0.2437]
        for i in 0..<3 {
            #expect(abs(s[i].first - first[i]) < 0.03, "S1[\(i)] = \(s[i].first)")
            #expect(abs(s[i].total - total[i]) < 0.03, "ST[\(i)] = \(s[i].total)")
            #expect(s[i].firstInterval.contains(s[i].first) && s[i].totalInterval.contains(s[i].total))
            #expect(s[i].firstInterval.upperBound - s[i].firstInterval.lowerBound < 0.15)
        }
    }

    @Test func sobolIntervalsWidenWithFewerSamples() throws {
        func width(_ n: Int) throws -> Double {
            let units = SaltelliDesign.points(samples: n, dimensions: 3)
            let y = units.map { u in Self.ishigami(u.map { -Double.pi + 2 * Double.pi * $0 }) }
            let s = try #require(SobolAnalysis.indices(outputs: y, factors: ["a", "b", "c"], bootstrap: 200, seed: 3))
            return s[0].totalInterval.upperBound - s[0].totalInterval.lowerBound
        }
        #expect(try width(128) > 2 * width(2048))
    }

    @Test func sobolSequenceStratifiesEveryDimension() {
        let k = 6, n = 1 << k
        let points = SobolSequence(dimensions: 40).points(n)
        for j in 0..<40 {
            let cells = Set(points.map { Int($0[j] * Double(n)) })
            #expect(cells.count == n, "dimension \(j + 1)")
        }
        // Two dimensions together: every 1/8 × 1/8 cell holds one of the first 64 points.
        let pairs = Set(points.map { [Int($0[0] * 8), Int($0[1] * 8)] })
        #expect(pairs.count == 64)
    }

    /// y = 10·x1 + 3·x2 + 4·x3·x4 + 0·x5 on [0, 1]^5: μ*(x1) = 10 exactly (σ = 0),
    /// x2: 3 (σ = 0), x3 and x4 interact (σ > 0), x5 has no effect.
    @Test func morrisOrdersFactors() {
        var random = Xoshiro256StarStar(seed: 9)
        let units = MorrisDesign.points(trajectories: 20, dimensions: 5, levels: 4, random: &random)
        #expect(units.count == 20 * 6)
        let y = units.map { 10 * $0[0] + 3 * $0[1] + 4 * $0[2] * $0[3] }
        let m = MorrisAnalysis.indices(units: units, outputs: y, factors: ["x1", "x2", "x3", "x4", "x5"])
        #expect(abs(m[0].muStar - 10) < 1e-9 && abs(m[0].mu - 10) < 1e-9 && m[0].sigma < 1e-9)
        #expect(abs(m[1].muStar - 3) < 1e-9 && m[1].sigma < 1e-9)
        #expect(m[2].sigma > 0.1 && m[3].sigma > 0.1)
        #expect(m[4].muStar == 0)
        #expect(m[1].muStar > m[2].muStar && m[2].muStar > m[4].muStar)
        #expect(m.allSatisfy { $0.effects == 20 })
        // Every step moves one factor by Δ = 2/3.
        for t in 0..<20 { for k in 0..<5 {
            let a = units[t * 6 + k], b = units[t * 6 + k + 1]
            let changed = (0..<5).filter { a[$0] != b[$0] }
            #expect(changed.count == 1 && abs(abs(b[changed[0]] - a[changed[0]]) - 2.0 / 3) < 1e-12)
        } }
    }

    /// Points of interest in [0.6, 1] × [0, 0.4] of the unit square.
    @Test func primFindsSyntheticBox() throws {
        var random = Xoshiro256StarStar(seed: 5)
        let x = (0..<2000).map { _ in [random.nextUnit(), random.nextUnit(), random.nextUnit()] }
        let y = x.map { $0[0] >= 0.6 && $0[1] <= 0.4 }
        let r = try #require(PRIM.discover(x: x, y: y, bounds: [0...1, 0...1, 0...1], peelFraction: 0.05,
                                           minimumMass: 0.05, minimumDensity: 0.9))
        let box = r.pasted
        #expect(box.density >= 0.9 && box.coverage >= 0.85, "\(box)")
        #expect(abs(box.bounds[0].lowerBound - 0.6) < 0.05 && abs(box.bounds[1].upperBound - 0.4) < 0.05)
        #expect(box.bounds[2].lowerBound < 0.05 && box.bounds[2].upperBound > 0.95)   // the third factor does not matter
        #expect(r.trajectory.first!.mass == 1 && r.trajectory.first!.coverage == 1)
        #expect(zip(r.trajectory, r.trajectory.dropFirst()).allSatisfy { $1.mass < $0.mass })
    }

    @Test func latinHypercubeHasOnePointPerStratum() {
        var random = Xoshiro256StarStar(seed: 2)
        let p = LatinHypercube.points(count: 50, dimensions: 4, random: &random)
        for j in 0..<4 { #expect(Set(p.map { Int($0[j] * 50) }).count == 50) }
    }
}
