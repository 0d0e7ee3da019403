// ports/sim/parts/ledbar.c: a 10-segment LED bar graph (Wokwi "wokwi-led-bar-graph").
//
// Pins A1..A10 (anodes) then C1..C10 (cathodes); LED n is lit while An is high and Cn low (ten
// independent diodes, no current model). Pin index i < 10 is the anode of LED i, i >= 10 the
// cathode of LED i - 10. Each LED keeps a sim_duty_t as wokwi-led does, so a PWM-dimmed segment
// reads its duty. Attr color (including "GYR"/"BCYR") only affects Wokwi's drawing: ignored.
#include "part_util.h"

#define LEDBAR_N 10

static const char *const ledbar_pins[] = {
    "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10",
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", NULL,
};

typedef struct {
    sim_part_t base;
    sim_duty_t duty[LEDBAR_N];
} ledbar_t;

static bool ledbar_level_lit(sim_part_t *p, int i) {
    return sim_part_pin_level(p, i) && !sim_part_pin_level(p, LEDBAR_N + i);
}

static void ledbar_reset(sim_part_t *p) {
    ledbar_t *l = (ledbar_t *)p;
    for (int i = 0; i < LEDBAR_N; i++) {
        sim_duty_reset(&l->duty[i], ledbar_level_lit(p, i));
    }
}

static void ledbar_pin_changed(sim_part_t *p, int pin, int level) {
    (void)level;
    int i = pin % LEDBAR_N;
    sim_duty_update(&((ledbar_t *)p)->duty[i], ledbar_level_lit(p, i));
}

bool sim_led_bar_lit(sim_part_t *p, int i) {
    if (p->type != &sim_part_led_bar_graph || i < 0 || i >= LEDBAR_N) {
        return false;
    }
    return ((ledbar_t *)p)->duty[i].on;
}

double sim_led_bar_brightness(sim_part_t *p, int i) {
    if (p->type != &sim_part_led_bar_graph || i < 0 || i >= LEDBAR_N) {
        return 0.0;
    }
    return sim_duty_value(&((ledbar_t *)p)->duty[i]);
}

const sim_part_type_t sim_part_led_bar_graph = {
    .type = "wokwi-led-bar-graph",
    .size = sizeof(ledbar_t),
    .pin_names = ledbar_pins,
    .reset = ledbar_reset,
    .pin_changed = ledbar_pin_changed,
};
