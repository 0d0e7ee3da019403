// ports/sim/machine_analog.c: machine.ADC, machine.PWM and machine.RTC.
//
// ADC: reads the voltage of the pin's net (a potentiometer's wiper, or VCC/0 V from a digital
// level): read_u16() = round(v / 3.3 V * 65535), read_uv() in microvolts, read() in 12 bits
// (esp32 default width). Attenuation is stored; the full scale is 3.3 V for every setting (a
// simplification of the esp32's per-attenuation ranges, written in docs/sim.md).
//
// PWM: the output really toggles on the virtual clock (rise at each period start, fall after the
// duty time), so parts and the VCD see the waveform; duty 0 and full duty are constant levels
// with no events. Frequency and duty are quantised like the esp32 LEDC: resolution bits =
// floor(log2(80 MHz / freq)), at most 16; rp2: a 16-bit counter at 125 MHz / divider.
//
// RTC: seconds since 2000-01-01 follow virtual time from a fixed epoch (--rtc); setting the
// datetime moves the epoch. weekday is 0 = Monday, as MicroPython's.
#include <string.h>
#include <math.h>
#include <time.h>

#include "py/runtime.h"
#include "machine.h"

// ---- ADC

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
    uint8_t atten;
    uint8_t width;
} machine_adc_obj_t;

static mp_obj_t adc_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, true);
    int g;
    if (mp_obj_is_int(args[0]) && strcmp(sim_profile->platform, "rp2") == 0 && mp_obj_get_int(args[0]) >= 0 && mp_obj_get_int(args[0]) <= 4) {
        // rp2: ADC(0..3) are GPIO26..29; ADC(4) is the temperature sensor (reads 0.706 V = 27 C)
        g = 26 + (int)mp_obj_get_int(args[0]);
    } else {
        g = sim_pin_arg(args[0]);
    }
    if (g < 30 + 0 && !(sim_profile->adc & ((uint64_t)1 << g)) && !(strcmp(sim_profile->platform, "rp2") == 0 && g == 30)) {
        mp_raise_ValueError("invalid pin for ADC");
    }
    machine_adc_obj_t *self = m_new_obj(machine_adc_obj_t);
    self->base.type = &machine_adc_type;
    self->gpio = (uint8_t)g;
    self->atten = 0;
    self->width = 12;
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    mp_map_elem_t *e = mp_map_lookup(&kw, MP_OBJ_NEW_QSTR(MP_QSTR_atten), MP_MAP_LOOKUP);
    if (e != NULL) {
        mp_int_t at = mp_obj_get_int(e->value);
        if (at < 0 || at > 3) {
            mp_raise_ValueError("invalid attenuation");
        }
        self->atten = (uint8_t)at;
    }
    return MP_OBJ_FROM_PTR(self);
}

static double adc_volts(machine_adc_obj_t *self) {
    if (self->gpio == 30 && strcmp(sim_profile->platform, "rp2") == 0) {
        return 0.706;   // the rp2040's temperature sensor at 27 C
    }
    double v = sim_net_voltage(sim_gpio[self->gpio].net);
    if (v < 0) {
        v = 0;
    }
    if (v > SIM_VCC) {
        v = SIM_VCC;
    }
    return v;
}

static mp_obj_t adc_read_u16(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)lround(adc_volts(MP_OBJ_TO_PTR(self_in)) / SIM_VCC * 65535));
}
static MP_DEFINE_CONST_FUN_OBJ_1(adc_read_u16_obj, adc_read_u16);

static mp_obj_t adc_read_uv(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)lround(adc_volts(MP_OBJ_TO_PTR(self_in)) * 1e6));
}
static MP_DEFINE_CONST_FUN_OBJ_1(adc_read_uv_obj, adc_read_uv);

static mp_obj_t adc_read(mp_obj_t self_in) {
    machine_adc_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t max = (1 << self->width) - 1;
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)lround(adc_volts(self) / SIM_VCC * max));
}
static MP_DEFINE_CONST_FUN_OBJ_1(adc_read_obj, adc_read);

