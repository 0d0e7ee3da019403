// ports/sim/parts/tm1637.c: 4-digit 7-segment display with a TM1637 driver (Wokwi
// "wokwi-tm1637-7segment"), pins CLK DIO VCC GND; attr color (lit segments, default red).
//
// Protocol (TM1637 datasheet), decoded from the pins' edges: start = DIO falls while CLK is
// high, stop = DIO rises while CLK is high; bits are sampled on CLK rising, LSB first; after
// the 8th bit the chip acknowledges by pulling DIO low from the 8th to the 9th CLK falling edge
// (unless the host drives DIO high itself, as push-pull drivers do: then no ACK, no short).
// Commands, the first byte of a frame: 0x40 data (bit 2: fixed address, bit 1: key read),
// 0xC0 | addr (0..5) followed by data bytes, 0x80 | on << 3 | brightness (display control).
// Segments: bit 0..6 = a..g, bit 7 = the point (on digit 1 of the Wokwi module: the colon).
// Screenshot: 4 digits of 12 x 20 pixels, segments as bars in attr color on black; dark while
// the display is off. Simplified: key scanning reads nothing (DIO released); brightness not
// rendered; grids 4-5 stored but not shown.
#include <string.h>
#include "part_util.h"

enum { PIN_CLK, PIN_DIO, PIN_VCC, PIN_GND };
static const char *const tm_pins[] = {"CLK", "DIO", "VCC", "GND", NULL};

typedef struct {
    sim_part_t base;
    uint8_t color[3];
    uint8_t grid[6];
    bool display_on, fixed_addr;
    uint8_t brightness;
    uint8_t addr;
    // decoder
    bool clk, dio;
    bool in_frame;
    int bit;                // data bits sampled (on CLK rising) in this byte, 0..8
    bool ack_phase;         // between the 8th and the 9th CLK falling edge
    bool ack_clock;         // the 9th CLK rising edge was seen
    uint8_t byte;
    int byte_index;         // bytes in this frame
    bool acking;
    bool self_drive;
} tm_t;

static const char *tm_init(sim_part_t *p) {
    tm_t *t = (tm_t *)p;
    if (!sim_color_parse(sim_part_attr_str(p, "color", "red"), t->color)) {
        return "color must be a colour name or #RRGGBB";
    }
    return NULL;
}

static void tm_release(tm_t *t) {
    t->self_drive = true;
    sim_part_drive(&t->base, PIN_DIO, SIM_DRIVE_Z);
    t->self_drive = false;
    t->acking = false;
}

static void tm_reset(sim_part_t *p) {
    tm_t *t = (tm_t *)p;
    memset(t->grid, 0, sizeof(t->grid));
    t->display_on = false;
    t->fixed_addr = false;
    t->brightness = 0;
    t->addr = 0;
    t->clk = sim_part_pin_level(p, PIN_CLK);
    t->dio = sim_part_pin_level(p, PIN_DIO);
    t->in_frame = false;
    tm_release(t);
}

static void tm_byte(tm_t *t, uint8_t b) {
    if (t->byte_index == 0) {
        switch (b & 0xc0) {
            case 0x40: t->fixed_addr = (b & 0x04) != 0; break;
            case 0xc0: t->addr = b & 0x07; break;
            case 0x80: t->display_on = (b & 0x08) != 0; t->brightness = b & 7; break;
            default: break;
        }
    } else if (t->addr < 6) {
        t->grid[t->addr] = b;
        if (!t->fixed_addr) {
            t->addr++;
        }
    }
    t->byte_index++;
}

