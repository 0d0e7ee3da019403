// ports/unix/modtime.c: the `time` module of the unix port.
//
// time()/time_ns()/sleep() as CPython; localtime/gmtime return MicroPython's 8-tuples
// (year, month, mday, hour, minute, second, weekday 0=Monday, yearday 1..366) and mktime takes
// one back (an int, local time). The ticks_* functions follow MicroPython: counters that wrap
// with period TICKS_PERIOD (a power of two; 2**30 here, so every value is a small int on any
// port), ticks_add/ticks_diff doing the modular arithmetic; ticks_diff's result lies in
// [-TICKS_PERIOD/2, TICKS_PERIOD/2 - 1].
//
// Sleeps are nanosleep loops: a signal (Ctrl-C) interrupts them with EINTR, pending events run
// (raising KeyboardInterrupt if one is due), and the rest of the sleep continues otherwise. They
// run without the GIL: other threads run meanwhile (sleep(0) just lets them in).
#include <errno.h>
#include <math.h>
#include <time.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/mpthread.h"

#define TICKS_PERIOD ((mp_uint_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)

static void sleep_ns(uint64_t ns) {
    struct timespec ts = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)};
    for (;;) {
        MP_THREAD_GIL_EXIT();
        int r = nanosleep(&ts, &ts);
        MP_THREAD_GIL_ENTER();
        if (r == 0) {
            break;
        }
        if (errno != EINTR) {
            mp_raise_OSError(errno);
        }
        mp_handle_pending(true);
    }
    mp_handle_pending(true);
}

static mp_obj_t time_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return mp_obj_new_float((double)ts.tv_sec + ts.tv_nsec / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_obj, time_time);

