// py/modatexit.c: the `atexit` module, CPython's: register(func, *args, **kwargs) returns func;
// unregister(func) drops every registration of func. When the script or the REPL ends
// (sys.exit() included) the port calls mp_sys_run_atexit(), which runs these calls, the last
// registered first, then sys.atexit's function. An exception in one is printed ("Exception
// ignored in atexit callback", then its traceback) and the others still run.
//
// Data: mp_state.user_roots[MP_ROOT_ATEXIT] is NULL or a list of 3-tuples
// (func, args tuple, kwargs dict or None), in registration order.
#include "py/runtime.h"

static mp_obj_t atexit_list(bool make) {
    mp_obj_t l = mp_state.user_roots[MP_ROOT_ATEXIT];
    if (l == MP_OBJ_NULL && make) {
        l = mp_state.user_roots[MP_ROOT_ATEXIT] = mp_obj_new_list(0, NULL);
    }
    return l;
}

static mp_obj_t atexit_register(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (!mp_obj_is_callable(args[0])) {
        mp_raise_TypeError("the first argument must be callable");
    }
    mp_obj_t kwargs = mp_const_none;
    if (kw != NULL && kw->used > 0) {
        kwargs = mp_obj_new_dict(kw->used);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
            mp_obj_dict_store(kwargs, e->key, e->value);
        }
    }
    mp_obj_t entry[3] = {args[0], mp_obj_new_tuple(n_args - 1, args + 1), kwargs};
    mp_obj_list_append(atexit_list(true), mp_obj_new_tuple(3, entry));
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_KW(atexit_register_obj, 1, atexit_register);

static mp_obj_t atexit_unregister(mp_obj_t func) {
    mp_obj_t l = atexit_list(false);
    if (l == MP_OBJ_NULL) {
        return mp_const_none;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(l, &n, &items);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(items[i]);
        if (!mp_obj_equal(t->items[0], func)) {
            items[k++] = items[i];
        }
    }
    // the list shrinks in place (its storage stays)
    ((mp_obj_list_t *)MP_OBJ_TO_PTR(l))->len = k;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(atexit_unregister_obj, atexit_unregister);

static void atexit_call(mp_obj_t entry) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(entry);
    mp_obj_tuple_t *a = MP_OBJ_TO_PTR(t->items[1]);
    size_t n_kw = 0;
    mp_map_t *kw = NULL;
    if (t->items[2] != mp_const_none) {
        kw = mp_obj_dict_get_map(t->items[2]);
        n_kw = kw->used;
    }
    mp_obj_t *call_args = m_new(mp_obj_t, a->len + 2 * n_kw + 1);
    for (size_t i = 0; i < a->len; i++) {
        call_args[i] = a->items[i];
    }
    size_t j = a->len, cur = 0;
    mp_map_elem_t *e;
    while (kw != NULL && (e = mp_map_iter_next(kw, &cur)) != NULL) {
        call_args[j++] = e->key;
        call_args[j++] = e->value;
    }
    mp_call_function_n_kw(t->items[0], a->len, n_kw, call_args);
}

void mp_atexit_run(void) {
    mp_obj_t l = atexit_list(false);
    mp_state.user_roots[MP_ROOT_ATEXIT] = MP_OBJ_NULL;
    if (l == MP_OBJ_NULL) {
        return;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(l, &n, &items);
    for (size_t i = n; i-- > 0;) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            atexit_call(items[i]);
            nlr_pop();
        } else if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_SystemExit)) {
            mp_printf(&mp_stderr_print, "Exception ignored in atexit callback: ");
            mp_obj_print_helper(&mp_stderr_print, ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(items[i]))->items[0], PRINT_REPR);
            mp_printf(&mp_stderr_print, "\n");
            mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
}

static const mp_rom_map_elem_t mp_module_atexit_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_atexit) },
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&atexit_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_unregister), MP_ROM_PTR(&atexit_unregister_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_atexit, mp_module_atexit_globals_table);
MP_REGISTER_MODULE(MP_QSTR_atexit, mp_module_atexit);
