// ports/unix/modffi.c: the `ffi` module: calling C code in shared libraries through libffi.
//
//   lib = ffi.open("libc.so.6")           dlopen; None or no argument: the program itself
//   f = lib.func("i", "abs", "i")         a foreign function: return code, symbol, arg codes
//   v = lib.var("i", "some_int")          a C variable: v.get(), v.set(x)
//   lib.addr("name")                      a symbol's address as an int
//   ffi.func("d", addr, "d")              a foreign function from an address (an int, or an
//                                         ffi function or callback, which is then kept alive)
//   cb = ffi.callback("i", pyfun, "pp")   a C function pointer that calls pyfun; cb.cfun()
//   ffi.as_bytearray(ptr, n)              a bytearray over n bytes of C memory (not a copy)
//
// Type codes, one character each, as the struct module spells C types:
//
//   v  void (return only)     b B  signed/unsigned char      h H  short
//   i I  int                  l L  long                      q Q  long long
//   f  float                  d  double
//   s  char *: in, a str/bytes (its NUL-terminated data) or None; out, a str (None for NULL)
//   p P C  void *: in, None, an int, a buffer (its address), an ffi function or callback;
//          out, an unsigned int
//   O  a Python object passed to C as its raw word (opaque to C, returned unchanged)
//
// Ownership and lifetimes. Memory that C keeps pointers to is not seen by the GC: a callback
// object must stay referenced from Python for as long as C may call it, and data passed as
// a pointer lives only as long as the Python object it came from. A function object keeps
// its library alive; a library is dlclose'd by close() or when it becomes garbage.
//
// Exceptions in callbacks. An exception cannot unwind through C frames (qsort's, libffi's),
// so a callback catches it and returns zero to C. If the callback was reached from a foreign
// call made by this module, the exception is raised again when that call returns (later
// invocations of callbacks during the same call return zero without running Python code);
// otherwise it is printed to stderr.
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <dlfcn.h>
#include <ffi.h>

#include "py/runtime.h"
#include "py/gc.h"

// ---- type codes ----

static ffi_type *ffi_type_for_code(char code, bool is_return) {
    switch (code) {
        case 'v':
            if (is_return) {
                return &ffi_type_void;
            }
            break;
        case 'b': return &ffi_type_schar;
        case 'B': return &ffi_type_uchar;
        case 'h': return &ffi_type_sshort;
        case 'H': return &ffi_type_ushort;
        case 'i': return &ffi_type_sint;
        case 'I': return &ffi_type_uint;
        case 'l': return &ffi_type_slong;
        case 'L': return &ffi_type_ulong;
        case 'q': return &ffi_type_sint64;
        case 'Q': return &ffi_type_uint64;
        case 'f': return &ffi_type_float;
        case 'd': return &ffi_type_double;
        case 's': case 'p': case 'P': case 'C': case 'O':
            return &ffi_type_pointer;
        default:
            break;
    }
    mp_raise_msg_varg(&mp_type_ValueError, "invalid ffi type code '%c'", code);
}

// One type code from a str of length 1.
static char type_code_from_obj(mp_obj_t o) {
    size_t len;
    const char *s = mp_obj_str_get_data(o, &len);
    if (!mp_obj_is_str(o) || len != 1) {
        mp_raise_TypeError("ffi type code must be a 1-character str");
    }
    return s[0];
}

