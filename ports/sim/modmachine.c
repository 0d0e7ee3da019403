// ports/sim/modmachine.c: the simulated board's `machine` module: module-level functions,
// the soft-IRQ scheduler, the VM hook of the virtual-time cost model, and run control.
//
// Run control: the firmware is stopped from anywhere (inside a sleep, a busy loop, a callback)
// by raising SimStop (--until reached) or SimReset (machine.reset(), a WDT timeout). Both derive
// from BaseException, and once requested the VM hook raises them again at every instruction,
// so firmware that catches them cannot keep running: the run ends within a few instructions.
#include <string.h>
#include <errno.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "machine.h"


bool sim_stop_requested;
int sim_reset_cause = SIM_PWRON_RESET;
int sim_pending_reset;
static bool in_callback;
static int irq_disabled;

mp_obj_t *sim_root_slots(void) {
    mp_obj_t r = mp_state.user_roots[SIM_ROOT];
    return ((mp_obj_list_t *)MP_OBJ_TO_PTR(r))->items;
}

void sim_network_reset(void); // modnetwork.c

void sim_machine_init(void) {
    sim_network_reset();
    mp_obj_t slots[SIM_SLOT_N];
    slots[SIM_SLOT_SCHED] = mp_obj_new_list(0, NULL);
    slots[SIM_SLOT_PIN_IRQ] = mp_obj_new_list(SIM_MAX_GPIO, NULL);
    mp_obj_list_t *irq = MP_OBJ_TO_PTR(slots[SIM_SLOT_PIN_IRQ]);
    for (size_t i = 0; i < SIM_MAX_GPIO; i++) {
        irq->items[i] = mp_const_none;
    }
    slots[SIM_SLOT_TIMERS] = mp_obj_new_list(0, NULL);
    slots[SIM_SLOT_MISC] = mp_obj_new_list(0, NULL);
    slots[SIM_SLOT_UART_IRQ] = mp_obj_new_list(SIM_UART_IDS, NULL);
    mp_obj_list_t *uirq = MP_OBJ_TO_PTR(slots[SIM_SLOT_UART_IRQ]);
    for (size_t i = 0; i < SIM_UART_IDS; i++) {
        uirq->items[i] = mp_const_none;
    }
    extern void sim_machine_reset_freq(void);
    sim_machine_reset_freq();
    mp_state.user_roots[SIM_ROOT] = mp_obj_new_list(SIM_SLOT_N, slots);
    in_callback = false;
    irq_disabled = 0;
    sim_stop_requested = false;
    sim_pending_reset = 0;
    sim_pins_reset();
    sim_timers_reset();
    sim_wdt_reset();
}

NORETURN void sim_raise_errno(int err) {
    const char *name = NULL;
    switch (err) {
        case ENODEV: name = "ENODEV"; break;
        case EIO: name = "EIO"; break;
        case ETIMEDOUT: name = "ETIMEDOUT"; break;
        case EINVAL: name = "EINVAL"; break;
        case ENOENT: name = "ENOENT"; break;
        case EBUSY: name = "EBUSY"; break;
        case EPERM: name = "EPERM"; break;
        default: break;
    }
    if (name == NULL) {
        mp_raise_OSError(err);
    }
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(err), mp_obj_new_str(name, strlen(name))};
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 2, args));
}

// ---- scheduler

void sim_schedule(mp_obj_t fun, mp_obj_t arg, bool hard) {
    mp_obj_t q = sim_root_slots()[SIM_SLOT_SCHED];
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(q, &n, &items);
    if (n >= 3 * 32) {
        return;     // the queue is full: a real board drops the IRQ too
    }
    // Allocation here may run inside a part callback: the heap is not locked there.
    mp_obj_list_append(q, fun);
    mp_obj_list_append(q, arg);
    mp_obj_list_append(q, mp_obj_new_bool(hard));
    sim_vm_ops_deadline = sim_vm_ops + 1;
}

