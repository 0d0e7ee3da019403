// py/obj.c: generic operations on objects of any type, and the singleton constants
// (None, Ellipsis, NotImplemented).
#include <stdio.h>
#include <string.h>

#include "py/runtime.h"

// ---- singletons ----

static void none_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_print_str(print, "None");
}

static mp_obj_t none_unary_op(mp_unary_op_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_false;
    }
    return mp_generic_unary_op(op, o);
}

static mp_obj_t none_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    return mp_const_none;
}

const mp_obj_type_t mp_type_NoneType = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_NoneType,
    .print = none_print,
    .make_new = none_make_new,
    .unary_op = none_unary_op,
};
const mp_obj_none_t mp_const_none_obj = {{&mp_type_NoneType}};

static void singleton_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    const mp_obj_singleton_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "%q", self->name);
}

const mp_obj_type_t mp_type_singleton = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_ellipsis,
    .print = singleton_print,
    .unary_op = mp_generic_unary_op,
};
const mp_obj_type_t mp_type_NotImplementedType = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_NotImplementedType,
    .print = singleton_print,
    .unary_op = mp_generic_unary_op,
};
const mp_obj_singleton_t mp_const_ellipsis_obj = {{&mp_type_singleton}, MP_QSTR_Ellipsis};
const mp_obj_singleton_t mp_const_notimplemented_obj = {{&mp_type_NotImplementedType}, MP_QSTR_NotImplemented};

// ---- types ----

const char *mp_obj_get_type_str(mp_const_obj_t o_in) {
    return qstr_str(mp_obj_get_type(o_in)->name);
}

bool mp_obj_is_subclass(const mp_obj_type_t *a, const mp_obj_type_t *b) {
    if (a == b || b == &mp_type_object) {
        return true;
    }
    if (a->mro != NULL) {
        for (size_t i = 0; i < a->mro->len; i++) {
            if (MP_OBJ_TO_PTR(a->mro->items[i]) == b) {
                return true;
            }
        }
        return false;
    }
    for (const mp_obj_type_t *t = a->parent; t != NULL; t = t->parent) {
        if (t == b) {
            return true;
        }
    }
    return false;
}

bool mp_obj_isinstance(mp_obj_t obj, const mp_obj_type_t *t) {
    return mp_obj_is_subclass(mp_obj_get_type(obj), t);
}

bool mp_obj_is_callable(mp_obj_t o_in) {
    const mp_obj_type_t *t = mp_obj_get_type(o_in);
    if (t->call != NULL) {
        if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
            return mp_obj_type_lookup(t, MP_QSTR___call__) != MP_OBJ_NULL;
        }
        return true;
    }
    return mp_obj_is_type(o_in, &mp_type_type);
}

bool mp_obj_is_exception_type(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_type) && mp_obj_is_subclass(MP_OBJ_TO_PTR(o), &mp_type_BaseException);
}

bool mp_obj_is_exception_instance(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass(mp_obj_get_type(o), &mp_type_BaseException);
}

// ---- printing ----

void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    mp_stack_check();
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (type->print != NULL) {
        type->print(print, o_in, kind == PRINT_EXC ? PRINT_STR : kind);
    } else {
        mp_printf(print, "<%q object at %p>", type->name, o_in);
    }
}

bool mp_obj_print_protected(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_helper(print, o, kind);
        nlr_pop();
        return true;
    }
    return false;
}

void mp_obj_print(mp_obj_t o_in, mp_print_kind_t kind) {
    mp_obj_print_helper(&mp_plat_print, o_in, kind);
}

// Prints ": " before the first non-empty output, so that an empty message leaves "Name" alone.
typedef struct {
    const mp_print_t *out;
    bool started;
} exc_msg_printer_t;

static void exc_msg_print_strn(void *data, const char *str, size_t len) {
    exc_msg_printer_t *p = data;
    if (len == 0) {
        return;
    }
    if (!p->started) {
        mp_print_str(p->out, ": ");
        p->started = true;
    }
    mp_print_strn(p->out, str, len);
}

