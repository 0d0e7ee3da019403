// ports/sim/parts/ntc.c: NTC thermistor module (Wokwi "wokwi-ntc-temperature-sensor"), pins
// GND VCC OUT.
//
// As Wokwi documents: a 10 kOhm (at 25 C) NTC thermistor in series with a 10 kOhm resistor;
// R = 10k * exp(beta * (1/T - 1/298.15)) with T in kelvin, OUT = VCC * R / (R + 10k), the divider
// that Wokwi's conversion formula (celsius = 1 / (ln(1 / (1023 / adc - 1)) / BETA + 1 / 298.15)
// - 273.15) inverts. VCC = 3.3 V here (SIM_VCC). Attrs temperature (celsius, default 24) and
// beta (default 3950); control temperature (clamped to -55..150 C, the thermistor's range).
// Simplified: no self-heating, no thermal lag; OUT does not depend on VCC/GND being wired.
#include <math.h>
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_OUT };
static const char *const ntc_pins[] = {"GND", "VCC", "OUT", NULL};

typedef struct {
    sim_part_t base;
    double celsius, beta;
} ntc_t;

double sim_ntc_voltage(double celsius, double beta) {
    double r = 10000.0 * exp(beta * (1.0 / (celsius + 273.15) - 1.0 / 298.15));
    return SIM_VCC * r / (r + 10000.0);
}

static void ntc_drive(ntc_t *n) {
    sim_part_drive_analog(&n->base, PIN_OUT, sim_ntc_voltage(n->celsius, n->beta));
}

static const char *ntc_init(sim_part_t *p) {
    ntc_t *n = (ntc_t *)p;
    double beta = sim_part_attr_num(p, "beta", 3950);
    if (!(beta >= 100 && beta <= 100000)) {
        return "beta must be between 100 and 100000";
    }
    n->beta = beta;
    return NULL;
}

static void ntc_reset(sim_part_t *p) {
    ntc_t *n = (ntc_t *)p;
    n->celsius = sim_part_attr_range(p, "temperature", 24, -55, 150);
    ntc_drive(n);
}

static int ntc_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "temperature") != 0) {
        return -1;
    }
    ntc_t *n = (ntc_t *)p;
    n->celsius = sim_clampd(value, -55, 150);
    ntc_drive(n);
    return 0;
}

const sim_part_type_t sim_part_ntc_temperature_sensor = {
    .type = "wokwi-ntc-temperature-sensor",
    .size = sizeof(ntc_t),
    .pin_names = ntc_pins,
    .init = ntc_init,
    .reset = ntc_reset,
    .set_control = ntc_set_control,
};
