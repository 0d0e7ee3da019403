// ports/sim/parts/part_util.c: helpers shared by the device models (attribute parsing, civil
// date arithmetic, a fallback net query) and the PWM dispatch to parts. No interpreter here.
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <ctype.h>
#include <stdio.h>
#include "part_util.h"

void sim_parts_net_changed(int net, int level) {
    if (net < 0) {
        return;
    }
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->type == NULL || p->type->pin_changed == NULL) {
            continue;
        }
        for (int k = 0; k < p->n_pins; k++) {
            if (p->pins[k].net == net) {
                p->type->pin_changed(p, k, level);
                if (sim_net_level(net) != level) {
                    return;     // a part changed the net again: that change told everyone
                }
            }
        }
    }
}

// The first bad attribute seen since the last take (the loader turns it into an error).
static char attr_error[200];

void sim_part_attr_fail(const sim_part_t *p, const char *fmt, ...) {
    if (attr_error[0] != 0) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(attr_error, sizeof(attr_error), fmt, ap);
    va_end(ap);
    (void)p;
}

bool sim_part_attr_error_take(char *buf, size_t len) {
    if (attr_error[0] == 0) {
        return false;
    }
    snprintf(buf, len, "%s", attr_error);
    attr_error[0] = 0;
    return true;
}

double sim_part_attr_range(const sim_part_t *p, const char *key, double dflt, double lo, double hi) {
    const char *s = sim_part_attr_str(p, key, NULL);
    if (s == NULL) {
        return dflt;
    }
    char *end;
    double v = strtod(s, &end);
    while (end != s && isspace((unsigned char)*end)) {
        end++;
    }
    if (end == s || *end != 0 || v != v) {
        sim_part_attr_fail(p, "attr \"%s\" must be a number, not \"%s\"", key, s);
        return dflt;
    }
    if (v < lo || v > hi) {
        double c = sim_clampd(v, lo, hi);
        sim_log("%s: attr \"%s\" %g is out of range %g..%g: using %g", p->id ? p->id : "?", key, v, lo, hi, c);
        return c;
    }
    return v;
}

long sim_part_attr_int(const sim_part_t *p, const char *key, long dflt) {
    const char *s = sim_part_attr_str(p, key, NULL);
    if (s != NULL) {
        char *end;
        long v = strtol(s, &end, 0);
        if (end != s) {
            return v;
        }
        return dflt;
    }
    return (long)sim_clampd(sim_part_attr_num(p, key, (double)dflt), -1e9, 1e9);
}

long sim_part_attr_int_any(const sim_part_t *p, const char *const *keys, long dflt) {
    for (; *keys != NULL; keys++) {
        if (sim_part_attr_str(p, *keys, NULL) != NULL) {
            return sim_part_attr_int(p, *keys, dflt);
        }
        // numbers: probe with two different defaults to tell "absent" from "present"
        double a = sim_part_attr_num(p, *keys, -1.0), b = sim_part_attr_num(p, *keys, -2.0);
        if (a == b) {
            return (long)sim_clampd(a, -1e9, 1e9);
        }
    }
    return dflt;
}

uint8_t sim_part_i2c_address(const sim_part_t *p, uint8_t dflt) {
    static const char *const keys[] = {"i2cAddress", "i2c-address", "address", NULL};
    long v = sim_part_attr_int_any(p, keys, dflt);
    if (v < 0 || v > 0x7f) {
        sim_part_attr_fail(p, "i2cAddress must be a 7-bit address such as \"0x%02x\", not %ld (0x%lx)", dflt, v, (unsigned long)v);
        return dflt;
    }
    return (uint8_t)v;
}

bool sim_part_pin_wired(const sim_part_t *p, int pin) {
    return pin >= 0 && pin < p->n_pins && p->pins[pin].net >= 0;
}

// Weak fallback: net.c should provide the exact query (drivers other than self's, strong vs
// weak). This one only sees the resolved level, own drivers included, and guesses the common
// wiring (an input with pull-up against GND): a low net reads as a strong LOW, a high net as a
// pull-up. A button between 3V3 and an input with pull-down needs the real query.
__attribute__((weak)) sim_drive_t sim_net_external_drive(int net, const sim_part_t *self) {
    (void)self;
    if (net < 0 || sim_net_floating(net)) {
        return SIM_DRIVE_Z;
    }
    return sim_net_level(net) ? SIM_DRIVE_PULL_UP : SIM_DRIVE_LOW;
}

