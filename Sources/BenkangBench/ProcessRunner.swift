import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one command as a whole process and times it from spawn to reaping.
///
/// Started with `posix_spawn` and reaped with a blocking `waitpid`, not Foundation's
/// `Process`: on Linux `Process.waitUntilExit()` polls a run loop every 50 ms, so a
/// process was reaped up to 50 ms after it ended (measured on `/bin/true`: 2 ms or 52 ms),
/// which added 0–50 ms at random to every timed run and pulled the ratios of the short
/// rows (the household loop, min-cost flow, the base map, `simulate --runs 8`) toward 1.
enum ProcessRunner {
    /// Runs `command` to its end with standard input from /dev/null; standard output is
    /// parsed for `work-seconds: S`, the last 400 characters of standard error are kept
    /// for a failure message. A process ended by a signal has status 128 + the signal.
    /// - Throws: `SpawnError` when the process cannot be started (or its pipes made).
    static func run(_ command: TimedCommand) throws -> ProcessRun {
        var environment = ProcessInfo.processInfo.environment
        for name in command.unsetEnvironment { environment.removeValue(forKey: name) }
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { throw SpawnError(command: command.display) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            throw SpawnError(command: command.display)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command.executable, &actions, nil, argv, envp)
        close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw SpawnError(command: command.display)
        }
        // Both pipes read to their end (a full pipe would stall the child): standard
        // error on another thread, standard output on this one.
        nonisolated(unsafe) var errBytes: [UInt8] = []
        let errFD = errPipe[0]
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errBytes = readToEnd(errFD); group.leave() }
        let outBytes = readToEnd(outPipe[0])
        group.wait()
        close(outPipe[0]); close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        // <sys/wait.h>: exited when the low 7 bits are 0, its code in bits 8–15.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        var work: Double?
        let lines = String(decoding: outBytes, as: UTF8.self).split(separator: "\n")
        for line in lines where line.hasPrefix("work-seconds:") {
            work = Double(line.dropFirst("work-seconds:".count).trimmingCharacters(in: .whitespaces))
        }
        let errText = String(decoding: errBytes.suffix(400), as: UTF8.self)
        return ProcessRun(status: exitStatus, seconds: seconds, workSeconds: work, errorTail: errText, lines: lines)
    }

    /// Every byte readable from `fd` until end of file (or a read error).
    private static func readToEnd(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            return bytes
        }
    }

    struct SpawnError: Error, CustomStringConvertible {
        var command: String
        var description: String { "cannot start \(command)" }
    }
}
