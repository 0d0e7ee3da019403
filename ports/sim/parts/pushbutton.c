// ports/sim/parts/pushbutton.c: a tactile push button (Wokwi "wokwi-pushbutton" and
// "wokwi-pushbutton-6mm"), pins 1.l 1.r 2.l 2.r; control `pressed` (0/1).
//
// The chip has no logic: 1.l-1.r and 2.l-2.r are always joined, and pressing joins all four.
// Nets are not merged at run time, so the model copies levels instead: each pin of a joined
// group is driven with the strongest drive found on the group's OTHER nets, not counting the
// button's own drivers (sim_net_external_drive). With the usual wiring (input with pull-up on
// one side, GND on the other) the input is driven LOW while pressed and released (Z) after.
// Simplifications: no contact bounce (attr bounce is ignored), no resistance; a group whose
// other nets carry both strong levels drives LOW (the short is the net layer's to report).
#include <string.h>
#include "part_util.h"

static const char *const button_pins[] = {"1.l", "1.r", "2.l", "2.r", NULL};

typedef struct {
    sim_part_t base;
    bool pressed;
    bool updating;          // guards against our own drives re-entering via pin_changed
} button_t;

// Strength order: strong beats pull beats nothing; conflicts resolve LOW / Z.
static sim_drive_t combine(sim_drive_t a, sim_drive_t b) {
    bool a_strong = a == SIM_DRIVE_LOW || a == SIM_DRIVE_HIGH;
    bool b_strong = b == SIM_DRIVE_LOW || b == SIM_DRIVE_HIGH;
    if (a_strong || b_strong) {
        if (a_strong && b_strong && a != b) {
            return SIM_DRIVE_LOW;
        }
        return a_strong ? a : b;
    }
    if (a == SIM_DRIVE_Z) {
        return b;
    }
    if (b == SIM_DRIVE_Z || a == b) {
        return a;
    }
    return SIM_DRIVE_Z;     // pull-up against pull-down: leave it to them
}

static void button_update(button_t *b) {
    sim_part_t *p = &b->base;
    if (b->updating) {
        return;
    }
    b->updating = true;
    sim_drive_t want[4];
    for (int k = 0; k < 4; k++) {
        want[k] = SIM_DRIVE_Z;
        int net = p->pins[k].net;
        if (net < 0) {
            continue;
        }
        for (int j = 0; j < 4; j++) {
            bool joined = b->pressed || (j / 2 == k / 2);
            int other = p->pins[j].net;
            if (j == k || !joined || other < 0 || other == net) {
                continue;
            }
            want[k] = combine(want[k], sim_net_external_drive(other, p));
        }
    }
    for (int k = 0; k < 4; k++) {
        if (p->pins[k].net >= 0 && p->pins[k].drive != want[k]) {
            sim_part_drive(p, k, want[k]);
        }
    }
    b->updating = false;
}

static void button_reset(sim_part_t *p) {
    button_t *b = (button_t *)p;
    b->pressed = false;
    button_update(b);
}

static void button_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    button_update((button_t *)p);
}

static int button_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "pressed") != 0) {
        return -1;
    }
    button_t *b = (button_t *)p;
    b->pressed = value != 0;
    button_update(b);
    return 0;
}

bool sim_pushbutton_pressed(sim_part_t *p) {
    if (p->type != &sim_part_pushbutton && p->type != &sim_part_pushbutton_6mm) {
        return false;
    }
    return ((button_t *)p)->pressed;
}

const sim_part_type_t sim_part_pushbutton = {
    .type = "wokwi-pushbutton",
    .size = sizeof(button_t),
    .pin_names = button_pins,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};

const sim_part_type_t sim_part_pushbutton_6mm = {
    .type = "wokwi-pushbutton-6mm",
    .size = sizeof(button_t),
    .pin_names = button_pins,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};
