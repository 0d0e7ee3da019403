// ports/sim/parts/bme280.c: Bosch BME280 humidity/pressure/temperature sensor, I2C (our type
// "board-bme280"; Wokwi has none). Address 0x76 (attr i2cAddress, or 0x77 with SDO high).
// Also the BMP280 ("board-bmp280"): the same without humidity (id 0x58, no ctrl_hum, no
// humidity calibration or data registers).
//
// Register map (datasheet BST-BME280-DS002, section 5)
//   0x88-0xA1 calib00..25: dig_T1..T3, dig_P1..P9 (little-endian 16-bit), 0xA1 dig_H1
//   0xD0 id = 0x60; 0xE0 reset (write 0xB6); 0xE1-0xE7 calib26..32: dig_H2..H6
//   0xF2 ctrl_hum (osrs_h[2:0], applied by the next ctrl_meas write)
//   0xF3 status (bit 3 measuring), 0xF4 ctrl_meas (osrs_t[7:5] osrs_p[4:2] mode[1:0]),
//   0xF5 config (t_sb[7:5] filter[4:2]), 0xF7-0xFE press[19:0] temp[19:0] hum[15:0]
//   big-endian (msb, lsb, xlsb[7:4]). Reads auto-increment; writes are (register, value) pairs.
// Values: controls temperature (deg C, default 25), pressure (hPa, default 1013.25), humidity
// (%RH, default 50), also accepted as attrs. The raw ADC words are found by searching the
// ADC range with the datasheet's integer compensation formulas (monotonic in the ADC value),
// so any driver that applies Bosch's formulas reads back the set values (to their resolution).
// Timing: forced mode sets `measuring` for the datasheet's maximum measurement time, then
// updates the data and returns to sleep; normal mode refreshes the data on every read once the
// first measurement has finished. An oversampling of 0 (skipped) reads 0x80000 / 0x8000.
// Simplified: IIR filter and standby time are stored but not applied; no noise.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_GND, PIN_SCL, PIN_SDA, PIN_SDO };
static const char *const bme_pins[] = {"VCC", "GND", "SCL", "SDA", "SDO", NULL};

// Calibration of the simulated chip: the datasheet's worked example (T, P) and typical
// humidity coefficients.
static const uint16_t CAL_T1 = 27504;
static const int16_t CAL_T2 = 26435, CAL_T3 = -1000;
static const uint16_t CAL_P1 = 36477;
static const int16_t CAL_P2 = -10685, CAL_P3 = 3024, CAL_P4 = 2855, CAL_P5 = 140, CAL_P6 = -7,
    CAL_P7 = 15500, CAL_P8 = -14600, CAL_P9 = 6000;
static const uint8_t CAL_H1 = 75, CAL_H3 = 0;
static const int16_t CAL_H2 = 362, CAL_H4 = 324, CAL_H5 = 50;
static const int8_t CAL_H6 = 30;

typedef struct {
    sim_part_t base;
    uint8_t address;
    bool bmp;                   // BMP280: no humidity
    uint8_t regs[256];
    uint8_t ptr;
    bool addressed, have_ptr;
    uint8_t hum_osrs;           // ctrl_hum as latched by the last ctrl_meas write
    bool normal_ready;
    uint64_t event;
    double temperature, pressure_hpa, humidity;
} bme_t;

// ---- the datasheet's compensation (section 4.2.3), in 64-bit arithmetic ----

static int64_t comp_t_fine(int32_t adc_t) {
    int64_t a = adc_t;
    int64_t var1 = (((a >> 3) - (int64_t)CAL_T1 * 2) * CAL_T2) >> 11;
    int64_t d = (a >> 4) - CAL_T1;
    int64_t var2 = (((d * d) >> 12) * CAL_T3) >> 14;
    return var1 + var2;
}

static int64_t comp_temp_centi(int64_t t_fine) {
    return (t_fine * 5 + 128) >> 8;
}

