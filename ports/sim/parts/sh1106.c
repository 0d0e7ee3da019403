// ports/sim/parts/sh1106.c: SH1106 OLED controller (our type "board-sh1106"; Wokwi has none),
// byte-level, I2C (attr i2cAddress, default 0x3c) or 4-wire SPI (attr interface "spi").
//
// Data layout
//   ram[page][col]: 132x64 bits, 8 pages of 132 bytes, bit 0 = top row of the page.
//   A 128-pixel panel is wired to SEG2..SEG129 (narrower panels: the centred segments), so
//   drivers write columns 2..129.
// Differences from the SSD1306 (ssd1306.c), from the SH1106 datasheet (V2.6):
//   - page addressing only: 0x00-0x0F / 0x10-0x18 set the column (0..131), 0xB0-0xB7 the page;
//     the column advances after each data byte and wraps from 131 to 0, the page never moves.
//   - no 0x20/0x21/0x22/0x8D/scroll commands: such bytes are ignored one by one (their
//     parameter bytes are then parsed as commands, as on the chip).
//   - DC-DC (0xAD, then 0x8A off / 0x8B on) is on after reset; pump voltage 0x30-0x33;
//     read-modify-write 0xE0 ... 0xEE restores the column saved at 0xE0.
//   - Upright orientation is A0 + C0 (the common MicroPython driver's default, rotate=0);
//     A1 mirrors X, C8 mirrors Y.
// The command parser survives STOP, as in ssd1306.c.
#include <string.h>
#include "part_util.h"

#define SH_PAGES 8
#define SH_COLS 132

enum { PIN_GND, PIN_VCC, PIN_SCL, PIN_SDA, PIN_D0, PIN_D1, PIN_DC, PIN_CS, PIN_RES };
static const char *const sh1106_pins[] = {
    "GND", "VCC", "SCL", "SDA", "D0", "D1", "DC", "CS", "RES", NULL
};

typedef enum { PH_CONTROL, PH_CMD_STREAM, PH_DATA_STREAM, PH_ONE_CMD, PH_ONE_DATA } phase_t;

typedef struct {
    sim_part_t base;
    int seg_off;            // first segment of the panel
    uint8_t address;
    bool spi, in_reset, addressed;
    phase_t phase;
    uint8_t ram[SH_PAGES][SH_COLS];
    uint8_t cmd;            // command awaiting its parameter, 0 if none
    bool rmw;
    int rmw_col;
    int pump_voltage;
    sim_oled_state_t r;
} sh1106_t;

static void sh1106_reset_regs(sh1106_t *s) {
    sim_oled_state_t *r = &s->r;
    int w = r->width, h = r->height;
    memset(r, 0, sizeof(*r));
    r->width = w;
    r->height = h;
    r->ram_cols = SH_COLS;
    r->mode = 2;
    r->col_end = SH_COLS - 1;
    r->page_end = SH_PAGES - 1;
    r->contrast = 0x80;
    r->mux = 64;
    r->com_pins = 0x12;
    r->clock_div = 0x50;
    r->precharge = 0x22;
    r->vcomh = 0x35;
    r->charge_pump = true;
    s->cmd = 0;
    s->rmw = false;
    s->pump_voltage = 2;
}

static void sh1106_reset(sim_part_t *p) {
    sh1106_t *s = (sh1106_t *)p;
    sh1106_reset_regs(s);
    s->phase = PH_CONTROL;
    s->addressed = false;
    memset(s->ram, 0, sizeof(s->ram));
}

static const char *sh1106_init(sim_part_t *p) {
    sh1106_t *s = (sh1106_t *)p;
    long w = sim_part_attr_int(p, "width", 128);
    long h = sim_part_attr_int(p, "height", 64);
    if (w < 1 || w > SH_COLS || h < 8 || h > 64 || h % 8 != 0) {
        return "width must be 1..132 and height a multiple of 8 up to 64";
    }
    s->r.width = (int)w;
    s->r.height = (int)h;
    s->seg_off = (SH_COLS - (int)w) / 2;
    s->address = sim_part_i2c_address(p, 0x3c);
    const char *iface = sim_part_attr_str(p, "interface", "i2c");
    if (strcmp(iface, "spi") == 0) {
        s->spi = true;
    } else if (strcmp(iface, "i2c") != 0) {
        return "interface must be \"i2c\" or \"spi\"";
    }
    sh1106_reset(p);
    return NULL;
}

