// ports/sim/machine_pin.c: machine.Pin and machine.Signal on the simulated board.
//
// One Pin object per GPIO (Pin(2) is Pin(2)), its state in the arrays below. The MCU's endpoint
// sim_gpio[g] carries what the pin puts on its net:
//     IN          pull (PULL_UP / PULL_DOWN) or Z
//     OUT         HIGH / LOW from the output buffer
//     OPEN_DRAIN  LOW when the buffer is 0; released (pull or Z) when it is 1
// Writing in IN mode only sets the buffer; it reaches the net when the mode becomes OUT/OD.
// IRQs: a watcher on the pin's net queues the handler (soft, as MicroPython schedules it; hard
// ones run with the heap locked) on a matching edge; for an OUT pin the trigger source is the
// output buffer, as the documentation says, which here is also the net level.
// Constant values are the esp32 port's (IN=1, OUT=3, OPEN_DRAIN=7, PULL_UP=2, PULL_DOWN=1,
// IRQ_RISING=1, IRQ_FALLING=2); rp2 firmware uses the names, not the numbers.
#include <string.h>

#include "py/runtime.h"
#include "machine.h"

enum { MODE_IN = 1, MODE_OUT = 3, MODE_OPEN_DRAIN = 7, MODE_ALT = 8, MODE_ALT_OPEN_DRAIN = 9, MODE_ANALOG = 10 };
enum { PULL_NONE = 0, PULL_DOWN = 1, PULL_UP = 2 };
enum { IRQ_RISING = 1, IRQ_FALLING = 2, IRQ_LOW_LEVEL = 4, IRQ_HIGH_LEVEL = 8 };

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
} machine_pin_obj_t;

static machine_pin_obj_t pin_objs[SIM_MAX_GPIO];
static uint8_t pin_mode[SIM_MAX_GPIO], pin_pull[SIM_MAX_GPIO], pin_out[SIM_MAX_GPIO];
static uint8_t irq_trigger[SIM_MAX_GPIO], irq_hard[SIM_MAX_GPIO], irq_flags[SIM_MAX_GPIO];
static bool irq_watching[SIM_MAX_GPIO];

mp_obj_t sim_pin_obj(int g) {
    pin_objs[g].base.type = &machine_pin_type;
    pin_objs[g].gpio = g;
    return MP_OBJ_FROM_PTR(&pin_objs[g]);
}

static void pin_apply(int g) {
    sim_drive_t d;
    sim_drive_t pull = pin_pull[g] == PULL_UP ? SIM_DRIVE_PULL_UP : pin_pull[g] == PULL_DOWN ? SIM_DRIVE_PULL_DOWN : SIM_DRIVE_Z;
    switch (pin_mode[g]) {
        case MODE_OUT:
            d = pin_out[g] ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW;
            break;
        case MODE_OPEN_DRAIN:
        case MODE_ALT_OPEN_DRAIN:
            d = pin_out[g] ? pull : SIM_DRIVE_LOW;
            break;
        default:
            d = pull;
            break;
    }
    sim_driver_set(&sim_gpio[g], d);
}

void sim_pin_set_drive(int g, sim_drive_t d) {
    sim_driver_set(&sim_gpio[g], d);
}

void sim_pin_set_open_drain(int g, bool pull_up) {
    pin_mode[g] = MODE_OPEN_DRAIN;
    pin_pull[g] = pull_up ? PULL_UP : PULL_NONE;
    pin_out[g] = 1;
    pin_apply(g);
}

void sim_pin_od_write(int g, int v) {
    pin_out[g] = v != 0;
    pin_apply(g);
}

void sim_pin_write(int g, int v) {
    if (pin_mode[g] != MODE_OUT && pin_mode[g] != MODE_OPEN_DRAIN) {
        pin_mode[g] = MODE_OUT;
    }
    pin_out[g] = v != 0;
    pin_apply(g);
}

int sim_pin_read(int g) {
    return sim_net_level(sim_gpio[g].net);
}

