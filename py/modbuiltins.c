// py/modbuiltins.c: the builtin functions and the `builtins` namespace table.
//
// mp_builtins_dict is the ROM table; mp_init copies it into a hashed heap dict
// (mp_state.dict_builtins) so that name lookups are O(1) and `builtins.x = v` works.
#include <string.h>
#include <errno.h>
#include <stdio.h>

#include "py/runtime.h"
#include "py/modio.h"
#include "py/bc.h"
#include "py/mphal.h"

extern const mp_obj_fun_builtin_var_t mp_builtin___build_class___obj;
extern const mp_obj_fun_builtin_var_t mp_builtin_format_obj;
extern const mp_obj_fun_builtin_var_t mp_builtin_open_obj;
extern const mp_obj_fun_builtin_var_t mp_builtin_eval_obj;
extern const mp_obj_fun_builtin_var_t mp_builtin_exec_obj;
extern const mp_obj_fun_builtin_fixed_t mp_builtin_locals_obj;
extern const mp_obj_fun_builtin_fixed_t mp_builtin_aiter_obj;  // py/objasyncgen.c
extern const mp_obj_fun_builtin_var_t mp_builtin_anext_obj;    // py/objasyncgen.c

// ---- printing ----

typedef struct {
    mp_obj_t write;   // bound write method of `file`, or NULL for stdout
    vstr_t *buf;
} print_dest_t;