// Prints ": str(exc)" (nothing when that is empty). Never raises: a __str__ that raises or
// returns a non-str gives CPython's "<exception str() failed>". The message is built in a heap
// buffer first (so a failure half-way prints nothing of it); when the heap is full or locked,
// it is streamed straight to the output instead, which needs no memory for built-in exceptions
// whose arguments are strings or numbers.
static void print_exception_message(const mp_print_t *print, mp_obj_t exc) {
    nlr_buf_t nlr;
    vstr_t vstr;
    vstr.buf = NULL;
    if (nlr_push(&nlr) == 0) {
        vstr_init(&vstr, 32);
        mp_print_t vp;
        mp_print_init_vstr(&vp, &vstr);
        mp_obj_print_helper(&vp, exc, PRINT_EXC);
        nlr_pop();
        if (vstr.len > 0) {
            mp_print_str(print, ": ");
            mp_print_strn(print, vstr.buf, vstr.len);
        }
        vstr_clear(&vstr);
        return;
    }
    mp_obj_t err = MP_OBJ_FROM_PTR(nlr.ret_val);
    exc_msg_printer_t ep = { print, false };
    if (mp_obj_is_obj(err) && mp_obj_is_subclass(mp_obj_get_type(err), &mp_type_MemoryError)) {
        mp_print_t direct = { &ep, exc_msg_print_strn };
        if (nlr_push(&nlr) == 0) {
            mp_obj_print_helper(&direct, exc, PRINT_EXC);
            nlr_pop();
            return;
        }
    }
    if (!ep.started) {
        mp_print_str(print, ": <exception str() failed>");
    }
}

// sys.tracebacklimit: how many of the outermost traceback entries to print, as MicroPython and
// CPython's traceback module do (0 or less: none,
// only the exception line). Unlimited when unset or not an int. Reads the sys module's globals
// directly: printing an exception must not raise.
static size_t exc_traceback_limit(size_t n_entries) {
    mp_obj_t sys = mp_state.user_roots[0];
    if (sys == MP_OBJ_NULL) {
        return n_entries;
    }
    mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(sys)->map, MP_OBJ_NEW_QSTR(MP_QSTR_tracebacklimit), MP_MAP_LOOKUP);
    if (e == NULL || !mp_obj_is_small_int(e->value)) {
        return n_entries;
    }
    mp_int_t limit = MP_OBJ_SMALL_INT_VALUE(e->value);
    if (limit <= 0) {
        return 0;
    }
    return (size_t)limit < n_entries ? (size_t)limit : n_entries;
}

static void print_one_exception(const mp_print_t *print, mp_obj_t exc) {
    size_t n;
    size_t *values;
    mp_obj_exception_get_traceback(exc, &n, &values);
    size_t n_print = exc_traceback_limit(n / 3);
    if (n_print > 0) {
        mp_print_str(print, "Traceback (most recent call last):\n");
        // Entries are appended as the exception propagates outwards: print oldest frame first,
        // leaving out the innermost ones beyond the limit.
        for (size_t i = n; i > n - n_print * 3; i -= 3) {
            mp_printf(print, "  File \"%q\", line %d", (qstr)values[i - 3], (int)values[i - 2]);
            qstr block = (qstr)values[i - 1];
            if (block != MP_QSTRnull) {
                mp_printf(print, ", in %q\n", block);
            } else {
                mp_print_str(print, "\n");
            }
        }
    }
    mp_printf(print, "%q", mp_obj_exception_type_name(exc));
    print_exception_message(print, exc);
    mp_print_str(print, "\n");
}

