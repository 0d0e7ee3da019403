// ports/sim/parts/max7219.c: MAX7219 8x8 LED dot-matrix units (Wokwi "wokwi-max7219-matrix"),
// pins VCC GND DIN CS CLK DOUT; attrs chain (units, default 1, up to 16), layout ("parola",
// the default, or "fc16": how each module wires the chip's segment lines to its columns),
// color (lit LEDs).
//
// Protocol (MAX7219 datasheet): 16-bit frames, MSB first: address D11..D8, data D7..D0. The
// units form one shift register of 2 x chain bytes; on CS (LOAD) rising EVERY unit latches the
// frame its stage holds, so of 2 x chain bytes sent the LAST two go to unit 0 (the one on the
// MCU's DIN) and the first two to the farthest unit; a unit that got no new frame re-executes
// the one it holds (after power-on the register is zero: a no-op). Bytes pushed out of the far
// end leave on DOUT: a second part whose DIN is on this part's DOUT net (CLK and CS shared,
// Wokwi's way to build custom chains) receives them.
// Firmware that bit-bangs the protocol by hand (toggling CLK and DIN as Arduino's shiftOut does)
// is decoded from the pins: DIN is sampled on CLK rising edges (datasheet), eight bits make a
// byte counted from CS falling; edges made by machine.SPI/SoftSPI are skipped (those bytes
// arrive through spi_byte).
// Registers: 0 no-op, 1..8 digits, 9 decode mode (bit d: digit d+1 through the code-B font),
// A intensity (0..15), B scan limit (digits 1..n+1 shown), C shutdown (bit 0 = 0: off),
// F display test (bit 0: every LED on at full intensity, overriding shutdown and scan limit).
// Power-on: shutdown, scan limit 0, decode 0, intensity 0, test off, digits 0 (datasheet:
// undefined; zero here).
//
// Screen: units side by side, unit 0 on the RIGHT (the data enters at the right of a module
// row: MD_Parola's module 0 and MicroPython's max7219 driver, whose first frame per row goes to
// the leftmost, farthest unit). Digit register d is row d-1 from the top in both layouts; the
// segment lines (D7 = DP .. D0 = G) run across the columns: "fc16" puts D7 in the left column
// (the FC-16 modules sold in fours, and the MicroPython driver's framebuf bytes), "parola"
// (MD_MAX72XX's PAROLA_HW: columns reversed) puts D0 in the left column, i.e. each unit
// mirrored. A decoded digit shows its code-B segment pattern (DP from D7) the same way.
// Screenshot: (8 x chain) x 8 RGBA, lit = attr color (red, green, blue, yellow, white, orange
// or #RRGGBB), dark = black. Intensity is decoded (sim_max7219_unit() gives a unit's registers)
// but not drawn: like Wokwi, every lit LED is drawn at full colour, so a driver that never sets
// the intensity (power-on 0, the dimmest) still gives readable screenshots.
#include <string.h>
#include <strings.h>
#include "part_util.h"

#define MAX_CHAIN 16

enum { PIN_VCC, PIN_GND, PIN_DIN, PIN_CS, PIN_CLK, PIN_DOUT };
static const char *const max_pins[] = {"VCC", "GND", "DIN", "CS", "CLK", "DOUT", NULL};

typedef struct {
    sim_part_t base;
    int chain;
    bool parola;                    // layout: segment line D0 in the left column
    uint8_t color[3];
    uint8_t shift[2 * MAX_CHAIN];   // the shift register, oldest byte (farthest unit) first
    sim_max7219_unit_t unit[MAX_CHAIN];
    uint8_t bits, n_bits;           // bit-banged byte being assembled (MSB first)
} max_t;

// Code-B font (datasheet table 5) as segment lines D6..D0 = A B C D E F G.
static const uint8_t code_b[16] = {
    0x7e, 0x30, 0x6d, 0x79, 0x33, 0x5b, 0x5f, 0x70, 0x7f, 0x7b,     // 0..9
    0x01, 0x4f, 0x37, 0x0e, 0x67, 0x00,                             // - E H L P blank
};

static const char *max_init(sim_part_t *p) {
    max_t *m = (max_t *)p;
    long chain = sim_part_attr_int(p, "chain", 1);
    if (chain < 1 || chain > MAX_CHAIN) {
        return "chain must be 1..16";
    }
    m->chain = (int)chain;
    const char *layout = sim_part_attr_str(p, "layout", "parola");
    if (strcasecmp(layout, "parola") == 0 || layout[0] == '\0') {
        m->parola = true;
    } else if (strcasecmp(layout, "fc16") == 0 || strcasecmp(layout, "fc-16") == 0) {
        m->parola = false;
    } else {
        return "layout must be \"parola\" or \"fc16\"";
    }
    if (!sim_color_parse(sim_part_attr_str(p, "color", "red"), m->color)) {
        return "color must be a colour name or #RRGGBB";
    }
    return NULL;
}