void sim_pins_reset(void) {
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        if (irq_watching[g]) {
            extern void pin_irq_watch_fn(void *arg, int net, int level);
            sim_net_unwatch(sim_gpio[g].net, pin_irq_watch_fn, (void *)(intptr_t)g);
            irq_watching[g] = false;
        }
        pin_mode[g] = MODE_IN;
        pin_pull[g] = PULL_NONE;
        pin_out[g] = 0;
        irq_trigger[g] = 0;
        irq_flags[g] = 0;
        if (sim_gpio[g].net >= 0) {
            sim_driver_set(&sim_gpio[g], SIM_DRIVE_Z);
        }
    }
}

int sim_pin_arg(mp_obj_t o) {
    if (mp_obj_is_type(o, &machine_pin_type)) {
        return ((machine_pin_obj_t *)MP_OBJ_TO_PTR(o))->gpio;
    }
    int g = -1;
    if (mp_obj_is_str(o)) {
        g = sim_gpio_from_name(mp_obj_str_get_str(o));
        if (g < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "unknown named pin \"%s\"", mp_obj_str_get_str(o));
        }
        return g;
    }
    if (mp_obj_is_int(o)) {
        mp_int_t n = mp_obj_get_int(o);
        if (n >= 0 && n < sim_profile->n_gpio && (sim_profile->valid & ((uint64_t)1 << n))) {
            return (int)n;
        }
        mp_raise_ValueError("invalid pin");
    }
    mp_raise_TypeError("pin must be a Pin, an int or a str");
}

// ---- IRQs

void pin_irq_watch_fn(void *arg, int net, int level) {
    int g = (int)(intptr_t)arg;
    (void)net;
    uint8_t t = irq_trigger[g];
    uint8_t hit = level ? (t & (IRQ_RISING | IRQ_HIGH_LEVEL)) : (t & (IRQ_FALLING | IRQ_LOW_LEVEL));
    if (!hit) {
        return;
    }
    irq_flags[g] = level ? IRQ_RISING : IRQ_FALLING;
    mp_obj_list_t *l = MP_OBJ_TO_PTR(sim_root_slots()[SIM_SLOT_PIN_IRQ]);
    mp_obj_t handler = l->items[g];
    if (handler != mp_const_none) {
        sim_schedule(handler, sim_pin_obj(g), irq_hard[g]);
    }
}

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
} machine_pin_irq_obj_t;

static const mp_obj_type_t machine_pin_irq_type;

static mp_obj_t pin_irq_flags(mp_obj_t self_in) {
    machine_pin_irq_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(irq_flags[self->gpio]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pin_irq_flags_obj, pin_irq_flags);

static mp_obj_t pin_irq_trigger(size_t n_args, const mp_obj_t *args) {
    machine_pin_irq_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t prev = irq_trigger[self->gpio];
    if (n_args > 1) {
        irq_trigger[self->gpio] = (uint8_t)mp_obj_get_int(args[1]);
    }
    return MP_OBJ_NEW_SMALL_INT(prev);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pin_irq_trigger_obj, 1, 2, pin_irq_trigger);

static const mp_rom_map_elem_t pin_irq_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_flags), MP_ROM_PTR(&pin_irq_flags_obj) },
    { MP_ROM_QSTR(MP_QSTR_trigger), MP_ROM_PTR(&pin_irq_trigger_obj) },
};
static MP_DEFINE_CONST_DICT(pin_irq_locals, pin_irq_locals_table);

static const mp_obj_type_t machine_pin_irq_type = {
    {&mp_type_type},
    .name = MP_QSTR_irq,
    .locals_dict = (mp_obj_dict_t *)&pin_irq_locals,
};

static mp_obj_t pin_irq(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_handler, ARG_trigger, ARG_priority, ARG_wake, ARG_hard };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_handler, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_trigger, MP_ARG_INT, {.u_int = IRQ_RISING | IRQ_FALLING} },
        { MP_QSTR_priority, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1} },
        { MP_QSTR_wake, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_hard, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(pos[0]);
    int g = self->gpio;
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 5, allowed, a);
    mp_obj_t handler = a[ARG_handler].u_obj;
    if (handler != mp_const_none && !mp_obj_is_callable(handler)) {
        mp_raise_ValueError("handler must be None or callable");
    }
    if (n_args > 1 || kw->used > 0) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(sim_root_slots()[SIM_SLOT_PIN_IRQ]);
        l->items[g] = handler;
        irq_trigger[g] = handler == mp_const_none ? 0 : (uint8_t)a[ARG_trigger].u_int;
        irq_hard[g] = a[ARG_hard].u_bool;
        if (!irq_watching[g]) {
            sim_net_watch(sim_gpio[g].net, pin_irq_watch_fn, (void *)(intptr_t)g);
            irq_watching[g] = true;
        }
    }
    machine_pin_irq_obj_t *irq = m_new_obj(machine_pin_irq_obj_t);
    irq->base.type = &machine_pin_irq_type;
    irq->gpio = g;
    return MP_OBJ_FROM_PTR(irq);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pin_irq_obj, 1, pin_irq);