static mp_obj_t builtin_print(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    mp_obj_t sep = MP_OBJ_NULL, end = MP_OBJ_NULL, file = mp_const_none;
    bool flush = false;
    if (kwargs != NULL && kwargs->filled > 0) {
        mp_map_elem_t *e;
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_sep), MP_MAP_LOOKUP)) != NULL && e->value != mp_const_none) {
            sep = e->value;
        }
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_end), MP_MAP_LOOKUP)) != NULL && e->value != mp_const_none) {
            end = e->value;
        }
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_file), MP_MAP_LOOKUP)) != NULL) {
            file = e->value;
        }
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_flush), MP_MAP_LOOKUP)) != NULL) {
            flush = mp_obj_is_true(e->value);
        }
    }
    const char *sep_data = " ", *end_data = "\n";
    size_t sep_len = 1, end_len = 1;
    if (sep != MP_OBJ_NULL) {
        if (!mp_obj_is_str(sep)) {
            mp_raise_TypeError("sep must be None or a string");
        }
        sep_data = mp_obj_str_get_data(sep, &sep_len);
    }
    if (end != MP_OBJ_NULL) {
        if (!mp_obj_is_str(end)) {
            mp_raise_TypeError("end must be None or a string");
        }
        end_data = mp_obj_str_get_data(end, &end_len);
    }
    if (file == mp_const_none) {
        extern mp_obj_t mp_sys_stdout_override(void);
        mp_obj_t so = mp_sys_stdout_override();
        if (so != MP_OBJ_NULL) {
            file = so;
        }
    }
    if (file == mp_const_none) {
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                mp_print_strn(&mp_plat_print, sep_data, sep_len);
            }
            mp_obj_print_helper(&mp_plat_print, args[i], PRINT_STR);
        }
        mp_print_strn(&mp_plat_print, end_data, end_len);
        if (flush) {
            fflush(stdout);
        }
        return mp_const_none;
    }
    mp_obj_t dest[3];
    if (mp_obj_get_type(file)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        // a Python-level stream sees CPython's calls: write(str(arg)), write(sep) between them,
        // write(end)
        mp_load_method(file, MP_QSTR_write, dest);
        mp_obj_t meth[2] = {dest[0], dest[1]};
        bool iobase = mp_io_is_iobase(file);
        // pieces: item 0, sep, item 1, ..., end
        for (size_t k = 0; k <= 2 * n_args; k++) {
            if (k == 2 * n_args) {
                dest[2] = mp_obj_new_str(end_data, end_len);
            } else if (k % 2 == 1) {
                dest[2] = mp_obj_new_str(sep_data, sep_len);
            } else {
                dest[2] = mp_obj_str(args[k / 2]);
            }
            if (k == 2 * n_args - 1) {
                continue; // no separator after the last item
            }
            if (iobase) {
                // MicroPython's stream protocol: an io.IOBase stream is written bytes
                size_t len;
                const char *data = mp_obj_str_get_data(dest[2], &len);
                mp_io_write_text(file, data, len);
                continue;
            }
            dest[0] = meth[0];
            dest[1] = meth[1];
            mp_call_method_n_kw(1, 0, dest);
        }
        if (flush) {
            mp_load_method_maybe(file, MP_QSTR_flush, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_call_method_n_kw(0, 0, dest);
            }
        }
        return mp_const_none;
    }
    // print to a native stream: build the text, then one write() call
    vstr_t vstr;
    vstr_init(&vstr, 32);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            mp_print_strn(&print, sep_data, sep_len);
        }
        mp_obj_print_helper(&print, args[i], PRINT_STR);
    }
    mp_print_strn(&print, end_data, end_len);
    mp_load_method(file, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_str_from_vstr(&vstr);
    mp_call_method_n_kw(1, 0, dest);
    if (flush) {
        mp_load_method_maybe(file, MP_QSTR_flush, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_call_method_n_kw(0, 0, dest);
        }
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_print_obj, 0, builtin_print);

static mp_obj_t builtin_repr(mp_obj_t o) {
    return mp_obj_repr(o);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_repr_obj, builtin_repr);

static mp_obj_t builtin_ascii(mp_obj_t o) {
    mp_obj_t r = mp_obj_repr(o);
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(r, &len);
    vstr_t vstr;
    vstr_init(&vstr, len + 8);
    for (const byte *top = s + len; s < top;) {
        uint32_t c = utf8_get_char(s);
        s = utf8_next_char(s);
        if (c < 0x80) {
            vstr_add_byte(&vstr, (byte)c);
        } else if (c < 0x100) {
            vstr_printf(&vstr, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            vstr_printf(&vstr, "\\u%04x", (unsigned)c);
        } else {
            vstr_printf(&vstr, "\\U%08x", (unsigned)c);
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_ascii_obj, builtin_ascii);

// ---- numbers ----

static mp_obj_t builtin_abs(mp_obj_t x) {
    return mp_unary_op(MP_UNARY_OP_ABS, x);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_abs_obj, builtin_abs);

static mp_obj_t builtin_divmod(mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(MP_BINARY_OP_DIVMOD, a, b);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_builtin_divmod_obj, builtin_divmod);

// pow(base, exp, mod=None), keywords allowed as in CPython
static mp_obj_t builtin_pow(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_base, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_exp, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_mod, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_obj_t args[3];
    if ((kw_args == NULL || kw_args->used == 0) && (n_args == 2 || n_args == 3)) {
        args[0] = pos_args[0];
        args[1] = pos_args[1];
        args[2] = n_args == 3 ? pos_args[2] : mp_const_none;
    } else {
        mp_arg_val_t vals[3];
        mp_arg_parse_all(n_args, pos_args, kw_args, 3, allowed, vals);
        args[0] = vals[0].u_obj;
        args[1] = vals[1].u_obj;
        args[2] = vals[2].u_obj == MP_OBJ_NULL ? mp_const_none : vals[2].u_obj;
    }
    if (args[2] == mp_const_none) {
        return mp_binary_op(MP_BINARY_OP_POWER, args[0], args[1]);
    }
    if (!mp_obj_is_int(args[0]) || !mp_obj_is_int(args[1]) || !mp_obj_is_int(args[2])) {
        mp_raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return mp_obj_int_pow3(args[0], args[1], args[2]);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_pow_obj, 0, builtin_pow);

static mp_obj_t builtin_round(size_t n_args, const mp_obj_t *args) {
    return mp_obj_round(args[0], n_args > 1 ? args[1] : MP_OBJ_NULL);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_round_obj, 1, 2, builtin_round);

static mp_obj_t int_format_with_prefix(mp_obj_t x, int base, const char *prefix) {
    if (!mp_obj_is_int(x)) {
        x = mp_unary_op(MP_UNARY_OP_INDEX, x);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_obj_int_format(&vstr, x, base, prefix, false);
    return mp_obj_new_str_from_vstr(&vstr);
}

static mp_obj_t builtin_bin(mp_obj_t x) {
    return int_format_with_prefix(x, 2, "0b");
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_bin_obj, builtin_bin);

static mp_obj_t builtin_oct(mp_obj_t x) {
    return int_format_with_prefix(x, 8, "0o");
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_oct_obj, builtin_oct);

static mp_obj_t builtin_hex(mp_obj_t x) {
    return int_format_with_prefix(x, 16, "0x");
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_hex_obj, builtin_hex);

static mp_obj_t builtin_chr(mp_obj_t o) {
    mp_int_t c = mp_obj_get_int(o);
    if (c < 0 || c > 0x10ffff) {
        mp_raise_ValueError("chr() arg not in range(0x110000)");
    }
    if (c < 0x80) {
        return mp_obj_str_ascii_char((byte)c);   // shared, no lookup
    }
    byte buf[4];
    size_t n = utf8_encode((uint32_t)c, buf);
    return mp_obj_new_str_copy(&mp_type_str, buf, n);   // not interned: chr() over all code points must not fill the qstr pools
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_chr_obj, builtin_chr);

static mp_obj_t builtin_ord(mp_obj_t o) {
    size_t len;
    const byte *s;
    if (mp_obj_is_type(o, &mp_type_bytearray)) {
        mp_buffer_info_t bi;
        mp_get_buffer_raise(o, &bi, MP_BUFFER_READ);
        s = bi.buf;
        len = bi.len;
    } else {
        s = (const byte *)mp_obj_str_get_data(o, &len);
    }
    if (mp_obj_is_str(o)) {
        size_t n = utf8_charlen(s, len);
        if (n == 1) {
            return MP_OBJ_NEW_SMALL_INT(utf8_get_char(s));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)n);
    }
    if (len == 1) {
        return MP_OBJ_NEW_SMALL_INT(s[0]);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)len);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_ord_obj, builtin_ord);

static mp_obj_t builtin_hash(mp_obj_t o) {
    return mp_obj_new_int(mp_obj_hash(o));
}
extern const mp_obj_fun_builtin_var_t mp_builtin_help_obj; // py/builtinhelp.c
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_hash_obj, builtin_hash);

static mp_obj_t builtin_id(mp_obj_t o) {
    return mp_obj_id(o);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_id_obj, builtin_id);

static mp_obj_t builtin_len(mp_obj_t o) {
    return mp_obj_len(o);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_len_obj, builtin_len);

static mp_obj_t builtin_callable(mp_obj_t o) {
    return mp_obj_new_bool(mp_obj_is_callable(o));
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_callable_obj, builtin_callable);

// ---- iteration ----

static mp_obj_t builtin_all(mp_obj_t iterable) {
    mp_obj_iter_buf_t buf;
    mp_obj_t iter = mp_getiter_buf(iterable, &buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_true(item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_all_obj, builtin_all);

static mp_obj_t builtin_any(mp_obj_t iterable) {
    mp_obj_iter_buf_t buf;
    mp_obj_t iter = mp_getiter_buf(iterable, &buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_true(item)) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_any_obj, builtin_any);

static mp_obj_t builtin_sum(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t acc = MP_OBJ_NEW_SMALL_INT(0);
    if (n_args > 1) {
        acc = args[1];
    } else if (kw != NULL) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_start), MP_MAP_LOOKUP);
        if (e != NULL) {
            acc = e->value;
        }
    }
    if (mp_obj_is_str(acc)) {
        mp_raise_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    mp_obj_iter_buf_t buf;
    mp_obj_t iter = mp_getiter_buf(args[0], &buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_small_int(acc) && mp_obj_is_small_int(item)) {
            mp_int_t r;
            if (!__builtin_add_overflow(MP_OBJ_SMALL_INT_VALUE(acc), MP_OBJ_SMALL_INT_VALUE(item), &r) && mp_small_int_fits(r)) {
                acc = MP_OBJ_NEW_SMALL_INT(r);
                continue;
            }
        }
        acc = mp_binary_op(MP_BINARY_OP_ADD, acc, item);
    }
    return acc;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_sum_obj, 1, builtin_sum);

static mp_obj_t min_max(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs, mp_binary_op_t op) {
    mp_obj_t key = MP_OBJ_NULL, dflt = MP_OBJ_NULL;
    if (kwargs != NULL) {
        mp_map_elem_t *e;
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_key), MP_MAP_LOOKUP)) != NULL && e->value != mp_const_none) {
            key = e->value;
        }
        if ((e = mp_map_lookup(kwargs, MP_OBJ_NEW_QSTR(MP_QSTR_default), MP_MAP_LOOKUP)) != NULL) {
            dflt = e->value;
        }
    }
    mp_obj_t best = MP_OBJ_NULL, best_key = MP_OBJ_NULL;
    const char *fname = op == MP_BINARY_OP_LESS ? "min" : "max";
    if (n_args == 1) {
        mp_obj_iter_buf_t buf;
        mp_obj_t iter = mp_getiter_buf(args[0], &buf);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t k = key ? mp_call_function_1(key, item) : item;
            if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, k, best_key))) {
                best = item;
                best_key = k;
            }
        }
        if (best == MP_OBJ_NULL) {
            if (dflt != MP_OBJ_NULL) {
                return dflt;
            }
            mp_raise_msg_varg(&mp_type_ValueError, "%s() arg is an empty sequence", fname);
        }
        return best;
    }
    if (n_args == 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s expected at least 1 argument, got 0", fname);
    }
    if (dflt != MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t k = key ? mp_call_function_1(key, args[i]) : args[i];
        if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, k, best_key))) {
            best = args[i];
            best_key = k;
        }
    }
    return best;
}