static void max_reset(sim_part_t *p) {
    max_t *m = (max_t *)p;
    memset(m->unit, 0, sizeof(m->unit));
    memset(m->shift, 0, sizeof(m->shift));
    m->n_bits = 0;
    for (int i = 0; i < MAX_CHAIN; i++) {
        m->unit[i].shutdown = true;
    }
}

static uint8_t max_spi_byte(sim_part_t *p, uint8_t mosi);

// The byte leaving the far end goes on to every matrix part whose DIN sits on our DOUT net
// and that shares our clock (Wokwi's DOUT -> DIN chains of separate parts).
static void max_forward(max_t *m, uint8_t out) {
    int dout = m->base.pins[PIN_DOUT].net, clk = m->base.pins[PIN_CLK].net;
    if (dout < 0) {
        return;
    }
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *q = sim_parts[i];
        if (q != &m->base && q->type == &sim_part_max7219 && q->pins[PIN_DIN].net == dout
            && q->pins[PIN_CLK].net == clk) {
            max_spi_byte(q, out);
        }
    }
}

static uint8_t max_spi_byte(sim_part_t *p, uint8_t mosi) {
    max_t *m = (max_t *)p;
    int n = 2 * m->chain;
    uint8_t out = m->shift[0];
    memmove(m->shift, m->shift + 1, (size_t)n - 1);
    m->shift[n - 1] = mosi;
    max_forward(m, out);
    return 0xff;        // DOUT is not MISO
}

static void max_write(sim_max7219_unit_t *u, uint8_t addr, uint8_t v) {
    switch (addr & 0x0f) {
        case 0x0: break;
        case 0x9: u->decode = v; break;
        case 0xa: u->intensity = v & 0x0f; break;
        case 0xb: u->scan_limit = v & 0x07; break;
        case 0xc: u->shutdown = !(v & 1); break;
        case 0xf: u->test = v & 1; break;
        case 0xd: case 0xe: break;       // no register (datasheet: no-op on the MAX7219)
        default:
            u->digit[(addr & 0x0f) - 1] = v;
            break;
    }
}

// True when DIN is another matrix part's DOUT: that part forwards whole bytes (max_forward).
static bool max_fed_by_chain(const max_t *m) {
    int din = m->base.pins[PIN_DIN].net;
    for (int i = 0; din >= 0 && i < sim_n_parts; i++) {
        const sim_part_t *q = sim_parts[i];
        if (q != &m->base && q->type == &sim_part_max7219 && q->pins[PIN_DOUT].net == din) {
            return true;
        }
    }
    return false;
}

static void max_pin_changed(sim_part_t *p, int pin, int level) {
    max_t *m = (max_t *)p;
    if (pin == PIN_CLK && level && !sim_spi_transfer_active && !max_fed_by_chain(m)) {
        m->bits = (uint8_t)(m->bits << 1 | (sim_part_pin_level(p, PIN_DIN) & 1));
        if (++m->n_bits == 8) {
            m->n_bits = 0;
            max_spi_byte(p, m->bits);
        }
        return;
    }
    if (pin != PIN_CS) {
        return;
    }
    if (!level) {
        m->n_bits = 0;
        return;
    }
    // frame k from the end of the shift register belongs to unit k
    int n = 2 * m->chain;
    for (int k = 0; k < m->chain; k++) {
        int at = n - 2 * (k + 1);
        max_write(&m->unit[k], m->shift[at], m->shift[at + 1]);
    }
}

// Segment lines of digit row y (D7 = DP, D6..D0 = A..G), through the decoder when enabled.
static uint8_t max_row_bits(const sim_max7219_unit_t *u, int y) {
    uint8_t v = u->digit[y];
    if (u->decode & (1u << y)) {
        return (uint8_t)((v & 0x80) | code_b[v & 0x0f]);
    }
    return v;
}

static bool max_lit(const max_t *m, int x, int y) {
    const sim_max7219_unit_t *u = &m->unit[m->chain - 1 - x / 8];
    if (u->test) {
        return true;
    }
    if (u->shutdown || y > u->scan_limit) {
        return false;
    }
    int col = x % 8;
    int bit = m->parola ? col : 7 - col;
    return (max_row_bits(u, y) >> bit) & 1;
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

bool sim_max7219_unit(sim_part_t *p, int k, sim_max7219_unit_t *out) {
    if (p->type != &sim_part_max7219) {
        return false;
    }
    max_t *m = (max_t *)p;
    if (k < 0 || k >= m->chain) {
        return false;
    }
    *out = m->unit[k];
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
