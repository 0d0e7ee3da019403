// py/runtime.c: the operations the VM and the built-in types share: names, operators with
// reflection, calls, attributes with binding, iteration, unpacking, argument checking, raising.
//
// Conventions (see py/obj.h for the slot protocols):
//   - a slot returning MP_OBJ_NULL means "not supported here"; this file then tries the next
//     candidate (reflected operand, generic fallback) and finally raises TypeError;
//   - messages follow MicroPython where its tooling looks at them, CPython otherwise.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <alloca.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mpthread.h"

mp_state_t mp_state;

const uint16_t mp_unary_op_method_name[MP_UNARY_OP_NUM_RUNTIME] = {
    [MP_UNARY_OP_POSITIVE] = MP_QSTR___pos__,
    [MP_UNARY_OP_NEGATIVE] = MP_QSTR___neg__,
    [MP_UNARY_OP_INVERT] = MP_QSTR___invert__,
    [MP_UNARY_OP_NOT] = MP_QSTRnull,
    [MP_UNARY_OP_BOOL] = MP_QSTR___bool__,
    [MP_UNARY_OP_LEN] = MP_QSTR___len__,
    [MP_UNARY_OP_HASH] = MP_QSTR___hash__,
    [MP_UNARY_OP_ABS] = MP_QSTR___abs__,
    [MP_UNARY_OP_INT] = MP_QSTR___int__,
    [MP_UNARY_OP_FLOAT] = MP_QSTR___float__,
    [MP_UNARY_OP_INDEX] = MP_QSTR___index__,
    [MP_UNARY_OP_SIZEOF] = MP_QSTR___sizeof__,
};