// Pressure in Pa as Q24.8.
static int64_t comp_press_q8(int32_t adc_p, int64_t t_fine) {
    int64_t var1 = t_fine - 128000;
    int64_t var2 = var1 * var1 * CAL_P6;
    var2 = var2 + var1 * CAL_P5 * 131072;
    var2 = var2 + (int64_t)CAL_P4 * 34359738368LL;
    var1 = ((var1 * var1 * CAL_P3) >> 8) + var1 * CAL_P2 * 4096;
    var1 = ((140737488355328LL + var1) * CAL_P1) >> 33;
    if (var1 == 0) {
        return 0;
    }
    int64_t p = 1048576 - adc_p;
    p = ((p * 2147483648LL - var2) * 3125) / var1;
    var1 = ((int64_t)CAL_P9 * (p >> 13) * (p >> 13)) >> 25;
    var2 = ((int64_t)CAL_P8 * p) >> 19;
    return ((p + var1 + var2) >> 8) + (int64_t)CAL_P7 * 16;
}

// Humidity in %RH as Q22.10.
static int64_t comp_hum_q10(int32_t adc_h, int64_t t_fine) {
    int64_t v = t_fine - 76800;
    int64_t x = ((int64_t)adc_h * 16384 - (int64_t)CAL_H4 * 1048576 - CAL_H5 * v + 16384) >> 15;
    int64_t y = ((((((v * CAL_H6) >> 10) * (((v * CAL_H3) >> 11) + 32768)) >> 10) + 2097152) * CAL_H2 + 8192) >> 14;
    v = x * y;
    v = v - (((((v >> 15) * (v >> 15)) >> 7) * CAL_H1) >> 4);
    v = v < 0 ? 0 : v > 419430400 ? 419430400 : v;
    return v >> 12;
}

