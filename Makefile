# Benkang: two commands on a fresh Debian/Ubuntu machine.
#   make run    installs what is missing, builds, and runs the main job on geodata/ and scenarios/
#   make test   installs what is missing, builds, and runs every test
#   make fuzz   fuzzes every decoder for FUZZ_SECONDS each (Fuzz/README.md)
SHELL := /bin/bash
APT_PACKAGES := libproj-dev libgeos-dev libsqlite3-dev libssl-dev proj-data pkg-config librsvg2-2 fonts-noto-cjk
# What the tests need besides: GDAL's ogrinfo reads back every GeoPackage and Shapefile written;
# cs2cs (proj-bin) checks `project --lines` prints its digits;
# poppler's pdffonts/pdftotext/pdfinfo check the PDF maps (fonts embedded, real text, pages);
# headless Chromium renders `benkang report` (screenshot, DOM, PDF);
# a single-node Slurm (.ci/slurm-local.sh, started by SlurmClusterTests) runs the job-array test.
TEST_APT_PACKAGES := gdal-bin proj-bin poppler-utils chromium slurmctld slurmd slurm-client munge
SWIFT ?= swift
OUT ?= out
BENKANG := .build/release/benkang
# Release builds link Swift's runtime and Foundation statically (Swift's recommended way of
# shipping a Linux executable): no search and relocation of ~15 Swift shared libraries at
# every start. `benkang --version` took x0.69 the time and the household-loop bench x0.85,
# whole processes; the outputs are the same bytes. The system C libraries stay shared.
RELEASE_FLAGS ?= -c release --static-swift-stdlib

.PHONY: run test deps test-deps build release bench clean geodata fuzz

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

test-deps:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(TEST_APT_PACKAGES)"

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product benkang

run: release
	@mkdir -p $(OUT)
	$(BENKANG) validate --quiet geodata/*.geojson
	$(BENKANG) simulate scenarios/baseline.yaml --out $(OUT)/baseline
	$(BENKANG) simulate scenarios/tourism-push.yaml --out $(OUT)/tourism-push
	$(BENKANG) compare scenarios/relocation-{none,centralized,towns,villages,dispersed,optimized}.yaml --out $(OUT)/compare
	$(BENKANG) map --spec scenarios/maps/base.yaml -o $(OUT)/maps/base-map.svg
	$(BENKANG) map --spec scenarios/maps/base.yaml -o $(OUT)/maps/base-map.png
	$(BENKANG) map --spec scenarios/maps/base.yaml -o $(OUT)/maps/base-map.pdf
	$(BENKANG) map --spec scenarios/maps/poor-persons-2015-2020.yaml --run $(OUT)/baseline -o $(OUT)/maps/poor-persons-2015-2020.svg
	$(BENKANG) map --run $(OUT)/baseline --theme incidence --year 2018 -o $(OUT)/maps/incidence-2018.svg
	@# The plan reports (one HTML file each); a PDF beside each when Chromium is installed.
	$(BENKANG) report $(OUT)/baseline -o $(OUT)/report.html $$(command -v chromium >/dev/null 2>&1 && echo --pdf $(OUT)/report.pdf)
	$(BENKANG) report $(OUT)/compare -o $(OUT)/report-compare.html $$(command -v chromium >/dev/null 2>&1 && echo --pdf $(OUT)/report-compare.pdf)
	@echo "Outputs in $(OUT)/: baseline/ and tourism-push/ (tables, GeoJSON, summary), compare/, maps/*.svg, base-map.png (300 dpi) and base-map.pdf, report.html, report-compare.html (and .pdf with Chromium)"

# Rebuilds the shipped geodata of both counties from their sources (deterministic; the tests
# check the shipped folders are these builds).
geodata: build
	.build/debug/benkang geodata build --sources geodata/sources --out geodata --seed 20151
	.build/debug/benkang geodata build --sources geodata/counties/huaying/sources --out geodata/counties/huaying

test: deps test-deps
	$(SWIFT) test

FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

# The paired table (Sources/BenkangBench/PairedTiming.swift), also written to out/bench/table.md;
# the peers are optional: bench/install-peers.sh installs them in bench/.venv.
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product benkang
	$(SWIFT) build $(RELEASE_FLAGS) --product benkang-bench
	.build/release/benkang-bench --out $(OUT)/bench/table.md $(BENCH_ARGS)

clean:
	rm -rf .build $(OUT) .build-fuzz Fuzz/BenkangFuzz/.build
