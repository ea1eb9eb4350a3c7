/// Chinese titles of the property and column keys Benkang writes (geodata layers,
/// `villages.geojson` of a run, `villages.csv`, `flows.csv`), used as column names or
/// aliases in exported files. Keys, not counties: nothing here names a place.
public enum FieldTitles {
    /// Key → Chinese title. Every title is unique, so Chinese column names never clash.
    public static let titles: [String: String] = [
        "id": "编号", "code": "代码", "name": "名称", "kind": "类型", "source": "数据来源",
        "adcode": "行政区划代码", "committee_name": "村委会名称",
        "township_code": "乡镇代码", "township_name": "乡镇名称",
        "poor_village": "贫困村", "population": "人口", "households": "户数",
        "poor_households": "贫困户数", "poor_persons": "贫困人口",
        "income_per_capita_2015": "2015年人均纯收入_元", "elevation_m": "海拔_米", "slope_deg": "坡度_度",
        "terrain_unit": "地貌单元", "zones": "所在区域", "farmland_mu": "耕地_亩",
        "road": "通硬化路", "water": "通自来水", "power": "通电", "broadband": "通宽带",
        "clinic": "有卫生室", "culture_room": "有文化室", "collective_income_yuan": "村集体收入_元",
        "dist_township_seat_km": "距乡镇驻地_公里", "dist_county_seat_km": "距县城_公里",
        "dist_road_km": "距道路_公里", "area_km2": "面积_平方公里", "poverty_score": "贫困评分",
        "seat_lon": "驻地经度", "seat_lat": "驻地纬度", "seat_source": "驻地来源",
        "central_school": "有中心校", "health_centre": "有卫生院", "service_centre": "有便民服务中心",
        "facilities_source": "设施来源", "ref": "道路编号", "level": "道路等级", "length_km": "长度_公里",
        "capacity_persons": "容纳人数", "cost_per_person_yuan": "人均安置成本_元", "jobs": "就业岗位",
        "firms": "企业数", "area_mu": "面积_亩", "theme": "主题", "tourism": "旅游线路",
        "village_ids": "途经村编号", "hazard": "灾害隐患区", "disasters": "地质灾害", "rule": "划定规则",
        "villages": "村数", "ridge": "山脉", "chosen_by": "选定依据", "river": "河流", "trough": "槽谷",
        // villages.geojson of a run
        "sim_year": "模拟年份", "sim_poor_persons": "模拟贫困人口", "sim_incidence": "模拟贫困发生率",
        "sim_income_per_capita": "模拟人均可支配收入_元", "sim_lifted_out_total": "模拟累计脱贫人口",
        "sim_relocated_persons": "模拟搬迁人口", "sim_exited": "模拟已退出", "sim_exit_year": "模拟退出年份",
        // villages.csv and flows.csv
        "village_id": "村编号", "village_name": "村名", "year": "年份", "incidence": "贫困发生率",
        "income_per_capita": "人均可支配收入_元", "lifted_out": "脱贫人口", "relocated_persons": "搬迁人口",
        "exited": "已退出", "from_village": "迁出村编号", "from_village_name": "迁出村名",
        "from_township_name": "迁出乡镇", "to_site": "安置点编号", "to_site_name": "安置点名称",
        "persons": "人数", "distance_km": "搬迁距离_公里",
    ]

    /// The title of `key`; a quantile column (`poor_persons_p10`) gets its base key's
    /// title with the suffix (`贫困人口_P10`); unknown keys are returned as they are.
    public static func title(_ key: String) -> String {
        if let t = titles[key] { return t }
        for suffix in ["_p10", "_p50", "_p90"] where key.hasSuffix(suffix) {
            if let t = titles[String(key.dropLast(suffix.count))] { return t + suffix.uppercased() }
        }
        return key
    }
}