static mp_obj_t adc_atten(mp_obj_t self_in, mp_obj_t a) {
    machine_adc_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t v = mp_obj_get_int(a);
    if (v < 0 || v > 3) {
        mp_raise_ValueError("invalid attenuation");
    }
    self->atten = (uint8_t)v;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(adc_atten_obj, adc_atten);

static mp_obj_t adc_width(mp_obj_t self_in, mp_obj_t w) {
    machine_adc_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t v = mp_obj_get_int(w);
    if (v < 0 || v > 3) {
        mp_raise_ValueError("invalid width");
    }
    self->width = (uint8_t)(9 + v);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(adc_width_obj, adc_width);

// init(*, atten): the esp32 port's re-initialisation (the attenuation only).
static mp_obj_t adc_init(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_atten, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
    };
    mp_arg_val_t a[1];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 1, allowed, a);
    if (a[0].u_int != -1) {
        adc_atten(pos[0], MP_OBJ_NEW_SMALL_INT(a[0].u_int));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(adc_init_obj, 1, adc_init);

static void adc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_adc_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "ADC(Pin(%u))", self->gpio);
}

static const mp_rom_map_elem_t adc_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&adc_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_read_u16), MP_ROM_PTR(&adc_read_u16_obj) },
    { MP_ROM_QSTR(MP_QSTR_read_uv), MP_ROM_PTR(&adc_read_uv_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&adc_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_atten), MP_ROM_PTR(&adc_atten_obj) },
    { MP_ROM_QSTR(MP_QSTR_width), MP_ROM_PTR(&adc_width_obj) },
    { MP_ROM_QSTR(MP_QSTR_ATTN_0DB), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_ATTN_2_5DB), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_ATTN_6DB), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_ATTN_11DB), MP_ROM_INT(3) },
    { MP_ROM_QSTR(MP_QSTR_WIDTH_9BIT), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_WIDTH_10BIT), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_WIDTH_11BIT), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_WIDTH_12BIT), MP_ROM_INT(3) },
};
static MP_DEFINE_CONST_DICT(adc_locals, adc_locals_table);

const mp_obj_type_t machine_adc_type = {
    {&mp_type_type},
    .name = MP_QSTR_ADC,
    .print = adc_print,
    .make_new = adc_make_new,
    .locals_dict = (mp_obj_dict_t *)&adc_locals,
};

// ---- PWM

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
    bool active;
    bool invert;
    uint32_t freq;          // quantised Hz
    uint32_t res_bits;      // duty resolution
    uint32_t duty_u16;      // quantised, 0..65535
    sim_ns_t period_ns;
    uint64_t event;
    bool high;
} machine_pwm_obj_t;

static machine_pwm_obj_t *pwm_by_gpio[SIM_MAX_GPIO];

static void pwm_level(machine_pwm_obj_t *p, int v) {
    sim_pin_write(p->gpio, p->invert ? !v : v);
}

static void pwm_tick(void *arg, intptr_t phase) {
    machine_pwm_obj_t *p = arg;
    if (!p->active) {
        return;
    }
    sim_ns_t high_ns = (sim_ns_t)((__int128)p->period_ns * p->duty_u16 / 65535);
    if (phase == 0) {
        pwm_level(p, 1);
        p->event = sim_event_post(sim_now() + high_ns, pwm_tick, p, 1);
    } else {
        pwm_level(p, 0);
        p->event = sim_event_post(sim_now() + (p->period_ns - high_ns), pwm_tick, p, 0);
    }
}

static void pwm_restart(machine_pwm_obj_t *p) {
    sim_event_cancel(p->event);
    p->event = 0;
    if (!p->active) {
        return;
    }
    if (p->duty_u16 == 0) {
        pwm_level(p, 0);
    } else if (p->duty_u16 >= 65535) {
        pwm_level(p, 1);
    } else {
        pwm_tick(p, 0);
    }
}

