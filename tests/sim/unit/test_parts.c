// tests/sim/unit/test_parts.c: unit tests of the device models in ports/sim/parts, driven
// through their callbacks by the stub core (sim_stub.c) the way the bus layer will drive them.
// Prints one line per failed check and ends with "N passed, N failed" (exit 1 on failure).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim_stub.h"
#include "../../../ports/sim/parts/part_util.h"

static int n_pass, n_fail;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
#define CHECK_EQ(a, b) check_eq((long long)(a), (long long)(b), #a " == " #b, __FILE__, __LINE__)
#define CHECK_NEAR(a, b, tol) check_near((a), (b), (tol), #a " ~ " #b, __FILE__, __LINE__)

static bool check(bool ok, const char *what, const char *file, int line) {
    if (ok) {
        n_pass++;
    } else {
        n_fail++;
        printf("FAIL %s:%d: %s\n", file, line, what);
    }
    return ok;
}

static bool check_eq(long long a, long long b, const char *what, const char *file, int line) {
    if (a == b) {
        n_pass++;
        return true;
    }
    n_fail++;
    printf("FAIL %s:%d: %s (%lld != %lld)\n", file, line, what, a, b);
    return false;
}

__attribute__((unused)) static bool check_near(double a, double b, double tol, const char *what, const char *file, int line) {
    if (fabs(a - b) <= tol) {
        n_pass++;
        return true;
    }
    n_fail++;
    printf("FAIL %s:%d: %s (%.6f vs %.6f)\n", file, line, what, a, b);
    return false;
}

#define ATTRS(...) (&(sim_json_t){{__VA_ARGS__, NULL}})

// ---------------------------------------------------------------------------------------------
// A MONO_VLSB framebuffer like framebuf's, for building golden images.

typedef struct {
    int w, h;
    uint8_t buf[8 * 132];
} fb_t;

static void fb_init(fb_t *f, int w, int h) {
    f->w = w;
    f->h = h;
    memset(f->buf, 0, sizeof(f->buf));
}

static void fb_pixel_set(fb_t *f, int x, int y, int c) {
    if (x < 0 || y < 0 || x >= f->w || y >= f->h) {
        return;
    }
    uint8_t *b = &f->buf[(y >> 3) * f->w + x];
    *b = c ? (uint8_t)(*b | (1 << (y & 7))) : (uint8_t)(*b & ~(1 << (y & 7)));
}

static int fb_pixel(const fb_t *f, int x, int y) {
    return (f->buf[(y >> 3) * f->w + x] >> (y & 7)) & 1;
}

static void fb_fill_rect(fb_t *f, int x, int y, int w, int h, int c) {
    for (int j = y; j < y + h; j++) {
        for (int i = x; i < x + w; i++) {
            fb_pixel_set(f, i, j, c);
        }
    }
}