static mp_obj_t time_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return mp_obj_new_int_from_ll((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_ns_obj, time_time_ns);

static mp_obj_t time_sleep(mp_obj_t secs_in) {
    double secs = mp_obj_get_float(secs_in);
    if (secs < 0 || isnan(secs)) {
        mp_raise_ValueError("sleep length must be non-negative");
    }
    if (secs > 1e9) {
        mp_raise_msg(&mp_type_OverflowError, "sleep length is too large");
    }
    sleep_ns((uint64_t)(secs * 1e9));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_obj, time_sleep);

static mp_obj_t time_sleep_ms(mp_obj_t ms_in) {
    mp_int_t ms = mp_obj_get_int(ms_in);
    if (ms > 0) {
        sleep_ns((uint64_t)ms * 1000000u);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_ms_obj, time_sleep_ms);

static mp_obj_t time_sleep_us(mp_obj_t us_in) {
    mp_int_t us = mp_obj_get_int(us_in);
    if (us > 0) {
        sleep_ns((uint64_t)us * 1000u);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_us_obj, time_sleep_us);

static mp_obj_t time_ticks_ms(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_ms() & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_ms_obj, time_ticks_ms);

static mp_obj_t time_ticks_us(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_us() & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_us_obj, time_ticks_us);

static mp_obj_t time_ticks_cpu(void) {
    // the finest clock we have: nanoseconds of the monotonic clock
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
    return MP_OBJ_NEW_SMALL_INT(ns & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_cpu_obj, time_ticks_cpu);

static mp_obj_t time_ticks_add(mp_obj_t ticks_in, mp_obj_t delta_in) {
    mp_uint_t t = (mp_uint_t)mp_obj_get_int(ticks_in);
    mp_uint_t d = (mp_uint_t)mp_obj_get_int(delta_in);
    return MP_OBJ_NEW_SMALL_INT((t + d) & TICKS_MASK);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_add_obj, time_ticks_add);

static mp_obj_t time_ticks_diff(mp_obj_t end_in, mp_obj_t start_in) {
    mp_uint_t end = (mp_uint_t)mp_obj_get_int(end_in);
    mp_uint_t start = (mp_uint_t)mp_obj_get_int(start_in);
    // the difference modulo the period, shifted into [-period/2, period/2)
    mp_int_t d = (mp_int_t)((end - start + TICKS_PERIOD / 2) & TICKS_MASK) - (mp_int_t)(TICKS_PERIOD / 2);
    return MP_OBJ_NEW_SMALL_INT(d);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_diff_obj, time_ticks_diff);

static time_t secs_arg(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        return time(NULL);
    }
    if (mp_obj_is_float(args[0])) {
        return (time_t)floor(mp_obj_get_float(args[0]));
    }
    return (time_t)mp_obj_get_int(args[0]);
}

static mp_obj_t tm_to_tuple(const struct tm *tm) {
    mp_obj_t items[8] = {
        mp_obj_new_int(tm->tm_year + 1900),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mon + 1),
        MP_OBJ_NEW_SMALL_INT(tm->tm_mday),
        MP_OBJ_NEW_SMALL_INT(tm->tm_hour),
        MP_OBJ_NEW_SMALL_INT(tm->tm_min),
        MP_OBJ_NEW_SMALL_INT(tm->tm_sec),
        MP_OBJ_NEW_SMALL_INT((tm->tm_wday + 6) % 7),
        MP_OBJ_NEW_SMALL_INT(tm->tm_yday + 1),
    };
    return mp_obj_new_tuple(8, items);
}

static mp_obj_t time_localtime(size_t n_args, const mp_obj_t *args) {
    time_t t = secs_arg(n_args, args);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        mp_raise_msg(&mp_type_OverflowError, "timestamp out of range");
    }
    return tm_to_tuple(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_localtime_obj, 0, 1, time_localtime);

static mp_obj_t time_gmtime(size_t n_args, const mp_obj_t *args) {
    time_t t = secs_arg(n_args, args);
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL) {
        mp_raise_msg(&mp_type_OverflowError, "timestamp out of range");
    }
    return tm_to_tuple(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(time_gmtime_obj, 0, 1, time_gmtime);

static mp_obj_t time_mktime(mp_obj_t tuple) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(tuple, &n, &items);
    if (n < 8 || n > 9) {
        mp_raise_msg_varg(&mp_type_TypeError, "mktime needs a tuple of length 8 or 9");
    }
    struct tm tm = {0};
    tm.tm_year = (int)mp_obj_get_int(items[0]) - 1900;
    tm.tm_mon = (int)mp_obj_get_int(items[1]) - 1;
    tm.tm_mday = (int)mp_obj_get_int(items[2]);
    tm.tm_hour = (int)mp_obj_get_int(items[3]);
    tm.tm_min = (int)mp_obj_get_int(items[4]);
    tm.tm_sec = (int)mp_obj_get_int(items[5]);
    tm.tm_isdst = n == 9 ? (int)mp_obj_get_int(items[8]) : -1;
    errno = 0;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && errno != 0) {
        mp_raise_msg(&mp_type_OverflowError, "mktime argument out of range");
    }
    return mp_obj_new_int_from_ll(t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_mktime_obj, time_mktime);

static const mp_rom_map_elem_t mp_module_time_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time) },
    { MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&time_sleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_ms), MP_ROM_PTR(&time_sleep_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_us), MP_ROM_PTR(&time_sleep_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_ms), MP_ROM_PTR(&time_ticks_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_us), MP_ROM_PTR(&time_ticks_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_cpu), MP_ROM_PTR(&time_ticks_cpu_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_add), MP_ROM_PTR(&time_ticks_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_diff), MP_ROM_PTR(&time_ticks_diff_obj) },
    { MP_ROM_QSTR(MP_QSTR_localtime), MP_ROM_PTR(&time_localtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_gmtime), MP_ROM_PTR(&time_gmtime_obj) },
    { MP_ROM_QSTR(MP_QSTR_mktime), MP_ROM_PTR(&time_mktime_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_time, mp_module_time_globals_table);
MP_REGISTER_MODULE(MP_QSTR_time, mp_module_time);
