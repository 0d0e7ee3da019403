// py/objrange.c: range objects and their iterator.
//
// A range is {start, stop, step} as machine ints. The constructor takes small ints only (bigger
// arguments raise OverflowError), so every value a range produces is a small int. Slicing
// may give a stop just past the small-int range or a step that is not a small int (step and
// stop are then normalised so that the values stay the same); the length can reach 2^63,
// so it is computed in unsigned arithmetic, and start + i*step for a valid i is computed
// modulo 2^64, which is exact because the result is a value of the range.
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
        if (MP_UNLIKELY(__builtin_add_overflow(cur, self->step, &self->cur))) {
            self->cur = self->stop;   // the next value is past any stop
        }
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

static mp_uint_t range_len(const mp_obj_range_t *self) {
    if (self->step > 0) {
        return self->start < self->stop ? ((mp_uint_t)self->stop - (mp_uint_t)self->start - 1) / (mp_uint_t)self->step + 1 : 0;
    }
    return self->start > self->stop ? ((mp_uint_t)self->start - (mp_uint_t)self->stop - 1) / (0 - (mp_uint_t)self->step) + 1 : 0;
}

// The i-th value (i < len): exact, see the top of the file.
static mp_int_t range_item(const mp_obj_range_t *self, mp_uint_t i) {
    return (mp_int_t)((mp_uint_t)self->start + i * (mp_uint_t)self->step);
}

// len(r) as an index type: OverflowError past the largest mp_int_t, as CPython past sys.maxsize.
static mp_int_t range_len_checked(const mp_obj_range_t *self) {
    mp_uint_t len = range_len(self);
    if (len > (mp_uint_t)INTPTR_MAX) {
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return (mp_int_t)len;
}

static void range_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "range(%ld, %ld", (long)self->start, (long)self->stop);
    if (self->step != 1) {
        mp_printf(print, ", %ld", (long)self->step);
    }
    mp_print_str(print, ")");
}

// stop may lie one past the small ints (range(-2**62, -2**62 - 1, -1)): the values stay small.
static mp_int_t range_arg(mp_obj_t o, bool is_stop) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    if (!mp_obj_is_int(o) && !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
            mp_obj_get_type_str(o));
    }
    mp_int_t v;
    if (mp_obj_is_type(o, &mp_type_int) && mp_obj_int_is_big(o)
        && !mp_obj_int_as_int_maybe(o, &v)) {
        mp_raise_msg(&mp_type_OverflowError, "range() arguments too large");
    }
    v = mp_obj_get_int(o);
    if (!mp_small_int_fits(v) && !(is_stop && (v == MP_SMALL_INT_MIN - 1 || v == MP_SMALL_INT_MAX + 1))) {
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
        stop = range_arg(args[0], true);
    } else {
        start = range_arg(args[0], false);
        stop = range_arg(args[1], true);
        if (n_args == 3) {
            step = range_arg(args[2], false);
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
    mp_int_t len = range_len_checked(self);
    for (mp_int_t i = 0; i < len; i++) {
        if (mp_obj_equal(MP_OBJ_NEW_SMALL_INT(range_item(self, i)), value)) {
            return i;
        }
    }
    return -1;
}

static mp_obj_t range_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_uint_t len = range_len(self);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(len > 0);
        case MP_UNARY_OP_LEN:
            return mp_obj_new_int(range_len_checked(self));
        case MP_UNARY_OP_HASH: {
            // consistent with equality: depends on (len, start if len, step if len > 1)
            mp_obj_t items[3] = {
                mp_obj_new_int_from_uint(len),
                len > 0 ? mp_obj_new_int(self->start) : mp_const_none,
                len > 1 ? mp_obj_new_int(self->step) : mp_const_none,
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
                mp_uint_t len = range_len(self);
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

// r[a:b:c] for normalised slice bounds b: the values r[b.start], r[b.start + b.step], ...
// Computed in 128 bits; when the natural stop or step would not fit a machine int (or the
// result is empty or a single value) equivalent ones are chosen, so no arithmetic wraps.
static mp_obj_t range_slice(const mp_obj_range_t *self, const mp_bound_slice_t *b) {
    __int128 start = (__int128)self->start + (__int128)b->start * self->step;
    __int128 stop = (__int128)self->start + (__int128)b->stop * self->step;
    __int128 step = (__int128)self->step * b->step;
    mp_int_t n = b->step > 0 ? (b->stop > b->start ? (b->stop - b->start - 1) / b->step + 1 : 0)
        : (b->start > b->stop ? (b->start - b->stop - 1) / (-b->step) + 1 : 0);
    const __int128 lo = MP_SMALL_INT_MIN, hi = MP_SMALL_INT_MAX;
    if (start >= lo - 1 && start <= hi + 1 && stop >= lo - 1 && stop <= hi + 1 && step >= lo && step <= hi) {
        return mp_obj_new_range((mp_int_t)start, (mp_int_t)stop, (mp_int_t)step);
    }
    if (n == 0) {
        return mp_obj_new_range(0, 0, step > 0 ? 1 : -1);
    }
    // start and the last value are values of the range (small ints); two consecutive values
    // differ by less than 2^63, so step fits a machine int when n > 1
    __int128 last = start + (__int128)(n - 1) * step;
    if (n == 1) {
        step = step > 0 ? 1 : -1;
    }
    return mp_obj_new_range((mp_int_t)start, (mp_int_t)(last + (step > 0 ? 1 : -1)), (mp_int_t)step);
}

mp_obj_t mp_obj_range_reversed(mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_bound_slice_t b = { range_len_checked(self) - 1, -1, -1 };
    return range_slice(self, &b);
}

static mp_obj_t range_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t len = range_len_checked(self);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, len, &b);
        return range_slice(self, &b);
    }
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (mp_obj_is_int(index) || (mp_obj_get_type(index)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)
            && !mp_obj_int_as_int_maybe(index, &i)) {
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
    return MP_OBJ_NEW_SMALL_INT(range_item(self, i));
}

static void range_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = mp_obj_new_int(self->start);
    } else if (attr == MP_QSTR_stop) {
        dest[0] = mp_obj_new_int(self->stop);
    } else if (attr == MP_QSTR_step) {
        dest[0] = mp_obj_new_int(self->step);
    }
}

static mp_obj_t range_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_int(value)) {
        return MP_OBJ_NEW_SMALL_INT(range_find(self, value) >= 0 ? 1 : 0);
    }
    mp_int_t len = range_len_checked(self), n = 0;
    for (mp_int_t i = 0; i < len; i++) {
        if (mp_obj_equal(MP_OBJ_NEW_SMALL_INT(range_item(self, i)), value)) {
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
    return mp_obj_new_int(i);
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
