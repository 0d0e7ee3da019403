// ports/sim/parts/potentiometer.c: a potentiometer (Wokwi "wokwi-potentiometer" and
// "wokwi-slide-potentiometer"), pins GND, SIG, VCC.
//
// The wiper SIG is an analog source of position * 3.3 V (SIM_VCC), position 0..1. As in
// Wokwi, the result does not depend on GND/VCC being wired (no resistor-divider model).
// Attr value: initial position 0..1023. Controls: position (0..1, Wokwi's), value (0..1023).
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_SIG, PIN_VCC };
static const char *const pot_pins[] = {"GND", "SIG", "VCC", NULL};

typedef struct {
    sim_part_t base;
    double position;
} pot_t;

static void pot_drive(pot_t *t) {
    sim_part_drive_analog(&t->base, PIN_SIG, t->position * SIM_VCC);
}

static double clamp01(double v) {
    return sim_clampd(v, 0, 1);
}

static void pot_reset(sim_part_t *p) {
    pot_t *t = (pot_t *)p;
    t->position = sim_part_attr_range(p, "value", 0, 0, 1023) / 1023.0;
    pot_drive(t);
}

static int pot_set_control(sim_part_t *p, const char *name, double value) {
    pot_t *t = (pot_t *)p;
    if (strcmp(name, "position") == 0) {
        t->position = clamp01(value);
    } else if (strcmp(name, "value") == 0) {
        t->position = clamp01(value / 1023.0);
    } else {
        return -1;
    }
    pot_drive(t);
    return 0;
}

double sim_potentiometer_position(sim_part_t *p) {
    if (p->type != &sim_part_potentiometer && p->type != &sim_part_slide_potentiometer) {
        return 0.0;
    }
    return ((pot_t *)p)->position;
}

const sim_part_type_t sim_part_potentiometer = {
    .type = "wokwi-potentiometer",
    .size = sizeof(pot_t),
    .pin_names = pot_pins,
    .reset = pot_reset,
    .set_control = pot_set_control,
};

const sim_part_type_t sim_part_slide_potentiometer = {
    .type = "wokwi-slide-potentiometer",
    .size = sizeof(pot_t),
    .pin_names = pot_pins,
    .reset = pot_reset,
    .set_control = pot_set_control,
};
