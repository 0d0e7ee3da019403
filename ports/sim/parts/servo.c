// ports/sim/parts/servo.c: a hobby servo (Wokwi "wokwi-servo"), pins PWM, V+, GND.
//
// The horn angle follows the width of the last high pulse on PWM, measured from the pin's
// edges on virtual time: minPulseUs (default 500) -> 0 degrees, maxPulseUs (default 2500) ->
// 180 degrees, clamped; pulses shorter than 100 us or longer than 5 ms are not servo pulses and
// are ignored. The horn moves instantly (no slew-rate model). A PWM reported through
// sim_part_pwm() gives the width duty / freq directly.
#include "part_util.h"

enum { PIN_PWM, PIN_VPLUS, PIN_GND };
static const char *const servo_pins[] = {"PWM", "V+", "GND", NULL};

typedef struct {
    sim_part_t base;
    double min_ns, max_ns;
    sim_ns_t rise;
    bool high;
    sim_ns_t pulse_ns;
    double angle;
} servo_t;

static const char *servo_init(sim_part_t *p) {
    servo_t *s = (servo_t *)p;
    s->min_ns = sim_part_attr_num(p, "minPulseUs", 500) * 1000.0;
    s->max_ns = sim_part_attr_num(p, "maxPulseUs", 2500) * 1000.0;
    if (!(s->max_ns > s->min_ns) || s->min_ns < 0) {
        return "maxPulseUs must be above minPulseUs";
    }
    return NULL;
}

static void servo_reset(sim_part_t *p) {
    servo_t *s = (servo_t *)p;
    s->high = sim_part_pin_level(p, PIN_PWM);
    s->rise = sim_now();
    s->pulse_ns = 0;
    s->angle = -1;
}

static void servo_pulse(servo_t *s, double width_ns) {
    if (!(width_ns >= 100e3 && width_ns <= 5e6)) {
        return;
    }
    s->pulse_ns = (sim_ns_t)width_ns;
    double a = (width_ns - s->min_ns) / (s->max_ns - s->min_ns) * 180.0;
    s->angle = a < 0 ? 0 : a > 180 ? 180 : a;
}

static void servo_pin_changed(sim_part_t *p, int pin, int level) {
    servo_t *s = (servo_t *)p;
    if (pin != PIN_PWM || level == s->high) {
        return;
    }
    s->high = level;
    if (level) {
        s->rise = sim_now();
    } else {
        servo_pulse(s, (double)(sim_now() - s->rise));
    }
}

void sim_servo_pwm(sim_part_t *p, int pin, double freq_hz, double duty) {
    if (p->type != &sim_part_servo || pin != PIN_PWM || freq_hz <= 0) {
        return;
    }
    servo_pulse((servo_t *)p, duty / freq_hz * 1e9);
}

double sim_servo_angle(sim_part_t *p) {
    return p->type == &sim_part_servo ? ((servo_t *)p)->angle : -1;
}

sim_ns_t sim_servo_pulse_ns(sim_part_t *p) {
    return p->type == &sim_part_servo ? ((servo_t *)p)->pulse_ns : 0;
}

const sim_part_type_t sim_part_servo = {
    .type = "wokwi-servo",
    .size = sizeof(servo_t),
    .pin_names = servo_pins,
    .init = servo_init,
    .reset = servo_reset,
    .pin_changed = servo_pin_changed,
};
