// ports/sim/parts/max7219.c: MAX7219 8x8 LED dot-matrix units (Wokwi "wokwi-max7219-matrix"),
// pins VCC GND DIN CS CLK DOUT; attr chain (units, default 1, up to 16), color (lit LEDs).
//
// Protocol (MAX7219 datasheet): 16-bit frames, MSB first: address D11..D8, data D7..D0. The
// units form one shift register; on CS (LOAD) rising each unit latches the last frame it holds,
// so of 2 x chain bytes sent the LAST two go to unit 0 (the one on the MCU's DIN) and the first
// two to the farthest unit. Registers: 0 no-op, 1..8 digits (rows), 9 decode mode, A intensity,
// B scan limit, C shutdown (0 = off), F display test. Power-on: shutdown, scan limit 0, decode
// 0, intensity 0, test off, digits 0 (datasheet: undefined; zero here).
// Screen: units side by side, unit 0 on the right (the FC-16 modules and MicroPython's max7219
// driver: its first frame per row is the leftmost 8 pixels); digit register d is row d-1, bit 7
// the leftmost column. Screenshot: (8 x chain) x 8 RGBA, lit = attr color (red, green, blue,
// yellow, white, orange or #RRGGBB), dark = black. Simplified: intensity is not rendered; code-B
// decode (7-segment fonts) is not applied to the matrix (rows show the raw data).
#include <string.h>
#include "part_util.h"

#define MAX_CHAIN 16

enum { PIN_VCC, PIN_GND, PIN_DIN, PIN_CS, PIN_CLK, PIN_DOUT };
static const char *const max_pins[] = {"VCC", "GND", "DIN", "CS", "CLK", "DOUT", NULL};

typedef struct {
    uint8_t digit[8];
    uint8_t decode, intensity, scan_limit;
    bool shutdown, test;
} max_unit_t;

typedef struct {
    sim_part_t base;
    int chain;
    uint8_t color[3];
    uint8_t shift[2 * MAX_CHAIN];   // the last bytes shifted in, oldest first
    int n_shift;                    // bytes shifted in since the last latch (capped)
    max_unit_t unit[MAX_CHAIN];
} max_t;

static const char *max_init(sim_part_t *p) {
    max_t *m = (max_t *)p;
    long chain = sim_part_attr_int(p, "chain", 1);
    if (chain < 1 || chain > MAX_CHAIN) {
        return "chain must be 1..16";
    }
    m->chain = (int)chain;
    if (!sim_color_parse(sim_part_attr_str(p, "color", "red"), m->color)) {
        return "color must be a colour name or #RRGGBB";
    }
    return NULL;
}

static void max_reset(sim_part_t *p) {
    max_t *m = (max_t *)p;
    memset(m->unit, 0, sizeof(m->unit));
    for (int i = 0; i < MAX_CHAIN; i++) {
        m->unit[i].shutdown = true;
    }
    m->n_shift = 0;
}

static uint8_t max_spi_byte(sim_part_t *p, uint8_t mosi) {
    max_t *m = (max_t *)p;
    int n = 2 * m->chain;
    memmove(m->shift, m->shift + 1, (size_t)n - 1);
    m->shift[n - 1] = mosi;
    if (m->n_shift < n) {
        m->n_shift++;
    }
    return 0xff;        // DOUT is not MISO
}

static void max_write(max_unit_t *u, uint8_t addr, uint8_t v) {
    switch (addr & 0x0f) {
        case 0x0: break;
        case 0x9: u->decode = v; break;
        case 0xa: u->intensity = v & 0x0f; break;
        case 0xb: u->scan_limit = v & 0x07; break;
        case 0xc: u->shutdown = !(v & 1); break;
        case 0xf: u->test = v & 1; break;
        default:
            if ((addr & 0x0f) >= 1 && (addr & 0x0f) <= 8) {
                u->digit[(addr & 0x0f) - 1] = v;
            }
            break;
    }
}

static void max_pin_changed(sim_part_t *p, int pin, int level) {
    max_t *m = (max_t *)p;
    if (pin != PIN_CS || !level) {
        return;
    }
    // frame k from the end of the shift register belongs to unit k
    int n = 2 * m->chain;
    for (int k = 0; k < m->chain; k++) {
        int at = n - 2 * (k + 1);
        if (n - at <= m->n_shift) {
            max_write(&m->unit[k], m->shift[at], m->shift[at + 1]);
        }
    }
    m->n_shift = 0;
}

static bool max_lit(const max_t *m, int x, int y) {
    int k = m->chain - 1 - x / 8;
    const max_unit_t *u = &m->unit[k];
    if (u->test) {
        return true;
    }
    if (u->shutdown || y > u->scan_limit) {
        return false;
    }
    return (u->digit[y] >> (7 - x % 8)) & 1;
}

static bool max_screenshot(sim_part_t *p, sim_image_t *img) {
    max_t *m = (max_t *)p;
    if (!sim_image_alloc(img, 8 * m->chain, 8)) {
        return false;
    }
    for (int y = 0; y < 8; y++) {
        for (int x = 0; x < 8 * m->chain; x++) {
            uint8_t *o = img->rgba + 4 * ((size_t)y * img->width + x);
            bool on = max_lit(m, x, y);
            for (int c = 0; c < 3; c++) {
                o[c] = on ? m->color[c] : 0;
            }
            o[3] = 0xff;
        }
    }
    return true;
}

const sim_part_type_t sim_part_max7219 = {
    .type = "wokwi-max7219-matrix",
    .size = sizeof(max_t),
    .pin_names = max_pins,
    .init = max_init,
    .reset = max_reset,
    .spi_byte = max_spi_byte,
    .pin_changed = max_pin_changed,
    .screenshot = max_screenshot,
};
