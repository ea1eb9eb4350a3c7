// benkang-bench: release-build benchmarks of the hot paths (filled in by the GIS work).
print("benkang-bench: no benchmarks yet")