// ---- Pin

static void pin_init_helper(int g, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_mode, ARG_pull, ARG_value, ARG_drive, ARG_alt };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_mode, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_pull, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_value, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_drive, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_alt, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args, pos, kw, 5, allowed, a);
    if (a[ARG_value].u_obj != MP_OBJ_NULL) {
        pin_out[g] = mp_obj_is_true(a[ARG_value].u_obj);
    }
    mp_obj_t m = a[ARG_mode].u_obj;
    if (m != MP_OBJ_NULL && m != mp_const_none && !(mp_obj_is_int(m) && mp_obj_get_int(m) == -1)) {
        mp_int_t mode = mp_obj_get_int(m);
        if (mode != MODE_IN && mode != MODE_OUT && mode != MODE_OPEN_DRAIN && mode != MODE_ANALOG
            && mode != MODE_ALT && mode != MODE_ALT_OPEN_DRAIN) {
            mp_raise_msg_varg(&mp_type_ValueError, "invalid pin mode: %d", (int)mode);
        }
        if ((mode == MODE_OUT || mode == MODE_OPEN_DRAIN) && (sim_profile->input_only & ((uint64_t)1 << g))) {
            mp_raise_ValueError("pin can only be input");
        }
        pin_mode[g] = (uint8_t)mode;
    }
    mp_obj_t p = a[ARG_pull].u_obj;
    if (p != MP_OBJ_NULL && !(mp_obj_is_int(p) && mp_obj_get_int(p) == -1)) {
        if (p == mp_const_none) {
            pin_pull[g] = PULL_NONE;
        } else {
            mp_int_t pull = mp_obj_get_int(p);
            if (pull != PULL_UP && pull != PULL_DOWN && pull != PULL_NONE) {
                mp_raise_msg_varg(&mp_type_ValueError, "invalid pull: %d", (int)pull);
            }
            pin_pull[g] = (uint8_t)pull;
            if (pull != PULL_NONE && (sim_profile->input_only & ((uint64_t)1 << g))) {
                // GPIO34..39 of the ESP32 have no pull resistors: the request does nothing
                // there, so a button needs an external pull-up (a common wiring mistake)
                static uint64_t warned;
                if (!(warned & ((uint64_t)1 << g))) {
                    warned |= (uint64_t)1 << g;
                    sim_log("GPIO%d has no internal pull resistors (input only): the pull is ignored", g);
                }
                pin_pull[g] = PULL_NONE;
            }
        }
    }
    pin_apply(g);
}

static mp_obj_t pin_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, MP_OBJ_FUN_ARGS_MAX, true);
    int g = sim_pin_arg(args[0]);
    mp_obj_t self = sim_pin_obj(g);
    if (n_args > 1 || n_kw > 0) {
        mp_map_t kw;
        mp_map_init_fixed_table(&kw, n_kw, args + n_args);
        pin_init_helper(g, n_args - 1, args + 1, &kw);
    }
    return self;
}

static void pin_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (strcmp(sim_profile->platform, "rp2") == 0) {
        mp_printf(print, "Pin(GPIO%u, mode=%s)", self->gpio,
            pin_mode[self->gpio] == MODE_OUT ? "OUT" : pin_mode[self->gpio] == MODE_OPEN_DRAIN ? "OPEN_DRAIN" : "IN");
    } else {
        mp_printf(print, "Pin(%u)", self->gpio);
    }
}

static mp_obj_t pin_value_common(int g, size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(sim_pin_read(g));
    }
    pin_out[g] = mp_obj_is_true(args[0]);
    pin_apply(g);
    return mp_const_none;
}

