# Top-level Makefile: delegates the build to ports/unix.
#
#   make             build ports/unix/build/micropython, ports/sim/build/micropython-sim and
#                    tools/mpy-cross/build/mpy-cross (and the ./micropython, ./micropython-sim,
#                    ./mpy-cross links)
#   make run         build, then run the main job (examples/hello.py: a tour of the interpreter)
#   make test        build, then run the whole regression suite
#   make bench       build, then run the benchmarks against python3
#   make fuzz        build the .mpy loader fuzzer (clang, libFuzzer+ASan+UBSan), run it 20 s
#   make DEBUG=1 / SANITIZE=1 / SWITCH=1 / GCSTRESS=1   variant builds (separate build dirs)
#   make FROZEN_MANIFEST=path/manifest.py               freeze these modules into both ports
#        [MPY_LIB_DIR=dir]                               (where its require() looks)
#   make test TESTS="tests/basics tests/misc"            run a subset
#   make fuzz-all SECONDS=N   build and run every libFuzzer harness of tests/fuzz N s each (clang)
#   make difftest N=200       random programs (tests/fuzz/gen_programs.py) vs python3
#   make valgrind-test        the whole suite under Valgrind memcheck (docs/fuzzing.md)
#   make GCSTRESS=1 test TIMEOUT=600   the suite on the collect-every-allocation build

PYTHON ?= python3
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

ifeq ($(SANITIZE),1)
BUILD := build-sanitize
else ifeq ($(DEBUG),1)
BUILD := build-debug
else ifeq ($(SWITCH),1)
BUILD := build-switch
else ifeq ($(GCSTRESS),1)
BUILD := build-gcstress
else
BUILD := build
endif
PROG := ports/unix/$(BUILD)/micropython
SIM := ports/sim/$(BUILD)/micropython-sim

# FROZEN_MANIFEST=path/manifest.py: the modules to freeze into both ports (default: each port's
# manifest.py); made absolute here as the ports build in their own directories.
FROZEN_ARG := $(if $(filter command line,$(origin FROZEN_MANIFEST)),FROZEN_MANIFEST=$(if $(FROZEN_MANIFEST),$(abspath $(FROZEN_MANIFEST)))) \
	$(if $(MPY_LIB_DIR),MPY_LIB_DIR=$(abspath $(MPY_LIB_DIR)))

all: check-tools
	$(MAKE) -C ports/unix -j$(JOBS) $(FROZEN_ARG)
	$(MAKE) -C tools/mpy-cross
	$(MAKE) -C ports/sim -j$(JOBS) $(FROZEN_ARG)
	@if [ "$(BUILD)" = build ]; then ln -sf ports/unix/build/micropython micropython; ln -sf ports/sim/build/micropython-sim micropython-sim; fi
	@ln -sf tools/mpy-cross/build/mpy-cross mpy-cross

check-tools:
	@command -v $(CC) >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || { echo "error: no C compiler: apt-get install gcc make"; exit 1; }
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: python3 is needed at build time: apt-get install python3"; exit 1; }

run: all
	./$(PROG) examples/hello.py

TIMEOUT_ARG := $(if $(TIMEOUT),--timeout $(TIMEOUT),)
test: all
	$(PYTHON) tests/run-tests.py --target $(PROG) -j$(JOBS) $(TIMEOUT_ARG) $(TESTS)

SECONDS ?= 20
fuzz-all:
	tests/fuzz/run-all.sh $(SECONDS) $(HARNESSES)

N ?= 200
difftest: all
	$(PYTHON) tests/fuzz/gen_programs.py --run $(N) --seed $(or $(SEED),1) --target ./$(PROG)

valgrind-test: all
	$(PYTHON) tests/run-tests.py --target $(PROG) --valgrind -j$(JOBS) $(TIMEOUT_ARG) $(TESTS)

bench: all
	$(PYTHON) benchmarks/run-bench.py --target $(PROG)
	$(PYTHON) benchmarks/sim/run-sim-bench.py --sim $(SIM)

fuzz:
	tests/fuzz/run.sh $(or $(FUZZ_SECONDS),20)

clean:
	$(MAKE) -C ports/unix clean
	$(MAKE) -C ports/sim clean
	rm -f micropython micropython-sim
	rm -rf ports/unix/build-fuzz build-fuzz-corpus
	rm -f micropython mpy-cross
	$(MAKE) -C tools/mpy-cross clean

.PHONY: all check-tools run test bench fuzz clean fuzz-all difftest valgrind-test
