// ports/sim/parts/flame.c: IR flame sensor module (Wokwi "wokwi-flame-sensor"), pins VCC GND
// DOUT AOUT.
//
// Wokwi documents no model. Ours follows the common LM393 modules: the IR photodiode pulls the
// analog output down as the flame gets stronger, AOUT = VCC * (1 - intensity / 100), VCC = 3.3 V
// (SIM_VCC); DOUT goes LOW ("flame") while AOUT is below attr threshold (volts, default 1.65).
// Attr and control intensity (ours): 0 (no flame, default) .. 100 (%); control threshold.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_GND, PIN_DOUT, PIN_AOUT };
static const char *const flame_pins[] = {"VCC", "GND", "DOUT", "AOUT", NULL};

typedef struct {
    sim_part_t base;
    double intensity, threshold;
} flame_t;

static void flame_drive(flame_t *f) {
    double v = SIM_VCC * (1.0 - f->intensity / 100.0);
    sim_part_drive_analog(&f->base, PIN_AOUT, v);
    sim_part_drive(&f->base, PIN_DOUT, v < f->threshold ? SIM_DRIVE_LOW : SIM_DRIVE_HIGH);
}

static void flame_reset(sim_part_t *p) {
    flame_t *f = (flame_t *)p;
    f->intensity = sim_part_attr_range(p, "intensity", 0, 0, 100);
    f->threshold = sim_part_attr_range(p, "threshold", SIM_VCC / 2, 0, SIM_VCC);
    flame_drive(f);
}

static int flame_set_control(sim_part_t *p, const char *name, double value) {
    flame_t *f = (flame_t *)p;
    if (strcmp(name, "intensity") == 0 || strcmp(name, "flame") == 0) {
        f->intensity = sim_clampd(value, 0, 100);
    } else if (strcmp(name, "threshold") == 0) {
        f->threshold = sim_clampd(value, 0, SIM_VCC);
    } else {
        return -1;
    }
    flame_drive(f);
    return 0;
}

const sim_part_type_t sim_part_flame_sensor = {
    .type = "wokwi-flame-sensor",
    .size = sizeof(flame_t),
    .pin_names = flame_pins,
    .reset = flame_reset,
    .set_control = flame_set_control,
};
