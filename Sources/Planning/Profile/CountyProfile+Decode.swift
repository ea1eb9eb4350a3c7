import GIS
import Yams

/// Reading each section of the profile. Every accessor reports its own problems, so
/// a profile with ten mistakes gets ten messages.
extension CountyProfile {
    static func read(_ m: YAMLMap, file: String) -> CountyProfile {
        let county = m.map("county").map(readCounty) ?? CountyIdentity(nameZh: "", nameEn: "", code: "", level: "县", prefectureZh: "", provinceZh: "")
        let crs = m.map("crs").map { c in
            ProfileCRS(planning: c.string("planning"), description: c.string("description", default: ""))
        } ?? ProfileCRS(planning: "", description: "")
        let years = m.map("years").map { y in PlanYears(base: y.integer("base", 1949...2100), end: y.integer("end", 1950...2100)) } ?? PlanYears(base: 0, end: 0)
        if years.end <= years.base, let node = m.value("years") {
            m.report(node, "years", "expected end (\(years.end)) after base (\(years.base))")
        }
        // Only a span that makes sense is what the targets' years are checked against (an end
        // before the base, e.g. one that is not a number, would make an empty range trap).
        m.problems.years = years.end > years.base ? years : nil
        let profile = CountyProfile(
            county: county, crs: crs, years: years,
            sources: m.map("sources").map(readSources) ?? ProfileSources(boundary: "", neighbours: nil, townships: "", villages: "", modelInputs: nil, boundarySource: nil),
            build: readBuild(m.map("build", optional: true)),
            terrain: readTerrain(m.map("terrain")),
            zones: readZones(m.map("zones")),
            layout: readLayout(m.map("layout")),
            demonstrationLines: readLines(m.map("demonstration_lines", optional: true)),
            places: m.list("places", optional: true, readPlace),
            tourismVillages: readTourismVillages(m.map("tourism_villages", optional: true)),
            resettlement: readResettlement(m.map("resettlement", optional: true)),
            industrySites: readIndustrySites(m.map("industry_sites", optional: true)),
            poverty: readPoverty(m.map("poverty")),
            townshipFacilities: readFacilities(m.map("township_facilities", optional: true)),
            exitRules: readExitRules(m.map("exit_rules")),
            calibration: m.list("calibration", optional: true, readTarget),
            reportedFigures: m.list("reported_figures", optional: true, readReported),
            maps: readMaps(m.map("maps"), county: county),
            file: file)
        m.finish()
        m.checkUnique(profile.terrain.units.map(\.name), "terrain", "terrain unit")
        m.checkUnique(profile.zones.list.map(\.name), "zones", "zone")
        m.checkUnique(profile.places.map(\.id), "places", "place id")
        m.checkUnique(profile.calibration.map(\.id), "calibration", "calibration target id")
        m.problems.resolveReferences([
            "ridge": profile.terrain.units.compactMap(\.ridge),
            "terrain unit": profile.terrain.units.map(\.name),
            "zone": profile.zones.list.map(\.name),
            "place": profile.places.map(\.id),
        ])
        return profile
    }

    static func readCounty(_ c: YAMLMap) -> CountyIdentity {
        defer { c.finish() }
        let code = c.string("code")
        if !code.isEmpty, !(code.count == 6 && code.allSatisfy { $0.isASCII && $0.isNumber }), let node = c.value("code") {
            c.report(node, "code", "expected a 6-digit administrative code in quotes, found \"\(code)\"")
        }
        let level = c.string("level")
        if !["县", "市", "区", "旗", "自治县"].contains(level), let node = c.value("level") {
            c.report(node, "level", "expected 县, 市 (county-level city), 区, 旗 or 自治县, found \"\(level)\"")
        }
        return CountyIdentity(nameZh: c.string("name_zh"), nameEn: c.string("name_en"), code: code, level: level,
                              prefectureZh: c.string("prefecture_zh", default: ""), provinceZh: c.string("province_zh", default: ""))
    }

    static func readSources(_ s: YAMLMap) -> ProfileSources {
        defer { s.finish() }
        return ProfileSources(boundary: s.string("boundary"), neighbours: s.optionalString("neighbours"),
                              townships: s.string("townships"), villages: s.string("villages"),
                              modelInputs: s.optionalString("model_inputs"), boundarySource: s.optionalString("boundary_source"))
    }

