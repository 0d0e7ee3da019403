// ports/sim/parts/resistor.c: a resistor (Wokwi "wokwi-resistor"), pins 1 and 2.
//
// Nets are digital here, so a resistor passes a level on as a weak one: each pin is driven
// with a pull towards the strong level found on the other pin's net (not counting the
// resistor's own drives): strong HIGH there -> PULL_UP here, strong LOW -> PULL_DOWN, else
// released. So a series resistor between a GPIO and an LED (or a 7-segment pin) carries the
// GPIO's level, a pull-up resistor to 3V3 pulls an input up while a button to GND still wins,
// and an output driving against a pull resistor is no short. Pulls do not pass on (two resistors
// in series carry nothing, and no loop can latch a level). Simplified: attr value (ohms) is
// ignored (no dividers: a pull-up fights a pull-down by net.c's rules, pull-up first), analog
// voltages do not pass through.
#include "part_util.h"

static const char *const resistor_pins[] = {"1", "2", NULL};

typedef struct {
    sim_part_t base;
    bool guard;
} resistor_t;

static sim_drive_t resistor_weak(sim_drive_t d) {
    return d == SIM_DRIVE_HIGH ? SIM_DRIVE_PULL_UP : d == SIM_DRIVE_LOW ? SIM_DRIVE_PULL_DOWN : SIM_DRIVE_Z;
}

static void resistor_update(resistor_t *r) {
    sim_part_t *p = &r->base;
    if (r->guard || p->pins[0].net < 0 || p->pins[1].net < 0 || p->pins[0].net == p->pins[1].net) {
        return;
    }
    r->guard = true;
    sim_drive_t d0 = resistor_weak(sim_net_external_drive(p->pins[1].net, p));
    sim_drive_t d1 = resistor_weak(sim_net_external_drive(p->pins[0].net, p));
    if (p->pins[0].drive != d0) {
        sim_part_drive(p, 0, d0);
    }
    if (p->pins[1].drive != d1) {
        sim_part_drive(p, 1, d1);
    }
    r->guard = false;
}

static void resistor_reset(sim_part_t *p) {
    resistor_update((resistor_t *)p);
}

static void resistor_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    resistor_update((resistor_t *)p);
}

const sim_part_type_t sim_part_resistor = {
    .type = "wokwi-resistor",
    .size = sizeof(resistor_t),
    .pin_names = resistor_pins,
    .reset = resistor_reset,
    .pin_changed = resistor_pin_changed,
};