bool sim_hook_pending(void) {
    if (sim_stop_requested || sim_pending_reset) {
        return true;
    }
    if (in_callback || irq_disabled || mp_state.user_roots[SIM_ROOT] == MP_OBJ_NULL) {
        return false;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(sim_root_slots()[SIM_SLOT_SCHED], &n, &items);
    return n > 0;
}

static void raise_if_stopped(void) {
    if (sim_pending_reset) {
        sim_vm_ops_deadline = sim_vm_ops + 1;
        nlr_raise(mp_obj_new_exception(&mp_type_SimReset));
    }
    if (sim_stop_requested) {
        sim_vm_ops_deadline = sim_vm_ops + 1;
        nlr_raise(mp_obj_new_exception(&mp_type_SimStop));
    }
}

void sim_run_scheduled(void) {
    if (in_callback || irq_disabled || mp_state.user_roots[SIM_ROOT] == MP_OBJ_NULL) {
        return;
    }
    mp_obj_t q = sim_root_slots()[SIM_SLOT_SCHED];
    for (;;) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(q, &n, &items);
        if (n < 3) {
            break;
        }
        mp_obj_t fun = items[0], arg = items[1];
        bool hard = mp_obj_is_true(items[2]);
        // pop the first entry
        mp_obj_list_t *l = MP_OBJ_TO_PTR(q);
        memmove(l->items, l->items + 3, (l->len - 3) * sizeof(mp_obj_t));
        l->len -= 3;
        in_callback = true;
        if (hard) {
            gc_lock();
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_1(fun, arg);
            nlr_pop();
            if (hard) {
                gc_unlock();
            }
            in_callback = false;
        } else {
            if (hard) {
                gc_unlock();
            }
            in_callback = false;
            mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            const mp_obj_type_t *t = mp_obj_get_type(exc);
            if (mp_obj_is_subclass(t, &mp_type_SimStop) || mp_obj_is_subclass(t, &mp_type_SimReset)
                || mp_obj_is_subclass(t, &mp_type_KeyboardInterrupt) || mp_obj_is_subclass(t, &mp_type_SystemExit)) {
                nlr_jump(nlr.ret_val);
            }
            // As on a board: the handler's exception is printed and the firmware goes on.
            mp_printf(&mp_plat_print, "Uncaught exception in IRQ callback handler\n");
            mp_obj_print_exception(&mp_plat_print, exc);
        }
    }
}

void sim_vm_hook(void) {
    sim_clock_run_due();
    raise_if_stopped();
    sim_run_scheduled();
    raise_if_stopped();
    sim_clock_update_deadline();
}

void sim_sleep_ns(sim_ns_t ns) {
    sim_ns_t end = sim_now() + (ns > 0 ? ns : 0);
    for (;;) {
        raise_if_stopped();
        sim_run_scheduled();
        raise_if_stopped();
        sim_ns_t next = sim_event_next_time();
        if (next > end) {
            break;
        }
        sim_clock_advance_to(next);
    }
    sim_clock_advance_to(end);
    raise_if_stopped();
    sim_run_scheduled();
    raise_if_stopped();
}

void sim_request_reset(int cause) {
    sim_pending_reset = cause;
    sim_vm_ops_deadline = sim_vm_ops + 1;
}

// ---- module functions

static mp_obj_t machine_reset(void) {
    sim_request_reset(SIM_HARD_RESET);
    raise_if_stopped();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_reset_obj, machine_reset);

static mp_obj_t machine_soft_reset(void) {
    sim_request_reset(SIM_SOFT_RESET);
    raise_if_stopped();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_soft_reset_obj, machine_soft_reset);

static mp_obj_t machine_reset_cause(void) {
    return MP_OBJ_NEW_SMALL_INT(sim_reset_cause);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_reset_cause_obj, machine_reset_cause);

static mp_int_t cpu_hz;

// A reset returns the CPU to the profile's clock (the cost model was set by main from it).
uint64_t sim_boot_ps_per_op;

void sim_machine_reset_freq(void) {
    cpu_hz = 0;
    if (sim_boot_ps_per_op) {
        sim_ps_per_op = sim_boot_ps_per_op;
    }
}

