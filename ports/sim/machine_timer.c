// ports/sim/machine_timer.c: machine.Timer and machine.WDT on the virtual clock.
//
// A running timer is one event in the clock's queue; a periodic timer re-arms itself at
// (previous deadline + period), so it never drifts. Its callback is queued as a soft IRQ (hard
// on rp2, where MicroPython's default is hard=True) and runs at the next instruction boundary
// or inside a sleep. Live timers sit in the SIM_SLOT_TIMERS list so the collector keeps them
// (and their callbacks) while they run. Timer ids: -1 is a virtual timer on every profile;
// esp32 also has hardware timers 0..3 (one object each); rp2 has virtual timers only.
#include <string.h>

#include "py/runtime.h"
#include "machine.h"

enum { MODE_ONE_SHOT = 0, MODE_PERIODIC = 1 };

typedef struct {
    mp_obj_base_t base;
    int id;
    int mode;
    sim_ns_t period;
    sim_ns_t next;
    mp_obj_t callback;
    bool hard;
    bool running;
    uint64_t event;
} machine_timer_obj_t;

static void timer_list_remove(machine_timer_obj_t *t) {
    mp_obj_t l = sim_root_slots()[SIM_SLOT_TIMERS];
    mp_obj_list_t *lst = MP_OBJ_TO_PTR(l);
    for (size_t i = 0; i < lst->len; i++) {
        if (lst->items[i] == MP_OBJ_FROM_PTR(t)) {
            memmove(&lst->items[i], &lst->items[i + 1], (lst->len - i - 1) * sizeof(mp_obj_t));
            lst->len--;
            return;
        }
    }
}

static void timer_stop(machine_timer_obj_t *t) {
    if (t->running) {
        sim_event_cancel(t->event);
        t->running = false;
        timer_list_remove(t);
    }
}

static void timer_fire(void *arg, intptr_t a) {
    machine_timer_obj_t *t = arg;
    (void)a;
    if (!t->running) {
        return;
    }
    if (t->mode == MODE_PERIODIC) {
        t->next += t->period;
        t->event = sim_event_post(t->next, timer_fire, t, 0);
    } else {
        t->running = false;
        timer_list_remove(t);
    }
    sim_schedule(t->callback, MP_OBJ_FROM_PTR(t), t->hard);
}

void sim_timers_reset(void) {
    // A reset drops every timer (their events die with the old interpreter state).
    if (mp_state.user_roots[SIM_ROOT] == MP_OBJ_NULL) {
        return;
    }
    mp_obj_list_t *lst = MP_OBJ_TO_PTR(sim_root_slots()[SIM_SLOT_TIMERS]);
    while (lst->len > 0) {
        timer_stop(MP_OBJ_TO_PTR(lst->items[0]));
    }
}

static void timer_init_helper(machine_timer_obj_t *self, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_mode, ARG_callback, ARG_period, ARG_tick_hz, ARG_freq, ARG_hard };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_mode, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = MODE_PERIODIC} },
        { MP_QSTR_callback, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_period, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_tick_hz, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1000} },
        { MP_QSTR_freq, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_hard, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[6];
    mp_arg_parse_all(n_args, pos, kw, 6, allowed, a);
    timer_stop(self);
    if (a[ARG_mode].u_int != MODE_ONE_SHOT && a[ARG_mode].u_int != MODE_PERIODIC) {
        mp_raise_ValueError("invalid mode");
    }
    self->mode = (int)a[ARG_mode].u_int;
    sim_ns_t period;
    if (a[ARG_freq].u_obj != mp_const_none) {
        double f = mp_obj_get_float(a[ARG_freq].u_obj);
        if (!(f > 0) || f > 1e9) {
            mp_raise_ValueError("invalid freq");
        }
        period = (sim_ns_t)(1e9 / f + 0.5);
    } else if (a[ARG_period].u_obj != mp_const_none) {
        mp_int_t p = mp_obj_get_int(a[ARG_period].u_obj);
        mp_int_t hz = a[ARG_tick_hz].u_int;
        if (p < 0 || hz <= 0) {
            mp_raise_ValueError("invalid period");
        }
        period = (sim_ns_t)((__int128)p * SIM_NS_PER_S / hz);
    } else {
        period = SIM_NS_PER_S;     // MicroPython's default: 1 s period... set only when asked
    }
    if (period <= 0) {
        period = 1;
    }
    // A periodic timer faster than 1 MHz would take all of virtual time (the firmware would
    // make no progress, a hang on the host): refused, as no real timer callback keeps up.
    if (self->mode == MODE_PERIODIC && period < SIM_NS_PER_US) {
        mp_raise_ValueError(a[ARG_freq].u_obj != mp_const_none ? "invalid freq" : "invalid period");
    }
    self->period = period;
    self->callback = a[ARG_callback].u_obj;
    self->hard = a[ARG_hard].u_obj == mp_const_none ? strcmp(sim_profile->platform, "rp2") == 0 : mp_obj_is_true(a[ARG_hard].u_obj);
    self->next = sim_now() + period;
    self->running = true;
    self->event = sim_event_post(self->next, timer_fire, self, 0);
    mp_obj_list_append(sim_root_slots()[SIM_SLOT_TIMERS], MP_OBJ_FROM_PTR(self));
}

