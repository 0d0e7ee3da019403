// ports/sim/parts/pir.c: PIR motion sensor (Wokwi "wokwi-pir-motion-sensor"), pins VCC OUT GND.
// Control `motion` (ours; Wokwi's UI button "Simulate Motion"): a non-zero value is one motion
// event. OUT goes high for attr delayTime seconds (default 3); with attr retrigger "1" (the
// default) motion while high restarts the delay; after OUT falls, motion is ignored for attr
// inhibitTime seconds (default 1). All on virtual time.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_OUT, PIN_GND };
static const char *const pir_pins[] = {"VCC", "OUT", "GND", NULL};

typedef struct {
    sim_part_t base;
    sim_ns_t delay_ns, inhibit_ns;
    bool retrigger;
    bool high;
    sim_ns_t inhibit_until;
    uint64_t event;
} pir_t;

static const char *pir_init(sim_part_t *p) {
    pir_t *s = (pir_t *)p;
    double d = sim_part_attr_num(p, "delayTime", 3), i = sim_part_attr_num(p, "inhibitTime", 1);
    if (!(d >= 0 && d <= 3600) || !(i >= 0 && i <= 3600)) {
        return "delayTime and inhibitTime must be 0..3600 seconds";
    }
    s->delay_ns = (sim_ns_t)(d * 1e9);
    s->inhibit_ns = (sim_ns_t)(i * 1e9);
    s->retrigger = sim_part_attr_int(p, "retrigger", 1) != 0;
    return NULL;
}

static void pir_reset(sim_part_t *p) {
    pir_t *s = (pir_t *)p;
    if (s->event) {
        sim_event_cancel(s->event);
    }
    s->event = 0;
    s->high = false;
    s->inhibit_until = 0;
    sim_part_drive(p, PIN_OUT, SIM_DRIVE_LOW);
}

static void pir_end(sim_part_t *p, intptr_t a) {
    pir_t *s = (pir_t *)p;
    (void)a;
    s->event = 0;
    s->high = false;
    s->inhibit_until = sim_now() + s->inhibit_ns;
    sim_part_drive(p, PIN_OUT, SIM_DRIVE_LOW);
}

static int pir_set_control(sim_part_t *p, const char *name, double value) {
    pir_t *s = (pir_t *)p;
    if (strcmp(name, "motion") != 0) {
        return -1;
    }
    if (value == 0 || (!s->high && sim_now() < s->inhibit_until) || (s->high && !s->retrigger)) {
        return 0;
    }
    if (s->event) {
        sim_event_cancel(s->event);
    }
    s->high = true;
    sim_part_drive(p, PIN_OUT, SIM_DRIVE_HIGH);
    s->event = sim_part_post(p, s->delay_ns, pir_end, 0);
    return 0;
}

const sim_part_type_t sim_part_pir = {
    .type = "wokwi-pir-motion-sensor",
    .size = sizeof(pir_t),
    .pin_names = pir_pins,
    .init = pir_init,
    .reset = pir_reset,
    .set_control = pir_set_control,
};
