// ports/unix/modmachine.c: the machine module of the unix port.
//
// What a PC can offer of MicroPython's machine module:
//   PinBase            a base class for pins written in Python (a subclass implements value())
//   Signal(pin, invert=False)  value()/on()/off()/__call__ over any object with a value() method
//   mem8, mem16, mem32 memory access by address: mem32[addr] reads, mem32[addr] = v writes.
//                      Accesses go through process_vm_readv/process_vm_writev on our own
//                      process, so an unmapped or read-only address raises OSError (EFAULT)
//                      instead of crashing; a misaligned one raises ValueError.
//   time_pulse_us(pin, level, timeout_us=1000000)  on any object with value()
//   idle(), soft_reset() (raises SystemExit), reset_cause() (PWRON_RESET: a process starts
//   like a board powering on) and the reset-cause constants.
//
// Data layout: a Signal holds the pin object and the invert flag; a mem object holds only its
// access width in bytes (1, 2 or 4); PinBase instances carry no state of their own.
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/mphal.h"

#define MACHINE_PWRON_RESET 1
#define MACHINE_HARD_RESET 2
#define MACHINE_WDT_RESET 3
#define MACHINE_DEEPSLEEP_RESET 4
#define MACHINE_SOFT_RESET 5

// ---- PinBase ----

static mp_obj_t machine_pinbase_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    // the arguments belong to the subclass's __init__
    mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
    o->type = type;
    return MP_OBJ_FROM_PTR(o);
}

static const mp_obj_type_t machine_pinbase_type = {
    {&mp_type_type},
    .name = MP_QSTR_PinBase,
    .make_new = machine_pinbase_make_new,
};

// ---- Signal ----

typedef struct _machine_signal_t {
    mp_obj_base_t base;
    mp_obj_t pin;
    bool invert;
} machine_signal_t;

static const mp_obj_type_t machine_signal_type;

static mp_obj_t machine_signal_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pin, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_invert, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t v[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, v);
    mp_obj_t dest[2];
    mp_load_method_maybe(v[0].u_obj, MP_QSTR_value, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError("pin object must have a value() method");
    }
    machine_signal_t *self = m_new_obj(machine_signal_t);
    self->base.type = &machine_signal_type;
    self->pin = v[0].u_obj;
    self->invert = v[1].u_bool;
    return MP_OBJ_FROM_PTR(self);
}

// Reads (arg NULL) or sets the pin's level through its value() method.
static mp_obj_t machine_pin_value(mp_obj_t pin, mp_obj_t arg) {
    mp_obj_t dest[3];
    mp_load_method(pin, MP_QSTR_value, dest);
    if (arg == MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    dest[2] = arg;
    return mp_call_method_n_kw(1, 0, dest);
}

static mp_obj_t machine_signal_value_impl(machine_signal_t *self, size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        bool level = mp_obj_is_true(machine_pin_value(self->pin, MP_OBJ_NULL));
        return MP_OBJ_NEW_SMALL_INT(level != self->invert);
    }
    machine_pin_value(self->pin, MP_OBJ_NEW_SMALL_INT(mp_obj_is_true(args[0]) != self->invert));
    return mp_const_none;
}

static mp_obj_t machine_signal_value(size_t n_args, const mp_obj_t *args) {
    return machine_signal_value_impl(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_signal_value_obj, 1, 2, machine_signal_value);

static mp_obj_t machine_signal_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    return machine_signal_value_impl(MP_OBJ_TO_PTR(self_in), n_args, args);
}

static mp_obj_t machine_signal_on(mp_obj_t self_in) {
    mp_obj_t one = MP_OBJ_NEW_SMALL_INT(1);
    return machine_signal_value_impl(MP_OBJ_TO_PTR(self_in), 1, &one);
}
static MP_DEFINE_CONST_FUN_OBJ_1(machine_signal_on_obj, machine_signal_on);

static mp_obj_t machine_signal_off(mp_obj_t self_in) {
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    return machine_signal_value_impl(MP_OBJ_TO_PTR(self_in), 1, &zero);
}
static MP_DEFINE_CONST_FUN_OBJ_1(machine_signal_off_obj, machine_signal_off);

static const mp_rom_map_elem_t machine_signal_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_value), MP_ROM_PTR(&machine_signal_value_obj) },
    { MP_ROM_QSTR(MP_QSTR_on), MP_ROM_PTR(&machine_signal_on_obj) },
    { MP_ROM_QSTR(MP_QSTR_off), MP_ROM_PTR(&machine_signal_off_obj) },
};
static MP_DEFINE_CONST_DICT(machine_signal_locals, machine_signal_locals_table);

static const mp_obj_type_t machine_signal_type = {
    {&mp_type_type},
    .name = MP_QSTR_Signal,
    .make_new = machine_signal_make_new,
    .call = machine_signal_call,
    .locals_dict = (mp_obj_dict_t *)&machine_signal_locals,
};

// ---- mem8 / mem16 / mem32 ----

typedef struct _machine_mem_t {
    mp_obj_base_t base;
    unsigned width;   // bytes per access
} machine_mem_t;

static uintptr_t machine_mem_addr(machine_mem_t *self, mp_obj_t addr_in) {
    if (!mp_obj_is_int(addr_in)) {
        mp_raise_TypeError("address must be an int");
    }
    uintptr_t addr = (uintptr_t)mp_obj_get_int_truncated(addr_in);
    if (addr & (self->width - 1)) {
        mp_raise_msg_varg(&mp_type_ValueError, "address %08lx is not aligned to %u bytes", (unsigned long)addr, self->width);
    }
    return addr;
}