// Civil date <-> day count, by whole years and months (the range is small: 1970..2199).
static bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
static int days_in_month(int y, int m) {
    static const uint8_t dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

int64_t sim_days_from_civil(int year, int month, int day) {
    int64_t d = 0;
    if (year >= 2000) {
        for (int y = 2000; y < year; y++) {
            d += is_leap(y) ? 366 : 365;
        }
    } else {
        for (int y = year; y < 2000; y++) {
            d -= is_leap(y) ? 366 : 365;
        }
    }
    for (int m = 1; m < month; m++) {
        d += days_in_month(year, m);
    }
    return d + day - 1;
}

void sim_civil_from_days(int64_t days, int *year, int *month, int *day) {
    int y = 2000;
    while (days < 0) {
        y--;
        days += is_leap(y) ? 366 : 365;
    }
    for (;;) {
        int n = is_leap(y) ? 366 : 365;
        if (days < n) {
            break;
        }
        days -= n;
        y++;
    }
    int m = 1;
    while (days >= days_in_month(y, m)) {
        days -= days_in_month(y, m);
        m++;
    }
    *year = y;
    *month = m;
    *day = (int)days + 1;
}

void sim_part_pwm(sim_part_t *p, int pin, double freq_hz, double duty) {
    sim_led_pwm(p, pin, freq_hz, duty);
    sim_servo_pwm(p, pin, freq_hz, duty);
    sim_rgb_led_pwm(p, pin, freq_hz, duty);
    sim_buzzer_pwm(p, pin, freq_hz, duty);
}

static sim_drive_t drive_combine(sim_drive_t a, sim_drive_t b) {
    bool a_strong = a == SIM_DRIVE_LOW || a == SIM_DRIVE_HIGH;
    bool b_strong = b == SIM_DRIVE_LOW || b == SIM_DRIVE_HIGH;
    if (a_strong || b_strong) {
        if (a_strong && b_strong && a != b) {
            return SIM_DRIVE_LOW;
        }
        return a_strong ? a : b;
    }
    if (a == SIM_DRIVE_Z) {
        return b;
    }
    if (b == SIM_DRIVE_Z || a == b) {
        return a;
    }
    return SIM_DRIVE_Z;
}

void sim_part_join_pins(sim_part_t *p, const int8_t *group_of_pin, bool *guard) {
    if (*guard) {
        return;
    }
    *guard = true;
    sim_drive_t want[SIM_PART_MAX_PINS];
    for (int k = 0; k < p->n_pins; k++) {
        want[k] = SIM_DRIVE_Z;
        int net = p->pins[k].net;
        if (net < 0 || group_of_pin[k] < 0) {
            continue;
        }
        for (int j = 0; j < p->n_pins; j++) {
            int other = p->pins[j].net;
            if (j == k || group_of_pin[j] != group_of_pin[k] || other < 0 || other == net) {
                continue;
            }
            want[k] = drive_combine(want[k], sim_net_external_drive(other, p));
        }
    }
    for (int k = 0; k < p->n_pins; k++) {
        if (p->pins[k].net >= 0 && !p->pins[k].analog && p->pins[k].drive != want[k]) {
            sim_part_drive(p, k, want[k]);
        }
    }
    *guard = false;
}

void sim_duty_reset(sim_duty_t *d, bool on) {
    d->on = on;
    d->seen_rise = false;
    d->last_change = sim_now();
    d->rise = 0;
    d->on_ns = d->period = 0;
    d->duty = 0;
}

void sim_duty_update(sim_duty_t *d, bool on) {
    if (on == d->on) {
        return;
    }
    sim_ns_t t = sim_now();
    if (d->period > 0 && t - d->last_change > 2 * d->period) {
        d->period = 0;          // the input was still: the old period no longer applies
    }
    if (on) {
        if (d->seen_rise && t > d->rise) {
            d->period = t - d->rise;
            d->duty = (double)d->on_ns / (double)d->period;
        }
        d->rise = t;
        d->seen_rise = true;
    } else if (d->seen_rise) {
        d->on_ns = t - d->rise;
    }
    d->on = on;
    d->last_change = t;
}

double sim_duty_value(const sim_duty_t *d) {
    if (d->period > 0 && sim_now() - d->last_change <= 2 * d->period) {
        return d->duty;
    }
    return d->on ? 1.0 : 0.0;
}

bool sim_color_parse(const char *s, uint8_t rgb[3]) {
    static const struct { const char *name; uint32_t rgb; } names[] = {
        {"red", 0xff0000}, {"green", 0x00ff00}, {"blue", 0x0000ff}, {"yellow", 0xffff00},
        {"white", 0xffffff}, {"orange", 0xff8000},
    };
    uint32_t v = 0;
    bool ok = false;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(s, names[i].name) == 0) {
            v = names[i].rgb;
            ok = true;
        }
    }
    if (!ok && s[0] == '#' && strlen(s) == 7) {
        char *end;
        v = (uint32_t)strtoul(s + 1, &end, 16);
        ok = *end == 0;
    }
    rgb[0] = (uint8_t)(v >> 16);
    rgb[1] = (uint8_t)(v >> 8);
    rgb[2] = (uint8_t)v;
    return ok;
}

bool sim_spi_transfer_active;
