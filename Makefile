# ydelsesflow — see README.md.
GO ?= go
BIN := bin/ydelsesflow
OUT ?= ud
# staticcheck is fetched through the Go module proxy at this pinned version.
STATICCHECK_VERSION := v0.8.2

.PHONY: run build test bench lint generate clean

## run: build and run the default scenario: its tables, charts (PNG, SVG, PDF) and
## report go to $(OUT)/, and the report on IPS in ressourceforløb to $(OUT)/ips-ressourceforloeb/
run: build
	./$(BIN) run --plots --out $(OUT)
	./$(BIN) report --quiet --out $(OUT)
	./$(BIN) report current-law/ips-ressourceforloeb.yaml --plots --out $(OUT)/ips-ressourceforloeb

## build: compile the command into bin/
build:
	$(GO) build -o $(BIN) ./cmd/ydelsesflow

## test: run every test (the command CI runs)
test:
	$(GO) test ./...

## bench: engine benchmarks: person-weeks per second, seconds per 1,000 runs and per
## 1,000-run probabilistic comparison of the IPS scenario (run once: it takes about a minute),
## and the per-run overhead of a probabilistic run (drawing and compiling a run's model)
bench:
	$(GO) test ./scenario -run '^$$' -bench '^BenchmarkModelFor$$' -cpu 1
	$(GO) test ./sim -run '^$$' -bench '^Benchmark(DefaultScenario|Expected|CompareIPS)$$' -benchtime 5x
	$(GO) test ./sim -run '^$$' -bench '^BenchmarkPSAIPS$$' -benchtime 1x

## lint: gofmt, go mod tidy, go vet and staticcheck must all be clean
lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) mod tidy -diff
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## generate: regenerate scenarios/scenario.schema.json from the scenario types
generate:
	$(GO) generate ./...

clean:
	rm -rf bin $(OUT)