static bool pwm_is_rp2(void) {
    return strcmp(sim_profile->platform, "rp2") == 0;
}

// rp2: GPIO g drives channel g & 1 (A/B) of slice (g >> 1) & 7; both channels of a slice share
// its counter, so its frequency (RP2040 datasheet 4.5.2).
static bool pwm_same_slice(const machine_pwm_obj_t *a, const machine_pwm_obj_t *b) {
    return ((a->gpio >> 1) & 7) == ((b->gpio >> 1) & 7);
}

static bool pwm_same_channel(const machine_pwm_obj_t *a, const machine_pwm_obj_t *b) {
    return pwm_same_slice(a, b) && (a->gpio & 1) == (b->gpio & 1);
}

// esp32 LEDC: 8 timers (4 per speed mode), 16 channels (8 per mode). Each distinct frequency in
// use holds one timer; PWM objects at the same frequency share it, as MicroPython's esp32 port
// assigns them. A ninth frequency raises ValueError("out of PWM timers:8"), a seventeenth
// active pin ValueError("out of PWM channels:16").
#define PWM_ESP32_TIMERS 8
#define PWM_ESP32_CHANNELS 16

static void pwm_esp32_check_timer(const machine_pwm_obj_t *p, uint32_t f) {
    uint32_t used[PWM_ESP32_TIMERS];
    int n = 0;
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        const machine_pwm_obj_t *q = pwm_by_gpio[g];
        if (q == NULL || q == p || !q->active) {
            continue;
        }
        if (q->freq == f) {
            return;     // shares q's timer
        }
        bool known = false;
        for (int i = 0; i < n; i++) {
            known |= used[i] == q->freq;
        }
        if (!known && n < PWM_ESP32_TIMERS) {
            used[n++] = q->freq;
        }
    }
    if (n >= PWM_ESP32_TIMERS) {
        mp_raise_msg_varg(&mp_type_ValueError, "out of PWM timers:%d", PWM_ESP32_TIMERS);
    }
}

static void pwm_set_freq(machine_pwm_obj_t *p, mp_int_t f) {
    if (f <= 0 || f > 40000000) {
        mp_raise_ValueError("frequency out of range");
    }
    uint32_t bits;
    if (!pwm_is_rp2()) {
        bits = 0;
        while (bits < 16 && (80000000u >> (bits + 1)) >= (uint32_t)f) {
            bits++;
        }
        if (bits == 0) {
            mp_raise_ValueError("frequency too high");
        }
        pwm_esp32_check_timer(p, (uint32_t)f);
        p->freq = (uint32_t)f;
    } else {
        bits = 16;
        p->freq = (uint32_t)f;
    }
    p->res_bits = bits;
    p->period_ns = (sim_ns_t)(1000000000.0 / p->freq + 0.5);
}

static void pwm_set_duty_u16(machine_pwm_obj_t *p, mp_int_t d) {
    if (d < 0 || d > 65535) {
        mp_raise_ValueError("duty_u16 must be 0..65535");
    }
    // keep the res_bits most significant bits (full scale stays full scale)
    uint32_t shift = 16 - p->res_bits;
    p->duty_u16 = d == 65535 ? 65535 : ((uint32_t)d >> shift) << shift;
}

// rp2: after p's frequency or duty changed, the other pins of its slice follow the frequency
// (each keeps its duty fraction, as the rp2 port re-applies it) and pins on the same channel
// follow the duty too.
static void pwm_rp2_share(machine_pwm_obj_t *p) {
    if (!pwm_is_rp2()) {
        return;
    }
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        machine_pwm_obj_t *q = pwm_by_gpio[g];
        if (q == NULL || q == p || !q->active || !pwm_same_slice(p, q)) {
            continue;
        }
        q->freq = p->freq;
        q->res_bits = p->res_bits;
        q->period_ns = p->period_ns;
        if (pwm_same_channel(p, q)) {
            q->duty_u16 = p->duty_u16;
        }
        pwm_restart(q);
    }
}

