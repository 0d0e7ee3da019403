// py/objexcept.c: BaseException and the built-in exception hierarchy.
//
// An exception instance is mp_obj_exception_t (py/obj.h): the args tuple, a traceback as a
// growable array of (file qstr, line, function qstr) triples appended while the exception
// propagates outwards, and the chaining fields (__cause__, __context__). A user subclass's
// instance is an mp_obj_instance_t whose subobj[0] is such a native exception;
// mp_obj_exception_get_native() reaches it from either form.
#include <string.h>
#include <errno.h>

#include "py/runtime.h"

// An OSError as the system raises it (mp_raise_OSError): a built-in OSError type whose args
// are just (errno,). It prints as MicroPython does, "OSError: [Errno 2] ENOENT", whichever
// subclass (FileNotFoundError, ...) it is an instance of.
static bool exc_is_errno_form(const mp_obj_exception_t *self) {
    return mp_obj_is_subclass(self->base.type, &mp_type_OSError)
        && self->args != NULL && self->args->len == 1 && mp_obj_is_small_int(self->args->items[0]);
}

qstr mp_obj_exception_type_name(mp_obj_t exc) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    if (mp_obj_is_obj(exc) && !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && (type->flags & MP_TYPE_FLAG_IS_EXCEPTION) && exc_is_errno_form(MP_OBJ_TO_PTR(exc))) {
        return MP_QSTR_OSError;
    }
    if (type == &mp_type_ModuleNotFoundError) {
        return MP_QSTR_ImportError; // MicroPython's "ImportError: no module named 'x'"
    }
    return type->name;
}

// An attribute kept in the instance dict (OSError's filename/filename2, ImportError's name/path),
// None when absent.
static mp_obj_t exc_dict_get(const mp_obj_exception_t *self, qstr attr) {
    if (self->dict != NULL) {
        mp_map_elem_t *e = mp_map_lookup(&self->dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return mp_const_none;
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the location
// tuple's items, or NULL when args do not have that form.
static mp_obj_t *exc_syntax_location(const mp_obj_exception_t *self) {
    if (self->args == NULL || self->args->len != 2 || !mp_obj_is_type(self->args->items[1], &mp_type_tuple)) {
        return NULL;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args->items[1], &n, &items);
    return n >= 4 && n <= 6 ? items : NULL;
}

static void exc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *type = self->base.type;
    size_t n = self->args ? self->args->len : 0;
    if (kind == PRINT_REPR) {
        mp_printf(print, "%q(", mp_obj_exception_type_name(self_in));
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, self->args->items[i], PRINT_REPR);
        }
        mp_print_str(print, ")");
        return;
    }
    if (exc_is_errno_form(self)) {
        // MicroPython's form, which mpremote and pyboard.py match: "[Errno 2] ENOENT".
        int err = (int)MP_OBJ_SMALL_INT_VALUE(self->args->items[0]);
        qstr name = mp_errno_to_qstr(err);
        if (name != MP_QSTRnull) {
            mp_printf(print, "[Errno %d] %q", err, name);
            return;
        }
    }
    if (mp_obj_is_subclass(type, &mp_type_OSError) && n >= 2 && n <= 5) {
        // CPython's "[Errno 2] text: 'filename' -> 'filename2'"
        mp_print_str(print, "[Errno ");
        mp_obj_print_helper(print, self->args->items[0], PRINT_STR);
        mp_print_str(print, "] ");
        mp_obj_print_helper(print, self->args->items[1], PRINT_STR);
        mp_obj_t f1 = exc_dict_get(self, MP_QSTR_filename), f2 = exc_dict_get(self, MP_QSTR_filename2);
        if (f1 != mp_const_none) {
            mp_print_str(print, ": ");
            mp_obj_print_helper(print, f1, PRINT_REPR);
            if (f2 != mp_const_none) {
                mp_print_str(print, " -> ");
                mp_obj_print_helper(print, f2, PRINT_REPR);
            }
        }
        return;
    }
    mp_obj_t *loc;
    if (mp_obj_is_subclass(type, &mp_type_SyntaxError) && n == 2 && (loc = exc_syntax_location(self)) != NULL) {
        // CPython's "msg (file.py, line 3)": the file's base name, either part may be missing
        mp_obj_print_helper(print, self->args->items[0], PRINT_STR);
        bool file = mp_obj_is_str(loc[0]), line = mp_obj_is_int(loc[1]);
        if (file || line) {
            mp_print_str(print, " (");
            if (file) {
                const char *f = mp_obj_str_get_str(loc[0]);
                const char *slash = strrchr(f, '/');
                mp_print_str(print, slash != NULL ? slash + 1 : f);
            }
            if (line) {
                mp_printf(print, "%sline ", file ? ", " : "");
                mp_obj_print_helper(print, loc[1], PRINT_STR);
            }
            mp_print_str(print, ")");
        }
        return;
    }
    if (n == 0) {
        return;
    }
    if (n == 1) {
        mp_obj_print_helper(print, self->args->items[0], type == &mp_type_KeyError ? PRINT_REPR : PRINT_STR);
        return;
    }
    mp_obj_print_helper(print, MP_OBJ_FROM_PTR(self->args), PRINT_REPR);
}

