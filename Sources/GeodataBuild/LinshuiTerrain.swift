import GIS

/// The Linshui values of the terrain parameters. Positions are lon/lat degrees;
/// heights in metres. Sourced heights name their source row in physical-features.csv;
/// every position is modelled (the sources give the ridges' order and direction, not
/// their lines), fitted to the county boundary: 华蓥山 runs along the west edge,
/// 明月山 along the east edge, 铜锣山 between them, all NNE–SSW.
public enum LinshuiTerrain {
    public static let ridges: [RidgeSpec] = [
        RidgeSpec(
            name: "华蓥山",
            axis: [Position(106.62, 29.90), Position(106.665, 30.02), Position(106.700, 30.12),
                   Position(106.766, 30.21), Position(106.800, 30.29), Position(106.840, 30.34),
                   Position(106.892, 30.40), Position(106.984, 30.50), Position(107.05, 30.60)],
            crest: [(Position(106.62, 29.90, 1_000), "modelled"),
                    (Position(106.665, 30.02, 1_421), "大沙土梁子 1,421 m (sourced height)"),
                    (Position(106.700, 30.12, 1_590), "宝鼎 1,590 m (sourced height and position)"),
                    (Position(106.766, 30.21, 1_704), "高登山 1,704 m (sourced height)"),
                    (Position(106.840, 30.34, 1_300), "modelled"),
                    (Position(106.892, 30.40, 1_150), "modelled"),
                    (Position(106.984, 30.50, 1_000), "modelled"),
                    (Position(107.05, 30.60, 900), "modelled")],
            halfWidthMetres: 2_000, beltName: "华蓥山城乡统筹示范带"),
        RidgeSpec(
            name: "铜锣山",
            axis: [Position(106.79, 29.92), Position(106.875, 30.10), Position(106.950, 30.22),
                   Position(107.020, 30.34), Position(107.080, 30.45), Position(107.120, 30.58)],
            crest: [(Position(106.79, 29.92, 750), "modelled"),
                    (Position(106.875, 30.10, 850), "modelled"),
                    (Position(106.950, 30.22, 900), "modelled"),
                    (Position(107.020, 30.34, 880), "modelled"),
                    (Position(107.120, 30.58, 780), "modelled")],
            halfWidthMetres: 1_200, beltName: "铜锣山特色产业示范带"),
        RidgeSpec(
            name: "明月山",
            axis: [Position(107.00, 29.94), Position(107.075, 30.10), Position(107.165, 30.22),
                   Position(107.215, 30.36), Position(107.225, 30.45), Position(107.235, 30.58)],
            crest: [(Position(107.00, 29.94, 760), "modelled (700–1,000 m, sourced range)"),
                    (Position(107.075, 30.10, 850), "modelled (700–1,000 m, sourced range)"),
                    (Position(107.165, 30.22, 950), "modelled (700–1,000 m, sourced range)"),
                    (Position(107.215, 30.36, 1_179), "兴仁土地垭 1,179 m (sourced height)"),
                    (Position(107.225, 30.45, 980), "modelled (700–1,000 m, sourced range)"),
                    (Position(107.235, 30.58, 900), "modelled")],
            halfWidthMetres: 1_300, beltName: "明月山生态扶贫示范带"),
    ]

    /// Seats fixed by known facts; all other seats are placed by the builder.
    public static let seatAnchors: [SeatAnchor] = [
        SeatAnchor(name: "鼎屏镇", position: Position(106.927, 30.33862), reason: "real county seat (points.csv)"),
        SeatAnchor(name: "城北镇", position: Position(106.955, 30.385), reason: "north of the county seat in the west trough (name)"),
        SeatAnchor(name: "城南镇", position: Position(106.895, 30.295), reason: "south of the county seat in the west trough (name)"),
        SeatAnchor(name: "护邻乡", position: Position(107.135, 30.450), reason: "along 明月山, north (source order)"),
        SeatAnchor(name: "兴仁镇", position: Position(107.185, 30.365), reason: "along 明月山 below 兴仁土地垭"),
        SeatAnchor(name: "石滓镇", position: Position(107.170, 30.290), reason: "along 明月山 (source order)"),
        SeatAnchor(name: "八耳镇", position: Position(107.130, 30.215), reason: "along 明月山 (source order)"),
        SeatAnchor(name: "丰禾镇", position: Position(107.085, 30.145), reason: "along 明月山 (source order)"),
        SeatAnchor(name: "黎家乡", position: Position(107.040, 30.075), reason: "along 明月山, south (source order)"),
        SeatAnchor(name: "甘坝乡", position: Position(106.795, 30.195), reason: "east foot of 高登山 (天意谷 source)"),
        SeatAnchor(name: "御临镇", position: Position(106.768, 30.040), reason: "the 188 m low point at the southern exit of 御临河"),
        SeatAnchor(name: "高滩镇", position: Position(106.745, 30.085), reason: "south-west, facing 渝北茨竹 (高竹新区 source)"),
        SeatAnchor(name: "华蓥乡", position: Position(106.900, 30.385), reason: "on the 华蓥山 flank (name)"),
    ]

    /// Modelled coal workings of the west trough at the east foot of 华蓥山 (the sources
    /// say the 西槽 holds the mines, not where).
    public static let coalWorkings: [Position] = [
        Position(106.760, 30.120), Position(106.815, 30.215), Position(106.850, 30.285), Position(106.905, 30.360),
    ]
}

/// Modelled road alignments for the sourced road facts: 包茂 and 沪蓉 expressways
/// meet at the county seat's south edge; G210 and G350 run through the county.
public enum LinshuiRoads {
    static let junction = Position(106.925, 30.322)
    public static let specs: [RoadSpec] = [
        RoadSpec(kind: "expressway", name: "包茂高速", ref: "G65",
                 path: [Position(107.030, 30.560), Position(106.990, 30.450), Position(106.955, 30.375),
                        junction, Position(106.860, 30.230), Position(106.800, 30.120), Position(106.755, 30.000)]),
        RoadSpec(kind: "expressway", name: "沪蓉高速", ref: "G42",
                 path: [Position(106.760, 30.400), Position(106.850, 30.350), junction,
                        Position(107.020, 30.300), Position(107.120, 30.290), Position(107.300, 30.300)]),
        RoadSpec(kind: "national", name: "国道210", ref: "G210",
                 path: [Position(107.060, 30.560), Position(107.000, 30.440), Position(106.960, 30.370),
                        Position(106.930, 30.335), Position(106.880, 30.260), Position(106.830, 30.170),
                        Position(106.780, 30.060), Position(106.770, 29.990)]),
        RoadSpec(kind: "national", name: "国道350", ref: "G350",
                 path: [Position(106.740, 30.330), Position(106.860, 30.330), Position(106.930, 30.335),
                        Position(107.040, 30.250), Position(107.120, 30.200), Position(107.260, 30.180)]),
    ]
}
