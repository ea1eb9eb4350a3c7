/// Repeated members of a GeoJSON object (`type`, `geometry`, `features`, a foreign member
/// …): JSON leaves their meaning open, so every repetition is reported. A repeated member
/// GeoJSON gives meaning to is an error (which `type` or `geometry` was meant cannot be
/// known); a repeated foreign member is a warning, the last value kept, as in `properties`.
struct MemberNamesSeen {
    private var known: UInt16 = 0
    private var others: Set<String> = []

    /// Records `name`; false when it was already seen in this object.
    @inline(__always)
    mutating func insert(_ name: JSONMemberName) -> Bool {
        let bit: UInt16
        switch name {
        case .type: bit = 1
        case .id: bit = 2
        case .geometry: bit = 4
        case .properties: bit = 8
        case .bbox: bit = 16
        case .crs: bit = 32
        case .features: bit = 64
        case .coordinates: bit = 128
        case .geometries: bit = 256
        case .other(let s): return others.insert(s).inserted
        }
        defer { known |= bit }
        return known & bit == 0
    }
}

extension GeoJSONParser {
    /// Notes a member of the object being read, reporting a repetition at its name.
    @inline(__always)
    mutating func note(_ member: (name: JSONMemberName, nameOffset: Int), in seen: inout MemberNamesSeen) {
        guard !seen.insert(member.name) else { return }
        let name = member.name.text
        let suffix = path.isEmpty ? name : "." + name
        if case .other = member.name {
            report(.warning, "duplicate member \"\(name)\"; the last value is kept", at: member.nameOffset, suffix: suffix)
        } else {
            report(.error, "duplicate member \"\(name)\": GeoJSON gives it meaning, so it must appear once in an object "
                   + "(which one is meant cannot be known)", at: member.nameOffset, suffix: suffix)
        }
    }
}

/// Where the reading of one object's members stands: whether the next member is the
/// first, and which names were seen (for ``GeoJSONParser/nextMember(of:)``).
struct ObjectMembers {
    var first = true
    var seen = MemberNamesSeen()
}

extension GeoJSONParser {
    /// Steps into the object whose `{` is at `open` (the cursor), one level deeper.
    /// - Throws: `GISError` when that is deeper than the options allow.
    @inline(__always)
    mutating func openObject(at open: Int) throws(GISError) -> ObjectMembers {
        try enter(at: open)
        scanner.pos += 1
        return ObjectMembers()
    }

    /// The next member of the object being read, the cursor on its value and its name
    /// noted (a repetition reported); nil after the closing `}` (then call `leave()`).
    /// - Throws: `GISError` when the JSON is malformed.
    @inline(__always)
    mutating func nextMember(of members: inout ObjectMembers) throws(GISError) -> (name: JSONMemberName, nameOffset: Int)? {
        guard let member = try scanner.nextMember(first: &members.first) else { return nil }
        note(member, in: &members.seen)
        return member
    }

    /// The value of a member GeoJSON gives no meaning to (a foreign member), read with
    /// its name `key` on the path.
    /// - Throws: `GISError` when the JSON is malformed.
    mutating func parseForeignMember(_ key: String) throws(GISError) -> JSONValue {
        path.append(.key(key))
        let value = try parseValue()
        path.removeLast()
        return value
    }
}
