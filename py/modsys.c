// py/modsys.c: the `sys` module. sys.stdin/stdout/stderr are the port's file objects.
#include <string.h>
#include <stdio.h>

#include "py/runtime.h"
#include "py/modio.h"
#include "py/mpthread.h"
#if MICROPY_PORT_SIM
// The simulated board's profile decides these at start-up (ports/sim/main.c).
#include <string.h>
extern mp_obj_str_t sim_sys_platform_obj;
const char *sim_sys_machine(void);
#endif
#include "py/mphal.h"
#include "py/gc.h"

// ---- stdio streams ----
// The port defines these three objects (ports/unix/file.c: file objects over fds 0, 1 and 2
// whose I/O goes through the HAL). The struct stays incomplete here: sys only needs addresses.
struct _mp_obj_file_t;
extern struct _mp_obj_file_t mp_sys_stdin_obj, mp_sys_stdout_obj, mp_sys_stderr_obj;

// print() writes to sys.stdout when a program replaced it (e.g. with io.StringIO).
mp_obj_t mp_sys_stdout_override(void) {
    mp_obj_t sys = mp_state.user_roots[0];
    if (sys == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(sys)->map, MP_OBJ_NEW_QSTR(MP_QSTR_stdout), MP_MAP_LOOKUP);
    if (e == NULL || e->value == MP_OBJ_FROM_PTR(&mp_sys_stdout_obj)) {
        return MP_OBJ_NULL;
    }
    return e->value;
}

// ---- functions ----

static mp_obj_t sys_exit(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        nlr_raise(mp_obj_new_exception(&mp_type_SystemExit));
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_SystemExit, args[0]));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_exit_obj, 0, 1, sys_exit);

static mp_obj_t sys_print_exception(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1 && args[1] != mp_const_none) {
        vstr_t vstr;
        vstr_init(&vstr, 64);
        mp_print_t print;
        mp_print_init_vstr(&print, &vstr);
        mp_obj_print_exception(&print, args[0]);
        mp_obj_t dest[3];
        mp_load_method_maybe(args[1], MP_QSTR_write, dest);
        if (dest[0] == MP_OBJ_NULL) {
            // MicroPython: the target must be a stream
            mp_raise_msg(&mp_type_OSError, "stream operation not supported");
        }
        // A text stream takes the str; a binary one (BytesIO, a file opened 'wb') the bytes,
        // as MicroPython's stream write accepts either.
        if (mp_io_is_iobase(args[1])) {
            mp_io_write_text(args[1], vstr.buf, vstr.len);   // bytes, MicroPython's protocol
            return mp_const_none;
        }
        mp_obj_t text = mp_obj_new_str(vstr.buf, vstr.len);
        dest[2] = text;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_method_n_kw(1, 0, dest);
            nlr_pop();
        } else {
            if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_TypeError)) {
                nlr_jump(nlr.ret_val);
            }
            mp_load_method(args[1], MP_QSTR_write, dest);
            dest[2] = mp_obj_new_bytes((const byte *)vstr.buf, vstr.len);
            mp_call_method_n_kw(1, 0, dest);
        }
        return mp_const_none;
    }
    mp_obj_print_exception(&mp_plat_print, args[0]);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_print_exception_obj, 1, 2, sys_print_exception);

static mp_obj_t sys_exc_info(void) {
    mp_obj_t e = mp_state.cur_exception;
    mp_obj_t t[3];
    if (e == MP_OBJ_NULL || e == mp_const_none) {
        t[0] = t[1] = t[2] = mp_const_none;
    } else {
        t[0] = MP_OBJ_FROM_PTR(mp_obj_get_type(e));
        t[1] = e;
        t[2] = mp_const_none;
    }
    return mp_obj_new_tuple(3, t);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_exc_info_obj, sys_exc_info);

static mp_obj_t sys_getrecursionlimit(void) {
    return MP_OBJ_NEW_SMALL_INT(1000);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_getrecursionlimit_obj, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t n) {
    mp_obj_get_int(n);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_setrecursionlimit_obj, sys_setrecursionlimit);

static mp_obj_t sys_getsizeof(mp_obj_t o) {
    mp_obj_t r = mp_obj_get_type(o)->unary_op ? mp_obj_get_type(o)->unary_op(MP_UNARY_OP_SIZEOF, o) : MP_OBJ_NULL;
    if (r != MP_OBJ_NULL) {
        return r;
    }
    if (mp_obj_is_obj(o) && gc_is_heap_ptr(MP_OBJ_TO_PTR(o))) {
        return MP_OBJ_NEW_SMALL_INT(gc_nbytes(MP_OBJ_TO_PTR(o)));
    }
    return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_t));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_getsizeof_obj, sys_getsizeof);

