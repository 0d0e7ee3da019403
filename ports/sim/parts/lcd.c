// ports/sim/parts/lcd.c: character LCDs with the Hitachi HD44780 controller: Wokwi
// "wokwi-lcd1602" (16x2) and "wokwi-lcd2004" (20x4), on an I2C backpack (attr pins "i2c": a
// PCF8574 at attr i2c-address / i2cAddress, default 0x27) or on their own pins (attr pins
// "full", the default: RS RW E D0..D7, 4- or 8-bit).
//
// HD44780 state (datasheet ADE-207-272):
//   ddram[80]: display data; 2-line mode holds lines at 0x00-0x27 and 0x40-0x67 (a 20x4 panel
//   shows 0x00, 0x40, 0x14, 0x54 as rows 0..3); 1-line mode 0x00-0x4F.
//   cgram[64]: 8 user characters of 8 rows (5 low bits each).
//   ac: the address counter, into DDRAM or CGRAM (the last "set address" command decides).
//   shift: the display shift (cursor/display shift and entry-mode shift), in characters.
//   Instruction set: 01 clear, 02 home, 04 entry mode (I/D, S), 08 display control (D, C, B),
//   10 cursor/display shift, 20 function set (DL, N, F), 40 CGRAM address, 80 DDRAM address;
//   with RW high: busy flag + address counter, data reads.
//   Power-on: 8-bit interface, 1 line, display off, DDRAM filled with spaces, entry increment.
//   4-bit interface (DL=0): each byte is two transfers on D4..D7, high nibble first.
// PCF8574 backpack (the wiring of the common modules and MicroPython's i2c_lcd.py): P0 RS,
// P1 RW, P2 E, P3 backlight, P4..P7 = D4..D7. A byte written sets the port; the HD44780 latches
// on E's falling edge. Reading the port returns its latch, with D4..D7 from the LCD while RW
// and E are high. On pins, the LCD latches on E falling and drives D0..D7 (or D4..D7) while a
// read is enabled.
// Screenshot: one pixel per dot, 5x8-dot cells one pixel apart ((6 x cols - 1) x (9 x rows -
// 1)); dark dots on a green background (darker with the backlight off); ROM characters 0x20..
// 0x7F from the A00 table (lcd_font.h), 0x00..0x0F from CGRAM, others blank; the cursor is an
// underline (blinking not drawn).
// Simplified: the busy flag reads set for the instruction's execution time (37 us, 1.52 ms for
// clear/home) but writes while busy are still accepted; no 5x10 font; codes 0x80..0xFF (katakana)
// are drawn blank; contrast (V0) not modelled.
#include <string.h>
#include "part_util.h"
#include "lcd_font.h"

enum {
    PIN_GND, PIN_VCC, PIN_SDA, PIN_SCL, PIN_VSS, PIN_VDD, PIN_V0, PIN_RS, PIN_RW, PIN_E,
    PIN_D0, PIN_D1, PIN_D2, PIN_D3, PIN_D4, PIN_D5, PIN_D6, PIN_D7, PIN_A, PIN_K
};
static const char *const lcd_pins[] = {
    "GND", "VCC", "SDA", "SCL", "VSS", "VDD", "V0", "RS", "RW", "E",
    "D0", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "A", "K", NULL
};

typedef struct {
    sim_part_t base;
    int cols, rows;
    bool i2c;
    uint8_t address;
    // PCF8574
    uint8_t port;
    bool addressed;
    // HD44780
    uint8_t ddram[80];
    uint8_t cgram[64];
    uint8_t ac;
    bool ac_cgram;
    bool increment, entry_shift;
    bool display_on, cursor_on, blink_on;
    bool eight_bit, two_lines, font_5x10;
    int shift;
    bool nibble_low;            // 4-bit mode: the next transfer is the low nibble
    uint8_t nibble_hi;
    sim_ns_t busy_until;
    bool e_high;                // pin mode: E level
    bool driving;               // pin mode: the LCD drives the data pins (a read)
} lcd_t;

static bool is_lcd(const sim_part_t *p) {
    return p->type == &sim_part_lcd1602 || p->type == &sim_part_lcd2004;
}

static void lcd_power_on(lcd_t *l) {
    memset(l->ddram, ' ', sizeof(l->ddram));
    memset(l->cgram, 0, sizeof(l->cgram));
    l->ac = 0;
    l->ac_cgram = false;
    l->increment = true;
    l->entry_shift = false;
    l->display_on = l->cursor_on = l->blink_on = false;
    l->eight_bit = true;
    l->two_lines = false;
    l->font_5x10 = false;
    l->shift = 0;
    l->nibble_low = false;
    l->busy_until = 0;
}