// Argument codes: a str ("piip") or a sequence of 1-character strs. Returns their number and
// the codes in a GC-allocated, NUL-terminated buffer.
static size_t arg_codes_from_obj(mp_obj_t o, char **codes_out) {
    if (mp_obj_is_str(o)) {
        size_t len;
        const char *s = mp_obj_str_get_data(o, &len);
        char *codes = m_new(char, len + 1);
        memcpy(codes, s, len);
        *codes_out = codes;
        return len;
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(o, &len, &items);
    char *codes = m_new(char, len + 1);
    for (size_t i = 0; i < len; i++) {
        codes[i] = type_code_from_obj(items[i]);
    }
    *codes_out = codes;
    return len;
}

// ---- C values <-> Python objects ----

// One C value of any supported type; libffi wants return buffers at least ffi_arg wide.
typedef union _ffi_value_t {
    ffi_arg ret_u;
    ffi_sarg ret_s;
    int8_t i8;
    uint8_t u8;
    short s16;
    unsigned short u16;
    int i;
    unsigned int u;
    long l;
    unsigned long ul;
    int64_t i64;
    uint64_t u64;
    float f;
    double d;
    void *p;
} ffi_value_t;

extern const mp_obj_type_t mp_type_ffifunc;
extern const mp_obj_type_t mp_type_fficallback;
extern const mp_obj_type_t mp_type_ffivar;

typedef struct _mp_obj_ffilib_t {
    mp_obj_base_t base;
    void *handle;           // NULL once closed
} mp_obj_ffilib_t;

// A foreign function. `cif.arg_types` points at `params`, inside this object.
typedef struct _mp_obj_ffifunc_t {
    mp_obj_base_t base;
    void *fn;
    mp_obj_t lib;           // what the code belongs to (a library or callback, kept alive), or None
    const char *arg_codes;  // cif.nargs codes
    char ret_code;
    ffi_cif cif;
    ffi_type *params[];
} mp_obj_ffifunc_t;

// A Python function callable from C. The closure (libffi's executable trampoline, outside the
// GC heap) points back to this object and to its cif.
typedef struct _mp_obj_fficallback_t {
    mp_obj_base_t base;
    void *code;             // entry point C calls; NULL once freed
    ffi_closure *closure;
    mp_obj_t pyfun;
    const char *arg_codes;
    char ret_code;
    bool lock;              // run pyfun with the heap locked
    ffi_cif cif;
    ffi_type *params[];
} mp_obj_fficallback_t;

typedef struct _mp_obj_ffivar_t {
    mp_obj_base_t base;
    void *addr;
    mp_obj_t lib;
    char code;
} mp_obj_ffivar_t;

// The address an object stands for when a pointer is expected.
static void *pointer_from_obj(mp_obj_t o) {
    if (o == mp_const_none) {
        return NULL;
    }
    if (mp_obj_is_int(o)) {
        return (void *)(uintptr_t)mp_obj_get_int_truncated(o);
    }
    if (mp_obj_is_str_or_bytes(o)) {
        size_t len;
        return (void *)mp_obj_str_get_cstr(o, &len);   // C may read it as a string
    }
    if (mp_obj_is_type(o, &mp_type_ffifunc)) {
        return ((mp_obj_ffifunc_t *)MP_OBJ_TO_PTR(o))->fn;
    }
    if (mp_obj_is_type(o, &mp_type_fficallback)) {
        mp_obj_fficallback_t *cb = MP_OBJ_TO_PTR(o);
        if (cb->code == NULL) {
            mp_raise_ValueError("ffi callback was freed");
        }
        return cb->code;
    }
    mp_buffer_info_t bi;
    if (mp_get_buffer(o, &bi, MP_BUFFER_READ)) {
        return bi.buf;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to a C pointer", mp_obj_get_type_str(o));
}

// Integer for an integer-typed C slot; where the slot is pointer-sized, anything that
// converts to a pointer is accepted too (MicroPython programs pass buffers as 'l').
static mp_int_t int_from_obj(mp_obj_t o, size_t slot_size) {
    if (mp_obj_is_int(o)) {
        return mp_obj_get_int_truncated(o);
    }
    if (slot_size == sizeof(void *) && !mp_obj_is_float(o)) {
        return (mp_int_t)(uintptr_t)pointer_from_obj(o);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to a C integer", mp_obj_get_type_str(o));
}

// Stores o as a C value of type `code` at dst (which has room for any ffi_value_t).
static void value_store(char code, ffi_value_t *dst, mp_obj_t o) {
    switch (code) {
        case 'b': dst->i8 = (int8_t)int_from_obj(o, 1); break;
        case 'B': dst->u8 = (uint8_t)int_from_obj(o, 1); break;
        case 'h': dst->s16 = (short)int_from_obj(o, sizeof(short)); break;
        case 'H': dst->u16 = (unsigned short)int_from_obj(o, sizeof(short)); break;
        case 'i': dst->i = (int)int_from_obj(o, sizeof(int)); break;
        case 'I': dst->u = (unsigned int)int_from_obj(o, sizeof(int)); break;
        case 'l': dst->l = (long)int_from_obj(o, sizeof(long)); break;
        case 'L': dst->ul = (unsigned long)int_from_obj(o, sizeof(long)); break;
        case 'q': dst->i64 = (int64_t)int_from_obj(o, 8); break;
        case 'Q': dst->u64 = (uint64_t)int_from_obj(o, 8); break;
        case 'f': dst->f = (float)mp_obj_get_float(o); break;
        case 'd': dst->d = mp_obj_get_float(o); break;
        case 'O': dst->p = MP_OBJ_TO_PTR(o); break;
        default:   // s p P C (for 's', an int is taken as the address of a C string)
            dst->p = pointer_from_obj(o);
            break;
    }
}

static mp_obj_t str_from_c(const char *s) {
    if (s == NULL) {
        return mp_const_none;
    }
    size_t len = strlen(s);
    if (!utf8_check((const byte *)s, len)) {
        mp_raise_msg(&mp_type_UnicodeError, "C string is not valid UTF-8");
    }
    return mp_obj_new_str(s, len);
}

static mp_obj_t obj_from_c_word(void *p) {
    return p == NULL ? mp_const_none : MP_OBJ_FROM_PTR(p);
}

// The Python value of a C value of type `code` stored at src in its own width (arguments of
// callbacks, variables).
static mp_obj_t value_load(char code, const ffi_value_t *src) {
    switch (code) {
        case 'b': return MP_OBJ_NEW_SMALL_INT(src->i8);
        case 'B': return MP_OBJ_NEW_SMALL_INT(src->u8);
        case 'h': return MP_OBJ_NEW_SMALL_INT(src->s16);
        case 'H': return MP_OBJ_NEW_SMALL_INT(src->u16);
        case 'i': return mp_obj_new_int(src->i);
        case 'I': return mp_obj_new_int_from_uint(src->u);
        case 'l': return mp_obj_new_int_from_ll(src->l);
        case 'L': return mp_obj_new_int_from_ull(src->ul);
        case 'q': return mp_obj_new_int_from_ll(src->i64);
        case 'Q': return mp_obj_new_int_from_ull(src->u64);
        case 'f': return mp_obj_new_float(src->f);
        case 'd': return mp_obj_new_float(src->d);
        case 's': return str_from_c(src->p);
        case 'O': return obj_from_c_word(src->p);
        case 'v': return mp_const_none;
        default:  return mp_obj_new_int_from_uint((uintptr_t)src->p);   // p P C
    }
}

// The Python value of a result of ffi_call: integral types narrower than ffi_arg come back
// widened to a whole ffi_arg.
static mp_obj_t return_load(char code, const ffi_value_t *src) {
    switch (code) {
        case 'b': return MP_OBJ_NEW_SMALL_INT((int8_t)src->ret_s);
        case 'B': return MP_OBJ_NEW_SMALL_INT((uint8_t)src->ret_u);
        case 'h': return MP_OBJ_NEW_SMALL_INT((short)src->ret_s);
        case 'H': return MP_OBJ_NEW_SMALL_INT((unsigned short)src->ret_u);
        case 'i': return mp_obj_new_int((int)src->ret_s);
        case 'I': return mp_obj_new_int_from_uint((unsigned int)src->ret_u);
        default:  return value_load(code, src);
    }
}

// Stores a callback's Python result as its C return value (narrow integers widened).
static void return_store(char code, ffi_value_t *dst, mp_obj_t o) {
    switch (code) {
        case 'v': break;
        case 'b': case 'h': case 'i':
            dst->ret_s = (ffi_sarg)int_from_obj(o, sizeof(int));
            break;
        case 'B': case 'H': case 'I':
            dst->ret_u = (ffi_arg)(unsigned int)int_from_obj(o, sizeof(int));
            break;
        default:
            value_store(code, dst, o);
            break;
    }
}

// ---- libraries ----

static mp_obj_ffilib_t *lib_check(mp_obj_t self_in) {
    mp_obj_ffilib_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->handle == NULL) {
        mp_raise_ValueError("ffi library is closed");
    }
    return self;
}

static void *lib_symbol(mp_obj_t self_in, mp_obj_t name_in) {
    mp_obj_ffilib_t *self = lib_check(self_in);
    const char *name = mp_obj_str_get_str(name_in);
    dlerror();
    void *sym = dlsym(self->handle, name);
    if (sym == NULL) {
        mp_raise_OSError_with_filename(ENOENT, name);
    }
    return sym;
}

static void lib_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_ffilib_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<ffimod %p>", self->handle);
}

// Builds a function object for fn; ret and arg codes are Python objects.
static mp_obj_t ffifunc_new(void *fn, mp_obj_t lib, mp_obj_t ret_in, mp_obj_t args_in) {
    char ret_code = type_code_from_obj(ret_in);
    char *codes;
    size_t n = arg_codes_from_obj(args_in, &codes);
    mp_obj_ffifunc_t *o = m_new_obj_var(mp_obj_ffifunc_t, ffi_type *, n);
    o->base.type = &mp_type_ffifunc;
    o->fn = fn;
    o->lib = lib;
    o->arg_codes = codes;
    o->ret_code = ret_code;
    for (size_t i = 0; i < n; i++) {
        o->params[i] = ffi_type_for_code(codes[i], false);
    }
    ffi_status st = ffi_prep_cif(&o->cif, FFI_DEFAULT_ABI, (unsigned int)n, ffi_type_for_code(ret_code, true), o->params);
    if (st != FFI_OK) {
        mp_raise_ValueError("ffi_prep_cif failed");
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t lib_func(size_t n_args, const mp_obj_t *args) {
    void *fn = lib_symbol(args[0], args[2]);
    return ffifunc_new(fn, args[0], args[1], args[3]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lib_func_obj, 4, 4, lib_func);

static mp_obj_t lib_var(mp_obj_t self_in, mp_obj_t type_in, mp_obj_t name_in) {
    char code = type_code_from_obj(type_in);
    ffi_type_for_code(code, false);   // validates
    void *addr = lib_symbol(self_in, name_in);
    mp_obj_ffivar_t *o = m_new_obj(mp_obj_ffivar_t);
    o->base.type = &mp_type_ffivar;
    o->addr = addr;
    o->lib = self_in;
    o->code = code;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_3(lib_var_obj, lib_var);

static mp_obj_t lib_addr(mp_obj_t self_in, mp_obj_t name_in) {
    return mp_obj_new_int_from_uint((uintptr_t)lib_symbol(self_in, name_in));
}
static MP_DEFINE_CONST_FUN_OBJ_2(lib_addr_obj, lib_addr);

static mp_obj_t lib_close(mp_obj_t self_in) {
    mp_obj_ffilib_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->handle != NULL) {
        dlclose(self->handle);
        self->handle = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lib_close_obj, lib_close);

static const mp_rom_map_elem_t lib_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_func), MP_ROM_PTR(&lib_func_obj) },
    { MP_ROM_QSTR(MP_QSTR_var), MP_ROM_PTR(&lib_var_obj) },
    { MP_ROM_QSTR(MP_QSTR_addr), MP_ROM_PTR(&lib_addr_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&lib_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lib_close_obj) },
};
static MP_DEFINE_CONST_DICT(lib_locals_dict, lib_locals_dict_table);

static const mp_obj_type_t mp_type_ffilib = {
    {&mp_type_type},
    .name = MP_QSTR_ffimod,
    .print = lib_print,
    .locals_dict = (mp_obj_dict_t *)&lib_locals_dict,
};

// ffi.open([name[, flags]]): name None or absent opens the program itself (and libc).
static mp_obj_t mod_ffi_open(size_t n_args, const mp_obj_t *args) {
    const char *name = NULL;
    if (n_args > 0 && args[0] != mp_const_none) {
        name = mp_obj_str_get_str(args[0]);
    }
    int flags = n_args > 1 ? (int)mp_obj_get_int(args[1]) : (RTLD_NOW | RTLD_LOCAL);
    void *h = dlopen(name, flags);
    if (h == NULL) {
        mp_raise_OSError_with_filename(ENOENT, name != NULL ? name : "<program>");
    }
    mp_obj_ffilib_t *o = m_new_obj_with_finaliser(mp_obj_ffilib_t);
    o->base.type = &mp_type_ffilib;
    o->handle = h;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_ffi_open_obj, 0, 2, mod_ffi_open);

// ---- foreign calls and the deferred callback exception ----

// While a foreign call runs, the slot where a callback parks an exception for it: a local of
// the innermost call's C frame (so the GC sees the exception through the stack scan).
static mp_obj_t *pending_callback_exc;

static void ffifunc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_ffifunc_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<ffifunc %p>", self->fn);
}

static mp_obj_t ffifunc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_ffifunc_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = self->cif.nargs;
    mp_arg_check_num(n_args, n_kw, n, n, false);
    ffi_value_t values[n > 0 ? n : 1];
    void *value_ptrs[n > 0 ? n : 1];
    for (size_t i = 0; i < n; i++) {
        value_store(self->arg_codes[i], &values[i], args[i]);
        value_ptrs[i] = &values[i];
    }
    ffi_value_t ret;
    memset(&ret, 0, sizeof(ret));
    mp_obj_t exc = MP_OBJ_NULL;
    mp_obj_t *outer = pending_callback_exc;
    pending_callback_exc = &exc;
    ffi_call(&self->cif, FFI_FN(self->fn), &ret, value_ptrs);
    pending_callback_exc = outer;
    if (exc != MP_OBJ_NULL) {
        nlr_raise(exc);
    }
    return return_load(self->ret_code, &ret);
}