static mp_obj_t builtin_max(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    return min_max(n_args, args, kwargs, MP_BINARY_OP_MORE);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_max_obj, 0, builtin_max);

static mp_obj_t builtin_min(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    return min_max(n_args, args, kwargs, MP_BINARY_OP_LESS);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_min_obj, 0, builtin_min);

static mp_obj_t builtin_sorted(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    if (n_args != 1) {
        mp_raise_TypeError("sorted expected 1 argument");
    }
    mp_obj_t list = mp_obj_list_from_iter(args[0]);
    mp_obj_list_sort(1, &list, kwargs);
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_sorted_obj, 1, builtin_sorted);

// iter(callable, sentinel)
typedef struct _mp_obj_callable_iter_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    mp_obj_t sentinel;
} mp_obj_callable_iter_t;

static mp_obj_t callable_iter_iternext(mp_obj_t self_in) {
    mp_obj_callable_iter_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fun == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t v = mp_call_function_0(self->fun);
    if (mp_obj_equal(v, self->sentinel)) {
        self->fun = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    return v;
}

static mp_obj_t self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t mp_type_callable_iterator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_callable_iterator,
    .getiter = self_getiter,
    .iternext = callable_iter_iternext,
};

static mp_obj_t builtin_iter(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        return mp_getiter(args[0]);
    }
    mp_obj_callable_iter_t *o = m_new_obj(mp_obj_callable_iter_t);
    o->base.type = &mp_type_callable_iterator;
    o->fun = args[0];
    o->sentinel = args[1];
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_iter_var_obj, 1, 2, builtin_iter);

static mp_obj_t builtin_iter1(mp_obj_t o) {
    return mp_getiter(o);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_iter_obj, builtin_iter1);

static mp_obj_t builtin_next(size_t n_args, const mp_obj_t *args) {
    const mp_obj_type_t *t = mp_obj_get_type(args[0]);
    if (t->iternext == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't an iterator", t->name);
    }
    mp_state.stop_iteration_arg = MP_OBJ_NULL;
    mp_obj_t r = mp_iternext(args[0]);
    if (r == MP_OBJ_STOP_ITERATION) {
        if (n_args > 1) {
            return args[1];
        }
        // a generator's return value rides beside STOP (see gen_iternext)
        mp_obj_t arg = mp_state.stop_iteration_arg;
        mp_state.stop_iteration_arg = MP_OBJ_NULL;
        mp_raise_StopIteration(arg);
    }
    return r;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_next_obj, 1, 2, builtin_next);

// ---- attributes ----

static mp_obj_t builtin_getattr(size_t n_args, const mp_obj_t *args) {
    qstr attr = mp_obj_str_get_qstr(args[1]);
    if (n_args == 2) {
        return mp_load_attr(args[0], attr);
    }
    mp_obj_t dest[2];
    mp_load_method_protected(args[0], attr, dest, false);
    if (dest[0] == MP_OBJ_NULL) {
        return args[2];
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_getattr_obj, 2, 3, builtin_getattr);

static mp_obj_t builtin_setattr(mp_obj_t obj, mp_obj_t attr, mp_obj_t value) {
    mp_store_attr(obj, mp_obj_str_get_qstr(attr), value);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_builtin_setattr_obj, builtin_setattr);

static mp_obj_t builtin_delattr(mp_obj_t obj, mp_obj_t attr) {
    mp_store_attr(obj, mp_obj_str_get_qstr(attr), MP_OBJ_NULL);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_builtin_delattr_obj, builtin_delattr);

static mp_obj_t builtin_hasattr(mp_obj_t obj, mp_obj_t attr) {
    return mp_obj_new_bool(mp_obj_hasattr(obj, mp_obj_str_get_qstr(attr)));
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_builtin_hasattr_obj, builtin_hasattr);

static void dir_add_map(mp_obj_t set, const mp_map_t *map) {
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        mp_obj_set_store(set, e->key);
    }
}

