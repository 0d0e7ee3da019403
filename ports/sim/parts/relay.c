// ports/sim/parts/relay.c: a relay module (Wokwi "wokwi-relay-module"), pins VCC GND IN NC COM
// NO. IN low or floating: COM joined to NC; IN high: COM joined to NO (levels are copied across
// the closed contact, sim_part_join_pins). Simplified: the contact moves at once (no ~10 ms
// operate time or bounce); IN is read as a logic level (no coil current model).
#include "part_util.h"

enum { PIN_VCC, PIN_GND, PIN_IN, PIN_NC, PIN_COM, PIN_NO };
static const char *const relay_pins[] = {"VCC", "GND", "IN", "NC", "COM", "NO", NULL};

typedef struct {
    sim_part_t base;
    bool on;
    bool guard;
} relay_t;

static void relay_update(relay_t *r) {
    static const int8_t off[6] = {-1, -1, -1, 0, 0, -1}, on[6] = {-1, -1, -1, -1, 0, 0};
    r->on = sim_part_pin_level(&r->base, PIN_IN) != 0;
    sim_part_join_pins(&r->base, r->on ? on : off, &r->guard);
}

static void relay_reset(sim_part_t *p) {
    relay_update((relay_t *)p);
}

static void relay_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    relay_update((relay_t *)p);
}

bool sim_relay_on(sim_part_t *p) {
    return p->type == &sim_part_relay_module && ((relay_t *)p)->on;
}

const sim_part_type_t sim_part_relay_module = {
    .type = "wokwi-relay-module",
    .size = sizeof(relay_t),
    .pin_names = relay_pins,
    .reset = relay_reset,
    .pin_changed = relay_pin_changed,
};
