extension XLSXReader {
    /// The worksheet's cells as rows of text, placed by their references (`r="B7"`), or
    /// one after another where a reference is missing.
    /// - Throws: `GISError` for a shared-string index out of range or a bad reference.
    static func cells(_ events: [XMLEvents.Event], shared: [String], file: String, sheet: String) throws -> [[String]] {
        var rows: [[String]] = []
        var rowIndex = -1
        var columnIndex = -1
        var cellType = "n"
        var cellRef = ""
        var value: String?
        var inline: String?
        var inValue = false, inText = false
        func put(_ text: String, row: Int, column: Int) {
            guard !text.isEmpty else { return }
            while rows.count <= row { rows.append([]) }
            while rows[row].count <= column { rows[row].append("") }
            rows[row][column] = text
        }
        for e in events {
            switch e {
            case .start("row", let a, _):
                if let r = a["r"], let n = Int(r), n >= 1 { rowIndex = n - 1 } else { rowIndex += 1 }
                columnIndex = -1
            case .start("c", let a, _):
                cellType = a["t"] ?? "n"
                cellRef = a["r"] ?? ""
                if let ref = a["r"] {
                    let letters = ref.prefix { $0.isLetter }
                    guard let c = DataTable.columnIndex(letters: letters.uppercased()[...]) else {
                        throw GISError(file: file, "sheet \"\(sheet)\": bad cell reference \"\(ref)\"")
                    }
                    columnIndex = c
                    if let n = Int(ref.dropFirst(letters.count)), n >= 1 { rowIndex = n - 1 }
                } else {
                    columnIndex += 1
                }
                value = nil; inline = nil
            case .start("v", _, _): inValue = true; value = value ?? ""
            case .end("v"): inValue = false
            case .start("is", _, _): inline = ""
            case .start("t", _, _) where inline != nil: inText = true
            case .end("t"): inText = false
            case .text(let s):
                if inValue { value? += s } else if inText { inline? += s }
            case .end("c"):
                let text: String
                switch cellType {
                case "s":
                    guard let v = value, let k = Int(v.trimmingWhitespace()), k >= 0, k < shared.count else {
                        throw GISError(file: file, "sheet \"\(sheet)\", cell \(cellRef): shared string \(value ?? "(none)") is not in the workbook's string table")
                    }
                    text = shared[k]
                case "inlineStr": text = inline ?? value ?? ""
                case "b": text = value?.trimmingWhitespace() == "1" ? "TRUE" : (value == nil ? "" : "FALSE")
                default: text = (value ?? inline ?? "")
                }
                put(text, row: max(rowIndex, 0), column: max(columnIndex, 0))
            default: break
            }
        }
        return rows
    }
}