static void tm_pin_changed(sim_part_t *p, int pin, int level) {
    tm_t *t = (tm_t *)p;
    if (t->self_drive) {
        return;
    }
    if (pin == PIN_DIO) {
        if (t->clk && t->dio && !level) {
            t->in_frame = true;             // start
            t->bit = 0;
            t->byte = 0;
            t->byte_index = 0;
            t->ack_phase = false;
        } else if (t->clk && !t->dio && level) {
            t->in_frame = false;            // stop
            if (t->acking) {
                tm_release(t);
            }
        }
        t->dio = level;
        return;
    }
    if (pin != PIN_CLK || level == t->clk) {
        return;
    }
    t->clk = level;
    if (!t->in_frame) {
        return;
    }
    if (level) {
        if (t->ack_phase) {
            t->ack_clock = true;
        } else if (t->bit < 8) {
            t->byte |= (uint8_t)(sim_part_pin_level(p, PIN_DIO) << t->bit);
            t->bit++;
        }
        return;
    }
    // CLK falling
    if (!t->ack_phase && t->bit == 8) {
        tm_byte(t, t->byte);
        t->ack_phase = true;
        t->ack_clock = false;
        if (sim_net_external_drive(p->pins[PIN_DIO].net, p) != SIM_DRIVE_HIGH) {
            t->self_drive = true;
            sim_part_drive(p, PIN_DIO, SIM_DRIVE_LOW);
            t->self_drive = false;
            t->acking = true;
        }
    } else if (t->ack_phase && t->ack_clock) {
        if (t->acking) {
            tm_release(t);
        }
        t->ack_phase = false;
        t->bit = 0;
        t->byte = 0;
    }
}

// Segment rectangles in a 12 x 20 digit cell: x, y, w, h for a..g and the point.
static const uint8_t tm_seg_rect[8][4] = {
    {3, 1, 6, 2}, {9, 3, 2, 6}, {9, 11, 2, 6}, {3, 17, 6, 2}, {1, 11, 2, 6}, {1, 3, 2, 6},
    {3, 9, 6, 2}, {11, 17, 1, 2},
};

static bool tm_screenshot(sim_part_t *p, sim_image_t *img) {
    tm_t *t = (tm_t *)p;
    if (!sim_image_alloc(img, 48, 20)) {
        return false;
    }
    for (int i = 0; i < 48 * 20; i++) {
        img->rgba[4 * i + 3] = 0xff;
    }
    if (!t->display_on) {
        return true;
    }
    for (int d = 0; d < 4; d++) {
        for (int s = 0; s < 8; s++) {
            if (!((t->grid[d] >> s) & 1)) {
                continue;
            }
            const uint8_t *r = tm_seg_rect[s];
            if (s == 7 && d == 1) {
                // the colon, between digits 1 and 2
                static const uint8_t colon[2][4] = {{11, 6, 2, 2}, {11, 12, 2, 2}};
                for (int k = 0; k < 2; k++) {
                    for (int y = colon[k][1]; y < colon[k][1] + colon[k][3]; y++) {
                        for (int x = colon[k][0]; x < colon[k][0] + colon[k][2]; x++) {
                            memcpy(img->rgba + 4 * (y * 48 + d * 12 + x), t->color, 3);
                        }
                    }
                }
                continue;
            }
            for (int y = r[1]; y < r[1] + r[3]; y++) {
                for (int x = r[0]; x < r[0] + r[2]; x++) {
                    memcpy(img->rgba + 4 * (y * 48 + d * 12 + x), t->color, 3);
                }
            }
        }
    }
    return true;
}

bool sim_tm1637_segments(sim_part_t *p, uint8_t grid[6], bool *on) {
    if (p->type != &sim_part_tm1637) {
        return false;
    }
    tm_t *t = (tm_t *)p;
    memcpy(grid, t->grid, 6);
    if (on) {
        *on = t->display_on;
    }
    return true;
}

const sim_part_type_t sim_part_tm1637 = {
    .type = "wokwi-tm1637-7segment",
    .size = sizeof(tm_t),
    .pin_names = tm_pins,
    .init = tm_init,
    .reset = tm_reset,
    .pin_changed = tm_pin_changed,
    .screenshot = tm_screenshot,
};
