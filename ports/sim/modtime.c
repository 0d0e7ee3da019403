// ports/sim/modtime.c: the `time` module of the simulated board, on virtual time.
//
// Sleeps move the virtual clock (firing events and running callbacks on the way, as
// time.rst guarantees). ticks_ms/us/cpu count virtual time and wrap with TICKS_PERIOD = 2**30,
// as on a 32-bit board; --ticks-start shifts their origin (e.g. to 5 s before the wrap) so
// wraparound bugs show up at once. ticks_add refuses deltas outside (-P/2, P/2) with
// OverflowError("ticks interval overflow"), so ticks_diff(ticks_add(t, d), t) == d always.
// time()/localtime()/mktime() use the RTC, seconds since 2000-01-01 (the embedded ports' epoch).
#include <math.h>

#include "py/runtime.h"
#include "machine.h"

#define TICKS_PERIOD ((mp_uint_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)

// --ticks-start: the ms counter's value when the board starts running boot.py. A board has been
// up for a while by then (ROM boot, bootloader, MicroPython's start-up: about half a second on an
// ESP32), so firmware never sees 0 there; debouncing code that starts from `last = 0` and
// compares ticks_diff(now, last) with a lock-out time then accepts the first press, as on a board.
int64_t sim_ticks_start_ms = 500;

static mp_obj_t time_sleep(mp_obj_t secs_in) {
    double secs = mp_obj_get_float(secs_in);
    if (secs < 0 || isnan(secs)) {
        mp_raise_ValueError("sleep length must be non-negative");
    }
    if (secs > 1e9) {
        mp_raise_msg(&mp_type_OverflowError, "sleep length is too large");
    }
    sim_sleep_ns((sim_ns_t)(secs * 1e9 + 0.5));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_obj, time_sleep);

