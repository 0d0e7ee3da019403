// tests/fuzz/fuzz_board.c: libFuzzer target for the simulated board's board-file loader
// (ports/sim/json.c's parser, ports/sim/board.c's parts/connections/nets, ports/sim/net.c), linked
// against the sim port's objects without its main.o. Each input is a diagram.json; it is parsed
// alone (sim_json_parse/free) and then loaded as the board. Acceptable outcomes: 0, or -1 with a
// message in err. The loader keeps its board in globals (by design it loads once per process):
// between inputs the part list, nets and clock are reset and the previous board is leaked, so
// leak detection is off and inputs are capped at 8 KiB (run-all.sh passes -max_len).
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

#include "json.h"
#include "sim.h"
#include "simport.h"

const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#include "fuzz_sim.h"

static char fuzz_board_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    snprintf(fuzz_board_path, sizeof(fuzz_board_path), "/tmp/mpfuzz_board.%d.json", (int)getpid());
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[256];
    sim_json_t *j = sim_json_parse((const char *)data, size, err, sizeof(err));
    if (j != NULL) {
        sim_json_free(j);
    }
    FILE *f = fopen(fuzz_board_path, "wb");
    if (f == NULL) {
        return 0;
    }
    fwrite(data, 1, size, f);
    fclose(f);
    sim_n_parts = 0;
    sim_nets_reset();
    sim_clock_reset();
    sim_board_load(fuzz_board_path, NULL, err, sizeof(err));
    return 0;
}
