// ports/sim/parts/rgbled.c: an RGB LED (Wokwi "wokwi-rgb-led"), pins R G B COM; attr common
// "anode" (default: a channel is lit when COM is high and its pin low) or "cathode" (lit when
// its pin is high and COM low). Each channel's brightness is its duty over the last PWM
// period seen (sim_duty_t, as led.c), or set by sim_part_pwm(). No current model.
#include <string.h>
#include "part_util.h"

enum { PIN_R, PIN_G, PIN_B, PIN_COM };
static const char *const rgb_pins[] = {"R", "G", "B", "COM", NULL};

typedef struct {
    sim_part_t base;
    bool cathode;
    sim_duty_t duty[3];
    bool pwm[3];
    double pwm_duty[3];
} rgb_t;

static bool rgb_channel_on(sim_part_t *p, int ch) {
    rgb_t *r = (rgb_t *)p;
    int pin = sim_part_pin_level(p, ch), com = sim_part_pin_level(p, PIN_COM);
    return r->cathode ? (pin && !com) : (com && !pin);
}

static const char *rgb_init(sim_part_t *p) {
    rgb_t *r = (rgb_t *)p;
    const char *c = sim_part_attr_str(p, "common", "anode");
    if (strcmp(c, "anode") != 0 && strcmp(c, "cathode") != 0) {
        return "common must be \"anode\" or \"cathode\"";
    }
    r->cathode = strcmp(c, "cathode") == 0;
    return NULL;
}

static void rgb_reset(sim_part_t *p) {
    rgb_t *r = (rgb_t *)p;
    for (int ch = 0; ch < 3; ch++) {
        sim_duty_reset(&r->duty[ch], rgb_channel_on(p, ch));
        r->pwm[ch] = false;
    }
}

static void rgb_pin_changed(sim_part_t *p, int pin, int level) {
    rgb_t *r = (rgb_t *)p;
    (void)level;
    for (int ch = 0; ch < 3; ch++) {
        if (pin == ch || pin == PIN_COM) {
            r->pwm[ch] = false;
        }
        sim_duty_update(&r->duty[ch], rgb_channel_on(p, ch));
    }
}

double sim_rgb_led_brightness(sim_part_t *p, int ch) {
    if (p->type != &sim_part_rgb_led || ch < 0 || ch > 2) {
        return 0.0;
    }
    rgb_t *r = (rgb_t *)p;
    return r->pwm[ch] ? r->pwm_duty[ch] : sim_duty_value(&r->duty[ch]);
}

void sim_rgb_led_pwm(sim_part_t *p, int pin, double freq_hz, double duty) {
    if (p->type != &sim_part_rgb_led || pin < 0 || pin > 2) {
        return;
    }
    rgb_t *r = (rgb_t *)p;
    (void)freq_hz;
    duty = sim_clampd(duty, 0, 1);
    int com = sim_part_pin_level(p, PIN_COM);
    r->pwm_duty[pin] = r->cathode ? (com ? 0.0 : duty) : (com ? 1.0 - duty : 0.0);
    r->pwm[pin] = true;
}

const sim_part_type_t sim_part_rgb_led = {
    .type = "wokwi-rgb-led",
    .size = sizeof(rgb_t),
    .pin_names = rgb_pins,
    .init = rgb_init,
    .reset = rgb_reset,
    .pin_changed = rgb_pin_changed,
};
