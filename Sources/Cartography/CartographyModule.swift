/// Cartography: map specs, projection to the page, styles, classification, legends,
/// scale bars, labels and SVG writing. Knows nothing of how results were computed.
public enum CartographyModule {}
