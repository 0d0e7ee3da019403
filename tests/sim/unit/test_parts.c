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

static bool check_near(double a, double b, double tol, const char *what, const char *file, int line) {
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
    CHECK_EQ(stub_spi_byte(0xaf), 0xff);    // MISO not driven
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
// BME280: the test decodes the calibration and applies the datasheet's floating-point
// compensation (section 8.1), independently of the part's integer search.

typedef struct {
    double T1, T2, T3, P1, P2, P3, P4, P5, P6, P7, P8, P9, H1, H2, H3, H4, H5, H6;
} bme_cal_t;

static int16_t s16le(const uint8_t *b) {
    return (int16_t)(uint16_t)(b[0] | (b[1] << 8));
}

static uint16_t u16le(const uint8_t *b) {
    return (uint16_t)(b[0] | (b[1] << 8));
}

static void bme_read_cal(uint8_t addr, bme_cal_t *c) {
    uint8_t a[26], h[7];
    CHECK_EQ(stub_i2c_readfrom_mem(addr, 0x88, 8, a, 26), 26);
    CHECK_EQ(stub_i2c_readfrom_mem(addr, 0xe1, 8, h, 7), 7);
    c->T1 = u16le(a);
    c->T2 = s16le(a + 2);
    c->T3 = s16le(a + 4);
    c->P1 = u16le(a + 6);
    c->P2 = s16le(a + 8);
    c->P3 = s16le(a + 10);
    c->P4 = s16le(a + 12);
    c->P5 = s16le(a + 14);
    c->P6 = s16le(a + 16);
    c->P7 = s16le(a + 18);
    c->P8 = s16le(a + 20);
    c->P9 = s16le(a + 22);
    c->H1 = a[25];
    c->H2 = s16le(h);
    c->H3 = h[2];
    c->H4 = (int16_t)(((int8_t)h[3]) * 16 | (h[4] & 0x0f));
    c->H5 = (int16_t)(((int8_t)h[5]) * 16 | (h[4] >> 4));
    c->H6 = (int8_t)h[6];
}

// Reads the burst 0xF7..0xFE and compensates: T in deg C, P in hPa, H in %RH.
static void bme_read(uint8_t addr, const bme_cal_t *c, double *t, double *p, double *h, int32_t raw[3]) {
    uint8_t d[8];
    CHECK_EQ(stub_i2c_readfrom_mem(addr, 0xf7, 8, d, 8), 8);
    int32_t adc_p = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4);
    int32_t adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4);
    int32_t adc_h = (d[6] << 8) | d[7];
    if (raw) {
        raw[0] = adc_t;
        raw[1] = adc_p;
        raw[2] = adc_h;
    }
    double v1 = (adc_t / 16384.0 - c->T1 / 1024.0) * c->T2;
    double v2 = (adc_t / 131072.0 - c->T1 / 8192.0) * (adc_t / 131072.0 - c->T1 / 8192.0) * c->T3;
    double t_fine = v1 + v2;
    *t = t_fine / 5120.0;
    v1 = t_fine / 2.0 - 64000.0;
    v2 = v1 * v1 * c->P6 / 32768.0;
    v2 = v2 + v1 * c->P5 * 2.0;
    v2 = v2 / 4.0 + c->P4 * 65536.0;
    v1 = (c->P3 * v1 * v1 / 524288.0 + c->P2 * v1) / 524288.0;
    v1 = (1.0 + v1 / 32768.0) * c->P1;
    double pa = 1048576.0 - adc_p;
    pa = (pa - v2 / 4096.0) * 6250.0 / v1;
    v1 = c->P9 * pa * pa / 2147483648.0;
    v2 = pa * c->P8 / 32768.0;
    pa = pa + (v1 + v2 + c->P7) / 16.0;
    *p = pa / 100.0;
    double vh = t_fine - 76800.0;
    vh = (adc_h - (c->H4 * 64.0 + c->H5 / 16384.0 * vh))
         * (c->H2 / 65536.0 * (1.0 + c->H6 / 67108864.0 * vh * (1.0 + c->H3 / 67108864.0 * vh)));
    vh = vh * (1.0 - c->H1 * vh / 524288.0);
    *h = vh < 0 ? 0 : vh > 100 ? 100 : vh;
}

static uint8_t reg8(uint8_t addr, uint8_t reg) {
    uint8_t v = 0;
    stub_i2c_readfrom_mem(addr, reg, 8, &v, 1);
    return v;
}

static void test_bme280(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-bme280", "bme1", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x76, 0xd0), 0x60);
    uint8_t b;
    CHECK_EQ(stub_i2c_readfrom_mem(0x77, 0xd0, 8, &b, 1), -1);
    bme_cal_t c;
    bme_read_cal(0x76, &c);
    CHECK_EQ(c.T1, 27504);
    CHECK_EQ(c.T3, -1000);
    CHECK_EQ(c.P9, 6000);
    CHECK_EQ(c.H4, 324);
    CHECK_EQ(c.H5, 50);
    CHECK_EQ(c.H6, 30);
    // power-on data: 0x80000 / 0x8000 ("no measurement yet")
    int32_t raw[3];
    double t, pr, h;
    bme_read(0x76, &c, &t, &pr, &h, raw);
    CHECK_EQ(raw[0], 0x80000);
    CHECK_EQ(raw[1], 0x80000);
    CHECK_EQ(raw[2], 0x8000);
    // forced mode, x1 oversampling: measuring for 1.25 + 2.3 + 2.875 + 2.875 = 9.3 ms
    CHECK_EQ(stub_i2c_write(0x76, (uint8_t[]){0xf2, 0x01, 0xf4, 0x25}, 4, true), 4);
    CHECK_EQ(reg8(0x76, 0xf3) & 0x08, 0x08);
    CHECK_EQ(reg8(0x76, 0xf2), 0x01);
    sim_clock_advance_to(9 * SIM_NS_PER_MS);
    CHECK_EQ(reg8(0x76, 0xf3) & 0x08, 0x08);
    sim_clock_advance_to(10 * SIM_NS_PER_MS);
    CHECK_EQ(reg8(0x76, 0xf3) & 0x08, 0);
    CHECK_EQ(reg8(0x76, 0xf4), 0x24);      // back to sleep
    bme_read(0x76, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, 25.0, 0.006);
    CHECK_NEAR(pr, 1013.25, 0.01);
    CHECK_NEAR(h, 50.0, 0.05);
    // new values need a new measurement
    CHECK_EQ(p->type->set_control(p, "temperature", -10.5), 0);
    CHECK_EQ(p->type->set_control(p, "pressure", 950.0), 0);
    CHECK_EQ(p->type->set_control(p, "humidity", 80.3), 0);
    CHECK_EQ(p->type->set_control(p, "altitude", 1.0), -1);
    bme_read(0x76, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, 25.0, 0.006);
    stub_i2c_write(0x76, (uint8_t[]){0xf4, 0x25}, 2, true);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    bme_read(0x76, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, -10.5, 0.006);
    CHECK_NEAR(pr, 950.0, 0.01);
    CHECK_NEAR(h, 80.3, 0.05);
    // extremes of the ranges
    p->type->set_control(p, "temperature", 85);
    p->type->set_control(p, "pressure", 300);
    p->type->set_control(p, "humidity", 100);
    stub_i2c_write(0x76, (uint8_t[]){0xf4, 0x25}, 2, true);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    bme_read(0x76, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, 85, 0.006);
    CHECK_NEAR(pr, 300, 0.01);
    CHECK_NEAR(h, 100, 0.05);
    // normal mode: once the first measurement is done, reads follow the controls
    stub_i2c_write(0x76, (uint8_t[]){0xf2, 0x05, 0xf4, 0xb7, 0xf5, 0xa0}, 6, true);
    CHECK_EQ(reg8(0x76, 0xf5), 0xa0);
    sim_clock_advance_to(sim_now() + 200 * SIM_NS_PER_MS);
    p->type->set_control(p, "temperature", 21.37);
    bme_read(0x76, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, 21.37, 0.006);
    CHECK_EQ(reg8(0x76, 0xf4), 0xb7);      // normal mode stays
    // skipped temperature (osrs_t = 0): 0x80000
    stub_i2c_write(0x76, (uint8_t[]){0xf4, 0x05}, 2, true);
    sim_clock_advance_to(sim_now() + 200 * SIM_NS_PER_MS);
    bme_read(0x76, &c, &t, &pr, &h, raw);
    CHECK_EQ(raw[0], 0x80000);
    // soft reset
    stub_i2c_write(0x76, (uint8_t[]){0xe0, 0xb6}, 2, true);
    CHECK_EQ(reg8(0x76, 0xf4), 0);
    CHECK_EQ(reg8(0x76, 0xf2), 0);
    CHECK_EQ(reg8(0x76, 0xd0), 0x60);
    // SDO wired high selects 0x77
    stub_world_reset();
    p = stub_part_new("board-bme280", "bme2", ATTRS("temperature", "30"));
    stub_wire(p, "SDO", 3);
    stub_rail(3, 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x77, 0xd0), 0x60);
    CHECK_EQ(stub_i2c_readfrom_mem(0x76, 0xd0, 8, &b, 1), -1);
    stub_i2c_write(0x77, (uint8_t[]){0xf4, 0x25}, 2, true);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    bme_read_cal(0x77, &c);
    bme_read(0x77, &c, &t, &pr, &h, NULL);
    CHECK_NEAR(t, 30, 0.006);
}


// ---------------------------------------------------------------------------------------------
// DHT22 / DHT11: the host's start pulse, then the sensor's pulses decoded from the net's edges.

static sim_ns_t edge_t[256];
static int edge_l[256], n_edges;

static void edge_watch(void *arg, int net, int level) {
    (void)arg;
    (void)net;
    if (n_edges < 256) {
        edge_t[n_edges] = sim_now();
        edge_l[n_edges++] = level;
    }
}

// Start signal of `low_us`, released to `release`; returns the number of bits decoded into out.
static int dht_transaction(sim_driver_t *host, sim_ns_t low_us, sim_drive_t release, uint8_t out[5]) {
    sim_driver_set(host, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + low_us * SIM_NS_PER_US);
    n_edges = 0;
    sim_driver_set(host, release);
    sim_ns_t t0 = sim_now();
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_MS);
    memset(out, 0, 5);
    // high phases: [rise, fall) pairs; the first edge is the host's own release
    int bits = -1;
    for (int i = 1; i + 1 < n_edges; i++) {
        if (edge_l[i] == 1 && edge_l[i + 1] == 0) {
            sim_ns_t w = edge_t[i + 1] - edge_t[i];
            if (bits < 0) {
                CHECK_EQ(w, 80 * SIM_NS_PER_US);        // preamble high
                CHECK_EQ(edge_t[i] - t0, 110 * SIM_NS_PER_US);
            } else if (bits < 40) {
                CHECK(w == 26 * SIM_NS_PER_US || w == 70 * SIM_NS_PER_US);
                out[bits / 8] |= (uint8_t)((w > 48 * SIM_NS_PER_US) << (7 - bits % 8));
            }
            bits++;
        }
    }
    return bits < 0 ? 0 : bits;
}

