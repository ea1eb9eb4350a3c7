/// Simulation: scenario schema, household synthesis, yearly processes, exit rules,
/// random streams, ensembles and results. Knows nothing of SVG, files or the terminal.
public enum SimulationModule {}