const mp_obj_type_t *mp_obj_oserror_type(int err) {
    switch (err) {
        case ENOENT: return &mp_type_FileNotFoundError;
        case EEXIST: return &mp_type_FileExistsError;
        case EACCES: case EPERM: return &mp_type_PermissionError;
        case EISDIR: return &mp_type_IsADirectoryError;
        case ENOTDIR: return &mp_type_NotADirectoryError;
        case ETIMEDOUT: return &mp_type_TimeoutError;
        case EAGAIN: return &mp_type_BlockingIOError;
        case EPIPE: return &mp_type_BrokenPipeError;
        case ECONNREFUSED: return &mp_type_ConnectionRefusedError;
        case ECONNRESET: return &mp_type_ConnectionResetError;
        case EINTR: return &mp_type_InterruptedError;
        case EALREADY: case EINPROGRESS: return &mp_type_BlockingIOError;
        case ESRCH: return &mp_type_ProcessLookupError;
        case ECHILD: return &mp_type_ChildProcessError;
        case ECONNABORTED: return &mp_type_ConnectionAbortedError;
        default: return &mp_type_OSError;
    }
}

static void exc_dict_store(mp_obj_exception_t *self, qstr attr, mp_obj_t value) {
    if (self->dict == NULL) {
        self->dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(self->dict), MP_OBJ_NEW_QSTR(attr), value);
}

static mp_obj_t exc_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    bool import_error = mp_obj_is_subclass(type, &mp_type_ImportError);
    if (n_kw != 0 && !import_error) {
        mp_raise_msg_varg(&mp_type_TypeError, "%q() takes no keyword arguments", type->name);
    }
    if (type == &mp_type_OSError && n_args >= 2 && mp_obj_is_small_int(args[0])) {
        type = mp_obj_oserror_type((int)MP_OBJ_SMALL_INT_VALUE(args[0]));
    }
    mp_obj_exception_t *o = m_new_obj(mp_obj_exception_t);
    o->base.type = type;
    size_t n_keep = n_args;
    if (mp_obj_is_subclass(type, &mp_type_OSError) && n_args >= 3 && n_args <= 5 && args[2] != mp_const_none) {
        // OSError(errno, strerror, filename[, winerror[, filename2]]): args keeps the first two
        n_keep = 2;
        exc_dict_store(o, MP_QSTR_filename, args[2]);
        if (n_args == 5) {
            exc_dict_store(o, MP_QSTR_filename2, args[4]);
        }
    }
    o->args = MP_OBJ_TO_PTR(n_keep == 0 ? mp_const_empty_tuple : mp_obj_new_tuple(n_keep, args));
    // ImportError(msg, name=..., path=...)
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        qstr q = mp_obj_str_get_qstr(key);
        if (q != MP_QSTR_name && q != MP_QSTR_path) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for %q()", q, type->name);
        }
        exc_dict_store(o, q, args[n_args + 2 * i + 1]);
    }
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_exception_t *mp_obj_exception_get_native(mp_obj_t self_in) {
    if (!mp_obj_is_obj(self_in)) {
        return NULL;
    }
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    if (!(t->flags & MP_TYPE_FLAG_IS_EXCEPTION)) {
        return NULL;
    }
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        mp_obj_instance_t *inst = MP_OBJ_TO_PTR(self_in);
        if (inst->subobj[0] == MP_OBJ_NULL) {
            return NULL;
        }
        return MP_OBJ_TO_PTR(inst->subobj[0]);
    }
    return MP_OBJ_TO_PTR(self_in);
}

