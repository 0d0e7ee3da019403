// ports/unix/modthread.c: the `_thread` module (MicroPython's unix port API, CPython's names and
// messages): start_new_thread, exit, allocate_lock / LockType, get_ident, stack_size, error.
//
// A lock is a heap object holding one flag, `locked`. The flag is read and written only under
// lock_mutex (a waiter has released the GIL), and every release broadcasts lock_cond, which all
// locks share: a woken waiter looks at its own lock's flag again. A blocked acquire runs without
// the GIL; it stays reachable meanwhile from its caller's stack, which the GC scans (see
// ports/unix/mpthread.c). The main thread waits in slices of WAIT_SLICE_NS so that Ctrl-C ends
// its wait with KeyboardInterrupt.
#include <errno.h>
#include <math.h>
#include <time.h>

#include "py/runtime.h"
#include "ports/unix/mpthread.h"

#define WAIT_SLICE_NS (50 * 1000 * 1000)

typedef struct _thread_lock_t {
    mp_obj_base_t base;
    bool locked;
} thread_lock_t;

static pthread_mutex_t lock_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t lock_cond;
static bool lock_cond_ready;

extern const mp_obj_type_t thread_lock_type;

static void thread_lock_cond_init(void) {
    if (!lock_cond_ready) {
        pthread_condattr_t attr;
        pthread_condattr_init(&attr);
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
        pthread_cond_init(&lock_cond, &attr);
        pthread_condattr_destroy(&attr);
        lock_cond_ready = true;
    }
}

static mp_obj_t thread_lock_new(void) {
    thread_lock_cond_init();
    thread_lock_t *self = m_new_obj(thread_lock_t);
    self->base.type = &thread_lock_type;
    self->locked = false;
    return MP_OBJ_FROM_PTR(self);
}

static bool thread_lock_try(thread_lock_t *self) {
    pthread_mutex_lock(&lock_mutex);
    bool got = !self->locked;
    self->locked = true;
    pthread_mutex_unlock(&lock_mutex);
    return got;
}

static uint64_t thread_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// Waits for the lock without the GIL; timeout_ns < 0: forever. Returns whether it was taken.
static bool thread_lock_wait(thread_lock_t *self, int64_t timeout_ns, bool *interrupted) {
    bool is_main = mp_thread_cur == NULL || mp_thread_cur->is_main;
    uint64_t deadline = timeout_ns < 0 ? UINT64_MAX : thread_now_ns() + (uint64_t)timeout_ns;
    MP_THREAD_GIL_EXIT();
    pthread_mutex_lock(&lock_mutex);
    while (self->locked) {
        uint64_t now = thread_now_ns();
        if (now >= deadline) {
            break;
        }
        if (is_main && mp_thread_main_interrupted()) {
            *interrupted = true;
            break;
        }
        uint64_t until = deadline;
        if (is_main && until - now > WAIT_SLICE_NS) {
            until = now + WAIT_SLICE_NS;
        }
        if (until == UINT64_MAX) {
            pthread_cond_wait(&lock_cond, &lock_mutex);
        } else {
            struct timespec ts = {(time_t)(until / 1000000000u), (long)(until % 1000000000u)};
            pthread_cond_timedwait(&lock_cond, &lock_mutex, &ts);
        }
    }
    bool got = !self->locked;
    self->locked = true;
    pthread_mutex_unlock(&lock_mutex);
    MP_THREAD_GIL_ENTER();
    return got;
}

// acquire(waitflag=1, timeout=-1): True if the lock was taken.
static mp_obj_t thread_lock_acquire(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_waitflag, ARG_timeout };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_waitflag, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_timeout, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    thread_lock_t *self = MP_OBJ_TO_PTR(pos_args[0]);
    bool blocking = args[ARG_waitflag].u_obj == MP_OBJ_NULL || mp_obj_get_int(args[ARG_waitflag].u_obj) != 0;
    double timeout = -1;
    if (args[ARG_timeout].u_obj != MP_OBJ_NULL) {
        timeout = mp_obj_get_float(args[ARG_timeout].u_obj);
    }
    if (!blocking && timeout != -1) {
        mp_raise_ValueError("can't specify a timeout for a non-blocking call");
    }
    if (timeout < 0 && timeout != -1) {
        mp_raise_ValueError("timeout value must be positive");
    }
    if (isnan(timeout) || timeout > 9.2e9) {
        mp_raise_msg(&mp_type_OverflowError, "timeout value is too large");
    }
    if (thread_lock_try(self)) {
        return mp_const_true;
    }
    if (!blocking) {
        return mp_const_false;
    }
    bool interrupted = false;
    int64_t ns = timeout < 0 ? -1 : (int64_t)(timeout * 1e9);
    bool got = thread_lock_wait(self, ns, &interrupted);
    if (interrupted) {
        if (got) {
            pthread_mutex_lock(&lock_mutex);
            self->locked = false;
            pthread_cond_broadcast(&lock_cond);
            pthread_mutex_unlock(&lock_mutex);
        }
        mp_handle_pending(true);   // raises the KeyboardInterrupt
    }
    return mp_obj_new_bool(got);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(thread_lock_acquire_obj, 1, thread_lock_acquire);

