#!/usr/bin/env python3
"""Python peer measurements for benkang-bench, run in one process.

Measures, best of 3 wall-clock runs each:
  1. GeoJSON decode throughput of FILE: json.load and, when importable,
     geopandas.read_file (pyogrio engine).
  2. PROJ throughput: pyproj.Transformer EPSG:4326 -> EPSG:4545 (always_xy) on N
     lon/lat points spread uniformly over Linshui County's box
     (106.70-107.30 E x 29.95-30.55 N; numpy seed 4545).
  3. Spatial join rate: N points uniform over the box of FILE's polygons, with
     geopandas.sjoin (predicate "within") or else shapely.STRtree over the points
     queried with each polygon (predicate "contains").

Usage: python3 bench/peer.py --geojson FILE --points N
Output: one line per measure on stdout, "name value unit". A measure whose module is
missing is skipped with a "skip: ..." line on stderr. Never needed by the tests.
"""
import argparse
import importlib
import json
import os
import sys
import time

BOX = (106.70, 29.95, 107.30, 30.55)  # lon/lat box over the county


def best_of_3(fn):
    best = float("inf")
    result = None
    for _ in range(3):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def optional(name):
    """The module, or None after a skip message when it cannot be imported."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        print(f"skip: {name} not importable ({error})", file=sys.stderr)
        return None


def report(name, value, unit):
    print(f"{name} {value:.6g} {unit}")


def decode(path):
    megabytes = os.path.getsize(path) / 1e6

    def load():
        with open(path, "rb") as f:
            return json.load(f)

    seconds, _ = best_of_3(load)
    report("geojson_decode_json_load", megabytes / seconds, "MB/s")
    gpd = optional("geopandas")
    if gpd is None or optional("pyogrio") is None:
        return
    seconds, _ = best_of_3(lambda: gpd.read_file(path, engine="pyogrio"))
    report("geojson_decode_geopandas_pyogrio", megabytes / seconds, "MB/s")


def cloud(np, n, box=BOX):
    """n positions uniform over box (min x, min y, max x, max y), numpy seed 4545."""
    rng = np.random.default_rng(4545)
    lon = box[0] + (box[2] - box[0]) * rng.random(n)
    lat = box[1] + (box[3] - box[1]) * rng.random(n)
    return lon, lat


def projection(np, n):
    pyproj = optional("pyproj")
    if pyproj is None:
        return
    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4545", always_xy=True)
    lon, lat = cloud(np, n)
    seconds, (x, y) = best_of_3(lambda: transformer.transform(lon, lat))
    # the reference point of the Swift tests: 107.0 E, 30.3 N -> E 403802.836, N 3353793.458
    e, north = transformer.transform(107.0, 30.3)
    if abs(e - 403802.836) > 0.001 or abs(north - 3353793.458) > 0.001:
        print(f"warning: pyproj gives {e:.3f} {north:.3f} for 107.0 E 30.3 N", file=sys.stderr)
    report("proj_pyproj_4326_to_4545", n / seconds, "points/s")


def spatial_join(np, path, n):
    shapely = optional("shapely")
    if shapely is None:
        return
    gpd = optional("geopandas")
    if gpd is not None and optional("pyogrio") is not None:
        polygons = gpd.read_file(path, engine="pyogrio")
        polygons = polygons[polygons.geom_type.isin(["Polygon", "MultiPolygon"])]
        lon, lat = cloud(np, n, tuple(polygons.total_bounds))
        points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=polygons.crs)
        seconds, joined = best_of_3(lambda: gpd.sjoin(points, polygons, predicate="within"))
        report("sjoin_geopandas_points_in_polygons", n / seconds, "points/s")
        report("sjoin_geopandas_points_matched", len(joined), "points")
        return
    with open(path, "rb") as f:
        data = json.load(f)
    shapes = [shapely.geometry.shape(feat["geometry"]) for feat in data.get("features", [])
              if feat.get("geometry") and feat["geometry"]["type"] in ("Polygon", "MultiPolygon")]
    lon, lat = cloud(np, n, tuple(shapely.total_bounds(shapes)))
    points = shapely.points(lon, lat)

    def join():
        # as geopandas does: index the points, query with each (prepared) polygon
        tree = shapely.STRtree(points)
        return tree.query(shapes, predicate="contains")

    seconds, pairs = best_of_3(join)
    report("sjoin_shapely_strtree_points_in_polygons", n / seconds, "points/s")
    report("sjoin_shapely_points_matched", len(set(pairs[1].tolist())), "points")


def main():
    parser = argparse.ArgumentParser(description="Python peer measurements for benkang-bench.")
    parser.add_argument("--geojson", required=True, help="GeoJSON file to decode and join against")
    parser.add_argument("--points", type=int, default=1_000_000, help="points to project and join")
    args = parser.parse_args()
    if not os.path.isfile(args.geojson):
        print(f"error: {args.geojson}: no such file", file=sys.stderr)
        return 2
    decode(args.geojson)
    np = optional("numpy")
    if np is None:
        return 0
    projection(np, args.points)
    spatial_join(np, args.geojson, args.points)
    return 0


if __name__ == "__main__":
    sys.exit(main())
