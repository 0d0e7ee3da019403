// ports/sim/parts/tilt.c: ball tilt switch module (Wokwi "wokwi-tilt-switch"), pins GND VCC OUT.
//
// Wokwi documents no model. Ours: OUT is driven LOW while the module stands upright and HIGH
// while tilted (the ball leaves the contacts; the module's pull-up wins), like the common
// SW-520D modules. Attr and control tilted (ours): 0 upright (default), 1 tilted. No bouncing
// (a real ball chatters for a few ms).
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_OUT };
static const char *const tilt_pins[] = {"GND", "VCC", "OUT", NULL};

typedef struct {
    sim_part_t base;
    bool tilted;
} tilt_t;

static void tilt_drive(tilt_t *t) {
    sim_part_drive(&t->base, PIN_OUT, t->tilted ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
}

static void tilt_reset(sim_part_t *p) {
    tilt_t *t = (tilt_t *)p;
    t->tilted = sim_part_attr_int(p, "tilted", 0) != 0;
    tilt_drive(t);
}

static int tilt_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "tilted") != 0 && strcmp(name, "tilt") != 0) {
        return -1;
    }
    tilt_t *t = (tilt_t *)p;
    t->tilted = value != 0;
    tilt_drive(t);
    return 0;
}

const sim_part_type_t sim_part_tilt_switch = {
    .type = "wokwi-tilt-switch",
    .size = sizeof(tilt_t),
    .pin_names = tilt_pins,
    .reset = tilt_reset,
    .set_control = tilt_set_control,
};
