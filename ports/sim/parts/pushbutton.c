// ports/sim/parts/pushbutton.c: a tactile push button (Wokwi "wokwi-pushbutton" and
// "wokwi-pushbutton-6mm"), pins 1.l 1.r 2.l 2.r; control `pressed` (0/1).
//
// The chip has no logic: 1.l-1.r and 2.l-2.r are always joined, and pressing joins all four.
// Nets are not merged at run time, so the model copies levels instead: each pin of a joined
// group is driven with the strongest drive found on the group's OTHER nets, not counting the
// button's own drivers (sim_part_join_pins, sim_net_external_drive). With the usual wiring (input with pull-up on
// one side, GND on the other) the input is driven LOW while pressed and released (Z) after.
// Simplifications: no contact bounce (attr bounce is ignored), no resistance; a group whose
// other nets carry both strong levels drives LOW (the short is the net layer's to report).
#include <string.h>
#include "part_util.h"

static const char *const button_pins[] = {"1.l", "1.r", "2.l", "2.r", NULL};

typedef struct {
    sim_part_t base;
    bool pressed;
    bool updating;          // guards against our own drives re-entering via pin_changed
} button_t;

static void button_update(button_t *b) {
    static const int8_t released[4] = {0, 0, 1, 1}, pressed[4] = {0, 0, 0, 0};
    sim_part_join_pins(&b->base, b->pressed ? pressed : released, &b->updating);
}

static void button_reset(sim_part_t *p) {
    button_t *b = (button_t *)p;
    b->pressed = false;
    button_update(b);
}

static void button_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    button_update((button_t *)p);
}

static int button_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "pressed") != 0) {
        return -1;
    }
    button_t *b = (button_t *)p;
    b->pressed = value != 0;
    button_update(b);
    return 0;
}

bool sim_pushbutton_pressed(sim_part_t *p) {
    if (p->type != &sim_part_pushbutton && p->type != &sim_part_pushbutton_6mm) {
        return false;
    }
    return ((button_t *)p)->pressed;
}

const sim_part_type_t sim_part_pushbutton = {
    .type = "wokwi-pushbutton",
    .size = sizeof(button_t),
    .pin_names = button_pins,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};

const sim_part_type_t sim_part_pushbutton_6mm = {
    .type = "wokwi-pushbutton-6mm",
    .size = sizeof(button_t),
    .pin_names = button_pins,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};
