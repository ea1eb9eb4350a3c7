#!/usr/bin/env python3
"""geopandas peer of benkang-bench's base map row (benkang map --spec scenarios/maps/base.yaml).

Reads the same vector layers from GEODATA (neighbours, contours, zones, strategy,
villages, townships, roads, terrain, lines, sites, county), projects them to the
planning CRS EPSG:4545 as benkang does, plots them in the spec's layer order on one
A3-landscape figure with a fill or line style per layer, the village and township
names as labels and a title, and saves an SVG with matplotlib (savefig, format svg).

Leaves out what benkang's map has beyond that: the elevation raster (hillshade),
the graticule, the legend, scale bar, north arrow, label collision avoidance and the
line simplification. Prints "work-seconds: S" (reading, plotting and saving).
Usage: bench/.venv/bin/python bench/peers/basemap.py GEODATA OUT.svg
"""
import sys
import time

import matplotlib

matplotlib.use("svg")
import geopandas as gpd  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

STYLE = [
    ("neighbours", dict(facecolor="#eeeeee", edgecolor="#999999", linewidth=0.3)),
    ("contours", dict(color="#b08c5a", linewidth=0.2)),
    ("zones", dict(facecolor="#fdd49e", edgecolor="#d7301f", linewidth=0.3, alpha=0.5)),
    ("strategy", dict(facecolor="none", edgecolor="#6a51a3", linewidth=0.6)),
    ("villages", dict(facecolor="#ffeda0", edgecolor="#bdbdbd", linewidth=0.15)),
    ("townships", dict(facecolor="none", edgecolor="#636363", linewidth=0.6)),
    ("roads", dict(color="#e34a33", linewidth=0.4)),
    ("terrain", dict(facecolor="none", edgecolor="#41ab5d", linewidth=0.5)),
    ("lines", dict(color="#2171b5", linewidth=1.2)),
    ("sites", dict(color="#08519c", markersize=6)),
    ("county", dict(facecolor="none", edgecolor="#000000", linewidth=1.0)),
]


def main():
    geodata, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    fig, ax = plt.subplots(figsize=(16.54, 11.69))
    for name, style in STYLE:
        frame = gpd.read_file(f"{geodata}/{name}.geojson", engine="pyogrio")
        frame = frame.to_crs(4545)
        frame.plot(ax=ax, **style)
        if name in ("villages", "townships") and "name" in frame.columns:
            points = frame.geometry.representative_point()
            for point, label in zip(points, frame["name"]):
                ax.annotate(str(label), (point.x, point.y), fontsize=2 if name == "villages" else 5, ha="center")
    ax.set_axis_off()
    ax.set_title("邻水县脱贫攻坚规划图")
    fig.savefig(out, format="svg")
    plt.close(fig)
    print(f"work-seconds: {time.perf_counter() - start}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
