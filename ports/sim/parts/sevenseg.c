// ports/sim/parts/sevenseg.c: a 1..4 digit seven-segment LED display (Wokwi "wokwi-7segment").
//
// Pins (the union of Wokwi's pinouts): A B C D E F G DP (segments, shared by every digit),
// COM.1 COM.2 (the single digit's common, two legs) or COM, DIG1..DIG4 (each digit's common when
// attr digits > 1; DIG1 is the leftmost), CLN (colon) with COM as the colon's common.
// Attr common "anode" (default): a segment is lit while its digit's common is high and the
// segment pin low; "cathode": common low and segment high. A pin wired to nothing or floating is
// never "on". Attrs digits ("1".."4"), colon ("1" to draw it), color (lit colour).
//
// State: the instantaneous picture is a pure function of the pin levels (segments(): bit 0 = A
// .. bit 6 = G, bit 7 = DP). Multiplexed firmware lights one digit at a time, so each digit also
// keeps what a viewer sees (persistence of vision): the pattern it held longest during its last
// activation (short glitches while the firmware switches digits lose to the steady pattern). A
// digit not lit for SEVENSEG_PERSIST_NS reads dark. A pattern held SEVENSEG_STEADY_NS or longer
// while the digit stays lit (a statically driven display, e.g. from a 74HC595) closes the
// activation: the next pattern is what a viewer sees from its first instant. The colon is tracked as slot 4 (bit 0).
#include <string.h>
#include "part_util.h"

enum {
    PIN_A, PIN_B, PIN_C, PIN_D, PIN_E, PIN_F, PIN_G, PIN_DP,
    PIN_COM1, PIN_COM2, PIN_COM, PIN_DIG1, PIN_DIG2, PIN_DIG3, PIN_DIG4, PIN_CLN,
};
static const char *const sevenseg_pins[] = {
    "A", "B", "C", "D", "E", "F", "G", "DP", "COM.1", "COM.2", "COM",
    "DIG1", "DIG2", "DIG3", "DIG4", "CLN", NULL,
};

#define SEVENSEG_SLOTS 5                        // 4 digits + the colon
#define SEVENSEG_PERSIST_NS (100 * SIM_NS_PER_MS)
#define SEVENSEG_STEADY_NS (20 * SIM_NS_PER_MS)   // longer than any multiplexed digit's turn

typedef struct {
    uint8_t now;            // pattern shown now (0 while the common is off)
    bool active;            // common on now
    uint8_t run_pat;        // pattern of the current run and when it started
    sim_ns_t run_start;
    uint8_t best_pat;       // longest-held pattern of the current activation, and its length
    sim_ns_t best_ns;
    uint8_t seen;           // pattern of the last complete activation
    sim_ns_t off_since;     // when the common last turned off
} sevenseg_slot_t;

typedef struct {
    sim_part_t base;
    bool cathode;
    int digits;
    bool colon;
    uint8_t rgb[3];
    sevenseg_slot_t slot[SEVENSEG_SLOTS];
} sevenseg_t;

// 1: the pin is driven to `level`; wired-to-nothing and floating pins are never on.
static bool sevenseg_pin_is(const sim_part_t *p, int pin, int level) {
    int net = p->pins[pin].net;
    return net >= 0 && !sim_net_floating(net) && sim_net_level(net) == level;
}

static bool sevenseg_common_on(const sevenseg_t *s, int slot) {
    const sim_part_t *p = &s->base;
    int on = s->cathode ? 0 : 1;
    if (slot == 4) {
        // the colon's common is COM where it is wired; else CLN alone decides
        return !sim_part_pin_wired(p, PIN_COM) || sevenseg_pin_is(p, PIN_COM, on);
    }
    if (s->digits == 1) {
        return slot == 0 && (sevenseg_pin_is(p, PIN_COM1, on) || sevenseg_pin_is(p, PIN_COM2, on)
            || sevenseg_pin_is(p, PIN_COM, on));
    }
    return slot < s->digits && sevenseg_pin_is(p, PIN_DIG1 + slot, on);
}

