// ports/sim/parts/slideswitch.c: an SPDT slide switch (Wokwi "wokwi-slide-switch"), pins 1,
// 2 (common), 3. Handle left (attr value "" / "0", the default): 2 joined to 1; right (value
// "1"): 2 joined to 3. Control `value` (0 left, 1 right; ours, Wokwi lists none). Levels are
// copied across the closed contact (sim_part_join_pins). Simplified: no bouncing (attr bounce
// ignored), no break-before-make interval.
#include <string.h>
#include "part_util.h"

static const char *const switch_pins[] = {"1", "2", "3", NULL};

typedef struct {
    sim_part_t base;
    bool right;
    bool guard;
} switch_t;

static void switch_update(switch_t *s) {
    static const int8_t left[3] = {0, 0, -1}, right[3] = {-1, 0, 0};
    sim_part_join_pins(&s->base, s->right ? right : left, &s->guard);
}

static void switch_reset(sim_part_t *p) {
    switch_t *s = (switch_t *)p;
    s->right = sim_part_attr_int(p, "value", 0) != 0;
    switch_update(s);
}

static void switch_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    switch_update((switch_t *)p);
}

static int switch_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "value") != 0) {
        return -1;
    }
    switch_t *s = (switch_t *)p;
    s->right = value != 0;
    switch_update(s);
    return 0;
}

const sim_part_type_t sim_part_slide_switch = {
    .type = "wokwi-slide-switch",
    .size = sizeof(switch_t),
    .pin_names = switch_pins,
    .reset = switch_reset,
    .pin_changed = switch_pin_changed,
    .set_control = switch_set_control,
};