const mp_obj_type_t mp_type_ffifunc = {
    {&mp_type_type},
    .name = MP_QSTR_ffifunc,
    .print = ffifunc_print,
    .call = ffifunc_call,
};

// ffi.func(ret, addr, args): a foreign function at a known address.
static mp_obj_t mod_ffi_func(mp_obj_t ret_in, mp_obj_t addr_in, mp_obj_t args_in) {
    void *fn = pointer_from_obj(addr_in);
    if (fn == NULL) {
        mp_raise_ValueError("NULL function address");
    }
    // Given the callback or function object itself (not its address), keep it alive.
    bool keep = mp_obj_is_type(addr_in, &mp_type_fficallback) || mp_obj_is_type(addr_in, &mp_type_ffifunc);
    return ffifunc_new(fn, keep ? addr_in : mp_const_none, ret_in, args_in);
}
static MP_DEFINE_CONST_FUN_OBJ_3(mod_ffi_func_obj, mod_ffi_func);

// ---- callbacks ----

// libffi's entry for every callback: converts the C arguments, runs the Python function,
// converts its result. Never lets an exception escape (see the top of the file).
static void callback_handler(ffi_cif *cif, void *ret, void **c_args, void *user_data) {
    mp_obj_fficallback_t *self = user_data;
    ffi_value_t *result = ret;
    // libffi's return buffer holds at least an ffi_arg and at least the return type
    size_t ret_size = self->cif.rtype->size > sizeof(ffi_arg) ? self->cif.rtype->size : sizeof(ffi_arg);
    memset(result, 0, ret_size);
    mp_obj_t *slot = pending_callback_exc;
    if (slot != NULL && *slot != MP_OBJ_NULL) {
        return;   // the foreign call already failed; let it unwind quickly
    }
    if (self->lock) {
        gc_lock();
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t n = cif->nargs;
        mp_obj_t py_args[n > 0 ? n : 1];
        for (size_t i = 0; i < n; i++) {
            py_args[i] = value_load(self->arg_codes[i], c_args[i]);
        }
        mp_obj_t r = mp_call_function_n_kw(self->pyfun, n, 0, py_args);
        return_store(self->ret_code, result, r);
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        memset(result, 0, ret_size);
        if (slot != NULL) {
            *slot = exc;
        } else {
            mp_print_str(&mp_stderr_print, "exception in ffi callback:\n");
            mp_obj_print_exception(&mp_stderr_print, exc);
        }
    }
    if (self->lock) {
        gc_unlock();
    }
}