static mp_obj_t pin_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return pin_value_common(self->gpio, n_args, args);
}

static mp_obj_t pin_value(size_t n_args, const mp_obj_t *args) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    return pin_value_common(self->gpio, n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pin_value_obj, 1, 2, pin_value);

static mp_obj_t pin_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    pin_init_helper(self->gpio, n_args - 1, args + 1, kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pin_init_obj, 1, pin_init);

static mp_obj_t pin_set(mp_obj_t self_in, int v) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(self_in);
    pin_out[self->gpio] = v;
    pin_apply(self->gpio);
    return mp_const_none;
}

static mp_obj_t pin_on(mp_obj_t self_in) {
    return pin_set(self_in, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pin_on_obj, pin_on);

static mp_obj_t pin_off(mp_obj_t self_in) {
    return pin_set(self_in, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pin_off_obj, pin_off);

static mp_obj_t pin_toggle(mp_obj_t self_in) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return pin_set(self_in, !pin_out[self->gpio]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pin_toggle_obj, pin_toggle);

static mp_obj_t pin_mode_m(size_t n_args, const mp_obj_t *args) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return MP_OBJ_NEW_SMALL_INT(pin_mode[self->gpio]);
    }
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, 0, NULL);
    pin_init_helper(self->gpio, 1, args + 1, &kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pin_mode_obj, 1, 2, pin_mode_m);

static mp_obj_t pin_pull_m(size_t n_args, const mp_obj_t *args) {
    machine_pin_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return pin_pull[self->gpio] == PULL_NONE ? mp_const_none : MP_OBJ_NEW_SMALL_INT(pin_pull[self->gpio]);
    }
    mp_obj_t a[2] = {MP_OBJ_NEW_SMALL_INT(-1), args[1]};
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, 0, NULL);
    pin_init_helper(self->gpio, 2, a, &kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pin_pull_obj, 1, 2, pin_pull_m);

// ---- Pin.board and Pin.cpu: the board's pin names as attributes. rp2: Pin.board.GP0 ..
// GP28 and LED, Pin.cpu.GPIO0 .. GPIO29; esp32: Pin.board takes the names of the board file
// (D2, GPIO2, VP, ...), Pin.cpu GPIO0 ... Unknown names raise AttributeError.

typedef struct {
    mp_obj_base_t base;
    bool cpu;
} machine_pin_names_obj_t;

static void pin_names_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    machine_pin_names_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;     // read-only
    }
    const char *name = qstr_str(attr);
    bool rp2 = strcmp(sim_profile->platform, "rp2") == 0;
    int g = -1;
    if (self->cpu) {
        if (strncmp(name, "GPIO", 4) == 0) {
            g = sim_gpio_from_name(name);
        }
    } else if (!rp2 || strcmp(name, "LED") == 0 || (strncmp(name, "GP", 2) == 0 && strncmp(name, "GPIO", 4) != 0)) {
        g = sim_gpio_from_name(name);
        if (rp2 && (g == 23 || g == 24 || g == 25 || g == 29) && strcmp(name, "LED") != 0) {
            g = -1;     // not on the Pico's header (GP25 is Pin.board.LED)
        }
    }
    if (g >= 0) {
        dest[0] = sim_pin_obj(g);
    }
}

static void pin_names_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_pin_names_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, self->cpu ? "<class 'cpu'>" : "<class 'board'>");
}

static const mp_obj_type_t machine_pin_names_type = {
    {&mp_type_type},
    .name = MP_QSTR_board,
    .print = pin_names_print,
    .attr = pin_names_attr,
};

static const machine_pin_names_obj_t pin_board_obj = {{&machine_pin_names_type}, false};
static const machine_pin_names_obj_t pin_cpu_obj = {{&machine_pin_names_type}, true};