    static func readBuild(_ b: YAMLMap?) -> BuildSettings {
        defer { b?.finish() }
        func n(_ k: String, _ r: ClosedRange<Double>, _ d: Double) -> Double { b?.number(k, r, default: d) ?? d }
        func i(_ k: String, _ r: ClosedRange<Int>, _ d: Int) -> Int { b?.integer(k, r, default: d) ?? d }
        return BuildSettings(
            seed: UInt64(i("seed", 0...Int.max, 1)), demCellMetres: n("dem_cell_m", 25...1_000, 200),
            contourIntervalMetres: n("contour_interval_m", 5...1_000, 100), coordinateDecimals: i("coordinate_decimals", 4...9, 6),
            zoneSimplifyMetres: n("zone_simplify_m", 0...1_000, 90), seatCandidates: i("seat_candidates", 1...1_000, 60),
            seatElevationPenaltyMetresPerMetre: n("seat_elevation_penalty_m_per_m", 0...1_000, 12),
            villageCandidates: i("village_candidates", 1...1_000, 12))
    }

    static func readTerrain(_ t: YAMLMap?) -> TerrainProfile {
        defer { t?.finish() }
        func n(_ k: String, _ r: ClosedRange<Double>, _ d: Double) -> Double { t?.number(k, r, default: d) ?? d }
        let units = t?.list("units") { u -> TerrainUnitProfile in
            let kind = u.oneOf("kind", TerrainKind.self) ?? .plain
            let unit = TerrainUnitProfile(name: u.string("name"), kind: kind, ridge: u.optionalString("ridge"),
                                          between: u.references("between", "ridge"), side: u.optionalString("side"),
                                          river: u.optionalString("river"))
            if let side = unit.side, side != "west" && side != "east", let node = u.value("side") {
                u.report(node, "side", "expected west or east, found \"\(side)\"")
            }
            if unit.between.count > 2, let node = u.value("between") {
                u.report(node, "between", "expected one or two ridge names, found \(unit.between.count)")
            }
            if kind == .mountain, unit.ridge == nil, let node = u.node {
                u.report(node, "", "a mountain unit names its ridge (ridge: NAME, a ridge of model_inputs)")
            }
            if kind != .mountain, unit.ridge != nil, let node = u.value("ridge") {
                u.report(node, "ridge", "only a mountain unit has a ridge; a \(kind.rawValue) lies between ridges (between: [WEST, EAST])")
            }
            if unit.between.count == 1, unit.side == nil, let node = u.value("between") {
                u.report(node, "between", "a unit beside one ridge says on which side: side: west or side: east")
            }
            return unit
        } ?? []
        return TerrainProfile(
            troughFloorFarMetres: n("trough_floor_far_m", -500...9_000, 400),
            troughFloorRiseDistanceMetres: n("trough_floor_rise_distance_m", 1...1e6, 50_000),
            hillAmplitudeMetres: n("hill_amplitude_m", 0...2_000, 70), hillWavelengthMetres: n("hill_wavelength_m", 100...1e5, 3_500),
            valleySideRiseMetres: n("valley_side_rise_m", 0...2_000, 60), valleySideWidthMetres: n("valley_side_width_m", 1...1e5, 1_800),
            mountainProfileThreshold: n("mountain_profile_threshold", 0.01...0.99, 0.3), units: units)
    }