static void test_dht(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-dht22", "dht1", NULL);
    stub_wire(p, "SDA", 1);
    sim_driver_t *host = stub_mcu_pin("gpio15", 1);
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 1);                      // the module's pull-up
    sim_driver_set(host, SIM_DRIVE_PULL_UP);
    sim_clock_advance_to(250 * SIM_NS_PER_MS);
    uint8_t f[5], want[5];
    CHECK_EQ(dht_transaction(host, 18000, SIM_DRIVE_PULL_UP, f), 40);
    CHECK(sim_dht_frame(p, want));
    CHECK(memcmp(f, want, 5) == 0);
    CHECK(memcmp(f, (uint8_t[]){0x01, 0x90, 0x00, 0xf0, 0x81}, 5) == 0);   // 40.0 %, 24.0 C
    CHECK_EQ(sim_net_level(1), 1);
    // negative temperature: sign bit 15; a host without pull-up (released to Z) still reads
    CHECK_EQ(p->type->set_control(p, "temperature", -12.3), 0);
    CHECK_EQ(p->type->set_control(p, "humidity", 65.4), 0);
    CHECK_EQ(p->type->set_control(p, "pressure", 1), -1);
    sim_clock_advance_to(sim_now() + 2 * SIM_NS_PER_S);
    CHECK_EQ(dht_transaction(host, 1000, SIM_DRIVE_Z, f), 40);
    CHECK(memcmp(f, (uint8_t[]){0x02, 0x8e, 0x80, 0x7b, (uint8_t)(0x02 + 0x8e + 0x80 + 0x7b)}, 5) == 0);
    // a start pulse under 800 us is not a start
    CHECK_EQ(dht_transaction(host, 500, SIM_DRIVE_PULL_UP, f), 0);
    // DHT11: integer and decimal bytes
    stub_world_reset();
    p = stub_part_new("board-dht11", "dht2", ATTRS("temperature", "21.7", "humidity", "55"));
    stub_wire(p, "SDA", 1);
    host = stub_mcu_pin("gpio4", 1);
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    sim_driver_set(host, SIM_DRIVE_PULL_UP);
    CHECK_EQ(dht_transaction(host, 18000, SIM_DRIVE_PULL_UP, f), 40);
    CHECK(memcmp(f, (uint8_t[]){55, 0, 21, 7, 83}, 5) == 0);
}

static void test_bmp280(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-bmp280", "bmp1", ATTRS("i2cAddress", "0x77", "pressure", "987.65"));
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x77, 0xd0), 0x58);
    CHECK_EQ(p->type->set_control(p, "humidity", 10), -1);
    stub_i2c_write(0x77, (uint8_t[]){0xf2, 0x01, 0xf4, 0x27}, 4, true);
    CHECK_EQ(reg8(0x77, 0xf2), 0);
    sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_MS);
    bme_cal_t c;
    bme_read_cal(0x77, &c);
    CHECK_EQ(c.H2, 0);
    double t, pr, h;
    int32_t raw[3];
    bme_read(0x77, &c, &t, &pr, &h, raw);
    CHECK_NEAR(t, 25, 0.006);
    CHECK_NEAR(pr, 987.65, 0.01);
    CHECK_EQ(raw[2], 0);
}


// ---------------------------------------------------------------------------------------------
// Character LCD: MicroPython's i2c_lcd.py traffic (PCF8574: P0 RS, P1 RW, P2 E, P3 backlight,
// P4..P7 data), and the same controller on pins in 4-bit mode.

static void lcd_i2c_nibble(uint8_t addr, int rs, uint8_t nibble) {
    uint8_t b = (uint8_t)(0x08 | (rs ? 0x01 : 0) | (nibble << 4));
    uint8_t seq[2] = {(uint8_t)(b | 0x04), b};
    stub_i2c_write(addr, seq, 1, true);
    stub_i2c_write(addr, seq + 1, 1, true);
}

static void lcd_i2c_byte(uint8_t addr, int rs, uint8_t v) {
    lcd_i2c_nibble(addr, rs, v >> 4);
    lcd_i2c_nibble(addr, rs, v & 0x0f);
}

static void lcd_i2c_str(uint8_t addr, const char *s) {
    while (*s) {
        lcd_i2c_byte(addr, 1, (uint8_t)*s++);
    }
}

static void lcd_i2c_init(uint8_t addr) {
    stub_i2c_write(addr, (uint8_t[]){0}, 1, true);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    for (int i = 0; i < 3; i++) {
        lcd_i2c_nibble(addr, 0, 0x3);
        sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    }
    lcd_i2c_nibble(addr, 0, 0x2);
    uint8_t cmds[] = {0x08, 0x01, 0x06, 0x0c, 0x28};
    for (size_t i = 0; i < sizeof(cmds); i++) {
        lcd_i2c_byte(addr, 0, cmds[i]);
        sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    }
}

