import Foundation
import CSQLite

/// A failure reported by SQLite: what was being done and SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var message: String
    public var description: String { "SQLite: \(message) while \(operation)" }
}

/// One value bound to a statement parameter or stored in a column.
public enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// An open SQLite database file (`sqlite3 *`), used by one thread at a time; the C
/// handle never leaves this class.
final class SQLiteDatabase {
    private let handle: OpaquePointer

    /// Opens (creating) the database at `path`.
    /// - Throws: ``SQLiteError`` when SQLite cannot open it.
    init(path: String, flags: Int32 = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) throws {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close(db) }
            throw SQLiteError(operation: "opening \(path)", message: message)
        }
        handle = db
    }

    deinit { sqlite3_close(handle) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more statements without parameters.
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw SQLiteError(operation: "running \(sql.prefix(80))", message: lastMessage)
        }
    }

    /// Runs `sql` once per row of `rows`, binding the row's values to `?1`, `?2`, ….
    func execute(_ sql: String, rows: [[SQLiteValue]]) throws {
        try withStatement(sql) { statement in
            for row in rows {
                sqlite3_reset(statement)
                sqlite3_clear_bindings(statement)
                try bind(row, to: statement, sql: sql)
                guard sqlite3_step(statement) == SQLITE_DONE else {
                    throw SQLiteError(operation: "running \(sql.prefix(80))", message: lastMessage)
                }
            }
        }
    }

    /// Runs `body` with the prepared statement of `sql`, finalised afterwards.
    func withStatement<T>(_ sql: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(operation: "preparing \(sql.prefix(80))", message: lastMessage)
        }
        defer { sqlite3_finalize(statement) }
        return try body(statement)
    }

    /// Binds `row`'s values to `?1`, `?2`, … of `statement`.
    func bind(_ row: [SQLiteValue], to statement: OpaquePointer, sql: String) throws {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, value) in row.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(statement, index)
            case .integer(let v): rc = sqlite3_bind_int64(statement, index, v)
            case .real(let v): rc = sqlite3_bind_double(statement, index, v)
            case .text(let v): rc = sqlite3_bind_text(statement, index, v, -1, transient)
            case .blob(let v):
                rc = v.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32(v.count), transient) }
            }
            guard rc == SQLITE_OK else {
                throw SQLiteError(operation: "binding parameter \(index) of \(sql.prefix(60))", message: lastMessage)
            }
        }
    }

    /// Commits the transaction opened with `BEGIN` (the database is closed by `deinit`).
    func commit() throws { try execute("COMMIT") }
}

/// `name` quoted as an SQL identifier: `"名称"`, with inner quotes doubled.
func sqlIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
