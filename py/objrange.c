// py/objrange.c: range objects and their iterator.
//
// A range is {start, stop, step} as machine ints; all three must fit small ints (bigger
// arguments raise OverflowError), so every value the range produces is a small int and
// start + k*step never overflows a machine word (|values| < 2^62 on 64-bit hosts).
//
// The iterator is the hottest object in benchmark loops: it keeps {cur, stop, step} and its
// iternext is one compare, one add and one tag.
//
// Two ranges are equal when they describe the same sequence (CPython semantics): same length,
// and if non-empty the same start, and if longer than one the same step.
#include "py/runtime.h"

typedef struct _mp_obj_range_t {
    mp_obj_base_t base;
    mp_int_t start;
    mp_int_t stop;
    mp_int_t step;
} mp_obj_range_t;

typedef struct _range_it_t {
    mp_obj_base_t base;
    mp_int_t cur;
    mp_int_t stop;
    mp_int_t step;
} range_it_t;

static mp_obj_t range_it_iternext(mp_obj_t self_in) {
    range_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t cur = self->cur;
    if (self->step > 0 ? cur < self->stop : cur > self->stop) {
        self->cur = cur + self->step;
        return MP_OBJ_NEW_SMALL_INT(cur);
    }
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t range_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_range_iterator,
    .getiter = it_self_getiter,
    .iternext = range_it_iternext,
};

static mp_obj_t range_getiter(mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    range_it_t *it = m_new_obj(range_it_t);
    it->base.type = &range_iterator_type;
    it->cur = self->start;
    it->stop = self->stop;
    it->step = self->step;
    return MP_OBJ_FROM_PTR(it);
}

mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    mp_obj_range_t *r = m_new_obj(mp_obj_range_t);
    r->base.type = &mp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return MP_OBJ_FROM_PTR(r);
}

static mp_int_t range_len(const mp_obj_range_t *self) {
    if (self->step > 0) {
        return self->start < self->stop ? (self->stop - self->start - 1) / self->step + 1 : 0;
    }
    return self->start > self->stop ? (self->start - self->stop - 1) / (-self->step) + 1 : 0;
}

static void range_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "range(%ld, %ld", (long)self->start, (long)self->stop);
    if (self->step != 1) {
        mp_printf(print, ", %ld", (long)self->step);
    }
    mp_print_str(print, ")");
}

static mp_int_t range_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    if (!mp_obj_is_int(o) && !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
            mp_obj_get_type_str(o));
    }
    if (mp_obj_is_type(o, &mp_type_int) && mp_obj_int_is_big(o)) {
        mp_raise_msg(&mp_type_OverflowError, "range() arguments too large");
    }
    mp_int_t v = mp_obj_get_int(o);
    if (!mp_small_int_fits(v)) {
        mp_raise_msg(&mp_type_OverflowError, "range() arguments too large");
    }
    return v;
}

static mp_obj_t range_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("range() takes no keyword arguments");
    }
    if (n_args == 0) {
        mp_raise_TypeError("range expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "range expected at most 3 arguments, got %u", (unsigned)n_args);
    }
    mp_int_t start = 0, stop, step = 1;
    if (n_args == 1) {
        stop = range_arg(args[0]);
    } else {
        start = range_arg(args[0]);
        stop = range_arg(args[1]);
        if (n_args == 3) {
            step = range_arg(args[2]);
            if (step == 0) {
                mp_raise_ValueError("range() arg 3 must not be zero");
            }
        }
    }
    return mp_obj_new_range(start, stop, step);
}

// Is v one of the values of the range?
static bool range_has_int(const mp_obj_range_t *self, mp_int_t v) {
    if (self->step > 0) {
        if (v < self->start || v >= self->stop) {
            return false;
        }
        return (v - self->start) % self->step == 0;
    }
    if (v > self->start || v <= self->stop) {
        return false;
    }
    return (self->start - v) % (-self->step) == 0;
}

// Index of value in the range or -1; ints are O(1), other objects compare by equality.
static mp_int_t range_find(const mp_obj_range_t *self, mp_obj_t value) {
    if (mp_obj_is_int(value)) {
        if (mp_obj_is_type(value, &mp_type_int) && mp_obj_int_is_big(value)) {
            return -1;
        }
        mp_int_t v = mp_obj_get_int(value);
        if (!range_has_int(self, v)) {
            return -1;
        }
        return (v - self->start) / self->step;
    }
    mp_int_t len = range_len(self);
    for (mp_int_t i = 0; i < len; i++) {
        if (mp_obj_equal(MP_OBJ_NEW_SMALL_INT(self->start + i * self->step), value)) {
            return i;
        }
    }
    return -1;
}

static mp_obj_t range_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t len = range_len(self);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(len > 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(len);
        case MP_UNARY_OP_HASH: {
            // consistent with equality: depends on (len, start if len, step if len > 1)
            mp_obj_t items[3] = {
                MP_OBJ_NEW_SMALL_INT(len),
                len > 0 ? MP_OBJ_NEW_SMALL_INT(self->start) : mp_const_none,
                len > 1 ? MP_OBJ_NEW_SMALL_INT(self->step) : mp_const_none,
            };
            return mp_obj_tuple_hash(mp_obj_new_tuple(3, items));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t range_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(lhs_in);
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_new_bool(range_find(self, rhs_in) >= 0);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            bool eq = false;
            if (mp_obj_is_type(rhs_in, &mp_type_range)) {
                mp_obj_range_t *other = MP_OBJ_TO_PTR(rhs_in);
                mp_int_t len = range_len(self);
                eq = len == range_len(other)
                    && (len == 0 || (self->start == other->start && (len == 1 || self->step == other->step)));
            } else if (mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t range_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t len = range_len(self);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, len, &b);
        return mp_obj_new_range(self->start + b.start * self->step,
            self->start + b.stop * self->step, self->step * b.step);
    }
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (mp_obj_is_int(index) || (mp_obj_get_type(index)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)) {
            mp_raise_msg(&mp_type_IndexError, "range object index out of range");
        }
        i = mp_obj_get_int(index);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "range indices must be integers or slices, not %s",
            mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        mp_raise_msg(&mp_type_IndexError, "range object index out of range");
    }
    return MP_OBJ_NEW_SMALL_INT(self->start + i * self->step);
}

static void range_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->start);
    } else if (attr == MP_QSTR_stop) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->stop);
    } else if (attr == MP_QSTR_step) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->step);
    }
}

static mp_obj_t range_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_int(value)) {
        return MP_OBJ_NEW_SMALL_INT(range_find(self, value) >= 0 ? 1 : 0);
    }
    mp_int_t len = range_len(self), n = 0;
    for (mp_int_t i = 0; i < len; i++) {
        if (mp_obj_equal(MP_OBJ_NEW_SMALL_INT(self->start + i * self->step), value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(range_count_obj, range_count);

static mp_obj_t range_index(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = range_find(self, value);
    if (i < 0) {
        vstr_t vstr;
        mp_print_t print;
        vstr_init(&vstr, 16);
        mp_print_init_vstr(&print, &vstr);
        mp_obj_print_helper(&print, value, PRINT_REPR);
        mp_raise_msg_varg(&mp_type_ValueError, "%s is not in range", vstr_null_terminated_str(&vstr));
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_2(range_index_obj, range_index);

static const mp_rom_map_elem_t range_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&range_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&range_index_obj) },
};
static MP_DEFINE_CONST_DICT(range_locals_dict, range_locals_dict_table);

const mp_obj_type_t mp_type_range = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = (mp_obj_dict_t *)&range_locals_dict,
};
