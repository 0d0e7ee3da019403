// ports/sim/parts/ssd1306.c: SSD1306 OLED controller (Wokwi "board-ssd1306"), byte-level.
//
// Data layout
//   ram[page][col]: the 128x64-bit GDDRAM, 8 pages of 128 bytes; bit 0 of a byte is the top
//   row of its page (framebuf.MONO_VLSB with stride 128).
//   The panel (width x height, attrs) shows the centred columns col_off..col_off+width-1 of the
//   RAM (64x48 shows 32..95), and COM0..COM(height-1).
// Interfaces
//   I2C (default, attr i2cAddress 0x3c/0x3d): after the address a control byte Co D/C# 000000:
//   0x00 command stream, 0x40 data stream, 0x80 one command byte then a control byte again,
//   0xC0 one data byte then a control byte again.
//   4-wire SPI (attr interface "spi"): each byte is a command or data by the DC pin's level at
//   the time of the byte; RES low resets the registers (RAM kept) and holds the chip; the bus
//   layer only delivers bytes while CS is low. Reads are not possible on SPI (MISO undriven).
// Invariants
//   - The command parser (a command byte plus its pending parameters) lives in the part, not in
//     the transaction: the MicroPython driver sends "A8" and "3F" in two transactions.
//   - Rendering is a pure function of the registers and RAM (screenshot() may be called any
//     time). The standard drivers' A1 + C8 is upright: A0 mirrors X, C0 mirrors Y.
//   - Scroll commands are stored, not animated.
#include <string.h>
#include "part_util.h"

#define OLED_PAGES 8
#define OLED_COLS 128

enum { PIN_GND, PIN_VCC, PIN_SCL, PIN_SDA, PIN_D0, PIN_D1, PIN_DC, PIN_CS, PIN_RES, PIN_COUNT };
static const char *const ssd1306_pins[] = {
    "GND", "VCC", "SCL", "SDA", "D0", "D1", "DC", "CS", "RES", NULL
};

// What the next I2C byte is.
typedef enum {
    I2C_CONTROL,        // a control byte
    I2C_CMD_STREAM,     // commands until STOP
    I2C_DATA_STREAM,    // data until STOP
    I2C_ONE_CMD,        // one command byte, then a control byte
    I2C_ONE_DATA,       // one data byte, then a control byte
} i2c_phase_t;

typedef struct {
    sim_part_t base;
    // configuration
    int width, height, col_off;
    uint8_t address;
    bool spi;
    bool external_vcc;      // panel powered without the charge pump (attr externalVcc)
    // GDDRAM
    uint8_t ram[OLED_PAGES][OLED_COLS];
    // bus state
    i2c_phase_t phase;
    bool addressed;
    bool in_reset;          // RES held low
    // command parser
    uint8_t cmd;            // command awaiting parameters
    uint8_t params[8];
    int n_params, want_params;
    // registers
    sim_oled_state_t r;
    uint8_t scroll_params[7];
    int vscroll_top, vscroll_rows;
    int iref;
} ssd1306_t;

static void ssd1306_reset_regs(ssd1306_t *s) {
    sim_oled_state_t *r = &s->r;
    int w = r->width, h = r->height;
    memset(r, 0, sizeof(*r));
    r->width = w;
    r->height = h;
    r->ram_cols = OLED_COLS;
    r->mode = 2;                // page addressing
    r->col_end = 127;
    r->page_end = 7;
    r->contrast = 0x7f;
    r->mux = 64;
    r->com_pins = 0x12;
    r->clock_div = 0x80;
    r->precharge = 0x22;
    r->vcomh = 0x20;
    s->cmd = 0;
    s->n_params = s->want_params = 0;
    s->vscroll_top = 0;
    s->vscroll_rows = 64;
    s->iref = 0;
    memset(s->scroll_params, 0, sizeof(s->scroll_params));
}

static void ssd1306_reset(sim_part_t *p) {
    ssd1306_t *s = (ssd1306_t *)p;
    ssd1306_reset_regs(s);
    s->phase = I2C_CONTROL;
    s->addressed = false;
    // power-on RAM content is random on the chip; zero is the reproducible choice
    memset(s->ram, 0, sizeof(s->ram));
}

static const char *ssd1306_init(sim_part_t *p) {
    ssd1306_t *s = (ssd1306_t *)p;
    long w = sim_part_attr_int(p, "width", 128);
    long h = sim_part_attr_int(p, "height", 64);
    if (w < 1 || w > 128 || h < 8 || h > 64 || h % 8 != 0) {
        return "width must be 1..128 and height a multiple of 8 up to 64";
    }
    s->r.width = (int)w;
    s->r.height = (int)h;
    s->col_off = (OLED_COLS - (int)w) / 2;
    s->address = sim_part_i2c_address(p, 0x3c);
    const char *iface = sim_part_attr_str(p, "interface", "i2c");
    if (strcmp(iface, "spi") == 0) {
        s->spi = true;
    } else if (strcmp(iface, "i2c") != 0) {
        return "interface must be \"i2c\" or \"spi\"";
    }
    s->external_vcc = sim_part_attr_int(p, "externalVcc", 0) != 0;
    ssd1306_reset(p);
    return NULL;
}

