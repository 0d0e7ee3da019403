// ports/sim/parts/neopixel.c: WS2812 ("NeoPixel") addressable LEDs: Wokwi "wokwi-neopixel"
// (one pixel), "wokwi-led-ring" (attr pixels, default 16) and "wokwi-led-strip" (attr pixels,
// default 8).
//
// The machine layer decodes the DIN waveform (machine.bitstream, neopixel.write) and hands the
// bytes to sim_neopixel_data() in wire order: G, R, B per pixel. The first 3 * pixels bytes
// latch into this part's pixels; the rest are passed on to the part whose DIN is wired to this
// part's DOUT, as a real chain shifts them on. A short frame updates only the first pixels.
// rgb[] holds 0xRR, 0xGG, 0xBB per pixel. screenshot() is a row of `pixels` x 1 opaque pixels.
// Simplified: no reset-time (>50 us low) check, no RGBW (4-byte) pixels; brightness is the
// raw byte (no gamma).
#include <string.h>
#include "part_util.h"

#define NEOPIXEL_MAX 1024

static const char *const single_pins[] = {"VDD", "DOUT", "VSS", "DIN", NULL};
static const char *const ring_pins[] = {"GND", "VCC", "DIN", "DOUT", NULL};
static const char *const strip_pins[] = {"VDD", "DIN", "VSS", "VDD.2", "DOUT", "VSS.2", NULL};

typedef struct {
    sim_part_t base;
    int pixels;
    int pin_din, pin_dout;
    uint8_t rgb[3 * NEOPIXEL_MAX];
} neopixel_t;

static bool is_neopixel(const sim_part_t *p) {
    return p->type == &sim_part_neopixel || p->type == &sim_part_led_ring
           || p->type == &sim_part_led_strip;
}

static const char *neopixel_init_n(sim_part_t *p, long dflt) {
    neopixel_t *n = (neopixel_t *)p;
    long count = sim_part_attr_int(p, "pixels", dflt);
    if (count < 1 || count > NEOPIXEL_MAX) {
        return "pixels must be 1..1024";
    }
    n->pixels = (int)count;
    n->pin_din = sim_part_pin_index(p, "DIN");
    n->pin_dout = sim_part_pin_index(p, "DOUT");
    return NULL;
}

static const char *single_init(sim_part_t *p) {
    neopixel_t *n = (neopixel_t *)p;
    n->pixels = 1;
    n->pin_din = sim_part_pin_index(p, "DIN");
    n->pin_dout = sim_part_pin_index(p, "DOUT");
    return NULL;
}

static const char *ring_init(sim_part_t *p) {
    return neopixel_init_n(p, 16);
}

static const char *strip_init(sim_part_t *p) {
    return neopixel_init_n(p, 8);
}

static void neopixel_reset(sim_part_t *p) {
    neopixel_t *n = (neopixel_t *)p;
    memset(n->rgb, 0, sizeof(n->rgb));
}

static void neopixel_feed(sim_part_t *p, const uint8_t *buf, size_t len, int depth) {
    neopixel_t *n = (neopixel_t *)p;
    size_t i = 0;
    for (int k = 0; k < n->pixels && i + 3 <= len; k++, i += 3) {
        n->rgb[3 * k] = buf[i + 1];
        n->rgb[3 * k + 1] = buf[i];
        n->rgb[3 * k + 2] = buf[i + 2];
    }
    if (i >= len || depth > 64 || !sim_part_pin_wired(p, n->pin_dout)) {
        return;
    }
    int net = p->pins[n->pin_dout].net;
    for (int j = 0; j < sim_n_parts; j++) {
        sim_part_t *q = sim_parts[j];
        if (q != p && is_neopixel(q) && q->pins[((neopixel_t *)q)->pin_din].net == net) {
            neopixel_feed(q, buf + i, len - i, depth + 1);
            return;
        }
    }
}

void sim_neopixel_data(sim_part_t *p, const uint8_t *buf, size_t n) {
    if (is_neopixel(p)) {
        neopixel_feed(p, buf, n, 0);
    }
}

int sim_neopixel_count(sim_part_t *p) {
    return is_neopixel(p) ? ((neopixel_t *)p)->pixels : 0;
}

long sim_neopixel_rgb(sim_part_t *p, int i) {
    if (!is_neopixel(p) || i < 0 || i >= ((neopixel_t *)p)->pixels) {
        return -1;
    }
    const uint8_t *c = &((neopixel_t *)p)->rgb[3 * i];
    return ((long)c[0] << 16) | ((long)c[1] << 8) | c[2];
}

static bool neopixel_screenshot(sim_part_t *p, sim_image_t *img) {
    neopixel_t *n = (neopixel_t *)p;
    if (!sim_image_alloc(img, n->pixels, 1)) {
        return false;
    }
    for (int k = 0; k < n->pixels; k++) {
        memcpy(img->rgba + 4 * k, &n->rgb[3 * k], 3);
        img->rgba[4 * k + 3] = 0xff;
    }
    return true;
}

const sim_part_type_t sim_part_neopixel = {
    .type = "wokwi-neopixel",
    .size = sizeof(neopixel_t),
    .pin_names = single_pins,
    .init = single_init,
    .reset = neopixel_reset,
    .screenshot = neopixel_screenshot,
};

const sim_part_type_t sim_part_led_ring = {
    .type = "wokwi-led-ring",
    .size = sizeof(neopixel_t),
    .pin_names = ring_pins,
    .init = ring_init,
    .reset = neopixel_reset,
    .screenshot = neopixel_screenshot,
};

const sim_part_type_t sim_part_led_strip = {
    .type = "wokwi-led-strip",
    .size = sizeof(neopixel_t),
    .pin_names = strip_pins,
    .init = strip_init,
    .reset = neopixel_reset,
    .screenshot = neopixel_screenshot,
};