static void test_lcd(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-lcd1602", "lcd1", ATTRS("pins", "i2c"));
    stub_wire(p, "SDA", 1);
    stub_wire(p, "SCL", 2);
    CHECK(stub_part_init(p) == NULL);
    char row[32];
    sim_lcd_state_t st;
    CHECK(sim_lcd_state(p, &st));
    CHECK(st.eight_bit);
    CHECK(!st.display_on);
    lcd_i2c_init(0x27);
    sim_lcd_state(p, &st);
    CHECK(!st.eight_bit);
    CHECK(st.two_lines);
    CHECK(st.display_on);
    CHECK(!st.cursor_on);
    CHECK(st.backlight);
    lcd_i2c_str(0x27, "Hello, World!");
    lcd_i2c_byte(0x27, 0, 0x80 | 0x40);     // move_to(0, 1)
    lcd_i2c_str(0x27, "line 2");
    CHECK(sim_lcd_text(p, 0, row, sizeof(row)));
    CHECK(strcmp(row, "Hello, World!   ") == 0);
    sim_lcd_text(p, 1, row, sizeof(row));
    CHECK(strcmp(row, "line 2          ") == 0);
    CHECK(!sim_lcd_text(p, 2, row, sizeof(row)));
    // busy flag + address counter over the PCF8574: RW and E high, D4..D7 read back
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_MS);
    uint8_t v;
    stub_i2c_write(0x27, (uint8_t[]){0xf0 | 0x08 | 0x02 | 0x04}, 1, true);
    stub_i2c_read(0x27, &v, 1, true);
    CHECK_EQ(v >> 4, 0x4);                  // AC = 0x46: high nibble 4, not busy
    stub_i2c_write(0x27, (uint8_t[]){0xf0 | 0x08 | 0x02}, 1, true);
    stub_i2c_write(0x27, (uint8_t[]){0xf0 | 0x08 | 0x02 | 0x04}, 1, true);
    stub_i2c_read(0x27, &v, 1, true);
    CHECK_EQ(v >> 4, 0x6);                  // low nibble 6
    stub_i2c_write(0x27, (uint8_t[]){0xf0 | 0x08 | 0x02}, 1, true);
    sim_lcd_state(p, &st);
    CHECK_EQ(st.ac, 0x46);
    // a user character: CGRAM address 0x40 | (3 << 3), 8 rows, then shown at column 15
    static const uint8_t heart[8] = {0x00, 0x0a, 0x1f, 0x1f, 0x1f, 0x0e, 0x04, 0x00};
    lcd_i2c_byte(0x27, 0, 0x40 | (3 << 3));
    for (int i = 0; i < 8; i++) {
        lcd_i2c_byte(0x27, 1, heart[i]);
    }
    lcd_i2c_byte(0x27, 0, 0x80 | 15);
    lcd_i2c_byte(0x27, 1, 3);
    sim_lcd_state(p, &st);
    CHECK(memcmp(st.cgram + 24, heart, 8) == 0);
    sim_lcd_text(p, 0, row, sizeof(row));
    CHECK_EQ(row[15], 3);
    // display shift left by one
    lcd_i2c_byte(0x27, 0, 0x18);
    sim_lcd_text(p, 0, row, sizeof(row));
    CHECK(memcmp(row, "ello, World!  \x03 ", 16) == 0);
    // backlight off, display off, clear
    stub_i2c_write(0x27, (uint8_t[]){0x00}, 1, true);
    sim_lcd_state(p, &st);
    CHECK(!st.backlight);
    lcd_i2c_byte(0x27, 0, 0x08);
    sim_lcd_text(p, 0, row, sizeof(row));
    CHECK(strcmp(row, "                ") == 0);
    lcd_i2c_byte(0x27, 0, 0x0f);
    lcd_i2c_byte(0x27, 0, 0x01);
    sim_lcd_state(p, &st);
    CHECK(st.cursor_on && st.blink_on);
    CHECK_EQ(st.shift, 0);
    sim_lcd_text(p, 1, row, sizeof(row));
    CHECK(strcmp(row, "                ") == 0);
    // the address wraps from the end of line 1 (0x27) to line 2 (0x40)
    lcd_i2c_byte(0x27, 0, 0x80 | 0x27);
    lcd_i2c_str(0x27, "AB");
    sim_lcd_text(p, 1, row, sizeof(row));
    CHECK_EQ(row[0], 'B');
    // not on I2C in the default ("full") configuration; bad pins attr
    stub_world_reset();
    p = stub_part_new("wokwi-lcd1602", "lcd2", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(stub_i2c_write(0x27, (uint8_t[]){0}, 1, true), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-lcd1602", "lcd3", ATTRS("pins", "spi"));
    CHECK(stub_part_init(p) != NULL);
}

// The LiquidCrystal-style 4-bit wiring: RS, E, D4..D7 from the MCU, RW to GND.
static sim_driver_t *lcd_rs, *lcd_e, *lcd_d[4];

static void lcd_pins_nibble(int rs, uint8_t n) {
    sim_driver_set(lcd_rs, rs ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    for (int i = 0; i < 4; i++) {
        sim_driver_set(lcd_d[i], (n >> i) & 1 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    }
    sim_driver_set(lcd_e, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_US);
    sim_driver_set(lcd_e, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_US);
}

static void lcd_pins_byte(int rs, uint8_t v) {
    lcd_pins_nibble(rs, v >> 4);
    lcd_pins_nibble(rs, v & 0x0f);
}

static void test_lcd_pins(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-lcd2004", "lcd1", NULL);
    static const char *const dn[4] = {"D4", "D5", "D6", "D7"};
    stub_wire(p, "RS", 1);
    stub_wire(p, "E", 2);
    stub_wire(p, "RW", 3);
    sim_driver_t *rw = stub_mcu_pin("rw", 3);
    sim_driver_set(rw, SIM_DRIVE_LOW);
    lcd_rs = stub_mcu_pin("rs", 1);
    lcd_e = stub_mcu_pin("e", 2);
    for (int i = 0; i < 4; i++) {
        stub_wire(p, dn[i], 10 + i);
        lcd_d[i] = stub_mcu_pin(dn[i], 10 + i);
    }
    sim_driver_set(lcd_e, SIM_DRIVE_LOW);
    CHECK(stub_part_init(p) == NULL);
    for (int i = 0; i < 3; i++) {
        lcd_pins_nibble(0, 0x3);
    }
    lcd_pins_nibble(0, 0x2);
    uint8_t cmds[] = {0x28, 0x0c, 0x01, 0x06};
    for (size_t i = 0; i < sizeof(cmds); i++) {
        lcd_pins_byte(0, cmds[i]);
    }
    sim_clock_advance_to(sim_now() + 2 * SIM_NS_PER_MS);
    static const uint8_t rows[4] = {0x00, 0x40, 0x14, 0x54};
    static const char *const text[4] = {"first row", "second row", "third row", "fourth row!"};
    for (int r = 0; r < 4; r++) {
        lcd_pins_byte(0, (uint8_t)(0x80 | rows[r]));
        for (const char *c = text[r]; *c; c++) {
            lcd_pins_byte(1, (uint8_t)*c);
        }
    }
    char row[32];
    for (int r = 0; r < 4; r++) {
        CHECK(sim_lcd_text(p, r, row, sizeof(row)));
        CHECK_EQ(strlen(row), 20);
        CHECK(strncmp(row, text[r], strlen(text[r])) == 0);
    }
    // a read on the pins: RW high, E high, the LCD drives D4..D7 with BF|AC, high nibble first
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_MS);
    lcd_pins_byte(0, 0x80 | 0x5a);
    for (int i = 0; i < 4; i++) {
        sim_driver_set(lcd_d[i], SIM_DRIVE_Z);
    }
    sim_driver_set(lcd_rs, SIM_DRIVE_LOW);
    sim_driver_set(rw, SIM_DRIVE_HIGH);
    uint8_t got = 0;
    for (int half = 0; half < 2; half++) {
        sim_driver_set(lcd_e, SIM_DRIVE_HIGH);
        uint8_t n = 0;
        for (int i = 0; i < 4; i++) {
            n |= (uint8_t)(sim_net_level(10 + i) << i);
            CHECK(!sim_net_floating(10 + i));
        }
        got = (uint8_t)(got << 4 | n);
        sim_driver_set(lcd_e, SIM_DRIVE_LOW);
    }
    CHECK_EQ(got, 0x5a);
    sim_driver_set(rw, SIM_DRIVE_LOW);
    CHECK(sim_net_floating(10));            // released after the read
    stub_world_reset();
}


// ---------------------------------------------------------------------------------------------
// ILI9341: Adafruit-style init over SPI with D/C, windows, MADCTL orientations, colour modes.

static sim_driver_t *tft_dc, *tft_cs;

static void tft_cmd(uint8_t c, const uint8_t *args, size_t n) {
    sim_driver_set(tft_cs, SIM_DRIVE_LOW);
    sim_driver_set(tft_dc, SIM_DRIVE_LOW);
    stub_spi_byte(c);
    sim_driver_set(tft_dc, SIM_DRIVE_HIGH);
    stub_spi_write(args, n);
    sim_driver_set(tft_cs, SIM_DRIVE_HIGH);
}

static void tft_window(int x0, int x1, int y0, int y1) {
    tft_cmd(0x2a, (uint8_t[]){(uint8_t)(x0 >> 8), (uint8_t)x0, (uint8_t)(x1 >> 8), (uint8_t)x1}, 4);
    tft_cmd(0x2b, (uint8_t[]){(uint8_t)(y0 >> 8), (uint8_t)y0, (uint8_t)(y1 >> 8), (uint8_t)y1}, 4);
}

static void tft_fill(uint16_t color, int n) {
    sim_driver_set(tft_cs, SIM_DRIVE_LOW);
    sim_driver_set(tft_dc, SIM_DRIVE_LOW);
    stub_spi_byte(0x2c);
    sim_driver_set(tft_dc, SIM_DRIVE_HIGH);
    for (int i = 0; i < n; i++) {
        stub_spi_byte((uint8_t)(color >> 8));
        stub_spi_byte((uint8_t)color);
    }
    sim_driver_set(tft_cs, SIM_DRIVE_HIGH);
}

static uint32_t shot_px(sim_part_t *p, int x, int y) {
    sim_image_t img;
    if (!p->type->screenshot(p, &img)) {
        return 0xdeadbeef;
    }
    const uint8_t *o = img.rgba + 4 * (y * img.width + x);
    uint32_t v = (uint32_t)o[0] << 24 | (uint32_t)o[1] << 16 | (uint32_t)o[2] << 8 | o[3];
    free(img.rgba);
    return v;
}

static sim_part_t *new_tft(const sim_json_t *attrs) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-ili9341", "tft", attrs);
    stub_wire(p, "SCK", 1);
    stub_wire(p, "MOSI", 2);
    stub_wire(p, "D/C", 3);
    stub_wire(p, "CS", 4);
    stub_wire(p, "RST", 5);
    tft_dc = stub_mcu_pin("dc", 3);
    tft_cs = stub_mcu_pin("cs", 4);
    sim_driver_set(tft_cs, SIM_DRIVE_HIGH);
    stub_rail(5, 1);
    CHECK(stub_part_init(p) == NULL);
    tft_cmd(0x01, NULL, 0);
    tft_cmd(0x11, NULL, 0);
    tft_cmd(0x3a, (uint8_t[]){0x55}, 1);
    tft_cmd(0x36, (uint8_t[]){0x48}, 1);
    tft_cmd(0xc0, (uint8_t[]){0x23}, 1);    // power control: accepted, ignored
    tft_cmd(0x29, NULL, 0);
    return p;
}

static void test_ili9341(void) {
    sim_part_t *p = new_tft(NULL);
    sim_image_t img;
    CHECK(p->type->screenshot(p, &img));
    CHECK_EQ(img.width, 240);
    CHECK_EQ(img.height, 320);
    free(img.rgba);
    // a 10x10 red square at (10, 20)
    tft_window(10, 19, 20, 29);
    tft_fill(0xf800, 100);
    CHECK_EQ(shot_px(p, 10, 20), 0xff0000ff);
    CHECK_EQ(shot_px(p, 19, 29), 0xff0000ff);
    CHECK_EQ(shot_px(p, 20, 29), 0x000000ff);
    CHECK_EQ(shot_px(p, 10, 30), 0x000000ff);
    // the 101st pixel wraps to the window's start
    tft_fill(0x07e0, 101);
    CHECK_EQ(shot_px(p, 10, 20), 0x00ff00ff);
    // ID read: D3 -> dummy, 00, 93, 41 on MISO
    sim_driver_set(tft_cs, SIM_DRIVE_LOW);
    sim_driver_set(tft_dc, SIM_DRIVE_LOW);
    stub_spi_byte(0xd3);
    sim_driver_set(tft_dc, SIM_DRIVE_HIGH);
    uint8_t id[4];
    for (int i = 0; i < 4; i++) {
        id[i] = stub_spi_byte(0x00);
    }
    sim_driver_set(tft_cs, SIM_DRIVE_HIGH);
    CHECK(memcmp(id + 1, (uint8_t[]){0x00, 0x93, 0x41}, 3) == 0);
    // landscape (MV | BGR): logical (0, 0) is the panel's top right; 320 logical columns
    tft_cmd(0x36, (uint8_t[]){0x28}, 1);
    tft_window(0, 319, 0, 0);
    tft_fill(0x001f, 320);
    CHECK_EQ(shot_px(p, 239, 0), 0x0000ffff);
    CHECK_EQ(shot_px(p, 239, 319), 0x0000ffff);
    // rotation 2 (MY | BGR): 180 degrees
    tft_cmd(0x36, (uint8_t[]){0x88}, 1);
    tft_window(0, 0, 0, 0);
    tft_fill(0xffff, 1);
    CHECK_EQ(shot_px(p, 239, 319), 0xffffffff);
    // BGR clear: red data shows blue
    tft_cmd(0x36, (uint8_t[]){0x40}, 1);
    tft_window(100, 100, 100, 100);
    tft_fill(0xf800, 1);
    CHECK_EQ(shot_px(p, 100, 100), 0x0000ffff);
    // 18-bit pixels
    tft_cmd(0x36, (uint8_t[]){0x48}, 1);
    tft_cmd(0x3a, (uint8_t[]){0x66}, 1);
    tft_window(5, 5, 5, 5);
    tft_cmd(0x2c, (uint8_t[]){0xfc, 0x00, 0x80}, 3);
    CHECK_EQ(shot_px(p, 5, 5), 0xff0082ff);
    // inversion, display off, sleep
    tft_cmd(0x21, NULL, 0);
    CHECK_EQ(shot_px(p, 5, 5), 0x00ff7dff);
    tft_cmd(0x20, NULL, 0);
    tft_cmd(0x28, NULL, 0);
    CHECK_EQ(shot_px(p, 5, 5), 0x000000ff);
    tft_cmd(0x29, NULL, 0);
    tft_cmd(0x10, NULL, 0);
    CHECK_EQ(shot_px(p, 5, 5), 0x000000ff);
    tft_cmd(0x11, NULL, 0);
    CHECK_EQ(shot_px(p, 5, 5), 0xff0082ff);
    // vertical scrolling: the whole screen as scroll area, start at memory row 5
    tft_cmd(0x33, (uint8_t[]){0, 0, 0x01, 0x40, 0, 0}, 6);
    tft_cmd(0x37, (uint8_t[]){0, 5}, 2);
    CHECK_EQ(shot_px(p, 5, 0), 0xff0082ff);
    tft_cmd(0x37, (uint8_t[]){0, 0}, 2);
    // bytes with CS high are not for the panel
    sim_driver_set(tft_dc, SIM_DRIVE_LOW);
    stub_spi_byte(0x28);
    CHECK_EQ(shot_px(p, 5, 5), 0xff0082ff);
    // RST low: registers reset (asleep, display off), frame memory kept
    sim_part_t *tp = p;
    tp->type->pin_changed(tp, sim_part_pin_index(tp, "RST"), 0);
    CHECK_EQ(shot_px(p, 5, 5), 0x000000ff);
    tp->type->pin_changed(tp, sim_part_pin_index(tp, "RST"), 1);
    tft_cmd(0x11, NULL, 0);
    tft_cmd(0x29, NULL, 0);
    CHECK_EQ(shot_px(p, 5, 5), 0xff0082ff);
    // flip attrs mirror the screenshot
    p = new_tft(ATTRS("flipHorizontal", "1", "flipVertical", "1"));
    tft_window(0, 0, 0, 0);
    tft_fill(0xffff, 1);
    CHECK_EQ(shot_px(p, 239, 319), 0xffffffff);
    CHECK_EQ(shot_px(p, 0, 0), 0x000000ff);
}


// ---------------------------------------------------------------------------------------------
// Small parts: slide switch, relay, RGB LED, LDR, joystick, PIR, buzzer.

static void test_slide_switch_relay(void) {
    // 2 (common) on an input with pull-up, 1 on GND, 3 on 3V3
    stub_world_reset();
    sim_part_t *s = stub_part_new("wokwi-slide-switch", "sw1", NULL);
    stub_wire(s, "1", 1);
    stub_wire(s, "2", 2);
    stub_wire(s, "3", 3);
    stub_rail(1, 0);
    stub_rail(3, 1);
    sim_driver_t *in = stub_mcu_pin("gpio5", 2);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK(stub_part_init(s) == NULL);
    CHECK_EQ(sim_net_level(2), 0);          // left: 2-1 (GND)
    CHECK_EQ(s->type->set_control(s, "value", 1), 0);
    CHECK_EQ(sim_net_level(2), 1);          // right: 2-3 (3V3)
    sim_driver_set(in, SIM_DRIVE_PULL_DOWN);
    CHECK_EQ(sim_net_level(2), 1);
    s->type->set_control(s, "value", 0);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(s->type->set_control(s, "position", 0), -1);
    stub_world_reset();
    s = stub_part_new("wokwi-slide-switch", "sw2", ATTRS("value", "1"));
    stub_wire(s, "2", 2);
    stub_wire(s, "3", 3);
    stub_rail(3, 1);
    CHECK(stub_part_init(s) == NULL);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK(!sim_net_floating(2));
    // relay: IN from a GPIO; COM on 3V3; NC and NO to two LEDs' anodes
    stub_world_reset();
    sim_part_t *r = stub_part_new("wokwi-relay-module", "rly", NULL);
    sim_part_t *l1 = stub_part_new("wokwi-led", "l1", NULL);
    sim_part_t *l2 = stub_part_new("wokwi-led", "l2", NULL);
    stub_wire(r, "IN", 1);
    stub_wire(r, "COM", 2);
    stub_wire(r, "NC", 3);
    stub_wire(r, "NO", 4);
    stub_wire(l1, "A", 3);
    stub_wire(l1, "C", 5);
    stub_wire(l2, "A", 4);
    stub_wire(l2, "C", 5);
    stub_rail(2, 1);
    stub_rail(5, 0);
    sim_driver_t *ctl = stub_mcu_pin("gpio26", 1);
    CHECK(stub_part_init(r) == NULL);
    CHECK(stub_part_init(l1) == NULL);
    CHECK(stub_part_init(l2) == NULL);
    CHECK(!sim_relay_on(r));
    CHECK(sim_led_lit(l1));
    CHECK(!sim_led_lit(l2));
    sim_driver_set(ctl, SIM_DRIVE_HIGH);
    CHECK(sim_relay_on(r));
    CHECK(!sim_led_lit(l1));
    CHECK(sim_led_lit(l2));
    CHECK(sim_net_floating(3));
    sim_driver_set(ctl, SIM_DRIVE_LOW);
    CHECK(sim_led_lit(l1));
    CHECK(!sim_led_lit(l2));
}

static void test_rgb_ldr_joy(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-rgb-led", "rgb", NULL);
    stub_wire(p, "R", 1);
    stub_wire(p, "G", 2);
    stub_wire(p, "B", 3);
    stub_wire(p, "COM", 4);
    sim_driver_t *r = stub_mcu_pin("r", 1), *g = stub_mcu_pin("g", 2), *b = stub_mcu_pin("b", 3);
    stub_rail(4, 1);                        // common anode on 3V3
    sim_driver_set(r, SIM_DRIVE_HIGH);
    sim_driver_set(g, SIM_DRIVE_LOW);
    sim_driver_set(b, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_rgb_led_brightness(p, 0), 0.0, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 1), 1.0, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 2), 0.0, 1e-9);
    sim_part_pwm(p, 0, 1000, 0.25);        // anode: lit while low, 75 %
    CHECK_NEAR(sim_rgb_led_brightness(p, 0), 0.75, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 3), 0.0, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-rgb-led", "rgb2", ATTRS("common", "cathode"));
    stub_wire(p, "B", 3);
    stub_wire(p, "COM", 4);
    stub_rail(4, 0);
    b = stub_mcu_pin("b", 3);
    CHECK(stub_part_init(p) == NULL);
    sim_driver_set(b, SIM_DRIVE_HIGH);
    CHECK_NEAR(sim_rgb_led_brightness(p, 2), 1.0, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-rgb-led", "rgb3", ATTRS("common", "both"));
    CHECK(stub_part_init(p) != NULL);
    // LDR: Wokwi's table at 5 V scaled to 3.3 V: 10 lux -> 50 kOhm -> 3.3 * 50 / 60
    stub_world_reset();
    p = stub_part_new("wokwi-photoresistor-sensor", "ldr", ATTRS("lux", "10", "threshold", "1.5"));
    stub_wire(p, "AO", 1);
    stub_wire(p, "DO", 2);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 3.3 * 50.0 / 60.0, 1e-6);
    CHECK_EQ(sim_net_level(2), 1);          // dark
    CHECK_EQ(p->type->set_control(p, "lux", 1000), 0);
    double rr = 50000.0 * pow(0.01, 0.7);
    CHECK_NEAR(sim_net_voltage(1), 3.3 * rr / (rr + 10000.0), 1e-6);
    CHECK_EQ(sim_net_level(2), 0);          // light
    CHECK_EQ(p->type->set_control(p, "value", 1), -1);
    // joystick: centre, then top-left, pressed
    stub_world_reset();
    p = stub_part_new("wokwi-analog-joystick", "joy", NULL);
    stub_wire(p, "VERT", 1);
    stub_wire(p, "HORZ", 2);
    stub_wire(p, "SEL", 3);
    sim_driver_t *sel = stub_mcu_pin("sel", 3);
    sim_driver_set(sel, SIM_DRIVE_PULL_UP);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC / 2, 1e-9);
    CHECK_NEAR(sim_net_voltage(2), SIM_VCC / 2, 1e-9);
    CHECK_EQ(sim_net_level(3), 1);
    p->type->set_control(p, "x", 1);
    p->type->set_control(p, "y", 1);
    p->type->set_control(p, "pressed", 1);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC, 1e-9);
    CHECK_NEAR(sim_net_voltage(2), SIM_VCC, 1e-9);
    CHECK_EQ(sim_net_level(3), 0);
    p->type->set_control(p, "y", -1);
    CHECK_NEAR(sim_net_voltage(1), 0, 1e-9);
    p->type->set_control(p, "pressed", 0);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK_EQ(p->type->set_control(p, "z", 0), -1);
}

