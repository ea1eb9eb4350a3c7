import GIS
import Planning

extension GeodataBuilder {
    struct PlanLayers { var sites: [Feature] = []; var lines: [Feature] = []; var strategy: [Feature] = [] }

    /// A site feature (Point) with the contract's properties.
    func site(_ id: String, _ name: String, _ kind: String, at p: Position, township: Int,
              capacity: Int = 0, cost: Double = 0, jobs: Int = 0, extra: [(String, JSONValue)] = []) throws -> Feature {
        try feature(.point(p), [
            ("id", .string(id)), ("name", .string(name)), ("kind", .string(kind)),
            ("township_code", .string(townships[township].source.code)),
            ("capacity_persons", .number(Double(capacity))), ("cost_per_person_yuan", .number(cost)),
            ("jobs", .number(Double(jobs))),
        ] + extra + [("source", .string("modelled"))], id: id)
    }

    func township(containing p: Position) -> Int {
        townships.indices.first { (try? geos.prepare(townships[$0].geometry).contains(p)) == true } ?? countySeatIndex
    }

    func townshipIndex(named name: String) -> Int? { townships.firstIndex { $0.source.name == name } }

    /// Where a place of the profile lies (planning CRS), its township and the village
    /// it is in when placed on one; nil (with a warning) when its township is unknown.
    func resolve(_ place: PlaceProfile) throws -> (point: Position, township: Int, village: Int?)? {
        switch place.at {
        case .offsetFromSeat(let name, let east, let north):
            guard let t = townshipIndex(named: name) else { return unknownTownship(name, of: place) }
            let p = Position(townships[t].seat.x + east, townships[t].seat.y + north)
            return (p, township(containing: p), nil)
        case .villageNearestElevation(let name, let elevation):
            guard let t = townshipIndex(named: name) else { return unknownTownship(name, of: place) }
            let members = villages.indices.filter { villages[$0].townshipIndex == t }
            guard let v = members.min(by: { abs(villages[$0].elevationMetres - elevation) < abs(villages[$1].elevationMetres - elevation) })
            else { return nil }
            return (villages[v].point, t, v)
        case .lonLat(let lon, let lat):
            let q = try proj.transform(Position(lon, lat))
            let p = Position(q.x, q.y)
            return (p, township(containing: p), nil)
        }
    }

    private func unknownTownship(_ name: String, of place: PlaceProfile) -> (Position, Int, Int?)? {
        warnings.append(Diagnostic(.warning, file: profile.file, "places: \(place.id) is placed in \(name), which is not in the township list: left out of sites.geojson"))
        return nil
    }

    /// The resolved places by id (planning CRS).
    func placePositions() throws -> [String: Position] {
        var out: [String: Position] = [:]
        for place in profile.places { if let r = try resolve(place) { out[place.id] = r.point } }
        return out
    }

    func planFeatures() throws -> PlanLayers {
        var out = PlanLayers()
        let towns = centralTowns()
        let places = try placePositions()
        out.sites = try resettlementSites(towns: towns, places: places)
        let orange = try economicSites(into: &out.sites)
        let tourismIDs = try tourismSites(into: &out.sites)
        for (line, members) in demonstrationLines(places: places, tourism: tourismIDs, orange: Set(orange.map { villages[$0].id })) {
            guard members.count >= 2 else {
                warnings.append(Diagnostic(.warning, file: profile.file, "demonstration line \(line.name): fewer than two villages pass its selection: left out of lines.geojson"))
                continue
            }
            out.lines.append(try feature(.lineString(CoordinateSequence(members.map { villages[$0].point })), [
                ("name", .string(line.name)), ("kind", .string(line.kind.rawValue)), ("theme", .string(line.theme)),
                ("tourism", .bool(line.tourism)),
                ("village_ids", .array(members.map { .string(villages[$0].id) })), ("source", .string("modelled")),
            ]))
        }
        out.strategy = try strategyFeatures(towns: towns)
        return out
    }

    /// The layout: the core (the county seat's township), a belt along every ridge that
    /// has one, and the central-town areas.
    func strategyFeatures(towns: [Int]) throws -> [Feature] {
        var out: [Feature] = []
        let core = townships[countySeatIndex]
        out.append(try feature(core.geometry, [("kind", .string("core")), ("name", .string(profile.layout.coreName)),
                                                ("township_code", .string(core.source.code)), ("source", .string("modelled"))]))
        for r in terrain.ridges {
            guard let beltName = r.beltName else { continue }
            let axis = Geometry.lineString(CoordinateSequence(r.axis.points))
            let belt = try cleaned(try geos.intersection(try geos.buffer(axis, distance: r.sigma * 2.6), county))
            out.append(try feature(belt, [("kind", .string("belt")), ("name", .string(beltName)), ("ridge", .string(r.name)),
                                          ("source", .string("modelled (ridge axis ± 2.6 σ, clipped to the county)"))]))
        }
        for t in towns {
            let given = profile.layout.centralTowns.contains(townships[t].source.name)
            out.append(try feature(townships[t].geometry, [("kind", .string("central_town_area")),
                ("name", .string("\(townships[t].source.name)中心场镇区")), ("township_code", .string(townships[t].source.code)),
                ("chosen_by", .string(given ? "named in the plan" : "modelled: 镇 farthest from the county seat and the towns already chosen")),
                ("source", .string("modelled"))]))
        }
        return out
    }
}