// The ADC word in [0, max] whose compensated value is nearest `target`; `f` is monotonic,
// increasing or decreasing.
typedef int64_t (*comp_fn_t)(int32_t adc, int64_t t_fine);
static int32_t search_adc(comp_fn_t f, int64_t t_fine, int64_t target, int32_t max) {
    bool rising = f(max, t_fine) >= f(0, t_fine);
    int32_t lo = 0, hi = max;
    while (lo < hi) {                           // first adc with f >= target (rising)
        int32_t mid = lo + (hi - lo) / 2;
        int64_t v = f(mid, t_fine);
        if (rising ? v >= target : v <= target) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    if (lo > 0) {
        int64_t d0 = f(lo, t_fine) - target, d1 = f(lo - 1, t_fine) - target;
        if ((d1 < 0 ? -d1 : d1) < (d0 < 0 ? -d0 : d0)) {
            lo--;
        }
    }
    return lo;
}

static int64_t comp_temp_of_adc(int32_t adc, int64_t unused) {
    (void)unused;
    return comp_temp_centi(comp_t_fine(adc));
}

static void bme_measure(bme_t *b) {
    uint8_t meas = b->regs[0xf4];
    int osrs_t = meas >> 5, osrs_p = (meas >> 2) & 7;
    int32_t adc_t = search_adc(comp_temp_of_adc, 0, (int64_t)(b->temperature * 100.0 + (b->temperature < 0 ? -0.5 : 0.5)), 0xfffff);
    int64_t t_fine = comp_t_fine(adc_t);
    int32_t adc_p = search_adc(comp_press_q8, t_fine, (int64_t)(b->pressure_hpa * 100.0 * 256.0 + 0.5), 0xfffff);
    int32_t adc_h = search_adc(comp_hum_q10, t_fine, (int64_t)(b->humidity * 1024.0 + 0.5), 0xffff);
    if (osrs_t == 0) {
        adc_t = 0x80000;
    }
    if (osrs_p == 0) {
        adc_p = 0x80000;
    }
    if (b->hum_osrs == 0 || b->bmp) {
        adc_h = 0x8000;
    }
    uint8_t *d = &b->regs[0xf7];
    d[0] = (uint8_t)(adc_p >> 12);
    d[1] = (uint8_t)(adc_p >> 4);
    d[2] = (uint8_t)((adc_p & 0xf) << 4);
    d[3] = (uint8_t)(adc_t >> 12);
    d[4] = (uint8_t)(adc_t >> 4);
    d[5] = (uint8_t)((adc_t & 0xf) << 4);
    d[6] = b->bmp ? 0 : (uint8_t)(adc_h >> 8);
    d[7] = b->bmp ? 0 : (uint8_t)adc_h;
}

// Datasheet 9.1: maximum measurement time in ns for the current oversampling settings.
static sim_ns_t bme_measure_time(bme_t *b) {
    static const int os[8] = {0, 1, 2, 4, 8, 16, 16, 16};
    int t = os[b->regs[0xf4] >> 5], p = os[(b->regs[0xf4] >> 2) & 7], h = os[b->hum_osrs & 7];
    double ms = 1.25 + 2.3 * t + (p ? 2.3 * p + 0.575 : 0) + (h ? 2.3 * h + 0.575 : 0);
    return (sim_ns_t)(ms * 1e6);
}

static void bme_measure_done(sim_part_t *p, intptr_t a) {
    bme_t *b = (bme_t *)p;
    (void)a;
    b->event = 0;
    b->regs[0xf3] &= (uint8_t)~0x08;
    bme_measure(b);
    if ((b->regs[0xf4] & 3) == 3) {
        b->normal_ready = true;
    } else {
        b->regs[0xf4] &= (uint8_t)~3;           // forced: back to sleep
    }
}

static void bme_cancel(bme_t *b) {
    if (b->event) {
        sim_event_cancel(b->event);
        b->event = 0;
    }
}

static void put16le(uint8_t *r, int v) {
    r[0] = (uint8_t)(v & 0xff);
    r[1] = (uint8_t)((v >> 8) & 0xff);
}

static void bme_reset_regs(bme_t *b) {
    bme_cancel(b);
    memset(b->regs, 0, sizeof(b->regs));
    uint8_t *r = b->regs;
    put16le(r + 0x88, CAL_T1);
    put16le(r + 0x8a, CAL_T2);
    put16le(r + 0x8c, CAL_T3);
    put16le(r + 0x8e, CAL_P1);
    put16le(r + 0x90, CAL_P2);
    put16le(r + 0x92, CAL_P3);
    put16le(r + 0x94, CAL_P4);
    put16le(r + 0x96, CAL_P5);
    put16le(r + 0x98, CAL_P6);
    put16le(r + 0x9a, CAL_P7);
    put16le(r + 0x9c, CAL_P8);
    put16le(r + 0x9e, CAL_P9);
    r[0xf7] = 0x80;                             // press = temp = 0x80000, hum = 0x8000
    r[0xfa] = 0x80;
    if (b->bmp) {
        r[0xd0] = 0x58;
    } else {
        r[0xa1] = CAL_H1;
        put16le(r + 0xe1, CAL_H2);
        r[0xe3] = CAL_H3;
        r[0xe4] = (uint8_t)(CAL_H4 >> 4);
        r[0xe5] = (uint8_t)((CAL_H4 & 0x0f) | ((CAL_H5 & 0x0f) << 4));
        r[0xe6] = (uint8_t)(CAL_H5 >> 4);
        r[0xe7] = (uint8_t)CAL_H6;
        r[0xd0] = 0x60;
        r[0xfd] = 0x80;
    }
    b->hum_osrs = 0;
    b->normal_ready = false;
}

static void bme_reset(sim_part_t *p) {
    bme_t *b = (bme_t *)p;
    b->event = 0;
    bme_reset_regs(b);
    b->addressed = b->have_ptr = false;
    b->ptr = 0;
    b->temperature = sim_part_attr_range(p, "temperature", 25.0, -40, 85);
    b->pressure_hpa = sim_part_attr_range(p, "pressure", 1013.25, 300, 1100);
    b->humidity = sim_part_attr_range(p, "humidity", 50.0, 0, 100);
}

static const char *bme_init(sim_part_t *p) {
    bme_t *b = (bme_t *)p;
    b->address = sim_part_i2c_address(p, 0x76);
    b->bmp = p->type == &sim_part_bmp280;
    return NULL;
}

static bool bme_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    bme_t *b = (bme_t *)p;
    uint8_t mine = b->address;
    if (sim_part_pin_wired(p, PIN_SDO)) {
        mine = sim_part_pin_level(p, PIN_SDO) ? 0x77 : 0x76;
    }
    b->addressed = addr == mine;
    b->have_ptr = false;
    if (b->addressed && read && b->normal_ready) {
        bme_measure(b);
    }
    return b->addressed;
}

