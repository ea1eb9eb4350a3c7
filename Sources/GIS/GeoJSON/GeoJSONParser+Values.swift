/// Generic JSON values (properties and foreign members), read without recursion: open
/// arrays and objects wait on an explicit stack, at most `options.maxDepth` deep.
extension GeoJSONParser {
    /// An array or object being filled while its elements are read.
    enum OpenContainer {
        case array([JSONValue])
        /// The members so far, a name index once there are many, and the member whose
        /// value is being read.
        case object(JSONObject, names: Set<String>?, key: String, keyOffset: Int)
    }

    /// Reads the value at the cursor (after whitespace). `NaN`, `Infinity` and numbers
    /// beyond the double range are reported as content errors and read as `null`; a
    /// repeated member name keeps its first place and its last value, with a warning.
    /// - Throws: the first syntax error, or nesting deeper than `options.maxDepth`.
    /// - Complexity: O(n) in the value's bytes; stack use is constant.
    mutating func parseValue() throws(GISError) -> JSONValue {
        // The stack of the previous value, reused (one allocation per parser, not per value).
        var open = openContainers
        openContainers = []
        defer {
            open.removeAll(keepingCapacity: true)
            openContainers = open
        }
        nextValue: while true {
            scanner.skipWhitespace()
            var value: JSONValue
            switch scanner.peek() {
            case UInt8(ascii: "{"):
                try enter(at: scanner.pos)
                scanner.pos += 1
                var first = true
                if let member = try scanner.nextMember(first: &first) {
                    path.append(.key(member.name.text))
                    // Room for a property table's usual few members at once, not grown by doubling.
                    var object = JSONObject()
                    object.reserveCapacity(8)
                    open.append(.object(object, names: nil, key: member.name.text, keyOffset: member.nameOffset))
                    continue nextValue
                }
                leave()
                value = .object(JSONObject())
            case UInt8(ascii: "["):
                try enter(at: scanner.pos)
                scanner.pos += 1
                var first = true
                if try scanner.nextElement(first: &first) {
                    path.append(.index(0))
                    open.append(.array([]))
                    continue nextValue
                }
                leave()
                value = .array([])
            default:
                value = try parseScalar()
            }
            // A value is complete: add it to its container, closing containers that end.
            while let container = open.popLast() {
                path.removeLast()
                var first = false
                // Consumed, so the members are uniquely held and appended in place (a
                // copy here made every append copy the arrays).
                switch consume container {
                case .array(var items):
                    items.append(value)
                    if try scanner.nextElement(first: &first) {
                        path.append(.index(items.count))
                        open.append(.array(items))
                        continue nextValue
                    }
                    value = .array(items)
                case .object(var object, var names, let key, let keyOffset):
                    insert(key, value, into: &object, names: &names, keyOffset: keyOffset)
                    if let member = try scanner.nextMember(first: &first) {
                        path.append(.key(member.name.text))
                        open.append(.object(object, names: names, key: member.name.text, keyOffset: member.nameOffset))
                        continue nextValue
                    }
                    value = .object(object)
                }
                leave()
            }
            return value
        }
    }

    /// Reads the string, number or literal at the cursor.
    private mutating func parseScalar() throws(GISError) -> JSONValue {
        let start = scanner.pos
        let c = scanner.peek()
        switch c {
        case UInt8(ascii: "\""): return .string(try scanner.readString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return try scanner.readLiteral()
        default:
            if scanner.atNonFiniteLiteral() {
                let word = try scanner.readNonFiniteLiteral()
                report(.error, Self.nonFiniteMessage(word), at: start)
                return .null
            }
            guard c == UInt8(ascii: "-") || c &- 0x30 < 10 else {
                throw scanner.error("expected a value (object, array, string, number, true, false or null), "
                                    + "found \(scanner.found(at: start))", at: start)
            }
            let v = try scanner.readNumber()
            if !v.isFinite {
                report(.error, Self.overflowMessage(from: start, to: scanner.pos, scanner), at: start)
                return .null
            }
            return .number(v)
        }
    }

    /// Adds a member, keeping the first place and the last value of a repeated name.
    private mutating func insert(_ key: String, _ value: JSONValue, into object: inout JSONObject,
                                 names: inout Set<String>?, keyOffset: Int) {
        let isNew: Bool
        if object.count < 8 {
            isNew = !object.keys.contains(key)
        } else {
            if names == nil { names = Set(object.keys) }
            isNew = names!.insert(key).inserted
        }
        if isNew {
            object.appendUnchecked(key, value)
        } else {
            object[key] = value
            report(.warning, "duplicate member \"\(key)\"; the last value is kept", at: keyOffset,
                   suffix: path.isEmpty ? key : "." + key)
        }
    }

    /// Reads a value that should be of another kind, to report it, and returns the JSON
    /// type name used in messages: "an array", "a string", ….
    mutating func parseUnexpectedValue() throws(GISError) -> String {
        switch try parseValue() {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    static func nonFiniteMessage(_ word: String) -> String {
        "\(word) is not a JSON number: JSON and GeoJSON allow only finite numbers (write null, or leave the value out)"
    }

    static func overflowMessage(from start: Int, to stop: Int, _ scanner: JSONScanner) -> String {
        let text = String(decoding: UnsafeBufferPointer(start: scanner.base + start, count: min(stop - start, 40)), as: UTF8.self)
        return "the number \(text) is too large for a double (beyond ±1.8e308): expected a finite number"
    }
}
