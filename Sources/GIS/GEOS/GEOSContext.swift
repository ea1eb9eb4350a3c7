import CGEOS

/// A failed GEOS call: the operation that was attempted and GEOS's own message
/// (collected through the context's error handler), for example
/// `GEOS intersection: IllegalArgumentException: Invalid number of points in LinearRing found 3 - must be 0 or >= 4`.
public struct GEOSError: Error, CustomStringConvertible, Sendable {
    /// The operation in Benkang's words ("intersection", "buffer", "convert Polygon to GEOS", …).
    public var operation: String
    /// GEOS's message, or a description of the failure when GEOS gave none.
    public var message: String

    public init(operation: String, message: String) {
        self.operation = operation; self.message = message
    }

    public var description: String { "GEOS \(operation): \(message)" }
}

/// Collects the messages GEOS reports through a context's handlers. Owned by one
/// ``GEOSContext``; the handlers receive it as unretained user data.
final class GEOSMessageLog {
    var errors: [String] = []
    var notices: [String] = []
}

/// Owns a `GEOSContextHandle_t` from `GEOS_init_r`, freed with `GEOS_finish_r`; collects
/// GEOS's notice and error messages through `GEOSContext_setErrorMessageHandler_r` so
/// errors carry GEOS's own text.
///
/// Not `Sendable`: a context and every geometry handle made from it belong to one
/// thread. Make one context per thread; values that cross threads are plain
/// ``Geometry`` values.
public final class GEOSContext {
    /// The C handle. It never leaves the GEOS wrapper types of this module.
    let handle: GEOSContextHandle_t
    private let log: GEOSMessageLog

    /// Creates a GEOS context with error and notice handlers installed.
    /// - Throws: ``GEOSError`` when GEOS cannot allocate a context.
    public init() throws {
        guard let handle = GEOS_init_r() else {
            throw GEOSError(operation: "GEOS_init_r", message: "GEOS could not create a context")
        }
        self.handle = handle
        self.log = GEOSMessageLog()
        let userData = Unmanaged.passUnretained(log).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let message, let userData else { return }
            Unmanaged<GEOSMessageLog>.fromOpaque(userData).takeUnretainedValue()
                .errors.append(String(cString: message))
        }, userData)
        _ = GEOSContext_setNoticeMessageHandler_r(handle, { message, userData in
            guard let message, let userData else { return }
            let log = Unmanaged<GEOSMessageLog>.fromOpaque(userData).takeUnretainedValue()
            log.notices.append(String(cString: message))
            if log.notices.count > 64 { log.notices.removeFirst(log.notices.count - 64) }
        }, userData)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The notices GEOS reported since the last call (for example validity notes),
    /// oldest first; at most the last 64 are kept.
    public func takeNotices() -> [String] {
        defer { log.notices.removeAll() }
        return log.notices
    }

    /// Forgets earlier error messages; called before each GEOS call so that an error
    /// names only what that call reported.
    func clearErrors() { log.errors.removeAll(keepingCapacity: true) }

    /// The error for a failed call of `operation`, carrying GEOS's last message.
    func error(_ operation: String, fallback: String = "GEOS reported a failure without a message") -> GEOSError {
        let message = log.errors.last ?? fallback
        log.errors.removeAll(keepingCapacity: true)
        return GEOSError(operation: operation, message: message)
    }
}
