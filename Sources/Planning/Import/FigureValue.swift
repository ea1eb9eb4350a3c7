import GIS

/// Parses the text of one table cell into a figure's value, or says what was expected.
enum FigureValue {
    /// The value of a cell of `column`, nil for an empty cell (the figure is not given),
    /// or a message saying what is wrong.
    static func parse(_ text: String, as column: VillageFigureColumn) -> Result<JSONValue, Message>? {
        let s = trim(text)
        guard !s.isEmpty else { return nil }
        switch column.type {
        case .text: return .success(.string(s))
        case .boolean: return boolean(s).map { .success(.bool($0)) } ?? .failure(Message("expected 是/否, true/false or 1/0, found \"\(s)\""))
        case .integer, .number:
            switch number(s) {
            case .failure(let m): return .failure(m)
            case .success(let d):
                if column.type == .integer {
                    guard d.rounded() == d else { return .failure(Message("expected a whole number of \(column.unit), found \(s)")) }
                    guard d <= 1e12 else { return .failure(Message("expected a whole number of \(column.unit) below 10^12, found \(s)")) }
                }
                guard d <= 1e15 else { return .failure(Message("expected a number below 10^15 (\(column.unit)), found \(s)")) }
                return .success(.number(d))
            }
        }
    }

    struct Message: Error, Hashable { var text: String; init(_ text: String) { self.text = text } }

    /// 是/否, true/false, 1/0 (ASCII case ignored); nil otherwise.
    static func boolean(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "是", "true", "1": true
        case "否", "false", "0": false
        default: nil
        }
    }

    /// A finite number ≥ 0 in decimal notation: digits with optional thousands commas,
    /// an optional fraction and exponent; full-width digits are accepted. Hex, inf, nan
    /// and negative numbers are refused with a message that says so.
    static func number(_ raw: String) -> Result<Double, Message> {
        var s = ""
        for c in raw.unicodeScalars {
            if c.value >= 0xFF10 && c.value <= 0xFF19 { s.unicodeScalars.append(Unicode.Scalar(c.value - 0xFF10 + 48)!) }
            else if c == "．" { s += "." } else { s.unicodeScalars.append(c) }
        }
        let lower = s.lowercased()
        var body = lower[...]
        var negative = false
        if body.first == "-" || body.first == "−" { negative = true; body = body.dropFirst() } else if body.first == "+" { body = body.dropFirst() }
        if body.hasPrefix("0x") { return .failure(Message("expected a decimal number, found the hexadecimal \(raw)")) }
        if ["inf", "infinity", "nan", "∞"].contains(String(body)) { return .failure(Message("expected a finite number, found \(raw)")) }
        guard let d = decimal(body) else { return .failure(Message("expected a number, found \"\(raw)\"")) }
        if negative && d != 0 { return .failure(Message("expected a number ≥ 0, found the negative \(raw)")) }
        return .success(d)
    }

    /// digits(,ddd)*(.digits)?(e[+-]?digits)? → Double.
    private static func decimal(_ s: Substring) -> Double? {
        let parts = s.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0]
        let intPart = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard intPart.count <= 2 else { return nil }
        var whole = intPart[0]
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            whole = Substring(groups.joined())
        }
        let fraction = intPart.count == 2 ? intPart[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var text = String(whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
        if parts.count == 2 {
            var e = parts[1]
            var sign = ""
            if e.first == "+" || e.first == "-" { sign = String(e.first!); e = e.dropFirst() }
            guard !e.isEmpty, e.count <= 4, e.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            text += "e" + sign + e
        }
        guard let d = Double(text), d.isFinite else { return nil }
        return d
    }

    /// Text without leading or trailing white space (also NBSP and the ideographic space).
    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else { return "" }
        return String(scalars[first...last])
    }
}
