// ports/sim/parts/pushbutton.c: a tactile push button (Wokwi "wokwi-pushbutton" and
// "wokwi-pushbutton-6mm"), pins 1.l 1.r 2.l 2.r; control `pressed` (0/1); attr `bounce`
// ("0" turns contact bounce off; on by default, as in Wokwi).
//
// The chip has no logic: 1.l-1.r and 2.l-2.r are always joined, and closing the contact joins
// all four. Nets are not merged at run time, so the model copies levels instead: each pin of a
// joined group is driven with the strongest drive found on the group's OTHER nets, not counting
// the button's own drivers (sim_part_join_pins, sim_net_external_drive). With the usual wiring
// (input with pull-up on one side, GND on the other) the input is driven LOW while the contact
// is closed and released (Z) after.
//
// State: `pressed` is what the user does (the control); `closed` is the contact. Without bounce
// they are equal. With bounce, a press closes the contact at once and then makes it chatter: it
// reopens and recloses on a fixed schedule of five transitions within 0.72 ms of virtual time,
// settling closed; the schedule cycles through three patterns (press count mod 3) so the gaps
// are not periodic, and every run is the same. A release opens the contact cleanly (contacts
// bounce when they strike, and a release that re-closed would look like another press to the
// usual falling-edge IRQ with a lock-out time). A change while a bounce is still playing
// restarts from the new state (`gen` discards the stale events). Attrs color, label, key, xray and the like only affect drawing or the keyboard
// in Wokwi and are ignored. Simplifications: no resistance; a group whose other nets carry both
// strong levels drives LOW (the short is the net layer's to report).
#include <string.h>
#include "part_util.h"

static const char *const button_pins[] = {"1.l", "1.r", "2.l", "2.r", NULL};

// Times (us after the change) at which the contact flips; the first entry is the change itself
// and the count is odd, so the contact ends in the new state.
#define BOUNCE_STEPS 5
static const uint16_t bounce_us[3][BOUNCE_STEPS] = {
    {0, 120, 260, 430, 600},
    {0, 90, 310, 380, 720},
    {0, 150, 230, 520, 640},
};

typedef struct {
    sim_part_t base;
    bool pressed;           // the control
    bool closed;            // the contact
    bool bounce;
    bool updating;          // guards against our own drives re-entering via pin_changed
    unsigned changes;       // presses so far: picks the bounce pattern
    intptr_t gen;           // bumped on every change: older bounce events are stale
} button_t;

static void button_update(button_t *b) {
    static const int8_t open[4] = {0, 0, 1, 1}, closed[4] = {0, 0, 0, 0};
    sim_part_join_pins(&b->base, b->closed ? closed : open, &b->updating);
}

static const char *button_init(sim_part_t *p) {
    button_t *b = (button_t *)p;
    const char *v = sim_part_attr_str(p, "bounce", "1");
    b->bounce = !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0);
    return NULL;
}

static void button_reset(sim_part_t *p) {
    button_t *b = (button_t *)p;
    b->pressed = b->closed = false;
    b->changes = 0;
    b->gen++;
    button_update(b);
}

static void button_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    button_update((button_t *)p);
}

static void button_flip(sim_part_t *p, intptr_t gen) {
    button_t *b = (button_t *)p;
    if (gen != b->gen) {
        return;
    }
    b->closed = !b->closed;
    button_update(b);
}

static int button_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "pressed") != 0) {
        return -1;
    }
    button_t *b = (button_t *)p;
    bool pressed = value != 0;
    if (pressed == b->pressed) {
        return 0;
    }
    b->pressed = pressed;
    b->gen++;
    b->closed = pressed;
    button_update(b);
    if (b->bounce && pressed) {
        const uint16_t *t = bounce_us[b->changes % 3];
        for (int i = 1; i < BOUNCE_STEPS; i++) {
            sim_part_post(p, (sim_ns_t)t[i] * SIM_NS_PER_US, button_flip, b->gen);
        }
        b->changes++;
    }
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
    .init = button_init,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};

const sim_part_type_t sim_part_pushbutton_6mm = {
    .type = "wokwi-pushbutton-6mm",
    .size = sizeof(button_t),
    .pin_names = button_pins,
    .init = button_init,
    .reset = button_reset,
    .pin_changed = button_pin_changed,
    .set_control = button_set_control,
};
