#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import CProj

/// A cache on disk of the coordinate operations PROJ chose, as PROJ pipelines, so that a
/// later process makes the same ``Transformation`` without asking `proj.db` again.
///
/// Why: `proj_create_crs_to_crs` from WGS 84 (every GeoJSON file) to a CGCS2000
/// projection (EPSG:4545 …) searches `proj.db` for a datum transformation through every
/// intermediate CRS, finds none and settles on PROJ's ballpark offset: 37–50 ms of SQLite
/// queries in every process (a third of a one-run `simulate`'s fixed cost; measured with
/// PROJ 9.1.1 on this machine), against 0.06 ms to create the same pipeline from its
/// PROJ string.
///
/// What is kept: only an operation PROJ chose alone (no alternatives to choose among by
/// area at transform time), using no grid file, from a geographic 2D source CRS, whose
/// pipeline, created again from its PROJ string, gives the very same bits as PROJ's own
/// object forwards and backwards on a grid of probe points over the operation's area of
/// use. Anything else is made by PROJ every time, as before.
///
/// The key: the source and target definitions, PROJ's version, `PROJ_DATA`/`PROJ_LIB`,
/// and the size and modification time of every folder on PROJ's search path and of its
/// `proj.db` (a grid installed in a folder changes the folder's time). A file is
/// `<SHA-256 of the key>.pipeline`: a header line, the source, the target, the pipeline.
/// A file that does not say the same source and target, or that PROJ cannot read, is
/// ignored and replaced.
///
/// Where: `$BENKANG_CACHE_DIR/proj`, else `$XDG_CACHE_HOME/benkang/proj`, else
/// `$HOME/.cache/benkang/proj`; `BENKANG_CACHE_DIR=off` turns the cache off. A folder
/// that cannot be made or written leaves the cache unused, without an error: the cache
/// only saves time, it never changes a result.
struct OperationCache: Sendable {
    /// The folder of the `.pipeline` files.
    let directory: String

    static let header = "benkang PROJ operation cache 1"

    /// The cache of this process's environment; nil when turned off or without a home.
    static let shared: OperationCache? = {
        func env(_ name: String) -> String? {
            guard let v = getenv(name) else { return nil }
            let s = String(cString: v)
            return s.isEmpty ? nil : s
        }
        if let dir = env("BENKANG_CACHE_DIR") { return dir == "off" ? nil : OperationCache(directory: dir + "/proj") }
        if let xdg = env("XDG_CACHE_HOME") { return OperationCache(directory: xdg + "/benkang/proj") }
        if let home = env("HOME") { return OperationCache(directory: home + "/.cache/benkang/proj") }
        return nil
    }()

    /// The pipeline kept for `source` → `target`, created in `ctx`; nil when none is kept
    /// (or the file is not one of ours, or PROJ cannot create it).
    func transformation(_ source: String, _ target: String, in ctx: ProjContext) -> OpaquePointer? {
        guard let path = path(source, target),
              let bytes = try? FileBytes.read(path: path),
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == Self.header, lines[1] == source, lines[2] == target else { return nil }
        return proj_create(ctx.handle, String(lines[3]))
    }

    /// Keeps `operation` (PROJ's normalised choice for `source` → `target`) when it
    /// qualifies (see the type's comment); failures to write are ignored.
    func store(_ operation: OpaquePointer, _ source: String, _ target: String, in ctx: ProjContext) {
        guard Self.qualifies(operation, source: source, in: ctx), let path = path(source, target),
              let pipeline = proj_as_proj_string(ctx.handle, operation, PJ_PROJ_5, nil).map({ String(cString: $0) }),
              !pipeline.contains("\n"), !source.contains("\n"), !target.contains("\n"),
              let copy = proj_create(ctx.handle, pipeline) else { _ = ctx.log.drain(); return }
        defer { proj_destroy(copy) }
        guard Self.sameBits(operation, copy, in: ctx) else { _ = ctx.log.drain(); return }
        _ = ctx.log.drain()
        var info = stat()
        if stat(directory, &info) != 0 { Self.makeDirectories(directory) }
        try? AtomicFile.write("\(Self.header)\n\(source)\n\(target)\n\(pipeline)\n", to: path)
    }