static mp_obj_t timer_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, true);
    mp_int_t id = n_args > 0 ? mp_obj_get_int(args[0]) : -1;
    if (id != -1 && (id < 0 || id >= sim_profile->n_hw_timers)) {
        mp_raise_msg_varg(&mp_type_ValueError, "Timer(%d) doesn't exist", (int)id);
    }
    machine_timer_obj_t *self = m_new_obj(machine_timer_obj_t);
    memset(self, 0, sizeof(*self));
    self->base.type = &machine_timer_type;
    self->id = (int)id;
    self->callback = mp_const_none;
    if (n_kw > 0) {
        mp_map_t kw;
        mp_map_init_fixed_table(&kw, n_kw, args + n_args);
        timer_init_helper(self, 0, NULL, &kw);
    }
    return MP_OBJ_FROM_PTR(self);
}

static void timer_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_timer_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "Timer(%d, mode=%s, period=%dms)", self->id, self->mode == MODE_PERIODIC ? "PERIODIC" : "ONE_SHOT",
        (int)(self->period / SIM_NS_PER_MS));
}

static mp_obj_t timer_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    timer_init_helper(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1, kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(timer_init_obj, 1, timer_init);

static mp_obj_t timer_deinit(mp_obj_t self_in) {
    timer_stop(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(timer_deinit_obj, timer_deinit);

static mp_obj_t timer_value(mp_obj_t self_in) {
    machine_timer_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (!self->running) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    return mp_obj_new_int((mp_int_t)((self->next - sim_now()) / SIM_NS_PER_MS));
}
static MP_DEFINE_CONST_FUN_OBJ_1(timer_value_obj, timer_value);

static const mp_rom_map_elem_t timer_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&timer_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_deinit), MP_ROM_PTR(&timer_deinit_obj) },
    { MP_ROM_QSTR(MP_QSTR_value), MP_ROM_PTR(&timer_value_obj) },
    { MP_ROM_QSTR(MP_QSTR_ONE_SHOT), MP_ROM_INT(MODE_ONE_SHOT) },
    { MP_ROM_QSTR(MP_QSTR_PERIODIC), MP_ROM_INT(MODE_PERIODIC) },
};
static MP_DEFINE_CONST_DICT(timer_locals, timer_locals_table);

const mp_obj_type_t machine_timer_type = {
    {&mp_type_type},
    .name = MP_QSTR_Timer,
    .print = timer_print,
    .make_new = timer_make_new,
    .locals_dict = (mp_obj_dict_t *)&timer_locals,
};

// ---- WDT: starts at construction, cannot be stopped; a missed feed resets the board.

static uint64_t wdt_event;
static bool wdt_running;
static sim_ns_t wdt_timeout;

static void wdt_expire(void *arg, intptr_t a) {
    (void)arg;
    (void)a;
    wdt_running = false;
    sim_request_reset(SIM_WDT_RESET);
}

void sim_wdt_reset(void) {
    if (wdt_running) {
        sim_event_cancel(wdt_event);
        wdt_running = false;
    }
}

typedef struct {
    mp_obj_base_t base;
} machine_wdt_obj_t;

static const machine_wdt_obj_t wdt_obj = {{&machine_wdt_type}};

static mp_obj_t wdt_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_id, ARG_timeout };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_id, MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_timeout, MP_ARG_INT, {.u_int = 5000} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, a);
    if (a[ARG_id].u_int != 0) {
        mp_raise_ValueError("WDT id must be 0");
    }
    mp_int_t t = a[ARG_timeout].u_int;
    if (t <= 0) {
        mp_raise_ValueError("WDT timeout too short");
    }
    if (t > sim_profile->wdt_max_ms) {
        mp_raise_ValueError("WDT timeout too long");
    }
    if (!wdt_running) {
        wdt_timeout = (sim_ns_t)t * SIM_NS_PER_MS;
        wdt_running = true;
        wdt_event = sim_event_post(sim_now() + wdt_timeout, wdt_expire, NULL, 0);
    }
    return MP_OBJ_FROM_PTR(&wdt_obj);
}

static mp_obj_t wdt_feed(mp_obj_t self_in) {
    if (wdt_running) {
        sim_event_cancel(wdt_event);
        wdt_event = sim_event_post(sim_now() + wdt_timeout, wdt_expire, NULL, 0);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(wdt_feed_obj, wdt_feed);

static const mp_rom_map_elem_t wdt_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_feed), MP_ROM_PTR(&wdt_feed_obj) },
};
static MP_DEFINE_CONST_DICT(wdt_locals, wdt_locals_table);

const mp_obj_type_t machine_wdt_type = {
    {&mp_type_type},
    .name = MP_QSTR_WDT,
    .make_new = wdt_make_new,
    .locals_dict = (mp_obj_dict_t *)&wdt_locals,
};
