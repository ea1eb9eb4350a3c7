#!/usr/bin/env bash
# Installs the Python peers of `make bench` into bench/.venv (gitignored), with pip from
# PyPI: geopandas pyogrio pyproj shapely orjson numpy ortools highspy matplotlib.
# Also a second venv, bench/.venv-sysproj, with pyproj built from source against this
# machine's PROJ (libproj-dev, e.g. 9.1.1), so the PROJ row compares benkang and pyproj on
# the same PROJ as well as against the wheel's bundled PROJ (9.5.1 in pyproj 3.7.2).
# Usage: bench/install-peers.sh        (re-running it upgrades nothing already there)
# Needs python3 with the venv module (Debian: apt-get install python3-venv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet \
  geopandas pyogrio pyproj shapely orjson numpy ortools highspy matplotlib
"$venv/bin/python" - <<'PY'
import importlib
for name in ["geopandas", "pyogrio", "pyproj", "shapely", "orjson", "numpy", "ortools", "highspy", "matplotlib"]:
    module = importlib.import_module(name)
    print(f"{name} {getattr(module, '__version__', '?')}")
PY
# pyproj from source on the system PROJ: 3.6.1 is the newest pyproj that builds against
# PROJ 9.1 (3.7 needs PROJ 9.2). Optional: a failure leaves only the wheel row.
sysvenv="$here/.venv-sysproj"
if command -v proj >/dev/null 2>&1; then
  if [ ! -x "$sysvenv/bin/python" ]; then
    python3 -m venv "$sysvenv"
  fi
  "$sysvenv/bin/python" -m pip install --quiet --upgrade pip
  # Cython < 3: pyproj 3.6.1's sources built with Cython 3 fail at run time
  # ("TypeError: expected bytes, str found"), so build without isolation against 0.29.
  "$sysvenv/bin/python" -m pip install --quiet numpy "cython<3" setuptools wheel
  PROJ_DIR="$(dirname "$(dirname "$(command -v proj)")")" \
    "$sysvenv/bin/python" -m pip install --quiet --no-cache-dir --no-build-isolation --no-binary pyproj "pyproj==3.6.1" \
    || echo "pyproj from source against the system PROJ failed (needs libproj-dev and a C compiler)" >&2
  "$sysvenv/bin/python" -c 'import pyproj; pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4545"); print(f"pyproj {pyproj.__version__} (source) on PROJ {pyproj.proj_version_str}")' || true
fi
echo "peers installed in $venv"
