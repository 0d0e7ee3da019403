// ports/sim/parts/rtc.c: real-time clocks on I2C 0x68: Maxim DS1307 (Wokwi "wokwi-ds1307")
// and DS3231 (our type "board-ds3231"; Wokwi has none).
//
// Time base: the chip's time is base_sec + (sim_now() - base_ns), in whole seconds since
// 2000-01-01 00:00:00, so it follows VIRTUAL time: two runs read the same. The start time is
// attr initTime: absent, "now" or "0" = 2000-01-01 00:00:00 (Wokwi's "now" would make runs
// differ), a number = seconds since 2000-01-01, or "YYYY-MM-DD HH:MM:SS" (also with 'T').
// Registers (BCD): 0 seconds (DS1307 bit 7 CH halts the clock), 1 minutes, 2 hours (bit 6 =
// 12-hour mode, then bit 5 = PM), 3 day of week 1..7 (user-defined; 2000-01-01 reads 6, i.e.
// Monday = 1), 4 date, 5 month (DS3231 bit 7 = century, years 2100..2199), 6 year 00..99.
// As on the chips, the time registers are copied to a buffer at START: a burst read is
// consistent and writes go to the buffer, which sets the clock at STOP (and restarts the
// sub-second divider). Register pointer auto-increments and wraps (DS1307 0x3F, DS3231 0x12).
// DS1307: 0x07 control (0x03 after reset), 0x08-0x3F 56 bytes of RAM (kept across reset()).
// DS3231: 0x07-0x0D alarms (matched on virtual time, flags and the INT/SQW pin: see below),
// 0x10 aging (stored), 0x0E control (0x1C), 0x0F status (0x88: OSF = oscillator stopped, i.e.
// "time not set", set at power-on; OSF/A2F/A1F can only be cleared by writing 0), 0x11-0x12
// temperature (control/attr temperature, deg C, default 25; 0.25 deg steps).
#include <stdio.h>
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_SDA, PIN_SCL, PIN_SQW, PIN_32K };
static const char *const ds1307_pins[] = {"GND", "5V", "SDA", "SCL", "SQW", NULL};
static const char *const ds3231_pins[] = {"GND", "VCC", "SDA", "SCL", "SQW", "32K", NULL};

typedef struct {
    sim_part_t base;
    bool ds3231;
    uint8_t n_regs;             // 0x40 (DS1307) or 0x13 (DS3231)
    uint8_t regs[0x40];         // non-time registers and RAM
    uint8_t buf[7];             // time registers latched at START
    bool buf_written;
    uint8_t ptr;
    bool addressed, have_ptr;
    int64_t base_sec;           // chip time at base_ns
    sim_ns_t base_ns;
    bool halted;                // DS1307 CH
    bool h12;                   // hours register in 12-hour mode
    int dow_offset;             // day of week = (days + dow_offset) % 7 + 1
    double temperature;
    uint64_t alarm_event[2];    // DS3231: the next match of alarm 1 / alarm 2
    bool alarms_dirty;          // alarm or time registers written: re-plan at STOP
} rtc_t;

static void rtc_plan_alarms(rtc_t *r);

static int64_t rtc_now_sec(rtc_t *r) {
    if (r->halted) {
        return r->base_sec;
    }
    return r->base_sec + (sim_now() - r->base_ns) / SIM_NS_PER_S;
}

static int64_t floor_div(int64_t a, int64_t b) {
    return a / b - ((a % b) != 0 && ((a < 0) != (b < 0)));
}

static void rtc_latch(rtc_t *r) {
    int64_t t = rtc_now_sec(r);
    int64_t days = floor_div(t, 86400);
    int secs = (int)(t - days * 86400);
    int y, mo, d;
    sim_civil_from_days(days, &y, &mo, &d);
    int h = secs / 3600, mi = secs / 60 % 60, s = secs % 60;
    r->buf[0] = (uint8_t)(sim_bcd_from_int(s) | (r->halted && !r->ds3231 ? 0x80 : 0));
    r->buf[1] = sim_bcd_from_int(mi);
    if (r->h12) {
        int h12 = h % 12 == 0 ? 12 : h % 12;
        r->buf[2] = (uint8_t)(0x40 | (h >= 12 ? 0x20 : 0) | sim_bcd_from_int(h12));
    } else {
        r->buf[2] = sim_bcd_from_int(h);
    }
    r->buf[3] = (uint8_t)(((days + r->dow_offset) % 7 + 7) % 7 + 1);
    r->buf[4] = sim_bcd_from_int(d);
    r->buf[5] = (uint8_t)(sim_bcd_from_int(mo) | (r->ds3231 && y >= 2100 ? 0x80 : 0));
    r->buf[6] = sim_bcd_from_int(y % 100);
    r->buf_written = false;
}

