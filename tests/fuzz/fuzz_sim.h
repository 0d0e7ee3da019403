// tests/fuzz/fuzz_sim.h: what ports/sim/main.c (not linked into the sim harnesses) gives the
// rest of the port, for fuzz_board.c and fuzz_scenario.c. Each harness includes it once.
#ifndef MICROPY_INCLUDED_TESTS_FUZZ_FUZZ_SIM_H
#define MICROPY_INCLUDED_TESTS_FUZZ_FUZZ_SIM_H

// Stand-ins for the three things ports/sim/main.c (not linked) gives the rest of the port; the
// board loader never reaches them.
#include "py/obj.h"
mp_obj_str_t sim_sys_platform_obj = {{&mp_type_str}, 0, 5, (const byte *)"esp32"};
const char *sim_sys_machine(void);
const char *sim_sys_machine(void) {
    return "fuzz";
}
void sim_neopixel_write(int gpio, const uint8_t *buf, size_t n);
void sim_neopixel_write(int gpio, const uint8_t *buf, size_t n) {
    (void)gpio;
    (void)buf;
    (void)n;
}

#endif // MICROPY_INCLUDED_TESTS_FUZZ_FUZZ_SIM_H