static const mp_rom_map_elem_t pin_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_board), MP_ROM_PTR(&pin_board_obj) },
    { MP_ROM_QSTR(MP_QSTR_cpu), MP_ROM_PTR(&pin_cpu_obj) },
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&pin_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_value), MP_ROM_PTR(&pin_value_obj) },
    { MP_ROM_QSTR(MP_QSTR_on), MP_ROM_PTR(&pin_on_obj) },
    { MP_ROM_QSTR(MP_QSTR_off), MP_ROM_PTR(&pin_off_obj) },
    { MP_ROM_QSTR(MP_QSTR_high), MP_ROM_PTR(&pin_on_obj) },
    { MP_ROM_QSTR(MP_QSTR_low), MP_ROM_PTR(&pin_off_obj) },
    { MP_ROM_QSTR(MP_QSTR_toggle), MP_ROM_PTR(&pin_toggle_obj) },
    { MP_ROM_QSTR(MP_QSTR_irq), MP_ROM_PTR(&pin_irq_obj) },
    { MP_ROM_QSTR(MP_QSTR_mode), MP_ROM_PTR(&pin_mode_obj) },
    { MP_ROM_QSTR(MP_QSTR_pull), MP_ROM_PTR(&pin_pull_obj) },
    { MP_ROM_QSTR(MP_QSTR_IN), MP_ROM_INT(MODE_IN) },
    { MP_ROM_QSTR(MP_QSTR_OUT), MP_ROM_INT(MODE_OUT) },
    { MP_ROM_QSTR(MP_QSTR_OPEN_DRAIN), MP_ROM_INT(MODE_OPEN_DRAIN) },
    { MP_ROM_QSTR(MP_QSTR_ALT), MP_ROM_INT(MODE_ALT) },
    { MP_ROM_QSTR(MP_QSTR_ALT_OPEN_DRAIN), MP_ROM_INT(MODE_ALT_OPEN_DRAIN) },
    { MP_ROM_QSTR(MP_QSTR_ANALOG), MP_ROM_INT(MODE_ANALOG) },
    { MP_ROM_QSTR(MP_QSTR_PULL_UP), MP_ROM_INT(PULL_UP) },
    { MP_ROM_QSTR(MP_QSTR_PULL_DOWN), MP_ROM_INT(PULL_DOWN) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_RISING), MP_ROM_INT(IRQ_RISING) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_FALLING), MP_ROM_INT(IRQ_FALLING) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_LOW_LEVEL), MP_ROM_INT(IRQ_LOW_LEVEL) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_HIGH_LEVEL), MP_ROM_INT(IRQ_HIGH_LEVEL) },
    { MP_ROM_QSTR(MP_QSTR_DRIVE_0), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_DRIVE_1), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_DRIVE_2), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_DRIVE_3), MP_ROM_INT(3) },
};
static MP_DEFINE_CONST_DICT(pin_locals, pin_locals_table);

const mp_obj_type_t machine_pin_type = {
    {&mp_type_type},
    .name = MP_QSTR_Pin,
    .print = pin_print,
    .make_new = pin_make_new,
    .call = pin_call,
    .locals_dict = (mp_obj_dict_t *)&pin_locals,
};

// ---- Signal: a pin (or any object with value()) with optional inversion

typedef struct {
    mp_obj_base_t base;
    mp_obj_t pin;
    bool invert;
} machine_signal_obj_t;

