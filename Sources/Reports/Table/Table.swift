/// A table: its columns and the rows they read. Every writer renders the same table,
/// so a column's name, unit and decimals are decided once, in the column.
public struct Table<Row> {
    public var columns: [Column<Row>]
    public var rows: [Row]

    public init(columns: [Column<Row>], rows: [Row]) {
        self.columns = columns; self.rows = rows
    }

    /// The cells, row by row, in column order.
    /// - Complexity: O(rows × columns) calls of the value closures.
    public var cells: [[Cell]] { rows.map { row in columns.map { $0.value(row) } } }
}