static void callback_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_fficallback_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<fficallback %p>", self->code);
}

static mp_obj_t callback_cfun(mp_obj_t self_in) {
    mp_obj_fficallback_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->code == NULL) {
        mp_raise_ValueError("ffi callback was freed");
    }
    return mp_obj_new_int_from_uint((uintptr_t)self->code);
}
static MP_DEFINE_CONST_FUN_OBJ_1(callback_cfun_obj, callback_cfun);

// Frees the closure; C must not call the function pointer afterwards.
static mp_obj_t callback_del(mp_obj_t self_in) {
    mp_obj_fficallback_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closure != NULL) {
        ffi_closure_free(self->closure);
        self->closure = NULL;
        self->code = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(callback_del_obj, callback_del);

static const mp_rom_map_elem_t callback_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_cfun), MP_ROM_PTR(&callback_cfun_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&callback_del_obj) },
};
static MP_DEFINE_CONST_DICT(callback_locals_dict, callback_locals_dict_table);

const mp_obj_type_t mp_type_fficallback = {
    {&mp_type_type},
    .name = MP_QSTR_fficallback,
    .print = callback_print,
    .locals_dict = (mp_obj_dict_t *)&callback_locals_dict,
};

// ffi.callback(ret, fun, args, *, lock=False)
static mp_obj_t mod_ffi_callback(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_ret, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_fun, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_args, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_lock, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t a[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, a);
    if (!mp_obj_is_callable(a[1].u_obj)) {
        mp_raise_TypeError("ffi callback function must be callable");
    }
    char ret_code = type_code_from_obj(a[0].u_obj);
    char *codes;
    size_t n = arg_codes_from_obj(a[2].u_obj, &codes);
    mp_obj_fficallback_t *o = m_malloc_with_finaliser(sizeof(mp_obj_fficallback_t) + n * sizeof(ffi_type *));
    o->base.type = &mp_type_fficallback;
    o->pyfun = a[1].u_obj;
    o->arg_codes = codes;
    o->ret_code = ret_code;
    o->lock = a[3].u_bool;
    for (size_t i = 0; i < n; i++) {
        o->params[i] = ffi_type_for_code(codes[i], false);
    }
    if (ffi_prep_cif(&o->cif, FFI_DEFAULT_ABI, (unsigned int)n, ffi_type_for_code(ret_code, true), o->params) != FFI_OK) {
        mp_raise_ValueError("ffi_prep_cif failed");
    }
    void *code;
    ffi_closure *closure = ffi_closure_alloc(sizeof(ffi_closure), &code);
    if (closure == NULL) {
        mp_raise_OSError(ENOMEM);
    }
    if (ffi_prep_closure_loc(closure, &o->cif, callback_handler, o, code) != FFI_OK) {
        ffi_closure_free(closure);
        mp_raise_ValueError("ffi_prep_closure_loc failed");
    }
    o->closure = closure;
    o->code = code;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_ffi_callback_obj, 3, mod_ffi_callback);