// Copies width bytes between addr and buf with the kernel checking the address.
static void machine_mem_access(uintptr_t addr, void *buf, size_t width, bool write) {
    struct iovec local = { buf, width };
    struct iovec remote = { (void *)addr, width };
    ssize_t n = write
        ? process_vm_writev(getpid(), &local, 1, &remote, 1, 0)
        : process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
    if (n != (ssize_t)width) {
        mp_raise_OSError(n < 0 ? errno : EFAULT);
    }
}

static mp_obj_t machine_mem_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    machine_mem_t *self = MP_OBJ_TO_PTR(self_in);
    if (value == MP_OBJ_NULL) {
        return MP_OBJ_NULL; // del mem32[x] is not supported
    }
    uintptr_t addr = machine_mem_addr(self, index);
    if (value == MP_OBJ_SENTINEL) {
        uint32_t v = 0;
        if (self->width == 1) {
            uint8_t b;
            machine_mem_access(addr, &b, 1, false);
            v = b;
        } else if (self->width == 2) {
            uint16_t h;
            machine_mem_access(addr, &h, 2, false);
            v = h;
        } else {
            machine_mem_access(addr, &v, 4, false);
        }
        return mp_obj_new_int_from_uint(v);
    }
    uint32_t v = (uint32_t)mp_obj_get_int_truncated(value);
    if (self->width == 1) {
        uint8_t b = v;
        machine_mem_access(addr, &b, 1, true);
    } else if (self->width == 2) {
        uint16_t h = v;
        machine_mem_access(addr, &h, 2, true);
    } else {
        machine_mem_access(addr, &v, 4, true);
    }
    return mp_const_none;
}

static void machine_mem_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_mem_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%u-bit memory>", 8 * self->width);
}

static const mp_obj_type_t machine_mem_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_mem,
    .print = machine_mem_print,
    .subscr = machine_mem_subscr,
};

static const machine_mem_t machine_mem8_obj = { {&machine_mem_type}, 1 };
static const machine_mem_t machine_mem16_obj = { {&machine_mem_type}, 2 };
static const machine_mem_t machine_mem32_obj = { {&machine_mem_type}, 4 };

// ---- functions ----

// time_pulse_us(pin, pulse_level, timeout_us=1000000): waits (up to timeout_us) for the pin to
// reach pulse_level unless it is there already, then times how long it stays there (up to
// timeout_us). Returns the duration in microseconds, -2 if the level never came, -1 if it
// never ended.
static mp_obj_t machine_time_pulse_us(size_t n_args, const mp_obj_t *args) {
    mp_obj_t pin = args[0];
    bool level = mp_obj_is_true(args[1]);
    mp_int_t timeout = n_args > 2 ? mp_obj_get_int(args[2]) : 1000000;
    uint64_t start = mp_hal_ticks_us();
    while (mp_obj_is_true(machine_pin_value(pin, MP_OBJ_NULL)) != level) {
        if ((mp_int_t)(mp_hal_ticks_us() - start) >= timeout) {
            return MP_OBJ_NEW_SMALL_INT(-2);
        }
        mp_handle_pending(true);
    }
    start = mp_hal_ticks_us();
    while (mp_obj_is_true(machine_pin_value(pin, MP_OBJ_NULL)) == level) {
        if ((mp_int_t)(mp_hal_ticks_us() - start) >= timeout) {
            return MP_OBJ_NEW_SMALL_INT(-1);
        }
        mp_handle_pending(true);
    }
    return mp_obj_new_int((mp_int_t)(mp_hal_ticks_us() - start));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_time_pulse_us_obj, 2, 3, machine_time_pulse_us);

static mp_obj_t machine_idle(void) {
    sched_yield();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_idle_obj, machine_idle);

static mp_obj_t machine_soft_reset(void) {
    mp_raise_type(&mp_type_SystemExit);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_soft_reset_obj, machine_soft_reset);

static mp_obj_t machine_reset_cause(void) {
    return MP_OBJ_NEW_SMALL_INT(MACHINE_PWRON_RESET);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_reset_cause_obj, machine_reset_cause);

static const mp_rom_map_elem_t machine_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_machine) },
    { MP_ROM_QSTR(MP_QSTR_PinBase), MP_ROM_PTR(&machine_pinbase_type) },
    { MP_ROM_QSTR(MP_QSTR_Signal), MP_ROM_PTR(&machine_signal_type) },
    { MP_ROM_QSTR(MP_QSTR_mem8), MP_ROM_PTR(&machine_mem8_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem16), MP_ROM_PTR(&machine_mem16_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem32), MP_ROM_PTR(&machine_mem32_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_pulse_us), MP_ROM_PTR(&machine_time_pulse_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_idle), MP_ROM_PTR(&machine_idle_obj) },
    { MP_ROM_QSTR(MP_QSTR_soft_reset), MP_ROM_PTR(&machine_soft_reset_obj) },
    { MP_ROM_QSTR(MP_QSTR_reset_cause), MP_ROM_PTR(&machine_reset_cause_obj) },
    { MP_ROM_QSTR(MP_QSTR_PWRON_RESET), MP_ROM_INT(MACHINE_PWRON_RESET) },
    { MP_ROM_QSTR(MP_QSTR_HARD_RESET), MP_ROM_INT(MACHINE_HARD_RESET) },
    { MP_ROM_QSTR(MP_QSTR_WDT_RESET), MP_ROM_INT(MACHINE_WDT_RESET) },
    { MP_ROM_QSTR(MP_QSTR_DEEPSLEEP_RESET), MP_ROM_INT(MACHINE_DEEPSLEEP_RESET) },
    { MP_ROM_QSTR(MP_QSTR_SOFT_RESET), MP_ROM_INT(MACHINE_SOFT_RESET) },
};
MP_DEFINE_CONST_MODULE(mp_module_machine, machine_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_machine, mp_module_machine);
