// py/objzip.c: zip(*iterables, strict=False).
//
// Layout: {n_iters, strict, iters[n_iters]}. Each step builds a tuple of one item from every
// iterator; the first exhausted iterator ends the zip. With strict=True, unequal lengths raise
// ValueError with CPython's messages ("zip() argument 2 is shorter than argument 1").
#include "py/runtime.h"

typedef struct _mp_obj_zip_t {
    mp_obj_base_t base;
    size_t n_iters;
    bool strict;
    bool done;
    mp_obj_t iters[];
} mp_obj_zip_t;

static mp_obj_t zip_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        if (mp_obj_str_get_qstr(key) != MP_QSTR_strict) {
            mp_raise_msg_varg(&mp_type_TypeError, "zip() got an unexpected keyword argument '%s'",
                mp_obj_str_get_str(key));
        }
        strict = mp_obj_is_true(args[n_args + 2 * i + 1]);
    }
    mp_obj_zip_t *self = m_new_obj_var(mp_obj_zip_t, mp_obj_t, n_args);
    self->base.type = &mp_type_zip;
    self->n_iters = n_args;
    self->strict = strict;
    self->done = n_args == 0;
    for (size_t i = 0; i < n_args; i++) {
        self->iters[i] = mp_getiter(args[i]);
    }
    return MP_OBJ_FROM_PTR(self);
}

static NORETURN void zip_length_error(size_t i, const char *what) {
    // i: 0-based index of the offending argument (>= 1)
    if (i == 1) {
        mp_raise_msg_varg(&mp_type_ValueError, "zip() argument 2 is %s than argument 1", what);
    }
    mp_raise_msg_varg(&mp_type_ValueError, "zip() argument %u is %s than arguments 1-%u",
        (unsigned)(i + 1), what, (unsigned)i);
}

static mp_obj_t zip_iternext(mp_obj_t self_in) {
    mp_obj_zip_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t n = self->n_iters;
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
    for (size_t i = 0; i < n; i++) {
        mp_obj_t item = mp_iternext(self->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            self->done = true;
            if (self->strict) {
                if (i > 0) {
                    zip_length_error(i, "shorter");
                }
                for (size_t j = 1; j < n; j++) {
                    if (mp_iternext(self->iters[j]) != MP_OBJ_STOP_ITERATION) {
                        zip_length_error(j, "longer");
                    }
                }
            }
            return MP_OBJ_STOP_ITERATION;
        }
        t->items[i] = item;
    }
    return MP_OBJ_FROM_PTR(t);
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

const mp_obj_type_t mp_type_zip = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_zip,
    .make_new = zip_make_new,
    .getiter = it_self_getiter,
    .iternext = zip_iternext,
};
