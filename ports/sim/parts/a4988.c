// ports/sim/parts/a4988.c: A4988 stepper driver board (Wokwi "wokwi-a4988"), pins ENABLE MS1
// MS2 MS3 RESET SLEEP STEP DIR GND VDD 1B 1A 2A 2B VMOT.
//
// As Wokwi documents: ENABLE (active low) and MS1..MS3 are pulled down, SLEEP (active low) is
// pulled up, RESET (active low) floats; the board's pulls are weak drives on those pins, and a
// pin wired to nothing reads as its pull (RESET unwired or floating: not in reset). Each rising
// edge on STEP while enabled, awake and out of reset moves the motor one microstep, clockwise
// when DIR is high: MS1 MS2 MS3 = 000 full, 100 half, 010 quarter, 110 eighth, 111 sixteenth
// step (other combinations: MS3 is ignored). The motor is the wokwi-stepper-motor whose coil
// pins share a net with 1A 1B 2A 2B (found at each step; several motors on the same outputs
// all move): the driver calls sim_stepper_move() and leaves the coil nets undriven, so the
// motor does not count the move twice. Simplified: no translator table (the position is a
// count of sixteenths; switching MS pins mid-way keeps it exact), no current limit, VMOT/VDD
// not checked, no minimum pulse widths.
#include "part_util.h"

enum {
    PIN_ENABLE, PIN_MS1, PIN_MS2, PIN_MS3, PIN_RESET, PIN_SLEEP, PIN_STEP, PIN_DIR,
    PIN_GND, PIN_VDD, PIN_1B, PIN_1A, PIN_2A, PIN_2B, PIN_VMOT,
};
static const char *const a4988_pins[] = {
    "ENABLE", "MS1", "MS2", "MS3", "RESET", "SLEEP", "STEP", "DIR",
    "GND", "VDD", "1B", "1A", "2A", "2B", "VMOT", NULL,
};

typedef struct {
    sim_part_t base;
    int step_level;
    int64_t pos16;          // microsteps taken, in sixteenths of a full step (signed)
} a4988_t;

// The level of an input; `dflt` when it is wired to nothing or floating.
static int a4988_in(const sim_part_t *p, int pin, int dflt) {
    int net = p->pins[pin].net;
    return net < 0 || sim_net_floating(net) ? dflt : sim_net_level(net);
}

int sim_a4988_microsteps(sim_part_t *p) {
    if (p->type != &sim_part_a4988) {
        return 0;
    }
    int ms1 = a4988_in(p, PIN_MS1, 0), ms2 = a4988_in(p, PIN_MS2, 0), ms3 = a4988_in(p, PIN_MS3, 0);
    if (ms1 && ms2 && ms3) {
        return 16;
    }
    return 1 << (ms1 + 2 * ms2);
}

static void a4988_reset(sim_part_t *p) {
    a4988_t *a = (a4988_t *)p;
    sim_part_drive(p, PIN_ENABLE, SIM_DRIVE_PULL_DOWN);
    sim_part_drive(p, PIN_MS1, SIM_DRIVE_PULL_DOWN);
    sim_part_drive(p, PIN_MS2, SIM_DRIVE_PULL_DOWN);
    sim_part_drive(p, PIN_MS3, SIM_DRIVE_PULL_DOWN);
    sim_part_drive(p, PIN_SLEEP, SIM_DRIVE_PULL_UP);
    a->step_level = a4988_in(p, PIN_STEP, 0);
    a->pos16 = 0;
}

static void a4988_step(a4988_t *a) {
    sim_part_t *p = &a->base;
    if (a4988_in(p, PIN_ENABLE, 0) || !a4988_in(p, PIN_SLEEP, 1) || !a4988_in(p, PIN_RESET, 1)) {
        return;
    }
    int64_t d = 16 / sim_a4988_microsteps(p);
    if (!a4988_in(p, PIN_DIR, 0)) {
        d = -d;
    }
    a->pos16 += d;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *m = sim_parts[i];
        if (m == NULL || m->type != &sim_part_stepper_motor) {
            continue;
        }
        bool linked = false;
        for (int k = 0; k < m->n_pins && !linked; k++) {
            for (int o = PIN_1B; o <= PIN_2B; o++) {
                linked |= m->pins[k].net >= 0 && m->pins[k].net == p->pins[o].net;
            }
        }
        if (linked) {
            sim_stepper_move(m, d);
        }
    }
}

static void a4988_pin_changed(sim_part_t *p, int pin, int level) {
    a4988_t *a = (a4988_t *)p;
    if (pin != PIN_STEP) {
        return;
    }
    if (level && !a->step_level) {
        a4988_step(a);
    }
    a->step_level = level;
}

double sim_a4988_steps(sim_part_t *p) {
    return p->type == &sim_part_a4988 ? ((a4988_t *)p)->pos16 / 16.0 : 0.0;
}

const sim_part_type_t sim_part_a4988 = {
    .type = "wokwi-a4988",
    .size = sizeof(a4988_t),
    .pin_names = a4988_pins,
    .reset = a4988_reset,
    .pin_changed = a4988_pin_changed,
};
