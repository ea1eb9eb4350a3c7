#!/usr/bin/env python3
"""Peer of `benkang info FILE`: the same summary with geopandas.

Reads FILE with pyogrio (geopandas.read_file, engine "pyogrio"), then computes what
`benkang info` prints: feature count, geometry types, lon/lat extent, the property
schema (column dtypes, nulls), the planar area of the polygons in EPSG:4545
(to_crs(4545).area) and their ellipsoidal area on CGCS2000 (pyproj.Geod
geometry_area_perimeter, Karney's algorithm), and the planar length of the lines.
Prints the figures, then `work-seconds: S` (the work after the imports).

Usage: python3 bench/peers/info_geopandas.py FILE
"""
import sys
import time


def main(path):
    import geopandas as gpd
    import pyproj
    start = time.perf_counter()
    frame = gpd.read_file(path, engine="pyogrio")
    types = frame.geom_type.value_counts()
    bounds = frame.total_bounds
    areal = frame[frame.geom_type.isin(["Polygon", "MultiPolygon"])]
    lines = frame[frame.geom_type.isin(["LineString", "MultiLineString"])]
    planar = areal.to_crs(4545).area.sum()
    length = lines.to_crs(4545).length.sum() if len(lines) else 0.0
    geod = pyproj.Geod(a=6378137, rf=298.257222101)
    geodesic = sum(abs(geod.geometry_area_perimeter(g)[0]) for g in areal.geometry)
    schema = {name: (str(dtype), int(frame[name].isna().sum())) for name, dtype in frame.dtypes.items() if name != "geometry"}
    seconds = time.perf_counter() - start
    print(f"features: {len(frame)} ({', '.join(f'{k} {v}' for k, v in types.items())})")
    print(f"extent: {bounds[0]:.6f} {bounds[1]:.6f} - {bounds[2]:.6f} {bounds[3]:.6f}")
    print(f"area: {planar / 1e6:,.3f} km2 (planar, EPSG:4545); {geodesic / 1e6:,.3f} km2 on the CGCS2000 ellipsoid")
    print(f"length: {length / 1e3:,.3f} km")
    print(f"properties: {len(schema)}")
    print(f"work-seconds: {seconds:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: info_geopandas.py FILE")
    main(sys.argv[1])
