// ports/sim/parts/dipswitch.c: an 8-way DIP switch (Wokwi "wokwi-dip-switch-8").
//
// Pins 1a..8a then 1b..8b: switch n joins na and nb while on. Levels are copied across each
// closed contact as for the push button (sim_part_join_pins: each pin of a closed switch is
// driven with the strongest external drive on its partner's net; open switches release both).
// State: a bitmask, bit n-1 = switch n on. Attrs (ours; Wokwi's part has none, every switch
// starts off): sw1..sw8 ("1" on). Controls: sw1..sw8, and 1..8 (Wokwi's keyboard keys), each
// 0 (off) or 1 (on). No bouncing.
#include <stdio.h>
#include <string.h>
#include "part_util.h"

#define DIP_N 8

static const char *const dip_pins[] = {
    "1a", "2a", "3a", "4a", "5a", "6a", "7a", "8a",
    "1b", "2b", "3b", "4b", "5b", "6b", "7b", "8b", NULL,
};

typedef struct {
    sim_part_t base;
    uint8_t on;             // bit n-1: switch n closed
    bool guard;
} dip_t;

static void dip_update(dip_t *d) {
    int8_t group[2 * DIP_N];
    for (int i = 0; i < DIP_N; i++) {
        group[i] = group[DIP_N + i] = (d->on >> i) & 1 ? (int8_t)i : -1;
    }
    sim_part_join_pins(&d->base, group, &d->guard);
}

static void dip_reset(sim_part_t *p) {
    dip_t *d = (dip_t *)p;
    d->on = 0;
    for (int i = 0; i < DIP_N; i++) {
        char key[16];
        snprintf(key, sizeof(key), "sw%d", i + 1);
        if (sim_part_attr_int(p, key, 0) != 0) {
            d->on |= 1 << i;
        }
    }
    dip_update(d);
}

static void dip_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    dip_update((dip_t *)p);
}

static int dip_set_control(sim_part_t *p, const char *name, double value) {
    const char *num = strncmp(name, "sw", 2) == 0 ? name + 2 : name;
    if (num[0] < '1' || num[0] > '8' || num[1] != 0) {
        return -1;
    }
    dip_t *d = (dip_t *)p;
    uint8_t bit = 1 << (num[0] - '1');
    d->on = value != 0 ? d->on | bit : d->on & ~bit;
    dip_update(d);
    return 0;
}

int sim_dip_switch_state(sim_part_t *p) {
    return p->type == &sim_part_dip_switch_8 ? ((dip_t *)p)->on : 0;
}

const sim_part_type_t sim_part_dip_switch_8 = {
    .type = "wokwi-dip-switch-8",
    .size = sizeof(dip_t),
    .pin_names = dip_pins,
    .reset = dip_reset,
    .pin_changed = dip_pin_changed,
    .set_control = dip_set_control,
};