// ---- variables ----

static void var_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_ffivar_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<ffivar %p type '%c'>", self->addr, self->code);
}

// Variables need not be aligned for the union; copy through a properly sized temporary.
static size_t var_size(char code) {
    return ffi_type_for_code(code, false)->size;
}

static mp_obj_t var_get(mp_obj_t self_in) {
    mp_obj_ffivar_t *self = MP_OBJ_TO_PTR(self_in);
    ffi_value_t v;
    memcpy(&v, self->addr, var_size(self->code));
    return value_load(self->code, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(var_get_obj, var_get);

static mp_obj_t var_set(mp_obj_t self_in, mp_obj_t val) {
    mp_obj_ffivar_t *self = MP_OBJ_TO_PTR(self_in);
    ffi_value_t v;
    value_store(self->code, &v, val);
    memcpy(self->addr, &v, var_size(self->code));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(var_set_obj, var_set);

static const mp_rom_map_elem_t var_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&var_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_set), MP_ROM_PTR(&var_set_obj) },
};
static MP_DEFINE_CONST_DICT(var_locals_dict, var_locals_dict_table);

const mp_obj_type_t mp_type_ffivar = {
    {&mp_type_type},
    .name = MP_QSTR_ffivar,
    .print = var_print,
    .locals_dict = (mp_obj_dict_t *)&var_locals_dict,
};