static int clampi(int v, int lo, int hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

// Sets the clock from the (written) time buffer.
static void rtc_set_from_buf(rtc_t *r) {
    const uint8_t *b = r->buf;
    int s = clampi(sim_bcd_to_int(b[0] & 0x7f), 0, 59);
    int mi = clampi(sim_bcd_to_int(b[1] & 0x7f), 0, 59);
    int h;
    r->h12 = (b[2] & 0x40) != 0;
    if (r->h12) {
        h = clampi(sim_bcd_to_int(b[2] & 0x1f), 1, 12) % 12 + ((b[2] & 0x20) ? 12 : 0);
    } else {
        h = clampi(sim_bcd_to_int(b[2] & 0x3f), 0, 23);
    }
    int d = clampi(sim_bcd_to_int(b[4] & 0x3f), 1, 31);
    int mo = clampi(sim_bcd_to_int(b[5] & 0x1f), 1, 12);
    int y = 2000 + clampi(sim_bcd_to_int(b[6]), 0, 99) + (r->ds3231 && (b[5] & 0x80) ? 100 : 0);
    int64_t days = sim_days_from_civil(y, mo, d);
    r->base_sec = days * 86400 + h * 3600 + mi * 60 + s;
    r->base_ns = sim_now();
    int dow = clampi(b[3] & 7, 1, 7);
    r->dow_offset = (int)((((dow - 1) - days) % 7 + 7) % 7);
    if (!r->ds3231) {
        r->halted = (b[0] & 0x80) != 0;
    }
}

static const char *rtc_parse_init_time(sim_part_t *p, int64_t *out) {
    const char *s = sim_part_attr_str(p, "initTime", NULL);
    *out = 0;
    if (s == NULL) {
        double v = sim_part_attr_num(p, "initTime", 0);
        if (!(v >= 0 && v < 6e9)) {
            return "initTime out of range (2000-01-01 .. 2199-12-31)";
        }
        *out = (int64_t)v;
        return NULL;
    }
    if (strcmp(s, "now") == 0 || s[0] == 0) {
        return NULL;
    }
    int y, mo, d, h = 0, mi = 0, sec = 0;
    char sep;
    int n = sscanf(s, "%d-%d-%d%c%d:%d:%d", &y, &mo, &d, &sep, &h, &mi, &sec);
    if (n == 3 || n == 7) {
        if (y < 2000 || y > 2199 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23
            || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
            return "initTime out of range (2000-01-01 .. 2199-12-31)";
        }
        *out = sim_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
        return NULL;
    }
    long long v;
    char extra;
    if (sscanf(s, "%lld%c", &v, &extra) == 1 && v >= 0 && v < 6000000000LL) {
        *out = v;
        return NULL;
    }
    return "initTime must be \"now\", seconds since 2000-01-01 or \"YYYY-MM-DD HH:MM:SS\"";
}

// ---- DS3231 alarms
//
// Alarm 1 (0x07-0x0A: seconds, minutes, hours, day/date) and alarm 2 (0x0B-0x0D: minutes,
// hours, day/date); bit 7 of each register (AxMy) masks that field out of the match, bit 6 of
// day/date selects the day of week (1) or the date (0), hours may be in 12-hour form. Alarm 2
// matches at seconds 00. A match sets A1F / A2F (status bits 0 / 1); with INTCN (control bit 2)
// set, INT/SQW is pulled low while a flag is set and its enable (A1IE / A2IE) is on. Each
// alarm's next match is an event on virtual time, re-planned whenever the time or the alarm
// registers are written. Simplified: with INTCN clear INT/SQW is released (no square wave).

static bool alarm_matches(rtc_t *r, int which, int64_t t) {
    const uint8_t *a = which == 0 ? &r->regs[0x07] : &r->regs[0x0b];
    int64_t days = floor_div(t, 86400);
    int secs = (int)(t - days * 86400);
    int h = secs / 3600, m = secs / 60 % 60, s = secs % 60;
    int i = 0;
    if (which == 0) {
        if (!(a[0] & 0x80) && sim_bcd_to_int(a[0] & 0x7f) != s) {
            return false;
        }
        i = 1;
    } else if (s != 0) {
        return false;
    }
    if (!(a[i] & 0x80) && sim_bcd_to_int(a[i] & 0x7f) != m) {
        return false;
    }
    uint8_t hr = a[i + 1];
    if (!(hr & 0x80)) {
        int want = (hr & 0x40) ? sim_bcd_to_int(hr & 0x1f) % 12 + ((hr & 0x20) ? 12 : 0)
                               : sim_bcd_to_int(hr & 0x3f);
        if (want != h) {
            return false;
        }
    }
    uint8_t dd = a[i + 2];
    if (!(dd & 0x80)) {
        if (dd & 0x40) {
            if ((int)(((days + r->dow_offset) % 7 + 7) % 7 + 1) != (dd & 0x0f)) {
                return false;
            }
        } else {
            int y, mo, d;
            sim_civil_from_days(days, &y, &mo, &d);
            if (sim_bcd_to_int(dd & 0x3f) != d) {
                return false;
            }
        }
    }
    return true;
}

// The first second >= from at which the alarm matches, or -1 within 400 days.
static int64_t alarm_next(rtc_t *r, int which, int64_t from) {
    int64_t day = floor_div(from, 86400);
    for (int n = 0; n < 400; n++, day++) {
        int64_t t0 = day * 86400;
        // the day field: test one candidate second of the day with the time fields masked
        uint8_t save[4];
        uint8_t *a = which == 0 ? &r->regs[0x07] : &r->regs[0x0b];
        int nf = which == 0 ? 4 : 3;
        memcpy(save, a, (size_t)nf);
        for (int k = 0; k < nf - 1; k++) {
            a[k] |= 0x80;
        }
        bool day_ok = alarm_matches(r, which, t0);
        memcpy(a, save, (size_t)nf);
        if (!day_ok) {
            continue;
        }
        int64_t start = from > t0 ? from - t0 : 0;
        for (int64_t s = start; s < 86400; s++) {
            if (which == 1 && s % 60 != 0) {
                s += 59 - s % 60;
                continue;
            }
            if (alarm_matches(r, which, t0 + s)) {
                return t0 + s;
            }
        }
    }
    return -1;
}

static void rtc_drive_int(rtc_t *r) {
    uint8_t ctl = r->regs[0x0e], st = r->regs[0x0f];
    bool active = (ctl & 0x04) && (((ctl & 1) && (st & 1)) || ((ctl & 2) && (st & 2)));
    sim_part_drive(&r->base, PIN_SQW, active ? SIM_DRIVE_LOW : SIM_DRIVE_Z);
}

static void rtc_alarm_fire(sim_part_t *p, intptr_t which) {
    rtc_t *r = (rtc_t *)p;
    r->alarm_event[which] = 0;
    r->regs[0x0f] |= (uint8_t)(1 << which);
    rtc_drive_int(r);
    rtc_plan_alarms(r);
}

static void rtc_plan_alarms(rtc_t *r) {
    if (!r->ds3231) {
        return;
    }
    for (int w = 0; w < 2; w++) {
        if (r->alarm_event[w]) {
            sim_event_cancel(r->alarm_event[w]);
            r->alarm_event[w] = 0;
        }
        // the next match after the current second
        int64_t now = rtc_now_sec(r);
        int64_t t = alarm_next(r, w, now + 1);
        if (t >= 0) {
            sim_ns_t when = r->base_ns + (sim_ns_t)(t - r->base_sec) * SIM_NS_PER_S;
            r->alarm_event[w] = sim_part_post(&r->base, when - sim_now(), rtc_alarm_fire, w);
        }
    }
}


static void rtc_reset(sim_part_t *p) {
    rtc_t *r = (rtc_t *)p;
    int64_t t0;
    rtc_parse_init_time(p, &t0);            // validated by init
    r->base_sec = t0;
    r->base_ns = sim_now();
    r->halted = false;
    r->h12 = false;
    r->dow_offset = 5;                      // 2000-01-01 was a Saturday: 6 with Monday = 1
    r->ptr = 0;
    r->addressed = r->have_ptr = false;
    r->temperature = sim_part_attr_num(p, "temperature", 25.0);
    if (r->ds3231) {
        memset(r->regs, 0, sizeof(r->regs));
        r->regs[0x0e] = 0x1c;
        r->regs[0x0f] = 0x88;
        for (int w = 0; w < 2; w++) {
            if (r->alarm_event[w]) {
                sim_event_cancel(r->alarm_event[w]);
            }
            r->alarm_event[w] = 0;
        }
        r->alarms_dirty = false;
        rtc_drive_int(r);
        rtc_plan_alarms(r);
    } else {
        r->regs[0x07] = 0x03;               // RAM (0x08..0x3F) is battery-backed: kept
    }
}

static const char *rtc_init_common(sim_part_t *p, bool ds3231) {
    rtc_t *r = (rtc_t *)p;
    r->ds3231 = ds3231;
    r->n_regs = ds3231 ? 0x13 : 0x40;
    memset(r->regs, 0, sizeof(r->regs));
    int64_t t0;
    return rtc_parse_init_time(p, &t0);
}

static const char *ds1307_init(sim_part_t *p) {
    return rtc_init_common(p, false);
}

static const char *ds3231_init(sim_part_t *p) {
    return rtc_init_common(p, true);
}

static bool rtc_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    rtc_t *r = (rtc_t *)p;
    (void)read;
    if (r->addressed && r->buf_written) {
        rtc_set_from_buf(r);                // a repeated START ends the write too
        rtc_plan_alarms(r);
    }
    r->addressed = addr == 0x68;
    r->have_ptr = false;
    if (r->addressed) {
        rtc_latch(r);
    }
    return r->addressed;
}