static void test_pir_buzzer(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-pir-motion-sensor", "pir", ATTRS("delayTime", "2", "inhibitTime", "1"));
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(p->type->set_control(p, "motion", 1), 0);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(1500 * SIM_NS_PER_MS);
    p->type->set_control(p, "motion", 1);  // retrigger: high until 3.5 s
    sim_clock_advance_to(3400 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(3600 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 0);
    p->type->set_control(p, "motion", 1);  // inhibited until 4.5 s
    CHECK_EQ(sim_net_level(1), 0);
    sim_clock_advance_to(4600 * SIM_NS_PER_MS);
    p->type->set_control(p, "motion", 1);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(p->type->set_control(p, "pressed", 1), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-pir-motion-sensor", "pir2", ATTRS("retrigger", "0"));
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    p->type->set_control(p, "motion", 1);
    sim_clock_advance_to(2 * SIM_NS_PER_S);
    p->type->set_control(p, "motion", 1);  // no retrigger: falls at 3 s
    sim_clock_advance_to(3100 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 0);
    // buzzer: a 440 Hz square wave on pin 2, pin 1 on GND
    stub_world_reset();
    p = stub_part_new("wokwi-buzzer", "bz", NULL);
    stub_wire(p, "1", 1);
    stub_wire(p, "2", 2);
    stub_rail(1, 0);
    sim_driver_t *d = stub_mcu_pin("gpio25", 2);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
    sim_ns_t half = SIM_NS_PER_S / 880;
    for (int i = 0; i < 10; i++) {
        sim_driver_set(d, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + half);
        sim_driver_set(d, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + half);
    }
    CHECK_NEAR(sim_buzzer_freq(p), 440, 0.5);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
    sim_part_pwm(p, 1, 262, 0.5);
    CHECK_NEAR(sim_buzzer_freq(p), 262, 1e-9);
    sim_part_pwm(p, 1, 262, 0);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
}


// MAX7219 chain of 4, driven like MicroPython's max7219 driver: per row, one frame per unit,
// the leftmost unit's first, then CS high.
static void max_frame_row(sim_driver_t *cs, uint8_t reg, const uint8_t v[4]) {
    sim_driver_set(cs, SIM_DRIVE_LOW);
    for (int m = 0; m < 4; m++) {
        stub_spi_byte(reg);
        stub_spi_byte(v[m]);
    }
    sim_driver_set(cs, SIM_DRIVE_HIGH);
}

static void test_max7219(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-max7219-matrix", "mx", ATTRS("chain", "4"));
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DIN", 2);
    stub_wire(p, "CS", 3);
    sim_driver_t *cs = stub_mcu_pin("cs", 3);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(p) == NULL);
    sim_image_t img;
    CHECK(p->type->screenshot(p, &img));
    CHECK_EQ(img.width, 32);
    CHECK_EQ(img.height, 8);
    free(img.rgba);
    CHECK_EQ(shot_lit(p), 0);               // power-on: shut down
    static const uint8_t same[5][2] = {{0x0f, 0}, {0x0b, 7}, {0x09, 0}, {0x0c, 1}, {0x0a, 3}};
    for (int i = 0; i < 5; i++) {
        uint8_t v[4] = {same[i][1], same[i][1], same[i][1], same[i][1]};
        max_frame_row(cs, same[i][0], v);
    }
    CHECK_EQ(shot_lit(p), 0);
    // row 0: leftmost unit 0x80 (its left column), rightmost unit 0x01 (its right column)
    max_frame_row(cs, 1, (uint8_t[]){0x80, 0x00, 0x00, 0x01});
    max_frame_row(cs, 8, (uint8_t[]){0x00, 0xff, 0x00, 0x00});
    CHECK_EQ(shot_lit(p), 10);
    CHECK_EQ(shot_px(p, 0, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 31, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 8, 7), 0xff0000ff);
    CHECK_EQ(shot_px(p, 15, 7), 0xff0000ff);
    CHECK_EQ(shot_px(p, 16, 7), 0x000000ff);
    // scan limit 3 hides row 7; display test lights one unit; shutdown darkens another
    max_frame_row(cs, 0x0b, (uint8_t[]){3, 3, 3, 3});
    CHECK_EQ(shot_lit(p), 2);
    max_frame_row(cs, 0x0f, (uint8_t[]){0, 0, 1, 0});
    CHECK_EQ(shot_lit(p), 2 + 64);
    max_frame_row(cs, 0x00, (uint8_t[]){0, 0, 0, 0});   // no-ops change nothing
    CHECK_EQ(shot_lit(p), 2 + 64);
    max_frame_row(cs, 0x0c, (uint8_t[]){0, 1, 1, 1});
    CHECK_EQ(shot_lit(p), 1 + 64);
    // bytes with CS high are ignored by the stub's SPI (the bus layer), as on the chip
    stub_world_reset();
    p = stub_part_new("wokwi-max7219-matrix", "mx2", ATTRS("chain", "0"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();
    p = stub_part_new("wokwi-max7219-matrix", "mx3", ATTRS("color", "#00ff80"));
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DIN", 2);
    stub_wire(p, "CS", 3);
    cs = stub_mcu_pin("cs", 3);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(p) == NULL);
    sim_driver_set(cs, SIM_DRIVE_LOW);
    stub_spi_write((uint8_t[]){0x0f, 0x01}, 2);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    CHECK_EQ(shot_px(p, 3, 3), 0x00ff80ff);
    stub_world_reset();
    p = stub_part_new("wokwi-max7219-matrix", "mx4", ATTRS("color", "mauve"));
    CHECK(stub_part_init(p) != NULL);
}


// ---------------------------------------------------------------------------------------------
// DS18B20: a 1-Wire master with MicroPython's slot timings (open drain with pull-up: LOW or
// released to the pull-up).

static sim_driver_t *ow;
static int ow_net;

static bool ow_reset(void) {
    sim_driver_set(ow, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 480 * SIM_NS_PER_US);
    sim_driver_set(ow, SIM_DRIVE_PULL_UP);
    sim_clock_advance_to(sim_now() + 70 * SIM_NS_PER_US);
    bool presence = sim_net_level(ow_net) == 0;
    sim_clock_advance_to(sim_now() + 410 * SIM_NS_PER_US);
    return presence;
}

static void ow_write_bit(int b) {
    sim_driver_set(ow, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + (b ? 1 : 60) * SIM_NS_PER_US);
    sim_driver_set(ow, SIM_DRIVE_PULL_UP);
    sim_clock_advance_to(sim_now() + (b ? 64 : 5) * SIM_NS_PER_US);
}

static int ow_read_bit(void) {
    sim_driver_set(ow, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_US);
    sim_driver_set(ow, SIM_DRIVE_PULL_UP);
    sim_clock_advance_to(sim_now() + 9 * SIM_NS_PER_US);
    int v = sim_net_level(ow_net);
    sim_clock_advance_to(sim_now() + 55 * SIM_NS_PER_US);
    return v;
}

static void ow_write_byte(uint8_t v) {
    for (int i = 0; i < 8; i++) {
        ow_write_bit((v >> i) & 1);
    }
}

static uint8_t ow_read_byte(void) {
    uint8_t v = 0;
    for (int i = 0; i < 8; i++) {
        v |= (uint8_t)(ow_read_bit() << i);
    }
    return v;
}

// Dallas CRC-8, written independently of the part's.
static uint8_t test_crc8(const uint8_t *d, size_t n) {
    uint8_t crc = 0;
    for (size_t i = 0; i < n; i++) {
        for (int b = 0; b < 8; b++) {
            int x = ((crc ^ (d[i] >> b)) & 1);
            crc = (uint8_t)(crc >> 1);
            if (x) {
                crc ^= 0x8c;
            }
        }
    }
    return crc;
}

// The search algorithm of Maxim's application note 187; cmd 0xF0 (all) or 0xEC (alarm).
static int ow_search(uint8_t cmd, uint8_t roms[][8], int max) {
    int n = 0, last_disc = 0;
    uint8_t rom[8] = {0};
    for (;;) {
        if (n >= max || !ow_reset()) {
            return n;
        }
        ow_write_byte(cmd);
        int last_zero = 0;
        for (int bit = 1; bit <= 64; bit++) {
            int b = ow_read_bit(), cb = ow_read_bit();
            if (b && cb) {
                return n;
            }
            int dir;
            if (b != cb) {
                dir = b;
            } else {
                dir = bit < last_disc ? (rom[(bit - 1) / 8] >> ((bit - 1) % 8)) & 1 : bit == last_disc;
                if (!dir) {
                    last_zero = bit;
                }
            }
            rom[(bit - 1) / 8] = (uint8_t)((rom[(bit - 1) / 8] & ~(1 << ((bit - 1) % 8))) | (dir << ((bit - 1) % 8)));
            ow_write_bit(dir);
        }
        memcpy(roms[n++], rom, 8);
        last_disc = last_zero;
        if (last_disc == 0) {
            return n;
        }
    }
}

static void ow_read_scratch(const uint8_t *rom, uint8_t sp[9]) {
    CHECK(ow_reset());
    if (rom) {
        ow_write_byte(0x55);
        for (int i = 0; i < 8; i++) {
            ow_write_byte(rom[i]);
        }
    } else {
        ow_write_byte(0xcc);
    }
    ow_write_byte(0xbe);
    for (int i = 0; i < 9; i++) {
        sp[i] = ow_read_byte();
    }
}

static void test_ds18b20(void) {
    stub_world_reset();
    ow_net = 7;
    sim_part_t *p = stub_part_new("wokwi-ds18b20", "t1", NULL);
    stub_wire(p, "DQ", ow_net);
    ow = stub_mcu_pin("gpio4", ow_net);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(ow_net), 1);     // the part's pull-up
    sim_clock_advance_to(1 * SIM_NS_PER_MS);
    // read ROM
    CHECK(ow_reset());
    ow_write_byte(0x33);
    uint8_t rom[8];
    for (int i = 0; i < 8; i++) {
        rom[i] = ow_read_byte();
    }
    CHECK(memcmp(rom, (uint8_t[]){0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06}, 7) == 0);
    CHECK_EQ(rom[7], test_crc8(rom, 7));
    CHECK_EQ(sim_onewire_crc8(rom, 7), rom[7]);
    // power-on scratchpad: 85 C, TH 75, TL 70, 12 bits
    uint8_t sp[9];
    ow_read_scratch(NULL, sp);
    CHECK(memcmp(sp, (uint8_t[]){0x50, 0x05, 0x4b, 0x46, 0x7f, 0xff, 0x0c, 0x10}, 8) == 0);
    CHECK_EQ(sp[8], test_crc8(sp, 8));
    // convert: busy (0) for 750 ms, then 1; the temperature is 22.0 = 0x0160
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x44);
    CHECK_EQ(ow_read_bit(), 0);
    sim_clock_advance_to(sim_now() + 740 * SIM_NS_PER_MS);
    CHECK_EQ(ow_read_bit(), 0);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    CHECK_EQ(ow_read_bit(), 1);
    ow_read_scratch(NULL, sp);
    CHECK_EQ(sp[0], 0x60);
    CHECK_EQ(sp[1], 0x01);
    CHECK_EQ(sp[8], test_crc8(sp, 8));
    // 9-bit resolution, negative temperature: -10.125 reads -10.5 (0xFF58) after 93.75 ms
    CHECK_EQ(p->type->set_control(p, "temperature", -10.125), 0);
    CHECK_EQ(p->type->set_control(p, "humidity", 1), -1);
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x4e);
    ow_write_byte(30);
    ow_write_byte((uint8_t)-20);
    ow_write_byte(0x1f);
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x44);
    sim_clock_advance_to(sim_now() + 90 * SIM_NS_PER_MS);
    CHECK_EQ(ow_read_bit(), 0);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    CHECK_EQ(ow_read_bit(), 1);
    ow_read_scratch(NULL, sp);
    CHECK_EQ(sp[0], 0x58);
    CHECK_EQ(sp[1], 0xff);
    CHECK_EQ(sp[2], 30);
    CHECK_EQ(sp[3], (uint8_t)-20);
    CHECK_EQ(sp[4], 0x1f);
    // copy to EEPROM, change the scratchpad, recall
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x48);
    CHECK_EQ(ow_read_bit(), 0);
    sim_clock_advance_to(sim_now() + 11 * SIM_NS_PER_MS);
    CHECK_EQ(ow_read_bit(), 1);
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x4e);
    ow_write_byte(1);
    ow_write_byte(2);
    ow_write_byte(0x7f);
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0xb8);
    ow_read_scratch(NULL, sp);
    CHECK_EQ(sp[2], 30);
    CHECK_EQ(sp[4], 0x1f);
    // power supply: external
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0xb4);
    CHECK_EQ(ow_read_bit(), 1);
    // no device: no presence
    stub_world_reset();
    ow = stub_mcu_pin("gpio4", ow_net);
    sim_driver_set(ow, SIM_DRIVE_PULL_UP);
    CHECK(!ow_reset());
    // two sensors on one line: search finds both, match ROM selects one, alarm search
    stub_world_reset();
    sim_part_t *a = stub_part_new("wokwi-ds18b20", "ta", ATTRS("deviceID", "111111111111", "temperature", "20"));
    sim_part_t *b = stub_part_new("wokwi-ds18b20", "tb", ATTRS("deviceID", "a0b1c2d3e4f5", "temperature", "90"));
    stub_wire(a, "DQ", ow_net);
    stub_wire(b, "DQ", ow_net);
    ow = stub_mcu_pin("gpio4", ow_net);
    CHECK(stub_part_init(a) == NULL);
    CHECK(stub_part_init(b) == NULL);
    sim_clock_advance_to(1 * SIM_NS_PER_MS);
    uint8_t found[4][8], ra[8], rb[8];
    CHECK(sim_ds18b20_rom(a, ra));
    CHECK(sim_ds18b20_rom(b, rb));
    CHECK_EQ(ow_search(0xf0, found, 4), 2);
    CHECK((memcmp(found[0], ra, 8) == 0 && memcmp(found[1], rb, 8) == 0)
          || (memcmp(found[0], rb, 8) == 0 && memcmp(found[1], ra, 8) == 0));
    CHECK(ow_reset());
    ow_write_byte(0xcc);
    ow_write_byte(0x44);
    sim_clock_advance_to(sim_now() + 800 * SIM_NS_PER_MS);
    ow_read_scratch(rb, sp);
    CHECK_EQ(sp[0] | sp[1] << 8, 90 * 16);
    CHECK_EQ(sp[8], test_crc8(sp, 8));
    ow_read_scratch(ra, sp);
    CHECK_EQ(sp[0] | sp[1] << 8, 20 * 16);
    // alarm search: 90 C is above TH (75), 20 C is inside 70..75? no: 20 <= TL (70): both alarm
    CHECK_EQ(ow_search(0xec, found, 4), 2);
    // raise a's TL below 20: only b alarms
    CHECK(ow_reset());
    ow_write_byte(0x55);
    for (int i = 0; i < 8; i++) {
        ow_write_byte(ra[i]);
    }
    ow_write_byte(0x4e);
    ow_write_byte(75);
    ow_write_byte(10);
    ow_write_byte(0x7f);
    CHECK_EQ(ow_search(0xec, found, 4), 1);
    CHECK(memcmp(found[0], rb, 8) == 0);
    // attrs
    stub_world_reset();
    p = stub_part_new("wokwi-ds18b20", "bad", ATTRS("deviceID", "12345"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();
    p = stub_part_new("wokwi-ds18b20", "bad2", ATTRS("familyCode", "2g"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();
    p = stub_part_new("wokwi-ds18b20", "fam", ATTRS("familyCode", "10", "deviceID", "FFEEDDCCBBAA"));
    CHECK(stub_part_init(p) == NULL);
    CHECK(sim_ds18b20_rom(p, rom));
    CHECK(memcmp(rom, (uint8_t[]){0x10, 0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa}, 7) == 0);
}


// ---------------------------------------------------------------------------------------------
// Keypad, 74HC595, KY-040, HX711.

static void test_keypad(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-membrane-keypad", "kp", NULL);
    static const char *const names[8] = {"R1", "R2", "R3", "R4", "C1", "C2", "C3", "C4"};
    sim_driver_t *d[8];
    for (int i = 0; i < 8; i++) {
        stub_wire(p, names[i], 10 + i);
        d[i] = stub_mcu_pin(names[i], 10 + i);
    }
    CHECK(stub_part_init(p) == NULL);
    // rows driven high, one low at a time; columns inputs with pull-ups
    for (int c = 0; c < 4; c++) {
        sim_driver_set(d[4 + c], SIM_DRIVE_PULL_UP);
    }
    for (int r = 0; r < 4; r++) {
        sim_driver_set(d[r], SIM_DRIVE_HIGH);
    }
    CHECK_EQ(p->type->set_control(p, "6", 1), 0);       // row 2, column 3
    int found = -1;
    for (int r = 0; r < 4; r++) {
        sim_driver_set(d[r], SIM_DRIVE_LOW);
        for (int c = 0; c < 4; c++) {
            if (sim_net_level(14 + c) == 0) {
                found = r * 4 + c;
            }
        }
        sim_driver_set(d[r], SIM_DRIVE_HIGH);
    }
    CHECK_EQ(found, 6);
    p->type->set_control(p, "6", 0);
    sim_driver_set(d[1], SIM_DRIVE_LOW);
    CHECK_EQ(sim_net_level(16), 1);
    sim_driver_set(d[1], SIM_DRIVE_HIGH);
    CHECK_EQ(p->type->set_control(p, "E", 1), -1);
    // 3 columns: no D key
    stub_world_reset();
    p = stub_part_new("wokwi-membrane-keypad", "kp3", ATTRS("columns", "3"));
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(p->type->set_control(p, "D", 1), -1);
    CHECK_EQ(p->type->set_control(p, "#", 1), 0);
    stub_world_reset();
    p = stub_part_new("wokwi-membrane-keypad", "kp5", ATTRS("columns", "5"));
    CHECK(stub_part_init(p) != NULL);
}

static void test_74hc595(void) {
    // two chips chained: Q7S of the first into DS of the second; shiftOut MSB first
    stub_world_reset();
    sim_part_t *a = stub_part_new("wokwi-74hc595", "sr1", NULL);
    sim_part_t *b = stub_part_new("wokwi-74hc595", "sr2", NULL);
    stub_wire(a, "DS", 1);
    stub_wire(a, "SHCP", 2);
    stub_wire(a, "STCP", 3);
    stub_wire(a, "Q7S", 4);
    stub_wire(b, "DS", 4);
    stub_wire(b, "SHCP", 2);
    stub_wire(b, "STCP", 3);
    stub_wire(a, "Q0", 20);
    stub_wire(a, "Q7", 27);
    stub_wire(a, "OE", 5);
    sim_driver_t *ds = stub_mcu_pin("ds", 1), *sh = stub_mcu_pin("sh", 2), *st = stub_mcu_pin("st", 3);
    sim_driver_t *oe = stub_mcu_pin("oe", 5);
    sim_driver_set(oe, SIM_DRIVE_LOW);
    sim_driver_set(sh, SIM_DRIVE_LOW);
    sim_driver_set(st, SIM_DRIVE_LOW);
    CHECK(stub_part_init(a) == NULL);
    CHECK(stub_part_init(b) == NULL);
    uint16_t word = 0xa5c3;         // high byte ends in the second chip
    for (int i = 15; i >= 0; i--) {
        sim_driver_set(ds, (word >> i) & 1 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        sim_driver_set(sh, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        sim_driver_set(sh, SIM_DRIVE_LOW);
    }
    CHECK_EQ(sim_74hc595_latch(a), 0);      // not latched yet
    sim_driver_set(st, SIM_DRIVE_HIGH);
    CHECK_EQ(sim_74hc595_latch(a), 0xc3);
    CHECK_EQ(sim_74hc595_latch(b), 0xa5);
    CHECK_EQ(sim_net_level(20), 1);         // Q0 = bit 0 of 0xC3
    CHECK_EQ(sim_net_level(27), 1);
    sim_driver_set(oe, SIM_DRIVE_HIGH);
    CHECK(sim_net_floating(20));
    sim_driver_set(oe, SIM_DRIVE_LOW);
    CHECK_EQ(sim_net_level(20), 1);
}

static void test_ky040(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-ky-040", "enc", NULL);
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DT", 2);
    stub_wire(p, "SW", 3);
    sim_driver_t *sw = stub_mcu_pin("sw", 3);
    sim_driver_set(sw, SIM_DRIVE_PULL_UP);
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(sim_net_level(2), 1);
    n_edges = 0;
    CHECK_EQ(p->type->set_control(p, "rotate", 2), 0);
    // at the CLK falling edge DT is still high: clockwise
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    CHECK_EQ(sim_ky040_position(p), 2);
    CHECK_EQ(n_edges, 4);                   // two falls, two rises on CLK
    p->type->set_control(p, "rotate", -1);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(sim_now() + 1500 * SIM_NS_PER_US);
    CHECK_EQ(sim_net_level(1), 0);          // CLK falls after DT: counter-clockwise
    CHECK_EQ(sim_net_level(2), 0);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    CHECK_EQ(sim_ky040_position(p), 1);
    p->type->set_control(p, "pressed", 1);
    CHECK_EQ(sim_net_level(3), 0);
    p->type->set_control(p, "pressed", 0);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK_EQ(p->type->set_control(p, "turn", 1), -1);
}

static int32_t hx_read(sim_driver_t *sck, int pulses) {
    int32_t v = 0;
    for (int i = 0; i < pulses; i++) {
        sim_driver_set(sck, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        if (i < 24) {
            v = (v << 1) | sim_net_level(2);
        }
        sim_driver_set(sck, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    }
    return (v ^ 0x800000) - 0x800000;      // sign-extend 24 bits
}

static void test_hx711(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-hx711", "cell", ATTRS("type", "5kg", "load", "2.5"));
    stub_wire(p, "SCK", 1);
    stub_wire(p, "DT", 2);
    sim_driver_t *sck = stub_mcu_pin("sck", 1);
    sim_driver_set(sck, SIM_DRIVE_LOW);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(2), 1);          // converting
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 0);          // ready
    CHECK_EQ(hx_read(sck, 25), 1050);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK_EQ(p->type->set_control(p, "load", -1), 0);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(hx_read(sck, 27), -420);
    CHECK_EQ(p->type->set_control(p, "weight", 1), -1);
    // power down: SCK high for over 60 us; DT stays high until 100 ms after SCK falls
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    sim_driver_set(sck, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 500 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_driver_set(sck, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 99 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 2 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(hx_read(sck, 25), -420);
    stub_world_reset();
    p = stub_part_new("wokwi-hx711", "bad", ATTRS("type", "1t"));
    CHECK(stub_part_init(p) != NULL);
}

// ---------------------------------------------------------------------------------------------

static int16_t be16(const uint8_t *b) {
    return (int16_t)(uint16_t)((b[0] << 8) | b[1]);
}

static void test_mpu6050(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-mpu6050", "imu1", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x68, 0x75), 0x68);
    CHECK_EQ(reg8(0x68, 0x6b), 0x40);
    uint8_t d[14];
    CHECK_EQ(stub_i2c_readfrom_mem(0x68, 0x3b, 8, d, 14), 14);
    CHECK_EQ(be16(d + 4), 0);               // asleep: no sample yet
    stub_i2c_writeto_mem(0x68, 0x6b, 8, (uint8_t[]){0}, 1);
    stub_i2c_readfrom_mem(0x68, 0x3b, 8, d, 14);
    CHECK_EQ(be16(d), 0);
    CHECK_EQ(be16(d + 4), 16384);           // accelZ default 1 g
    CHECK_EQ(be16(d + 6), -4260);           // (24 - 36.53) * 340
    CHECK_EQ(be16(d + 8), 0);
    CHECK_EQ(reg8(0x68, 0x3a) & 1, 1);
    p->type->set_control(p, "accelX", -0.5);
    p->type->set_control(p, "rotationY", 100);
    p->type->set_control(p, "temperature", 36.53);
    CHECK_EQ(p->type->set_control(p, "magX", 1), -1);
    // auto-increment write: GYRO_CONFIG = 0x08 (500 deg/s), ACCEL_CONFIG = 0x18 (16 g)
    stub_i2c_writeto_mem(0x68, 0x1b, 8, (uint8_t[]){0x08, 0x18}, 2);
    CHECK_EQ(reg8(0x68, 0x1c), 0x18);
    stub_i2c_readfrom_mem(0x68, 0x3b, 8, d, 14);
    CHECK_EQ(be16(d), -1024);
    CHECK_EQ(be16(d + 4), 2048);
    CHECK_EQ(be16(d + 6), 0);
    CHECK_EQ(be16(d + 10), 6550);
    // saturation at the 2 g range
    stub_i2c_writeto_mem(0x68, 0x1c, 8, (uint8_t[]){0x00}, 1);
    p->type->set_control(p, "accelZ", 3);
    stub_i2c_readfrom_mem(0x68, 0x3f, 8, d, 2);
    CHECK_EQ(be16(d), 32767);
    // sensor registers and WHO_AM_I are read-only
    stub_i2c_writeto_mem(0x68, 0x75, 8, (uint8_t[]){0x12}, 1);
    CHECK_EQ(reg8(0x68, 0x75), 0x68);
    // back to sleep: the last sample stays
    stub_i2c_writeto_mem(0x68, 0x6b, 8, (uint8_t[]){0x40}, 1);
    p->type->set_control(p, "accelZ", 0.25);
    stub_i2c_readfrom_mem(0x68, 0x3f, 8, d, 2);
    CHECK_EQ(be16(d), 32767);
    // DEVICE_RESET
    stub_i2c_writeto_mem(0x68, 0x1b, 8, (uint8_t[]){0x18}, 1);
    stub_i2c_writeto_mem(0x68, 0x6b, 8, (uint8_t[]){0x80}, 1);
    CHECK_EQ(reg8(0x68, 0x6b), 0x40);
    CHECK_EQ(reg8(0x68, 0x1b), 0);
    // AD0 high: 0x69
    stub_world_reset();
    p = stub_part_new("wokwi-mpu6050", "imu2", ATTRS("accelX", "0.25"));
    stub_wire(p, "AD0", 4);
    stub_rail(4, 1);
    CHECK(stub_part_init(p) == NULL);
    uint8_t b;
    CHECK_EQ(stub_i2c_readfrom_mem(0x68, 0x75, 8, &b, 1), -1);
    CHECK_EQ(reg8(0x69, 0x75), 0x68);
    stub_i2c_writeto_mem(0x69, 0x6b, 8, (uint8_t[]){0}, 1);
    stub_i2c_readfrom_mem(0x69, 0x3b, 8, d, 2);
    CHECK_EQ(be16(d), 4096);
}

// ---------------------------------------------------------------------------------------------

static void rtc_read(uint8_t *t) {
    CHECK_EQ(stub_i2c_readfrom_mem(0x68, 0x00, 8, t, 7), 7);
}

static void test_ds1307(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-ds1307", "rtc1", NULL);
    CHECK(stub_part_init(p) == NULL);
    uint8_t t[7];
    rtc_read(t);
    CHECK(memcmp(t, (uint8_t[]){0x00, 0x00, 0x00, 0x06, 0x01, 0x01, 0x00}, 7) == 0);
    // virtual time: 1 day 1 h 1 min 1.5 s later
    sim_clock_advance_to(90061 * SIM_NS_PER_S + SIM_NS_PER_S / 2);
    rtc_read(t);
    CHECK(memcmp(t, (uint8_t[]){0x01, 0x01, 0x01, 0x07, 0x02, 0x01, 0x00}, 7) == 0);
    CHECK_EQ(sim_rtc_seconds(p), 90061);
    // set 2024-02-28 23:59:58, day 3; 3 s later it is the leap day, day 4
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x58, 0x59, 0x23, 0x03, 0x28, 0x02, 0x24}, 7);
    sim_clock_advance_to(sim_now() + 3 * SIM_NS_PER_S);
    rtc_read(t);
    CHECK(memcmp(t, (uint8_t[]){0x01, 0x00, 0x00, 0x04, 0x29, 0x02, 0x24}, 7) == 0);
    // writing the time restarts the sub-second divider: 0.6 s + 0.6 s after a write = 1 s
    sim_clock_advance_to(sim_now() + 600 * SIM_NS_PER_MS);
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x00}, 1);
    sim_clock_advance_to(sim_now() + 600 * SIM_NS_PER_MS);
    CHECK_EQ(reg8(0x68, 0x00), 0x00);
    sim_clock_advance_to(sim_now() + 400 * SIM_NS_PER_MS);
    CHECK_EQ(reg8(0x68, 0x00), 0x01);
    // 12-hour mode: 11:59:59 PM + 1 s = 12:00:00 AM of the next day
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x59, 0x59, 0x40 | 0x20 | 0x11}, 3);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_S);
    rtc_read(t);
    CHECK_EQ(t[2], 0x40 | 0x12);
    CHECK_EQ(t[4], 0x01);
    CHECK_EQ(t[5], 0x03);
    // CH halts the clock
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x80 | 0x30}, 1);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_S);
    CHECK_EQ(reg8(0x68, 0x00), 0x80 | 0x30);
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x30}, 1);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_S);
    CHECK_EQ(reg8(0x68, 0x00), 0x35);
    // 56 bytes of RAM; the pointer wraps from 0x3F to 0x00
    uint8_t ram[56], back[56];
    for (int i = 0; i < 56; i++) {
        ram[i] = (uint8_t)(i * 7 + 1);
    }
    stub_i2c_writeto_mem(0x68, 0x08, 8, ram, 56);
    CHECK_EQ(stub_i2c_readfrom_mem(0x68, 0x08, 8, back, 56), 56);
    CHECK(memcmp(ram, back, 56) == 0);
    uint8_t two[2];
    stub_i2c_readfrom_mem(0x68, 0x3f, 8, two, 2);
    CHECK_EQ(two[0], ram[55]);
    CHECK_EQ(two[1], 0x35);
    CHECK_EQ(reg8(0x68, 0x07), 0x03);
    // initTime
    stub_world_reset();
    p = stub_part_new("wokwi-ds1307", "rtc2", ATTRS("initTime", "2023-06-15T12:34:56"));
    CHECK(stub_part_init(p) == NULL);
    rtc_read(t);
    CHECK(memcmp(t, (uint8_t[]){0x56, 0x34, 0x12, 0x04, 0x15, 0x06, 0x23}, 7) == 0);
    stub_world_reset();
    p = stub_part_new("wokwi-ds1307", "rtc3", ATTRS("initTime", "yesterday"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();
    p = stub_part_new("wokwi-ds1307", "rtc4", ATTRS("initTime", "86400"));
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x68, 0x04), 0x02);
}