static void sevenseg_slot_update(sevenseg_slot_t *sl, bool active, uint8_t pat, sim_ns_t now) {
    if (!active) {
        pat = 0;
    }
    if (sl->active && (!active || pat != sl->run_pat)) {
        // the current run ends
        sim_ns_t len = now - sl->run_start;
        if (len >= sl->best_ns) {
            sl->best_ns = len;
            sl->best_pat = sl->run_pat;
        }
        if (active && len >= SEVENSEG_STEADY_NS) {
            sl->best_ns = -1;       // a static display changed: start afresh
            sl->best_pat = pat;
        }
    }
    if (active && !sl->active) {
        sl->best_ns = -1;
        sl->best_pat = pat;
    }
    if (!active && sl->active) {
        sl->seen = sl->best_pat;
        sl->off_since = now;
    }
    if (active && (!sl->active || pat != sl->run_pat)) {
        sl->run_pat = pat;
        sl->run_start = now;
    }
    sl->active = active;
    sl->now = pat;
}

static void sevenseg_update(sevenseg_t *s) {
    const sim_part_t *p = &s->base;
    int seg_on = s->cathode ? 1 : 0;
    uint8_t segs = 0;
    for (int i = 0; i < 8; i++) {
        if (sevenseg_pin_is(p, PIN_A + i, seg_on)) {
            segs |= 1 << i;
        }
    }
    sim_ns_t now = sim_now();
    for (int d = 0; d < 4; d++) {
        sevenseg_slot_update(&s->slot[d], sevenseg_common_on(s, d), segs, now);
    }
    uint8_t cln = sevenseg_pin_is(p, PIN_CLN, seg_on) ? 1 : 0;
    sevenseg_slot_update(&s->slot[4], sevenseg_common_on(s, 4), cln, now);
}

static const char *sevenseg_init(sim_part_t *p) {
    sevenseg_t *s = (sevenseg_t *)p;
    const char *common = sim_part_attr_str(p, "common", "anode");
    if (strcmp(common, "anode") == 0) {
        s->cathode = false;
    } else if (strcmp(common, "cathode") == 0) {
        s->cathode = true;
    } else {
        return "common must be \"anode\" or \"cathode\"";
    }
    long digits = sim_part_attr_int(p, "digits", 1);
    if (digits < 1 || digits > 4) {
        return "digits must be 1, 2, 3 or 4";
    }
    s->digits = (int)digits;
    s->colon = strcmp(sim_part_attr_str(p, "colon", ""), "1") == 0;
    if (!sim_color_parse(sim_part_attr_str(p, "color", "red"), s->rgb)) {
        s->rgb[0] = 0xff;
        s->rgb[1] = s->rgb[2] = 0;
    }
    return NULL;
}

static void sevenseg_reset(sim_part_t *p) {
    sevenseg_t *s = (sevenseg_t *)p;
    memset(s->slot, 0, sizeof(s->slot));
    for (int i = 0; i < SEVENSEG_SLOTS; i++) {
        s->slot[i].off_since = -SEVENSEG_PERSIST_NS - 1;
    }
    sevenseg_update(s);
}

static void sevenseg_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    sevenseg_update((sevenseg_t *)p);
}

static sevenseg_t *sevenseg_of(sim_part_t *p) {
    return p != NULL && p->type == &sim_part_7segment ? (sevenseg_t *)p : NULL;
}

int sim_7segment_digits(sim_part_t *p) {
    sevenseg_t *s = sevenseg_of(p);
    return s ? s->digits : 0;
}

uint8_t sim_7segment_segments(sim_part_t *p, int digit) {
    sevenseg_t *s = sevenseg_of(p);
    if (s == NULL || digit < 0 || digit >= SEVENSEG_SLOTS) {
        return 0;
    }
    return s->slot[digit].now;
}

uint8_t sim_7segment_seen(sim_part_t *p, int digit) {
    sevenseg_t *s = sevenseg_of(p);
    if (s == NULL || digit < 0 || digit >= SEVENSEG_SLOTS) {
        return 0;
    }
    sevenseg_slot_t *sl = &s->slot[digit];
    sim_ns_t now = sim_now();
    if (sl->active) {
        // the steadiest pattern of this activation so far, the running one included
        return now - sl->run_start >= sl->best_ns ? sl->run_pat : sl->best_pat;
    }
    return now - sl->off_since > SEVENSEG_PERSIST_NS ? 0 : sl->seen;
}

