// ports/sim/parts/gas.c: MQ-2 gas sensor module (Wokwi "wokwi-gas-sensor"), pins AOUT DOUT GND
// VCC (Wokwi's drawing) and AO DO (the names of Wokwi's documentation; each pair is driven the
// same, wire either).
//
// Wokwi documents the behaviour, not a formula: the analog output rises with the concentration,
// DO goes LOW when the concentration exceeds the threshold. Our model: AO = VCC * ppm / 10000
// (10,000 ppm, the top of the MQ-2 range, is full scale), VCC = 3.3 V (SIM_VCC). Attr threshold
// is in volts on Wokwi's 5 V module (default 4.4): it is scaled by 3.3/5 and DO is LOW while AO is
// above it. Attrs ppm (default 400) and threshold; controls ppm and threshold. Simplified: no
// pre-heating time (as in Wokwi), no gas-specific curves.
#include <string.h>
#include "part_util.h"

enum { PIN_AOUT, PIN_DOUT, PIN_GND, PIN_VCC, PIN_AO, PIN_DO };
static const char *const gas_pins[] = {"AOUT", "DOUT", "GND", "VCC", "AO", "DO", NULL};

typedef struct {
    sim_part_t base;
    double ppm, threshold_5v;
} gas_t;

static void gas_drive(gas_t *g) {
    double v = SIM_VCC * sim_clampd(g->ppm / 10000.0, 0, 1);
    sim_drive_t d = v > g->threshold_5v * SIM_VCC / 5.0 ? SIM_DRIVE_LOW : SIM_DRIVE_HIGH;
    sim_part_drive_analog(&g->base, PIN_AOUT, v);
    sim_part_drive_analog(&g->base, PIN_AO, v);
    sim_part_drive(&g->base, PIN_DOUT, d);
    sim_part_drive(&g->base, PIN_DO, d);
}

static void gas_reset(sim_part_t *p) {
    gas_t *g = (gas_t *)p;
    g->ppm = sim_part_attr_range(p, "ppm", 400, 0, 1e6);
    g->threshold_5v = sim_part_attr_range(p, "threshold", 4.4, 0, 5);
    gas_drive(g);
}

static int gas_set_control(sim_part_t *p, const char *name, double value) {
    gas_t *g = (gas_t *)p;
    if (strcmp(name, "ppm") == 0) {
        g->ppm = sim_clampd(value, 0, 1e6);
    } else if (strcmp(name, "threshold") == 0) {
        g->threshold_5v = sim_clampd(value, 0, 5);
    } else {
        return -1;
    }
    gas_drive(g);
    return 0;
}

const sim_part_type_t sim_part_gas_sensor = {
    .type = "wokwi-gas-sensor",
    .size = sizeof(gas_t),
    .pin_names = gas_pins,
    .reset = gas_reset,
    .set_control = gas_set_control,
};
