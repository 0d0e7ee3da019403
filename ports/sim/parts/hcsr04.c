// ports/sim/parts/hcsr04.c: HC-SR04 ultrasonic distance sensor (Wokwi "wokwi-hc-sr04"),
// pins VCC, TRIG, ECHO, GND; attr/control distance in cm (default 400, clamped to 2..400).
//
// A high pulse of at least 10 us on TRIG starts a measurement when TRIG falls: ECHO rises
// ECHO_DELAY later (the module's 8-cycle 40 kHz burst) and stays high 58 us per cm of the
// distance at the time of the trigger (Wokwi's documented conversion: cm = pulse_us / 58).
// Triggers during a measurement are ignored. ECHO is driven low when idle (push-pull output).
// Simplified: no timeout pulse for "no echo" (the distance is always in range).
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_TRIG, PIN_ECHO, PIN_GND };
static const char *const hcsr04_pins[] = {"VCC", "TRIG", "ECHO", "GND", NULL};

#define ECHO_DELAY (250 * SIM_NS_PER_US)

typedef struct {
    sim_part_t base;
    double distance_cm;
    bool trig_high;
    sim_ns_t trig_rise;
    bool busy;
    uint64_t event;
} hcsr04_t;

static double clamp_cm(double v) {
    return sim_clampd(v, 2, 400);
}

static void hcsr04_reset(sim_part_t *p) {
    hcsr04_t *h = (hcsr04_t *)p;
    h->distance_cm = sim_part_attr_range(p, "distance", 400, 2, 400);
    h->trig_high = sim_part_pin_level(p, PIN_TRIG);
    h->trig_rise = sim_now();
    h->busy = false;
    h->event = 0;
    sim_part_drive(p, PIN_ECHO, SIM_DRIVE_LOW);
}

static void hcsr04_echo_end(sim_part_t *p, intptr_t a) {
    hcsr04_t *h = (hcsr04_t *)p;
    (void)a;
    sim_part_drive(p, PIN_ECHO, SIM_DRIVE_LOW);
    h->busy = false;
    h->event = 0;
}

static void hcsr04_echo_start(sim_part_t *p, intptr_t width_ns) {
    hcsr04_t *h = (hcsr04_t *)p;
    sim_part_drive(p, PIN_ECHO, SIM_DRIVE_HIGH);
    h->event = sim_part_post(p, (sim_ns_t)width_ns, hcsr04_echo_end, 0);
}

static void hcsr04_pin_changed(sim_part_t *p, int pin, int level) {
    hcsr04_t *h = (hcsr04_t *)p;
    if (pin != PIN_TRIG || level == h->trig_high) {
        return;
    }
    h->trig_high = level;
    if (level) {
        h->trig_rise = sim_now();
        return;
    }
    if (h->busy || sim_now() - h->trig_rise < 10 * SIM_NS_PER_US) {
        return;
    }
    h->busy = true;
    sim_ns_t width = (sim_ns_t)(h->distance_cm * 58.0 * (double)SIM_NS_PER_US + 0.5);
    h->event = sim_part_post(p, ECHO_DELAY, hcsr04_echo_start, (intptr_t)width);
}

static int hcsr04_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "distance") != 0) {
        return -1;
    }
    ((hcsr04_t *)p)->distance_cm = clamp_cm(value);
    return 0;
}

const sim_part_type_t sim_part_hcsr04 = {
    .type = "wokwi-hc-sr04",
    .size = sizeof(hcsr04_t),
    .pin_names = hcsr04_pins,
    .reset = hcsr04_reset,
    .pin_changed = hcsr04_pin_changed,
    .set_control = hcsr04_set_control,
};
