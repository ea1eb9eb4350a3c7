/// The legacy `crs` member (GeoJSON 2008). RFC 7946 removed it: coordinates are always
/// WGS 84 longitude/latitude. A `crs` naming WGS 84 (CRS84 or EPSG:4326) is accepted with
/// a warning, one naming CGCS2000 (EPSG:4490, China's national lon/lat CRS, within
/// centimetres of WGS 84) with a note; the member is kept, so what is written from the
/// file still declares it. Any other CRS is refused in one line telling the user how to
/// reproject (no range error follows for its positions). When the caller
/// names the source CRS (``GeoJSONDecodingOptions/sourceCRS``), a `crs` naming that same
/// CRS is accepted with a warning and any other is refused, naming both.
extension GeoJSONParser {
    /// Reads and checks the `crs` member's value (cursor on it) and returns it, so that
    /// it can be kept as a foreign member.
    @discardableResult
    mutating func parseCRSMember() throws(GISError) -> JSONValue {
        let start = scanner.pos
        path.append(.key("crs"))
        defer { path.removeLast() }
        let value = try parseValue()
        switch Self.crsName(of: value) {
        case .none:
            break
        case .some(nil):
            report(.error, "unsupported \"crs\" member: expected a named CRS "
                   + "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}; "
                   + "GeoJSON (RFC 7946) coordinates are always WGS 84 longitude/latitude", at: start)
        case .some(let name?):
            if let source = options.sourceCRS {
                if Self.crsKey(name) == Self.crsKey(source) {
                    report(.warning, "legacy \"crs\" member naming \(name) ignored: it matches the source CRS "
                           + "\(source)", at: start)
                } else {
                    checkLonLatRange = false
                    report(.error, "the \"crs\" member says coordinates are in \(name), but the source CRS given "
                           + "is \(source): check which is right (`--from \(Self.shortName(name))` if the file is)",
                           at: start)
                }
            } else if Self.namesWGS84(name) {
                report(.warning, "legacy \"crs\" member naming \(name) ignored: RFC 7946 coordinates are always "
                       + "WGS 84 longitude/latitude", at: start)
            } else if Self.namesCGCS2000(name) {
                report(.warning, "note: coordinates are CGCS2000 (EPSG:4490) longitude/latitude, read as they are: "
                       + "CGCS2000 and WGS 84 differ by a few centimetres; the \"crs\" member is kept", at: start)
            } else if options.acceptsDeclaredCRS {
                checkLonLatRange = false
                report(.warning, "note: positions are in \(Self.shortName(name)) (the \"crs\" member) and are "
                       + "transformed from it", at: start)
            } else {
                checkLonLatRange = false
                report(.error, "this file is in \(Self.shortName(name)) (its \"crs\" member), not longitude/latitude "
                       + "as GeoJSON (RFC 7946) requires: reproject it with `benkang project --from "
                       + "\(Self.shortName(name)) --to EPSG:4490 FILE -o OUT` (or --to EPSG:4326)", at: start)
            }
        }
        return value
    }

    /// The CRS name of a `crs` value: `.none` for null (no CRS), `.some(nil)` when it is
    /// not a recognisable named CRS.
    static func crsName(of value: JSONValue) -> String?? {
        if value.isNull { return .none }
        guard let object = value.objectValue, let type = object["type"]?.stringValue,
              let properties = object["properties"]?.objectValue else { return .some(nil) }
        switch type.lowercased() {
        case "name":
            return .some(properties["name"]?.stringValue)
        case "epsg":
            if let code = properties["code"]?.intValue { return .some("EPSG:\(code)") }
            return .some(nil)
        default:
            return .some(nil)
        }
    }

    /// True for the names of WGS 84 lon/lat: CRS84 in any OGC spelling, EPSG:4326 as a
    /// code, URN or URL.
    static func namesWGS84(_ name: String) -> Bool {
        let n = name.uppercased().trimmingSpaces
        if n.hasSuffix("CRS84") { return n == "CRS84" || n.hasSuffix(":CRS84") || n.hasSuffix("/CRS84") }
        return n.contains("EPSG") && (n.hasSuffix(":4326") || n.hasSuffix("/4326"))
    }

    /// True for the names of CGCS2000 longitude/latitude (EPSG:4490) as a code, URN or URL.
    static func namesCGCS2000(_ name: String) -> Bool {
        crsKey(name) == "EPSG:4490"
    }

    /// True for the longitude/latitude CRSs whose positions are read as they are: WGS 84
    /// (CRS84, EPSG:4326) and CGCS2000 (EPSG:4490).
    static func namesAcceptedLonLat(_ name: String) -> Bool {
        namesWGS84(name) || namesCGCS2000(name)
    }

    /// What two CRS names are compared by: `WGS84` for the names of WGS 84 lon/lat
    /// (``namesWGS84(_:)``), `EPSG:<code>` for EPSG codes in any spelling (`EPSG:4545`,
    /// `EPSG::4545`, `urn:ogc:def:crs:EPSG::4545`, `…/EPSG/0/4545`), otherwise the
    /// name upper-cased without surrounding spaces.
    static func crsKey(_ name: String) -> String {
        if namesWGS84(name) { return "WGS84" }
        let n = name.uppercased().trimmingSpaces
        guard n.contains("EPSG") else { return n }
        let digits = n.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return n }
        let code = String(digits.reversed()).drop { $0 == "0" }
        return "EPSG:" + (code.isEmpty ? "0" : code)
    }

    /// `EPSG:<code>` for EPSG names in URN or URL form; otherwise the name itself.
    static func shortName(_ name: String) -> String {
        let n = name.trimmingSpaces
        guard n.uppercased().contains("EPSG") else { return n }
        let digits = n.reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? n : "EPSG:" + String(digits.reversed())
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
