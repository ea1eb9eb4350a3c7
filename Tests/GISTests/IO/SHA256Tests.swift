import Foundation
import Testing
@testable import GIS

/// SHA-256 as the build stamps and shard headers record it: FIPS 180-4's test vectors, a
/// digest at every length around the block size against Python's hashlib values worked
/// out once, and the shipped geodata folder's stamp still verifying.
@Suite struct SHA256Tests {
    @Test func theFIPSVectorsGiveTheirDigests() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.digest(Array("abc".utf8)).count == 32)
    }

    /// Lengths 55, 56, 63, 64 and 65 (the padding's edge cases), bytes i × 7 mod 256,
    /// against Python's `hashlib.sha256`.
    @Test func thePaddingEdgesGiveHashlibsDigests() {
        for (n, digest) in Self.hashlib {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            #expect(SHA256.hex(bytes) == digest, "length \(n)")
        }
    }

    static let hashlib: [(Int, String)] = [
        (55, "576a1bf8d4478657e6dc4af9398544765c2a92cde28478b019235cfed315fc09"),
        (56, "9b20501dfd1d99161c257950f3444f3e49230c351c5c8e0943ef369f85f5205d"),
        (63, "30b345906b493f06f69444b6521113511c242f30e29840462950035043682f1e"),
        (64, "d8bc63b4fc1156e5e7d95a418b9bf54cd3174bedbc2db40f74895349b229b3c0"),
        (65, "1ee23b0fbcaecc1aff4a9e8f1645f35ab2c8e13609cd73b68df8b5e3f63ce073"),
    ]

    @Test func theShippedGeodataStampStillVerifies() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        try BuildStamp.verify(folder: root + "/geodata", reading: ["county.yaml", "villages.geojson", "townships.geojson"])
    }
}
