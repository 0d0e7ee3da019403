// py/objmap.c: map(function, iterable, ...), the lazy iterator type (not dict: see objdict.c).
//
// Layout: {fun, n_iters, iters[n_iters]}. Each step takes one item from every iterator and
// calls fun with them; the shortest iterator ends the map. The argument array for the call
// lives on the C stack for up to MAP_STACK_ARGS iterators.
#include "py/runtime.h"

#define MAP_STACK_ARGS (8)

typedef struct _mp_obj_map_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    size_t n_iters;   // 0 once exhausted
    mp_obj_t iters[];
} mp_obj_map_t;

static mp_obj_t map_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("map() takes no keyword arguments");
    }
    if (n_args < 2) {
        mp_raise_TypeError("map() must have at least two arguments.");
    }
    size_t n = n_args - 1;
    mp_obj_map_t *self = m_new_obj_var(mp_obj_map_t, mp_obj_t, n);
    self->base.type = &mp_type_map;
    self->fun = args[0];
    self->n_iters = n;
    for (size_t i = 0; i < n; i++) {
        self->iters[i] = mp_getiter(args[i + 1]);
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t map_iternext(mp_obj_t self_in) {
    mp_obj_map_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = self->n_iters;
    if (n == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (n == 1) {
        mp_obj_t item = mp_iternext(self->iters[0]);
        if (item == MP_OBJ_STOP_ITERATION) {
            self->n_iters = 0;
            return MP_OBJ_STOP_ITERATION;
        }
        return mp_call_function_1(self->fun, item);
    }
    mp_obj_t stack_args[MAP_STACK_ARGS];
    mp_obj_t *call_args = n <= MAP_STACK_ARGS ? stack_args : m_new(mp_obj_t, n);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t item = mp_iternext(self->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            self->n_iters = 0;
            return MP_OBJ_STOP_ITERATION;
        }
        call_args[i] = item;
    }
    return mp_call_function_n_kw(self->fun, n, 0, call_args);
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

const mp_obj_type_t mp_type_map = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_map,
    .make_new = map_make_new,
    .getiter = it_self_getiter,
    .iternext = map_iternext,
};