// The MicroPython logo of the ssd1306 tutorial (its graphics; the text lines are replaced by a
// fixed pseudo-random pattern over the same area so every byte value occurs).
static void fb_logo(fb_t *f) {
    fb_fill_rect(f, 0, 0, 32, 32, 1);
    fb_fill_rect(f, 2, 2, 28, 28, 0);
    fb_fill_rect(f, 9, 8, 1, 22, 1);
    fb_fill_rect(f, 16, 2, 1, 22, 1);
    fb_fill_rect(f, 23, 8, 1, 22, 1);
    fb_fill_rect(f, 26, 24, 2, 4, 1);
    uint32_t seed = 12345;
    for (int y = 0; y < 32 && y < f->h; y++) {
        for (int x = 40; x < f->w; x++) {
            seed = seed * 1103515245u + 12345u;
            fb_pixel_set(f, x, y, (seed >> 16) & 1);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The MicroPython ssd1306 driver's traffic (sim.md 4.3).

static void oled_cmd(uint8_t addr, uint8_t c) {
    uint8_t b[2] = {0x80, c};
    stub_i2c_write(addr, b, 2, true);
}

static void oled_init_i2c(uint8_t addr, int w, int h) {
    uint8_t seq[] = {
        0xae, 0x20, 0x00, 0x40, 0xa1, 0xa8, (uint8_t)(h - 1), 0xc8, 0xd3, 0x00, 0xda,
        (uint8_t)(w > 2 * h ? 0x02 : 0x12), 0xd5, 0x80, 0xd9, 0xf1, 0xdb, 0x30, 0x81, 0xff,
        0xa4, 0xa6, 0xad, 0x30, 0x8d, 0x14, 0xaf
    };
    for (size_t i = 0; i < sizeof(seq); i++) {
        oled_cmd(addr, seq[i]);
    }
}

static void oled_show_i2c(uint8_t addr, const fb_t *f) {
    int x0 = 0, x1 = f->w - 1;
    if (f->w != 128) {
        int col_off = (128 - f->w) / 2;
        x0 += col_off;
        x1 += col_off;
    }
    uint8_t cmds[] = {0x21, (uint8_t)x0, (uint8_t)x1, 0x22, 0, (uint8_t)(f->h / 8 - 1)};
    for (size_t i = 0; i < sizeof(cmds); i++) {
        oled_cmd(addr, cmds[i]);
    }
    uint8_t data[1 + 8 * 128];
    data[0] = 0x40;
    size_t n = (size_t)(f->w * f->h / 8);
    memcpy(data + 1, f->buf, n);
    CHECK_EQ(stub_i2c_write(addr, data, n + 1, true), (int)n + 1);
}

// Compares a screenshot with fb_pixel(x', y') where (x', y') = map(x, y).
static int shot_mismatches(sim_part_t *p, const fb_t *f, bool rot180, bool invert) {
    sim_image_t img;
    if (!CHECK(p->type->screenshot(p, &img))) {
        return -1;
    }
    int bad = 0;
    CHECK_EQ(img.width, f->w);
    CHECK_EQ(img.height, f->h);
    for (int y = 0; y < f->h; y++) {
        for (int x = 0; x < f->w; x++) {
            int v = rot180 ? fb_pixel(f, f->w - 1 - x, f->h - 1 - y) : fb_pixel(f, x, y);
            v ^= invert;
            const uint8_t *px = img.rgba + 4 * (y * f->w + x);
            uint8_t want = v ? 0xff : 0x00;
            if (px[0] != want || px[1] != want || px[2] != want || px[3] != 0xff) {
                bad++;
            }
        }
    }
    free(img.rgba);
    return bad;
}

// Count of lit pixels in a screenshot.
static int shot_lit(sim_part_t *p) {
    sim_image_t img;
    if (!p->type->screenshot(p, &img)) {
        return -1;
    }
    int n = 0;
    for (int i = 0; i < img.width * img.height; i++) {
        n += img.rgba[4 * i] != 0;
    }
    free(img.rgba);
    return n;
}

static sim_part_t *new_oled(const char *type, const sim_json_t *attrs) {
    stub_world_reset();
    sim_part_t *p = stub_part_new(type, "oled1", attrs);
    stub_wire(p, "SDA", 1);
    stub_wire(p, "SCL", 2);
    CHECK(stub_part_init(p) == NULL);
    return p;
}

static void test_ssd1306_reset_state(void) {
    sim_part_t *p = new_oled("board-ssd1306", NULL);
    sim_oled_state_t st;
    CHECK(sim_ssd1306_state(p, &st));
    CHECK_EQ(st.width, 128);
    CHECK_EQ(st.height, 64);
    CHECK_EQ(st.ram_cols, 128);
    CHECK(!st.display_on);
    CHECK_EQ(st.contrast, 0x7f);
    CHECK_EQ(st.mode, 2);
    CHECK_EQ(st.mux, 64);
    CHECK_EQ(st.col_end, 127);
    CHECK_EQ(st.page_end, 7);
    CHECK_EQ(st.com_pins, 0x12);
    CHECK(!st.charge_pump);
    CHECK_EQ(shot_lit(p), 0);
    // wrong address: NACK (the driver's ENODEV); right one: ACK
    uint8_t b[2] = {0x80, 0xaf};
    CHECK_EQ(stub_i2c_write(0x3d, b, 2, true), -1);
    CHECK_EQ(stub_i2c_write(0x3c, b, 2, true), 2);
}

static void test_ssd1306_logo_i2c(void) {
    sim_part_t *p = new_oled("board-ssd1306", NULL);
    oled_init_i2c(0x3c, 128, 64);
    sim_oled_state_t st;
    sim_ssd1306_state(p, &st);
    CHECK(st.display_on);
    CHECK_EQ(st.mode, 0);
    CHECK(st.seg_remap);
    CHECK(st.com_remap);
    CHECK_EQ(st.contrast, 0xff);
    CHECK_EQ(st.precharge, 0xf1);
    CHECK_EQ(st.vcomh, 0x30);
    CHECK(st.charge_pump);
    CHECK_EQ(stub_log_count(), 0);  // AD 30 is accepted silently
    fb_t f;
    fb_init(&f, 128, 64);
    fb_logo(&f);
    oled_show_i2c(0x3c, &f);
    int cols;
    const uint8_t *ram = sim_ssd1306_gddram(p, &cols);
    CHECK_EQ(cols, 128);
    CHECK(memcmp(ram, f.buf, 1024) == 0);
    CHECK_EQ(ram[0], 0xff);             // column 0 of page 0: the box's left edge
    CHECK_EQ(ram[2], 0x03);             // column 2: rows 0-1 lit, inner area dark
    CHECK_EQ(ram[16], 0xff);            // column 16: frame rows 0-1 and vline(16, 2, 22)
    CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
    // the pointer wrapped back to the start of the window
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.col, 0);
    CHECK_EQ(st.page, 0);
    // rotate(False) = C0 then A0: 180 degrees from the init orientation
    oled_cmd(0x3c, 0xc0);
    oled_cmd(0x3c, 0xa0);
    CHECK_EQ(shot_mismatches(p, &f, true, false), 0);
    // rotate(True) = C8 A1: back upright
    oled_cmd(0x3c, 0xc8);
    oled_cmd(0x3c, 0xa1);
    CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
    // invert, entire on, contrast, off
    oled_cmd(0x3c, 0xa7);
    CHECK_EQ(shot_mismatches(p, &f, false, true), 0);
    oled_cmd(0x3c, 0xa6);
    oled_cmd(0x3c, 0xa5);
    CHECK_EQ(shot_lit(p), 128 * 64);
    oled_cmd(0x3c, 0xa4);
    oled_cmd(0x3c, 0x81);
    oled_cmd(0x3c, 0x10);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.contrast, 0x10);
    oled_cmd(0x3c, 0xae);
    CHECK_EQ(shot_lit(p), 0);
    CHECK(memcmp(ram, f.buf, 1024) == 0);   // RAM kept while off
    oled_cmd(0x3c, 0xaf);
    CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
    // charge pump off: dark
    oled_cmd(0x3c, 0x8d);
    oled_cmd(0x3c, 0x10);
    CHECK_EQ(shot_lit(p), 0);
    // status read: D6 = display off
    uint8_t s;
    CHECK_EQ(stub_i2c_read(0x3c, &s, 1, true), 1);
    CHECK_EQ(s, 0x00);
}

static void test_ssd1306_sizes(void) {
    static const int sizes[][2] = {{128, 32}, {64, 48}, {72, 40}};
    for (size_t k = 0; k < 3; k++) {
        int w = sizes[k][0], h = sizes[k][1];
        char ws[8], hs[8];
        snprintf(ws, sizeof(ws), "%d", w);
        snprintf(hs, sizeof(hs), "%d", h);
        sim_json_t attrs = {{"width", ws, "height", hs, "i2cAddress", "0x3d", NULL}};
        sim_part_t *p = new_oled("board-ssd1306", &attrs);
        oled_init_i2c(0x3d, w, h);
        sim_oled_state_t st;
        sim_ssd1306_state(p, &st);
        CHECK_EQ(st.mux, h);
        CHECK_EQ(st.com_pins, w > 2 * h ? 0x02 : 0x12);
        fb_t f;
        fb_init(&f, w, h);
        fb_logo(&f);
        oled_show_i2c(0x3d, &f);
        int off = (128 - w) / 2;
        const uint8_t *ram = sim_ssd1306_gddram(p, NULL);
        int bad = 0;
        for (int pg = 0; pg < h / 8; pg++) {
            for (int x = 0; x < w; x++) {
                bad += ram[pg * 128 + off + x] != f.buf[pg * w + x];
            }
        }
        CHECK_EQ(bad, 0);
        CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
        oled_cmd(0x3d, 0xc0);
        oled_cmd(0x3d, 0xa0);
        CHECK_EQ(shot_mismatches(p, &f, true, false), 0);
    }
}

static void test_ssd1306_addressing_modes(void) {
    sim_part_t *p = new_oled("board-ssd1306", NULL);
    const uint8_t *ram = sim_ssd1306_gddram(p, NULL);
    // page mode (reset): B2, column 0x75 by nibbles, data wraps at 127 to 0 on the same page
    uint8_t t1[] = {0x00, 0xb2, 0x05, 0x17};
    CHECK_EQ(stub_i2c_write(0x3c, t1, sizeof(t1), true), 4);
    uint8_t d1[] = {0x40};
    uint8_t data[12];
    for (int i = 0; i < 12; i++) {
        data[i] = (uint8_t)(0xa0 + i);
    }
    stub_i2c_write(0x3c, d1, 1, false);     // a control byte, no data yet
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 1, 2, 3}, 4, true);
    CHECK_EQ(ram[2 * 128 + 0x75], 1);
    CHECK_EQ(ram[2 * 128 + 0x77], 3);
    uint8_t t2[] = {0x00, 0x0e, 0x17};      // column 0x7e
    stub_i2c_write(0x3c, t2, sizeof(t2), true);
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 7, 8, 9}, 4, true);
    CHECK_EQ(ram[2 * 128 + 126], 7);
    CHECK_EQ(ram[2 * 128 + 127], 8);
    CHECK_EQ(ram[2 * 128 + 0], 9);
    CHECK_EQ(ram[3 * 128 + 0], 0);
    // column/page commands 00-0F and B0-B7 are ignored outside page mode
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x20, 0x00, 0xb5, 0x03}, 5, true);
    sim_oled_state_t st;
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.mode, 0);
    CHECK_EQ(st.page, 2);
    // vertical mode: column 16..17, pages 2..3: the page advances first
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x20, 0x01, 0x21, 16, 17, 0x22, 2, 3}, 9, true);
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 0x11, 0x12, 0x13, 0x14, 0x15}, 6, true);
    CHECK_EQ(ram[2 * 128 + 16], 0x15);      // wrapped to (page 2, col 16)
    CHECK_EQ(ram[3 * 128 + 16], 0x12);
    CHECK_EQ(ram[2 * 128 + 17], 0x13);
    CHECK_EQ(ram[3 * 128 + 17], 0x14);
    // horizontal mode window 100..101 x pages 6..7, wrapping back to (100, 6)
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x20, 0x00, 0x21, 100, 101, 0x22, 6, 7}, 9, true);
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 1, 2, 3, 4, 5}, 6, true);
    CHECK_EQ(ram[6 * 128 + 100], 5);
    CHECK_EQ(ram[6 * 128 + 101], 2);
    CHECK_EQ(ram[7 * 128 + 100], 3);
    CHECK_EQ(ram[7 * 128 + 101], 4);
    // 0x20 with the invalid mode 3 keeps the mode
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x20, 0x03}, 3, true);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.mode, 0);
    (void)data;
}

