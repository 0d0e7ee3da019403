// ports/unix/pollobj.c: the poll object of the `select` module (register, unregister, modify,
// poll, ipoll), shared by the unix port and the simulated board; the port supplies how objects
// are keyed and how the wait is done (pollobj.h).
//
// Layout: `regs` is a dict key -> list [obj, mask, kind] where key and kind come from the
// port's mp_poll_port_key (unix: an fd, or a negative number made from the address of an
// ioctl() stream; the board: the address). A wait snapshots the registrations into an array of
// mp_poll_entry_t and leaves the ready ones in ready[0..n_ready) as (key, revents); poll()
// returns them as (obj, events) tuples, ipoll() makes the poll object its own iterator over
// them. With flags=1 (one-shot) a registration that fired gets its mask cleared until modify()
// re-arms it, as in MicroPython. Timeouts are milliseconds; None or negative wait forever.
#include <errno.h>
#include <math.h>

#include "pollobj.h"

typedef struct _mp_poll_obj_t {
    mp_obj_base_t base;
    mp_obj_t regs;              // dict: key -> list [obj, mask, kind]
    mp_poll_ready_t *ready;     // results of the last wait
    size_t n_ready, i_ready;    // ipoll's iterator walks i_ready up to n_ready
    mp_int_t ipoll_flags;
} mp_poll_obj_t;

mp_int_t mp_poll_ioctl(mp_obj_t obj, mp_int_t mask) {
    mp_obj_t dest[4];
    mp_load_method(obj, MP_QSTR_ioctl, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(MP_POLL_STREAM_POLL);
    dest[3] = MP_OBJ_NEW_SMALL_INT(mask);
    mp_int_t r = mp_obj_get_int(mp_call_method_n_kw(2, 0, dest));
    return r < 0 ? MP_POLL_ERR : r & (mask | MP_POLL_ERR | MP_POLL_HUP);
}

static mp_obj_list_t *poll_entry(mp_poll_obj_t *self, mp_obj_t key) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->regs), key, MP_MAP_LOOKUP);
    return e == NULL ? NULL : MP_OBJ_TO_PTR(e->value);
}

static mp_obj_t poll_register(size_t n_args, const mp_obj_t *args) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t kind;
    mp_obj_t key = mp_poll_port_key(args[1], &kind);
    mp_int_t mask = n_args > 2 ? mp_obj_get_int(args[2]) : (MP_POLL_IN | MP_POLL_OUT);
    mp_obj_t entry[3] = {args[1], MP_OBJ_NEW_SMALL_INT(mask), MP_OBJ_NEW_SMALL_INT(kind)};
    mp_obj_dict_store(self->regs, key, mp_obj_new_list(3, entry));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_register_obj, 2, 3, poll_register);

static mp_obj_t poll_unregister(mp_obj_t self_in, mp_obj_t obj) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t kind;
    mp_map_lookup(mp_obj_dict_get_map(self->regs), mp_poll_port_key(obj, &kind), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(poll_unregister_obj, poll_unregister);

static mp_obj_t poll_modify(mp_obj_t self_in, mp_obj_t obj, mp_obj_t mask) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t kind;
    mp_obj_list_t *entry = poll_entry(self, mp_poll_port_key(obj, &kind));
    if (entry == NULL) {
        mp_raise_OSError(ENOENT);
    }
    entry->items[1] = MP_OBJ_NEW_SMALL_INT(mp_obj_get_int(mask));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(poll_modify_obj, poll_modify);

// The timeout argument args[i] in ms; -1 = forever.
static int poll_timeout_arg(size_t n_args, const mp_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == mp_const_none) {
        return -1;
    }
    if (mp_obj_is_float(args[i])) {
        double t = ceil(mp_obj_get_float(args[i]));
        if (isnan(t)) {
            mp_raise_ValueError("Invalid value NaN (not a number)");
        }
        return t < 0 ? -1 : t > 0x7fffffff ? 0x7fffffff : (int)t;
    }
    mp_int_t t = mp_obj_get_int(args[i]);
    return t < 0 ? -1 : t > 0x7fffffff ? 0x7fffffff : (int)t;
}