const uint16_t mp_binary_op_method_name[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = MP_QSTR___lt__,
    [MP_BINARY_OP_MORE] = MP_QSTR___gt__,
    [MP_BINARY_OP_EQUAL] = MP_QSTR___eq__,
    [MP_BINARY_OP_LESS_EQUAL] = MP_QSTR___le__,
    [MP_BINARY_OP_MORE_EQUAL] = MP_QSTR___ge__,
    [MP_BINARY_OP_NOT_EQUAL] = MP_QSTR___ne__,
    [MP_BINARY_OP_IN] = MP_QSTR___contains__,
    [MP_BINARY_OP_INPLACE_OR] = MP_QSTR___ior__,
    [MP_BINARY_OP_INPLACE_XOR] = MP_QSTR___ixor__,
    [MP_BINARY_OP_INPLACE_AND] = MP_QSTR___iand__,
    [MP_BINARY_OP_INPLACE_LSHIFT] = MP_QSTR___ilshift__,
    [MP_BINARY_OP_INPLACE_RSHIFT] = MP_QSTR___irshift__,
    [MP_BINARY_OP_INPLACE_ADD] = MP_QSTR___iadd__,
    [MP_BINARY_OP_INPLACE_SUBTRACT] = MP_QSTR___isub__,
    [MP_BINARY_OP_INPLACE_MULTIPLY] = MP_QSTR___imul__,
    [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = MP_QSTR___imatmul__,
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = MP_QSTR___ifloordiv__,
    [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = MP_QSTR___itruediv__,
    [MP_BINARY_OP_INPLACE_MODULO] = MP_QSTR___imod__,
    [MP_BINARY_OP_INPLACE_POWER] = MP_QSTR___ipow__,
    [MP_BINARY_OP_OR] = MP_QSTR___or__,
    [MP_BINARY_OP_XOR] = MP_QSTR___xor__,
    [MP_BINARY_OP_AND] = MP_QSTR___and__,
    [MP_BINARY_OP_LSHIFT] = MP_QSTR___lshift__,
    [MP_BINARY_OP_RSHIFT] = MP_QSTR___rshift__,
    [MP_BINARY_OP_ADD] = MP_QSTR___add__,
    [MP_BINARY_OP_SUBTRACT] = MP_QSTR___sub__,
    [MP_BINARY_OP_MULTIPLY] = MP_QSTR___mul__,
    [MP_BINARY_OP_MAT_MULTIPLY] = MP_QSTR___matmul__,
    [MP_BINARY_OP_FLOOR_DIVIDE] = MP_QSTR___floordiv__,
    [MP_BINARY_OP_TRUE_DIVIDE] = MP_QSTR___truediv__,
    [MP_BINARY_OP_MODULO] = MP_QSTR___mod__,
    [MP_BINARY_OP_POWER] = MP_QSTR___pow__,
    [MP_BINARY_OP_DIVMOD] = MP_QSTR___divmod__,
    [MP_BINARY_OP_CONTAINS] = MP_QSTR___contains__,
    [MP_BINARY_OP_REVERSE_OR] = MP_QSTR___ror__,
    [MP_BINARY_OP_REVERSE_XOR] = MP_QSTR___rxor__,
    [MP_BINARY_OP_REVERSE_AND] = MP_QSTR___rand__,
    [MP_BINARY_OP_REVERSE_LSHIFT] = MP_QSTR___rlshift__,
    [MP_BINARY_OP_REVERSE_RSHIFT] = MP_QSTR___rrshift__,
    [MP_BINARY_OP_REVERSE_ADD] = MP_QSTR___radd__,
    [MP_BINARY_OP_REVERSE_SUBTRACT] = MP_QSTR___rsub__,
    [MP_BINARY_OP_REVERSE_MULTIPLY] = MP_QSTR___rmul__,
    [MP_BINARY_OP_REVERSE_MAT_MULTIPLY] = MP_QSTR___rmatmul__,
    [MP_BINARY_OP_REVERSE_FLOOR_DIVIDE] = MP_QSTR___rfloordiv__,
    [MP_BINARY_OP_REVERSE_TRUE_DIVIDE] = MP_QSTR___rtruediv__,
    [MP_BINARY_OP_REVERSE_MODULO] = MP_QSTR___rmod__,
    [MP_BINARY_OP_REVERSE_POWER] = MP_QSTR___rpow__,
    [MP_BINARY_OP_REVERSE_DIVMOD] = MP_QSTR___rdivmod__,
};

// Operator symbols for CPython-style messages.
static const char *const binary_op_symbol[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = "<", [MP_BINARY_OP_MORE] = ">", [MP_BINARY_OP_EQUAL] = "==",
    [MP_BINARY_OP_LESS_EQUAL] = "<=", [MP_BINARY_OP_MORE_EQUAL] = ">=", [MP_BINARY_OP_NOT_EQUAL] = "!=",
    [MP_BINARY_OP_OR] = "|", [MP_BINARY_OP_XOR] = "^", [MP_BINARY_OP_AND] = "&",
    [MP_BINARY_OP_LSHIFT] = "<<", [MP_BINARY_OP_RSHIFT] = ">>", [MP_BINARY_OP_ADD] = "+",
    [MP_BINARY_OP_SUBTRACT] = "-", [MP_BINARY_OP_MULTIPLY] = "*", [MP_BINARY_OP_MAT_MULTIPLY] = "@",
    [MP_BINARY_OP_FLOOR_DIVIDE] = "//", [MP_BINARY_OP_TRUE_DIVIDE] = "/", [MP_BINARY_OP_MODULO] = "%",
    [MP_BINARY_OP_POWER] = "** or pow()", [MP_BINARY_OP_DIVMOD] = "divmod()",
    [MP_BINARY_OP_INPLACE_OR] = "|=", [MP_BINARY_OP_INPLACE_XOR] = "^=", [MP_BINARY_OP_INPLACE_AND] = "&=",
    [MP_BINARY_OP_INPLACE_LSHIFT] = "<<=", [MP_BINARY_OP_INPLACE_RSHIFT] = ">>=", [MP_BINARY_OP_INPLACE_ADD] = "+=",
    [MP_BINARY_OP_INPLACE_SUBTRACT] = "-=", [MP_BINARY_OP_INPLACE_MULTIPLY] = "*=", [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=", [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=", [MP_BINARY_OP_INPLACE_MODULO] = "%=",
    [MP_BINARY_OP_INPLACE_POWER] = "**=",
};

// ---- init ----

void mp_init(void) {
    qstr_init();
    // Clear the roots, but keep what the port set up before (stack bounds, options): the GC
    // may run during init and needs the stack bounds.
    memset(&mp_state.root_start, 0, (char *)&mp_state.root_end - (char *)&mp_state.root_start);
    mp_state.loaded_modules = mp_obj_new_dict(16);
    mp_state.sys_path = mp_obj_new_list(0, NULL);
    mp_state.sys_argv = mp_obj_new_list(0, NULL);
    mp_state.memory_error_obj = mp_obj_new_exception_msg(&mp_type_MemoryError, "memory allocation failed");
    mp_state.memory_error_args = MP_OBJ_FROM_PTR(mp_obj_exception_get_native(mp_state.memory_error_obj)->args);
    mp_state.keyboard_interrupt_obj = mp_obj_new_exception(&mp_type_KeyboardInterrupt);
    // Raised when the heap is full or locked: their tracebacks must not need the heap (the
    // innermost frames are kept when more are crossed).
    mp_obj_exception_reserve_traceback(mp_state.memory_error_obj, 16);
    mp_obj_exception_reserve_traceback(mp_state.keyboard_interrupt_obj, 16);
    // Builtins: a hashed copy of the ROM table so that lookups are O(1). Sized for the table
    // and __debug__ only: the hashed table is a power of two, and at 127 ROM entries one more
    // doubles it (6 KiB, which -X heapsize=10k cannot spare); builtins.x = v grows it on demand.
    const mp_map_t *rom = &mp_builtins_dict.map;
    mp_obj_t d = mp_obj_new_dict(rom->used + 1);
    for (size_t i = 0; i < rom->used; i++) {
        mp_obj_dict_store(d, rom->table[i].key, rom->table[i].value);
    }
    mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(MP_QSTR___debug__), mp_obj_new_bool(mp_state.opt_level == 0));
    mp_state.dict_builtins = MP_OBJ_TO_PTR(d);
    mp_obj_t main = mp_obj_new_dict(8);
    mp_obj_dict_store(main, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR___main__));
    mp_state.dict_main = MP_OBJ_TO_PTR(main);
    mp_map_watch_builtins(&mp_state.dict_main->map);
    mp_state.dict_globals = mp_state.dict_main;
    mp_state.dict_locals = mp_state.dict_main;
    mp_register_main_module();
}

// sys.modules['__main__']: a module whose globals are the running script's (dict_main), so
// that `import __main__` (unittest.main() does it) reaches the script's names.
void mp_register_main_module(void) {
    mp_obj_module_t *m = m_new_obj(mp_obj_module_t);
    m->base.type = &mp_type_module;
    m->globals = mp_state.dict_main;
    mp_obj_dict_store(mp_state.loaded_modules, MP_OBJ_NEW_QSTR(MP_QSTR___main__), MP_OBJ_FROM_PTR(m));
}

void mp_deinit(void) {
}

// ---- stack ----

void mp_stack_set_top(void *top) {
    mp_state.stack_top = top;
}

void mp_stack_set_limit(size_t bytes) {
    mp_state.stack_limit_bytes = bytes;
    mp_state.stack_limit = mp_state.stack_top - bytes;
}

size_t mp_stack_usage(void) {
    char dummy;
    return mp_state.stack_top - &dummy;
}

void mp_raise_recursion_depth(void) {
    mp_raise_msg(&mp_type_RuntimeError, "maximum recursion depth exceeded");
}

// ---- raising ----

void nlr_raise(mp_obj_t exc) {
    if (mp_obj_is_type(exc, &mp_type_type)) {
        exc = mp_call_function_0(exc);
    }
    nlr_jump(MP_OBJ_TO_PTR(exc));
}

void mp_raise_msg(const mp_obj_type_t *exc_type, const char *msg) {
    if (msg == NULL) {
        nlr_raise(mp_obj_new_exception(exc_type));
    }
    nlr_raise(mp_obj_new_exception_msg(exc_type, msg));
}

void mp_raise_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
    nlr_raise(mp_obj_new_exception_arg1(exc_type, mp_obj_new_str_from_vstr(&vstr)));
}