static void dir_add_type(mp_obj_t set, const mp_obj_type_t *t) {
    if (t->mro != NULL) {
        for (size_t i = 0; i < t->mro->len; i++) {
            const mp_obj_type_t *b = MP_OBJ_TO_PTR(t->mro->items[i]);
            if (b->mro == NULL) {
                dir_add_type(set, b);
            } else if (b->locals_dict) {
                dir_add_map(set, &b->locals_dict->map);
            }
        }
        return;
    }
    for (; t != NULL; t = t->parent) {
        if (t->locals_dict != NULL) {
            dir_add_map(set, &t->locals_dict->map);
        }
    }
}

static mp_obj_t builtin_dir(size_t n_args, const mp_obj_t *args) {
    mp_obj_t set = mp_obj_new_set(0, NULL);
    if (n_args == 0) {
        dir_add_map(set, &mp_state.dict_locals->map);
    } else {
        mp_obj_t o = args[0];
        if (mp_obj_is_type(o, &mp_type_module)) {
            dir_add_map(set, &mp_obj_module_get_globals(o)->map);
        } else if (mp_obj_is_type(o, &mp_type_type)) {
            dir_add_type(set, MP_OBJ_TO_PTR(o));
        } else {
            const mp_obj_type_t *t = mp_obj_get_type(o);
            if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
                // a user __dir__ (object's own one is native) gives the names
                mp_obj_t dest[2];
                mp_load_method_maybe(o, MP_QSTR___dir__, dest);
                if (dest[0] != MP_OBJ_NULL && !(mp_obj_get_type(dest[0])->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
                    mp_obj_t list = mp_obj_list_from_iter(mp_call_method_n_kw(0, 0, dest));
                    mp_obj_list_sort(1, &list, NULL);
                    return list;
                }
                dir_add_map(set, &((mp_obj_instance_t *)MP_OBJ_TO_PTR(o))->members);
            }
            dir_add_type(set, t);
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(MP_QSTR___class__));
        }
    }
    mp_obj_t list = mp_obj_list_from_iter(set);
    mp_obj_list_sort(1, &list, NULL);
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_dir_obj, 0, 1, builtin_dir);

static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(mp_state.dict_locals);
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___dict__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError("vars() argument must have __dict__ attribute");
    }
    return dest[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_vars_obj, 0, 1, builtin_vars);

// ---- types ----

static bool isinstance_check(mp_obj_t obj, mp_obj_t classinfo, bool is_subclass) {
    if (mp_obj_is_type(classinfo, &mp_type_tuple)) {
        mp_stack_check(); // classinfo tuples may nest: isinstance(x, ((((int,),),),))
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (isinstance_check(obj, items[i], is_subclass)) {
                return true;
            }
        }
        return false;
    }
    if (classinfo == mp_const_none) {
        classinfo = MP_OBJ_FROM_PTR(&mp_type_NoneType);
    }
    // a class made by a user metaclass is an instance of it wrapping the type
    classinfo = mp_obj_get_native(classinfo, &mp_type_type);
    if (is_subclass) {
        obj = mp_obj_get_native(obj, &mp_type_type);
    }
    if (!mp_obj_is_type(classinfo, &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union",
            is_subclass ? "issubclass" : "isinstance");
    }
    const mp_obj_type_t *t;
    if (is_subclass) {
        if (!mp_obj_is_type(obj, &mp_type_type)) {
            mp_raise_TypeError("issubclass() arg 1 must be a class");
        }
        t = MP_OBJ_TO_PTR(obj);
    } else {
        t = mp_obj_get_type(obj);
    }
    return mp_obj_is_subclass(t, MP_OBJ_TO_PTR(classinfo));
}

static mp_obj_t builtin_isinstance(mp_obj_t obj, mp_obj_t classinfo) {
    return mp_obj_new_bool(isinstance_check(obj, classinfo, false));
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_builtin_isinstance_obj, builtin_isinstance);

static mp_obj_t builtin_issubclass(mp_obj_t obj, mp_obj_t classinfo) {
    return mp_obj_new_bool(isinstance_check(obj, classinfo, true));
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_builtin_issubclass_obj, builtin_issubclass);

// ---- namespaces, eval/exec/compile ----

static mp_obj_t builtin_globals(void) {
    return MP_OBJ_FROM_PTR(mp_state.dict_globals);
}
MP_DEFINE_CONST_FUN_OBJ_0(mp_builtin_globals_obj, builtin_globals);

// The function frame that called eval/exec/locals through CALL_FUNCTION_FRAME, lent for the
// duration of that call only (mp_builtin_call_frame); taken (and cleared) by the callee.
static const mp_code_state_t *builtin_caller_frame;

static const mp_code_state_t *builtin_take_caller_frame(void) {
    const mp_code_state_t *cs = builtin_caller_frame;
    builtin_caller_frame = NULL;
    return cs;
}

mp_obj_t mp_builtin_call_frame(const mp_code_state_t *cs, mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (fun != MP_OBJ_FROM_PTR(&mp_builtin_eval_obj) && fun != MP_OBJ_FROM_PTR(&mp_builtin_exec_obj)
        && fun != MP_OBJ_FROM_PTR(&mp_builtin_locals_obj)) {
        return mp_call_function_n_kw(fun, n_args, n_kw, args);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        builtin_caller_frame = cs;
        mp_obj_t r = mp_call_function_n_kw(fun, n_args, n_kw, args);
        builtin_caller_frame = NULL;
        nlr_pop();
        return r;
    }
    // (an argument error raised before the callee took the frame must not leave it lent)
    builtin_caller_frame = NULL;
    nlr_jump(nlr.ret_val);
}