mp_obj_t mp_obj_exception_get_value(mp_obj_t self_in) {
    mp_obj_exception_t *self = mp_obj_exception_get_native(self_in);
    if (self == NULL || self->args == NULL || self->args->len == 0) {
        return mp_const_none;
    }
    return self->args->items[0];
}

static void exc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // store
        if (attr == MP_QSTR___class__) {
            mp_raise_TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (attr == MP_QSTR___cause__ || attr == MP_QSTR___context__) {
            mp_obj_t v = dest[1];
            if (v != MP_OBJ_NULL && v != mp_const_none && !mp_obj_is_exception_instance(v)) {
                mp_raise_msg_varg(&mp_type_TypeError, "exception %s must be None or derive from BaseException",
                    attr == MP_QSTR___cause__ ? "cause" : "context");
            }
        }
        if (attr == MP_QSTR___cause__) {
            self->cause = dest[1] == MP_OBJ_NULL ? MP_OBJ_NULL : dest[1];
            self->suppress_context = true;
        } else if (attr == MP_QSTR___context__) {
            self->context = dest[1];
        } else if (attr == MP_QSTR___suppress_context__) {
            self->suppress_context = dest[1] != MP_OBJ_NULL && mp_obj_is_true(dest[1]);
        } else if (attr == MP_QSTR___traceback__) {
            if (dest[1] == mp_const_none) {
                mp_obj_exception_clear_traceback(self_in);
            }
        } else if (attr == MP_QSTR_args) {
            self->args = MP_OBJ_TO_PTR(mp_obj_tuple_from_iter(dest[1]));
        } else if (dest[1] != MP_OBJ_NULL) {
            if (self->dict == NULL) {
                self->dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
            }
            mp_obj_dict_store(MP_OBJ_FROM_PTR(self->dict), MP_OBJ_NEW_QSTR(attr), dest[1]);
        } else {
            if (self->dict == NULL || mp_map_lookup(&self->dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
                return;
            }
        }
        dest[0] = MP_OBJ_NULL;
        return;
    }
    size_t n = self->args ? self->args->len : 0;
    if (self->dict != NULL) {
        mp_map_elem_t *e = mp_map_lookup(&self->dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
    }
    switch (attr) {
        case MP_QSTR_args:
            dest[0] = MP_OBJ_FROM_PTR(self->args);
            break;
        case MP_QSTR_value:
        case MP_QSTR_code:
            if (attr == MP_QSTR_code && mp_obj_is_subclass(self->base.type, &mp_type_SystemExit) && n > 1) {
                // SystemExit(1, 2).code is the whole args tuple (CPython)
                dest[0] = MP_OBJ_FROM_PTR(self->args);
            } else if (attr == MP_QSTR_value || mp_obj_is_subclass(self->base.type, &mp_type_SystemExit)) {
                dest[0] = mp_obj_exception_get_value(self_in);
            }
            break;
        case MP_QSTR_errno:
            if (mp_obj_is_subclass(self->base.type, &mp_type_OSError)) {
                dest[0] = n >= 2 && n <= 5 ? self->args->items[0] : (n == 1 ? self->args->items[0] : mp_const_none);
                if (n == 1 && !mp_obj_is_int(dest[0])) {
                    dest[0] = mp_const_none;
                }
            }
            break;
        case MP_QSTR_strerror:
            if (exc_is_errno_form(self)) {
                const char *msg = strerror((int)MP_OBJ_SMALL_INT_VALUE(self->args->items[0]));
                dest[0] = mp_obj_new_str(msg, strlen(msg));
            } else if (mp_obj_is_subclass(self->base.type, &mp_type_OSError)) {
                dest[0] = n >= 2 ? self->args->items[1] : mp_const_none;
            }
            break;
        case MP_QSTR_filename:
            if (mp_obj_is_subclass(self->base.type, &mp_type_OSError)) {
                dest[0] = n >= 3 && n <= 5 ? self->args->items[2] : mp_const_none;
            } else if (mp_obj_is_subclass(self->base.type, &mp_type_SyntaxError)) {
                mp_obj_t *loc = exc_syntax_location(self);
                dest[0] = loc != NULL ? loc[0] : mp_const_none;
            }
            break;
        case MP_QSTR_filename2:
            if (mp_obj_is_subclass(self->base.type, &mp_type_OSError)) {
                dest[0] = mp_const_none;
            }
            break;
        case MP_QSTR_name:
        case MP_QSTR_path:
            if (mp_obj_is_subclass(self->base.type, &mp_type_ImportError)
                || (attr == MP_QSTR_name && (mp_obj_is_subclass(self->base.type, &mp_type_NameError)
                                             || mp_obj_is_subclass(self->base.type, &mp_type_AttributeError)))) {
                dest[0] = mp_const_none; // (set in the instance dict when the runtime raises it)
            }
            break;
        case MP_QSTR_obj:
            if (mp_obj_is_subclass(self->base.type, &mp_type_AttributeError)) {
                dest[0] = mp_const_none;
            }
            break;
        case MP_QSTR_msg:
            if (mp_obj_is_subclass(self->base.type, &mp_type_SyntaxError)) {
                dest[0] = n >= 1 ? self->args->items[0] : mp_const_none;
            }
            break;
        case MP_QSTR_lineno:
        case MP_QSTR_offset:
        case MP_QSTR_text:
        case MP_QSTR_end_lineno:
        case MP_QSTR_end_offset:
            if (mp_obj_is_subclass(self->base.type, &mp_type_SyntaxError)) {
                // the location tuple's fields in order, None where it is shorter
                static const qstr fields[] = { MP_QSTR_lineno, MP_QSTR_offset, MP_QSTR_text, MP_QSTR_end_lineno, MP_QSTR_end_offset };
                mp_obj_t *loc = exc_syntax_location(self);
                size_t len = loc != NULL ? ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(self->args->items[1]))->len : 0;
                dest[0] = mp_const_none;
                for (size_t k = 0; k < MP_ARRAY_SIZE(fields); k++) {
                    if (fields[k] == attr && k + 1 < len) {
                        dest[0] = loc[k + 1];
                    }
                }
            }
            break;
        case MP_QSTR___cause__:
            dest[0] = self->cause ? self->cause : mp_const_none;
            break;
        case MP_QSTR___context__:
            dest[0] = self->context ? self->context : mp_const_none;
            break;
        case MP_QSTR___suppress_context__:
            dest[0] = mp_obj_new_bool(self->suppress_context);
            break;
        case MP_QSTR___traceback__:
            dest[0] = mp_const_none;
            break;
        default:
            break;
    }
}