static void test_ds3231(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-ds3231", "rtc1", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(reg8(0x68, 0x0f), 0x88);       // OSF: time not set
    CHECK_EQ(reg8(0x68, 0x0e), 0x1c);
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x08}, 1);
    CHECK_EQ(reg8(0x68, 0x0f), 0x08);
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x80}, 1);
    CHECK_EQ(reg8(0x68, 0x0f), 0x00);       // OSF can only be cleared
    // temperature: 25.0, then -3.25 = 0xFC + 0.75
    CHECK_EQ(reg8(0x68, 0x11), 25);
    CHECK_EQ(reg8(0x68, 0x12), 0);
    CHECK_EQ(p->type->set_control(p, "temperature", -3.25), 0);
    CHECK_EQ(reg8(0x68, 0x11), 0xfc);
    CHECK_EQ(reg8(0x68, 0x12), 0xc0);
    // century: 2099-12-31 23:59:59 + 1 s = 2100-01-01, month bit 7 set
    stub_i2c_writeto_mem(0x68, 0x00, 8, (uint8_t[]){0x59, 0x59, 0x23, 0x04, 0x31, 0x12, 0x99}, 7);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_S);
    uint8_t t[7];
    rtc_read(t);
    CHECK(memcmp(t, (uint8_t[]){0x00, 0x00, 0x00, 0x05, 0x01, 0x81, 0x00}, 7) == 0);
    // alarms are stored; the pointer wraps from 0x12 to 0x00
    stub_i2c_writeto_mem(0x68, 0x07, 8, (uint8_t[]){0x10, 0x20, 0x30, 0x81}, 4);
    CHECK_EQ(reg8(0x68, 0x0a), 0x81);
    uint8_t two[2];
    stub_i2c_readfrom_mem(0x68, 0x12, 8, two, 2);
    CHECK_EQ(two[1], 0x00);
}