// ---- memory ----

// ffi.as_bytearray(ptr, size): a bytearray that reads and writes the C memory in place (as in
// MicroPython); it cannot grow (resizing raises MemoryError).
static mp_obj_t mod_ffi_as_bytearray(mp_obj_t ptr_in, mp_obj_t size_in) {
    void *p = pointer_from_obj(ptr_in);
    mp_int_t size = mp_obj_get_int(size_in);
    if (size < 0) {
        mp_raise_ValueError("negative size");
    }
    if (p == NULL && size > 0) {
        mp_raise_ValueError("NULL pointer");
    }
    return mp_obj_new_bytearray_by_ref((size_t)size, p);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_ffi_as_bytearray_obj, mod_ffi_as_bytearray);

static const mp_rom_map_elem_t mp_module_ffi_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ffi) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&mod_ffi_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_func), MP_ROM_PTR(&mod_ffi_func_obj) },
    { MP_ROM_QSTR(MP_QSTR_callback), MP_ROM_PTR(&mod_ffi_callback_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_bytearray), MP_ROM_PTR(&mod_ffi_as_bytearray_obj) },
    { MP_ROM_QSTR(MP_QSTR_RTLD_LAZY), MP_ROM_INT(RTLD_LAZY) },
    { MP_ROM_QSTR(MP_QSTR_RTLD_NOW), MP_ROM_INT(RTLD_NOW) },
    { MP_ROM_QSTR(MP_QSTR_RTLD_GLOBAL), MP_ROM_INT(RTLD_GLOBAL) },
    { MP_ROM_QSTR(MP_QSTR_RTLD_LOCAL), MP_ROM_INT(RTLD_LOCAL) },
};
MP_DEFINE_CONST_MODULE(mp_module_ffi, mp_module_ffi_globals_table);
MP_REGISTER_MODULE(MP_QSTR_ffi, mp_module_ffi);
