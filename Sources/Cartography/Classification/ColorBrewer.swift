/// ColorBrewer palettes embedded as data.
///
/// Colour specifications and designs developed by Cynthia Brewer
/// (http://colorbrewer.org/), Apache-2.0-style licence:
/// http://colorbrewer.org/export/LICENSE.txt. Values as packaged in d3's colorbrewer.
public enum ColorBrewer {
    /// Whether a palette runs low → high (sequential) or away from a midpoint (diverging).
    public enum Kind: String, Sendable { case sequential, diverging }

    /// Palette name → (kind, schemes keyed by class count 3…9 or 3…11).
    static let data: [String: (Kind, [String])] = [
        "YlOrRd": (.sequential, [
            "ffeda0 feb24c f03b20", "ffffb2 fecc5c fd8d3c e31a1c", "ffffb2 fecc5c fd8d3c f03b20 bd0026",
            "ffffb2 fed976 feb24c fd8d3c f03b20 bd0026", "ffffb2 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
            "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
            "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026"]),
        "OrRd": (.sequential, [
            "fee8c8 fdbb84 e34a33", "fef0d9 fdcc8a fc8d59 d7301f", "fef0d9 fdcc8a fc8d59 e34a33 b30000",
            "fef0d9 fdd49e fdbb84 fc8d59 e34a33 b30000", "fef0d9 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
            "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
            "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f b30000 7f0000"]),
        "YlGnBu": (.sequential, [
            "edf8b1 7fcdbb 2c7fb8", "ffffcc a1dab4 41b6c4 225ea8", "ffffcc a1dab4 41b6c4 2c7fb8 253494",
            "ffffcc c7e9b4 7fcdbb 41b6c4 2c7fb8 253494", "ffffcc c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
            "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
            "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58"]),
        "YlGn": (.sequential, [
            "f7fcb9 addd8e 31a354", "ffffcc c2e699 78c679 238443", "ffffcc c2e699 78c679 31a354 006837",
            "ffffcc d9f0a3 addd8e 78c679 31a354 006837", "ffffcc d9f0a3 addd8e 78c679 41ab5d 238443 005a32",
            "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 005a32",
            "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 006837 004529"]),
        "Blues": (.sequential, [
            "deebf7 9ecae1 3182bd", "eff3ff bdd7e7 6baed6 2171b5", "eff3ff bdd7e7 6baed6 3182bd 08519c",
            "eff3ff c6dbef 9ecae1 6baed6 3182bd 08519c", "eff3ff c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
            "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
            "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"]),
        "Greens": (.sequential, [
            "e5f5e0 a1d99b 31a354", "edf8e9 bae4b3 74c476 238b45", "edf8e9 bae4b3 74c476 31a354 006d2c",
            "edf8e9 c7e9c0 a1d99b 74c476 31a354 006d2c", "edf8e9 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
            "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
            "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b"]),
        "Purples": (.sequential, [
            "efedf5 bcbddc 756bb1", "f2f0f7 cbc9e2 9e9ac8 6a51a3", "f2f0f7 cbc9e2 9e9ac8 756bb1 54278f",
            "f2f0f7 dadaeb bcbddc 9e9ac8 756bb1 54278f", "f2f0f7 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
            "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
            "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d"]),
        "Greys": (.sequential, [
            "f0f0f0 bdbdbd 636363", "f7f7f7 cccccc 969696 525252", "f7f7f7 cccccc 969696 636363 252525",
            "f7f7f7 d9d9d9 bdbdbd 969696 636363 252525", "f7f7f7 d9d9d9 bdbdbd 969696 737373 525252 252525",
            "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525",
            "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000"]),
        "RdBu": (.diverging, [
            "ef8a62 f7f7f7 67a9cf", "ca0020 f4a582 92c5de 0571b0", "ca0020 f4a582 f7f7f7 92c5de 0571b0",
            "b2182b ef8a62 fddbc7 d1e5f0 67a9cf 2166ac", "b2182b ef8a62 fddbc7 f7f7f7 d1e5f0 67a9cf 2166ac",
            "b2182b d6604d f4a582 fddbc7 d1e5f0 92c5de 4393c3 2166ac",
            "b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac",
            "67001f b2182b d6604d f4a582 fddbc7 d1e5f0 92c5de 4393c3 2166ac 053061",
            "67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061"]),
        "PuOr": (.diverging, [
            "f1a340 f7f7f7 998ec3", "e66101 fdb863 b2abd2 5e3c99", "e66101 fdb863 f7f7f7 b2abd2 5e3c99",
            "b35806 f1a340 fee0b6 d8daeb 998ec3 542788", "b35806 f1a340 fee0b6 f7f7f7 d8daeb 998ec3 542788",
            "b35806 e08214 fdb863 fee0b6 d8daeb b2abd2 8073ac 542788",
            "b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788",
            "7f3b08 b35806 e08214 fdb863 fee0b6 d8daeb b2abd2 8073ac 542788 2d004b",
            "7f3b08 b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788 2d004b"]),
        "BrBG": (.diverging, [
            "d8b365 f5f5f5 5ab4ac", "a6611a dfc27d 80cdc1 018571", "a6611a dfc27d f5f5f5 80cdc1 018571",
            "8c510a d8b365 f6e8c3 c7eae5 5ab4ac 01665e", "8c510a d8b365 f6e8c3 f5f5f5 c7eae5 5ab4ac 01665e",
            "8c510a bf812d dfc27d f6e8c3 c7eae5 80cdc1 35978f 01665e",
            "8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e",
            "543005 8c510a bf812d dfc27d f6e8c3 c7eae5 80cdc1 35978f 01665e 003c30",
            "543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30"]),
    ]

    /// The embedded palette names, sorted.
    public static var names: [String] { data.keys.sorted() }

    /// The palette's kind, or nil for an unknown name.
    public static func kind(of name: String) -> Kind? { data[name]?.0 }

    /// `classes` colours (`#rrggbb`) of palette `name`, or nil when the name is unknown or
    /// the palette has no scheme of that size (sequential 3…9, diverging 3…11; 1 and 2
    /// classes take the ends of the 3-class scheme).
    public static func colors(_ name: String, classes: Int) -> [String]? {
        guard let (_, schemes) = data[name] else { return nil }
        if classes == 1 || classes == 2 {
            let three = colors(name, classes: 3)!
            return classes == 1 ? [three[1]] : [three[0], three[2]]
        }
        let i = classes - 3
        guard i >= 0, i < schemes.count else { return nil }
        return schemes[i].split(separator: " ").map { "#" + $0 }
    }

    /// The largest class count the palette offers.
    public static func maximumClasses(_ name: String) -> Int { (data[name]?.1.count ?? 0) + 2 }
}
