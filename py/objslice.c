// py/objslice.c: the slice type (the object behind a[i:j:k]) and the normalisation of a
// slice against a sequence length (mp_obj_slice_indices), which every sequence type uses.
//
// A slice holds three arbitrary objects (usually ints or None); nothing is checked at
// construction, as in CPython. Normalisation follows slice.indices(): None picks the end that
// matches the step's direction, negative bounds count from the end, and results are clamped to
// [0, len] for a positive step or [-1, len-1] for a negative one. Huge (big int) bounds are
// clamped too, so they never overflow.
#include "py/runtime.h"

mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_slice_t *s = m_new_obj(mp_obj_slice_t);
    s->base.type = &mp_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return MP_OBJ_FROM_PTR(s);
}

// A slice bound as a machine int; big ints are clamped well outside any sequence length.
static mp_int_t slice_bound(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    if (mp_obj_is_type(o, &mp_type_int) && mp_obj_int_is_big(o)) {
        return mp_obj_int_sign(o) < 0 ? -MP_SMALL_INT_MAX : MP_SMALL_INT_MAX;
    }
    if (mp_obj_is_int(o) || (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_int_t v;
        if (mp_obj_get_int_maybe(o, &v)) {
            return v;
        }
    }
    mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
}

// The bounds as machine ints (or None), before any length is applied. Converting them may run
// user code (__index__), which may resize the very sequence being sliced.
typedef struct {
    mp_int_t start, stop, step;
    bool has_start, has_stop;
} slice_raw_t;

static void slice_unpack(mp_obj_t self_in, slice_raw_t *raw) {
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    raw->step = 1;
    if (self->step != mp_const_none) {
        raw->step = slice_bound(self->step);
        if (raw->step == 0) {
            mp_raise_ValueError("slice step cannot be zero");
        }
    }
    raw->has_start = self->start != mp_const_none;
    raw->start = raw->has_start ? slice_bound(self->start) : 0;
    raw->has_stop = self->stop != mp_const_none;
    raw->stop = raw->has_stop ? slice_bound(self->stop) : 0;
}

static void slice_adjust(const slice_raw_t *raw, mp_int_t length, mp_bound_slice_t *result) {
    mp_int_t step = raw->step;
    mp_int_t lower, upper;
    if (step < 0) {
        lower = -1;
        upper = length - 1;
    } else {
        lower = 0;
        upper = length;
    }
    mp_int_t start, stop;
    if (!raw->has_start) {
        start = step < 0 ? upper : lower;
    } else {
        start = raw->start;
        if (start < 0) {
            start += length;
            if (start < lower) {
                start = lower;
            }
        } else if (start > upper) {
            start = upper;
        }
    }
    if (!raw->has_stop) {
        stop = step < 0 ? lower : upper;
    } else {
        stop = raw->stop;
        if (stop < 0) {
            stop += length;
            if (stop < lower) {
                stop = lower;
            }
        } else if (stop > upper) {
            stop = upper;
        }
    }
    result->start = start;
    result->stop = stop;
    result->step = step;
}

void mp_obj_slice_indices(mp_obj_t self_in, mp_int_t length, mp_bound_slice_t *result) {
    slice_raw_t raw;
    slice_unpack(self_in, &raw);
    slice_adjust(&raw, length, result);
}

void mp_obj_slice_indices_live(mp_obj_t self_in, const size_t *length, mp_bound_slice_t *result) {
    slice_raw_t raw;
    slice_unpack(self_in, &raw);
    // read only now: the conversions above may have changed it
    slice_adjust(&raw, (mp_int_t)*length, result);
}

static void slice_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "slice(");
    mp_obj_print_helper(print, self->start, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, self->stop, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, self->step, PRINT_REPR);
    mp_print_str(print, ")");
}

static mp_obj_t slice_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("slice() takes no keyword arguments");
    }
    if (n_args == 0 || n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "slice expected at least 1 argument, got %u", (unsigned)n_args);
    }
    if (n_args == 1) {
        return mp_obj_new_slice(mp_const_none, args[0], mp_const_none);
    }
    return mp_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mp_const_none);
}

static void slice_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only attributes
    }
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = self->start;
    } else if (attr == MP_QSTR_stop) {
        dest[0] = self->stop;
    } else if (attr == MP_QSTR_step) {
        dest[0] = self->step;
    }
}

static mp_obj_t slice_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    // unhashable (as in CPython before 3.12); everything else unsupported
    return MP_OBJ_NULL;
}

static mp_obj_t slice_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (!mp_obj_is_type(rhs_in, &mp_type_slice)) {
        if (op == MP_BINARY_OP_EQUAL) {
            return mp_const_false;
        }
        if (op == MP_BINARY_OP_NOT_EQUAL) {
            return mp_const_true;
        }
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_slice_t *a = MP_OBJ_TO_PTR(lhs_in);
            mp_obj_slice_t *b = MP_OBJ_TO_PTR(rhs_in);
            mp_obj_t ia[3] = {a->start, a->stop, a->step};
            mp_obj_t ib[3] = {b->start, b->stop, b->step};
            return mp_obj_new_bool(mp_seq_cmp_objs(op, ia, 3, ib, 3));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t slice_indices(mp_obj_t self_in, mp_obj_t length_in) {
    mp_int_t length = mp_obj_get_int(length_in);
    if (length < 0) {
        mp_raise_ValueError("length should not be negative");
    }
    mp_bound_slice_t b;
    mp_obj_slice_indices(self_in, length, &b);
    mp_obj_t items[3] = {
        mp_obj_new_int(b.start), mp_obj_new_int(b.stop), mp_obj_new_int(b.step),
    };
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_2(slice_indices_obj, slice_indices);

static const mp_rom_map_elem_t slice_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_indices), MP_ROM_PTR(&slice_indices_obj) },
};
static MP_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_dict_table);

const mp_obj_type_t mp_type_slice = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = (mp_obj_dict_t *)&slice_locals_dict,
};
