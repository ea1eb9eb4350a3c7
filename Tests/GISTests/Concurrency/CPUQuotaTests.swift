import Foundation
import Testing
@testable import GIS

@Suite struct CPUQuotaTests {
    @Test func cpuMaxLinesGiveWholeCPUsRoundedUp() {
        #expect(CPUQuota.cpus(cpuMax: "200000 100000") == 2)
        #expect(CPUQuota.cpus(cpuMax: "150000 100000\n") == 2)
        #expect(CPUQuota.cpus(cpuMax: "50000 100000") == 1)
        #expect(CPUQuota.cpus(cpuMax: "max 100000") == nil)
        #expect(CPUQuota.cpus(cpuMax: "") == nil)
        #expect(CPUQuota.cpus(quotaMicroseconds: -1, periodMicroseconds: 100_000) == nil)
        #expect(CPUQuota.cpus(quotaMicroseconds: 400_000, periodMicroseconds: 100_000) == 4)
    }

    @Test func ancestorsRunFromTheGroupToTheRoot() {
        #expect(CPUQuota.ancestors("/a/b") == ["/a/b", "/a", ""])
        #expect(CPUQuota.ancestors("/") == [""])
    }

    /// A fake cgroup tree: the least quota over the process's group and its parents wins.
    @Test func theLeastQuotaOverTheHierarchyIsRead() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cpuquota-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        // cgroup v2: the job's group allows 3 CPUs, its parent 2.
        try write(base + "/v2/proc/cgroup", "0::/slurm/job7\n")
        try write(base + "/v2/fs/slurm/job7/cpu.max", "300000 100000\n")
        try write(base + "/v2/fs/slurm/cpu.max", "200000 100000\n")
        try write(base + "/v2/fs/cpu.max", "max 100000\n")
        #expect(CPUQuota.processCPUs(root: base + "/v2/fs", procSelf: base + "/v2/proc") == 2)
        // cgroup v1: cpu,cpuacct controller with a quota of 1.5 CPUs.
        try write(base + "/v1/proc/cgroup", "4:memory:/docker/x\n2:cpu,cpuacct:/docker/x\n")
        try write(base + "/v1/fs/cpu,cpuacct/docker/x/cpu.cfs_quota_us", "150000\n")
        try write(base + "/v1/fs/cpu,cpuacct/docker/x/cpu.cfs_period_us", "100000\n")
        #expect(CPUQuota.processCPUs(root: base + "/v1/fs", procSelf: base + "/v1/proc") == 2)
        // No quota anywhere.
        try write(base + "/none/proc/cgroup", "0::/\n")
        try write(base + "/none/fs/cpu.max", "max 100000\n")
        #expect(CPUQuota.processCPUs(root: base + "/none/fs", procSelf: base + "/none/proc") == nil)
        #expect(CPUQuota.processCPUs(root: base + "/missing", procSelf: base + "/missing") == nil)
    }
}
