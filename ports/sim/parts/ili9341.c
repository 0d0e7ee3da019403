// ports/sim/parts/ili9341.c: ILI9341 240x320 colour TFT controller on 4-wire SPI (Wokwi
// "wokwi-ili9341"), pins VCC GND CS RST D/C MOSI SCK LED MISO.
//
// Data layout
//   fb[row][col][3]: the frame memory as displayed colours (8 bits per channel), 320 rows of
//   240 columns in the panel's native portrait order.
// Protocol (ILI9341 datasheet V1.11, chapter 8): a byte with D/C low is a command, the bytes
// that follow with D/C high are its parameters or pixel data. Modelled: 01 SWRESET, 10/11
// SLPIN/SLPOUT, 20/21 INVOFF/INVON, 28/29 DISPOFF/DISPON, 2A CASET, 2B PASET, 2C RAMWR,
// 3C RAMWR continue, 33 VSCRDEF, 37 VSCRSADD, 36 MADCTL (MY MX MV BGR), 3A COLMOD (0x55 16-bit
// RGB565 big-endian, 0x66 18-bit as three bytes of 6 bits), reads 0A/0B/0C/D3 (a dummy byte,
// then the value; D3 = 00 93 41) returned on MISO; every other command's parameters are
// accepted and ignored. Pixels fill the CASET x PASET window column first, then page, then
// wrap to the window's start. RST low resets (frame memory kept).
// Orientation: MADCTL 0x48 (MX | BGR, Adafruit's and Wokwi's rotation 0) is upright portrait:
// logical (column c, page p) -> (a, b) = MV ? (p, c) : (c, p); screen x = MX ? a : 239 - a,
// y = MY ? 319 - b : b. With BGR set the data's red lands on red (all common drivers set it);
// clear swaps red and blue, as a mis-set module does. attrs flipHorizontal / flipVertical ("1")
// mirror the screenshot, as in Wokwi (drivers whose rotation 0 is 0x88 need both).
// Screenshot: 240x320 RGBA; black while asleep or displaying off; INVON inverts.
// board-ili9341-cap-touch: the same display plus an FT6206 touch controller on I2C (ft6206.c;
// pins SCL, SDA after the display's as in Wokwi, and INT, our addition; the controller state
// follows the display state).
// Simplified: no partial/idle modes, gamma, frame rate or tearing effect; reads of the frame
// memory (2E) return zeros.
#include <string.h>
#include "part_util.h"

#define TFT_W 240
#define TFT_H 320

enum { PIN_VCC, PIN_GND, PIN_CS, PIN_RST, PIN_DC, PIN_MOSI, PIN_SCK, PIN_LED, PIN_MISO };
static const char *const tft_pins[] = {
    "VCC", "GND", "CS", "RST", "D/C", "MOSI", "SCK", "LED", "MISO", NULL
};

typedef struct {
    sim_part_t base;
    bool flip_h, flip_v;
    bool in_reset;
    uint8_t cmd;
    int n_param;
    uint8_t param[8];
    uint8_t reply[5];
    int n_reply, reply_pos;
    // registers
    bool sleep, display_on, inverted;
    uint8_t madctl, colmod;
    int sc, ec, sp, ep;         // column and page window
    int col, page;              // write pointer
    uint8_t pix[3];             // pixel bytes gathered
    int n_pix;
    int tfa, vsa, bfa, vsp;     // vertical scrolling
    uint8_t fb[TFT_H][TFT_W][3];
} tft_t;

static void tft_reset_regs(tft_t *t) {
    t->cmd = 0;
    t->n_param = 0;
    t->n_reply = t->reply_pos = 0;
    t->sleep = true;
    t->display_on = false;
    t->inverted = false;
    t->madctl = 0;
    t->colmod = 0x66;
    t->sc = 0;
    t->ec = TFT_W - 1;
    t->sp = 0;
    t->ep = TFT_H - 1;
    t->col = t->page = 0;
    t->n_pix = 0;
    t->tfa = 0;
    t->vsa = TFT_H;
    t->bfa = 0;
    t->vsp = 0;
}

static const char *tft_init(sim_part_t *p) {
    tft_t *t = (tft_t *)p;
    t->flip_h = sim_part_attr_int(p, "flipHorizontal", 0) != 0;
    t->flip_v = sim_part_attr_int(p, "flipVertical", 0) != 0;
    return NULL;
}

static void tft_reset(sim_part_t *p) {
    tft_t *t = (tft_t *)p;
    tft_reset_regs(t);
    t->in_reset = false;
    memset(t->fb, 0, sizeof(t->fb));
}

// Logical window limits depend on MV.
static int tft_max_col(const tft_t *t) {
    return (t->madctl & 0x20) ? TFT_H - 1 : TFT_W - 1;
}

