import GIS

/// Finds the village a table row is about, by id or by township and name, and checks
/// that the row's other key columns agree with it.
struct RowMatcher {
    let table: DataTable
    let header: VillageTableHeader
    let directory: VillageDirectory
    let key: ImportKey

    private func text(_ row: Int, _ key: String) -> (value: String, column: Int)? {
        guard let c = header.index(of: key) else { return nil }
        let s = FigureValue.trim(table.cell(row, c))
        return s.isEmpty ? nil : (s, c)
    }

    /// The directory index of the row's village, or nil with the problem appended.
    func match(row r: Int, problems: inout [ImportProblem]) -> Int? {
        let id = text(r, "id"), name = text(r, "name")
        let township = text(r, "township_name") ?? text(r, "township_code")
        var found: Int?
        switch key {
        case .code:
            guard let id else {
                problems.append(ImportProblem(.error, row: r, column: header.index(of: "id"), "expected a village id (e.g. \(directory.entries.first?.id ?? "<township code>-001"))"))
                return nil
            }
            guard let v = directory.entry(id: id.value) else {
                var hint = directory.idSuggestions(id.value)
                if let name, let code = township.flatMap({ directory.townshipCode(for: $0.value) }) {
                    hint = directory.entries(townshipCode: code, name: name.value).map { directory.entries[$0].label } + hint
                }
                problems.append(ImportProblem(.error, row: r, column: id.column,
                    "unknown village id \"\(id.value)\"" + (hint.isEmpty ? "" : "; nearest: " + hint.prefix(3).joined(separator: ", "))))
                return nil
            }
            found = v
        case .name:
            guard let township else {
                problems.append(ImportProblem(.error, row: r, column: header.index(of: "township_name") ?? header.index(of: "township_code"), "expected the township (乡镇) of the village"))
                return nil
            }
            guard let name else {
                problems.append(ImportProblem(.error, row: r, column: header.index(of: "name"), "expected the village name (村名)"))
                return nil
            }
            guard let code = directory.townshipCode(for: township.value) else {
                let near = directory.townshipSuggestions(township.value)
                problems.append(ImportProblem(.error, row: r, column: township.column,
                    "unknown township \"\(township.value)\"" + (near.isEmpty ? "" : "; did you mean " + near.joined(separator: ", ") + "?")))
                return nil
            }
            let hits = directory.entries(townshipCode: code, name: name.value)
            if hits.count > 1 {
                problems.append(ImportProblem(.error, row: r, column: name.column,
                    "\"\(name.value)\" names \(hits.count) villages of this township (\(hits.map { directory.entries[$0].id }.joined(separator: ", "))); use --key code with the id column"))
                return nil
            }
            guard let v = hits.first else {
                let near = directory.suggestions(name: name.value, townshipCode: code)
                let townshipName = directory.entries.first { $0.townshipCode == code }?.townshipName ?? code
                problems.append(ImportProblem(.error, row: r, column: name.column,
                    "unknown village \"\(name.value)\" in \(townshipName)" + (near.isEmpty ? "" : "; nearest names: " + near.joined(separator: ", "))))
                return nil
            }
            found = v
            if let id, id.value != directory.entries[v].id {
                problems.append(ImportProblem(.error, row: r, column: id.column,
                    "id \"\(id.value)\" does not match \(directory.entries[v].label)"))
                return nil
            }
        }
        guard let v = found else { return nil }
        let e = directory.entries[v]
        if key == .code, let name, VillageDirectory.normaliseName(name.value) != e.name,
           directory.entries(townshipCode: e.townshipCode, name: name.value) != [v] {
            problems.append(ImportProblem(.error, row: r, column: name.column,
                "name \"\(name.value)\" does not match village \(e.id), which is \(e.label); expected \(e.name)"))
        }
        if let kind = text(r, "kind"), kind.value != e.kind {
            problems.append(ImportProblem(.error, row: r, column: kind.column,
                "kind \"\(kind.value)\" does not match the geodata (\(e.label) is a \(e.kind)); kind is not imported"))
        }
        return v
    }
}
