// ports/sim/parts/led.c: a 5 mm LED (Wokwi "wokwi-led"), pins A (anode) and C (cathode).
//
// State: lit = A high and C low (a diode; no current model, so a missing resistor is fine).
// Brightness (sim_duty_t) is the fraction of time lit over the last complete on/off period seen
// on the pins, so a PWM-dimmed LED reads its duty; once the pins have been still for longer
// than two periods (or no period was seen yet) it is 1.0 or 0.0 from the current state. A PWM
// that the machine layer does not toggle edge by edge reports its duty through sim_part_pwm().
// Attributes (color, lightColor, label, gamma, flip, fps) only affect the drawing: ignored.
#include "part_util.h"

enum { PIN_A, PIN_C };
static const char *const led_pins[] = {"A", "C", NULL};

typedef struct {
    sim_part_t base;
    sim_duty_t duty;
    bool pwm;               // brightness set by sim_part_pwm, until the next pin change
    double pwm_duty;
} led_t;

static bool led_level_lit(sim_part_t *p) {
    return sim_part_pin_level(p, PIN_A) && !sim_part_pin_level(p, PIN_C);
}

static void led_reset(sim_part_t *p) {
    led_t *l = (led_t *)p;
    sim_duty_reset(&l->duty, led_level_lit(p));
    l->pwm = false;
}

static void led_pin_changed(sim_part_t *p, int pin, int level) {
    led_t *l = (led_t *)p;
    (void)pin;
    (void)level;
    l->pwm = false;
    sim_duty_update(&l->duty, led_level_lit(p));
}

bool sim_led_lit(sim_part_t *p) {
    if (p->type != &sim_part_led) {
        return false;
    }
    led_t *l = (led_t *)p;
    return l->pwm ? l->pwm_duty > 0 : l->duty.on;
}

double sim_led_brightness(sim_part_t *p) {
    if (p->type != &sim_part_led) {
        return 0.0;
    }
    led_t *l = (led_t *)p;
    return l->pwm ? l->pwm_duty : sim_duty_value(&l->duty);
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
