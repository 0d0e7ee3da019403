// tests/sim/unit/test_sensors.c: BME280/BMP280, DHT, DS18B20, MPU6050, RTCs, EEPROMs.
#include "test_util.h"

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

void test_bme280(void) {
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

void test_dht(void) {
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

void test_bmp280(void) {
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

void test_ds18b20(void) {
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

static int16_t be16(const uint8_t *b) {
    return (int16_t)(uint16_t)((b[0] << 8) | b[1]);
}

void test_mpu6050(void) {
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

void test_ds1307(void) {
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

void test_ds3231(void) {
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

// DS3231 alarms on virtual time: flags, and INT/SQW low while an enabled flag is set.
void test_ds3231_alarms(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-ds3231", "rtc", ATTRS("initTime", "2024-01-01 00:00:00"));
    stub_wire(p, "SQW", 3);
    sim_driver_t *irq = stub_mcu_pin("gpio27", 3);
    sim_driver_set(irq, SIM_DRIVE_PULL_UP);
    CHECK(stub_part_init(p) == NULL);
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x00}, 1);
    // alarm 1 when the seconds are 30 (A1M4..A1M2 set); INTCN + A1IE
    stub_i2c_writeto_mem(0x68, 0x07, 8, (uint8_t[]){0x30, 0x80, 0x80, 0x80}, 4);
    stub_i2c_writeto_mem(0x68, 0x0e, 8, (uint8_t[]){0x05}, 1);
    sim_clock_advance_to(29 * SIM_NS_PER_S + SIM_NS_PER_S / 2);
    CHECK_EQ(reg8(0x68, 0x0f) & 3, 0);
    CHECK_EQ(sim_net_level(3), 1);
    sim_clock_advance_to(30 * SIM_NS_PER_S);
    CHECK_EQ(reg8(0x68, 0x0f) & 3, 1);
    CHECK_EQ(sim_net_level(3), 0);
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x00}, 1);      // clear A1F
    CHECK_EQ(sim_net_level(3), 1);
    sim_clock_advance_to(89 * SIM_NS_PER_S);
    CHECK_EQ(sim_net_level(3), 1);
    sim_clock_advance_to(90 * SIM_NS_PER_S);
    CHECK_EQ(sim_net_level(3), 0);          // 00:01:30
    // alarm 2 at minute 05 (A2M2 clear, A2M3/A2M4 set), not enabled: flag only
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x00}, 1);
    stub_i2c_writeto_mem(0x68, 0x0b, 8, (uint8_t[]){0x05, 0x80, 0x80}, 3);
    stub_i2c_writeto_mem(0x68, 0x07, 8, (uint8_t[]){0x80, 0x00, 0x00, 0x00}, 4);  // A1 off (date 0)
    sim_clock_advance_to(5 * 60 * SIM_NS_PER_S - 1);
    CHECK_EQ(reg8(0x68, 0x0f) & 3, 0);
    sim_clock_advance_to(5 * 60 * SIM_NS_PER_S);
    CHECK_EQ(reg8(0x68, 0x0f) & 3, 2);
    CHECK_EQ(sim_net_level(3), 1);
    // alarm 1 on a date and time: the 3rd at 12:34:56, found 2 days ahead
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x00}, 1);
    stub_i2c_writeto_mem(0x68, 0x0b, 8, (uint8_t[]){0x00, 0x00, 0x00}, 3);  // A2 off
    stub_i2c_writeto_mem(0x68, 0x07, 8, (uint8_t[]){0x56, 0x34, 0x12, 0x03}, 4);
    sim_ns_t when = ((2 * 86400) + 12 * 3600 + 34 * 60 + 56) * SIM_NS_PER_S;
    sim_clock_advance_to(when - SIM_NS_PER_S);
    CHECK_EQ(sim_net_level(3), 1);
    sim_clock_advance_to(when);
    CHECK_EQ(sim_net_level(3), 0);
    CHECK_EQ(reg8(0x68, 0x0f) & 3, 1);
    // INTCN clear: the pin is released
    stub_i2c_writeto_mem(0x68, 0x0e, 8, (uint8_t[]){0x01}, 1);
    CHECK_EQ(sim_net_level(3), 1);
    // alarm 2 on a weekday (DY/DT set): Monday = 1; 2024-01-01 is a Monday, so day 1 next week
    stub_world_reset();
    p = stub_part_new("board-ds3231", "rtc2", ATTRS("initTime", "2024-01-01 00:00:00"));
    CHECK(stub_part_init(p) == NULL);
    stub_i2c_writeto_mem(0x68, 0x03, 8, (uint8_t[]){0x01}, 1);      // Monday
    stub_i2c_writeto_mem(0x68, 0x0f, 8, (uint8_t[]){0x00}, 1);
    stub_i2c_writeto_mem(0x68, 0x0b, 8, (uint8_t[]){0x00, 0x00, 0x40 | 0x01}, 3);
    sim_clock_advance_to(7 * 86400 * SIM_NS_PER_S - 1);
    CHECK_EQ(reg8(0x68, 0x0f) & 2, 0);
    sim_clock_advance_to(7 * 86400 * SIM_NS_PER_S + SIM_NS_PER_S);
    CHECK_EQ(reg8(0x68, 0x0f) & 2, 2);
}

// ---------------------------------------------------------------------------------------------

void test_eeprom(void) {
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