// Snapshots the registrations and runs the port's wait; the ready ones go to self->ready.
static void poll_run(mp_poll_obj_t *self, int timeout_ms) {
    mp_map_t *map = mp_obj_dict_get_map(self->regs);
    size_t n = mp_map_len(map);
    size_t cap = n > 0 ? n : 1;
    mp_poll_entry_t *entries = m_new(mp_poll_entry_t, cap);
    mp_poll_ready_t *ready = m_new(mp_poll_ready_t, cap);
    size_t i = 0, cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
        entries[i].key = e->key;
        entries[i].obj = entry->items[0];
        entries[i].mask = MP_OBJ_SMALL_INT_VALUE(entry->items[1]);
        entries[i].kind = MP_OBJ_SMALL_INT_VALUE(entry->items[2]);
        i++;
    }
    self->ready = NULL;
    self->n_ready = self->i_ready = 0;
    size_t k = mp_poll_port_wait(entries, n, ready, timeout_ms);
    m_del(mp_poll_entry_t, entries, cap);
    self->ready = ready;
    self->n_ready = k;
}

// The (obj, events) result for ready entry i; applies one-shot if asked.
static mp_obj_t poll_result(mp_poll_obj_t *self, size_t i, bool one_shot) {
    mp_obj_list_t *entry = poll_entry(self, self->ready[i].key);
    mp_obj_t obj = self->ready[i].key;
    if (entry != NULL) {
        obj = entry->items[0];
        if (one_shot) {
            entry->items[1] = MP_OBJ_NEW_SMALL_INT(0);
        }
    }
    mp_obj_t t[2] = {obj, MP_OBJ_NEW_SMALL_INT(self->ready[i].revents)};
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t poll_poll(size_t n_args, const mp_obj_t *args) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    poll_run(self, poll_timeout_arg(n_args, args, 1));
    bool one_shot = n_args > 2 && (mp_obj_get_int(args[2]) & 1);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < self->n_ready; i++) {
        mp_obj_list_append(list, poll_result(self, i, one_shot));
    }
    self->n_ready = 0;
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_poll_obj, 1, 3, poll_poll);

static mp_obj_t poll_ipoll(size_t n_args, const mp_obj_t *args) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    poll_run(self, poll_timeout_arg(n_args, args, 1));
    self->ipoll_flags = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_ipoll_obj, 1, 3, poll_ipoll);

static mp_obj_t poll_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t poll_iternext(mp_obj_t self_in) {
    mp_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->i_ready >= self->n_ready) {
        return MP_OBJ_STOP_ITERATION;
    }
    return poll_result(self, self->i_ready++, self->ipoll_flags & 1);
}

static const mp_rom_map_elem_t poll_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&poll_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_unregister), MP_ROM_PTR(&poll_unregister_obj) },
    { MP_ROM_QSTR(MP_QSTR_modify), MP_ROM_PTR(&poll_modify_obj) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&poll_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_ipoll), MP_ROM_PTR(&poll_ipoll_obj) },
};
static MP_DEFINE_CONST_DICT(poll_locals_dict, poll_locals_table);

static const mp_obj_type_t mp_type_poll = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_poll,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .locals_dict = (mp_obj_dict_t *)&poll_locals_dict,
};

static mp_obj_t select_poll(void) {
    mp_poll_obj_t *o = m_new_obj(mp_poll_obj_t);
    o->base.type = &mp_type_poll;
    o->regs = mp_obj_new_dict(0);
    o->ready = NULL;
    o->n_ready = o->i_ready = 0;
    o->ipoll_flags = 0;
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_0(mp_select_poll_obj, select_poll);