static void tft_put_pixel(tft_t *t, uint8_t r, uint8_t g, uint8_t b) {
    bool mv = t->madctl & 0x20, mx = t->madctl & 0x40, my = t->madctl & 0x80;
    int a = mv ? t->page : t->col, bb = mv ? t->col : t->page;
    if (a >= 0 && a < TFT_W && bb >= 0 && bb < TFT_H) {
        int x = mx ? a : TFT_W - 1 - a;
        int y = my ? TFT_H - 1 - bb : bb;
        uint8_t *px = t->fb[y][x];
        if (t->madctl & 0x08) {
            px[0] = r;
            px[2] = b;
        } else {
            px[0] = b;
            px[2] = r;
        }
        px[1] = g;
    }
    if (++t->col > t->ec) {
        t->col = t->sc;
        if (++t->page > t->ep) {
            t->page = t->sp;
        }
    }
}

static void tft_pixel_byte(tft_t *t, uint8_t v) {
    t->pix[t->n_pix++] = v;
    if ((t->colmod & 0x07) == 0x05) {           // 16 bits: RRRRRGGG GGGBBBBB
        if (t->n_pix == 2) {
            uint16_t c = (uint16_t)(t->pix[0] << 8 | t->pix[1]);
            uint8_t r5 = c >> 11, g6 = (c >> 5) & 0x3f, b5 = c & 0x1f;
            tft_put_pixel(t, (uint8_t)(r5 << 3 | r5 >> 2), (uint8_t)(g6 << 2 | g6 >> 4), (uint8_t)(b5 << 3 | b5 >> 2));
            t->n_pix = 0;
        }
    } else if (t->n_pix == 3) {                 // 18 bits: three bytes, 6 bits each (7..2)
        uint8_t c[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (uint8_t)((t->pix[i] & 0xfc) | (t->pix[i] >> 6));
        }
        tft_put_pixel(t, c[0], c[1], c[2]);
        t->n_pix = 0;
    }
}

static void tft_set_reply(tft_t *t, const uint8_t *b, int n) {
    memcpy(t->reply, b, (size_t)n);
    t->n_reply = n;
    t->reply_pos = 0;
}

static void tft_command(tft_t *t, uint8_t c) {
    t->cmd = c;
    t->n_param = 0;
    t->n_reply = t->reply_pos = 0;
    switch (c) {
        case 0x01: tft_reset_regs(t); t->cmd = 0; break;
        case 0x10: t->sleep = true; break;
        case 0x11: t->sleep = false; break;
        case 0x20: t->inverted = false; break;
        case 0x21: t->inverted = true; break;
        case 0x28: t->display_on = false; break;
        case 0x29: t->display_on = true; break;
        case 0x2c:
            t->col = t->sc;
            t->page = t->sp;
            t->n_pix = 0;
            break;
        case 0x3c: t->n_pix = 0; break;
        case 0x0a: {
            uint8_t pm = (uint8_t)(0x08 | (t->sleep ? 0 : 0x10) | (t->display_on ? 0x04 : 0) | 0x80);
            tft_set_reply(t, (uint8_t[]){0x00, pm}, 2);
            break;
        }
        case 0x0b: tft_set_reply(t, (uint8_t[]){0x00, t->madctl}, 2); break;
        case 0x0c: tft_set_reply(t, (uint8_t[]){0x00, t->colmod}, 2); break;
        case 0xd3: tft_set_reply(t, (uint8_t[]){0x00, 0x00, 0x93, 0x41}, 4); break;
        default: break;
    }
}

static void tft_data(tft_t *t, uint8_t v) {
    uint8_t *a = t->param;
    if (t->cmd == 0x2c || t->cmd == 0x3c) {
        tft_pixel_byte(t, v);
        return;
    }
    if (t->n_param < (int)sizeof(t->param)) {
        a[t->n_param] = v;
    }
    t->n_param++;
    switch (t->cmd) {
        case 0x2a:
            if (t->n_param == 4) {
                int s = a[0] << 8 | a[1], e = a[2] << 8 | a[3], max = tft_max_col(t);
                if (s <= e && e <= max) {
                    t->sc = s;
                    t->ec = e;
                }
            }
            break;
        case 0x2b:
            if (t->n_param == 4) {
                int s = a[0] << 8 | a[1], e = a[2] << 8 | a[3];
                int max = (t->madctl & 0x20) ? TFT_W - 1 : TFT_H - 1;
                if (s <= e && e <= max) {
                    t->sp = s;
                    t->ep = e;
                }
            }
            break;
        case 0x36:
            if (t->n_param == 1) {
                t->madctl = v;
            }
            break;
        case 0x3a:
            if (t->n_param == 1 && ((v & 7) == 5 || (v & 7) == 6)) {
                t->colmod = v;
            }
            break;
        case 0x33:
            if (t->n_param == 6) {
                int tfa = a[0] << 8 | a[1], vsa = a[2] << 8 | a[3], bfa = a[4] << 8 | a[5];
                if (tfa + vsa + bfa == TFT_H && vsa > 0) {
                    t->tfa = tfa;
                    t->vsa = vsa;
                    t->bfa = bfa;
                }
            }
            break;
        case 0x37:
            if (t->n_param == 2) {
                t->vsp = a[0] << 8 | a[1];
            }
            break;
        default:
            break;
    }
}

