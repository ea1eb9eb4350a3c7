import FuzzSupport
import GIS
import Sharding

/// The libFuzzer callback: one input is a shard file's bytes (`shard-I-of-N.jsonl`).
/// `ShardFile.decode`, the reader `benkang merge` uses, must return a shard or throw
/// `GISError` naming a problem; `ShardMerge.check` of the one shard must return or throw.
/// A decoded shard, written with `encoded()`, must decode again and write the same bytes
/// (the same header and records, every village figure to the bit).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzShard(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let shard: ShardFile
    do { shard = try ShardFile.decode(bytes, file: "fuzz.jsonl") } catch let error as GISError {
        precondition(!error.diagnostics.isEmpty, "an error names a problem")
        return 0
    } catch {
        preconditionFailure("ShardFile.decode threw something other than GISError: \(error)")
    }
    do { _ = try ShardMerge.check([shard], paths: ["fuzz.jsonl"]) } catch let error as GISError {
        precondition(!error.diagnostics.isEmpty, "a merge error names a problem")
    } catch {
        preconditionFailure("ShardMerge.check threw something other than GISError: \(error)")
    }
    do {
        let written = try shard.encoded()
        let again = try ShardFile.decode(written, file: "written.jsonl")
        precondition(again.header == shard.header, "the header changed in the round trip")
        precondition(again.records.map(\.unit) == shard.records.map(\.unit), "the units changed in the round trip")
        let rewritten = try again.encoded()
        if rewritten != written {
            fatalError("a shard written, read back and written again differs:\n\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: rewritten, as: UTF8.self))")
        }
    } catch {
        fatalError("a decoded shard does not write and read back: \(error)")
    }
    return 0
}

@main enum FuzzShardMain {
    static func main() { FuzzDriver.run(fuzzShard) }
}
