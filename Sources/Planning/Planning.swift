/// Planning: the region's domain types (townships, villages, zones, demonstration lines,
/// sites, terrain) and loading them from a geodata folder with the schema checked.
public enum PlanningModule {}