static mp_obj_t signal_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, MP_OBJ_FUN_ARGS_MAX, true);
    machine_signal_obj_t *self = m_new_obj(machine_signal_obj_t);
    self->base.type = &machine_signal_type;
    self->invert = false;
    mp_obj_t pin = args[0];
    size_t pin_args = 1;
    // Signal(pin_arguments..., *, invert=False): extra positional/keyword args construct a Pin.
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    mp_map_elem_t *inv = mp_map_lookup(&kw, MP_OBJ_NEW_QSTR(MP_QSTR_invert), MP_MAP_LOOKUP);
    if (inv != NULL) {
        self->invert = mp_obj_is_true(inv->value);
    }
    if (!mp_obj_is_type(pin, &machine_pin_type) && (mp_obj_is_int(pin) || mp_obj_is_str(pin))) {
        pin = sim_pin_obj(sim_pin_arg(pin));
    }
    if (n_args > pin_args || (n_kw > (inv != NULL ? 1u : 0u))) {
        if (!mp_obj_is_type(pin, &machine_pin_type)) {
            mp_raise_TypeError("Signal: pin arguments need a Pin");
        }
        mp_map_t kw2;
        mp_map_init(&kw2, n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            if (args[n_args + 2 * i] != MP_OBJ_NEW_QSTR(MP_QSTR_invert)) {
                mp_map_lookup(&kw2, args[n_args + 2 * i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
            }
        }
        pin_init_helper(((machine_pin_obj_t *)MP_OBJ_TO_PTR(pin))->gpio, n_args - 1, args + 1, &kw2);
    }
    self->pin = pin;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t signal_value_common(machine_signal_obj_t *self, size_t n_args, const mp_obj_t *args) {
    mp_obj_t dest[3];
    mp_load_method(self->pin, MP_QSTR_value, dest);
    if (n_args == 0) {
        mp_obj_t v = mp_call_method_n_kw(0, 0, dest);
        return MP_OBJ_NEW_SMALL_INT(mp_obj_is_true(v) ^ self->invert);
    }
    dest[2] = MP_OBJ_NEW_SMALL_INT(mp_obj_is_true(args[0]) ^ self->invert);
    mp_call_method_n_kw(1, 0, dest);
    return mp_const_none;
}

static mp_obj_t signal_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    return signal_value_common(MP_OBJ_TO_PTR(self_in), n_args, args);
}

static mp_obj_t signal_value(size_t n_args, const mp_obj_t *args) {
    return signal_value_common(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(signal_value_obj, 1, 2, signal_value);

static mp_obj_t signal_on(mp_obj_t self_in) {
    mp_obj_t one = MP_OBJ_NEW_SMALL_INT(1);
    return signal_value_common(MP_OBJ_TO_PTR(self_in), 1, &one);
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_on_obj, signal_on);

static mp_obj_t signal_off(mp_obj_t self_in) {
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    return signal_value_common(MP_OBJ_TO_PTR(self_in), 1, &zero);
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_off_obj, signal_off);

static const mp_rom_map_elem_t signal_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_value), MP_ROM_PTR(&signal_value_obj) },
    { MP_ROM_QSTR(MP_QSTR_on), MP_ROM_PTR(&signal_on_obj) },
    { MP_ROM_QSTR(MP_QSTR_off), MP_ROM_PTR(&signal_off_obj) },
};
static MP_DEFINE_CONST_DICT(signal_locals, signal_locals_table);

const mp_obj_type_t machine_signal_type = {
    {&mp_type_type},
    .name = MP_QSTR_Signal,
    .make_new = signal_make_new,
    .call = signal_call,
    .locals_dict = (mp_obj_dict_t *)&signal_locals,
};

// RP2040 function select, per GPIO: I2C: pin % 4 = 0 SDA, 1 SCL, 2 SDA, 3 SCL of I2C
// (pin / 2) % 2; SPI(pin / 8 % 2): pin % 4 = 0 RX (MISO), 1 CSn, 2 SCK, 3 TX (MOSI);
// UART((pin + 4) / 8 % 2): pin % 4 = 0 TX, 1 RX (2 CTS, 3 RTS).
void sim_pin_check_function(sim_pin_fn_t fn, int id, int gpio) {
    static const char *const names[] = {"SDA", "SCL", "MISO", "SCK", "MOSI", "TX", "RX"};
    if (strcmp(sim_profile->platform, "rp2") != 0 || gpio < 0) {
        return;
    }
    int unit, role;
    switch (fn) {
        case SIM_FN_I2C_SDA:
        case SIM_FN_I2C_SCL:
            unit = (gpio / 2) % 2;
            role = gpio % 2 == 0 ? SIM_FN_I2C_SDA : SIM_FN_I2C_SCL;
            break;
        case SIM_FN_SPI_MISO:
        case SIM_FN_SPI_SCK:
        case SIM_FN_SPI_MOSI: {
            static const int8_t spi_role[4] = {SIM_FN_SPI_MISO, -1, SIM_FN_SPI_SCK, SIM_FN_SPI_MOSI};
            unit = (gpio / 8) % 2;
            role = spi_role[gpio % 4];
            break;
        }
        default: {
            static const int8_t uart_role[4] = {SIM_FN_UART_TX, SIM_FN_UART_RX, -1, -1};
            unit = ((gpio + 4) / 8) % 2;
            role = uart_role[gpio % 4];
            break;
        }
    }
    if (unit != id || role != (int)fn) {
        mp_raise_msg_varg(&mp_type_ValueError, "bad %s pin", names[fn]);
    }
}