// rp2: the frequency a slice already runs at (0: none of its pins is active).
static uint32_t pwm_rp2_slice_freq(const machine_pwm_obj_t *p) {
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        const machine_pwm_obj_t *q = pwm_by_gpio[g];
        if (q != NULL && q != p && q->active && pwm_same_slice(p, q)) {
            return q->freq;
        }
    }
    return 0;
}

static void pwm_init_helper(machine_pwm_obj_t *self, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_freq, ARG_duty, ARG_duty_u16, ARG_duty_ns, ARG_invert };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_freq, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_duty, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_duty_u16, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_duty_ns, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_invert, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
    };
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args, pos, kw, 5, allowed, a);
    if (a[ARG_freq].u_int != -1) {
        pwm_set_freq(self, a[ARG_freq].u_int);
    } else if (pwm_is_rp2() && pwm_rp2_slice_freq(self) != 0) {
        pwm_set_freq(self, pwm_rp2_slice_freq(self));     // the slice is already running
    } else if (self->freq == 0 || !self->active) {
        pwm_set_freq(self, self->freq ? self->freq : 5000);
    }
    if (a[ARG_invert].u_int != -1) {
        self->invert = a[ARG_invert].u_int != 0;
    }
    if (a[ARG_duty_u16].u_int != -1) {
        pwm_set_duty_u16(self, a[ARG_duty_u16].u_int);
    } else if (a[ARG_duty_ns].u_int != -1) {
        mp_int_t ns = a[ARG_duty_ns].u_int;
        mp_int_t u16 = ns >= self->period_ns ? 65535 : (mp_int_t)((__int128)ns * 65535 / self->period_ns);
        pwm_set_duty_u16(self, u16 < 0 ? 0 : u16);
    } else if (a[ARG_duty].u_int != -1) {
        mp_int_t d = a[ARG_duty].u_int;
        pwm_set_duty_u16(self, d >= 1023 ? 65535 : (d < 0 ? 0 : d * 65535 / 1023));
    }
    self->active = true;
    pwm_restart(self);
    pwm_rp2_share(self);
}

static mp_obj_t pwm_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, MP_OBJ_FUN_ARGS_MAX, true);
    int g = sim_pin_arg(args[0]);
    if (sim_profile->input_only & ((uint64_t)1 << g)) {
        mp_raise_ValueError("pin can only be input");
    }
    machine_pwm_obj_t *self = pwm_by_gpio[g];
    if ((self == NULL || !self->active) && !pwm_is_rp2()) {
        int n = 0;
        for (int k = 0; k < SIM_MAX_GPIO; k++) {
            n += pwm_by_gpio[k] != NULL && pwm_by_gpio[k]->active;
        }
        if (n >= PWM_ESP32_CHANNELS) {
            mp_raise_msg_varg(&mp_type_ValueError, "out of PWM channels:%d", PWM_ESP32_CHANNELS);
        }
    }
    if (self == NULL) {
        self = m_new_obj(machine_pwm_obj_t);
        memset(self, 0, sizeof(*self));
        self->base.type = &machine_pwm_type;
        self->gpio = (uint8_t)g;
        self->duty_u16 = 32768;
        pwm_by_gpio[g] = self;
        mp_obj_list_append(sim_root_slots()[SIM_SLOT_MISC], MP_OBJ_FROM_PTR(self));
    }
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    pwm_init_helper(self, n_args - 1, args + 1, &kw);
    return MP_OBJ_FROM_PTR(self);
}

static void pwm_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "PWM(Pin(%u), freq=%u, duty_u16=%u)", self->gpio, (unsigned)self->freq, (unsigned)self->duty_u16);
}

static mp_obj_t pwm_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    pwm_init_helper(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1, kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pwm_init_obj, 1, pwm_init);