static bool sh1106_has_param(uint8_t c) {
    return c == 0x81 || c == 0xa8 || c == 0xad || c == 0xd3 || c == 0xd5 || c == 0xd9
           || c == 0xda || c == 0xdb;
}

static void sh1106_command(sh1106_t *s, uint8_t c) {
    sim_oled_state_t *r = &s->r;
    if (s->cmd != 0) {
        uint8_t a = c;
        c = s->cmd;
        s->cmd = 0;
        switch (c) {
            case 0x81: r->contrast = a; break;
            case 0xa8:
                if ((a & 0x3f) >= 1) {
                    r->mux = (a & 0x3f) + 1;
                }
                break;
            case 0xad:
                if ((a & 0xfe) == 0x8a) {
                    r->charge_pump = a & 1;
                }
                break;
            case 0xd3: r->offset = a & 0x3f; break;
            case 0xd5: r->clock_div = a; break;
            case 0xd9: r->precharge = a; break;
            case 0xda: r->com_pins = a; break;
            case 0xdb: r->vcomh = a; break;
        }
        return;
    }
    if (sh1106_has_param(c)) {
        s->cmd = c;
    } else if (c <= 0x0f) {
        r->col = (r->col & 0xf0) | c;
    } else if (c <= 0x1f) {
        int col = ((c & 0x0f) << 4) | (r->col & 0x0f);
        r->col = col < SH_COLS ? col : r->col;
    } else if (c >= 0x30 && c <= 0x33) {
        s->pump_voltage = c & 3;
    } else if (c >= 0x40 && c <= 0x7f) {
        r->start_line = c & 0x3f;
    } else if (c >= 0xb0 && c <= 0xb7) {
        r->page = c & 7;
    } else {
        switch (c) {
            case 0xa0: case 0xa1: r->seg_remap = c & 1; break;
            case 0xa4: case 0xa5: r->entire_on = c & 1; break;
            case 0xa6: case 0xa7: r->invert = c & 1; break;
            case 0xae: case 0xaf: r->display_on = c & 1; break;
            case 0xc0: case 0xc8: r->com_remap = (c & 8) != 0; break;
            case 0xe0: s->rmw = true; s->rmw_col = r->col; break;
            case 0xee:
                if (s->rmw) {
                    r->col = s->rmw_col;
                }
                s->rmw = false;
                break;
            case 0xe3: break;
            default:
                sim_log("%s: unknown command 0x%02x ignored", s->base.id ? s->base.id : "sh1106", c);
                break;
        }
    }
}

static void sh1106_data(sh1106_t *s, uint8_t b) {
    sim_oled_state_t *r = &s->r;
    s->ram[r->page & 7][r->col] = b;
    r->col = r->col + 1 < SH_COLS ? r->col + 1 : 0;
}

static bool sh1106_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    sh1106_t *s = (sh1106_t *)p;
    (void)read;
    s->addressed = !s->spi && !s->in_reset && addr == s->address;
    s->phase = PH_CONTROL;
    return s->addressed;
}

static bool sh1106_i2c_write(sim_part_t *p, uint8_t b) {
    sh1106_t *s = (sh1106_t *)p;
    if (!s->addressed) {
        return false;
    }
    switch (s->phase) {
        case PH_CONTROL:
            if (b & 0x80) {
                s->phase = (b & 0x40) ? PH_ONE_DATA : PH_ONE_CMD;
            } else {
                s->phase = (b & 0x40) ? PH_DATA_STREAM : PH_CMD_STREAM;
            }
            break;
        case PH_CMD_STREAM: sh1106_command(s, b); break;
        case PH_DATA_STREAM: sh1106_data(s, b); break;
        case PH_ONE_CMD: sh1106_command(s, b); s->phase = PH_CONTROL; break;
        case PH_ONE_DATA: sh1106_data(s, b); s->phase = PH_CONTROL; break;
    }
    return true;
}