// DDRAM address counter step, with the line wrap of the current mode.
static uint8_t ddram_step(const lcd_t *l, uint8_t a, bool up) {
    if (l->two_lines) {
        uint8_t base = a & 0x40, off = a & 0x3f;
        if (up) {
            off = off >= 0x27 ? 0 : off + 1;
            if (off == 0) {
                base ^= 0x40;
            }
        } else {
            if (off == 0 || off > 0x27) {
                off = 0x27;
                base ^= 0x40;
            } else {
                off--;
            }
        }
        return base | off;
    }
    if (up) {
        return a >= 0x4f ? 0 : a + 1;
    }
    return a == 0 || a > 0x4f ? 0x4f : a - 1;
}

static int ddram_index(const lcd_t *l, uint8_t a) {
    if (l->two_lines) {
        return (a & 0x40 ? 40 : 0) + ((a & 0x3f) % 40);
    }
    return a % 80;
}

static void lcd_advance(lcd_t *l) {
    if (l->ac_cgram) {
        l->ac = (uint8_t)((l->ac + (l->increment ? 1 : -1)) & 0x3f);
    } else {
        l->ac = ddram_step(l, l->ac, l->increment);
    }
}

static void lcd_instruction(lcd_t *l, uint8_t c) {
    sim_ns_t t = 37 * SIM_NS_PER_US;
    if (c & 0x80) {
        l->ac = c & 0x7f;
        l->ac_cgram = false;
    } else if (c & 0x40) {
        l->ac = c & 0x3f;
        l->ac_cgram = true;
    } else if (c & 0x20) {
        l->eight_bit = (c & 0x10) != 0;
        l->two_lines = (c & 0x08) != 0;
        l->font_5x10 = (c & 0x04) != 0;
    } else if (c & 0x10) {
        bool right = (c & 0x04) != 0;
        if (c & 0x08) {
            l->shift += right ? 1 : -1;
        } else if (!l->ac_cgram) {
            l->ac = ddram_step(l, l->ac, right);
        }
    } else if (c & 0x08) {
        l->display_on = (c & 0x04) != 0;
        l->cursor_on = (c & 0x02) != 0;
        l->blink_on = (c & 0x01) != 0;
    } else if (c & 0x04) {
        l->increment = (c & 0x02) != 0;
        l->entry_shift = (c & 0x01) != 0;
    } else if (c & 0x02) {
        l->ac = 0;
        l->ac_cgram = false;
        l->shift = 0;
        t = 1520 * SIM_NS_PER_US;
    } else if (c & 0x01) {
        memset(l->ddram, ' ', sizeof(l->ddram));
        l->ac = 0;
        l->ac_cgram = false;
        l->increment = true;
        l->shift = 0;
        t = 1520 * SIM_NS_PER_US;
    }
    l->busy_until = sim_now() + t;
}

static void lcd_write_data(lcd_t *l, uint8_t d) {
    if (l->ac_cgram) {
        l->cgram[l->ac & 0x3f] = d & 0x1f;
    } else {
        l->ddram[ddram_index(l, l->ac)] = d;
        if (l->entry_shift) {
            l->shift += l->increment ? -1 : 1;
        }
    }
    lcd_advance(l);
    l->busy_until = sim_now() + 41 * SIM_NS_PER_US;
}

static uint8_t lcd_read(lcd_t *l, bool rs, bool advance) {
    if (!rs) {
        return (uint8_t)((sim_now() < l->busy_until ? 0x80 : 0) | (l->ac & 0x7f));
    }
    uint8_t v = l->ac_cgram ? l->cgram[l->ac & 0x3f] : l->ddram[ddram_index(l, l->ac)];
    if (advance) {
        lcd_advance(l);
    }
    return v;
}

// One transfer on the data bus (E falling). `data` holds D7..D0 (in 4-bit mode D7..D4 in the
// high nibble).
static void lcd_transfer(lcd_t *l, bool rs, bool rw, uint8_t data) {
    if (l->eight_bit) {
        if (rw) {
            lcd_read(l, rs, true);
        } else if (rs) {
            lcd_write_data(l, data);
        } else {
            lcd_instruction(l, data);
        }
        return;
    }
    if (!l->nibble_low) {
        l->nibble_hi = data & 0xf0;
        l->nibble_low = true;
        return;
    }
    l->nibble_low = false;
    uint8_t b = (uint8_t)(l->nibble_hi | (data >> 4));
    if (rw) {
        lcd_read(l, rs, true);
    } else if (rs) {
        lcd_write_data(l, b);
    } else {
        lcd_instruction(l, b);
    }
}