static void test_ssd1306_control_bytes(void) {
    sim_part_t *p = new_oled("board-ssd1306", NULL);
    const uint8_t *ram = sim_ssd1306_gddram(p, NULL);
    // Co=1 pairs: one command, one data byte, one command, then a data stream
    uint8_t t[] = {0x80, 0xaf, 0xc0, 0x55, 0x80, 0xa7, 0x40, 1, 2, 3};
    CHECK_EQ(stub_i2c_write(0x3c, t, sizeof(t), true), (int)sizeof(t));
    sim_oled_state_t st;
    sim_ssd1306_state(p, &st);
    CHECK(st.display_on);
    CHECK(st.invert);
    CHECK_EQ(ram[0], 0x55);
    CHECK_EQ(ram[1], 1);
    CHECK_EQ(ram[3], 3);
    // a parameter in the next transaction: 81 | STOP | 20
    oled_cmd(0x3c, 0x81);
    oled_cmd(0x3c, 0x20);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.contrast, 0x20);
    CHECK_EQ(st.mode, 2);
    // a 6-parameter scroll setup split over transactions, then activate / deactivate
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x26, 0x00, 0x00}, 4, true);
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x00, 0x07, 0x00, 0xff, 0x2f}, 6, true);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.scroll_cmd, 0x26);
    CHECK(st.scroll_active);
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x29, 0, 0, 0, 7, 1, 0xa3, 0, 64, 0x2e}, 11, true);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.scroll_cmd, 0x29);
    CHECK(!st.scroll_active);
    // NOP and unknown commands: the unknown one is logged, neither changes state
    int logs = stub_log_count();
    oled_cmd(0x3c, 0xe3);
    CHECK_EQ(stub_log_count(), logs);
    oled_cmd(0x3c, 0xfe);
    CHECK_EQ(stub_log_count(), logs + 1);
    CHECK(strstr(stub_log_last(), "0xfe") != NULL);
    // multiplex below 16 is invalid and ignored
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0xa8, 0x05}, 3, true);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.mux, 64);
}

