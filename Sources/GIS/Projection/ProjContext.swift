import CProj

/// Collects the messages PROJ writes to its log so errors can carry PROJ's own text.
/// Owned by one ``ProjContext``; PROJ calls it only on that context's thread.
final class ProjLog {
    /// Messages kept between drains; later ones are only counted, so a batch with
    /// millions of failing points cannot grow the log without bound.
    static let capacity = 8
    private(set) var messages: [String] = []
    private(set) var dropped = 0

    func append(_ message: String) {
        if messages.count < Self.capacity { messages.append(message) } else { dropped += 1 }
    }

    /// The messages logged since the last call, joined by "; ", and clears them.
    func drain() -> String {
        defer { messages.removeAll(keepingCapacity: true); dropped = 0 }
        let more = dropped > 0 ? "; … \(dropped) more" : ""
        return messages.joined(separator: "; ") + more
    }
}

/// The C log callback: appends PROJ's message to the ``ProjLog`` passed as `app_data`.
private let projLogCallback: PJ_LOG_FUNCTION = { appData, _, text in
    guard let appData, let text else { return }
    let log = Unmanaged<ProjLog>.fromOpaque(appData).takeUnretainedValue()
    log.append(String(cString: text))
}

/// Owns a PROJ context (`PJ_CONTEXT`) and records PROJ's log messages so that errors
/// carry PROJ's own words.
///
/// Network access (PROJ CDN grids) is switched off: everything comes from the
/// installed `proj.db` and grids, so results do not depend on the network.
///
/// Thread confinement: a context and every ``Transformation`` made with it belong to
/// one thread at a time; the type is deliberately not `Sendable`. To work on several
/// threads, ``clone()`` one context per thread (`proj_context_clone`).
public final class ProjContext {
    /// The C handle; never leaves this module's PROJ wrappers.
    let handle: OpaquePointer
    let log: ProjLog

    /// Creates a fresh context that uses the installed `proj.db` offline.
    /// - Throws: ``ProjError`` when PROJ cannot create a context.
    public init() throws {
        guard let ctx = proj_context_create() else {
            throw ProjError(operation: "creating a PROJ context", code: 0, message: "proj_context_create returned NULL")
        }
        self.handle = ctx
        self.log = ProjLog()
        installLog()
    }

    private init(adopting ctx: OpaquePointer) {
        self.handle = ctx
        self.log = ProjLog()
        installLog()
    }

    private func installLog() {
        proj_context_set_enable_network(handle, 0)
        proj_log_level(handle, PJ_LOG_ERROR)
        proj_log_func(handle, Unmanaged.passUnretained(log).toOpaque(), projLogCallback)
    }

    /// A new context with the same settings (`proj_context_clone`), for use on another
    /// thread. Its log is its own.
    /// - Throws: ``ProjError`` when PROJ cannot clone the context.
    public func clone() throws -> ProjContext {
        guard let ctx = proj_context_clone(handle) else {
            throw error(operation: "cloning a PROJ context")
        }
        return ProjContext(adopting: ctx)
    }

    /// A ``ProjError`` for `operation` from the context's errno and the messages logged
    /// since the last error; falls back to `proj_context_errno_string`.
    func error(operation: String, code explicitCode: Int32? = nil) -> ProjError {
        let code = explicitCode ?? proj_context_errno(handle)
        var message = log.drain()
        if message.isEmpty, code != 0, let text = proj_context_errno_string(handle, code) {
            message = String(cString: text)
        }
        if message.isEmpty { message = "unknown failure" }
        return ProjError(operation: operation, code: code, message: message)
    }

    deinit {
        proj_log_func(handle, nil, nil)
        proj_context_destroy(handle)
    }
}
