#if canImport(Glibc)
import Glibc
#endif

/// Keeps the memory a run frees for the next run instead of giving it back to the
/// system. Every run of an ensemble allocates its household columns (about 1 MB each
/// on a county of 200,000 households) and frees them at its end; with glibc's default
/// settings those blocks are mapped and unmapped, or the heap's top trimmed, run after
/// run, so each run faults its pages in afresh (on the baseline, 35,000 page faults for
/// 8 runs, a tenth of the CPU in the kernel, and the unmapping stops the other thread).
/// With the memory kept, the next run reuses the same pages. Nothing else changes: the
/// same allocations, the same results.
///
/// Only glibc is tuned (`mallopt`, looked up at run time since Swift's Glibc module
/// does not export it); elsewhere, or when it is not found, this does nothing.
public enum FreedMemoryRetention {
    /// Blocks up to 32 MiB (glibc's largest allowed threshold) come from the heap, not
    /// their own mapping; up to 256 MiB free at the heap's top is kept; the heap grows
    /// 16 MiB at a time. Call once, early in a process that runs many runs; calling it
    /// again changes nothing.
    public static func enable() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        // glibc's <malloc.h>: M_TRIM_THRESHOLD -1, M_TOP_PAD -2, M_MMAP_THRESHOLD -3.
        _ = mallopt(-3, 32 << 20)
        _ = mallopt(-1, 256 << 20)
        _ = mallopt(-2, 16 << 20)
        #endif
    }
}