static void test_ssd1306_start_line_offset(void) {
    sim_part_t *p = new_oled("board-ssd1306", NULL);
    oled_init_i2c(0x3c, 128, 64);
    fb_t f;
    fb_init(&f, 128, 64);
    fb_logo(&f);
    oled_show_i2c(0x3c, &f);
    // start line 8: screen row y shows RAM row y+8 (mod 64)
    oled_cmd(0x3c, 0x48);
    sim_image_t img;
    p->type->screenshot(p, &img);
    int bad = 0;
    for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 128; x++) {
            bad += (img.rgba[4 * (y * 128 + x)] != 0) != fb_pixel(&f, x, (y + 8) & 63);
        }
    }
    free(img.rgba);
    CHECK_EQ(bad, 0);
    // the same shift by the display offset instead
    oled_cmd(0x3c, 0x40);
    oled_cmd(0x3c, 0xd3);
    oled_cmd(0x3c, 8);
    p->type->screenshot(p, &img);
    bad = 0;
    for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 128; x++) {
            bad += (img.rgba[4 * (y * 128 + x)] != 0) != fb_pixel(&f, x, (y + 8) & 63);
        }
    }
    free(img.rgba);
    CHECK_EQ(bad, 0);
    // mux 32 on a 64-row panel: only 32 rows are driven
    oled_cmd(0x3c, 0xd3);
    oled_cmd(0x3c, 0);
    oled_cmd(0x3c, 0xa5);
    oled_cmd(0x3c, 0xa8);
    oled_cmd(0x3c, 31);
    CHECK_EQ(shot_lit(p), 128 * 32);
}

