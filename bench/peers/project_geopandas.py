#!/usr/bin/env python3
"""Peer of `benkang project --to EPSG:4545 IN -o OUT`: geopandas.read_file (pyogrio),
to_crs(4545), to_file(OUT, driver GeoJSON, pyogrio). Prints `work-seconds: S`.

Usage: python3 bench/peers/project_geopandas.py IN OUT
"""
import sys
import time


def main(source, target):
    import geopandas as gpd
    start = time.perf_counter()
    frame = gpd.read_file(source, engine="pyogrio")
    frame.to_crs(4545).to_file(target, driver="GeoJSON", engine="pyogrio")
    print(f"work-seconds: {time.perf_counter() - start:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: project_geopandas.py IN OUT")
    main(sys.argv[1], sys.argv[2])
