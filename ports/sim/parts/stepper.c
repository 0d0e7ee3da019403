// ports/sim/parts/stepper.c: a bipolar stepper motor (Wokwi "wokwi-stepper-motor"), pins A- A+
// B+ B-.
//
// Position: `pos16`, in sixteenths of a full step (the A4988's finest microstep), signed,
// positive = clockwise; a full step is 1.8 degrees divided by the gear ratio (attr gearRatio
// "n:m", default "1:1" = 200 steps a revolution; "2:1" = 400). Two ways to move it:
// - coils driven by pins (an H-bridge or GPIOs): each coil's polarity is +1 (X+ high, X- low),
//   -1 or 0; the pair (A, B) names one of 8 electrical positions 45 degrees apart (one half step
//   each, A then B leading = clockwise). A change moves the rotor by the shortest way there (a
//   jump of exactly 4 half steps is ambiguous and ignored; both coils off keeps the position).
// - a driver chip (a4988.c) calls sim_stepper_move() with a signed count of sixteenths.
// Screenshot (ours): 64x64, the shaft seen from the front, a grey disc of radius 30 around (32,
// 32) and a line from the centre to radius 28 pointing at the angle (0 = up, clockwise), in attr
// arrow's colour (default orange). Attrs display, size only affect Wokwi's drawing: ignored.
// Simplified: no torque, no inertia, no missed steps (a coil current is not modelled, as in
// Wokwi).
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "part_util.h"

enum { PIN_AM, PIN_AP, PIN_BP, PIN_BM };
static const char *const stepper_pins[] = {"A-", "A+", "B+", "B-", NULL};

typedef struct {
    sim_part_t base;
    int64_t pos16;
    int phase;              // electrical position 0..7 of the coils, -1 when both are off
    double steps_per_rev;   // full steps a revolution of the output shaft
} stepper_t;

static int stepper_coil(const sim_part_t *p, int plus, int minus) {
    int a = sim_part_pin_wired(p, plus) && !sim_net_floating(p->pins[plus].net) ? sim_part_pin_level(p, plus) : 0;
    int b = sim_part_pin_wired(p, minus) && !sim_net_floating(p->pins[minus].net) ? sim_part_pin_level(p, minus) : 0;
    return a - b;
}

static int stepper_phase(const sim_part_t *p) {
    // (A, B) -> electrical position in half steps; index (A + 1) * 3 + (B + 1)
    static const int8_t phase_of[9] = {5, 4, 3, 6, -1, 2, 7, 0, 1};
    return phase_of[(stepper_coil(p, PIN_AP, PIN_AM) + 1) * 3 + stepper_coil(p, PIN_BP, PIN_BM) + 1];
}

static const char *stepper_init(sim_part_t *p) {
    stepper_t *s = (stepper_t *)p;
    const char *ratio = sim_part_attr_str(p, "gearRatio", "1:1");
    double n = 0, m = 0;
    char tail;
    if (sscanf(ratio, "%lf:%lf%c", &n, &m, &tail) != 2 || !(n > 0 && n < 1e6) || !(m > 0 && m < 1e6)) {
        return "gearRatio must be of the form \"n:m\" with positive numbers";
    }
    s->steps_per_rev = 200.0 * n / m;
    return NULL;
}

static void stepper_reset(sim_part_t *p) {
    stepper_t *s = (stepper_t *)p;
    s->pos16 = 0;
    s->phase = stepper_phase(p);
}

static void stepper_pin_changed(sim_part_t *p, int pin, int level) {
    stepper_t *s = (stepper_t *)p;
    (void)pin;
    (void)level;
    int ph = stepper_phase(p);
    if (ph < 0) {
        return;             // both coils off: the rotor stays (detent), the last phase is kept
    }
    if (s->phase >= 0) {
        int d = (ph - s->phase + 8) % 8;
        if (d > 4) {
            d -= 8;
        }
        if (d != 4) {
            s->pos16 += d * 8;
        }
    }
    s->phase = ph;
}

void sim_stepper_move(sim_part_t *p, int64_t sixteenths) {
    if (p->type == &sim_part_stepper_motor) {
        ((stepper_t *)p)->pos16 += sixteenths;
    }
}

double sim_stepper_steps(sim_part_t *p) {
    return p->type == &sim_part_stepper_motor ? ((stepper_t *)p)->pos16 / 16.0 : 0.0;
}

double sim_stepper_angle(sim_part_t *p) {
    if (p->type != &sim_part_stepper_motor) {
        return 0.0;
    }
    stepper_t *s = (stepper_t *)p;
    double rev = s->pos16 / 16.0 / s->steps_per_rev;
    double a = (rev - (double)(int64_t)rev) * 360.0;
    if (a < 0) {
        a += 360.0;
    }
    return a >= 360.0 ? 0.0 : a;
}

static bool stepper_screenshot(sim_part_t *p, sim_image_t *img) {
    uint8_t arrow[3];
    if (!sim_color_parse(sim_part_attr_str(p, "arrow", "orange"), arrow)) {
        arrow[0] = 0xff;
        arrow[1] = 0x80;
        arrow[2] = 0;
    }
    if (!sim_image_alloc(img, 64, 64)) {
        return false;
    }
    for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 64; x++) {
            uint8_t *px = img->rgba + 4 * (y * 64 + x);
            int dx = x - 32, dy = y - 32;
            uint8_t v = dx * dx + dy * dy <= 30 * 30 ? 0x60 : 0x00;
            px[0] = px[1] = px[2] = v;
            px[3] = 0xff;
        }
    }
    double a = sim_stepper_angle(p) * M_PI / 180.0;
    for (int r = 0; r <= 28 * 4; r++) {
        int x = (int)lround(32 + r / 4.0 * sin(a)), y = (int)lround(32 - r / 4.0 * cos(a));
        uint8_t *px = img->rgba + 4 * (y * 64 + x);
        px[0] = arrow[0];
        px[1] = arrow[1];
        px[2] = arrow[2];
    }
    return true;
}

const sim_part_type_t sim_part_stepper_motor = {
    .type = "wokwi-stepper-motor",
    .size = sizeof(stepper_t),
    .pin_names = stepper_pins,
    .init = stepper_init,
    .reset = stepper_reset,
    .pin_changed = stepper_pin_changed,
    .screenshot = stepper_screenshot,
};