static mp_obj_t exc_with_traceback(mp_obj_t self_in, mp_obj_t tb) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc_with_traceback_obj, exc_with_traceback);

static mp_obj_t exc_unary_op(mp_unary_op_t op, mp_obj_t o) {
    return mp_generic_unary_op(op, o);
}

// BaseException.__str__ / __repr__ as explicit methods, so that super().__str__() in a
// user subclass (or Exception.__str__(e)) formats the args rather than reaching object's.
static mp_obj_t exc___str__(mp_obj_t self_in) {
    mp_obj_exception_t *native = mp_obj_exception_get_native(self_in);
    if (native == NULL) {
        return mp_obj_str(self_in);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    exc_print(&print, MP_OBJ_FROM_PTR(native), PRINT_STR);
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(exc___str___obj, exc___str__);

static mp_obj_t exc___repr__(mp_obj_t self_in) {
    mp_obj_exception_t *native = mp_obj_exception_get_native(self_in);
    if (native == NULL) {
        return mp_obj_repr(self_in);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    size_t n = native->args ? native->args->len : 0;
    mp_printf(&print, "%q(", mp_obj_get_type(self_in)->name);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(&print, ", ");
        }
        mp_obj_print_helper(&print, native->args->items[i], PRINT_REPR);
    }
    mp_print_str(&print, ")");
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(exc___repr___obj, exc___repr__);

// BaseException.__init__(self, *args): sets args, as Exception.__init__(self, msg) does in
// the __init__ of a subclass written in the old style.
static mp_obj_t exc___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (kw != NULL && kw->used > 0) {
        mp_raise_TypeError("BaseException.__init__() takes no keyword arguments");
    }
    mp_obj_exception_t *native = mp_obj_exception_get_native(args[0]);
    if (native == NULL) {
        mp_raise_TypeError("descriptor '__init__' requires a 'BaseException' object");
    }
    native->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, args + 1));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(exc___init___obj, 1, exc___init__);

