// ports/sim/parts/ky040.c: KY-040 rotary encoder (Wokwi "wokwi-ky-040"), pins CLK DT SW VCC GND.
// CLK and DT have the module's pull-ups (always, as in Wokwi). Control `rotate` (ours): a
// number of detent steps, positive clockwise. Each step is a 4 ms pulse pair on virtual time:
// clockwise CLK falls, 1 ms later DT falls, then CLK and DT rise at 2 and 3 ms (counter-
// clockwise: DT first), as Wokwi documents; steps queue one after the other. Control `pressed`
// (0/1) shorts SW to ground.
#include <string.h>
#include "part_util.h"

enum { PIN_CLK, PIN_DT, PIN_SW, PIN_VCC, PIN_GND };
static const char *const ky_pins[] = {"CLK", "DT", "SW", "VCC", "GND", NULL};

typedef struct {
    sim_part_t base;
    long pending;           // steps still to play (sign = direction)
    int phase;              // 0..3 within the current step
    bool running;
    bool pressed;
    long position;          // steps played, clockwise positive
    uint64_t event;
} ky_t;

static void ky_idle(ky_t *k) {
    sim_part_drive(&k->base, PIN_CLK, SIM_DRIVE_PULL_UP);
    sim_part_drive(&k->base, PIN_DT, SIM_DRIVE_PULL_UP);
}

static void ky_reset(sim_part_t *p) {
    ky_t *k = (ky_t *)p;
    if (k->event) {
        sim_event_cancel(k->event);
    }
    k->event = 0;
    k->pending = 0;
    k->phase = 0;
    k->running = false;
    k->pressed = false;
    k->position = 0;
    ky_idle(k);
    sim_part_drive(p, PIN_SW, SIM_DRIVE_Z);
}

static void ky_step(sim_part_t *p, intptr_t a) {
    ky_t *k = (ky_t *)p;
    (void)a;
    k->event = 0;
    if (k->pending == 0) {
        k->running = false;
        return;
    }
    bool cw = k->pending > 0;
    int first = cw ? PIN_CLK : PIN_DT, second = cw ? PIN_DT : PIN_CLK;
    switch (k->phase) {
        case 0: sim_part_drive(p, first, SIM_DRIVE_LOW); break;
        case 1: sim_part_drive(p, second, SIM_DRIVE_LOW); break;
        case 2: sim_part_drive(p, first, SIM_DRIVE_PULL_UP); break;
        default:
            sim_part_drive(p, second, SIM_DRIVE_PULL_UP);
            k->pending += cw ? -1 : 1;
            k->position += cw ? 1 : -1;
            break;
    }
    k->phase = (k->phase + 1) % 4;
    k->event = sim_part_post(p, SIM_NS_PER_MS, ky_step, 0);
}

static int ky_set_control(sim_part_t *p, const char *name, double value) {
    ky_t *k = (ky_t *)p;
    if (strcmp(name, "pressed") == 0) {
        k->pressed = value != 0;
        sim_part_drive(p, PIN_SW, k->pressed ? SIM_DRIVE_LOW : SIM_DRIVE_Z);
        return 0;
    }
    if (strcmp(name, "rotate") != 0) {
        return -1;
    }
    long steps = (long)sim_clampd(value, -10000, 10000);
    if (k->pending != 0 && (k->pending > 0) != (steps > 0)) {
        return 0;               // finish the queued turn first
    }
    k->pending += steps;
    if (!k->running && k->pending != 0) {
        k->running = true;
        k->phase = 0;
        ky_step(p, 0);
    }
    return 0;
}

long sim_ky040_position(sim_part_t *p) {
    return p->type == &sim_part_ky040 ? ((ky_t *)p)->position : 0;
}

const sim_part_type_t sim_part_ky040 = {
    .type = "wokwi-ky-040",
    .size = sizeof(ky_t),
    .pin_names = ky_pins,
    .reset = ky_reset,
    .set_control = ky_set_control,
};