static mp_obj_t pwm_deinit(mp_obj_t self_in) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->active = false;
    sim_event_cancel(self->event);
    sim_pin_write(self->gpio, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(pwm_deinit_obj, pwm_deinit);

static mp_obj_t pwm_freq(size_t n_args, const mp_obj_t *args) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return mp_obj_new_int(self->freq);
    }
    uint32_t duty = self->duty_u16;
    pwm_set_freq(self, mp_obj_get_int(args[1]));
    pwm_set_duty_u16(self, duty);
    pwm_restart(self);
    pwm_rp2_share(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pwm_freq_obj, 1, 2, pwm_freq);

static mp_obj_t pwm_duty_u16(size_t n_args, const mp_obj_t *args) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return MP_OBJ_NEW_SMALL_INT(self->duty_u16);
    }
    pwm_set_duty_u16(self, mp_obj_get_int(args[1]));
    pwm_restart(self);
    pwm_rp2_share(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pwm_duty_u16_obj, 1, 2, pwm_duty_u16);

static mp_obj_t pwm_duty_ns(size_t n_args, const mp_obj_t *args) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return mp_obj_new_int((mp_int_t)((__int128)self->period_ns * self->duty_u16 / 65535));
    }
    mp_int_t ns = mp_obj_get_int(args[1]);
    if (ns < 0) {
        mp_raise_ValueError("duty_ns must be non-negative");
    }
    pwm_set_duty_u16(self, ns >= self->period_ns ? 65535 : (mp_int_t)((__int128)ns * 65535 / self->period_ns));
    pwm_restart(self);
    pwm_rp2_share(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pwm_duty_ns_obj, 1, 2, pwm_duty_ns);

// duty() (10 bits) is the esp32 port's; the rp2 port has duty_u16/duty_ns only, so firmware
// written for an ESP32 fails on the Pico as it would on the board.
static mp_obj_t pwm_duty(size_t n_args, const mp_obj_t *args) {
    machine_pwm_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (strcmp(sim_profile->platform, "rp2") == 0) {
        mp_raise_msg(&mp_type_AttributeError, "'PWM' object has no attribute 'duty'");
    }
    if (n_args == 1) {
        return MP_OBJ_NEW_SMALL_INT((self->duty_u16 * 1023 + 32767) / 65535);
    }
    mp_int_t d = mp_obj_get_int(args[1]);
    pwm_set_duty_u16(self, d >= 1023 ? 65535 : (d < 0 ? 0 : d * 65535 / 1023));
    pwm_restart(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pwm_duty_obj, 1, 2, pwm_duty);

static const mp_rom_map_elem_t pwm_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&pwm_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_deinit), MP_ROM_PTR(&pwm_deinit_obj) },
    { MP_ROM_QSTR(MP_QSTR_freq), MP_ROM_PTR(&pwm_freq_obj) },
    { MP_ROM_QSTR(MP_QSTR_duty_u16), MP_ROM_PTR(&pwm_duty_u16_obj) },
    { MP_ROM_QSTR(MP_QSTR_duty_ns), MP_ROM_PTR(&pwm_duty_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_duty), MP_ROM_PTR(&pwm_duty_obj) },
};
static MP_DEFINE_CONST_DICT(pwm_locals, pwm_locals_table);

const mp_obj_type_t machine_pwm_type = {
    {&mp_type_type},
    .name = MP_QSTR_PWM,
    .print = pwm_print,
    .make_new = pwm_make_new,
    .locals_dict = (mp_obj_dict_t *)&pwm_locals,
};

void sim_pwm_reset(void) {
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        if (pwm_by_gpio[g]) {
            pwm_by_gpio[g]->active = false;
            sim_event_cancel(pwm_by_gpio[g]->event);
            pwm_by_gpio[g] = NULL;
        }
    }
}

// ---- RTC

int64_t sim_rtc_epoch_s;    // seconds since 2000-01-01 at virtual time 0
static int64_t rtc_offset_us;