static const mp_rom_map_elem_t exc_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&exc___init___obj) },
    { MP_ROM_QSTR(MP_QSTR_with_traceback), MP_ROM_PTR(&exc_with_traceback_obj) },
    { MP_ROM_QSTR(MP_QSTR___str__), MP_ROM_PTR(&exc___str___obj) },
    { MP_ROM_QSTR(MP_QSTR___repr__), MP_ROM_PTR(&exc___repr___obj) },
};
static MP_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_dict_table);

const mp_obj_type_t mp_type_BaseException = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_IS_EXCEPTION,
    .name = MP_QSTR_BaseException,
    .print = exc_print,
    .make_new = exc_make_new,
    .unary_op = exc_unary_op,
    .attr = exc_attr,
    .locals_dict = (mp_obj_dict_t *)&exc_locals_dict,
};

#define MP_DEFINE_EXCEPTION(exc_name, base_name) \
    const mp_obj_type_t mp_type_##exc_name = { \
        {&mp_type_type}, \
        .flags = MP_TYPE_FLAG_IS_EXCEPTION, \
        .name = MP_QSTR_##exc_name, \
        .print = exc_print, \
        .make_new = exc_make_new, \
        .unary_op = exc_unary_op, \
        .attr = exc_attr, \
        .parent = &mp_type_##base_name, \
    };

MP_DEFINE_EXCEPTION(SystemExit, BaseException)
#if MICROPY_PORT_SIM
// The simulated board's run control (ports/sim/modmachine.c): the run stops, the board resets.
// (names for the qstr scanner: MP_QSTR_SimStop MP_QSTR_SimReset)
MP_DEFINE_EXCEPTION(SimStop, BaseException)
MP_DEFINE_EXCEPTION(SimReset, BaseException)
#endif
MP_DEFINE_EXCEPTION(KeyboardInterrupt, BaseException)
MP_DEFINE_EXCEPTION(GeneratorExit, BaseException)
MP_DEFINE_EXCEPTION(Exception, BaseException)
MP_DEFINE_EXCEPTION(StopIteration, Exception)
MP_DEFINE_EXCEPTION(StopAsyncIteration, Exception)
MP_DEFINE_EXCEPTION(ArithmeticError, Exception)
MP_DEFINE_EXCEPTION(OverflowError, ArithmeticError)
MP_DEFINE_EXCEPTION(ZeroDivisionError, ArithmeticError)
MP_DEFINE_EXCEPTION(AssertionError, Exception)
MP_DEFINE_EXCEPTION(AttributeError, Exception)
MP_DEFINE_EXCEPTION(EOFError, Exception)
MP_DEFINE_EXCEPTION(ImportError, Exception)
MP_DEFINE_EXCEPTION(ModuleNotFoundError, ImportError)
MP_DEFINE_EXCEPTION(LookupError, Exception)
MP_DEFINE_EXCEPTION(IndexError, LookupError)
MP_DEFINE_EXCEPTION(KeyError, LookupError)
MP_DEFINE_EXCEPTION(MemoryError, Exception)
MP_DEFINE_EXCEPTION(NameError, Exception)
MP_DEFINE_EXCEPTION(UnboundLocalError, NameError)
MP_DEFINE_EXCEPTION(OSError, Exception)
MP_DEFINE_EXCEPTION(FileNotFoundError, OSError)
MP_DEFINE_EXCEPTION(FileExistsError, OSError)
MP_DEFINE_EXCEPTION(PermissionError, OSError)
MP_DEFINE_EXCEPTION(IsADirectoryError, OSError)
MP_DEFINE_EXCEPTION(NotADirectoryError, OSError)
MP_DEFINE_EXCEPTION(TimeoutError, OSError)
MP_DEFINE_EXCEPTION(BlockingIOError, OSError)
MP_DEFINE_EXCEPTION(InterruptedError, OSError)
MP_DEFINE_EXCEPTION(ConnectionError, OSError)
MP_DEFINE_EXCEPTION(BrokenPipeError, ConnectionError)
MP_DEFINE_EXCEPTION(ConnectionRefusedError, ConnectionError)
MP_DEFINE_EXCEPTION(ConnectionResetError, ConnectionError)
MP_DEFINE_EXCEPTION(RuntimeError, Exception)
MP_DEFINE_EXCEPTION(NotImplementedError, RuntimeError)
MP_DEFINE_EXCEPTION(RecursionError, RuntimeError)
MP_DEFINE_EXCEPTION(SyntaxError, Exception)
MP_DEFINE_EXCEPTION(IndentationError, SyntaxError)
MP_DEFINE_EXCEPTION(TypeError, Exception)
MP_DEFINE_EXCEPTION(ValueError, Exception)
MP_DEFINE_EXCEPTION(UnicodeError, ValueError)
MP_DEFINE_EXCEPTION(UnicodeDecodeError, UnicodeError)
MP_DEFINE_EXCEPTION(UnicodeEncodeError, UnicodeError)
MP_DEFINE_EXCEPTION(BufferError, Exception)
MP_DEFINE_EXCEPTION(ReferenceError, Exception)
MP_DEFINE_EXCEPTION(ProcessLookupError, OSError)
MP_DEFINE_EXCEPTION(ChildProcessError, OSError)
MP_DEFINE_EXCEPTION(ConnectionAbortedError, ConnectionError)
MP_DEFINE_EXCEPTION(Warning, Exception)
MP_DEFINE_EXCEPTION(UserWarning, Warning)
MP_DEFINE_EXCEPTION(DeprecationWarning, Warning)
MP_DEFINE_EXCEPTION(RuntimeWarning, Warning)