void mp_raise_ValueError(const char *msg) {
    mp_raise_msg(&mp_type_ValueError, msg);
}

void mp_raise_TypeError(const char *msg) {
    mp_raise_msg(&mp_type_TypeError, msg);
}

void mp_raise_NotImplementedError(const char *msg) {
    mp_raise_msg(&mp_type_NotImplementedError, msg);
}

// MicroPython's form: args are (errno,) and it prints "OSError: [Errno 2] ENOENT"; the type is
// the CPython subclass for the errno (FileNotFoundError, ...), so ported scripts still catch it.
void mp_raise_OSError(int errno_) {
    mp_obj_t arg = MP_OBJ_NEW_SMALL_INT(errno_);
    nlr_raise(mp_obj_new_exception_args(mp_obj_oserror_type(errno_), 1, &arg));
}

// As mp_raise_OSError; the file name is kept as the attribute `filename`, not in args.
void mp_raise_OSError_with_filename(int errno_, const char *filename) {
    mp_obj_t arg = MP_OBJ_NEW_SMALL_INT(errno_);
    mp_obj_t exc = mp_obj_new_exception_args(mp_obj_oserror_type(errno_), 1, &arg);
    mp_store_attr(exc, MP_QSTR_filename, mp_obj_new_str(filename, strlen(filename)));
    nlr_raise(exc);
}

void mp_raise_StopIteration(mp_obj_t arg) {
    if (arg == MP_OBJ_NULL) {
        nlr_raise(mp_obj_new_exception(&mp_type_StopIteration));
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, arg));
}

void mp_raise_type(const mp_obj_type_t *exc_type) {
    nlr_raise(mp_obj_new_exception(exc_type));
}

// ---- arguments ----

void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        mp_raise_TypeError("function doesn't take keyword arguments");
    }
    if (n_args_min == n_args_max) {
        if (n_args != n_args_min) {
            mp_raise_msg_varg(&mp_type_TypeError, "function takes %d positional arguments but %d were given", (int)n_args_min, (int)n_args);
        }
    } else if (n_args < n_args_min) {
        mp_raise_msg_varg(&mp_type_TypeError, "function missing %d required positional arguments", (int)(n_args_min - n_args));
    } else if (n_args > n_args_max) {
        mp_raise_msg_varg(&mp_type_TypeError, "function expected at most %d arguments, got %d", (int)n_args_max, (int)n_args);
    }
}

void mp_arg_error_terse_mismatch(void) {
    mp_raise_TypeError("argument num/types mismatch");
}

void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    size_t pos_found = 0, kws_found = 0;
    for (size_t i = 0; i < n_allowed; i++) {
        mp_obj_t given_arg;
        if (i < n_pos) {
            if (allowed[i].flags & MP_ARG_KW_ONLY) {
                goto extra_positional;
            }
            pos_found++;
            given_arg = pos[i];
        } else {
            mp_map_elem_t *kw = kws ? mp_map_lookup(kws, MP_OBJ_NEW_QSTR(allowed[i].qst), MP_MAP_LOOKUP) : NULL;
            if (kw == NULL) {
                if (allowed[i].flags & MP_ARG_REQUIRED) {
                    mp_raise_msg_varg(&mp_type_TypeError, "'%q' argument required", (qstr)allowed[i].qst);
                }
                out_vals[i] = allowed[i].defval;
                continue;
            }
            kws_found++;
            given_arg = kw->value;
        }
        switch (allowed[i].flags & MP_ARG_KIND_MASK) {
            case MP_ARG_BOOL:
                out_vals[i].u_bool = mp_obj_is_true(given_arg);
                break;
            case MP_ARG_INT:
                out_vals[i].u_int = mp_obj_get_int(given_arg);
                break;
            default:
                out_vals[i].u_obj = given_arg;
                break;
        }
    }
    if (pos_found < n_pos) {
    extra_positional:
        mp_raise_msg_varg(&mp_type_TypeError, "function takes %d positional arguments but %d were given", (int)pos_found, (int)n_pos);
    }
    if (kws && kws_found < mp_map_len(kws)) {
        // Name the first unexpected keyword.
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(kws, &cur)) != NULL) {
            bool ok = false;
            for (size_t i = 0; i < n_allowed; i++) {
                if (mp_obj_is_qstr(e->key) && MP_OBJ_QSTR_VALUE(e->key) == allowed[i].qst) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                mp_raise_msg_varg(&mp_type_TypeError, "unexpected keyword argument '%q'", mp_obj_str_get_qstr(e->key));
            }
        }
        mp_raise_TypeError("function got multiple values for an argument");
    }
}

void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    mp_map_t kw_args;
    mp_map_init_from_kw_args(&kw_args, n_kw, args + n_pos);
    mp_arg_parse_all(n_pos, args, &kw_args, n_allowed, allowed, out_vals);
}