static mp_obj_t thread_lock_release(mp_obj_t self_in) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    pthread_mutex_lock(&lock_mutex);
    bool was = self->locked;
    self->locked = false;
    if (was) {
        pthread_cond_broadcast(&lock_cond);
    }
    pthread_mutex_unlock(&lock_mutex);
    if (!was) {
        mp_raise_msg(&mp_type_RuntimeError, "release unlocked lock");
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(thread_lock_release_obj, thread_lock_release);

static mp_obj_t thread_lock_locked(mp_obj_t self_in) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    pthread_mutex_lock(&lock_mutex);
    bool locked = self->locked;
    pthread_mutex_unlock(&lock_mutex);
    return mp_obj_new_bool(locked);
}
static MP_DEFINE_CONST_FUN_OBJ_1(thread_lock_locked_obj, thread_lock_locked);

static mp_obj_t thread_lock_enter(mp_obj_t self_in) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    if (!thread_lock_try(self)) {
        bool interrupted = false;
        bool got = thread_lock_wait(self, -1, &interrupted);
        if (interrupted) {
            if (got) {
                thread_lock_release(self_in);
            }
            mp_handle_pending(true);
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(thread_lock_enter_obj, thread_lock_enter);

static mp_obj_t thread_lock_exit(size_t n_args, const mp_obj_t *args) {
    return thread_lock_release(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_lock_exit_obj, 4, 4, thread_lock_exit);

static void thread_lock_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%s _thread.lock object at %p>", self->locked ? "locked" : "unlocked", self);
}

static const mp_rom_map_elem_t thread_lock_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&thread_lock_acquire_obj) },
    { MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&thread_lock_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&thread_lock_locked_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&thread_lock_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&thread_lock_exit_obj) },
};
static MP_DEFINE_CONST_DICT(thread_lock_locals, thread_lock_locals_table);

const mp_obj_type_t thread_lock_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_lock,
    .print = thread_lock_print,
    .locals_dict = (mp_obj_dict_t *)&thread_lock_locals,
};

// ---- module functions ----

static mp_obj_t thread_allocate_lock(void) {
    return thread_lock_new();
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_allocate_lock_obj, thread_allocate_lock);

static mp_obj_t thread_get_ident(void) {
    return mp_obj_new_int_from_uint((mp_uint_t)pthread_self());
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_get_ident_obj, thread_get_ident);

static mp_obj_t thread_exit(void) {
    mp_raise_type(&mp_type_SystemExit);
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_exit_obj, thread_exit);

// stack_size([size]): the C stack of threads started from now on (0: the default); returns
// the previous setting.
static mp_obj_t thread_stack_size(size_t n_args, const mp_obj_t *args) {
    size_t old = mp_thread_get_stack_size();
    if (n_args == 1) {
        mp_int_t size = mp_obj_get_int(args[0]);
        if (size < 0) {
            mp_raise_ValueError("size must be 0 or a positive value");
        }
        if (size != 0 && size < 32768) {
            mp_raise_msg_varg(&mp_type_ValueError, "size not valid: %d bytes", (int)size);
        }
        if (size > ((mp_int_t)1 << 40)) {
            mp_raise_ValueError("size not valid: too large");
        }
        mp_thread_set_stack_size((size_t)size);
    }
    return mp_obj_new_int_from_uint(old);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_stack_size_obj, 0, 1, thread_stack_size);

// start_new_thread(function, args[, kwargs]) -> the new thread's ident
static mp_obj_t thread_start_new_thread(size_t n_args, const mp_obj_t *args) {
    if (!mp_obj_is_callable(args[0])) {
        mp_raise_TypeError("first arg must be callable");
    }
    if (!mp_obj_is_subclass(mp_obj_get_type(args[1]), &mp_type_tuple)) {
        mp_raise_TypeError("2nd arg must be a tuple");
    }
    mp_obj_t kwargs = MP_OBJ_NULL;
    if (n_args == 3) {
        if (!mp_obj_is_subclass(mp_obj_get_type(args[2]), &mp_type_dict)) {
            mp_raise_TypeError("optional 3rd arg must be a dictionary");
        }
        kwargs = args[2];
    }
    return mp_thread_start(args[0], args[1], kwargs);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_start_new_thread_obj, 2, 3, thread_start_new_thread);

static const mp_rom_map_elem_t mp_module_thread_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__thread) },
    { MP_ROM_QSTR(MP_QSTR_LockType), MP_ROM_PTR(&thread_lock_type) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_RuntimeError) },
    { MP_ROM_QSTR(MP_QSTR_allocate_lock), MP_ROM_PTR(&thread_allocate_lock_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_ident), MP_ROM_PTR(&thread_get_ident_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&thread_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_stack_size), MP_ROM_PTR(&thread_stack_size_obj) },
    { MP_ROM_QSTR(MP_QSTR_start_new_thread), MP_ROM_PTR(&thread_start_new_thread_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_thread, mp_module_thread_globals_table);

MP_REGISTER_MODULE(MP_QSTR__thread, mp_module_thread);
