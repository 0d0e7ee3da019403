// ports/sim/parts/led.c: a 5 mm LED (Wokwi "wokwi-led"), pins A (anode) and C (cathode).
//
// State: lit = A high and C low (a diode; no current model, so a missing resistor is fine).
// Brightness is the fraction of time lit over the last complete on/off period seen on the
// pins, so a PWM-dimmed LED reads its duty; once the pins have been still for longer than two
// periods (or no period was seen yet) it is 1.0 or 0.0 from the current state. A PWM that the
// machine layer does not toggle edge by edge reports its duty through sim_part_pwm() instead.
// Attributes (color, lightColor, label, gamma, flip, fps) only affect the drawing: ignored.
#include "part_util.h"

enum { PIN_A, PIN_C };
static const char *const led_pins[] = {"A", "C", NULL};

typedef struct {
    sim_part_t base;
    bool lit;
    bool seen_rise;
    sim_ns_t last_change;   // time of the last lit/unlit transition
    sim_ns_t rise;          // start of the current or last lit interval
    sim_ns_t on_ns;         // length of the last complete lit interval
    sim_ns_t period;        // rise-to-rise time of the last complete period, 0 if none
    double duty;            // on_ns / period
    bool pwm;               // brightness set by sim_part_pwm, until the next pin change
    double pwm_duty;
} led_t;

static bool led_level_lit(sim_part_t *p) {
    return sim_part_pin_level(p, PIN_A) && !sim_part_pin_level(p, PIN_C);
}

static void led_reset(sim_part_t *p) {
    led_t *l = (led_t *)p;
    l->lit = led_level_lit(p);
    l->seen_rise = false;
    l->last_change = sim_now();
    l->rise = 0;
    l->on_ns = l->period = 0;
    l->duty = 0;
    l->pwm = false;
}

static void led_pin_changed(sim_part_t *p, int pin, int level) {
    led_t *l = (led_t *)p;
    (void)pin;
    (void)level;
    l->pwm = false;
    bool lit = led_level_lit(p);
    if (lit == l->lit) {
        return;
    }
    sim_ns_t t = sim_now();
    if (l->period > 0 && t - l->last_change > 2 * l->period) {
        l->period = 0;          // the pins were still: the old period no longer applies
    }
    if (lit) {
        if (l->seen_rise && t > l->rise) {
            l->period = t - l->rise;
            l->duty = (double)l->on_ns / (double)l->period;
        }
        l->rise = t;
        l->seen_rise = true;
    } else if (l->seen_rise) {
        l->on_ns = t - l->rise;
    }
    l->lit = lit;
    l->last_change = t;
}

bool sim_led_lit(sim_part_t *p) {
    if (p->type != &sim_part_led) {
        return false;
    }
    led_t *l = (led_t *)p;
    return l->pwm ? l->pwm_duty > 0 : l->lit;
}

double sim_led_brightness(sim_part_t *p) {
    if (p->type != &sim_part_led) {
        return 0.0;
    }
    led_t *l = (led_t *)p;
    if (l->pwm) {
        return l->pwm_duty;
    }
    if (l->period > 0 && sim_now() - l->last_change <= 2 * l->period) {
        return l->duty;
    }
    return l->lit ? 1.0 : 0.0;
}

void sim_led_pwm(sim_part_t *p, int pin, double freq_hz, double duty) {
    if (p->type != &sim_part_led) {
        return;
    }
    led_t *l = (led_t *)p;
    (void)freq_hz;
    duty = sim_clampd(duty, 0, 1);
    // the PWM drives one pin; the other must be at its "on" level for the LED to light
    if (pin == PIN_A) {
        l->pwm_duty = sim_part_pin_level(p, PIN_C) ? 0.0 : duty;
    } else {
        l->pwm_duty = sim_part_pin_level(p, PIN_A) ? 1.0 - duty : 0.0;
    }
    l->pwm = true;
}

const sim_part_type_t sim_part_led = {
    .type = "wokwi-led",
    .size = sizeof(led_t),
    .pin_names = led_pins,
    .reset = led_reset,
    .pin_changed = led_pin_changed,
};