static mp_obj_t builtin_locals(void) {
    const mp_code_state_t *cs = builtin_take_caller_frame();
    if (cs != NULL) {
        mp_obj_t d = mp_code_state_locals_dict(cs);
        if (d != MP_OBJ_NULL) {
            return d;
        }
    }
    return MP_OBJ_FROM_PTR(mp_state.dict_locals);
}
MP_DEFINE_CONST_FUN_OBJ_0(mp_builtin_locals_obj, builtin_locals);

// compile() returns a code object holding the checked source; eval/exec run it.
typedef struct _mp_obj_code_t {
    mp_obj_base_t base;
    mp_obj_t source;
    qstr filename;
    mp_parse_input_kind_t kind;
} mp_obj_code_t;

static const mp_obj_type_t mp_type_code = {
    {&mp_type_type},
    .name = MP_QSTR_code,
};

static mp_obj_t builtin_compile(size_t n_args, const mp_obj_t *args) {
    const char *mode = mp_obj_str_get_str(args[2]);
    mp_parse_input_kind_t kind;
    if (strcmp(mode, "exec") == 0) {
        kind = MP_PARSE_FILE_INPUT;
    } else if (strcmp(mode, "eval") == 0) {
        kind = MP_PARSE_EVAL_INPUT;
    } else if (strcmp(mode, "single") == 0) {
        kind = MP_PARSE_SINGLE_INPUT;
    } else {
        mp_raise_ValueError("compile() mode must be 'exec', 'eval' or 'single'");
    }
    size_t len;
    const char *src = mp_obj_str_get_data(args[0], &len);
    qstr fn = mp_obj_str_get_qstr(args[1]);
    mp_compile_to_raw_code(src, len, fn, kind, kind == MP_PARSE_SINGLE_INPUT);  // syntax check now
    mp_obj_code_t *o = m_new_obj(mp_obj_code_t);
    o->base.type = &mp_type_code;
    o->source = args[0];
    o->filename = fn;
    o->kind = kind;
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_compile_obj, 3, 6, builtin_compile);