void mp_map_init_from_kw_args(mp_map_t *map, size_t n_kw, const mp_obj_t *kw_args) {
    mp_map_init(map, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = kw_args[2 * i];
        if (mp_obj_is_type(key, &mp_type_str)) {
            key = mp_obj_str_intern(key);
        }
        mp_map_lookup(map, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = kw_args[2 * i + 1];
    }
}

// ---- names ----

mp_obj_t mp_builtins_lookup(qstr qst) {
    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_builtins->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP);
    return e ? e->value : MP_OBJ_NULL;
}

NORETURN void mp_raise_name_error(qstr qst) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_NameError, "name '%q' isn't defined", qst);
    mp_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(qst)); // NameError.name (CPython 3.10)
    nlr_raise(exc);
}

// AttributeError with CPython 3.10's name and obj attributes.
static NORETURN void raise_attribute_error(mp_obj_t obj, qstr attr, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(&mp_type_AttributeError, fmt, ap);
    va_end(ap);
    mp_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(attr));
    mp_store_attr(exc, MP_QSTR_obj, obj);
    nlr_raise(exc);
}

mp_obj_t mp_load_global(qstr qst) {
    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_globals->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    mp_obj_t v = mp_builtins_lookup(qst);
    if (v == MP_OBJ_NULL) {
        mp_raise_name_error(qst);
    }
    return v;
}

mp_obj_t mp_load_name(qstr qst) {
    if (mp_state.dict_locals != mp_state.dict_globals) {
        mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_locals->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return mp_load_global(qst);
}

mp_obj_t mp_load_build_class(void) {
    return mp_builtins_lookup(MP_QSTR___build_class__);
}

void mp_store_name(qstr qst, mp_obj_t obj) {
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_locals), MP_OBJ_NEW_QSTR(qst), obj);
}

void mp_store_global(qstr qst, mp_obj_t obj) {
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_globals), MP_OBJ_NEW_QSTR(qst), obj);
}

void mp_delete_name(qstr qst) {
    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_locals->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        mp_raise_name_error(qst);
    }
}

void mp_delete_global(qstr qst) {
    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_globals->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        mp_raise_name_error(qst);
    }
}

// ---- operators ----

mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg) {
    if (op == MP_UNARY_OP_NOT) {
        return mp_obj_new_bool(!mp_obj_is_true(arg));
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_obj_new_bool(mp_obj_is_true(arg));
    }
    if (mp_obj_is_small_int(arg)) {
        return mp_obj_int_unary_op(op, arg);
    }
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    if (type->unary_op != NULL) {
        mp_obj_t result = type->unary_op(op, arg);
        if (result != MP_OBJ_NULL) {
            return result;
        }
    }
    switch (op) {
        case MP_UNARY_OP_HASH:
            mp_raise_msg_varg(&mp_type_TypeError, "unhashable type: '%q'", type->name);
        case MP_UNARY_OP_LEN:
            mp_raise_msg_varg(&mp_type_TypeError, "object of type '%q' has no len()", type->name);
        case MP_UNARY_OP_INT:
            mp_raise_msg_varg(&mp_type_TypeError, "can't convert %q to int", type->name);
        case MP_UNARY_OP_INDEX:
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' object cannot be interpreted as an integer", type->name);
        case MP_UNARY_OP_FLOAT:
            mp_raise_msg_varg(&mp_type_TypeError, "can't convert %q to float", type->name);
        default: {
            if (op == MP_UNARY_OP_ABS) {
                mp_raise_msg_varg(&mp_type_TypeError, "bad operand type for abs(): '%q'", type->name);
            }
            const char *sym = op == MP_UNARY_OP_NEGATIVE ? "-" : op == MP_UNARY_OP_POSITIVE ? "+" : "~";
            mp_raise_msg_varg(&mp_type_TypeError, "bad operand type for unary %s: '%q'", sym, type->name);
        }
    }
}

static mp_obj_t binary_op_try(const mp_obj_type_t *type, mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    if (type->binary_op == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t r = type->binary_op(op, a, b);
    if (r == mp_const_notimplemented) {
        return MP_OBJ_NULL;
    }
    return r;
}

static bool is_builtin_sequence(const mp_obj_type_t *t) {
    return t == &mp_type_list || t == &mp_type_tuple || t == &mp_type_str || t == &mp_type_bytes
           || t == &mp_type_bytearray || t == &mp_type_array;
}

static NORETURN void binary_op_unsupported(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    bool mul = op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY;
    bool lseq = is_builtin_sequence(mp_obj_get_type(lhs)), rseq = is_builtin_sequence(mp_obj_get_type(rhs));
    if (mul && lseq != rseq) {
        mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'", mp_obj_get_type_str(lseq ? rhs : lhs));
    }
    if (op < MP_BINARY_OP_NUM && binary_op_symbol[op] != NULL && op <= MP_BINARY_OP_NOT_EQUAL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
            binary_op_symbol[op], mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
        (op < MP_BINARY_OP_NUM && binary_op_symbol[op]) ? binary_op_symbol[op] : "op",
        mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs));
}