int64_t sim_rtc_now_us(void) {
    return sim_rtc_epoch_s * 1000000 + sim_now() / 1000 + rtc_offset_us;
}

// Days from 2000-01-01 to y-m-d (proleptic Gregorian).
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 - 10957;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d) {
    z += 719468 + 10957;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

typedef struct {
    mp_obj_base_t base;
} machine_rtc_obj_t;

static const machine_rtc_obj_t rtc_obj = {{&machine_rtc_type}};

static mp_obj_t rtc_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(&rtc_obj);
}

static void rtc_set(mp_obj_t tuple, bool init_order) {
    size_t n;
    mp_obj_t *it;
    mp_obj_get_array(tuple, &n, &it);
    if (n < 3 || n > 8) {
        mp_raise_ValueError("datetime tuple needs 3 to 8 items");
    }
    mp_int_t v[8] = {0};
    for (size_t i = 0; i < n; i++) {
        v[i] = mp_obj_get_int(it[i]);
    }
    mp_int_t h, mi, s, us;
    if (init_order) {   // (y, m, d, h, min, s, us, tz)
        h = v[3]; mi = v[4]; s = v[5]; us = v[6];
    } else {            // (y, m, d, weekday, h, min, s, subseconds)
        h = v[4]; mi = v[5]; s = v[6]; us = v[7];
    }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
        mp_raise_ValueError("invalid datetime");
    }
    int64_t secs = days_from_civil(v[0], (int)v[1], (int)v[2]) * 86400 + h * 3600 + mi * 60 + s;
    int64_t target = secs * 1000000 + us;
    rtc_offset_us += target - sim_rtc_now_us();
}

static mp_obj_t rtc_get_tuple(void) {
    int64_t us = sim_rtc_now_us();
    int64_t secs = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
    int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    int64_t rem = secs - days * 86400;
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    int wd = (int)(((days % 7) + 7 + 5) % 7);    // 2000-01-01 was a Saturday (5)
    mp_obj_t items[8] = {
        MP_OBJ_NEW_SMALL_INT(y), MP_OBJ_NEW_SMALL_INT(m), MP_OBJ_NEW_SMALL_INT(d), MP_OBJ_NEW_SMALL_INT(wd),
        MP_OBJ_NEW_SMALL_INT(rem / 3600), MP_OBJ_NEW_SMALL_INT((rem / 60) % 60), MP_OBJ_NEW_SMALL_INT(rem % 60),
        MP_OBJ_NEW_SMALL_INT(us - secs * 1000000),
    };
    return mp_obj_new_tuple(8, items);
}

static mp_obj_t rtc_datetime(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        return rtc_get_tuple();
    }
    rtc_set(args[1], false);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(rtc_datetime_obj, 1, 2, rtc_datetime);

static mp_obj_t rtc_init(mp_obj_t self_in, mp_obj_t dt) {
    rtc_set(dt, true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(rtc_init_obj, rtc_init);

static mp_obj_t rtc_memory(size_t n_args, const mp_obj_t *args) {
    static uint8_t mem[2048];
    static size_t mem_len;
    if (n_args == 1) {
        return mp_obj_new_bytes(mem, mem_len);
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_READ);
    if (bi.len > sizeof(mem)) {
        mp_raise_ValueError("buffer too long");
    }
    memcpy(mem, bi.buf, bi.len);
    mem_len = bi.len;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(rtc_memory_obj, 1, 2, rtc_memory);

static const mp_rom_map_elem_t rtc_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_datetime), MP_ROM_PTR(&rtc_datetime_obj) },
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&rtc_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_memory), MP_ROM_PTR(&rtc_memory_obj) },
};
static MP_DEFINE_CONST_DICT(rtc_locals, rtc_locals_table);

const mp_obj_type_t machine_rtc_type = {
    {&mp_type_type},
    .name = MP_QSTR_RTC,
    .make_new = rtc_make_new,
    .locals_dict = (mp_obj_dict_t *)&rtc_locals,
};
