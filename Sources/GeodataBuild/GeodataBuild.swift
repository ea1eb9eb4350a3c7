/// GeodataBuild: the deterministic builder of the modelled planning layers in geodata/
/// from the real reference sources and documented parameters.
public enum GeodataBuildModule {}
