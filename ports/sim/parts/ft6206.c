// ports/sim/parts/ft6206.c: FocalTech FT6206 capacitive touch panel controller, the touch half
// of Wokwi's "board-ili9341-cap-touch" (the display half is ili9341.c, which embeds a
// sim_ft6206_t after its own state and forwards I2C and the touch controls here).
//
// Data layout (sim_ft6206_t, part_util.h): the touch point (pressed, x, y in panel pixels,
// portrait 240x320, the same axes as the display's screenshot), the P1 event flag, the
// register pointer and the few writable registers. Registers are computed on read:
//   0x00 DEV_MODE (rw), 0x01 GEST_ID (0), 0x02 TD_STATUS (touch points: 0 or 1),
//   0x03 P1_XH (event flag [7:6]: 0 press down, 1 lift up, 2 contact, 3 no event; X[11:8]),
//   0x04 P1_XL, 0x05 P1_YH (touch id [7:4] = 0, Y[11:8]), 0x06 P1_YL, 0x07 P1_WEIGHT,
//   0x08 P1_MISC (0), 0x09..0x0E P2 (0xff: no second point), 0x80 TH_GROUP (rw, reset 128),
//   0x88 PERIODACTIVE (rw), 0xA3 chip id 0x06 (FT6206; attr touchChip "ft6236" gives 0x36),
//   0xA4 G_MODE (rw: 0 polling, 1 trigger), 0xA8 vendor id 0x11; others read 0.
// A write sets the register pointer with its first byte, then writes registers; reads
// auto-increment the pointer. Events: a press reports "press down" until P1_XH is read once,
// then "contact"; a release reports TD_STATUS 0 and "lift up" (then "no event" once read).
// INT (push-pull) is low while the panel is touched, high otherwise, in both G_MODE settings
// (trigger-mode pulses are not modelled). I2C address 0x38 (attr i2cAddress overrides).
#include <string.h>
#include <math.h>
#include "part_util.h"

enum { EV_DOWN = 0, EV_UP = 1, EV_CONTACT = 2, EV_NONE = 3 };

static void ft_int_update(sim_ft6206_t *t) {
    if (t->int_pin >= 0 && sim_part_pin_wired(t->part, t->int_pin)) {
        sim_part_drive(t->part, t->int_pin, t->pressed ? SIM_DRIVE_LOW : SIM_DRIVE_HIGH);
    }
}

void sim_ft6206_reset(sim_ft6206_t *t, sim_part_t *p, int int_pin) {
    memset(t, 0, sizeof(*t));
    t->part = p;
    t->int_pin = int_pin;
    t->address = sim_part_i2c_address(p, 0x38);
    t->chip_id = 0x06;
    const char *chip = sim_part_attr_str(p, "touchChip", NULL);
    if (chip != NULL && (strcmp(chip, "ft6236") == 0 || strcmp(chip, "FT6236") == 0)) {
        t->chip_id = 0x36;
    }
    t->event = EV_NONE;
    t->threshold = 128;
    t->period_active = 6;
    ft_int_update(t);
}

static uint8_t ft_reg(sim_ft6206_t *t, uint8_t r) {
    switch (r) {
        case 0x00: return t->dev_mode;
        case 0x02: return t->pressed ? 1 : 0;
        case 0x03: return (uint8_t)(t->event << 6 | ((t->x >> 8) & 0x0f));
        case 0x04: return (uint8_t)(t->x & 0xff);
        case 0x05: return (uint8_t)((t->y >> 8) & 0x0f);
        case 0x06: return (uint8_t)(t->y & 0xff);
        case 0x80: return t->threshold;
        case 0x88: return t->period_active;
        case 0xa3: return t->chip_id;
        case 0xa4: return t->g_mode;
        case 0xa8: return 0x11;
        default: return r >= 0x09 && r <= 0x0e ? 0xff : 0;
    }
}

bool sim_ft6206_i2c_start(sim_ft6206_t *t, uint8_t addr, bool read) {
    (void)read;
    t->addressed = addr == t->address;
    t->have_ptr = false;
    return t->addressed;
}

bool sim_ft6206_i2c_write(sim_ft6206_t *t, uint8_t b) {
    if (!t->addressed) {
        return false;
    }
    if (!t->have_ptr) {
        t->ptr = b;
        t->have_ptr = true;
        return true;
    }
    switch (t->ptr) {
        case 0x00: t->dev_mode = b; break;
        case 0x80: t->threshold = b; break;
        case 0x88: t->period_active = b; break;
        case 0xa4: t->g_mode = b & 1; break;
        default: break;         // read-only or unmodelled: accepted, ignored
    }
    t->ptr++;
    return true;
}

uint8_t sim_ft6206_i2c_read(sim_ft6206_t *t) {
    uint8_t r = t->ptr++;
    uint8_t v = ft_reg(t, r);
    if (r == 0x03) {            // the host has seen this event
        if (t->event == EV_DOWN) {
            t->event = EV_CONTACT;
        } else if (t->event == EV_UP) {
            t->event = EV_NONE;
        }
    }
    return v;
}

void sim_ft6206_i2c_stop(sim_ft6206_t *t) {
    t->addressed = t->have_ptr = false;
}

void sim_ft6206_touch(sim_ft6206_t *t, int pressed, double x, double y) {
    if (!isnan(x)) {
        t->x = (int)lround(sim_clampd(x, 0, SIM_FT6206_W - 1));
    }
    if (!isnan(y)) {
        t->y = (int)lround(sim_clampd(y, 0, SIM_FT6206_H - 1));
    }
    if (pressed >= 0 && (pressed != 0) != t->pressed) {
        t->pressed = pressed != 0;
        t->event = t->pressed ? EV_DOWN : EV_UP;
    } else if (t->pressed && t->event != EV_DOWN) {
        t->event = EV_CONTACT;  // a move while touched
    }
    ft_int_update(t);
}

int sim_ft6206_set_control(sim_ft6206_t *t, const char *name, double value) {
    if (strcmp(name, "x") == 0) {
        sim_ft6206_touch(t, -1, value, NAN);
    } else if (strcmp(name, "y") == 0) {
        sim_ft6206_touch(t, -1, NAN, value);
    } else if (strcmp(name, "pressed") == 0 || strcmp(name, "touch") == 0) {
        sim_ft6206_touch(t, value != 0, NAN, NAN);
    } else {
        return -1;
    }
    return 0;
}