// What the LCD puts on D7..D0 during a read (4-bit mode: the nibble due, in the high bits).
static uint8_t lcd_read_bus(lcd_t *l, bool rs) {
    uint8_t v = lcd_read(l, rs, false);
    if (!l->eight_bit && l->nibble_low) {
        return (uint8_t)(v << 4);
    }
    return v;
}

// ---- PCF8574 backpack

static bool lcd_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    lcd_t *l = (lcd_t *)p;
    (void)read;
    l->addressed = l->i2c && addr == l->address;
    return l->addressed;
}

static bool lcd_i2c_write(sim_part_t *p, uint8_t b) {
    lcd_t *l = (lcd_t *)p;
    if (!l->addressed) {
        return false;
    }
    uint8_t old = l->port;
    l->port = b;
    if ((old & 0x04) && !(b & 0x04)) {
        lcd_transfer(l, b & 0x01, (b & 0x02) != 0, b & 0xf0);
    }
    return true;
}

static uint8_t lcd_i2c_read(sim_part_t *p) {
    lcd_t *l = (lcd_t *)p;
    uint8_t v = l->port;
    if ((v & 0x02) && (v & 0x04)) {
        // quasi-bidirectional: the LCD pulls down the D4..D7 lines it drives low
        v = (uint8_t)((v & 0x0f) | ((v & 0xf0) & lcd_read_bus(l, v & 0x01)));
    }
    return v;
}

static void lcd_i2c_stop(sim_part_t *p) {
    ((lcd_t *)p)->addressed = false;
}

// ---- parallel pins

static void lcd_drive_bus(lcd_t *l, bool on) {
    sim_part_t *p = &l->base;
    uint8_t v = on ? lcd_read_bus(l, sim_part_pin_level(p, PIN_RS)) : 0;
    int first = l->eight_bit ? PIN_D0 : PIN_D4;
    for (int k = first; k <= PIN_D7; k++) {
        sim_drive_t d = SIM_DRIVE_Z;
        if (on) {
            d = (v >> (k - PIN_D0)) & 1 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW;
        }
        sim_part_drive(p, k, d);
    }
    l->driving = on;
}

static void lcd_pin_changed(sim_part_t *p, int pin, int level) {
    lcd_t *l = (lcd_t *)p;
    if (l->i2c || (pin != PIN_E && pin != PIN_RW)) {
        return;
    }
    bool rw = sim_part_pin_level(p, PIN_RW);
    if (pin == PIN_RW) {
        if (!rw && l->driving) {
            lcd_drive_bus(l, false);
        }
        return;
    }
    if (level && !l->e_high) {
        l->e_high = true;
        if (rw) {
            lcd_drive_bus(l, true);
        }
    } else if (!level && l->e_high) {
        l->e_high = false;
        if (l->driving) {
            lcd_drive_bus(l, false);
        }
        uint8_t data = 0;
        for (int k = PIN_D0; k <= PIN_D7; k++) {
            data |= (uint8_t)(sim_part_pin_level(p, k) << (k - PIN_D0));
        }
        lcd_transfer(l, sim_part_pin_level(p, PIN_RS), rw, data);
    }
}

// ---- part

static const char *lcd_init_common(sim_part_t *p, int cols, int rows) {
    lcd_t *l = (lcd_t *)p;
    l->cols = cols;
    l->rows = rows;
    const char *pins = sim_part_attr_str(p, "pins", "full");
    if (strcmp(pins, "i2c") == 0) {
        l->i2c = true;
    } else if (strcmp(pins, "full") != 0) {
        return "pins must be \"full\" or \"i2c\"";
    }
    l->address = sim_part_i2c_address(p, 0x27);
    return NULL;
}

static const char *lcd1602_init(sim_part_t *p) {
    return lcd_init_common(p, 16, 2);
}

static const char *lcd2004_init(sim_part_t *p) {
    return lcd_init_common(p, 20, 4);
}

static void lcd_reset(sim_part_t *p) {
    lcd_t *l = (lcd_t *)p;
    lcd_power_on(l);
    l->port = 0xff;                 // PCF8574 power-on: all lines high (weak)
    l->addressed = false;
    l->e_high = !l->i2c && sim_part_pin_level(p, PIN_E);
    if (l->driving) {
        lcd_drive_bus(l, false);
    }
}

// The DDRAM index shown by the cell (row, c), or -1 when the row is not driven.
static int lcd_cell_index(const lcd_t *l, int row, int c) {
    static const uint8_t row_addr[4] = {0x00, 0x40, 0x14, 0x54};
    if (!l->two_lines) {
        if (row != 0) {
            return -1;
        }
        return (((c - l->shift) % 80) + 80) % 80;
    }
    uint8_t base = row_addr[row];
    int col = (base & 0x3f) + c - l->shift;
    col = ((col % 40) + 40) % 40;
    return (base & 0x40 ? 40 : 0) + col;
}

