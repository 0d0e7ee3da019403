// tests/fuzz/fuzz_scenario.c: libFuzzer target for the simulated board's scenario loader
// (ports/sim/scenario.c over libyaml), linked against the sim port's objects without its
// main.o. Each input is a scenario file; the acceptable outcomes are a scenario or NULL with a
// message in err (never a crash, a hang or a sanitizer report). A loaded scenario is not freed
// (the loader's contract: one scenario per process, freed at exit), so leak detection is off
// and inputs are capped at 8 KiB (run-all.sh passes -max_len).
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sim.h"
#include "scenario.h"

const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#include "fuzz_sim.h"

static char fuzz_scenario_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    snprintf(fuzz_scenario_path, sizeof(fuzz_scenario_path), "/tmp/mpfuzz_scenario.%d.yaml", (int)getpid());
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FILE *f = fopen(fuzz_scenario_path, "wb");
    if (f == NULL) {
        return 0;
    }
    fwrite(data, 1, size, f);
    fclose(f);
    char err[512];
    err[0] = '\0';
    sim_scenario_t *sc = sim_scenario_load(fuzz_scenario_path, err, sizeof(err));
    if (sc == NULL && err[0] == '\0') {
        __builtin_trap(); // a refusal must say why
    }
    return 0;
}
