// py/objreversed.c: reversed(seq).
//
// Dispatch: lists and tuples get a direct reverse iterator, ranges a reversed range
// iterator, objects with __reversed__ whatever it returns; any other object with a length and
// __getitem__ is walked with seq[len-1], ..., seq[0]. Anything else is "not reversible".
//
// The reverse iterator stores the number of items still to produce (`remaining`); for a list
// it re-checks the current length at each step so a shrinking list ends the iteration rather
// than reading stale slots, as CPython's list_reverseiterator does.
#include "py/runtime.h"

typedef struct _mp_obj_reversed_t {
    mp_obj_base_t base;
    mp_obj_t seq;
    size_t remaining;
} mp_obj_reversed_t;

static mp_obj_t reversed_iternext(mp_obj_t self_in) {
    mp_obj_reversed_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->remaining == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t i = --self->remaining;
    mp_obj_t seq = self->seq;
    if (mp_obj_is_type(seq, &mp_type_list)) {
        size_t len;
        mp_obj_t *items;
        mp_obj_list_get(seq, &len, &items);
        if (i >= len) {
            self->remaining = 0;
            return MP_OBJ_STOP_ITERATION;
        }
        return items[i];
    }
    if (mp_obj_is_type(seq, &mp_type_tuple)) {
        size_t len;
        mp_obj_t *items;
        mp_obj_tuple_get(seq, &len, &items);
        return items[i];
    }
    return mp_obj_subscr(seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
}

static NORETURN void raise_not_reversible(mp_obj_t obj) {
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not reversible", mp_obj_get_type_str(obj));
}

static mp_obj_t reversed_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("reversed() takes no keyword arguments");
    }
    if (n_args != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "reversed expected 1 argument, got %u", (unsigned)n_args);
    }
    mp_obj_t seq = args[0];
    size_t len;
    if (mp_obj_is_type(seq, &mp_type_range)) {
        return mp_getiter(mp_obj_range_reversed(seq));
    }
    if (!mp_obj_is_type(seq, &mp_type_list) && !mp_obj_is_type(seq, &mp_type_tuple)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(seq, MP_QSTR___reversed__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            if (dest[0] == mp_const_none) {
                raise_not_reversible(seq);
            }
            return mp_call_method_n_kw(0, 0, dest);
        }
        const mp_obj_type_t *t = mp_obj_get_type(seq);
        if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
            mp_load_method_maybe(seq, MP_QSTR___getitem__, dest);
            if (dest[0] == MP_OBJ_NULL) {
                raise_not_reversible(seq);
            }
        } else if (t->subscr == NULL || t == &mp_type_dict || t == &mp_type_ordereddict) {
            raise_not_reversible(seq);
        }
        mp_obj_t len_obj = mp_obj_len_maybe(seq);
        if (len_obj == MP_OBJ_NULL) {
            raise_not_reversible(seq);
        }
        len = mp_obj_get_int(len_obj);
    } else {
        len = mp_obj_get_int(mp_obj_len(seq));
    }
    mp_obj_reversed_t *self = m_new_obj(mp_obj_reversed_t);
    self->base.type = &mp_type_reversed;
    self->seq = seq;
    self->remaining = len;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

const mp_obj_type_t mp_type_reversed = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = it_self_getiter,
    .iternext = reversed_iternext,
};
