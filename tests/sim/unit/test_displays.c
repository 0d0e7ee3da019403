// tests/sim/unit/test_displays.c: SSD1306, SH1106, ILI9341, character LCDs, MAX7219, NeoPixel.
#include "test_util.h"

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

void test_ssd1306_reset_state(void) {
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

void test_ssd1306_logo_i2c(void) {
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

void test_ssd1306_sizes(void) {
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

void test_ssd1306_addressing_modes(void) {
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

void test_ssd1306_control_bytes(void) {
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

void test_ssd1306_start_line_offset(void) {
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

void test_ssd1306_attrs(void) {
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

void test_ssd1306_spi(void) {
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

void test_sh1106(void) {
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

void test_lcd(void) {
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
    // screenshot: 16x2 cells of 5x8 dots, one pixel apart; 'H' = 11 11 11 1F 11 11 11
    lcd_i2c_byte(0x27, 0, 0x80);
    lcd_i2c_str(0x27, "H");
    lcd_i2c_byte(0x27, 0, 0x0e);            // display on, cursor on (now at column 1)
    stub_i2c_write(0x27, (uint8_t[]){0x08}, 1, true);
    sim_image_t img;
    CHECK(p->type->screenshot(p, &img));
    CHECK_EQ(img.width, 16 * 6 - 1);
    CHECK_EQ(img.height, 2 * 9 - 1);
    static const uint8_t hglyph[7] = {0x11, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11};
    int bad = 0;
    uint8_t bg = img.rgba[4 * 5];           // the gap column between cells
    for (int y = 0; y < 7; y++) {
        for (int x = 0; x < 5; x++) {
            bool on = img.rgba[4 * (y * img.width + x)] != bg;
            bad += on != ((hglyph[y] >> (4 - x)) & 1);
        }
    }
    CHECK_EQ(bad, 0);
    for (int x = 6; x < 11; x++) {
        CHECK(img.rgba[4 * (7 * img.width + x)] != bg);       // the cursor underline
    }
    CHECK(img.rgba[4 * (7 * img.width + 0)] == bg);
    free(img.rgba);
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

void test_lcd_pins(void) {
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

void test_ili9341(void) {
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



static void max_frame_row(sim_driver_t *cs, uint8_t reg, const uint8_t v[4]) {
    sim_driver_set(cs, SIM_DRIVE_LOW);
    for (int m = 0; m < 4; m++) {
        stub_spi_byte(reg);
        stub_spi_byte(v[m]);
    }
    sim_driver_set(cs, SIM_DRIVE_HIGH);
}

void test_max7219(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-max7219-matrix", "mx", ATTRS("chain", "4", "layout", "FC16"));
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
    // decode mode on the rightmost unit: digit 1 = 8 with DP shows all 8 segment lines
    max_frame_row(cs, 0x0f, (uint8_t[]){0, 0, 0, 0});
    max_frame_row(cs, 0x09, (uint8_t[]){0, 0, 0, 0x01});
    max_frame_row(cs, 0x01, (uint8_t[]){0, 0, 0, 0x88});
    CHECK_EQ(shot_px(p, 24, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 31, 0), 0xff0000ff);
    max_frame_row(cs, 0x01, (uint8_t[]){0, 0, 0, 0x01});      // code-B 1: segments B, C only
    CHECK_EQ(shot_px(p, 24, 0), 0x000000ff);
    CHECK_EQ(shot_px(p, 26, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 27, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 28, 0), 0x000000ff);
    sim_max7219_unit_t u;
    CHECK(sim_max7219_unit(p, 0, &u));
    CHECK_EQ(u.decode, 1);
    CHECK_EQ(u.intensity, 3);
    CHECK_EQ(u.scan_limit, 3);
    CHECK(!sim_max7219_unit(p, 4, &u));
    // Wokwi's default layout "parola" mirrors each unit: data bit 0 is the left column
    stub_world_reset();
    p = stub_part_new("wokwi-max7219-matrix", "mxp", ATTRS("chain", "2"));
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DIN", 2);
    stub_wire(p, "CS", 3);
    cs = stub_mcu_pin("cs", 3);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(p) == NULL);
    max_frame_row(cs, 0x0c, (uint8_t[]){0, 0, 1, 1});       // 4 frames: the last 2 stay
    max_frame_row(cs, 0x0b, (uint8_t[]){0, 0, 7, 7});
    max_frame_row(cs, 0x01, (uint8_t[]){0, 0, 0x01, 0x80});
    CHECK_EQ(shot_lit(p), 2);
    CHECK_EQ(shot_px(p, 0, 0), 0xff0000ff);
    CHECK_EQ(shot_px(p, 15, 0), 0xff0000ff);
    stub_world_reset();
    p = stub_part_new("wokwi-max7219-matrix", "mx5", ATTRS("layout", "diagonal"));
    CHECK(stub_part_init(p) != NULL);
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

void test_neopixel(void) {
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

// TM1637: a push-pull host in the style of MicroPython's tm1637 driver (DIO always driven: no
// ACK is forced against it), then an open-drain host that sees the ACK.
static sim_driver_t *tm_clk, *tm_dio;
static bool tm_open_drain;

static void tm_set(sim_driver_t *d, int v) {
    sim_driver_set(d, v ? (tm_open_drain && d == tm_dio ? SIM_DRIVE_PULL_UP : SIM_DRIVE_HIGH) : SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_US);
}

static void tm_start(void) {
    tm_set(tm_dio, 0);
    tm_set(tm_clk, 0);
}

static void tm_stop(void) {
    tm_set(tm_dio, 0);
    tm_set(tm_clk, 1);
    tm_set(tm_dio, 1);
}

static int tm_write_byte(uint8_t b) {
    for (int i = 0; i < 8; i++) {
        tm_set(tm_dio, (b >> i) & 1);
        tm_set(tm_clk, 1);
        tm_set(tm_clk, 0);
    }
    if (tm_open_drain) {
        tm_set(tm_dio, 1);                  // release for the ACK
    }
    tm_set(tm_clk, 1);
    int ack = sim_net_level(2) == 0;
    tm_set(tm_clk, 0);
    return ack;
}

void test_tm1637(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-tm1637-7segment", "seg", NULL);
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DIO", 2);
    tm_clk = stub_mcu_pin("clk", 1);
    tm_dio = stub_mcu_pin("dio", 2);
    tm_open_drain = false;
    sim_driver_set(tm_clk, SIM_DRIVE_LOW);
    sim_driver_set(tm_dio, SIM_DRIVE_LOW);
    CHECK(stub_part_init(p) == NULL);
    static const uint8_t digits[4] = {0x3f, 0x06 | 0x80, 0x5b, 0x4f};     // "01:23"
    for (int round = 0; round < 2; round++) {
        tm_start();                          // the first start after init has CLK low: ignored
        tm_write_byte(0x40);
        tm_stop();
        tm_start();
        tm_write_byte(0xc0);
        for (int i = 0; i < 4; i++) {
            tm_write_byte(digits[i]);
        }
        tm_stop();
        tm_start();
        tm_write_byte(0x88 | 7);
        tm_stop();
    }
    uint8_t grid[6];
    bool on;
    CHECK(sim_tm1637_segments(p, grid, &on));
    CHECK(on);
    CHECK(memcmp(grid, digits, 4) == 0);
    CHECK_EQ(shot_px(p, 3, 1), 0xff0000ff);         // digit 0, segment a
    CHECK_EQ(shot_px(p, 3, 9), 0x000000ff);         // digit 0, segment g is off in "0"
    CHECK_EQ(shot_px(p, 12 + 11, 6), 0xff0000ff);   // the colon
    // open drain: the ACK pulls DIO low on the 9th clock; fixed-address mode
    tm_open_drain = true;
    tm_start();
    CHECK(tm_write_byte(0x44));
    tm_stop();
    tm_start();
    CHECK(tm_write_byte(0xc3));
    CHECK(tm_write_byte(0x71));
    CHECK(tm_write_byte(0x79));
    tm_stop();
    sim_tm1637_segments(p, grid, NULL);
    CHECK_EQ(grid[3], 0x79);
    CHECK_EQ(grid[4], 0);
    tm_start();
    tm_write_byte(0x80);                     // display off
    tm_stop();
    CHECK_EQ(shot_lit(p), 0);
    stub_world_reset();
    p = stub_part_new("wokwi-tm1637-7segment", "bad", ATTRS("color", "ultraviolet"));
    CHECK(stub_part_init(p) != NULL);
}