// ---------------------------------------------------------------------------------------------

static void test_eeprom(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-24lc256", "ee1", NULL);
    CHECK(stub_part_init(p) == NULL);
    size_t size;
    const uint8_t *mem = sim_eeprom_data(p, &size);
    CHECK_EQ(size, 32768);
    uint8_t buf[80];
    CHECK_EQ(stub_i2c_readfrom_mem(0x50, 0x1234, 16, buf, 4), 4);
    CHECK(memcmp(buf, (uint8_t[]){0xff, 0xff, 0xff, 0xff}, 4) == 0);
    // a write, then the address is NACKed for the 5 ms write cycle
    CHECK_EQ(stub_i2c_writeto_mem(0x50, 0x0010, 16, (uint8_t[]){1, 2, 3, 4, 5}, 5), 7);
    CHECK(sim_eeprom_busy(p));
    CHECK_EQ(stub_i2c_readfrom_mem(0x50, 0x0010, 16, buf, 5), -1);
    sim_clock_advance_to(sim_now() + 4900 * SIM_NS_PER_US);
    CHECK_EQ(stub_i2c_write(0x50, NULL, 0, true), -1);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_US);
    CHECK(!sim_eeprom_busy(p));
    CHECK_EQ(stub_i2c_readfrom_mem(0x50, 0x0010, 16, buf, 6), 6);
    CHECK(memcmp(buf, (uint8_t[]){1, 2, 3, 4, 5, 0xff}, 6) == 0);
    // the column wraps within the 64-byte page
    uint8_t ten[10];
    for (int i = 0; i < 10; i++) {
        ten[i] = (uint8_t)(0x10 + i);
    }
    stub_i2c_writeto_mem(0x50, 0x007c, 16, ten, 10);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    CHECK_EQ(mem[0x7c], 0x10);
    CHECK_EQ(mem[0x7f], 0x13);
    CHECK_EQ(mem[0x40], 0x14);
    CHECK_EQ(mem[0x45], 0x19);
    CHECK_EQ(mem[0x80], 0xff);
    CHECK_EQ(mem[0x3f], 0xff);
    // more than a page: the last bytes overwrite the first
    uint8_t big[66];
    for (int i = 0; i < 66; i++) {
        big[i] = (uint8_t)i;
    }
    stub_i2c_writeto_mem(0x50, 0x0100, 16, big, 66);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    CHECK_EQ(mem[0x100], 64);
    CHECK_EQ(mem[0x101], 65);
    CHECK_EQ(mem[0x102], 2);
    CHECK_EQ(mem[0x13f], 63);
    CHECK_EQ(mem[0x140], 0xff);
    // sequential read wraps at the end of the memory
    stub_i2c_writeto_mem(0x50, 0x7ffe, 16, (uint8_t[]){0xaa, 0xbb}, 2);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_MS);
    stub_i2c_readfrom_mem(0x50, 0x7ffe, 16, buf, 4);
    CHECK(memcmp(buf, (uint8_t[]){0xaa, 0xbb, 0xff, 0xff}, 4) == 0);
    // a dummy write sets the counter, a plain read continues from it
    stub_i2c_write(0x50, (uint8_t[]){0x00, 0x12}, 2, true);
    CHECK(!sim_eeprom_busy(p));
    stub_i2c_read(0x50, buf, 2, true);
    CHECK(memcmp(buf, (uint8_t[]){3, 4}, 2) == 0);
    stub_i2c_read(0x50, buf, 1, true);
    CHECK_EQ(buf[0], 5);
    // AT24C32: 4 KiB (address bits above 12 ignored), 32-byte pages, A0 high = 0x51
    stub_world_reset();
    p = stub_part_new("board-at24c32", "ee2", ATTRS("writeTimeMs", "0"));
    stub_wire(p, "A0", 5);
    stub_rail(5, 1);
    CHECK(stub_part_init(p) == NULL);
    mem = sim_eeprom_data(p, &size);
    CHECK_EQ(size, 4096);
    CHECK_EQ(stub_i2c_writeto_mem(0x50, 0, 16, buf, 1), -1);
    stub_i2c_writeto_mem(0x51, 0x101e, 16, (uint8_t[]){9, 8, 7}, 3);
    CHECK(!sim_eeprom_busy(p));             // writeTimeMs 0
    CHECK_EQ(mem[0x01e], 9);
    CHECK_EQ(mem[0x01f], 8);
    CHECK_EQ(mem[0x000], 7);
    // WP high: acknowledged, not written, no write cycle
    stub_world_reset();
    p = stub_part_new("board-at24c32", "ee3", NULL);
    stub_wire(p, "WP", 6);
    stub_rail(6, 1);
    CHECK(stub_part_init(p) == NULL);
    mem = sim_eeprom_data(p, NULL);
    CHECK_EQ(stub_i2c_writeto_mem(0x50, 0x0005, 16, (uint8_t[]){1}, 1), 3);
    CHECK(!sim_eeprom_busy(p));
    CHECK_EQ(mem[5], 0xff);
    CHECK(sim_eeprom_data(sim_parts[0], NULL) != NULL);
    stub_world_reset();
    p = stub_part_new("board-at24c32", "ee4", ATTRS("writeTimeMs", "-1"));
    CHECK(stub_part_init(p) != NULL);
}