static uint8_t rtc_read_reg(rtc_t *r, uint8_t reg) {
    if (reg < 7) {
        return r->buf[reg];
    }
    if (r->ds3231 && (reg == 0x11 || reg == 0x12)) {
        double t = sim_clampd(r->temperature, -128, 127.75) * 4.0;
        int q = (int)(t < 0 ? t - 0.5 : t + 0.5);
        q = clampi(q, -512, 511);
        return reg == 0x11 ? (uint8_t)(int8_t)(q >> 2) : (uint8_t)((q & 3) << 6);
    }
    return r->regs[reg];
}

static void rtc_write_reg(rtc_t *r, uint8_t reg, uint8_t v) {
    if (reg < 7) {
        r->buf[reg] = v;
        r->buf_written = true;
        return;
    }
    if (r->ds3231) {
        if (reg == 0x0f) {
            uint8_t old = r->regs[0x0f];
            // OSF (7), A2F (1), A1F (0) clear-only; EN32kHz (3) read/write; BSY (2) read-only
            r->regs[0x0f] = (uint8_t)((old & v & 0x83) | (v & 0x08));
            rtc_drive_int(r);
        } else if (reg == 0x11 || reg == 0x12) {
            // temperature: read-only
        } else {
            r->regs[reg] = v;
            if (reg == 0x0e) {
                rtc_drive_int(r);
            } else if (reg <= 0x0d) {
                r->alarms_dirty = true;
            }
        }
    } else {
        r->regs[reg] = reg == 0x07 ? (v & 0x93) : v;
    }
}