static mp_obj_t machine_freq(size_t n_args, const mp_obj_t *args) {
    if (cpu_hz == 0) {
        cpu_hz = (mp_int_t)sim_profile->cpu_mhz * 1000000;
    }
    if (n_args == 0) {
        return mp_obj_new_int(cpu_hz);
    }
    mp_int_t f = mp_obj_get_int(args[0]);
    bool ok = strcmp(sim_profile->platform, "esp32") == 0
        ? (f == 20000000 || f == 40000000 || f == 80000000 || f == 160000000 || f == 240000000)
        : (f >= 10000000 && f <= 250000000);
    if (!ok) {
        mp_raise_ValueError(strcmp(sim_profile->platform, "esp32") == 0
            ? "frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz" : "cannot change frequency");
    }
    cpu_hz = f;
    // the cost model follows the clock: 40 cycles an instruction
    sim_ps_per_op = (uint64_t)40 * 1000000000000ull / (uint64_t)f;
    sim_clock_update_deadline();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_freq_obj, 0, 1, machine_freq);

static mp_obj_t machine_unique_id(void) {
    static const byte id[8] = {0x24, 0x0a, 0xc4, 0x5e, 0x1a, 0x2c, 0x7d, 0x31};
    return mp_obj_new_bytes(id, sim_profile->unique_id_len);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_unique_id_obj, machine_unique_id);

static mp_obj_t machine_idle(void) {
    // Resumes at the next event, or after at most 1 ms.
    sim_ns_t next = sim_event_next_time() - sim_now();
    sim_sleep_ns(next < SIM_NS_PER_MS ? (next > 0 ? next : 0) : SIM_NS_PER_MS);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_idle_obj, machine_idle);

static mp_obj_t machine_lightsleep(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        // Until an event wakes the board.
        sim_ns_t next = sim_event_next_time();
        if (next == INT64_MAX) {
            sim_sleep_ns(INT64_MAX / 4);
        } else {
            sim_sleep_ns(next - sim_now());
        }
    } else {
        mp_int_t ms = mp_obj_get_int(args[0]);
        sim_sleep_ns(ms > 0 ? (sim_ns_t)ms * SIM_NS_PER_MS : 0);
        sim_wake_reason = SIM_TIMER_WAKE;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_lightsleep_obj, 0, 1, machine_lightsleep);

static mp_obj_t machine_deepsleep(size_t n_args, const mp_obj_t *args) {
    sim_ns_t end = INT64_MAX / 4;
    if (n_args > 0) {
        mp_int_t ms = mp_obj_get_int(args[0]);
        end = sim_now() + (ms > 0 ? (sim_ns_t)ms * SIM_NS_PER_MS : 0);
    }
    int reason = SIM_TIMER_WAKE;
    if (sim_wake_ext0_gpio >= 0) {
        // the RTC keeps watching the ext0 pin: wake when it reaches the level
        int g = sim_wake_ext0_gpio;
        while (sim_pin_read(g) != sim_wake_ext0_level && !sim_stop_requested) {
            sim_ns_t next = sim_event_next_time();
            if (next >= end) {
                break;
            }
            sim_clock_advance_to(next > sim_now() ? next : sim_now());
        }
        if (sim_pin_read(g) == sim_wake_ext0_level) {
            reason = SIM_EXT0_WAKE;
            end = sim_now();
        }
    }
    if (end > sim_now()) {
        sim_sleep_ns(end - sim_now());
    }
    sim_wake_reason = reason;
    sim_request_reset(SIM_DEEPSLEEP_RESET);
    raise_if_stopped();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_deepsleep_obj, 0, 1, machine_deepsleep);

static mp_obj_t machine_wake_reason(void) {
    return MP_OBJ_NEW_SMALL_INT(sim_wake_reason);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_wake_reason_obj, machine_wake_reason);

// bootloader(): the board leaves the firmware for its ROM loader: the run ends here.
static mp_obj_t machine_bootloader(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    sim_stop_requested = true;
    sim_vm_ops_deadline = sim_vm_ops + 1;
    raise_if_stopped();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_bootloader_obj, 0, 1, machine_bootloader);

static mp_obj_t machine_disable_irq(void) {
    int prev = irq_disabled;
    irq_disabled = 1;
    return MP_OBJ_NEW_SMALL_INT(prev ? 0 : 1);
}
static MP_DEFINE_CONST_FUN_OBJ_0(machine_disable_irq_obj, machine_disable_irq);