char sim_7segment_char(uint8_t segs) {
    static const struct { uint8_t segs; char c; } glyphs[] = {
        {0x3f, '0'}, {0x06, '1'}, {0x5b, '2'}, {0x4f, '3'}, {0x66, '4'}, {0x6d, '5'},
        {0x7d, '6'}, {0x07, '7'}, {0x7f, '8'}, {0x6f, '9'}, {0x77, 'A'}, {0x7c, 'b'},
        {0x39, 'C'}, {0x5e, 'd'}, {0x79, 'E'}, {0x71, 'F'}, {0x40, '-'}, {0x00, ' '},
        {0x76, 'H'}, {0x38, 'L'}, {0x73, 'P'},
        {0x3e, 'U'}, {0x5c, 'o'}, {0x54, 'n'}, {0x50, 'r'}, {0x08, '_'},
    };
    for (size_t i = 0; i < sizeof(glyphs) / sizeof(glyphs[0]); i++) {
        if (glyphs[i].segs == (segs & 0x7f)) {
            return glyphs[i].c;
        }
    }
    return '?';
}

// Screenshot: one 20x32 cell per digit, segments as 2-pixel bars; lit in attr color, unlit dark
// grey, on black. The colon (attr colon "1") sits in the last column of digit 2's cell.
#define SEVENSEG_CELL_W 20
#define SEVENSEG_CELL_H 32

static void sevenseg_fill(sim_image_t *img, int x0, int y0, int w, int h, const uint8_t rgb[3]) {
    for (int y = y0; y < y0 + h && y < img->height; y++) {
        for (int x = x0; x < x0 + w && x < img->width; x++) {
            uint8_t *px = img->rgba + 4 * ((size_t)y * img->width + x);
            px[0] = rgb[0];
            px[1] = rgb[1];
            px[2] = rgb[2];
            px[3] = 0xff;
        }
    }
}

static bool sevenseg_screenshot(sim_part_t *p, sim_image_t *img) {
    sevenseg_t *s = (sevenseg_t *)p;
    // x, y, w, h of A B C D E F G DP inside a cell
    static const int8_t box[8][4] = {
        {4, 1, 12, 2}, {16, 3, 2, 12}, {16, 17, 2, 12}, {4, 29, 12, 2},
        {2, 17, 2, 12}, {2, 3, 2, 12}, {4, 15, 12, 2}, {18, 29, 2, 2},
    };
    static const uint8_t black[3] = {0, 0, 0}, off[3] = {0x44, 0x44, 0x44};
    if (!sim_image_alloc(img, SEVENSEG_CELL_W * s->digits, SEVENSEG_CELL_H)) {
        return false;
    }
    sevenseg_fill(img, 0, 0, img->width, img->height, black);
    for (int d = 0; d < s->digits; d++) {
        uint8_t segs = sim_7segment_seen(p, d);
        for (int i = 0; i < 8; i++) {
            sevenseg_fill(img, d * SEVENSEG_CELL_W + box[i][0], box[i][1], box[i][2], box[i][3],
                (segs >> i) & 1 ? s->rgb : off);
        }
    }
    if (s->colon) {
        int x = (s->digits >= 2 ? 2 : 1) * SEVENSEG_CELL_W - 1;
        const uint8_t *c = sim_7segment_seen(p, 4) ? s->rgb : off;
        sevenseg_fill(img, x, 9, 1, 2, c);
        sevenseg_fill(img, x, 21, 1, 2, c);
    }
    return true;
}

const sim_part_type_t sim_part_7segment = {
    .type = "wokwi-7segment",
    .size = sizeof(sevenseg_t),
    .pin_names = sevenseg_pins,
    .init = sevenseg_init,
    .reset = sevenseg_reset,
    .pin_changed = sevenseg_pin_changed,
    .screenshot = sevenseg_screenshot,
};