// ---- constructors ----

mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type) {
    return mp_obj_new_exception_args(exc_type, 0, NULL);
}

mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg) {
    return mp_obj_new_exception_args(exc_type, 1, &arg);
}

mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args) {
    return mp_call_function_n_kw(MP_OBJ_FROM_PTR(exc_type), n_args, 0, args);
}

mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg) {
    mp_obj_t arg = mp_obj_new_str(msg, strlen(msg));
    return mp_obj_new_exception_args(exc_type, 1, &arg);
}

mp_obj_t mp_obj_new_exception_msg_vlist(const mp_obj_type_t *exc_type, const char *fmt, va_list ap) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_vprintf(&print, fmt, ap);
    return mp_obj_new_exception_arg1(exc_type, mp_obj_new_str_from_vstr(&vstr));
}

mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(exc_type, fmt, ap);
    va_end(ap);
    return exc;
}

bool mp_obj_exception_match(mp_obj_t exc, mp_const_obj_t exc_type) {
    const mp_obj_type_t *t = mp_obj_is_type(exc, &mp_type_type) ? MP_OBJ_TO_PTR(exc) : mp_obj_get_type(exc);
    return mp_obj_is_subclass(t, (const mp_obj_type_t *)exc_type);
}

// ---- traceback ----

void mp_obj_exception_clear_traceback(mp_obj_t self_in) {
    mp_obj_exception_t *self = mp_obj_exception_get_native(self_in);
    if (self != NULL) {
        self->traceback_len = 0;
    }
}

void mp_obj_exception_reserve_traceback(mp_obj_t self_in, size_t n_frames) {
    mp_obj_exception_t *self = mp_obj_exception_get_native(self_in);
    if (self != NULL && self->traceback_alloc < 3 * n_frames) {
        self->traceback_data = m_renew(size_t, self->traceback_data, self->traceback_alloc, 3 * n_frames);
        self->traceback_alloc = 3 * n_frames;
    }
}

void mp_obj_exception_add_traceback(mp_obj_t self_in, qstr file, size_t line, qstr block) {
    mp_obj_exception_t *self = mp_obj_exception_get_native(self_in);
    if (self == NULL) {
        return;
    }
    if (self->traceback_len + 3 > self->traceback_alloc) {
        // Allocation may fail (we may be propagating a MemoryError): then drop the entry.
        size_t new_alloc = self->traceback_alloc ? self->traceback_alloc * 2 : 6;
        size_t *p = m_realloc_maybe(self->traceback_data, self->traceback_alloc * sizeof(size_t), new_alloc * sizeof(size_t), true);
        if (p == NULL) {
            return;
        }
        self->traceback_data = p;
        self->traceback_alloc = new_alloc;
    }
    size_t *t = self->traceback_data + self->traceback_len;
    t[0] = file;
    t[1] = line;
    t[2] = block;
    self->traceback_len += 3;
}

void mp_obj_exception_get_traceback(mp_obj_t self_in, size_t *n, size_t **values) {
    mp_obj_exception_t *self = mp_obj_exception_get_native(self_in);
    if (self == NULL) {
        *n = 0;
        *values = NULL;
        return;
    }
    *n = self->traceback_len;
    *values = self->traceback_data;
}
