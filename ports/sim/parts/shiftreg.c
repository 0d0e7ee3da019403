// ports/sim/parts/shiftreg.c: 74HC595 8-bit shift register with output latch (Wokwi
// "wokwi-74hc595"), pins DS SHCP STCP OE Q0..Q7 Q7S MR GND VCC.
//
// SHCP rising: the register shifts towards Q7 and takes DS into stage 0 (MR low holds it
// cleared). STCP rising: the latch takes the register; Q0..Q7 show the latch while OE is low
// (Z while high). Q7S is stage 7, always driven, and changes 15 ns after the clock edge (the
// chip's propagation delay), so a chained chip clocked by the same edge still shifts in the
// old value. Pin-level only: hardware SPI bytes are not seen (bit-banged or SoftSPI works).
#include "part_util.h"

enum {
    PIN_DS, PIN_SHCP, PIN_STCP, PIN_OE, PIN_Q0, PIN_Q1, PIN_Q2, PIN_Q3, PIN_Q4, PIN_Q5, PIN_Q6,
    PIN_Q7, PIN_Q7S, PIN_MR, PIN_GND, PIN_VCC
};
static const char *const sr_pins[] = {
    "DS", "SHCP", "STCP", "OE", "Q0", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q7S", "MR",
    "GND", "VCC", NULL
};

typedef struct {
    sim_part_t base;
    uint8_t shift, latch;
    bool shcp, stcp;
} sr_t;

static void sr_drive_outputs(sr_t *s) {
    bool oe = sim_part_pin_wired(&s->base, PIN_OE) && sim_part_pin_level(&s->base, PIN_OE);
    for (int i = 0; i < 8; i++) {
        sim_drive_t d = oe ? SIM_DRIVE_Z : (s->latch >> i) & 1 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW;
        sim_part_drive(&s->base, PIN_Q0 + i, d);
    }
}

static void sr_drive_q7s(sim_part_t *p, intptr_t a) {
    (void)a;
    sr_t *s = (sr_t *)p;
    sim_part_drive(p, PIN_Q7S, (s->shift & 0x80) ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
}

static bool sr_cleared(sr_t *s) {
    return sim_part_pin_wired(&s->base, PIN_MR) && !sim_part_pin_level(&s->base, PIN_MR);
}

static void sr_reset(sim_part_t *p) {
    sr_t *s = (sr_t *)p;
    s->shift = s->latch = 0;
    s->shcp = sim_part_pin_level(p, PIN_SHCP);
    s->stcp = sim_part_pin_level(p, PIN_STCP);
    sr_drive_outputs(s);
    sr_drive_q7s(p, 0);
}

static void sr_pin_changed(sim_part_t *p, int pin, int level) {
    sr_t *s = (sr_t *)p;
    switch (pin) {
        case PIN_SHCP:
            if (level && !s->shcp) {
                s->shift = sr_cleared(s) ? 0 : (uint8_t)(s->shift << 1 | sim_part_pin_level(p, PIN_DS));
                sim_part_post(p, 15, sr_drive_q7s, 0);
            }
            s->shcp = level;
            break;
        case PIN_STCP:
            if (level && !s->stcp) {
                s->latch = s->shift;
                sr_drive_outputs(s);
            }
            s->stcp = level;
            break;
        case PIN_MR:
            if (!level) {
                s->shift = 0;
                sim_part_post(p, 15, sr_drive_q7s, 0);
            }
            break;
        case PIN_OE:
            sr_drive_outputs(s);
            break;
        default:
            break;
    }
}

uint8_t sim_74hc595_latch(sim_part_t *p) {
    return p->type == &sim_part_74hc595 ? ((sr_t *)p)->latch : 0;
}

const sim_part_type_t sim_part_74hc595 = {
    .type = "wokwi-74hc595",
    .size = sizeof(sr_t),
    .pin_names = sr_pins,
    .reset = sr_reset,
    .pin_changed = sr_pin_changed,
};