static mp_obj_t time_sleep_ms(mp_obj_t ms_in) {
    mp_int_t ms = mp_obj_get_int(ms_in);
    sim_sleep_ns(ms > 0 ? (sim_ns_t)ms * SIM_NS_PER_MS : 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_ms_obj, time_sleep_ms);

static mp_obj_t time_sleep_us(mp_obj_t us_in) {
    mp_int_t us = mp_obj_get_int(us_in);
    sim_sleep_ns(us > 0 ? (sim_ns_t)us * SIM_NS_PER_US : 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_us_obj, time_sleep_us);

static mp_obj_t time_ticks_ms(void) {
    uint64_t t = (uint64_t)(sim_now() / SIM_NS_PER_MS + sim_ticks_start_ms);
    return MP_OBJ_NEW_SMALL_INT(t & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_ms_obj, time_ticks_ms);

static mp_obj_t time_ticks_us(void) {
    uint64_t t = (uint64_t)(sim_now() / SIM_NS_PER_US + sim_ticks_start_ms * 1000);
    return MP_OBJ_NEW_SMALL_INT(t & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_us_obj, time_ticks_us);

static mp_obj_t time_ticks_cpu(void) {
    uint64_t cycles = (uint64_t)((__int128)sim_now() * sim_profile->cpu_mhz / 1000);
    return MP_OBJ_NEW_SMALL_INT(cycles & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_cpu_obj, time_ticks_cpu);

static mp_obj_t time_ticks_add(mp_obj_t ticks_in, mp_obj_t delta_in) {
    mp_uint_t t = (mp_uint_t)mp_obj_get_int(ticks_in);
    mp_int_t d = mp_obj_get_int(delta_in);
    if (!(d > -(mp_int_t)(TICKS_PERIOD / 2) && d < (mp_int_t)(TICKS_PERIOD / 2))) {
        mp_raise_msg(&mp_type_OverflowError, "ticks interval overflow");
    }
    return MP_OBJ_NEW_SMALL_INT((t + (mp_uint_t)d) & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_add_obj, time_ticks_add);

static mp_obj_t time_ticks_diff(mp_obj_t end_in, mp_obj_t start_in) {
    mp_uint_t end = (mp_uint_t)mp_obj_get_int(end_in);
    mp_uint_t start = (mp_uint_t)mp_obj_get_int(start_in);
    mp_int_t d = (mp_int_t)((end - start + TICKS_PERIOD / 2) & TICKS_MASK) - (mp_int_t)(TICKS_PERIOD / 2);
    return MP_OBJ_NEW_SMALL_INT(d);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_diff_obj, time_ticks_diff);

static mp_obj_t time_time(void) {
    int64_t us = sim_rtc_now_us();
    return mp_obj_new_int_from_ll(us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000));
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_obj, time_time);

static mp_obj_t time_time_ns(void) {
    return mp_obj_new_int_from_ll(sim_rtc_now_us() * 1000);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_ns_obj, time_time_ns);

// Days since 2000-01-01 <-> civil date (proleptic Gregorian).
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 - 10957;
}

static mp_obj_t time_localtime(size_t n_args, const mp_obj_t *args) {
    int64_t secs;
    if (n_args == 0 || args[0] == mp_const_none) {
        int64_t us = sim_rtc_now_us();
        secs = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
    } else {
        secs = mp_obj_get_int(args[0]);
    }
    int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    int64_t rem = secs - days * 86400;
    int64_t z = days + 719468 + 10957;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy0 = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy0 + 2) / 153;
    int d = (int)(doy0 - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    int64_t y = yoe + era * 400 + (m <= 2);
    int yday = (int)(days - days_from_civil(y, 1, 1)) + 1;
    mp_obj_t items[8] = {
        mp_obj_new_int((mp_int_t)y), MP_OBJ_NEW_SMALL_INT(m), MP_OBJ_NEW_SMALL_INT(d),
        MP_OBJ_NEW_SMALL_INT(rem / 3600), MP_OBJ_NEW_SMALL_INT((rem / 60) % 60), MP_OBJ_NEW_SMALL_INT(rem % 60),
        MP_OBJ_NEW_SMALL_INT(((days % 7) + 7 + 5) % 7), MP_OBJ_NEW_SMALL_INT(yday),
    };
    return mp_obj_new_tuple(8, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_localtime_obj, 0, 1, time_localtime);

static mp_obj_t time_mktime(mp_obj_t tuple) {
    size_t n;
    mp_obj_t *it;
    mp_obj_get_array(tuple, &n, &it);
    if (n < 8 || n > 9) {
        mp_raise_TypeError("mktime needs a tuple of length 8 or 9");
    }
    mp_int_t y = mp_obj_get_int(it[0]), mo = mp_obj_get_int(it[1]), d = mp_obj_get_int(it[2]);
    mp_int_t h = mp_obj_get_int(it[3]), mi = mp_obj_get_int(it[4]), s = mp_obj_get_int(it[5]);
    // normalise the month like C's mktime so that (2000, 13, 1...) is 2001-01-01
    mo -= 1;
    y += mo >= 0 ? mo / 12 : -((11 - mo) / 12);
    mo = ((mo % 12) + 12) % 12 + 1;
    int64_t secs = days_from_civil(y, (int)mo, 1) * 86400 + (int64_t)(d - 1) * 86400 + h * 3600 + mi * 60 + s;
    return mp_obj_new_int_from_ll(secs);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_mktime_obj, time_mktime);

static const mp_rom_map_elem_t mp_module_time_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time) },
    { MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&time_sleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_ms), MP_ROM_PTR(&time_sleep_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_us), MP_ROM_PTR(&time_sleep_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_ms), MP_ROM_PTR(&time_ticks_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_us), MP_ROM_PTR(&time_ticks_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_cpu), MP_ROM_PTR(&time_ticks_cpu_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_add), MP_ROM_PTR(&time_ticks_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_diff), MP_ROM_PTR(&time_ticks_diff_obj) },
    { MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_localtime), MP_ROM_PTR(&time_localtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_gmtime), MP_ROM_PTR(&time_localtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_mktime), MP_ROM_PTR(&time_mktime_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_time, mp_module_time_globals_table);
MP_REGISTER_MODULE(MP_QSTR_time, mp_module_time);