static void test_ssd1306_attrs(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-ssd1306", "oled1", ATTRS("width", "200"));
    CHECK(stub_part_init(p) != NULL);
    p = stub_part_new("board-ssd1306", "oled2", ATTRS("interface", "parallel"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();     // the loader drops parts whose init failed
    p = stub_part_new("board-ssd1306", "oled3", ATTRS("i2c-address", "0x3d"));
    CHECK(stub_part_init(p) == NULL);
    uint8_t b[2] = {0x80, 0xaf};
    CHECK_EQ(stub_i2c_write(0x3c, b, 2, true), -1);
    CHECK_EQ(stub_i2c_write(0x3d, b, 2, true), 2);
    // external VCC: lit without the charge pump
    p = new_oled("board-ssd1306", ATTRS("externalVcc", "1"));
    oled_cmd(0x3c, 0xaf);
    oled_cmd(0x3c, 0xa5);
    CHECK_EQ(shot_lit(p), 128 * 64);
}

static void test_ssd1306_spi(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-ssd1306", "oled1", ATTRS("interface", "spi"));
    stub_wire(p, "D0", 1);
    stub_wire(p, "D1", 2);
    stub_wire(p, "DC", 3);
    stub_wire(p, "CS", 4);
    stub_wire(p, "RES", 5);
    sim_driver_t *dc = stub_mcu_pin("dc", 3), *cs = stub_mcu_pin("cs", 4), *res = stub_mcu_pin("res", 5);
    CHECK(stub_part_init(p) == NULL);
    // the driver's construction: dc=0, res=0, cs=1, then res 1, 0, 1
    sim_driver_set(dc, SIM_DRIVE_LOW);
    sim_driver_set(res, SIM_DRIVE_LOW);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    sim_driver_set(res, SIM_DRIVE_HIGH);
    sim_driver_set(res, SIM_DRIVE_LOW);
    sim_driver_set(res, SIM_DRIVE_HIGH);
    // not addressable over I2C in SPI mode
    uint8_t b[2] = {0x80, 0xaf};
    CHECK_EQ(stub_i2c_write(0x3c, b, 2, true), -1);
    uint8_t init[] = {
        0xae, 0x20, 0x00, 0x40, 0xa1, 0xa8, 63, 0xc8, 0xd3, 0x00, 0xda, 0x12, 0xd5, 0x80,
        0xd9, 0xf1, 0xdb, 0x30, 0x81, 0xff, 0xa4, 0xa6, 0xad, 0x30, 0x8d, 0x14, 0xaf,
        0x21, 0, 127, 0x22, 0, 7
    };
    for (size_t i = 0; i < sizeof(init); i++) {
        sim_driver_set(cs, SIM_DRIVE_HIGH);
        sim_driver_set(dc, SIM_DRIVE_LOW);
        sim_driver_set(cs, SIM_DRIVE_LOW);
        stub_spi_byte(init[i]);
        sim_driver_set(cs, SIM_DRIVE_HIGH);
    }
    fb_t f;
    fb_init(&f, 128, 64);
    fb_logo(&f);
    sim_driver_set(dc, SIM_DRIVE_HIGH);
    sim_driver_set(cs, SIM_DRIVE_LOW);
    stub_spi_write(f.buf, 1024);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    CHECK(memcmp(sim_ssd1306_gddram(p, NULL), f.buf, 1024) == 0);
    CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
    // bytes with CS high are not for us
    sim_driver_set(dc, SIM_DRIVE_LOW);
    stub_spi_byte(0xa7);
    sim_oled_state_t st;
    sim_ssd1306_state(p, &st);
    CHECK(!st.invert);
    // RES low: registers reset (display off), RAM kept, bytes ignored while held
    sim_driver_set(res, SIM_DRIVE_LOW);
    sim_driver_set(cs, SIM_DRIVE_LOW);
    stub_spi_byte(0xaf);
    sim_ssd1306_state(p, &st);
    CHECK(!st.display_on);
    CHECK_EQ(st.mode, 2);
    CHECK_EQ(st.contrast, 0x7f);
    CHECK(memcmp(sim_ssd1306_gddram(p, NULL), f.buf, 1024) == 0);
    sim_driver_set(res, SIM_DRIVE_HIGH);
    stub_spi_byte(0xaf);
    sim_ssd1306_state(p, &st);
    CHECK(st.display_on);
}

// The robert-hh/SH1106 driver's traffic: AF, A0, C0, then per page B0|p, 02, 10, data.
static void sh1106_show(const fb_t *f) {
    for (int pg = 0; pg < 8; pg++) {
        oled_cmd(0x3c, (uint8_t)(0xb0 | pg));
        oled_cmd(0x3c, 0x02);
        oled_cmd(0x3c, 0x10);
        uint8_t data[129];
        data[0] = 0x40;
        memcpy(data + 1, f->buf + pg * 128, 128);
        stub_i2c_write(0x3c, data, 129, true);
    }
}

static void test_sh1106(void) {
    sim_part_t *p = new_oled("board-sh1106", NULL);
    sim_oled_state_t st;
    CHECK(sim_ssd1306_state(p, &st));
    CHECK_EQ(st.ram_cols, 132);
    CHECK(st.charge_pump);
    CHECK(!st.display_on);
    oled_cmd(0x3c, 0xaf);
    oled_cmd(0x3c, 0xa0);
    oled_cmd(0x3c, 0xc0);
    fb_t f;
    fb_init(&f, 128, 64);
    fb_logo(&f);
    sh1106_show(&f);
    int cols;
    const uint8_t *ram = sim_ssd1306_gddram(p, &cols);
    CHECK_EQ(cols, 132);
    int bad = 0;
    for (int pg = 0; pg < 8; pg++) {
        bad += memcmp(ram + pg * 132 + 2, f.buf + pg * 128, 128) != 0;
        bad += ram[pg * 132] != 0 || ram[pg * 132 + 131] != 0;
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(shot_mismatches(p, &f, false, false), 0);
    // flip(True): A1 C8 turns the picture by 180 degrees (RAM unchanged: 2..129 is symmetric)
    oled_cmd(0x3c, 0xa1);
    oled_cmd(0x3c, 0xc8);
    CHECK_EQ(shot_mismatches(p, &f, true, false), 0);
    // SSD1306-only commands are ignored byte by byte: "20 00" logs 0x20, then 00 = column low 0
    int logs = stub_log_count();
    oled_cmd(0x3c, 0x20);
    CHECK_EQ(stub_log_count(), logs + 1);
    // the column wraps from 131 to 0 on the same page; 0xE0..0xEE restores the column
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0xb7, 0x03, 0x18}, 4, true);   // column 0x83 = 131
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 0x11, 0x22}, 3, true);
    CHECK_EQ(ram[7 * 132 + 131], 0x11);
    CHECK_EQ(ram[7 * 132 + 0], 0x22);
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0x05, 0x10, 0xe0}, 4, true);
    stub_i2c_write(0x3c, (uint8_t[]){0x40, 0x33, 0x44}, 3, true);
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0xee}, 2, true);
    sim_ssd1306_state(p, &st);
    CHECK_EQ(st.col, 5);
    // DC-DC off (AD 8A): dark
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0xa5, 0xad, 0x8a}, 4, true);
    CHECK_EQ(shot_lit(p), 0);
    stub_i2c_write(0x3c, (uint8_t[]){0x00, 0xad, 0x8b}, 3, true);
    CHECK_EQ(shot_lit(p), 128 * 64);
}

// ---------------------------------------------------------------------------------------------

int main(void) {
    test_ssd1306_reset_state();
    test_ssd1306_logo_i2c();
    test_ssd1306_sizes();
    test_ssd1306_addressing_modes();
    test_ssd1306_control_bytes();
    test_ssd1306_start_line_offset();
    test_ssd1306_attrs();
    test_ssd1306_spi();
    test_sh1106();
    stub_world_reset();
    printf("%d passed, %d failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