static mp_obj_t sys_intern(mp_obj_t s) {
    return mp_obj_str_intern(s);
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_intern_obj, sys_intern);

// sys.atexit(f): MicroPython's single exit function (not CPython's atexit registry). It is kept
// in mp_state.user_roots[MP_ROOT_SYS_ATEXIT]; the port calls mp_sys_run_atexit() when the
// script or the REPL ends, sys.exit() included. Returns the function it replaces, or None.
static mp_obj_t sys_atexit(mp_obj_t f) {
    if (f != mp_const_none && !mp_obj_is_callable(f)) {
        mp_raise_TypeError("atexit function must be callable or None");
    }
    mp_obj_t old = mp_state.user_roots[MP_ROOT_SYS_ATEXIT];
    mp_state.user_roots[MP_ROOT_SYS_ATEXIT] = f;
    return old == MP_OBJ_NULL ? mp_const_none : old;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_atexit_obj, sys_atexit);

void mp_sys_run_atexit(void) {
    mp_atexit_run();
    mp_obj_t f = mp_state.user_roots[MP_ROOT_SYS_ATEXIT];
    mp_state.user_roots[MP_ROOT_SYS_ATEXIT] = MP_OBJ_NULL;
    if (f == MP_OBJ_NULL || f == mp_const_none) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_call_function_0(f);
        nlr_pop();
    } else if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_SystemExit)) {
        mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

static const mp_obj_tuple_t sys_version_info_obj = {
    {&mp_type_tuple}, 3, {MP_ROM_INT(3), MP_ROM_INT(4), MP_ROM_INT(0)}
};
static const mp_obj_tuple_t sys_impl_version_obj = {
    {&mp_type_tuple}, 4, {MP_ROM_INT(MICROPY_VERSION_MAJOR), MP_ROM_INT(MICROPY_VERSION_MINOR), MP_ROM_INT(MICROPY_VERSION_MICRO), MP_ROM_QSTR(MP_QSTR_)}
};

// sys.version_info and sys.implementation.version: tuples (they print, compare and index as
// tuples, as MicroPython's attrtuple does) whose items are also major, minor, micro and
// releaselevel. The type copies tuple's slots at first import of sys (they are not constant
// expressions in C) and adds attribute access by those names.
static mp_obj_type_t sys_version_type;

static void sys_version_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    static const qstr fields[] = { MP_QSTR_major, MP_QSTR_minor, MP_QSTR_micro, MP_QSTR_releaselevel };
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self_in, &n, &items);
    for (size_t i = 0; i < n && i < MP_ARRAY_SIZE(fields); i++) {
        if (fields[i] == attr) {
            dest[0] = items[i];
        }
    }
}

static mp_obj_t sys_version_new(const mp_obj_tuple_t *t) {
    if (sys_version_type.name == 0) {
        sys_version_type = mp_type_tuple;
        sys_version_type.name = MP_QSTR_tuple; // as MicroPython's attrtuple
        sys_version_type.attr = sys_version_attr;
        sys_version_type.make_new = NULL;
        sys_version_type.parent = &mp_type_tuple;
        sys_version_type.flags |= MP_TYPE_FLAG_NOT_BASETYPE;
    }
    mp_obj_tuple_t *v = MP_OBJ_TO_PTR(mp_obj_new_tuple(t->len, t->items));
    v->base.type = &sys_version_type;
    return MP_OBJ_FROM_PTR(v);
}

// Called once when the module is first imported: the dynamic attributes.
static mp_obj_t sys___init__(mp_obj_t module) {
    mp_obj_t g = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(module));
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_version_info), sys_version_new(&sys_version_info_obj));
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_path), mp_state.sys_path);
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_argv), mp_state.sys_argv);
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_modules), mp_state.loaded_modules);
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_maxsize), mp_obj_new_int_from_ll(INT64_MAX));
    // MicroPython's default; the exception printer reads it back (py/obj.c)
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_tracebacklimit), MP_OBJ_NEW_SMALL_INT(1000));
    const char *exe = mp_hal_executable_path();
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_executable), mp_obj_new_str(exe, strlen(exe)));
    // The REPL's prompts (ports/unix/repl.c reads them back); a program may change them.
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_ps1), MP_OBJ_NEW_QSTR(MP_QSTR__gt__gt__gt__space_));
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_ps2), MP_OBJ_NEW_QSTR(MP_QSTR__dot__dot__dot__space_));
    mp_state.user_roots[0] = module;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys___init___obj, sys___init__);