static mp_obj_t exception_match_op(mp_obj_t lhs, mp_obj_t rhs) {
    if (mp_obj_is_type(rhs, &mp_type_tuple)) {
        mp_stack_check(); // except ((((E,),),),): tuples may nest arbitrarily deep (.mpy code)
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(rhs, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (exception_match_op(lhs, items[i]) == mp_const_true) {
                return mp_const_true;
            }
        }
        return mp_const_false;
    }
    rhs = mp_obj_get_native(rhs, &mp_type_type); // (an exception class made by a user metaclass)
    if (!mp_obj_is_exception_type(rhs)) {
        mp_raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
    return mp_obj_new_bool(mp_obj_exception_match(lhs, rhs));
}

mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_IS:
            return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_IS_NOT:
            return mp_obj_new_bool(lhs != rhs);
        case MP_BINARY_OP_EXCEPTION_MATCH:
            return exception_match_op(lhs, rhs);
        case MP_BINARY_OP_IN:
        case MP_BINARY_OP_NOT_IN: {
            // `lhs in rhs`: ask the container, else iterate it.
            const mp_obj_type_t *ct = mp_obj_get_type(rhs);
            mp_obj_t r = binary_op_try(ct, MP_BINARY_OP_CONTAINS, rhs, lhs);
            if (r == MP_OBJ_NULL) {
                if (ct->getiter == NULL && ct->subscr == NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "argument of type '%q' is not iterable", ct->name);
                }
                mp_obj_t iter = mp_getiter(rhs);
                mp_obj_t item;
                r = mp_const_false;
                while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
                    if (mp_obj_equal(item, lhs)) {
                        r = mp_const_true;
                        break;
                    }
                }
            } else {
                r = mp_obj_new_bool(mp_obj_is_true(r));
            }
            if (op == MP_BINARY_OP_NOT_IN) {
                r = mp_obj_new_bool(r == mp_const_false);
            }
            return r;
        }
        default:
            break;
    }

    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        mp_obj_t r = mp_obj_int_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
        // not an int operation (`1 @ 2`): the generic path below raises the TypeError
    }

    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);

    if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
        if (lhs == rhs && !(lt->flags & MP_TYPE_FLAG_EQ_NOT_REFLEXIVE)) {
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL);
        }
        // a subclass on the right asks first (1 == MyInt(1) calls MyInt.__eq__, as CPython)
        bool rhs_first = rt != lt && (rt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_is_subclass(rt, lt);
        mp_obj_t r = rhs_first ? binary_op_try(rt, op, rhs, lhs) : MP_OBJ_NULL;
        if (r == MP_OBJ_NULL) {
            r = binary_op_try(lt, op, lhs, rhs);
        }
        if (r == MP_OBJ_NULL && rt != lt && !rhs_first) {
            r = binary_op_try(rt, op, rhs, lhs);
        }
        if (r == MP_OBJ_NULL && op == MP_BINARY_OP_NOT_EQUAL) {
            r = binary_op_try(lt, MP_BINARY_OP_EQUAL, lhs, rhs);
            if (r == MP_OBJ_NULL && rt != lt) {
                r = binary_op_try(rt, MP_BINARY_OP_EQUAL, rhs, lhs);
            }
            if (r != MP_OBJ_NULL) {
                return mp_obj_new_bool(!mp_obj_is_true(r));
            }
        }
        if (r == MP_OBJ_NULL) {
            bool same = lhs == rhs;
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? same : !same);
        }
        return r;
    }

    // a op= b: a's in-place method, else a = a op b (messages still name the in-place operator)
    mp_binary_op_t report_op = op;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        mp_obj_t r = binary_op_try(lt, op, lhs, rhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
        op -= MP_BINARY_OP_INPLACE_OFFSET;
    }

    // A subclass on the right that overrides the reflected method goes first (as CPython).
    bool rhs_first = false;
    mp_binary_op_t rop = MP_BINARY_OP_NUM;
    if (op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_POWER) {
        rop = op + MP_BINARY_OP_REVERSE_OFFSET;
    } else if (op == MP_BINARY_OP_LESS) {
        rop = MP_BINARY_OP_MORE;
    } else if (op == MP_BINARY_OP_MORE) {
        rop = MP_BINARY_OP_LESS;
    } else if (op == MP_BINARY_OP_LESS_EQUAL) {
        rop = MP_BINARY_OP_MORE_EQUAL;
    } else if (op == MP_BINARY_OP_MORE_EQUAL) {
        rop = MP_BINARY_OP_LESS_EQUAL;
    } else if (op == MP_BINARY_OP_DIVMOD && (rt->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // only user classes see the reflected divmod: built-in binary_op slots do it themselves
        rop = MP_BINARY_OP_REVERSE_DIVMOD;
    }
    if (rop != MP_BINARY_OP_NUM && rt != lt && (rt->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_is_subclass(rt, lt)) {
        rhs_first = true;
        mp_obj_t r = binary_op_try(rt, rop, rhs, lhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }

    mp_obj_t r = binary_op_try(lt, op, lhs, rhs);
    if (r != MP_OBJ_NULL) {
        return r;
    }
    if (rop != MP_BINARY_OP_NUM && !rhs_first) {
        if (op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_POWER && rt == lt) {
            // same type: no reflected attempt (A() + A() never calls A.__radd__, as CPython);
            // comparisons do try the reflection (A() < A() asks the right's __gt__)
        } else {
            r = binary_op_try(rt, rop, rhs, lhs);
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
    }
    if (op == MP_BINARY_OP_MULTIPLY) {
        // sequence repetition (a *= n too: in-place ops became plain ones above) by an object with __index__ (after its reflected method failed)
        if (is_builtin_sequence(lt) && (rt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_type_lookup(rt, MP_QSTR___index__) != MP_OBJ_NULL) {
            return mp_binary_op(op, lhs, mp_unary_op(MP_UNARY_OP_INDEX, rhs));
        }
        if (is_builtin_sequence(rt) && (lt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_type_lookup(lt, MP_QSTR___index__) != MP_OBJ_NULL) {
            return mp_binary_op(op, mp_unary_op(MP_UNARY_OP_INDEX, lhs), rhs);
        }
    }
    binary_op_unsupported(report_op, lhs, rhs);
}

// ---- calls ----

mp_obj_t mp_obj_kwarg_key(mp_obj_t key) {
    if (mp_obj_is_str(key)) {
        return key;
    }
    if (!mp_obj_isinstance(key, &mp_type_str)) {
        mp_raise_TypeError("keywords must be strings");
    }
    return mp_obj_str_intern(key); // an instance of a str subclass: its text
}

mp_obj_t mp_call_function_0(mp_obj_t fun) {
    // a valid (unused) args pointer: callees may memcpy zero items from it
    return mp_call_function_n_kw(fun, 0, 0, &fun);
}

mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg) {
    return mp_call_function_n_kw(fun, 1, 0, &arg);
}

mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2) {
    mp_obj_t args[2] = {arg1, arg2};
    return mp_call_function_n_kw(fun, 2, 0, args);
}

mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *type = mp_obj_get_type(fun);
    if (type->call != NULL) {
        return type->call(fun, n_args, n_kw, args);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't callable", type->name);
}

mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (args[1] == MP_OBJ_NULL) {
        return mp_call_function_n_kw(args[0], n_args, n_kw, args + 2);
    }
    return mp_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
}

mp_obj_t mp_call_function_star(mp_obj_t fun, size_t n_args, const mp_obj_t *args, mp_obj_t pos_seq, mp_obj_t kw_dict) {
    // Gather positional args.
    size_t n_pos = n_args;
    size_t alloc = n_args + 8;
    mp_obj_t *buf = m_new(mp_obj_t, alloc);
    if (n_args > 0) {
        memcpy(buf, args, n_args * sizeof(mp_obj_t));
    }
    if (pos_seq != MP_OBJ_NULL && pos_seq != mp_const_none) {
        if (mp_obj_is_type(pos_seq, &mp_type_tuple) || mp_obj_is_type(pos_seq, &mp_type_list)) {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(pos_seq, &n, &items);
            if (n_pos + n > alloc) {
                buf = m_renew(mp_obj_t, buf, alloc, n_pos + n + 8);
                alloc = n_pos + n + 8;
            }
            memcpy(buf + n_pos, items, n * sizeof(mp_obj_t));
            n_pos += n;
        } else {
            mp_obj_t iter = mp_getiter(pos_seq);
            mp_obj_t item;
            while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
                if (n_pos >= alloc) {
                    buf = m_renew(mp_obj_t, buf, alloc, alloc * 2);
                    alloc *= 2;
                }
                buf[n_pos++] = item;
            }
        }
    }
    size_t n_kw = 0;
    if (kw_dict != MP_OBJ_NULL && kw_dict != mp_const_none) {
        if (!mp_obj_is_type(kw_dict, &mp_type_dict) && !mp_obj_isinstance(kw_dict, &mp_type_dict)) {
            mp_raise_TypeError("argument after ** must be a mapping");
        }
        mp_obj_t d = mp_obj_get_native(kw_dict, &mp_type_dict);
        mp_map_t *map = mp_obj_dict_get_map(d);
        size_t need = n_pos + 2 * mp_map_len(map);
        if (need > alloc) {
            buf = m_renew(mp_obj_t, buf, alloc, need);
            alloc = need;
        }
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(map, &cur)) != NULL) {
            buf[n_pos + 2 * n_kw] = mp_obj_kwarg_key(e->key);
            buf[n_pos + 2 * n_kw + 1] = e->value;
            n_kw++;
        }
    }
    mp_obj_t res = mp_call_function_n_kw(fun, n_pos, n_kw, buf);
    m_del(mp_obj_t, buf, alloc);
    return res;
}

