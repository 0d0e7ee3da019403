// ports/sim/parts/shiftin.c: 74HC165 8-bit parallel-in shift register (Wokwi "wokwi-74hc165"),
// pins D0..D7 PL CP CE Q7 Q7_N DS GND VCC.
//
// PL low: the register follows D0..D7 (Q7 = D7). PL high: CP rising with CE low shifts the
// register towards Q7, DS entering stage 0; the inputs are ignored. Q7 / Q7_N (stage 7 and its
// inverse) are driven always and change 15 ns after the edge that changed them, so chained
// chips (Q7 into the next chip's DS) clocked together shift correctly.
#include "part_util.h"

enum {
    PIN_D0, PIN_D1, PIN_D2, PIN_D3, PIN_D4, PIN_D5, PIN_D6, PIN_D7, PIN_PL, PIN_CP, PIN_CE,
    PIN_Q7, PIN_Q7N, PIN_DS, PIN_GND, PIN_VCC
};
static const char *const sin_pins[] = {
    "D0", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "PL", "CP", "CE", "Q7", "Q7_N", "DS", "GND",
    "VCC", NULL
};

typedef struct {
    sim_part_t base;
    uint8_t reg;
    bool cp;
} sin_t;

static void sin_drive(sim_part_t *p, intptr_t a) {
    sin_t *s = (sin_t *)p;
    (void)a;
    bool q = s->reg & 0x80;
    sim_part_drive(p, PIN_Q7, q ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    sim_part_drive(p, PIN_Q7N, q ? SIM_DRIVE_LOW : SIM_DRIVE_HIGH);
}

static void sin_load(sin_t *s) {
    uint8_t v = 0;
    for (int i = 0; i < 8; i++) {
        v |= (uint8_t)(sim_part_pin_level(&s->base, PIN_D0 + i) << i);
    }
    s->reg = v;
    sim_part_post(&s->base, 15, sin_drive, 0);
}

static void sin_reset(sim_part_t *p) {
    sin_t *s = (sin_t *)p;
    s->cp = sim_part_pin_level(p, PIN_CP);
    s->reg = 0;
    if (!sim_part_pin_level(p, PIN_PL)) {
        sin_load(s);
    }
    sin_drive(p, 0);
}

static void sin_pin_changed(sim_part_t *p, int pin, int level) {
    sin_t *s = (sin_t *)p;
    bool loading = !sim_part_pin_level(p, PIN_PL);
    if (pin == PIN_CP) {
        if (level && !s->cp && !loading && !sim_part_pin_level(p, PIN_CE)) {
            s->reg = (uint8_t)(s->reg << 1 | sim_part_pin_level(p, PIN_DS));
            sim_part_post(p, 15, sin_drive, 0);
        }
        s->cp = level;
    } else if ((pin == PIN_PL || pin <= PIN_D7) && loading) {
        sin_load(s);
    }
}

uint8_t sim_74hc165_register(sim_part_t *p) {
    return p->type == &sim_part_74hc165 ? ((sin_t *)p)->reg : 0;
}

const sim_part_type_t sim_part_74hc165 = {
    .type = "wokwi-74hc165",
    .size = sizeof(sin_t),
    .pin_names = sin_pins,
    .reset = sin_reset,
    .pin_changed = sin_pin_changed,
};