// Status read: D6 is set while the display is off.
static uint8_t sh1106_i2c_read(sim_part_t *p) {
    return ((sh1106_t *)p)->r.display_on ? 0x00 : 0x40;
}

static void sh1106_i2c_stop(sim_part_t *p) {
    sh1106_t *s = (sh1106_t *)p;
    s->addressed = false;
    s->phase = PH_CONTROL;
}

// MISO is not driven (write-only serial interface): 0xFF leaves a shared line to others.
static uint8_t sh1106_spi_byte(sim_part_t *p, uint8_t mosi) {
    sh1106_t *s = (sh1106_t *)p;
    if (!s->spi || s->in_reset) {
        return 0xff;
    }
    if (sim_part_pin_level(p, PIN_DC)) {
        sh1106_data(s, mosi);
    } else {
        sh1106_command(s, mosi);
    }
    return 0xff;
}

static void sh1106_pin_changed(sim_part_t *p, int pin, int level) {
    sh1106_t *s = (sh1106_t *)p;
    if (pin == PIN_RES) {
        s->in_reset = level == 0;
        if (s->in_reset) {
            sh1106_reset_regs(s);
        }
    }
}

static bool sh1106_pixel(const sh1106_t *s, int x, int y) {
    const sim_oled_state_t *r = &s->r;
    if (!r->display_on || !r->charge_pump) {
        return false;
    }
    int com = y;                        // upright for C0
    if (com >= r->mux) {
        return false;
    }
    if (r->entire_on) {
        return true;
    }
    int row0 = r->com_remap ? r->mux - 1 - com : com;
    int row = (row0 + r->offset + r->start_line) & 63;
    int seg = s->seg_off + x;           // upright for A0
    int col = r->seg_remap ? SH_COLS - 1 - seg : seg;
    bool bit = (s->ram[row >> 3][col] >> (row & 7)) & 1;
    return bit != r->invert;
}

static bool sh1106_screenshot(sim_part_t *p, sim_image_t *img) {
    sh1106_t *s = (sh1106_t *)p;
    static const uint8_t lit[4] = {SIM_OLED_LIT_RGBA}, dark[4] = {SIM_OLED_DARK_RGBA};
    if (!sim_image_alloc(img, s->r.width, s->r.height)) {
        return false;
    }
    for (int y = 0; y < s->r.height; y++) {
        for (int x = 0; x < s->r.width; x++) {
            memcpy(img->rgba + 4 * ((size_t)y * s->r.width + x), sh1106_pixel(s, x, y) ? lit : dark, 4);
        }
    }
    return true;
}

const sim_part_type_t sim_part_sh1106 = {
    .type = "board-sh1106",
    .size = sizeof(sh1106_t),
    .pin_names = sh1106_pins,
    .init = sh1106_init,
    .reset = sh1106_reset,
    .i2c_start = sh1106_i2c_start,
    .i2c_write = sh1106_i2c_write,
    .i2c_read = sh1106_i2c_read,
    .i2c_stop = sh1106_i2c_stop,
    .spi_byte = sh1106_spi_byte,
    .pin_changed = sh1106_pin_changed,
    .screenshot = sh1106_screenshot,
};

const uint8_t *sim_sh1106_gddram(sim_part_t *p, int *ram_cols) {
    if (p->type != &sim_part_sh1106) {
        return NULL;
    }
    if (ram_cols) {
        *ram_cols = SH_COLS;
    }
    return &((sh1106_t *)p)->ram[0][0];
}

bool sim_sh1106_state(sim_part_t *p, sim_oled_state_t *st) {
    if (p->type != &sim_part_sh1106) {
        return false;
    }
    *st = ((sh1106_t *)p)->r;
    return true;
}