// ---- attributes ----

// Finds `attr` in the locals dicts along a built-in type's parent chain.
static mp_obj_t builtin_type_lookup(const mp_obj_type_t *type, qstr attr) {
    for (; type != NULL; type = type->parent) {
        if (type->locals_dict != NULL) {
            mp_map_elem_t *e = mp_map_lookup(&type->locals_dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            if (e != NULL) {
                return e->value;
            }
        }
        if (type->mro != NULL) {
            return mp_obj_type_lookup(type, attr);
        }
    }
    return MP_OBJ_NULL;
}

// As builtin_type_lookup, then the type's operator methods (__add__ ... from its slots).
static mp_obj_t builtin_type_lookup_ops(const mp_obj_type_t *type, qstr attr) {
    mp_obj_t m = builtin_type_lookup(type, attr);
    if (m == MP_OBJ_NULL) {
        m = mp_obj_type_native_op_lookup(type, attr);
    }
    if (m == MP_OBJ_NULL && (attr == MP_QSTR___str__ || attr == MP_QSTR___repr__)) {
        // object's versions print built-in objects with their own printer
        m = mp_obj_type_lookup(&mp_type_object, attr);
    }
    return m;
}

void mp_convert_member_lookup(mp_obj_t self, const mp_obj_type_t *type, mp_obj_t member, mp_obj_t *dest) {
    if (mp_obj_is_obj(member)) {
        const mp_obj_type_t *mt = ((mp_obj_base_t *)MP_OBJ_TO_PTR(member))->type;
        if (mt == &mp_type_staticmethod) {
            dest[0] = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun;
            return;
        }
        if (mt == &mp_type_classmethod) {
            dest[0] = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun;
            // (cls is the class's public face: a metaclass instance when a user metaclass made it)
            dest[1] = mp_obj_type_public(mp_obj_is_type(self, &mp_type_type) ? MP_OBJ_TO_PTR(self) : type);
            return;
        }
        if (mt == &mp_type_property) {
            if (self == MP_OBJ_NULL || mp_obj_is_type(self, &mp_type_type)) {
                dest[0] = member;
                return;
            }
            mp_obj_t fget = ((mp_obj_t *)MP_OBJ_TO_PTR(member))[1];
            if (fget == mp_const_none || fget == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_AttributeError, "unreadable attribute");
            }
            dest[0] = mp_call_function_1(fget, self);
            return;
        }
        if ((mt->flags & MP_TYPE_FLAG_BINDS_SELF) && self != MP_OBJ_NULL && !mp_obj_is_type(self, &mp_type_type)) {
            dest[0] = member;
            dest[1] = self;
            return;
        }
        if (mt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
            // A user descriptor: call its __get__ if it has one.
            mp_obj_t get = mp_obj_type_lookup(mt, MP_QSTR___get__);
            if (get != MP_OBJ_NULL) {
                bool is_class = self == MP_OBJ_NULL || mp_obj_is_type(self, &mp_type_type);
                mp_obj_t args[3] = {member, is_class ? mp_const_none : self, is_class && self != MP_OBJ_NULL ? self : MP_OBJ_FROM_PTR(type)};
                dest[0] = mp_call_function_n_kw(get, 3, 0, args);
                return;
            }
        }
    }
    dest[0] = member;
}

