// py/objfilter.c: filter(function or None, iterable).
//
// A lazy iterator: each step pulls items from the underlying iterator until one passes
// (function(item) is true, or the item itself is true when function is None).
#include "py/runtime.h"

typedef struct _mp_obj_filter_t {
    mp_obj_base_t base;
    mp_obj_t fun;    // mp_const_none: test the item's own truth
    mp_obj_t iter;
} mp_obj_filter_t;

static mp_obj_t filter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("filter() takes no keyword arguments");
    }
    if (n_args != 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "filter expected 2 arguments, got %u", (unsigned)n_args);
    }
    mp_obj_filter_t *self = m_new_obj(mp_obj_filter_t);
    self->base.type = &mp_type_filter;
    self->fun = args[0];
    self->iter = mp_getiter(args[1]);
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t filter_iternext(mp_obj_t self_in) {
    mp_obj_filter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t item;
    while ((item = mp_iternext(self->iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t v = self->fun == mp_const_none ? item : mp_call_function_1(self->fun, item);
        if (mp_obj_is_true(v)) {
            return item;
        }
    }
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

const mp_obj_type_t mp_type_filter = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_filter,
    .make_new = filter_make_new,
    .getiter = it_self_getiter,
    .iternext = filter_iternext,
};