static mp_obj_t eval_exec_helper(size_t n_args, const mp_obj_t *args, mp_parse_input_kind_t kind) {
    const mp_code_state_t *caller = builtin_take_caller_frame();
    mp_obj_dict_t *globals = mp_state.dict_globals;
    mp_obj_dict_t *locals = mp_state.dict_locals;
    if (caller != NULL && (n_args < 2 || args[1] == mp_const_none) && (n_args < 3 || args[2] == mp_const_none)) {
        // called from a function without dicts: its locals (a snapshot, as CPython's locals())
        mp_obj_t d = mp_code_state_locals_dict(caller);
        if (d != MP_OBJ_NULL) {
            locals = MP_OBJ_TO_PTR(d);
        }
    }
    if (n_args > 1 && args[1] != mp_const_none) {
        if (!mp_obj_is_type(args[1], &mp_type_dict)) {
            mp_raise_TypeError("globals must be a dict");
        }
        globals = MP_OBJ_TO_PTR(args[1]);
        locals = globals;
        if (mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___builtins__), MP_MAP_LOOKUP) == NULL) {
            // as CPython: a fresh globals dict sees the builtins
        }
    }
    if (n_args > 2 && args[2] != mp_const_none) {
        // the VM reads locals as a dict's map: only a dict (or the one inside a dict subclass)
        mp_obj_t l = mp_obj_get_native(args[2], &mp_type_dict);
        if (!mp_obj_isinstance(l, &mp_type_dict) || (mp_obj_get_type(l)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            mp_raise_TypeError("locals must be a dict");
        }
        locals = MP_OBJ_TO_PTR(l);
    }
    mp_obj_t src_obj = args[0];
    qstr fn = MP_QSTR__lt_string_gt_;
    if (mp_obj_is_type(src_obj, &mp_type_code)) {
        mp_obj_code_t *code = MP_OBJ_TO_PTR(src_obj);
        src_obj = code->source;
        fn = code->filename;
        kind = code->kind;
    }
    size_t len;
    const char *src = mp_obj_str_get_data(src_obj, &len);
    if (kind == MP_PARSE_EVAL_INPUT) {
        // eval ignores leading whitespace
        while (len > 0 && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
    }
    return mp_parse_compile_execute(src, len, fn, kind, globals, locals);
}

static mp_obj_t builtin_eval(size_t n_args, const mp_obj_t *args) {
    return eval_exec_helper(n_args, args, MP_PARSE_EVAL_INPUT);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_eval_obj, 1, 3, builtin_eval);

static mp_obj_t builtin_exec(size_t n_args, const mp_obj_t *args) {
    eval_exec_helper(n_args, args, MP_PARSE_FILE_INPUT);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_exec_obj, 1, 3, builtin_exec);

// execfile(path, globals=None, locals=None): MicroPython's (its unix port has it): exec() of
// the file's source, read through the port (host files, or a mounted Python-level VFS), with
// the path as the file name in tracebacks.
static mp_obj_t builtin_execfile(size_t n_args, const mp_obj_t *args) {
    const char *path = mp_obj_str_get_str(args[0]);
    size_t len;
    errno = 0;
    char *src = mp_hal_read_file(path, &len);
    if (src == NULL) {
        mp_raise_OSError_with_filename(errno ? errno : 2, path);
    }
    mp_obj_code_t *code = m_new_obj(mp_obj_code_t);
    code->base.type = &mp_type_code;
    code->source = mp_obj_new_str(src, len);
    code->filename = qstr_from_str(path);
    code->kind = MP_PARSE_FILE_INPUT;
    mp_obj_t a[3] = {MP_OBJ_FROM_PTR(code), n_args > 1 ? args[1] : mp_const_none, n_args > 2 ? args[2] : mp_const_none};
    eval_exec_helper(n_args, a, MP_PARSE_FILE_INPUT);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_execfile_obj, 1, 3, builtin_execfile);

// __import__(name, globals=None, locals=None, fromlist=(), level=0), keywords as CPython
static mp_obj_t builtin_import(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const qstr names[5] = {MP_QSTR_name, MP_QSTR_globals, MP_QSTR_locals, MP_QSTR_fromlist, MP_QSTR_level};
    mp_obj_t args[5] = {MP_OBJ_NULL, mp_const_none, mp_const_none, mp_const_none, MP_OBJ_NEW_SMALL_INT(0)};
    if (n_args > 5) {
        mp_raise_msg_varg(&mp_type_TypeError, "__import__() takes at most 5 arguments (%d given)", (int)n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        args[i] = pos[i];
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
        size_t i = 0;
        while (i < 5 && !(mp_obj_is_qstr(e->key) && MP_OBJ_QSTR_VALUE(e->key) == names[i])) {
            i++;
        }
        if (i == 5) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' is an invalid keyword argument for __import__()", mp_obj_str_get_str(e->key));
        }
        if (i < n_args) {
            mp_raise_msg_varg(&mp_type_TypeError, "argument for __import__() given by name ('%q') and position (%d)", names[i], (int)i + 1);
        }
        args[i] = e->value;
    }
    if (args[0] == MP_OBJ_NULL) {
        mp_raise_TypeError("__import__() missing required argument 'name' (pos 1)");
    }
    return mp_builtin___import__(5, args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin___import___obj, 0, builtin_import);

// ---- input ----

static mp_obj_t builtin_input(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        mp_obj_print_helper(&mp_plat_print, args[0], PRINT_STR);
    }
    fflush(stdout);
    vstr_t line;
    vstr_init(&line, 32);
    for (;;) {
        int c = mp_hal_stdin_rx_chr();
        if (c < 0) {
            if (line.len == 0) {
                mp_raise_type(&mp_type_EOFError);
            }
            break;
        }
        if (c == '\n') {
            break;
        }
        vstr_add_byte(&line, (byte)c);
    }
    return mp_obj_new_str_from_vstr(&line);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_input_obj, 0, 1, builtin_input);

// ---- the table ----

// 127 entries fill the 128-slot hashed copy that mp_init makes (py/runtime.c); one more doubles
// it, which a small heap (-X heapsize=10k, tests/cmdline/heapsize_small.py) cannot afford.
// Left out for that reason (the types exist: OSError(ESRCH/ECHILD) makes them):
// MP_QSTR_ProcessLookupError, MP_QSTR_ChildProcessError.
const mp_rom_map_elem_t mp_builtins_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_builtins) },
    { MP_ROM_QSTR(MP_QSTR___build_class__), MP_ROM_PTR(&mp_builtin___build_class___obj) },
    { MP_ROM_QSTR(MP_QSTR___import__), MP_ROM_PTR(&mp_builtin___import___obj) },

    // types
    { MP_ROM_QSTR(MP_QSTR_bool), MP_ROM_PTR(&mp_type_bool) },
    { MP_ROM_QSTR(MP_QSTR_bytes), MP_ROM_PTR(&mp_type_bytes) },
    { MP_ROM_QSTR(MP_QSTR_bytearray), MP_ROM_PTR(&mp_type_bytearray) },
    { MP_ROM_QSTR(MP_QSTR_classmethod), MP_ROM_PTR(&mp_type_classmethod) },
    { MP_ROM_QSTR(MP_QSTR_complex), MP_ROM_PTR(&mp_type_complex) },
    { MP_ROM_QSTR(MP_QSTR_dict), MP_ROM_PTR(&mp_type_dict) },
    { MP_ROM_QSTR(MP_QSTR_enumerate), MP_ROM_PTR(&mp_type_enumerate) },
    { MP_ROM_QSTR(MP_QSTR_filter), MP_ROM_PTR(&mp_type_filter) },
    { MP_ROM_QSTR(MP_QSTR_float), MP_ROM_PTR(&mp_type_float) },
    { MP_ROM_QSTR(MP_QSTR_frozenset), MP_ROM_PTR(&mp_type_frozenset) },
    { MP_ROM_QSTR(MP_QSTR_int), MP_ROM_PTR(&mp_type_int) },
    { MP_ROM_QSTR(MP_QSTR_list), MP_ROM_PTR(&mp_type_list) },
    { MP_ROM_QSTR(MP_QSTR_map), MP_ROM_PTR(&mp_type_map) },
    { MP_ROM_QSTR(MP_QSTR_memoryview), MP_ROM_PTR(&mp_type_memoryview) },
    { MP_ROM_QSTR(MP_QSTR_object), MP_ROM_PTR(&mp_type_object) },
    { MP_ROM_QSTR(MP_QSTR_property), MP_ROM_PTR(&mp_type_property) },
    { MP_ROM_QSTR(MP_QSTR_range), MP_ROM_PTR(&mp_type_range) },
    { MP_ROM_QSTR(MP_QSTR_reversed), MP_ROM_PTR(&mp_type_reversed) },
    { MP_ROM_QSTR(MP_QSTR_set), MP_ROM_PTR(&mp_type_set) },
    { MP_ROM_QSTR(MP_QSTR_slice), MP_ROM_PTR(&mp_type_slice) },
    { MP_ROM_QSTR(MP_QSTR_staticmethod), MP_ROM_PTR(&mp_type_staticmethod) },
    { MP_ROM_QSTR(MP_QSTR_str), MP_ROM_PTR(&mp_type_str) },
    { MP_ROM_QSTR(MP_QSTR_super), MP_ROM_PTR(&mp_type_super) },
    { MP_ROM_QSTR(MP_QSTR_tuple), MP_ROM_PTR(&mp_type_tuple) },
    { MP_ROM_QSTR(MP_QSTR_type), MP_ROM_PTR(&mp_type_type) },
    { MP_ROM_QSTR(MP_QSTR_zip), MP_ROM_PTR(&mp_type_zip) },

    // functions
    { MP_ROM_QSTR(MP_QSTR_abs), MP_ROM_PTR(&mp_builtin_abs_obj) },
    { MP_ROM_QSTR(MP_QSTR_aiter), MP_ROM_PTR(&mp_builtin_aiter_obj) },
    { MP_ROM_QSTR(MP_QSTR_all), MP_ROM_PTR(&mp_builtin_all_obj) },
    { MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&mp_builtin_any_obj) },
    { MP_ROM_QSTR(MP_QSTR_anext), MP_ROM_PTR(&mp_builtin_anext_obj) },
    { MP_ROM_QSTR(MP_QSTR_ascii), MP_ROM_PTR(&mp_builtin_ascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_bin), MP_ROM_PTR(&mp_builtin_bin_obj) },
    { MP_ROM_QSTR(MP_QSTR_callable), MP_ROM_PTR(&mp_builtin_callable_obj) },
    { MP_ROM_QSTR(MP_QSTR_chr), MP_ROM_PTR(&mp_builtin_chr_obj) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&mp_builtin_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_delattr), MP_ROM_PTR(&mp_builtin_delattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_dir), MP_ROM_PTR(&mp_builtin_dir_obj) },
    { MP_ROM_QSTR(MP_QSTR_divmod), MP_ROM_PTR(&mp_builtin_divmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_eval), MP_ROM_PTR(&mp_builtin_eval_obj) },
    { MP_ROM_QSTR(MP_QSTR_exec), MP_ROM_PTR(&mp_builtin_exec_obj) },
    { MP_ROM_QSTR(MP_QSTR_execfile), MP_ROM_PTR(&mp_builtin_execfile_obj) },
    { MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&mp_builtin_format_obj) },
    { MP_ROM_QSTR(MP_QSTR_getattr), MP_ROM_PTR(&mp_builtin_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_globals), MP_ROM_PTR(&mp_builtin_globals_obj) },
    { MP_ROM_QSTR(MP_QSTR_hasattr), MP_ROM_PTR(&mp_builtin_hasattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_hash), MP_ROM_PTR(&mp_builtin_hash_obj) },
    { MP_ROM_QSTR(MP_QSTR_help), MP_ROM_PTR(&mp_builtin_help_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_builtin_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_id), MP_ROM_PTR(&mp_builtin_id_obj) },
    { MP_ROM_QSTR(MP_QSTR_input), MP_ROM_PTR(&mp_builtin_input_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinstance), MP_ROM_PTR(&mp_builtin_isinstance_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubclass), MP_ROM_PTR(&mp_builtin_issubclass_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter), MP_ROM_PTR(&mp_builtin_iter_var_obj) },
    { MP_ROM_QSTR(MP_QSTR_len), MP_ROM_PTR(&mp_builtin_len_obj) },
    { MP_ROM_QSTR(MP_QSTR_locals), MP_ROM_PTR(&mp_builtin_locals_obj) },
    { MP_ROM_QSTR(MP_QSTR_max), MP_ROM_PTR(&mp_builtin_max_obj) },
    { MP_ROM_QSTR(MP_QSTR_min), MP_ROM_PTR(&mp_builtin_min_obj) },
    { MP_ROM_QSTR(MP_QSTR_next), MP_ROM_PTR(&mp_builtin_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_oct), MP_ROM_PTR(&mp_builtin_oct_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&mp_builtin_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ord), MP_ROM_PTR(&mp_builtin_ord_obj) },
    { MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&mp_builtin_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR_print), MP_ROM_PTR(&mp_builtin_print_obj) },
    { MP_ROM_QSTR(MP_QSTR_repr), MP_ROM_PTR(&mp_builtin_repr_obj) },
    { MP_ROM_QSTR(MP_QSTR_round), MP_ROM_PTR(&mp_builtin_round_obj) },
    { MP_ROM_QSTR(MP_QSTR_setattr), MP_ROM_PTR(&mp_builtin_setattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_sorted), MP_ROM_PTR(&mp_builtin_sorted_obj) },
    { MP_ROM_QSTR(MP_QSTR_sum), MP_ROM_PTR(&mp_builtin_sum_obj) },
    { MP_ROM_QSTR(MP_QSTR_vars), MP_ROM_PTR(&mp_builtin_vars_obj) },

    // constants
    { MP_ROM_QSTR(MP_QSTR_Ellipsis), MP_ROM_PTR(&mp_const_ellipsis_obj) },
    { MP_ROM_QSTR(MP_QSTR_NotImplemented), MP_ROM_PTR(&mp_const_notimplemented_obj) },

    // exceptions
    { MP_ROM_QSTR(MP_QSTR_ArithmeticError), MP_ROM_PTR(&mp_type_ArithmeticError) },
    { MP_ROM_QSTR(MP_QSTR_AssertionError), MP_ROM_PTR(&mp_type_AssertionError) },
    { MP_ROM_QSTR(MP_QSTR_AttributeError), MP_ROM_PTR(&mp_type_AttributeError) },
    { MP_ROM_QSTR(MP_QSTR_BaseException), MP_ROM_PTR(&mp_type_BaseException) },
    { MP_ROM_QSTR(MP_QSTR_BlockingIOError), MP_ROM_PTR(&mp_type_BlockingIOError) },
    { MP_ROM_QSTR(MP_QSTR_BrokenPipeError), MP_ROM_PTR(&mp_type_BrokenPipeError) },
    { MP_ROM_QSTR(MP_QSTR_BufferError), MP_ROM_PTR(&mp_type_BufferError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionAbortedError), MP_ROM_PTR(&mp_type_ConnectionAbortedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionError), MP_ROM_PTR(&mp_type_ConnectionError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionRefusedError), MP_ROM_PTR(&mp_type_ConnectionRefusedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionResetError), MP_ROM_PTR(&mp_type_ConnectionResetError) },
    { MP_ROM_QSTR(MP_QSTR_DeprecationWarning), MP_ROM_PTR(&mp_type_DeprecationWarning) },
    { MP_ROM_QSTR(MP_QSTR_EOFError), MP_ROM_PTR(&mp_type_EOFError) },
    { MP_ROM_QSTR(MP_QSTR_Exception), MP_ROM_PTR(&mp_type_Exception) },
    { MP_ROM_QSTR(MP_QSTR_FileExistsError), MP_ROM_PTR(&mp_type_FileExistsError) },
    { MP_ROM_QSTR(MP_QSTR_FileNotFoundError), MP_ROM_PTR(&mp_type_FileNotFoundError) },
    { MP_ROM_QSTR(MP_QSTR_GeneratorExit), MP_ROM_PTR(&mp_type_GeneratorExit) },
    { MP_ROM_QSTR(MP_QSTR_IOError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_ImportError), MP_ROM_PTR(&mp_type_ImportError) },
    { MP_ROM_QSTR(MP_QSTR_IndentationError), MP_ROM_PTR(&mp_type_IndentationError) },
    { MP_ROM_QSTR(MP_QSTR_IndexError), MP_ROM_PTR(&mp_type_IndexError) },
    { MP_ROM_QSTR(MP_QSTR_InterruptedError), MP_ROM_PTR(&mp_type_InterruptedError) },
    { MP_ROM_QSTR(MP_QSTR_IsADirectoryError), MP_ROM_PTR(&mp_type_IsADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_KeyError), MP_ROM_PTR(&mp_type_KeyError) },
    { MP_ROM_QSTR(MP_QSTR_KeyboardInterrupt), MP_ROM_PTR(&mp_type_KeyboardInterrupt) },
    { MP_ROM_QSTR(MP_QSTR_LookupError), MP_ROM_PTR(&mp_type_LookupError) },
    { MP_ROM_QSTR(MP_QSTR_MemoryError), MP_ROM_PTR(&mp_type_MemoryError) },
    { MP_ROM_QSTR(MP_QSTR_ModuleNotFoundError), MP_ROM_PTR(&mp_type_ModuleNotFoundError) },
    { MP_ROM_QSTR(MP_QSTR_NameError), MP_ROM_PTR(&mp_type_NameError) },
    { MP_ROM_QSTR(MP_QSTR_NotADirectoryError), MP_ROM_PTR(&mp_type_NotADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_NotImplementedError), MP_ROM_PTR(&mp_type_NotImplementedError) },
    { MP_ROM_QSTR(MP_QSTR_OSError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_OverflowError), MP_ROM_PTR(&mp_type_OverflowError) },
    { MP_ROM_QSTR(MP_QSTR_PermissionError), MP_ROM_PTR(&mp_type_PermissionError) },
    { MP_ROM_QSTR(MP_QSTR_RecursionError), MP_ROM_PTR(&mp_type_RuntimeError) },
    { MP_ROM_QSTR(MP_QSTR_ReferenceError), MP_ROM_PTR(&mp_type_ReferenceError) },
    { MP_ROM_QSTR(MP_QSTR_RuntimeError), MP_ROM_PTR(&mp_type_RuntimeError) },
    { MP_ROM_QSTR(MP_QSTR_RuntimeWarning), MP_ROM_PTR(&mp_type_RuntimeWarning) },
    { MP_ROM_QSTR(MP_QSTR_StopAsyncIteration), MP_ROM_PTR(&mp_type_StopAsyncIteration) },
    { MP_ROM_QSTR(MP_QSTR_StopIteration), MP_ROM_PTR(&mp_type_StopIteration) },
    { MP_ROM_QSTR(MP_QSTR_SyntaxError), MP_ROM_PTR(&mp_type_SyntaxError) },
    { MP_ROM_QSTR(MP_QSTR_SystemExit), MP_ROM_PTR(&mp_type_SystemExit) },
    { MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&mp_type_TimeoutError) },
    { MP_ROM_QSTR(MP_QSTR_TypeError), MP_ROM_PTR(&mp_type_TypeError) },
    { MP_ROM_QSTR(MP_QSTR_UnboundLocalError), MP_ROM_PTR(&mp_type_UnboundLocalError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeDecodeError), MP_ROM_PTR(&mp_type_UnicodeDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeEncodeError), MP_ROM_PTR(&mp_type_UnicodeEncodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeError), MP_ROM_PTR(&mp_type_UnicodeError) },
    { MP_ROM_QSTR(MP_QSTR_UserWarning), MP_ROM_PTR(&mp_type_UserWarning) },
    { MP_ROM_QSTR(MP_QSTR_ValueError), MP_ROM_PTR(&mp_type_ValueError) },
    { MP_ROM_QSTR(MP_QSTR_Warning), MP_ROM_PTR(&mp_type_Warning) },
    { MP_ROM_QSTR(MP_QSTR_ZeroDivisionError), MP_ROM_PTR(&mp_type_ZeroDivisionError) },
};

MP_DEFINE_CONST_DICT(mp_builtins_dict, mp_builtins_table);