    static func readZones(_ z: YAMLMap?) -> ZonesProfile {
        defer { z?.finish() }
        let list = z?.list("list") { e -> ZoneProfile in
            let rule = e.map("rule").map { r -> ZoneRule in
                defer { r.finish() }
                return ZoneRule(
                    elevationMinMetres: r.optionalNumber("elevation_min_m", -500...9_000),
                    elevationMaxMetres: r.optionalNumber("elevation_max_m", -500...9_000),
                    slopeMinDegrees: r.optionalNumber("slope_min_deg", 0...90),
                    riverDistanceMinMetres: r.optionalNumber("river_distance_min_m", 0...1e6),
                    riverDistanceMaxMetres: r.optionalNumber("river_distance_max_m", 0...1e6),
                    heightAboveRiverMaxMetres: r.optionalNumber("height_above_river_max_m", 0...9_000),
                    nearPoints: r.optionalString("near_points"), radiusMetres: r.optionalNumber("radius_m", 1...1e6))
            } ?? ZoneRule()
            if rule.nearPoints != nil && rule.radiusMetres == nil, let node = e.value("rule") {
                e.report(node, "rule", "near_points needs radius_m")
            }
            return ZoneProfile(name: e.string("name"), kind: e.oneOf("kind", ZoneKind.self) ?? .other,
                               hazard: e.bool("hazard"), disasters: e.bool("disasters"), rule: rule,
                               description: e.string("description", default: ""))
        } ?? []
        if list.count > ZoneSet.capacity, let node = z?.value("list") {
            z?.report(node, "list", "expected at most \(ZoneSet.capacity) zones, found \(list.count)")
        }
        return ZonesProfile(titleZh: z?.string("title_zh", default: "扶贫区域") ?? "扶贫区域", list: list,
                            villageShare: z?.number("village_share", 0.01...1, default: 0.3) ?? 0.3)
    }

    static func readLayout(_ l: YAMLMap?) -> LayoutProfile {
        defer { l?.finish() }
        return LayoutProfile(titleZh: l?.string("title_zh", default: "规划布局") ?? "规划布局",
                             countySeatTownship: l?.string("county_seat_township") ?? "",
                             coreTownships: l?.strings("core_townships", default: []) ?? [],
                             coreName: l?.string("core_name", default: "") ?? "",
                             centralTowns: l?.strings("central_towns", default: []) ?? [],
                             centralTownCount: l?.integer("central_town_count", 0...1_000, default: 0) ?? 0)
    }

    static func readLines(_ d: YAMLMap?) -> DemonstrationLinesProfile {
        defer { d?.finish() }
        let list = d?.list("list") { e -> LineProfile in
            var select = LineSelection()
            if let s = e.map("select", optional: true) {
                select.zones = s.references("zones", "zone")
                select.notZones = s.references("not_zones", "zone")
                select.terrainUnits = s.references("terrain_units", "terrain unit")
                select.townships = s.strings("townships", default: [])
                select.nearRidge = s.reference("near_ridge", "ridge")
                select.nearRidgeSigmas = s.number("near_ridge_sigmas", 0.1...100, default: 3.5)
                select.orTourismSite = s.bool("or_tourism_site", default: false)
                s.finish()
            }
            return LineProfile(name: e.string("name"), kind: e.oneOf("kind", LineKind.self, default: .other) ?? .other,
                               tourism: e.bool("tourism", default: false), theme: e.string("theme", default: ""),
                               select: select, rankBy: readRanking(e))
        } ?? []
        return DemonstrationLinesProfile(titleZh: d?.string("title_zh", default: "示范线") ?? "示范线",
                                         villagesPerLine: d?.integer("villages_per_line", 2...10_000, default: 14) ?? 14, list: list)
    }

    static func readRanking(_ e: YAMLMap) -> LineRanking {
        let names = ["poverty_score", "near_county_seat", "tourism_orchard_farmland", "farmland", "elevation"]
        guard let v = e.value("rank_by") else { return .povertyScore }
        if let s = v.scalar?.string {
            switch s {
            case "poverty_score": return .povertyScore
            case "near_county_seat": return .nearCountySeat
            case "tourism_orchard_farmland": return .tourismOrchardFarmland
            case "farmland": return .farmland
            case "elevation": return .elevation
            default:
                e.report(v, "rank_by", "expected one of \(names.joined(separator: ", ")) or {near_places: [ids]}, found \"\(s)\"\(DidYouMean.hint(for: s, among: names))")
                return .povertyScore
            }
        }
        let m = YAMLMap(v, path: e.keyPath("rank_by"), docPath: e.docPath + ".rank_by", problems: e.problems)
        defer { m.finish() }
        return .nearPlaces(m.references("near_places", "place"))
    }

