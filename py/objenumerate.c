// py/objenumerate.c: enumerate(iterable, start=0).
//
// Holds the underlying iterator and the next count. The count is a small int on the fast
// path; if it ever leaves the small-int range (or start was a big int) it becomes a general
// int object advanced with mp_binary_op.
#include "py/runtime.h"

typedef struct _mp_obj_enumerate_t {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t count;
} mp_obj_enumerate_t;

static mp_obj_t enumerate_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_start, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(0)} },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, vals);
    mp_obj_t start = vals[1].u_obj;
    if (!mp_obj_is_int(start)) {
        if (mp_obj_get_type(start)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
            start = mp_obj_new_int(mp_obj_get_int(start));
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                mp_obj_get_type_str(start));
        }
    }
    if (mp_obj_is_type(start, &mp_type_bool)) {
        start = MP_OBJ_NEW_SMALL_INT(start == mp_const_true);
    }
    mp_obj_enumerate_t *self = m_new_obj(mp_obj_enumerate_t);
    self->base.type = &mp_type_enumerate;
    self->iter = mp_getiter(vals[0].u_obj);
    self->count = start;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t enumerate_iternext(mp_obj_t self_in) {
    mp_obj_enumerate_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t next = mp_iternext(self->iter);
    if (next == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t pair[2] = {self->count, next};
    if (mp_obj_is_small_int(self->count) && MP_OBJ_SMALL_INT_VALUE(self->count) < MP_SMALL_INT_MAX) {
        self->count = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(self->count) + 1);
    } else {
        self->count = mp_binary_op(MP_BINARY_OP_ADD, self->count, MP_OBJ_NEW_SMALL_INT(1));
    }
    return mp_obj_new_tuple(2, pair);
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

const mp_obj_type_t mp_type_enumerate = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = it_self_getiter,
    .iternext = enumerate_iternext,
};