void mp_load_method_maybe(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    dest[0] = MP_OBJ_NULL;
    dest[1] = MP_OBJ_NULL;
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (attr == MP_QSTR___class__) {
        dest[0] = mp_obj_type_public(type);
        return;
    }
    if (type->attr != NULL) {
        type->attr(obj, attr, dest);
        if (dest[0] != MP_OBJ_NULL || (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || mp_obj_is_type(obj, &mp_type_type)) {
            return;
        }
    }
    mp_obj_t member = builtin_type_lookup_ops(type, attr);
    if (member != MP_OBJ_NULL) {
        mp_convert_member_lookup(obj, type, member, dest);
        return;
    }
    if (attr == MP_QSTR___next__ && type->iternext != NULL) {
        extern const mp_obj_fun_builtin_var_t mp_builtin_next_obj;
        dest[0] = MP_OBJ_FROM_PTR(&mp_builtin_next_obj);
        dest[1] = obj;
    } else if (attr == MP_QSTR___iter__ && type->getiter != NULL) {
        extern const mp_obj_fun_builtin_fixed_t mp_builtin_iter_obj;
        dest[0] = MP_OBJ_FROM_PTR(&mp_builtin_iter_obj);
        dest[1] = obj;
    }
}

void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest) {
    mp_load_method_maybe(base, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        if (mp_obj_is_type(base, &mp_type_type)) {
            raise_attribute_error(base, attr, "type object '%q' has no attribute '%q'",
                ((mp_obj_type_t *)MP_OBJ_TO_PTR(base))->name, attr);
        } else if (mp_obj_is_type(base, &mp_type_module)) {
            mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(base)->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
            if (e != NULL) {
                raise_attribute_error(base, attr, "module '%s' has no attribute '%q'", mp_obj_str_get_str(e->value), attr);
            }
        }
        raise_attribute_error(base, attr, "'%s' object has no attribute '%q'", mp_obj_get_type_str(base), attr);
    }
}

void mp_load_method_protected(mp_obj_t obj, qstr attr, mp_obj_t *dest, bool catch_all_exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(obj, attr, dest);
        nlr_pop();
    } else {
        if (!catch_all_exc && !mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_AttributeError)) {
            nlr_jump(nlr.ret_val);
        }
        dest[0] = dest[1] = MP_OBJ_NULL;
    }
}

mp_obj_t mp_load_attr(mp_obj_t base, qstr attr) {
    mp_obj_t dest[2];
    mp_load_method(base, attr, dest);
    if (dest[1] == MP_OBJ_NULL) {
        return dest[0];
    }
    return mp_obj_new_bound_meth(dest[0], dest[1]);
}

bool mp_obj_hasattr(mp_obj_t obj, qstr attr) {
    mp_obj_t dest[2];
    mp_load_method_protected(obj, attr, dest, false);
    return dest[0] != MP_OBJ_NULL;
}

void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t value) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    if (type->attr != NULL) {
        mp_obj_t dest[2] = {MP_OBJ_SENTINEL, value};
        type->attr(base, attr, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return;
        }
    }
    if (value == MP_OBJ_NULL && mp_obj_is_type(base, &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_AttributeError, "type object '%q' has no attribute '%q'",
            ((mp_obj_type_t *)MP_OBJ_TO_PTR(base))->name, attr);
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "'%s' object has no attribute '%q'", mp_obj_get_type_str(base), attr);
}

// ---- iteration ----

mp_obj_t mp_getiter(mp_obj_t o_in) {
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (type->getiter != NULL) {
        mp_obj_t it = type->getiter(o_in);
        if (it != MP_OBJ_NULL) {
            return it;
        }
    }
    if (type->subscr != NULL && !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return mp_obj_new_getitem_iter(o_in);
    }
    if (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        if (mp_obj_type_lookup(type, MP_QSTR___getitem__) != MP_OBJ_NULL) {
            return mp_obj_new_getitem_iter(o_in);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't iterable", type->name);
}

mp_obj_t mp_getiter_buf(mp_obj_t o_in, mp_obj_iter_buf_t *buf) {
    if (mp_obj_is_type(o_in, &mp_type_tuple)) {
        return mp_obj_tuple_getiter_buf(o_in, buf);
    }
    if (mp_obj_is_type(o_in, &mp_type_list)) {
        return mp_obj_list_getiter_buf(o_in, buf);
    }
    return mp_getiter(o_in);
}

mp_obj_t mp_iternext(mp_obj_t o_in) {
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    mp_stack_check(); // map(f, map(f, ...)) nests iternext calls as deep as the user likes
    if (type->iternext != NULL) {
        return type->iternext(o_in);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't an iterator", type->name);
}

mp_obj_t mp_iternext_allow_raise(mp_obj_t o_in) {
    mp_state.stop_iteration_arg = MP_OBJ_NULL;
    mp_obj_t r = mp_iternext(o_in);
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_obj_t arg = mp_state.stop_iteration_arg;
        mp_state.stop_iteration_arg = MP_OBJ_NULL;
        mp_raise_StopIteration(arg);
    }
    return r;
}

// ---- unpacking ----

void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items) {
    size_t n;
    mp_obj_t *src;
    if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
        mp_obj_get_array(seq, &n, &src);
        if (n != num) {
            goto bad_len;
        }
        for (size_t i = 0; i < num; i++) {
            items[num - 1 - i] = src[i];
        }
        return;
    }
    mp_obj_t iter = mp_getiter(seq);
    for (n = 0; n < num; n++) {
        mp_obj_t item = mp_iternext(iter);
        if (item == MP_OBJ_STOP_ITERATION) {
            goto bad_len;
        }
        items[num - 1 - n] = item;
    }
    if (mp_iternext(iter) != MP_OBJ_STOP_ITERATION) {
        mp_raise_msg_varg(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)num);
    }
    return;