    static func readPlace(_ p: YAMLMap) -> PlaceProfile {
        var at = PlacePosition.lonLat(longitude: 0, latitude: 0)
        if let a = p.map("at") {
            if let lonlat = a.numbers("lon_lat", count: 2, -180...180) {
                at = .lonLat(longitude: lonlat[0], latitude: lonlat[1])
            } else if let e = a.optionalNumber("village_nearest_elevation_m", -500...9_000) {
                at = .villageNearestElevation(township: a.string("township"), elevationMetres: e)
            } else {
                let o = a.numbers("offset_m", count: 2, -1e6...1e6) ?? [0, 0]
                at = .offsetFromSeat(township: a.string("township"), eastMetres: o[0], northMetres: o[1])
            }
            a.finish()
        }
        return PlaceProfile(id: p.string("id"), name: p.string("name"), kind: p.string("kind"), at: at,
                            jobs: p.integer("jobs", 0...10_000_000, default: 0), firms: p.optionalInteger("firms", 0...1_000_000))
    }

    static func readTourismVillages(_ t: YAMLMap?) -> TourismVillagesProfile {
        defer { t?.finish() }
        return TourismVillagesProfile(named: t?.strings("named", default: []) ?? [],
                                      highestInTerrainUnit: t?.reference("highest_in_terrain_unit", "terrain unit"),
                                      jobs: t?.integer("jobs", 0...1_000_000, default: 0) ?? 0)
    }

    static func readResettlementSite(_ s: YAMLMap?) -> ResettlementSiteProfile? {
        guard let s else { return nil }
        defer { s.finish() }
        let o = s.numbers("offset_m", count: 2, -1e6...1e6) ?? [0, 0]
        return ResettlementSiteProfile(
            name: s.string("name"), offsetEastMetres: o[0], offsetNorthMetres: o[1],
            capacityPersons: s.integer("capacity_persons", 0...10_000_000),
            costYuanPerPerson: s.number("cost_yuan_per_person", 0...1e8), jobs: s.integer("jobs", 0...10_000_000, default: 0),
            nearPlace: s.reference("near_place", "place"),
            minPoorVillagesInTownship: s.optionalInteger("min_poor_villages_in_township", 0...10_000))
    }

    static func readResettlement(_ r: YAMLMap?) -> ResettlementProfile {
        defer { r?.finish() }
        return ResettlementProfile(countySeat: readResettlementSite(r?.map("county_seat", optional: true)),
                                   centralTown: readResettlementSite(r?.map("central_town", optional: true)),
                                   industrialPark: readResettlementSite(r?.map("industrial_park", optional: true)),
                                   centralVillage: readResettlementSite(r?.map("central_village", optional: true)))
    }

    static func readIndustrySites(_ i: YAMLMap?) -> IndustrySitesProfile {
        defer { i?.finish() }
        let breeding = i?.map("breeding_farms", optional: true).map { b -> BreedingFarmsProfile in
            defer { b.finish() }
            return BreedingFarmsProfile(count: b.integer("count", 0...10_000), jobs: b.integer("jobs", 0...1_000_000, default: 0), name: b.string("name"))
        }
        let orange = i?.map("orange_parks", optional: true).map { o -> OrangeParksProfile in
            defer { o.finish() }
            return OrangeParksProfile(count: o.integer("count", 0...10_000), terrainUnits: o.references("terrain_units", "terrain unit"),
                                      jobs: o.integer("jobs", 0...1_000_000, default: 0), minAreaMu: o.number("min_area_mu", 0...1e7, default: 0),
                                      farmlandShare: o.number("farmland_share", 0...1), name: o.string("name"))
        }
        return IndustrySitesProfile(breedingFarms: breeding, orangeParks: orange)
    }

    static func readPoverty(_ p: YAMLMap?) -> PovertyFacts {
        defer { p?.finish() }
        func n(_ k: String, _ r: ClosedRange<Double>, _ d: Double? = nil) -> Double { p?.number(k, r, default: d) ?? d ?? 0 }
        func i(_ k: String, _ d: Int? = nil) -> Int { p?.integer(k, 0...100_000_000, default: d) ?? d ?? 0 }
        let facts = PovertyFacts(
            ruralPoorPersons: i("rural_poor_persons"), ruralIncidence: n("rural_incidence", 0.0001...1),
            urbanPoorPersons: i("urban_poor_persons", 0), urbanPopulation: i("urban_population", 0), poorVillages: i("poor_villages"),
            zonePoorPersons: Dictionary(p?.integersByName("zone_poor_persons", 0...100_000_000, referring: "zone") ?? [], uniquingKeysWith: { a, _ in a }),
            poorVillageMountainShare: n("poor_village_mountain_share", 0...1, 0.5),
            ruralIncomeYuanPerPersonBase: n("rural_income_yuan_per_person_base", 1...1e7),
            incomeConcept: p?.string("income_concept", default: "") ?? "",
            householdSize: n("household_size", 1...20), poorHouseholdSize: n("poor_household_size", 1...20))
        if facts.urbanPoorPersons > facts.urbanPopulation, let node = p?.value("urban_poor_persons") {
            p?.report(node, "urban_poor_persons", "expected at most urban_population (\(facts.urbanPopulation)), found \(facts.urbanPoorPersons)")
        }
        return facts
    }