    /// The file for `source` → `target` under this PROJ installation. The installation
    /// is named by PROJ's search path (`proj_info`; asking the context for its database
    /// path would open `proj.db`, 5–6 ms): each folder's and its `proj.db`'s size and time.
    func path(_ source: String, _ target: String) -> String? {
        let info = proj_info()
        guard let version = info.version.map({ String(cString: $0) }),
              let searchPath = info.searchpath.map({ String(cString: $0) }), !searchPath.isEmpty else { return nil }
        func stamp(_ path: String) -> String {
            var status = stat()
            guard stat(path, &status) == 0 else { return "\(path):-" }
            return "\(path):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        func env(_ name: String) -> String { getenv(name).map { String(cString: $0) } ?? "-" }
        let folders = searchPath.split(separator: ":").flatMap { [stamp(String($0)), stamp($0 + "/proj.db")] }
        let key = [Self.header, source, target, version, env("PROJ_DATA"), env("PROJ_LIB")] + folders
        return directory + "/" + SHA256.hex(Array(key.joined(separator: "\0").utf8)) + ".pipeline"
    }

    /// Whether `operation` is one coordinate operation without grids from a geographic 2D CRS.
    static func qualifies(_ operation: OpaquePointer, source: String, in ctx: ProjContext) -> Bool {
        let single: Set<PJ_TYPE> = [PJ_TYPE_CONVERSION, PJ_TYPE_TRANSFORMATION, PJ_TYPE_CONCATENATED_OPERATION,
                                    PJ_TYPE_OTHER_COORDINATE_OPERATION]
        guard single.contains(proj_get_type(operation)),
              proj_coordoperation_get_grid_used_count(ctx.handle, operation) == 0,
              let crs = proj_create(ctx.handle, Transformation.crsDefinition(source)) else { return false }
        defer { proj_destroy(crs) }
        return proj_get_type(crs) == PJ_TYPE_GEOGRAPHIC_2D_CRS
    }

    /// Whether `a` and `b` give the same bits forwards, and backwards from `a`'s results,
    /// on a 17 × 17 grid over `a`'s area of use (the whole globe when it has none).
    static func sameBits(_ a: OpaquePointer, _ b: OpaquePointer, in ctx: ProjContext) -> Bool {
        var west = -180.0, south = -90.0, east = 180.0, north = 90.0
        if proj_get_area_of_use(ctx.handle, a, &west, &south, &east, &north, nil) == 0 || west > east || south > north {
            (west, south, east, north) = (-180, -90, 180, 90)
        }
        let steps = 16
        var probe: [Double] = []
        for i in 0...steps {
            for j in 0...steps {
                probe.append(west + (east - west) * Double(i) / Double(steps))
                probe.append(south + (north - south) * Double(j) / Double(steps))
            }
        }
        func run(_ pj: OpaquePointer, _ direction: PJ_DIRECTION, _ values: [Double]) -> [UInt64] {
            var xy = values
            let n = xy.count / 2, pair = MemoryLayout<Double>.stride * 2
            xy.withUnsafeMutableBufferPointer { p in
                _ = proj_trans_generic(pj, direction, p.baseAddress!, pair, n, p.baseAddress! + 1, pair, n, nil, 0, 0, nil, 0, 0)
            }
            proj_errno_reset(pj)
            return xy.map(\.bitPattern)
        }
        let forward = run(a, PJ_FWD, probe)
        guard forward == run(b, PJ_FWD, probe) else { return false }
        let projected = forward.map(Double.init(bitPattern:))
        return run(a, PJ_INV, projected) == run(b, PJ_INV, projected)
    }

    /// Makes `path` and its missing parents (mode 0755); failures are left to the write.
    static func makeDirectories(_ path: String) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            mkdir(prefix, 0o755)
        }
    }
}