bad_len:
    if (n < num) {
        mp_raise_msg_varg(&mp_type_ValueError, "not enough values to unpack (expected %d, got %d)", (int)num, (int)n);
    }
    mp_raise_msg_varg(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)num);
}

void mp_unpack_ex(mp_obj_t seq, size_t num_in, mp_obj_t *items) {
    size_t before = num_in & 0xff;
    size_t after = num_in >> 8;
    size_t total = before + 1 + after;
    mp_obj_t list = mp_obj_list_from_iter(seq);
    size_t n;
    mp_obj_t *src;
    mp_obj_list_get(list, &n, &src);
    if (n < before + after) {
        mp_raise_msg_varg(&mp_type_ValueError, "not enough values to unpack (expected at least %d, got %d)", (int)(before + after), (int)n);
    }
    for (size_t i = 0; i < before; i++) {
        items[total - 1 - i] = src[i];
    }
    for (size_t j = 0; j < after; j++) {
        items[after - 1 - j] = src[n - after + j];
    }
    mp_obj_t star = mp_obj_new_list(n - before - after, src + before);
    items[after] = star;
}

// ---- pending events ----

// micropython.schedule's queue: mp_state.schedule_queue is NULL or a list (fun, arg, fun, arg,
// ...), oldest first. Queued callbacks run at the VM's next check point, one at a time and never
// nested: one scheduled from a callback runs after it. mp_state.pending_exception ==
// MP_OBJ_SENTINEL means "no exception, but callbacks are due".
static bool sched_running;

void mp_sched_schedule(mp_obj_t fun, mp_obj_t arg) {
    size_t n = 0;
    mp_obj_t *items;
    if (mp_state.schedule_queue != MP_OBJ_NULL) {
        mp_obj_list_get(mp_state.schedule_queue, &n, &items);
    }
    if (n / 2 >= MP_SCHEDULER_DEPTH) {
        mp_raise_msg(&mp_type_RuntimeError, "schedule queue full");
    }
    if (mp_state.schedule_queue == MP_OBJ_NULL) {
        mp_state.schedule_queue = mp_obj_new_list(0, NULL);
    }
    mp_obj_list_append(mp_state.schedule_queue, fun);
    mp_obj_list_append(mp_state.schedule_queue, arg);
    if (mp_state.pending_exception == MP_OBJ_NULL) {
        mp_state.pending_exception = MP_OBJ_SENTINEL;
    }
}

// Takes the oldest (fun, arg) off the queue; false when it is empty.
static bool sched_pop(mp_obj_t *fun, mp_obj_t *arg) {
    if (mp_state.schedule_queue == MP_OBJ_NULL) {
        return false;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(mp_state.schedule_queue, &n, &items);
    *fun = items[0];
    *arg = items[1];
    mp_state.schedule_queue = n <= 2 ? MP_OBJ_NULL : mp_obj_new_list(n - 2, items + 2);
    return true;
}

void mp_handle_pending(bool raise_exc) {
    #if MICROPY_PY_THREAD
    // Taken atomically: a thread waiting for the GIL may set it at any moment (py/mpthread.h).
    mp_obj_t exc = __atomic_exchange_n(&mp_state.pending_exception, MP_OBJ_NULL, __ATOMIC_SEQ_CST);
    exc = mp_thread_pending_hook(exc);
    #else
    mp_obj_t exc = mp_state.pending_exception;
    mp_state.pending_exception = MP_OBJ_NULL;
    #endif
    if (exc != MP_OBJ_NULL) {
        if (exc != MP_OBJ_SENTINEL && raise_exc) {
            if (mp_state.schedule_queue != MP_OBJ_NULL) {
                mp_state.pending_exception = MP_OBJ_SENTINEL; // the callbacks stay due
            }
            if (exc == mp_state.keyboard_interrupt_obj) {
                mp_obj_exception_clear_traceback(exc);
            }
            nlr_raise(exc);
        }
    }
    if (mp_state.schedule_queue == MP_OBJ_NULL || sched_running) {
        return;
    }
    sched_running = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t fun, arg;
        while (sched_pop(&fun, &arg)) {
            mp_call_function_1(fun, arg);
        }
        nlr_pop();
        sched_running = false;
    } else {
        // A callback raised: the exception goes to the interrupted code, the rest stay due.
        sched_running = false;
        if (mp_state.schedule_queue != MP_OBJ_NULL && mp_state.pending_exception == MP_OBJ_NULL) {
            mp_state.pending_exception = MP_OBJ_SENTINEL;
        }
        nlr_jump(nlr.ret_val);
    }
}

// ---- str/repr ----

mp_obj_t mp_obj_repr(mp_obj_t o) {
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_obj_print_helper(&print, o, PRINT_REPR);
    return mp_obj_new_str_from_vstr(&vstr);
}

mp_obj_t mp_obj_str(mp_obj_t o) {
    if (mp_obj_is_str(o)) {
        return o;
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_obj_print_helper(&print, o, PRINT_STR);
    return mp_obj_new_str_from_vstr(&vstr);
}
