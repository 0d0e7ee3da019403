// ports/sim/parts/heartbeat.c: pulse sensor (Wokwi "wokwi-heart-beat-sensor"), pins GND VCC OUT.
//
// Wokwi documents no model. Ours: OUT is a digital pulse train on virtual time, one pulse per
// beat: high for min(100 ms, half the period) at the start of each beat, then low. Attr and
// control bpm (ours): beats per minute, default 60, clamped to 0..300; below 1 holds OUT low. The
// beats run only while OUT is wired (a chain of events, one pulse edge at a time; a control
// change restarts the train at once). Simplified: no analog waveform (the real sensor's output
// is an analog PPG signal), no jitter.
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_OUT };
static const char *const heart_pins[] = {"GND", "VCC", "OUT", NULL};

typedef struct {
    sim_part_t base;
    double bpm;
    uint64_t event;
    long beats;             // pulses started so far
} heart_t;

static void heart_edge(sim_part_t *p, intptr_t high);

static void heart_schedule(heart_t *h, bool high) {
    sim_ns_t period = (sim_ns_t)(60e9 / h->bpm);
    sim_ns_t width = period / 2 < 100 * SIM_NS_PER_MS ? period / 2 : 100 * SIM_NS_PER_MS;
    // high now: fall after the pulse width; low now: rise at the next beat
    h->event = sim_part_post(&h->base, high ? width : period - width, heart_edge, !high);
}

static void heart_edge(sim_part_t *p, intptr_t high) {
    heart_t *h = (heart_t *)p;
    h->event = 0;
    if (high) {
        h->beats++;
    }
    sim_part_drive(p, PIN_OUT, high ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    heart_schedule(h, high != 0);
}

static void heart_restart(heart_t *h) {
    if (h->bpm < 1) {
        h->bpm = 0;     // slower than a beat a minute: no pulses (and no overflowing periods)
    }
    if (h->event) {
        sim_event_cancel(h->event);
        h->event = 0;
    }
    sim_part_drive(&h->base, PIN_OUT, SIM_DRIVE_LOW);
    if (h->bpm > 0 && sim_part_pin_wired(&h->base, PIN_OUT)) {
        heart_edge(&h->base, 1);
    }
}

static void heart_reset(sim_part_t *p) {
    heart_t *h = (heart_t *)p;
    h->bpm = sim_part_attr_range(p, "bpm", 60, 0, 300);
    h->beats = 0;
    heart_restart(h);
}

static int heart_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "bpm") != 0) {
        return -1;
    }
    heart_t *h = (heart_t *)p;
    h->bpm = sim_clampd(value, 0, 300);
    heart_restart(h);
    return 0;
}

long sim_heart_beats(sim_part_t *p) {
    return p->type == &sim_part_heart_beat_sensor ? ((heart_t *)p)->beats : 0;
}

const sim_part_type_t sim_part_heart_beat_sensor = {
    .type = "wokwi-heart-beat-sensor",
    .size = sizeof(heart_t),
    .pin_names = heart_pins,
    .reset = heart_reset,
    .set_control = heart_set_control,
};
