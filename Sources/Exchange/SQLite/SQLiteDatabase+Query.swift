import CSQLite

extension SQLiteDatabase {
    /// Opens the database at `path` read-only.
    /// - Throws: ``SQLiteError`` when SQLite cannot open it.
    convenience init(readingAt path: String) throws {
        try self.init(path: path, flags: SQLITE_OPEN_READONLY)
    }

    /// The rows of `sql` (parameters `?1`, … bound from `parameters`), each as its
    /// column values.
    /// - Throws: ``SQLiteError`` with SQLite's message.
    func query(_ sql: String, _ parameters: [SQLiteValue] = []) throws -> [[SQLiteValue]] {
        try withStatement(sql) { statement in
            try bind(parameters, to: statement, sql: sql)
            var rows: [[SQLiteValue]] = []
            while true {
                let rc = sqlite3_step(statement)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw SQLiteError(operation: "running \(sql.prefix(80))", message: lastMessage) }
                let n = sqlite3_column_count(statement)
                rows.append((0..<n).map { column(statement, $0) })
            }
            return rows
        }
    }

    /// The column names of `sql`'s result.
    func columnNames(_ sql: String) throws -> [String] {
        try withStatement(sql) { statement in
            (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
        }
    }

    private func column(_ statement: OpaquePointer, _ i: Int32) -> SQLiteValue {
        switch sqlite3_column_type(statement, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, i))
        case SQLITE_TEXT: return .text(sqlite3_column_text(statement, i).map { String(cString: $0) } ?? "")
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(statement, i))
            guard n > 0, let p = sqlite3_column_blob(statement, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
        default: return .null
        }
    }
}