bool sim_lcd_text(sim_part_t *p, int row, char *out, size_t n) {
    if (!is_lcd(p) || n == 0) {
        return false;
    }
    lcd_t *l = (lcd_t *)p;
    if (row < 0 || row >= l->rows) {
        out[0] = 0;
        return false;
    }
    size_t k = 0;
    for (int c = 0; c < l->cols && k + 1 < n; c++) {
        int i = l->display_on ? lcd_cell_index(l, row, c) : -1;
        out[k++] = i < 0 ? ' ' : (char)l->ddram[i];
    }
    out[k] = 0;
    return true;
}

// Screenshot: one pixel per dot, cells of 5x8 dots one pixel apart.
static bool lcd_screenshot(sim_part_t *p, sim_image_t *img) {
    lcd_t *l = (lcd_t *)p;
    static const uint8_t dot[3] = {0x1c, 0x2a, 0x10};
    static const uint8_t lit_bg[3] = {0x8c, 0xc8, 0x3c}, dark_bg[3] = {0x3a, 0x52, 0x1c};
    sim_lcd_state_t st;
    sim_lcd_state(p, &st);
    const uint8_t *bg = st.backlight ? lit_bg : dark_bg;
    int w = l->cols * 6 - 1, h = l->rows * 9 - 1;
    if (!sim_image_alloc(img, w, h)) {
        return false;
    }
    for (int i = 0; i < w * h; i++) {
        memcpy(img->rgba + 4 * i, bg, 3);
        img->rgba[4 * i + 3] = 0xff;
    }
    int cursor = !l->ac_cgram ? ddram_index(l, l->ac) : -1;
    for (int r = 0; r < l->rows; r++) {
        for (int c = 0; c < l->cols; c++) {
            int i = l->display_on ? lcd_cell_index(l, r, c) : -1;
            if (i < 0) {
                continue;
            }
            uint8_t code = l->ddram[i], glyph[8] = {0};
            if (code < 0x10) {
                memcpy(glyph, &l->cgram[(code & 7) * 8], 8);
            } else if (code >= 0x20 && code < 0x80) {
                memcpy(glyph, lcd_font_a00[code - 0x20], 7);
            }
            if (l->cursor_on && i == cursor) {
                glyph[7] = 0x1f;
            }
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 5; x++) {
                    if ((glyph[y] >> (4 - x)) & 1) {
                        memcpy(img->rgba + 4 * ((size_t)(r * 9 + y) * w + c * 6 + x), dot, 3);
                    }
                }
            }
        }
    }
    return true;
}

bool sim_lcd_state(sim_part_t *p, sim_lcd_state_t *st) {
    if (!is_lcd(p)) {
        return false;
    }
    lcd_t *l = (lcd_t *)p;
    st->cols = l->cols;
    st->rows = l->rows;
    st->ac = l->ac;
    st->ac_cgram = l->ac_cgram;
    st->display_on = l->display_on;
    st->cursor_on = l->cursor_on;
    st->blink_on = l->blink_on;
    st->eight_bit = l->eight_bit;
    st->two_lines = l->two_lines;
    st->shift = l->shift;
    st->backlight = l->i2c ? (l->port & 0x08) != 0
                           : !sim_part_pin_wired(p, PIN_A) || (sim_part_pin_level(p, PIN_A) && !sim_part_pin_level(p, PIN_K));
    memcpy(st->cgram, l->cgram, sizeof(st->cgram));
    return true;
}

const sim_part_type_t sim_part_lcd1602 = {
    .type = "wokwi-lcd1602",
    .size = sizeof(lcd_t),
    .pin_names = lcd_pins,
    .init = lcd1602_init,
    .reset = lcd_reset,
    .i2c_start = lcd_i2c_start,
    .i2c_write = lcd_i2c_write,
    .i2c_read = lcd_i2c_read,
    .i2c_stop = lcd_i2c_stop,
    .pin_changed = lcd_pin_changed,
    .screenshot = lcd_screenshot,
};

const sim_part_type_t sim_part_lcd2004 = {
    .type = "wokwi-lcd2004",
    .size = sizeof(lcd_t),
    .pin_names = lcd_pins,
    .init = lcd2004_init,
    .reset = lcd_reset,
    .i2c_start = lcd_i2c_start,
    .i2c_write = lcd_i2c_write,
    .i2c_read = lcd_i2c_read,
    .i2c_stop = lcd_i2c_stop,
    .pin_changed = lcd_pin_changed,
    .screenshot = lcd_screenshot,
};