    static func readFacilities(_ f: YAMLMap?) -> TownshipFacilitiesProfile {
        defer { f?.finish() }
        var shares: [TownshipFacility: Double] = [:]
        if let m = f?.map("missing_share", optional: true) {
            for facility in TownshipFacility.allCases {
                shares[facility] = m.number(facility.rawValue, 0...1, default: 0)
            }
            m.finish()
        }
        return TownshipFacilitiesProfile(missingShare: shares)
    }

    static func readExitRules(_ e: YAMLMap?) -> ExitThresholds {
        defer { e?.finish() }
        var facilities: [TownshipFacility] = []
        for name in e?.strings("county_township_facilities", default: TownshipFacility.allCases.map(\.rawValue)) ?? [] {
            if let f = TownshipFacility(rawValue: name) { facilities.append(f) } else if let node = e?.value("county_township_facilities") {
                let allowed = TownshipFacility.allCases.map(\.rawValue)
                e?.report(node, "county_township_facilities", "expected facilities among \(allowed.joined(separator: ", ")), found \"\(name)\"\(DidYouMean.hint(for: name, among: allowed))")
            }
        }
        return ExitThresholds(villageIncidenceBelow: e?.number("village_incidence_below", 0...1) ?? 0.03,
                              countyIncidenceBelow: e?.number("county_incidence_below", 0...1) ?? 0.03,
                              countyTownshipFacilities: facilities)
    }

    static func readTarget(_ t: YAMLMap) -> CalibrationTarget {
        let figure = t.oneOf("figure", CalibrationFigure.self) ?? .poorPersons
        let relative = t.optionalNumber("tolerance_relative", 0...10)
        let absolute = t.optionalNumber("tolerance_absolute", 0...1e12)
        let share = t.optionalNumber("tolerance_share_of_runs", 0...1)
        let given = [relative, absolute, share].compactMap { $0 }.count
        if given != 1, let node = t.node {
            t.report(node, "", "expected exactly one of tolerance_relative, tolerance_absolute, tolerance_share_of_runs, found \(given)")
        }
        if (figure == .countyExit) != (share != nil), let node = t.node {
            t.report(node, "", "county_exit targets take tolerance_share_of_runs, and only they do")
        }
        let year = t.integer("year", 1949...2100)
        if let node = t.value("year"), let years = t.problems.years, !(years.base...years.end).contains(year) {
            t.report(node, "year", "expected a year in \(years.base)…\(years.end) (the profile's years), found \(year)")
        }
        let tolerance: CalibrationTolerance = relative.map { .relative($0) } ?? absolute.map { .absolute($0) } ?? .shareOfRuns(share ?? 1)
        return CalibrationTarget(id: t.string("id"), figure: figure, year: year,
                                 value: t.number("value", -1e12...1e12), concept: t.string("concept"),
                                 source: t.string("source"), tolerance: tolerance)
    }

    static func readReported(_ r: YAMLMap) -> ReportedFigure {
        ReportedFigure(id: r.string("id"), year: r.integer("year", 1949...2100), value: r.number("value", -1e12...1e12),
                       unit: r.string("unit"), concept: r.string("concept"), source: r.string("source"))
    }

    static func readMaps(_ m: YAMLMap?, county: CountyIdentity) -> MapTexts {
        defer { m?.finish() }
        return MapTexts(title: m?.string("title", default: county.nameZh) ?? county.nameZh,
                        subtitle: m?.string("subtitle", default: "") ?? "",
                        terrainTitle: m?.string("terrain_title", default: "地形") ?? "地形",
                        label: m?.string("label", default: county.nameZh) ?? county.nameZh)
    }
}