// ---- constants ----

// sys.implementation: a simple attribute holder
typedef struct _mp_obj_attrtuple_t {
    mp_obj_base_t base;
} mp_obj_attrtuple_t;

// _mpy: .mpy version 6, sub-version 3, arch x86-64 (MicroPython's encoding:
// version | (sub << 8) | (arch << 10)); arch 2 = x64 in MicroPython's table.
#define SYS_MPY_VALUE (6 | (3 << 8) | (2 << 10))

static void impl_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_name:
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_micropython);
            break;
        case MP_QSTR_version:
            dest[0] = sys_version_new(&sys_impl_version_obj);
            break;
        case MP_QSTR__mpy:
            dest[0] = MP_OBJ_NEW_SMALL_INT(SYS_MPY_VALUE);
            break;
        case MP_QSTR__build:
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_standard);
            break;
        case MP_QSTR__machine:
            #if MICROPY_PORT_SIM
            dest[0] = mp_obj_new_str(sim_sys_machine(), strlen(sim_sys_machine()));
            #else
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_linux_space_x86_64);
            #endif
            break;
        #if MICROPY_PY_THREAD
        case MP_QSTR__thread:
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_GIL);   // one thread runs Python code at a time
            break;
        #endif
        default:
            break;
    }
}

static void impl_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    #if MICROPY_PORT_SIM
    const char *machine = sim_sys_machine();
    #else
    const char *machine = "linux x86_64";
    #endif
    mp_printf(print, "(name='micropython', version=(%d, %d, %d, ''), _machine='%s', _mpy=%d, _build='standard')",
        MICROPY_VERSION_MAJOR, MICROPY_VERSION_MINOR, MICROPY_VERSION_MICRO, machine, SYS_MPY_VALUE);
}

static const mp_obj_type_t mp_type_sys_implementation = {
    {&mp_type_type},
    .name = MP_QSTR_implementation,
    .print = impl_print,
    .attr = impl_attr,
};
static const mp_obj_attrtuple_t sys_implementation_obj = {{&mp_type_sys_implementation}};

static const mp_obj_str_t sys_version_obj = {
    {&mp_type_str}, 0, sizeof("3.4.0; MicroPython v" MICROPY_VERSION_STRING) - 1,
    (const byte *)"3.4.0; MicroPython v" MICROPY_VERSION_STRING
};

static const mp_rom_map_elem_t mp_module_sys_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_sys) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&sys___init___obj) },
    { MP_ROM_QSTR(MP_QSTR_version), MP_ROM_PTR(&sys_version_obj) },
    { MP_ROM_QSTR(MP_QSTR_version_info), MP_ROM_PTR(&sys_version_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_implementation), MP_ROM_PTR(&sys_implementation_obj) },
    #if MICROPY_PORT_SIM
    { MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_PTR(&sim_sys_platform_obj) },
    #else
    { MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_QSTR(MP_QSTR_linux) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_byteorder), MP_ROM_QSTR(MP_QSTR_little) },
    { MP_ROM_QSTR(MP_QSTR_maxsize), MP_ROM_INT(MP_SMALL_INT_MAX) },
    { MP_ROM_QSTR(MP_QSTR_stdin), MP_ROM_PTR(&mp_sys_stdin_obj) },
    { MP_ROM_QSTR(MP_QSTR_stdout), MP_ROM_PTR(&mp_sys_stdout_obj) },
    { MP_ROM_QSTR(MP_QSTR_stderr), MP_ROM_PTR(&mp_sys_stderr_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&sys_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_atexit), MP_ROM_PTR(&sys_atexit_obj) },
    { MP_ROM_QSTR(MP_QSTR_print_exception), MP_ROM_PTR(&sys_print_exception_obj) },
    { MP_ROM_QSTR(MP_QSTR_exc_info), MP_ROM_PTR(&sys_exc_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&sys_getrecursionlimit_obj) },
    { MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&sys_setrecursionlimit_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsizeof), MP_ROM_PTR(&sys_getsizeof_obj) },
    { MP_ROM_QSTR(MP_QSTR_intern), MP_ROM_PTR(&sys_intern_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_sys, mp_module_sys_globals_table);
MP_REGISTER_MODULE(MP_QSTR_sys, mp_module_sys);