// Number of parameter bytes that follow a command byte.
static int ssd1306_param_count(uint8_t c) {
    switch (c) {
        case 0x81: case 0x20: case 0xa8: case 0xd3: case 0xda: case 0xd5: case 0xd9:
        case 0xdb: case 0x8d: case 0xad:
            return 1;
        case 0x21: case 0x22: case 0xa3:
            return 2;
        case 0x29: case 0x2a:
            return 5;
        case 0x26: case 0x27:
            return 6;
        default:
            return 0;
    }
}

static void ssd1306_execute(ssd1306_t *s, uint8_t c, const uint8_t *a) {
    sim_oled_state_t *r = &s->r;
    if (c <= 0x0f) {
        if (r->mode == 2) {
            r->col = (r->col & 0xf0) | c;
        }
    } else if (c <= 0x1f) {
        if (r->mode == 2) {
            r->col = ((c & 0x07) << 4) | (r->col & 0x0f);
        }
    } else if (c >= 0x40 && c <= 0x7f) {
        r->start_line = c & 0x3f;
    } else if (c >= 0xb0 && c <= 0xb7) {
        if (r->mode == 2) {
            r->page = c & 7;
        }
    } else {
        switch (c) {
            case 0x81: r->contrast = a[0]; break;
            case 0x20:
                if ((a[0] & 3) != 3) {
                    r->mode = a[0] & 3;
                }
                break;
            case 0x21:
                r->col_start = r->col = a[0] & 0x7f;
                r->col_end = a[1] & 0x7f;
                break;
            case 0x22:
                r->page_start = r->page = a[0] & 7;
                r->page_end = a[1] & 7;
                break;
            case 0xa0: case 0xa1: r->seg_remap = c & 1; break;
            case 0xa4: case 0xa5: r->entire_on = c & 1; break;
            case 0xa6: case 0xa7: r->invert = c & 1; break;
            case 0xae: case 0xaf: r->display_on = c & 1; break;
            case 0xa8:
                if ((a[0] & 0x3f) >= 15) {
                    r->mux = (a[0] & 0x3f) + 1;
                }
                break;
            case 0xc0: case 0xc8: r->com_remap = (c & 8) != 0; break;
            case 0xd3: r->offset = a[0] & 0x3f; break;
            case 0xda: r->com_pins = a[0]; break;
            case 0xd5: r->clock_div = a[0]; break;
            case 0xd9: r->precharge = a[0]; break;
            case 0xdb: r->vcomh = a[0]; break;
            case 0x8d: r->charge_pump = (a[0] & 0x04) != 0; break;
            case 0xad: s->iref = a[0]; break;
            case 0x26: case 0x27: case 0x29: case 0x2a:
                r->scroll_cmd = c;
                memcpy(s->scroll_params, a, (size_t)ssd1306_param_count(c));
                break;
            case 0x2e: r->scroll_active = false; break;
            case 0x2f: r->scroll_active = true; break;
            case 0xa3:
                s->vscroll_top = a[0] & 0x3f;
                s->vscroll_rows = a[1] & 0x7f;
                break;
            case 0xe3: break;       // NOP
            default:
                sim_log("%s: unknown command 0x%02x ignored", s->base.id ? s->base.id : "ssd1306", c);
                break;
        }
    }
}

static void ssd1306_command_byte(ssd1306_t *s, uint8_t b) {
    if (s->want_params > 0) {
        s->params[s->n_params++] = b;
        if (s->n_params == s->want_params) {
            s->want_params = 0;
            ssd1306_execute(s, s->cmd, s->params);
        }
        return;
    }
    int n = ssd1306_param_count(b);
    if (n == 0) {
        ssd1306_execute(s, b, NULL);
    } else {
        s->cmd = b;
        s->n_params = 0;
        s->want_params = n;
    }
}

static void ssd1306_data_byte(ssd1306_t *s, uint8_t b) {
    sim_oled_state_t *r = &s->r;
    s->ram[r->page & 7][r->col & 0x7f] = b;
    switch (r->mode) {
        case 0:     // horizontal
            if (++r->col > r->col_end) {
                r->col = r->col_start;
                if (++r->page > r->page_end) {
                    r->page = r->page_start;
                }
            }
            break;
        case 1:     // vertical
            if (++r->page > r->page_end) {
                r->page = r->page_start;
                if (++r->col > r->col_end) {
                    r->col = r->col_start;
                }
            }
            break;
        default:    // page: the column wraps, the page stays
            r->col = (r->col + 1) & 0x7f;
            break;
    }
}

static bool ssd1306_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    ssd1306_t *s = (ssd1306_t *)p;
    (void)read;
    if (s->spi || s->in_reset || addr != s->address) {
        s->addressed = false;
        return false;
    }
    s->addressed = true;
    s->phase = I2C_CONTROL;
    return true;
}

