// ports/sim/parts/photoresistor.c: LDR light sensor module (Wokwi
// "wokwi-photoresistor-sensor"), pins VCC GND DO AO.
//
// As documented by Wokwi: an LDR of R = rl10 * (10 / lux)^gamma (attrs rl10 in kOhm, default
// 50; gamma, default 0.7) in series with 10 kOhm; AO = VCC * R / (R + 10 kOhm), VCC = 3.3 V
// here (SIM_VCC). DO is high when dark: AO above attr threshold (volts, default 2.5).
// Attr and control lux (default 500, clamped to 0.01..1e6).
#include <math.h>
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_GND, PIN_DO, PIN_AO };
static const char *const ldr_pins[] = {"VCC", "GND", "DO", "AO", NULL};

typedef struct {
    sim_part_t base;
    double lux, rl10_ohm, gamma, threshold;
} ldr_t;

static void ldr_drive(ldr_t *l) {
    double r = l->rl10_ohm * pow(10.0 / l->lux, l->gamma);
    double v = SIM_VCC * r / (r + 10000.0);
    sim_part_drive_analog(&l->base, PIN_AO, v);
    sim_part_drive(&l->base, PIN_DO, v > l->threshold ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
}

static const char *ldr_init(sim_part_t *p) {
    ldr_t *l = (ldr_t *)p;
    double rl10 = sim_part_attr_num(p, "rl10", 50), gamma = sim_part_attr_num(p, "gamma", 0.7);
    if (!(rl10 > 0 && rl10 < 1e6) || !(gamma > 0 && gamma < 10)) {
        return "rl10 and gamma must be positive";
    }
    l->rl10_ohm = rl10 * 1000.0;
    l->gamma = gamma;
    l->threshold = sim_part_attr_range(p, "threshold", 2.5, 0, 100);
    return NULL;
}

static void ldr_reset(sim_part_t *p) {
    ldr_t *l = (ldr_t *)p;
    l->lux = sim_part_attr_range(p, "lux", 500, 0.01, 1e6);
    ldr_drive(l);
}

static int ldr_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "lux") != 0) {
        return -1;
    }
    ldr_t *l = (ldr_t *)p;
    l->lux = sim_clampd(value, 0.01, 1e6);
    ldr_drive(l);
    return 0;
}

const sim_part_type_t sim_part_photoresistor = {
    .type = "wokwi-photoresistor-sensor",
    .size = sizeof(ldr_t),
    .pin_names = ldr_pins,
    .init = ldr_init,
    .reset = ldr_reset,
    .set_control = ldr_set_control,
};