static bool rtc_i2c_write(sim_part_t *p, uint8_t b) {
    rtc_t *r = (rtc_t *)p;
    if (!r->addressed) {
        return false;
    }
    if (!r->have_ptr) {
        r->ptr = b < r->n_regs ? b : 0;
        r->have_ptr = true;
        return true;
    }
    rtc_write_reg(r, r->ptr, b);
    r->ptr = (uint8_t)((r->ptr + 1) % r->n_regs);
    return true;
}

static uint8_t rtc_i2c_read(sim_part_t *p) {
    rtc_t *r = (rtc_t *)p;
    uint8_t v = rtc_read_reg(r, r->ptr);
    r->ptr = (uint8_t)((r->ptr + 1) % r->n_regs);
    return v;
}

static void rtc_i2c_stop(sim_part_t *p) {
    rtc_t *r = (rtc_t *)p;
    if (r->addressed && r->buf_written) {
        rtc_set_from_buf(r);
        r->alarms_dirty = true;
    }
    if (r->alarms_dirty) {
        r->alarms_dirty = false;
        rtc_plan_alarms(r);
    }
    r->buf_written = false;
    r->addressed = r->have_ptr = false;
}

static int rtc_set_control(sim_part_t *p, const char *name, double value) {
    rtc_t *r = (rtc_t *)p;
    if (r->ds3231 && strcmp(name, "temperature") == 0) {
        r->temperature = value;
        return 0;
    }
    return -1;
}

int64_t sim_rtc_seconds(sim_part_t *p) {
    if (p->type != &sim_part_ds1307 && p->type != &sim_part_ds3231) {
        return 0;
    }
    return rtc_now_sec((rtc_t *)p);
}

const sim_part_type_t sim_part_ds1307 = {
    .type = "wokwi-ds1307",
    .size = sizeof(rtc_t),
    .pin_names = ds1307_pins,
    .init = ds1307_init,
    .reset = rtc_reset,
    .i2c_start = rtc_i2c_start,
    .i2c_write = rtc_i2c_write,
    .i2c_read = rtc_i2c_read,
    .i2c_stop = rtc_i2c_stop,
    .set_control = rtc_set_control,
};

const sim_part_type_t sim_part_ds3231 = {
    .type = "board-ds3231",
    .size = sizeof(rtc_t),
    .pin_names = ds3231_pins,
    .init = ds3231_init,
    .reset = rtc_reset,
    .i2c_start = rtc_i2c_start,
    .i2c_write = rtc_i2c_write,
    .i2c_read = rtc_i2c_read,
    .i2c_stop = rtc_i2c_stop,
    .set_control = rtc_set_control,
};
