#!/usr/bin/env python3
"""Peer of the PROJ-throughput row: pyproj.Transformer EPSG:4326 -> EPSG:4545
(always_xy) on N lon/lat points uniform over 106.70-107.30 E x 29.95-30.55 N (numpy
seed 4545), in memory, one thread, best of 3. Prints the PROJ version, `points-per-second:
R` and `work-seconds: S` (the best run).

Usage: python3 bench/peers/proj_pyproj.py N
"""
import sys
import time


def main(n):
    import numpy as np
    import pyproj
    rng = np.random.default_rng(4545)
    lon = 106.70 + 0.60 * rng.random(n)
    lat = 29.95 + 0.60 * rng.random(n)
    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4545", always_xy=True)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        transformer.transform(lon, lat)
        best = min(best, time.perf_counter() - start)
    print(f"proj: {pyproj.proj_version_str} (pyproj {pyproj.__version__})")
    print(f"points-per-second: {n / best:.0f}")
    print(f"work-seconds: {best:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: proj_pyproj.py N")
    main(int(sys.argv[1]))