// ---------------------------------------------------------------------------------------------

static void test_neopixel(void) {
    stub_world_reset();
    sim_part_t *ring = stub_part_new("wokwi-led-ring", "ring1", NULL);
    stub_wire(ring, "DIN", 1);
    CHECK(stub_part_init(ring) == NULL);
    CHECK_EQ(sim_neopixel_count(ring), 16);
    uint8_t grb[48];
    for (int i = 0; i < 48; i++) {
        grb[i] = (uint8_t)(i + 1);
    }
    sim_neopixel_data(ring, grb, 48);
    CHECK_EQ(sim_neopixel_rgb(ring, 0), 0x020103);
    CHECK_EQ(sim_neopixel_rgb(ring, 15), 0x2f2e30);
    CHECK_EQ(sim_neopixel_rgb(ring, 16), -1);
    sim_image_t img;
    CHECK(ring->type->screenshot(ring, &img));
    CHECK_EQ(img.width, 16);
    CHECK_EQ(img.height, 1);
    CHECK(memcmp(img.rgba, (uint8_t[]){2, 1, 3, 255, 5, 4, 6, 255}, 8) == 0);
    free(img.rgba);
    // a short frame updates only the first pixels
    sim_neopixel_data(ring, (uint8_t[]){0xff, 0, 0, 0x7f}, 4);
    CHECK_EQ(sim_neopixel_rgb(ring, 0), 0x00ff00);
    CHECK_EQ(sim_neopixel_rgb(ring, 1), 0x050406);
    // a chain: strip (8) DOUT -> single pixel DIN
    stub_world_reset();
    sim_part_t *strip = stub_part_new("wokwi-led-strip", "strip1", NULL);
    sim_part_t *one = stub_part_new("wokwi-neopixel", "px1", NULL);
    stub_wire(strip, "DIN", 1);
    stub_wire(strip, "DOUT", 2);
    stub_wire(one, "DIN", 2);
    CHECK(stub_part_init(strip) == NULL);
    CHECK(stub_part_init(one) == NULL);
    CHECK_EQ(sim_neopixel_count(strip), 8);
    CHECK_EQ(sim_neopixel_count(one), 1);
    uint8_t chain[27] = {0};
    chain[24] = 0x11;   // G
    chain[25] = 0x22;   // R
    chain[26] = 0x33;   // B
    sim_neopixel_data(strip, chain, 27);
    CHECK_EQ(sim_neopixel_rgb(one, 0), 0x221133);
    CHECK_EQ(sim_neopixel_rgb(strip, 7), 0);
    stub_world_reset();
    ring = stub_part_new("wokwi-led-ring", "ring2", ATTRS("pixels", "0"));
    CHECK(stub_part_init(ring) != NULL);
    stub_world_reset();
    ring = stub_part_new("wokwi-led-ring", "ring3", ATTRS("pixels", "24"));
    CHECK(stub_part_init(ring) == NULL);
    CHECK_EQ(sim_neopixel_count(ring), 24);
}

// ---------------------------------------------------------------------------------------------

static sim_ns_t echo_rise, echo_fall;

static void echo_watch(void *arg, int net, int level) {
    (void)arg;
    (void)net;
    if (level) {
        echo_rise = sim_now();
    } else {
        echo_fall = sim_now();
    }
}

static void test_hcsr04(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-hc-sr04", "dist1", ATTRS("distance", "100"));
    stub_wire(p, "TRIG", 1);
    stub_wire(p, "ECHO", 2);
    sim_driver_t *trig = stub_mcu_pin("trig", 1);
    stub_mcu_pin("echo", 2);
    sim_net_watch(2, echo_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK(!sim_net_floating(2));
    // a 10 us trigger pulse
    sim_clock_advance_to(1 * SIM_NS_PER_MS);
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_ns_t t0 = sim_now();
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_rise - t0, 250 * SIM_NS_PER_US);
    CHECK_EQ(echo_fall - echo_rise, 5800 * SIM_NS_PER_US);
    CHECK_EQ(sim_net_level(2), 0);
    // a 5 us pulse is too short
    echo_rise = echo_fall = 0;
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_rise, 0);
    // the distance control, clamped to 2..400 cm
    CHECK_EQ(p->type->set_control(p, "distance", 1), 0);
    CHECK_EQ(p->type->set_control(p, "range", 1), -1);
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_fall - echo_rise, 116 * SIM_NS_PER_US);
}

// ---------------------------------------------------------------------------------------------

static void test_led(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-led", "led1", NULL);
    stub_wire(p, "A", 1);
    stub_wire(p, "C", 2);
    sim_driver_t *a = stub_mcu_pin("gpio2", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(p) == NULL);
    CHECK(!sim_led_lit(p));
    sim_driver_set(a, SIM_DRIVE_HIGH);
    CHECK(sim_led_lit(p));
    CHECK_NEAR(sim_led_brightness(p), 1.0, 1e-9);
    // 1 kHz PWM at 25 %: brightness 0.25
    for (int i = 0; i < 5; i++) {
        sim_driver_set(a, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + 250 * SIM_NS_PER_US);
        sim_driver_set(a, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + 750 * SIM_NS_PER_US);
    }
    sim_driver_set(a, SIM_DRIVE_HIGH);
    CHECK_NEAR(sim_led_brightness(p), 0.25, 1e-9);
    // still for longer than two periods: plain on
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_MS);
    CHECK_NEAR(sim_led_brightness(p), 1.0, 1e-9);
    // a PWM reported by the machine layer
    sim_part_pwm(p, 0, 1000, 0.4);
    CHECK_NEAR(sim_led_brightness(p), 0.4, 1e-9);
    CHECK(sim_led_lit(p));
    sim_driver_set(a, SIM_DRIVE_LOW);
    CHECK_NEAR(sim_led_brightness(p), 0.0, 1e-9);
    CHECK(p->type->screenshot == NULL);
}