static void bme_write_reg(bme_t *b, uint8_t reg, uint8_t v) {
    switch (reg) {
        case 0xe0:
            if (v == 0xb6) {
                bme_reset_regs(b);
            }
            break;
        case 0xf2:
            if (!b->bmp) {
                b->regs[0xf2] = v & 7;
            }
            break;
        case 0xf5:
            b->regs[0xf5] = v & 0xfd;
            break;
        case 0xf4: {
            b->regs[0xf4] = v;
            b->hum_osrs = b->regs[0xf2] & 7;
            bme_cancel(b);
            b->normal_ready = false;
            int mode = v & 3;
            if (mode == 0) {
                b->regs[0xf3] &= (uint8_t)~0x08;
            } else {
                b->regs[0xf3] |= 0x08;
                b->event = sim_part_post(&b->base, bme_measure_time(b), bme_measure_done, 0);
            }
            break;
        }
        default:
            break;                              // read-only
    }
}

static bool bme_i2c_write(sim_part_t *p, uint8_t byte) {
    bme_t *b = (bme_t *)p;
    if (!b->addressed) {
        return false;
    }
    if (!b->have_ptr) {
        b->ptr = byte;
        b->have_ptr = true;
    } else {
        bme_write_reg(b, b->ptr, byte);
        b->have_ptr = false;                    // next byte is a register address again
    }
    return true;
}

static uint8_t bme_i2c_read(sim_part_t *p) {
    bme_t *b = (bme_t *)p;
    return b->regs[b->ptr++];
}

static void bme_i2c_stop(sim_part_t *p) {
    bme_t *b = (bme_t *)p;
    b->addressed = false;
    b->have_ptr = false;
}

static int bme_set_control(sim_part_t *p, const char *name, double value) {
    bme_t *b = (bme_t *)p;
    if (strcmp(name, "temperature") == 0) {
        b->temperature = sim_clampd(value, -40, 85);
    } else if (strcmp(name, "pressure") == 0) {
        b->pressure_hpa = sim_clampd(value, 300, 1100);
    } else if (strcmp(name, "humidity") == 0 && !b->bmp) {
        b->humidity = sim_clampd(value, 0, 100);
    } else {
        return -1;
    }
    return 0;
}

const sim_part_type_t sim_part_bme280 = {
    .type = "board-bme280",
    .size = sizeof(bme_t),
    .pin_names = bme_pins,
    .init = bme_init,
    .reset = bme_reset,
    .i2c_start = bme_i2c_start,
    .i2c_write = bme_i2c_write,
    .i2c_read = bme_i2c_read,
    .i2c_stop = bme_i2c_stop,
    .set_control = bme_set_control,
};

const sim_part_type_t sim_part_bmp280 = {
    .type = "board-bmp280",
    .size = sizeof(bme_t),
    .pin_names = bme_pins,
    .init = bme_init,
    .reset = bme_reset,
    .i2c_start = bme_i2c_start,
    .i2c_write = bme_i2c_write,
    .i2c_read = bme_i2c_read,
    .i2c_stop = bme_i2c_stop,
    .set_control = bme_set_control,
};
