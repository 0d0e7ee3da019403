// ports/sim/parts/buzzer.c: a piezo buzzer (Wokwi "wokwi-buzzer"), pins 1 (negative) and 2
// (positive). No sound: sim_buzzer_freq() reports the tone frequency, measured from the last
// period (rising edge to rising edge) of the voltage across it (pin 2 high and pin 1 low), or
// 0 when silent (no edge for two periods, or none yet); a PWM reported through sim_part_pwm()
// gives freq directly (0 when its duty is 0). Attrs mode, volume ignored.
#include "part_util.h"

enum { PIN_1, PIN_2 };
static const char *const buzzer_pins[] = {"1", "2", NULL};

typedef struct {
    sim_part_t base;
    bool on;
    sim_ns_t last_rise, period, last_change;
    bool pwm;
    double pwm_freq;
} buzzer_t;

static bool buzzer_level(sim_part_t *p) {
    return sim_part_pin_level(p, PIN_2) && !sim_part_pin_level(p, PIN_1);
}

static void buzzer_reset(sim_part_t *p) {
    buzzer_t *b = (buzzer_t *)p;
    b->on = buzzer_level(p);
    b->last_rise = -1;
    b->period = 0;
    b->last_change = sim_now();
    b->pwm = false;
}

static void buzzer_pin_changed(sim_part_t *p, int pin, int level) {
    buzzer_t *b = (buzzer_t *)p;
    (void)pin;
    (void)level;
    b->pwm = false;
    bool on = buzzer_level(p);
    if (on == b->on) {
        return;
    }
    sim_ns_t t = sim_now();
    if (on) {
        b->period = b->last_rise >= 0 && t - b->last_rise <= 2 * SIM_NS_PER_S ? t - b->last_rise : 0;
        b->last_rise = t;
    }
    b->on = on;
    b->last_change = t;
}

void sim_buzzer_pwm(sim_part_t *p, int pin, double freq_hz, double duty) {
    if (p->type != &sim_part_buzzer || pin != PIN_2) {
        return;
    }
    buzzer_t *b = (buzzer_t *)p;
    b->pwm = true;
    b->pwm_freq = duty > 0 && freq_hz > 0 && freq_hz < 1e9 ? freq_hz : 0;
}

double sim_buzzer_freq(sim_part_t *p) {
    if (p->type != &sim_part_buzzer) {
        return 0;
    }
    buzzer_t *b = (buzzer_t *)p;
    if (b->pwm) {
        return b->pwm_freq;
    }
    if (b->period <= 0 || sim_now() - b->last_change > 2 * b->period) {
        return 0;
    }
    return 1e9 / (double)b->period;
}

const sim_part_type_t sim_part_buzzer = {
    .type = "wokwi-buzzer",
    .size = sizeof(buzzer_t),
    .pin_names = buzzer_pins,
    .reset = buzzer_reset,
    .pin_changed = buzzer_pin_changed,
};
