import CProj

/// A coordinate transformation between two CRSs, made by PROJ from any CRS string it
/// accepts: `EPSG:4545`, a PROJ string (`+proj=utm +zone=48 +datum=WGS84`) or WKT.
///
/// The operation is normalised with `proj_normalize_for_visualization`, so positions
/// are always x = longitude, y = latitude (degrees) or x = easting, y = northing
/// (metres), whatever axis order the CRS's definition declares.
///
/// PROJ's choice of operation is kept on disk (``OperationCache``) when it is a single
/// grid-free pipeline from a geographic CRS, so later processes skip `proj.db`'s search;
/// the kept pipeline gives the very same coordinates.
///
/// ```swift
/// let toPlan = try Transformation(from: "EPSG:4326", to: PlanningCRS.defaultCode)
/// let p = try toPlan.transform(Position(107.0, 30.3))   // ≈ (403802.836, 3353793.458)
/// ```
///
/// Thread confinement: a transformation uses its ``ProjContext`` and belongs to one
/// thread at a time; it is deliberately not `Sendable`. Use
/// ``transformConcurrently(_:threads:)`` to spread work over cores.
public final class Transformation: CustomStringConvertible {
    /// The source CRS as given.
    public let source: String
    /// The target CRS as given.
    public let target: String
    /// The context the PROJ object was created in; kept alive as long as `handle`.
    let context: ProjContext
    /// The C handle (`PJ *`); never leaves this class and its extensions.
    let handle: OpaquePointer

    /// Creates the transformation `source` → `target` (`proj_create_crs_to_crs`).
    ///
    /// A PROJ string without `+type=crs` gets it appended, so `+proj=utm +zone=48
    /// +datum=WGS84` is read as a CRS.
    /// - Parameters:
    ///   - source, target: CRS definitions PROJ accepts.
    ///   - context: the context to create it in; a fresh one when nil.
    /// - Throws: ``ProjError`` carrying PROJ's message, e.g.
    ///   `PROJ: crs not found while creating EPSG:999999 → EPSG:4545`.
    public convenience init(from source: String, to target: String, context: ProjContext? = nil) throws {
        try self.init(from: source, to: target, context: context, cache: OperationCache.shared)
    }

    /// The same with `cache` in place of this process's ``OperationCache`` (nil: none).
    init(from source: String, to target: String, context: ProjContext? = nil, cache: OperationCache?) throws {
        let ctx = try context ?? ProjContext()
        self.source = source
        self.target = target
        self.context = ctx
        self.handle = try Self.create(source, target, in: ctx, cache: cache)
    }

    /// A copy of `other` in `context` (`proj_clone`, or created afresh when PROJ cannot
    /// clone it), for use on the thread that owns `context`. Call it on `other`'s thread.
    /// - Throws: ``ProjError`` when the transformation cannot be created in `context`.
    init(cloning other: Transformation, into context: ProjContext) throws {
        self.source = other.source
        self.target = other.target
        self.context = context
        if let copy = proj_clone(context.handle, other.handle) {
            self.handle = copy
        } else {
            self.handle = try Self.create(other.source, other.target, in: context, cache: OperationCache.shared)
        }
    }

    /// A normalised `PJ *` for `source` → `target` in `ctx`: the pipeline `cache` keeps
    /// for them when it has one, else PROJ's choice (kept in `cache` when it qualifies).
    private static func create(_ source: String, _ target: String, in ctx: ProjContext, cache: OperationCache?) throws -> OpaquePointer {
        _ = ctx.log.drain()
        if let cache, let kept = cache.transformation(source, target, in: ctx) {
            _ = ctx.log.drain()
            return kept
        }
        let operation = "creating \(source) → \(target)"
        guard let raw = proj_create_crs_to_crs(ctx.handle, crsDefinition(source), crsDefinition(target), nil) else {
            throw ctx.error(operation: operation)
        }
        defer { proj_destroy(raw) }
        guard let normalised = proj_normalize_for_visualization(ctx.handle, raw) else {
            throw ctx.error(operation: operation + " (normalising axis order)")
        }
        cache?.store(normalised, source, target, in: ctx)
        return normalised
    }

    /// `definition` with `+type=crs` appended when it is a PROJ string without it.
    static func crsDefinition(_ definition: String) -> String {
        let trimmed = String(definition.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard trimmed.hasPrefix("+") || trimmed.hasPrefix("proj=") else { return definition }
        return trimmed.contains("type=crs") ? trimmed : trimmed + " +type=crs"
    }

    deinit { proj_destroy(handle) }

    /// `source → target`, as given.
    public var description: String { "\(source) → \(target)" }

    /// The position in the target CRS; z is transformed when present.
    /// - Throws: ``ProjError`` naming the position when PROJ cannot transform it.
    public func transform(_ p: Position) throws -> Position {
        var s = CoordinateSequence([p])
        try transformRun(&s, direction: PJ_FWD, firstIndex: 0, place: "")
        return s[0]
    }

    /// The position in the source CRS (`PJ_INV`).
    /// - Throws: ``ProjError`` naming the position when PROJ cannot transform it.
    public func inverse(_ p: Position) throws -> Position {
        var s = CoordinateSequence([p])
        try transformRun(&s, direction: PJ_INV, firstIndex: 0, place: "")
        return s[0]
    }

    /// Transforms every position of `s` in place in one `proj_trans_generic` call, z
    /// too when present.
    /// - Throws: ``ProjError`` naming the index and value of the first position PROJ
    ///   could not transform; `s` is then left unchanged.
    /// - Complexity: O(n) in the positions.
    public func transform(_ s: inout CoordinateSequence) throws {
        try transformRun(&s, direction: PJ_FWD, firstIndex: 0, place: "")
    }

    /// Transforms `s` in place in `direction`; positions are numbered from `firstIndex`
    /// in errors, which say `place` (e.g. "feature 3, ") before the position.
    func transformRun(_ s: inout CoordinateSequence, direction: PJ_DIRECTION, firstIndex: Int, place: String) throws {
        let n = s.count
        guard n > 0 else { return }
        let input = s   // shares storage until the first write copies it
        proj_errno_reset(handle)
        _ = context.log.drain()
        let pair = MemoryLayout<Double>.stride * 2
        let single = MemoryLayout<Double>.stride
        s.xy.withUnsafeMutableBufferPointer { xy in
            let base = xy.baseAddress!
            if s.z != nil {
                s.z!.withUnsafeMutableBufferPointer { z in
                    _ = proj_trans_generic(handle, direction, base, pair, n, base + 1, pair, n,
                                           z.baseAddress, single, n, nil, 0, 0)
                }
            } else {
                _ = proj_trans_generic(handle, direction, base, pair, n, base + 1, pair, n,
                                       nil, 0, 0, nil, 0, 0)
            }
        }
        if let bad = Self.firstNonFinite(s.xy) {
            let code = proj_errno(handle)
            proj_errno_reset(handle)
            let verb = direction == PJ_INV ? "inverse-transforming" : "transforming"
            s = input
            throw context.error(
                operation: "\(verb) \(place)position \(firstIndex + bad) \(Self.format(input[bad])) with \(source) → \(target)",
                code: code)
        }
    }

    /// The index of the first position whose x or y is not finite.
    static func firstNonFinite(_ xy: [Double]) -> Int? {
        var i = 0
        while i < xy.count {
            if !xy[i].isFinite || !xy[i + 1].isFinite { return i / 2 }
            i += 2
        }
        return nil
    }

    static func format(_ p: Position) -> String { "(\(p.x), \(p.y)" + (p.z.map { ", \($0))" } ?? ")") }
}