static uint8_t tft_spi_byte(sim_part_t *p, uint8_t mosi) {
    tft_t *t = (tft_t *)p;
    if (t->in_reset) {
        return 0xff;
    }
    uint8_t out = 0xff;
    if (t->reply_pos < t->n_reply) {
        out = t->reply[t->reply_pos++];
    }
    if (sim_part_pin_level(p, PIN_DC)) {
        tft_data(t, mosi);
    } else {
        tft_command(t, mosi);
    }
    return out;
}

static void tft_pin_changed(sim_part_t *p, int pin, int level) {
    tft_t *t = (tft_t *)p;
    if (pin == PIN_RST) {
        t->in_reset = level == 0;
        if (t->in_reset) {
            tft_reset_regs(t);
        }
    } else if (pin == PIN_CS && level) {
        t->n_pix = 0;           // a deselect abandons a partial pixel
    }
}

static bool tft_screenshot(sim_part_t *p, sim_image_t *img) {
    tft_t *t = (tft_t *)p;
    if (!sim_image_alloc(img, TFT_W, TFT_H)) {
        return false;
    }
    bool on = t->display_on && !t->sleep;
    for (int y = 0; y < TFT_H; y++) {
        int row = y;
        if (y >= t->tfa && y < t->tfa + t->vsa) {
            int first = t->vsp >= t->tfa && t->vsp < t->tfa + t->vsa ? t->vsp - t->tfa : 0;
            row = t->tfa + (y - t->tfa + first) % t->vsa;
        }
        for (int x = 0; x < TFT_W; x++) {
            int sx = t->flip_h ? TFT_W - 1 - x : x, sy = t->flip_v ? TFT_H - 1 - y : y;
            uint8_t *o = img->rgba + 4 * ((size_t)sy * TFT_W + sx);
            const uint8_t *px = t->fb[row][x];
            for (int k = 0; k < 3; k++) {
                o[k] = on ? (uint8_t)(t->inverted ? 255 - px[k] : px[k]) : 0;
            }
            o[3] = 0xff;
        }
    }
    return true;
}

const sim_part_type_t sim_part_ili9341 = {
    .type = "wokwi-ili9341",
    .size = sizeof(tft_t),
    .pin_names = tft_pins,
    .init = tft_init,
    .reset = tft_reset,
    .spi_byte = tft_spi_byte,
    .pin_changed = tft_pin_changed,
    .screenshot = tft_screenshot,
};

// ---------------------------------------------------------------------------------------------
// board-ili9341-cap-touch

enum { PIN_SCL = PIN_MISO + 1, PIN_SDA, PIN_INT };
static const char *const tft_touch_pins[] = {
    "VCC", "GND", "CS", "RST", "D/C", "MOSI", "SCK", "LED", "MISO", "SCL", "SDA", "INT", NULL
};

typedef struct {
    tft_t tft;
    sim_ft6206_t touch;
} tft_touch_t;

static void tft_touch_reset(sim_part_t *p) {
    tft_reset(p);
    sim_ft6206_reset(&((tft_touch_t *)p)->touch, p, PIN_INT);
}

static bool tft_touch_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    return sim_ft6206_i2c_start(&((tft_touch_t *)p)->touch, addr, read);
}

static bool tft_touch_i2c_write(sim_part_t *p, uint8_t b) {
    return sim_ft6206_i2c_write(&((tft_touch_t *)p)->touch, b);
}

static uint8_t tft_touch_i2c_read(sim_part_t *p) {
    return sim_ft6206_i2c_read(&((tft_touch_t *)p)->touch);
}

static void tft_touch_i2c_stop(sim_part_t *p) {
    sim_ft6206_i2c_stop(&((tft_touch_t *)p)->touch);
}

static void tft_touch_pin_changed(sim_part_t *p, int pin, int level) {
    if (pin <= PIN_MISO) {
        tft_pin_changed(p, pin, level);
    }
}

static int tft_touch_set_control(sim_part_t *p, const char *name, double value) {
    return sim_ft6206_set_control(&((tft_touch_t *)p)->touch, name, value);
}

const sim_part_type_t sim_part_ili9341_cap_touch = {
    .type = "board-ili9341-cap-touch",
    .size = sizeof(tft_touch_t),
    .pin_names = tft_touch_pins,
    .init = tft_init,
    .reset = tft_touch_reset,
    .i2c_start = tft_touch_i2c_start,
    .i2c_write = tft_touch_i2c_write,
    .i2c_read = tft_touch_i2c_read,
    .i2c_stop = tft_touch_i2c_stop,
    .spi_byte = tft_spi_byte,
    .pin_changed = tft_touch_pin_changed,
    .set_control = tft_touch_set_control,
    .screenshot = tft_screenshot,
};

sim_ft6206_t *sim_touch_panel(sim_part_t *p) {
    return p != NULL && p->type == &sim_part_ili9341_cap_touch ? &((tft_touch_t *)p)->touch : NULL;
}