void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc) {
    if (!mp_obj_is_exception_instance(exc)) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_print_helper(print, exc, PRINT_REPR);
            nlr_pop();
        } else {
            mp_printf(print, "<%q object>", mp_obj_get_type(exc)->name);
        }
        mp_print_str(print, "\n");
        return;
    }
    // Chained exceptions first, as CPython prints them. The chain is walked iteratively: it
    // may be very long, or a cycle (e.__cause__ = f; f.__cause__ = e), and this runs where no
    // exception can be raised. Each exception is printed once; the oldest links beyond
    // MAX_CHAIN are left out.
    enum { MAX_CHAIN = 64 };
    mp_obj_t chain[MAX_CHAIN];
    bool by_cause[MAX_CHAIN]; // chain[i] was reached from chain[i - 1] as its __cause__
    size_t n = 0;
    chain[n] = exc;
    by_cause[n++] = false;
    while (n < MAX_CHAIN) {
        mp_obj_exception_t *native = mp_obj_exception_get_native(chain[n - 1]);
        if (native == NULL) {
            break;
        }
        mp_obj_t next;
        bool cause = native->cause != MP_OBJ_NULL && native->cause != mp_const_none;
        if (cause) {
            next = native->cause;
        } else if (native->context != MP_OBJ_NULL && !native->suppress_context) {
            next = native->context;
        } else {
            break;
        }
        if (!mp_obj_is_exception_instance(next)) {
            break;
        }
        bool seen = false;
        for (size_t i = 0; i < n; i++) {
            seen |= chain[i] == next;
        }
        if (seen) {
            break;
        }
        chain[n] = next;
        by_cause[n++] = cause;
    }
    for (size_t i = n; i-- > 0;) {
        print_one_exception(print, chain[i]);
        if (i > 0) {
            mp_print_str(print, by_cause[i]
                ? "\nThe above exception was the direct cause of the following exception:\n\n"
                : "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
}

// ---- truth, equality, hashing ----

bool mp_obj_is_true(mp_obj_t arg) {
    if (arg == mp_const_false || arg == mp_const_none) {
        return false;
    } else if (arg == mp_const_true) {
        return true;
    } else if (mp_obj_is_small_int(arg)) {
        return MP_OBJ_SMALL_INT_VALUE(arg) != 0;
    } else if (mp_obj_is_qstr(arg)) {
        return MP_OBJ_QSTR_VALUE(arg) != MP_QSTR_;
    }
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    if (type->unary_op != NULL) {
        mp_obj_t result = type->unary_op(MP_UNARY_OP_BOOL, arg);
        if (result != MP_OBJ_NULL) {
            return result == mp_const_true;
        }
    }
    mp_obj_t len = mp_obj_len_maybe(arg);
    if (len != MP_OBJ_NULL) {
        return len != MP_OBJ_NEW_SMALL_INT(0);
    }
    return true;
}

mp_obj_t mp_obj_equal_not_equal(mp_binary_op_t op, mp_obj_t o1, mp_obj_t o2) {
    bool eq = mp_obj_equal(o1, o2);
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

bool mp_obj_equal(mp_obj_t o1, mp_obj_t o2) {
    if (o1 == o2) {
        // Identity implies equality, except for NaN-like types.
        if (mp_obj_is_obj(o1) && (mp_obj_get_type(o1)->flags & MP_TYPE_FLAG_EQ_NOT_REFLEXIVE)) {
            // fall through to the type's own comparison
        } else {
            return true;
        }
    }
    if (mp_obj_is_small_int(o1) && mp_obj_is_small_int(o2)) {
        return false;
    }
    if (mp_obj_is_qstr(o1) && mp_obj_is_qstr(o2)) {
        return false;
    }
    if (mp_obj_is_str(o1) && mp_obj_is_str(o2)) {
        return mp_obj_str_equal(o1, o2);
    }
    mp_obj_t r = mp_binary_op(MP_BINARY_OP_EQUAL, o1, o2);
    return r == mp_const_true || (r != mp_const_false && mp_obj_is_true(r));
}

mp_int_t mp_obj_hash(mp_obj_t o_in) {
    if (mp_obj_is_small_int(o_in)) {
        return mp_small_int_hash(MP_OBJ_SMALL_INT_VALUE(o_in));
    }
    if (mp_obj_is_qstr(o_in)) {
        return (mp_int_t)qstr_hash(MP_OBJ_QSTR_VALUE(o_in));
    }
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (type->unary_op != NULL) {
        mp_obj_t h = type->unary_op(MP_UNARY_OP_HASH, o_in);
        if (h != MP_OBJ_NULL) {
            if (mp_obj_is_small_int(h)) {
                return MP_OBJ_SMALL_INT_VALUE(h);
            }
            return mp_obj_get_int_truncated(h);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unhashable type: '%q'", type->name);
}

mp_obj_t mp_generic_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    if (op == MP_UNARY_OP_HASH) {
        // Identity hash: the address without its always-zero low bits.
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)o_in >> 4));
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_id(mp_obj_t o_in) {
    mp_int_t id = (mp_int_t)o_in;
    if (mp_obj_is_obj(o_in)) {
        return mp_obj_new_int_from_uint((mp_uint_t)o_in);
    }
    return mp_obj_new_int(id);
}

// ---- sequences ----

void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (mp_obj_is_type(o, &mp_type_tuple)) {
        mp_obj_tuple_get(o, len, items);
    } else if (mp_obj_is_type(o, &mp_type_list)) {
        mp_obj_list_get(o, len, items);
    } else {
        mp_obj_t native = mp_obj_get_native(o, &mp_type_tuple);
        if (native != o) {
            mp_obj_tuple_get(native, len, items);
            return;
        }
        native = mp_obj_get_native(o, &mp_type_list);
        if (native != o) {
            mp_obj_list_get(native, len, items);
            return;
        }
        mp_raise_msg_varg(&mp_type_TypeError, "object '%s' isn't a tuple or list", mp_obj_get_type_str(o));
    }
}

void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items) {
    size_t seq_len;
    mp_obj_get_array(o, &seq_len, items);
    if (seq_len != len) {
        mp_raise_msg_varg(&mp_type_ValueError, "requested length %d but object has length %d", (int)len, (int)seq_len);
    }
}

size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (!mp_obj_get_int_maybe(index, &i)) {
        if (mp_obj_is_int(index)) {
            // a bigint: always out of range
            mp_raise_msg_varg(&mp_type_IndexError, "%q index out of range", type->name);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "%q indices must be integers or slices, not %s", type->name, mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += len;
    }
    if (is_slice) {
        if (i < 0) {
            i = 0;
        } else if ((size_t)i > len) {
            i = len;
        }
    } else if (i < 0 || (size_t)i >= len) {
        mp_raise_msg_varg(&mp_type_IndexError, "%q index out of range", type->name);
    }
    return (size_t)i;
}

mp_obj_t mp_obj_len_maybe(mp_obj_t o_in) {
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (type->unary_op != NULL) {
        return type->unary_op(MP_UNARY_OP_LEN, o_in);
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_len(mp_obj_t o_in) {
    mp_obj_t len = mp_obj_len_maybe(o_in);
    if (len == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "object of type '%s' has no len()", mp_obj_get_type_str(o_in));
    }
    return len;
}

mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    if (type->subscr != NULL) {
        mp_obj_t ret = type->subscr(base, index, value);
        if (ret != MP_OBJ_NULL) {
            return ret;
        }
    }
    if (value == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object doesn't support item deletion", mp_obj_get_type_str(base));
    } else if (value == MP_OBJ_SENTINEL) {
        if (mp_obj_is_type(base, &mp_type_type)) {
            // C[x] calls the class's __class_getitem__ (an implicit classmethod, PEP 560);
            // without one, generic alias syntax (list[int]) in annotations gives the class itself.
            mp_obj_t dest[3];
            mp_load_method_maybe(base, MP_QSTR___class_getitem__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                if (dest[1] == MP_OBJ_NULL) {
                    dest[1] = base;
                }
                dest[2] = index;
                return mp_call_method_n_kw(1, 0, dest);
            }
            return base;
        }
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object isn't subscriptable", mp_obj_get_type_str(base));
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object doesn't support item assignment", mp_obj_get_type_str(base));
    }
}
