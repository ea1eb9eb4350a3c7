# Benkang: two commands on a fresh Debian/Ubuntu machine.
#   make run    installs what is missing, builds, and runs the main job on geodata/ and scenarios/
#   make test   installs what is missing, builds, and runs every test
#   make fuzz   fuzzes every decoder for FUZZ_SECONDS each (Fuzz/README.md)
SHELL := /bin/bash
APT_PACKAGES := libproj-dev libgeos-dev libsqlite3-dev proj-data pkg-config
# What the tests need besides: GDAL's ogrinfo reads back every GeoPackage and Shapefile written;
# a single-node Slurm (.ci/slurm-local.sh, started by SlurmClusterTests) runs the job-array test.
TEST_APT_PACKAGES := gdal-bin slurmctld slurmd slurm-client munge
SWIFT ?= swift
OUT ?= out
BENKANG := .build/release/benkang

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
	$(SWIFT) build -c release --product benkang

run: release
	@mkdir -p $(OUT)
	$(BENKANG) validate --quiet geodata/*.geojson
	$(BENKANG) simulate scenarios/baseline.yaml --out $(OUT)/baseline
	$(BENKANG) simulate scenarios/tourism-push.yaml --out $(OUT)/tourism-push
	$(BENKANG) compare scenarios/relocation-{none,centralized,towns,villages,dispersed,optimized}.yaml --out $(OUT)/compare
	$(BENKANG) map --spec scenarios/maps/base.yaml -o $(OUT)/maps/base-map.svg
	$(BENKANG) map --spec scenarios/maps/poor-persons-2015-2020.yaml --run $(OUT)/baseline -o $(OUT)/maps/poor-persons-2015-2020.svg
	$(BENKANG) map --run $(OUT)/baseline --theme incidence --year 2018 -o $(OUT)/maps/incidence-2018.svg
	@echo "Outputs in $(OUT)/: baseline/ and tourism-push/ (tables, GeoJSON, summary), compare/, maps/*.svg"

test: deps test-deps
	$(SWIFT) test

FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

bench: deps
	$(SWIFT) build -c release --product benkang-bench
	.build/release/benkang-bench

clean:
	rm -rf .build $(OUT) .build-fuzz Fuzz/BenkangFuzz/.build
