/// One column of a table as data: its name in files, its label on screen, its unit
/// and decimals, and how a row gives its value. Writers read only columns, so adding a
/// writer (xlsx, HTML) needs no change to any table.
public struct Column<Row> {
    /// How text writers align the column.
    public enum Alignment: Sendable { case left, right }

    /// The machine name: CSV header, JSON key, GeoJSON property (stable; documented in
    /// docs/outputs.md).
    public let name: String
    /// The header on screen (Chinese where the CLI shows Chinese); `name` when not given.
    public let label: String
    /// The unit of the values ("yuan", "persons", "km", "fraction", …); nil for none.
    public let unit: String?
    /// Digits after the point of the column's numbers; nil for text, or where each row
    /// carries its own (a cell's own `decimals` is what writers use).
    public let decimals: Int?
    /// Alignment in plain-text tables.
    public let alignment: Alignment
    /// The least width in plain-text tables (characters); 0 for the content's width.
    public let minimumWidth: Int
    /// The value of the column in `row`.
    public let value: (Row) -> Cell

    public init(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int? = nil,
                alignment: Alignment = .right, minimumWidth: Int = 0, value: @escaping (Row) -> Cell) {
        self.name = name; self.label = label ?? name; self.unit = unit; self.decimals = decimals
        self.alignment = alignment; self.minimumWidth = minimumWidth; self.value = value
    }

    /// A text column.
    public static func text(_ name: String, label: String? = nil, alignment: Alignment = .left,
                            minimumWidth: Int = 0, _ value: @escaping (Row) -> String) -> Column {
        Column(name, label: label, alignment: alignment, minimumWidth: minimumWidth) { .text(value($0)) }
    }

    /// A whole-number column.
    public static func integer(_ name: String, label: String? = nil, unit: String? = nil,
                               _ value: @escaping (Row) -> Int) -> Column {
        Column(name, label: label, unit: unit, decimals: 0) { .integer(value($0)) }
    }

    /// A number column at `decimals`; a value that is not finite is written as 0.
    public static func number(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int,
                              _ value: @escaping (Row) -> Double) -> Column {
        Column(name, label: label, unit: unit, decimals: decimals) {
            let x = value($0)
            return .number(x.isFinite ? x : 0, decimals: decimals)
        }
    }

    /// A yes/no column.
    public static func flag(_ name: String, label: String? = nil, _ value: @escaping (Row) -> Bool) -> Column {
        Column(name, label: label) { .flag(value($0)) }
    }
}