static void test_pushbutton(void) {
    // input with pull-up on 1.l, GND on 2.l
    stub_world_reset();
    sim_part_t *b = stub_part_new("wokwi-pushbutton", "btn1", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "2.l", 2);
    sim_driver_t *in = stub_mcu_pin("gpio4", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(b->type->set_control(b, "pressed", 1), 0);
    CHECK(sim_pushbutton_pressed(b));
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(b->type->set_control(b, "pressed", 0), 0);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(b->type->set_control(b, "color", 1), -1);
    // input with pull-down on 1.r, 3V3 on 2.r
    stub_world_reset();
    b = stub_part_new("wokwi-pushbutton-6mm", "btn2", NULL);
    stub_wire(b, "1.r", 1);
    stub_wire(b, "2.r", 2);
    in = stub_mcu_pin("gp15", 1);
    stub_rail(2, 1);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_DOWN);
    CHECK_EQ(sim_net_level(1), 0);
    b->type->set_control(b, "pressed", 1);
    CHECK_EQ(sim_net_level(1), 1);
    b->type->set_control(b, "pressed", 0);
    CHECK_EQ(sim_net_level(1), 0);
    // 1.l and 1.r are always joined; a floating input sees the other side when pressed
    stub_world_reset();
    b = stub_part_new("wokwi-pushbutton", "btn3", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "1.r", 3);
    stub_wire(b, "2.l", 2);
    in = stub_mcu_pin("gpio5", 1);
    stub_mcu_pin("gpio6", 3);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK(!sim_net_floating(3));
    b->type->set_control(b, "pressed", 1);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(sim_net_level(3), 0);
    b->type->set_control(b, "pressed", 0);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(sim_net_level(3), 1);
}

static void test_potentiometer(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-potentiometer", "pot1", ATTRS("value", "512"));
    stub_wire(p, "SIG", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 512.0 / 1023.0 * SIM_VCC, 1e-9);
    CHECK_EQ(p->type->set_control(p, "position", 0.25), 0);
    CHECK_NEAR(sim_net_voltage(1), 0.825, 1e-9);
    CHECK_NEAR(sim_potentiometer_position(p), 0.25, 1e-9);
    CHECK_EQ(p->type->set_control(p, "value", 1023), 0);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC, 1e-9);
    CHECK_EQ(p->type->set_control(p, "position", 7), 0);
    CHECK_NEAR(sim_potentiometer_position(p), 1.0, 1e-9);
    CHECK_EQ(p->type->set_control(p, "angle", 1), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-slide-potentiometer", "pot2", NULL);
    stub_wire(p, "SIG", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 0.0, 1e-9);
}

static void servo_pulse(sim_driver_t *d, sim_ns_t width) {
    sim_driver_set(d, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + width);
    sim_driver_set(d, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS - width);
}

static void test_servo(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-servo", "servo1", NULL);
    stub_wire(p, "PWM", 1);
    sim_driver_t *pwm = stub_mcu_pin("gpio13", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_servo_angle(p), -1, 1e-9);
    servo_pulse(pwm, 1500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 90, 1e-9);
    CHECK_EQ(sim_servo_pulse_ns(p), 1500 * SIM_NS_PER_US);
    servo_pulse(pwm, 500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 0, 1e-9);
    servo_pulse(pwm, 2500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 180, 1e-9);
    servo_pulse(pwm, 50 * SIM_NS_PER_US);    // a glitch, not a servo pulse
    CHECK_NEAR(sim_servo_angle(p), 180, 1e-9);
    sim_part_pwm(p, 0, 50, 0.05);            // 1 ms
    CHECK_NEAR(sim_servo_angle(p), 45, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-servo", "servo2", ATTRS("minPulseUs", "1000", "maxPulseUs", "2000"));
    CHECK(stub_part_init(p) == NULL);
    sim_part_pwm(p, 0, 50, 0.0625);          // 1.25 ms
    CHECK_NEAR(sim_servo_angle(p), 45, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-servo", "servo3", ATTRS("minPulseUs", "2000", "maxPulseUs", "1000"));
    CHECK(stub_part_init(p) != NULL);
}

// Every registered type: distinct names, pins listed, a part of each inits with no attrs and
// answers the accessors of other types neutrally.
static void test_registry(void) {
    static const char *const names[] = {
        "board-ssd1306", "board-sh1106", "wokwi-led", "wokwi-pushbutton", "wokwi-pushbutton-6mm",
        "wokwi-potentiometer", "wokwi-slide-potentiometer", "wokwi-servo", "board-bme280",
        "wokwi-mpu6050", "wokwi-ds1307", "board-ds3231", "board-at24c32", "board-24lc256",
        "wokwi-neopixel", "wokwi-led-ring", "wokwi-led-strip", "wokwi-hc-sr04", "board-bmp280",
        "wokwi-dht22", "board-dht11", "wokwi-lcd1602", "wokwi-lcd2004",
        "wokwi-ili9341", "wokwi-slide-switch", "wokwi-relay-module", "wokwi-rgb-led",
        "wokwi-photoresistor-sensor", "wokwi-analog-joystick", "wokwi-pir-motion-sensor", "wokwi-buzzer",
        "wokwi-max7219-matrix", "wokwi-ds18b20", "wokwi-membrane-keypad", "wokwi-74hc595",
        "wokwi-ky-040", "wokwi-hx711", NULL
    };
    for (int i = 0; names[i]; i++) {
        stub_world_reset();
        const sim_part_type_t *t = sim_part_type_lookup(names[i]);
        if (!CHECK(t != NULL)) {
            printf("  missing type %s\n", names[i]);
            continue;
        }
        CHECK(t->pin_names[0] != NULL);
        sim_part_t *p = stub_part_new(names[i], "x", NULL);
        CHECK(p->n_pins <= SIM_PART_MAX_PINS);
        CHECK(stub_part_init(p) == NULL);
        if (t->set_control) {
            CHECK_EQ(t->set_control(p, "no-such-control", 1), -1);
        }
        sim_part_pwm(p, 0, 50, 0.5);
        if (t != &sim_part_ssd1306 && t != &sim_part_sh1106) {
            CHECK(sim_ssd1306_gddram(p, NULL) == NULL);
        }
        if (t != &sim_part_ds1307 && t != &sim_part_ds3231) {
            CHECK_EQ(sim_rtc_seconds(p), 0);
        }
        if (t != &sim_part_neopixel && t != &sim_part_led_ring && t != &sim_part_led_strip) {
            CHECK_EQ(sim_neopixel_count(p), 0);
        }
    }
    CHECK(sim_part_type_lookup("wokwi-nothing") == NULL);
}

static void test_civil(void) {
    CHECK_EQ(sim_days_from_civil(2000, 1, 1), 0);
    CHECK_EQ(sim_days_from_civil(2000, 3, 1), 60);
    CHECK_EQ(sim_days_from_civil(2100, 3, 1), 36584);
    CHECK_EQ(sim_days_from_civil(1970, 1, 1), -10957);
    int bad = 0;
    for (int64_t d = -11000; d < 80000; d += 13) {
        int y, m, dd;
        sim_civil_from_days(d, &y, &m, &dd);
        bad += sim_days_from_civil(y, m, dd) != d;
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(sim_bcd_from_int(59), 0x59);
    CHECK_EQ(sim_bcd_to_int(0x47), 47);
}


// Scenario values are doubles from a file: NaN, infinities and huge numbers must not crash
// (float-cast-overflow is sanitized) and must leave the parts answering.
static void test_bad_values(void) {
    static const char *const controls[] = {
        "temperature", "pressure", "humidity", "accelX", "accelZ", "rotationX", "position",
        "value", "distance", "pressed", NULL
    };
    static const double bad[] = {NAN, INFINITY, -INFINITY, 1e300, -1e300};
    static const char *const types[] = {
        "board-bme280", "wokwi-mpu6050", "board-ds3231", "wokwi-potentiometer", "wokwi-hc-sr04",
        "wokwi-pushbutton", NULL
    };
    for (int t = 0; types[t]; t++) {
        for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
            stub_world_reset();
            sim_part_t *p = stub_part_new(types[t], "x", NULL);
            stub_wire(p, p->type->pin_names[1], 1);
            CHECK(stub_part_init(p) == NULL);
            for (int c = 0; controls[c]; c++) {
                p->type->set_control(p, controls[c], bad[k]);
            }
            uint8_t addr = t == 0 ? 0x76 : 0x68;
            stub_i2c_writeto_mem(addr, t == 0 ? 0xf4 : 0x6b, 8, (uint8_t[]){t == 0 ? 0x25 : 0x00}, 1);
            sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_MS);
            uint8_t d[19];
            CHECK_EQ(stub_i2c_readfrom_mem(addr, 0, 8, d, sizeof(d)), t < 3 ? (int)sizeof(d) : -1);
            stub_i2c_readfrom_mem(addr, t == 0 ? 0xf7 : 0x3b, 8, d, 14);
            if (strcmp(types[t], "wokwi-hc-sr04") == 0) {
                sim_driver_t *trig = stub_mcu_pin("trig", 1);
                sim_driver_set(trig, SIM_DRIVE_HIGH);
                sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_US);
                sim_driver_set(trig, SIM_DRIVE_LOW);
                sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_MS);
                CHECK_EQ(sim_net_level(1), 0);
            }
        }
    }
    sim_json_t attrs = {{"temperature", "nan", "pressure", "1e999", "humidity", "-inf", "distance", "nan",
                         "value", "inf", "pixels", "1e300", "width", "-1e300", "initTime", "1e300",
                         "writeTimeMs", "nan", "minPulseUs", "nan", NULL}};
    static const char *const all[] = {
        "board-ssd1306", "board-bme280", "wokwi-mpu6050", "wokwi-ds1307", "board-at24c32",
        "wokwi-led-ring", "wokwi-hc-sr04", "wokwi-potentiometer", "wokwi-servo", NULL
    };
    for (int t = 0; all[t]; t++) {
        stub_world_reset();
        sim_part_t *p = stub_part_new(all[t], "x", &attrs);
        stub_part_init(p);      // a message or NULL, never a crash
        sim_part_pwm(p, 0, NAN, NAN);
    }
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-led", "led", NULL);
    CHECK(stub_part_init(p) == NULL);
    sim_part_pwm(p, 0, 1000, NAN);
    CHECK_NEAR(sim_led_brightness(p), 0.0, 1e-9);
}

// ---------------------------------------------------------------------------------------------

// With only part_util.c's weak sim_net_external_drive (a core whose net.c lacks the real one),
// the common button wiring still works: pull-up input against GND.
static void test_pushbutton_fallback(void) {
    stub_world_reset();
    sim_part_t *b = stub_part_new("wokwi-pushbutton", "btn1", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "2.r", 2);
    sim_driver_t *in = stub_mcu_pin("gpio4", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(sim_net_level(1), 1);
        b->type->set_control(b, "pressed", 1);
        CHECK_EQ(sim_net_level(1), 0);
        b->type->pin_changed(b, 0, 0);          // re-evaluation while pressed stays put
        CHECK_EQ(sim_net_level(1), 0);
        CHECK_EQ(sim_net_level(2), 0);
        b->type->set_control(b, "pressed", 0);
        CHECK_EQ(sim_net_level(1), 1);
    }
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "fallback") == 0) {
        test_pushbutton_fallback();
        stub_world_reset();
        printf("weak-net fallback: %d passed, %d failed\n", n_pass, n_fail);
        return n_fail ? 1 : 0;
    }
    test_ssd1306_reset_state();
    test_ssd1306_logo_i2c();
    test_ssd1306_sizes();
    test_ssd1306_addressing_modes();
    test_ssd1306_control_bytes();
    test_ssd1306_start_line_offset();
    test_ssd1306_attrs();
    test_ssd1306_spi();
    test_sh1106();
    test_bme280();
    test_bmp280();
    test_dht();
    test_lcd();
    test_lcd_pins();
    test_ili9341();
    test_slide_switch_relay();
    test_rgb_ldr_joy();
    test_pir_buzzer();
    test_max7219();
    test_ds18b20();
    test_keypad();
    test_74hc595();
    test_ky040();
    test_hx711();
    test_mpu6050();
    test_ds1307();
    test_ds3231();
    test_eeprom();
    test_neopixel();
    test_hcsr04();
    test_led();
    test_pushbutton();
    test_potentiometer();
    test_servo();
    test_registry();
    test_civil();
    test_bad_values();
    stub_world_reset();
    printf("%d passed, %d failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