static bool ssd1306_i2c_write(sim_part_t *p, uint8_t b) {
    ssd1306_t *s = (ssd1306_t *)p;
    if (!s->addressed) {
        return false;
    }
    switch (s->phase) {
        case I2C_CONTROL:
            if (b & 0x80) {
                s->phase = (b & 0x40) ? I2C_ONE_DATA : I2C_ONE_CMD;
            } else {
                s->phase = (b & 0x40) ? I2C_DATA_STREAM : I2C_CMD_STREAM;
            }
            break;
        case I2C_CMD_STREAM:
            ssd1306_command_byte(s, b);
            break;
        case I2C_DATA_STREAM:
            ssd1306_data_byte(s, b);
            break;
        case I2C_ONE_CMD:
            ssd1306_command_byte(s, b);
            s->phase = I2C_CONTROL;
            break;
        case I2C_ONE_DATA:
            ssd1306_data_byte(s, b);
            s->phase = I2C_CONTROL;
            break;
    }
    return true;
}

// The status byte (datasheet 8.1.4): D6 is set while the display is off.
static uint8_t ssd1306_i2c_read(sim_part_t *p) {
    ssd1306_t *s = (ssd1306_t *)p;
    return s->r.display_on ? 0x00 : 0x40;
}

static void ssd1306_i2c_stop(sim_part_t *p) {
    ssd1306_t *s = (ssd1306_t *)p;
    s->addressed = false;
    s->phase = I2C_CONTROL;
}

// MISO is not driven (write-only serial interface): 0xFF leaves a shared line to others.
static uint8_t ssd1306_spi_byte(sim_part_t *p, uint8_t mosi) {
    ssd1306_t *s = (ssd1306_t *)p;
    if (!s->spi || s->in_reset) {
        return 0xff;
    }
    if (sim_part_pin_level(p, PIN_DC)) {
        ssd1306_data_byte(s, mosi);
    } else {
        ssd1306_command_byte(s, mosi);
    }
    return 0xff;
}

static void ssd1306_pin_changed(sim_part_t *p, int pin, int level) {
    ssd1306_t *s = (ssd1306_t *)p;
    if (pin == PIN_RES) {
        s->in_reset = level == 0;
        if (s->in_reset) {
            ssd1306_reset_regs(s);
        }
    }
}

// Is the panel pixel (x, y) lit? x, y are screen coordinates (upright for A1 + C8).
static bool ssd1306_pixel(const ssd1306_t *s, int x, int y) {
    const sim_oled_state_t *r = &s->r;
    if (!r->display_on || (!r->charge_pump && !s->external_vcc)) {
        return false;
    }
    // rows: screen row y is wired to COM(height-1-y); the row counter scans COMs 0..mux-1
    int com = r->height - 1 - y;
    if (com >= r->mux) {
        return false;
    }
    if (r->entire_on) {
        return true;
    }
    int row0 = r->com_remap ? r->mux - 1 - com : com;
    int row = (row0 + r->offset + r->start_line) & 63;
    // columns: screen column x is wired to SEG(127-col_off-x)
    int seg = OLED_COLS - 1 - s->col_off - x;
    int col = r->seg_remap ? OLED_COLS - 1 - seg : seg;
    bool bit = (s->ram[row >> 3][col] >> (row & 7)) & 1;
    return bit != r->invert;
}

static bool ssd1306_screenshot(sim_part_t *p, sim_image_t *img) {
    ssd1306_t *s = (ssd1306_t *)p;
    static const uint8_t lit[4] = {SIM_OLED_LIT_RGBA}, dark[4] = {SIM_OLED_DARK_RGBA};
    if (!sim_image_alloc(img, s->r.width, s->r.height)) {
        return false;
    }
    for (int y = 0; y < s->r.height; y++) {
        for (int x = 0; x < s->r.width; x++) {
            memcpy(img->rgba + 4 * ((size_t)y * s->r.width + x), ssd1306_pixel(s, x, y) ? lit : dark, 4);
        }
    }
    return true;
}

const sim_part_type_t sim_part_ssd1306 = {
    .type = "board-ssd1306",
    .size = sizeof(ssd1306_t),
    .pin_names = ssd1306_pins,
    .init = ssd1306_init,
    .reset = ssd1306_reset,
    .i2c_start = ssd1306_i2c_start,
    .i2c_write = ssd1306_i2c_write,
    .i2c_read = ssd1306_i2c_read,
    .i2c_stop = ssd1306_i2c_stop,
    .spi_byte = ssd1306_spi_byte,
    .pin_changed = ssd1306_pin_changed,
    .screenshot = ssd1306_screenshot,
};

const uint8_t *sim_ssd1306_gddram(sim_part_t *p, int *ram_cols) {
    if (p->type != &sim_part_ssd1306) {
        return sim_sh1106_gddram(p, ram_cols);
    }
    if (ram_cols) {
        *ram_cols = OLED_COLS;
    }
    return &((ssd1306_t *)p)->ram[0][0];
}

bool sim_ssd1306_state(sim_part_t *p, sim_oled_state_t *st) {
    if (p->type != &sim_part_ssd1306) {
        return sim_sh1106_state(p, st);
    }
    *st = ((ssd1306_t *)p)->r;
    return true;
}
