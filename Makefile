# Compute Ledger. `make run` builds everything and serves the explorer;
# `make test` runs every test. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

GO        ?= go
ADDR      ?= 127.0.0.1:8000
PREFIX    ?= /
OUT       ?= dist
BIN       := bin/computeledger
GOWASM    := GOOS=js GOARCH=wasm
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm
# app.wasm budget in bytes (stripped, uncompressed). go-app alone is about
# 6.9 MB (1 MB of it Go's crypto, kept by go-app's net/http import), the
# option code of go-echarts about 0.5 MB, the models and chart builders
# about 1.3 MB and the explorer's UI about 3.3 MB (eleven views, and since
# the publishing features the embed pages, the share menu, the chart
# tables, the baseline and the phone layout, +0.6 MB): 12.1 MB in all. The
# budget catches server code leaking into the browser build (about 7 MB
# more; the link-preview images are drawn natively only); what a first
# visit downloads is measured by `make bench` against its own target.
WASM_BUDGET_BYTES ?= 12300000

GO_SOURCES := $(shell find app data cmd -name '*.go' -o -name '*.json' -o -name '*.csv' -o -name '*.js' 2>/dev/null) go.mod go.sum

.PHONY: bench wasm-size run serve build wasm web bin precompress deps test test-go test-wasm vet check-wasm-size e2e e2e-tools clean help

help:
	@echo "make run      build everything and serve the explorer on http://$(ADDR)"
	@echo "make test     run every test (vet, unit, wasm, browser end-to-end)"
	@echo "make wasm     build web/app.wasm"
	@echo "make build    write the static site to $(OUT)/ (PREFIX=/sub/ for a sub-path)"
	@echo "make bench    measure load size, time to first chart, slider latency, models, server, Lighthouse"
	@echo "make wasm-size  what each Go package adds to app.wasm (code bytes)"
	@echo "make clean    remove everything the build wrote"

run: web wasm bin precompress
	$(BIN) serve -addr $(ADDR)

serve: run

# npm packages, pinned by package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json

# The custom ECharts bundle: only what the charts use.
web/echarts.min.js: web/echarts-entry.js node_modules/.package-lock.json
	node_modules/.bin/esbuild web/echarts-entry.js --bundle --minify --format=iife --target=es2020 --legal-comments=none --log-level=warning --outfile=$@

web: web/echarts.min.js

web/app.wasm: $(GO_SOURCES)
	$(GOWASM) $(GO) build -trimpath -ldflags='-s -w' -o $@ ./cmd/computeledger

wasm: web/app.wasm

$(BIN): $(GO_SOURCES)
	$(GO) build -trimpath -o $@ ./cmd/computeledger

bin: $(BIN)

# Brotli (best quality) and gzip variants of the large assets, made once per
# build rather than at every server start.
web/%.br: web/% | $(BIN)
	$(BIN) compress $<

precompress: web/app.wasm.br web/echarts.min.js.br

build: web wasm bin precompress
	$(BIN) build -out $(OUT) -prefix $(PREFIX)

vet:
	$(GO) vet ./...
	$(GOWASM) $(GO) vet ./...
	@unformatted=$$(gofmt -l app data cmd); if [ -n "$$unformatted" ]; then echo "gofmt: not formatted: $$unformatted"; exit 1; fi

test-go:
	$(GO) test ./...

# The packages that run in the browser, run as WebAssembly under Node.
test-wasm:
	PATH="$(WASM_EXEC):$$PATH" $(GOWASM) $(GO) test ./data/... ./app/model/... ./app/chart/...

TMPDIR ?= /tmp

# What each package adds to app.wasm: the same build with its function
# names kept (without -s), read by cmd/wasmsize.
wasm-size: $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -o $(TMPDIR)/computeledger-names.wasm ./cmd/computeledger
	$(GO) run ./cmd/wasmsize -top 30 $(TMPDIR)/computeledger-names.wasm
	@rm -f $(TMPDIR)/computeledger-names.wasm

check-wasm-size: web/app.wasm
	@size=$$(stat -c %s web/app.wasm); \
	if [ "$$size" -gt "$(WASM_BUDGET_BYTES)" ]; then \
	  echo "app.wasm is $$size bytes, over its budget of $(WASM_BUDGET_BYTES) bytes: is server code reachable from the wasm build?"; exit 1; \
	fi; \
	echo "app.wasm: $$size bytes (budget $(WASM_BUDGET_BYTES))"

e2e-tools:
	@e2e/ensure-tools.sh

# The browser suite: the Go server and the sub-path static build, in
# Debian's headless Chromium driven by playwright-core.
e2e: web wasm bin precompress e2e-tools
	rm -rf e2e/.site && mkdir -p e2e/.site
	$(BIN) build -out e2e/.site/sub -prefix /sub/ >/dev/null
	node --test --test-concurrency=1 e2e/

test: vet test-go test-wasm check-wasm-size e2e
	node --test web/

# One table of measured figures against the targets (see README.md). About
# five minutes; BENCH_FLAGS=--quick runs fewer repetitions, and
# BENCH_FLAGS=--only=slider,lighthouse only the parts named (load,
# startup, slider, import, models, server, lighthouse).
bench: web wasm bin precompress e2e-tools
	node e2e/bench.mjs $(BENCH_FLAGS)

clean:
	rm -rf bin dist web/app.wasm web/echarts.min.js web/*.br web/*.gz e2e/.site e2e/screenshots