static mp_obj_t machine_enable_irq(size_t n_args, const mp_obj_t *args) {
    bool enable = n_args == 0 || mp_obj_is_true(args[0]);
    irq_disabled = enable ? 0 : 1;
    if (enable) {
        sim_vm_ops_deadline = sim_vm_ops + 1;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_enable_irq_obj, 0, 1, machine_enable_irq);

// time_pulse_us(pin, level, timeout_us=1000000): waits (in virtual time) for the pin to reach
// `level`, then measures how long it stays there. -2: timeout waiting, -1: timeout in the pulse.
static mp_obj_t machine_time_pulse_us(size_t n_args, const mp_obj_t *args) {
    int g = sim_pin_arg(args[0]);
    int level = mp_obj_is_true(args[1]);
    mp_int_t timeout = n_args > 2 ? mp_obj_get_int(args[2]) : 1000000;
    // Levels only change at events or when the firmware acts: sim_pin_wait_level steps through them.
    if (sim_pin_wait_level(g, level, (sim_ns_t)timeout * SIM_NS_PER_US) < 0) {
        return MP_OBJ_NEW_SMALL_INT(-2);
    }
    sim_ns_t start = sim_now();
    if (sim_pin_wait_level(g, !level, (sim_ns_t)timeout * SIM_NS_PER_US) < 0) {
        return MP_OBJ_NEW_SMALL_INT(-1);
    }
    return mp_obj_new_int((mp_int_t)((sim_now() - start) / SIM_NS_PER_US));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_time_pulse_us_obj, 2, 3, machine_time_pulse_us);

void sim_neopixel_write(int gpio, const uint8_t *buf, size_t n);
extern const mp_obj_fun_builtin_fixed_t sim_dht_readinto_obj; // modonewire.c

// bitstream(pin, encoding, timing, data): encoding 0 with timing (high0, low0, high1, low1) in
// ns, as the NeoPixel driver uses. The parts on the pin receive the bytes (and the VCD sees
// every edge when it is on).
static mp_obj_t machine_bitstream(size_t n_args, const mp_obj_t *args) {
    int g = sim_pin_arg(args[0]);
    mp_int_t enc = mp_obj_get_int(args[1]);
    if (enc != 0) {
        mp_raise_ValueError("invalid encoding");
    }
    size_t nt;
    mp_obj_t *tm;
    mp_obj_get_array(args[2], &nt, &tm);
    if (nt != 4) {
        mp_raise_ValueError("timing must have 4 items");
    }
    sim_ns_t t[4];
    for (int i = 0; i < 4; i++) {
        t[i] = mp_obj_get_int(tm[i]);
        if (t[i] < 0) {
            mp_raise_ValueError("timing must be non-negative");
        }
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[3], &bi, MP_BUFFER_READ);
    const uint8_t *d = bi.buf;
    if (sim_vcd_active()) {
        for (size_t i = 0; i < bi.len; i++) {
            for (int b = 7; b >= 0; b--) {
                int bit = (d[i] >> b) & 1;
                sim_pin_write(g, 1);
                sim_clock_advance_to(sim_now() + t[bit * 2]);
                sim_pin_write(g, 0);
                sim_clock_advance_to(sim_now() + t[bit * 2 + 1]);
            }
        }
    } else {
        sim_pin_write(g, 0);
        sim_clock_advance_to(sim_now() + (sim_ns_t)bi.len * 8 * (t[0] + t[1] + t[2] + t[3]) / 2);
    }
    sim_neopixel_write(g, d, bi.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(machine_bitstream_obj, 4, 4, machine_bitstream);

static const mp_rom_map_elem_t machine_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_machine) },
    { MP_ROM_QSTR(MP_QSTR_reset), MP_ROM_PTR(&machine_reset_obj) },
    { MP_ROM_QSTR(MP_QSTR_soft_reset), MP_ROM_PTR(&machine_soft_reset_obj) },
    { MP_ROM_QSTR(MP_QSTR_reset_cause), MP_ROM_PTR(&machine_reset_cause_obj) },
    { MP_ROM_QSTR(MP_QSTR_freq), MP_ROM_PTR(&machine_freq_obj) },
    { MP_ROM_QSTR(MP_QSTR_unique_id), MP_ROM_PTR(&machine_unique_id_obj) },
    { MP_ROM_QSTR(MP_QSTR_idle), MP_ROM_PTR(&machine_idle_obj) },
    { MP_ROM_QSTR(MP_QSTR_lightsleep), MP_ROM_PTR(&machine_lightsleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_deepsleep), MP_ROM_PTR(&machine_deepsleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&machine_lightsleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_wake_reason), MP_ROM_PTR(&machine_wake_reason_obj) },
    { MP_ROM_QSTR(MP_QSTR_bootloader), MP_ROM_PTR(&machine_bootloader_obj) },
    { MP_ROM_QSTR(MP_QSTR_DAC), MP_ROM_PTR(&machine_dac_type) },
    { MP_ROM_QSTR(MP_QSTR_TouchPad), MP_ROM_PTR(&machine_touchpad_type) },
    { MP_ROM_QSTR(MP_QSTR_PIN_WAKE), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_EXT0_WAKE), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_EXT1_WAKE), MP_ROM_INT(3) },
    { MP_ROM_QSTR(MP_QSTR_TIMER_WAKE), MP_ROM_INT(4) },
    { MP_ROM_QSTR(MP_QSTR_TOUCHPAD_WAKE), MP_ROM_INT(5) },
    { MP_ROM_QSTR(MP_QSTR_ULP_WAKE), MP_ROM_INT(6) },
    { MP_ROM_QSTR(MP_QSTR_disable_irq), MP_ROM_PTR(&machine_disable_irq_obj) },
    { MP_ROM_QSTR(MP_QSTR_enable_irq), MP_ROM_PTR(&machine_enable_irq_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_pulse_us), MP_ROM_PTR(&machine_time_pulse_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_bitstream), MP_ROM_PTR(&machine_bitstream_obj) },
    { MP_ROM_QSTR(MP_QSTR_dht_readinto), MP_ROM_PTR(&sim_dht_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_Pin), MP_ROM_PTR(&machine_pin_type) },
    { MP_ROM_QSTR(MP_QSTR_Signal), MP_ROM_PTR(&machine_signal_type) },
    { MP_ROM_QSTR(MP_QSTR_I2C), MP_ROM_PTR(&machine_i2c_type) },
    { MP_ROM_QSTR(MP_QSTR_SoftI2C), MP_ROM_PTR(&machine_soft_i2c_type) },
    { MP_ROM_QSTR(MP_QSTR_SPI), MP_ROM_PTR(&machine_spi_type) },
    { MP_ROM_QSTR(MP_QSTR_SoftSPI), MP_ROM_PTR(&machine_soft_spi_type) },
    { MP_ROM_QSTR(MP_QSTR_Timer), MP_ROM_PTR(&machine_timer_type) },
    { MP_ROM_QSTR(MP_QSTR_ADC), MP_ROM_PTR(&machine_adc_type) },
    { MP_ROM_QSTR(MP_QSTR_PWM), MP_ROM_PTR(&machine_pwm_type) },
    { MP_ROM_QSTR(MP_QSTR_UART), MP_ROM_PTR(&machine_uart_type) },
    { MP_ROM_QSTR(MP_QSTR_RTC), MP_ROM_PTR(&machine_rtc_type) },
    { MP_ROM_QSTR(MP_QSTR_WDT), MP_ROM_PTR(&machine_wdt_type) },
    { MP_ROM_QSTR(MP_QSTR_PWRON_RESET), MP_ROM_INT(SIM_PWRON_RESET) },
    { MP_ROM_QSTR(MP_QSTR_HARD_RESET), MP_ROM_INT(SIM_HARD_RESET) },
    { MP_ROM_QSTR(MP_QSTR_WDT_RESET), MP_ROM_INT(SIM_WDT_RESET) },
    { MP_ROM_QSTR(MP_QSTR_DEEPSLEEP_RESET), MP_ROM_INT(SIM_DEEPSLEEP_RESET) },
    { MP_ROM_QSTR(MP_QSTR_SOFT_RESET), MP_ROM_INT(SIM_SOFT_RESET) },
};
static MP_DEFINE_CONST_DICT(machine_module_globals, machine_module_globals_table);

const mp_obj_module_t mp_module_machine = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t *)&machine_module_globals,
};
MP_REGISTER_MODULE(MP_QSTR_machine, mp_module_machine);
