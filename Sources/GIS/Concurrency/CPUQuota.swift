import Foundation

/// The CPU time a Linux control group allows this process, as a whole number of CPUs:
/// the cgroup v2 `cpu.max` (`QUOTA PERIOD`, or `max PERIOD` for none) of the process's
/// group and every group above it, else the cgroup v1 `cpu.cfs_quota_us` ÷
/// `cpu.cfs_period_us` (−1: none) of its `cpu` controller group and those above it; the
/// least over the groups, rounded up (a quota of 1.5 CPUs lets 2 threads run part time).
/// Nil when no quota is set or the files cannot be read (not Linux, no cgroup mounted).
public enum CPUQuota {
    /// The quota of this process in CPUs (read once per call; ``ParallelFor`` keeps it).
    public static func processCPUs(root: String = "/sys/fs/cgroup", procSelf: String = "/proc/self") -> Int? {
        guard let text = try? String(contentsOfFile: procSelf + "/cgroup", encoding: .utf8) else { return nil }
        var least: Int?
        func take(_ n: Int?) { if let n { least = min(least ?? n, n) } }
        for line in text.split(separator: "\n") {
            // "hierarchy-id:controllers:path"; v2 is "0::path".
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let path = String(fields[2])
            if fields[0] == "0" && fields[1].isEmpty {
                for dir in ancestors(path) {
                    // The unified hierarchy is at the root, or beside v1 as "unified".
                    for base in [root, root + "/unified"] {
                        take(read(base + dir + "/cpu.max").flatMap(cpus(cpuMax:)))
                    }
                }
            } else if fields[1].split(separator: ",").contains("cpu") {
                for dir in ancestors(path) {
                    for base in [root + "/cpu", root + "/cpu,cpuacct", root + "/cpuacct,cpu"] {
                        if let q = read(base + dir + "/cpu.cfs_quota_us").flatMap({ Int($0) }),
                           let p = read(base + dir + "/cpu.cfs_period_us").flatMap({ Int($0) }) {
                            take(cpus(quotaMicroseconds: q, periodMicroseconds: p))
                        }
                    }
                }
            }
        }
        return least
    }

    /// CPUs from a cgroup v2 `cpu.max` line ("200000 100000" → 2; "max 100000" → nil).
    public static func cpus(cpuMax: String) -> Int? {
        let f = cpuMax.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard f.count >= 1, let quota = Int(f[0]) else { return nil }
        let period = f.count >= 2 ? Int(f[1]) ?? 100_000 : 100_000
        return cpus(quotaMicroseconds: quota, periodMicroseconds: period)
    }

    /// CPUs from a quota and period in microseconds (quota ≤ 0: none); ⌈quota ÷ period⌉, at least 1.
    public static func cpus(quotaMicroseconds quota: Int, periodMicroseconds period: Int) -> Int? {
        guard quota > 0, period > 0 else { return nil }
        return max(1, (quota + period - 1) / period)
    }

    /// "/a/b" → ["/a/b", "/a", ""] (the group and those above it, the root last).
    static func ancestors(_ path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        var out: [String] = []
        while true {
            out.append(parts.isEmpty ? "" : "/" + parts.joined(separator: "/"))
            if parts.isEmpty { break }
            parts.removeLast()
        }
        return out
    }

    private static func read(_ path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
