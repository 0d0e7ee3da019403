// py/persistentcode.c: loading MicroPython .mpy files (version 6, bytecode only).
//
// File layout (all integers "vuint": 7 bits a byte, most significant group first, the top bit
// set on every byte but the last):
//
//   header      'M', 6 (version), feature byte (arch << 2 | sub-version), small-int bits
//   vuint       n_qstr, then vuint n_obj
//   qstrs       vuint (len << 1 | 1 for MicroPython's static qstr number len), or
//               vuint (len << 1) + len bytes + NUL
//   objects     tag byte: 1 None, 2 False, 3 True, 4 Ellipsis, 5 str, 6 bytes (vuint len, data,
//               NUL), 7 int, 8 float, 9 complex (vuint len, text), 10 tuple (vuint n, objects);
//               0 (native function table) only appears in native files
//   raw code    vuint (len << 3 | has_children << 2 | kind), len bytes of fun_data,
//               [vuint n_children, children...]; kind 0 is bytecode
//
// qstr_table[0] is the source file name. Every reader step checks the remaining length first,
// so truncated input raises ValueError("incompatible .mpy file"); the bytecode itself is
// verified and translated by py/mpytranslate.c.
#include <string.h>

#include "py/persistentcode.h"
#include "py/mphal.h"

const char *const mpy_static_qstrs[MPY_NUM_STATIC_QSTRS] = {
    "", "__dir__", "\n", " ", "*", "/", "<module>", "_", "__call__", "__class__", "__delitem__",
    "__enter__", "__exit__", "__getattr__", "__getitem__", "__hash__", "__init__", "__int__",
    "__iter__", "__len__", "__main__", "__module__", "__name__", "__new__", "__next__",
    "__qualname__", "__repr__", "__setitem__", "__str__", "ArithmeticError", "AssertionError",
    "AttributeError", "BaseException", "EOFError", "Ellipsis", "Exception", "GeneratorExit",
    "ImportError", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NoneType", "NotImplementedError", "OSError",
    "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError",
    "ValueError", "ZeroDivisionError", "abs", "all", "any", "append", "args", "bool", "builtins",
    "bytearray", "bytecode", "bytes", "callable", "chr", "classmethod", "clear", "close", "const",
    "copy", "count", "dict", "dir", "divmod", "end", "endswith", "eval", "exec", "extend", "find",
    "format", "from_bytes", "get", "getattr", "globals", "hasattr", "hash", "id", "index",
    "insert", "int", "isalpha", "isdigit", "isinstance", "islower", "isspace", "issubclass",
    "isupper", "items", "iter", "join", "key", "keys", "len", "list", "little", "locals", "lower",
    "lstrip", "main", "map", "micropython", "next", "object", "open", "ord", "pop", "popitem",
    "pow", "print", "range", "read", "readinto", "readline", "remove", "replace", "repr",
    "reverse", "rfind", "rindex", "round", "rsplit", "rstrip", "self", "send", "sep", "set",
    "setattr", "setdefault", "sort", "sorted", "split", "start", "startswith", "staticmethod",
    "step", "stop", "str", "strip", "sum", "super", "throw", "to_bytes", "tuple", "type",
    "update", "upper", "utf-8", "value", "values", "write", "zip",
};

static const char *const mpy_arch_names[] = {
    NULL, "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp",
    "xtensa", "xtensawin", "rv32imc", "rv64imc",
};

#define MAX_OBJ_NESTING (32)
#define MAX_CODE_NESTING (64)

typedef struct _reader_t {
    const byte *p, *end;
} reader_t;

static byte rd_byte(reader_t *r) {
    if (r->p >= r->end) {
        mpy_raise_incompatible(NULL);
    }
    return *r->p++;
}

static const byte *rd_bytes(reader_t *r, size_t n) {
    if (n > (size_t)(r->end - r->p)) {
        mpy_raise_incompatible(NULL);
    }
    const byte *s = r->p;
    r->p += n;
    return s;
}

static size_t rd_uint(reader_t *r) {
    size_t v = 0;
    for (int i = 0;; i++) {
        byte b = rd_byte(r);
        if (i >= 4 && v > (SIZE_MAX >> 14)) {
            mpy_raise_incompatible(NULL);
        }
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            return v;
        }
        if (i >= 8) {
            mpy_raise_incompatible(NULL);
        }
    }
}

static qstr rd_qstr(reader_t *r) {
    size_t len = rd_uint(r);
    if (len & 1) {
        size_t n = len >> 1;
        if (n < 1 || n > MPY_NUM_STATIC_QSTRS) {
            mpy_raise_incompatible("bad static qstr");
        }
        return qstr_from_str(mpy_static_qstrs[n - 1]);
    }
    len >>= 1;
    const byte *s = rd_bytes(r, len);
    if (rd_byte(r) != 0 || !utf8_check(s, len)) {
        mpy_raise_incompatible("bad qstr");
    }
    return qstr_from_strn((const char *)s, len);
}

static mp_obj_t rd_obj(reader_t *r, int nesting) {
    byte tag = rd_byte(r);
    switch (tag) {
        case 1:
            return mp_const_none;
        case 2:
            return mp_const_false;
        case 3:
            return mp_const_true;
        case 4:
            return mp_const_ellipsis;
        case 10: {
            if (nesting >= MAX_OBJ_NESTING) {
                mpy_raise_incompatible("constants nested too deeply");
            }
            size_t n = rd_uint(r);
            if (n > (size_t)(r->end - r->p)) {
                mpy_raise_incompatible(NULL);
            }
            mp_obj_t t = mp_obj_new_tuple(n, NULL);
            mp_obj_t *items;
            mp_obj_tuple_get(t, &n, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = rd_obj(r, nesting + 1);
            }
            return t;
        }
        case 5:
        case 6: {
            size_t n = rd_uint(r);
            const byte *s = rd_bytes(r, n);
            if (rd_byte(r) != 0) {
                mpy_raise_incompatible("bad string constant");
            }
            if (tag == 6) {
                return mp_obj_new_bytes(s, n);
            }
            if (!utf8_check(s, n)) {
                mpy_raise_incompatible("bad string constant");
            }
            return mp_obj_new_str((const char *)s, n);
        }
        case 7:
        case 8:
        case 9: {
            size_t n = rd_uint(r);
            const char *s = (const char *)rd_bytes(r, n);
            if (n == 0 || n > 100000) {
                mpy_raise_incompatible("bad number constant");
            }
            for (size_t i = 0; i < n; i++) {
                if (s[i] == 0) {
                    mpy_raise_incompatible("bad number constant");
                }
            }
            mp_obj_t o = MP_OBJ_NULL;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                if (tag == 7) {
                    o = mp_parse_num_integer(s, n, 10);
                } else if (tag == 8) {
                    o = mp_parse_num_float(s, n, false, false);
                } else {
                    o = mp_parse_num_complex(s, n);
                }
                nlr_pop();
            } else {
                mpy_raise_incompatible("bad number constant");
            }
            return o;
        }
        default:
            mpy_raise_incompatible(tag == 0 ? "native code is not supported" : "bad constant");
    }
}

static mp_raw_code_t *rd_raw_code(reader_t *r, const mpy_module_t *m, int nesting, size_t n_free) {
    if (nesting >= MAX_CODE_NESTING) {
        mpy_raise_incompatible("functions nested too deeply");
    }
    size_t kind_len = rd_uint(r);
    if ((kind_len & 3) != 0) {
        mpy_raise_incompatible("native code is not supported");
    }
    size_t len = kind_len >> 3;
    const byte *data = rd_bytes(r, len);
    size_t n_children = 0;
    mp_raw_code_t **children = NULL;
    if (kind_len & 4) {
        n_children = rd_uint(r);
        if (n_children == 0 || n_children > 0xffff || n_children > (size_t)(r->end - r->p)) {
            mpy_raise_incompatible("bad number of children");
        }
        children = m_new(mp_raw_code_t *, n_children);
        int16_t *child_n_free = m_new(int16_t, n_children);
        mpy_scan_closures(m, data, len, n_children, child_n_free);
        for (size_t i = 0; i < n_children; i++) {
            children[i] = rd_raw_code(r, m, nesting + 1, child_n_free[i] > 0 ? child_n_free[i] : 0);
        }
        m_del(int16_t, child_n_free, n_children);
    }
    return mpy_translate(m, data, len, children, n_children, n_free);
}

bool mp_raw_code_is_mpy(const byte *buf, size_t len) {
    return len >= 2 && buf[0] == 'M' && buf[1] == MPY_VERSION;
}

mp_raw_code_t *mp_raw_code_load_mem(const byte *buf, size_t len) {
    reader_t rd = { buf, buf + len };
    reader_t *r = &rd;
    const byte *h = rd_bytes(r, 4);
    if (h[0] != 'M' || h[1] != MPY_VERSION || h[3] > MPY_SMALL_INT_BITS) {
        mpy_raise_incompatible(NULL);
    }
    unsigned arch = h[2] >> 2;
    if (arch != 0) {
        const char *name = arch < MP_ARRAY_SIZE(mpy_arch_names) ? mpy_arch_names[arch] : "unknown";
        mp_raise_msg_varg(&mp_type_ValueError, "incompatible .mpy arch: %s native code (only bytecode is supported)", name);
    }
    mpy_module_t m;
    size_t n_qstr = rd_uint(r);
    size_t n_obj = rd_uint(r);
    if (n_qstr == 0 || n_qstr > (size_t)(r->end - r->p) || n_obj > (size_t)(r->end - r->p)) {
        mpy_raise_incompatible(NULL);
    }
    qstr *qstrs = m_new(qstr, n_qstr);
    for (size_t i = 0; i < n_qstr; i++) {
        qstrs[i] = rd_qstr(r);
    }
    mp_obj_t *objs = m_new(mp_obj_t, n_obj + 1);
    for (size_t i = 0; i < n_obj; i++) {
        objs[i] = rd_obj(r, 0);
    }
    m.qstrs = qstrs;
    m.n_qstr = n_qstr;
    m.objs = objs;
    m.n_obj = n_obj;
    m.source_file = qstrs[0];
    mp_raw_code_t *rc = rd_raw_code(r, &m, 0, 0);
    if (r->p != r->end) {
        mpy_raise_incompatible("trailing data");
    }
    return rc;
}

mp_raw_code_t *mp_raw_code_load_file(const char *path) {
    size_t len;
    char *data = mp_hal_read_file(path, &len);
    if (data == NULL) {
        mp_raise_OSError_with_filename(2, path);
    }
    return mp_raw_code_load_mem((const byte *)data, len);
}

// ---- MicroPython's call with *args / **kwargs ----

mp_obj_t mp_mpy_call_var(bool have_self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t fun = *args++;
    mp_obj_t pos = mp_obj_new_list(0, NULL);
    if (have_self) {
        mp_obj_t self = *args++;
        if (self != MP_OBJ_NULL) {
            mp_obj_list_append(pos, self);
        }
    }
    mp_obj_t bits_obj = args[n_args + 2 * n_kw];
    if (!mp_obj_is_small_int(bits_obj)) {
        mp_raise_TypeError("bad call");
    }
    mp_uint_t bits = MP_OBJ_SMALL_INT_VALUE(bits_obj);
    for (size_t i = 0; i < n_args; i++) {
        if (i < MP_BITS_PER_WORD - 2 && ((bits >> i) & 1)) {
            mp_obj_t it = mp_getiter(args[i]);
            mp_obj_t v;
            while ((v = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
                mp_obj_list_append(pos, v);
            }
        } else {
            mp_obj_list_append(pos, args[i]);
        }
    }
    mp_obj_t kw = MP_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        mp_obj_t value = args[n_args + 2 * i + 1];
        if (kw == MP_OBJ_NULL) {
            kw = mp_obj_new_dict(0);
        }
        if (key != MP_OBJ_NULL) {
            if (mp_map_lookup(mp_obj_dict_get_map(kw), key, MP_MAP_LOOKUP) != NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "function got multiple values for keyword argument '%s'", mp_obj_str_get_str(key));
            }
            mp_obj_dict_store(kw, key, value);
            continue;
        }
        // **mapping
        mp_obj_t dest[2];
        mp_load_method_maybe(value, MP_QSTR_keys, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not a mapping", mp_obj_get_type_str(value));
        }
        mp_obj_t it = mp_getiter(mp_call_method_n_kw(0, 0, dest));
        mp_obj_t k;
        while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            if (!mp_obj_is_str(k)) {
                mp_raise_TypeError("keywords must be strings");
            }
            if (mp_map_lookup(mp_obj_dict_get_map(kw), k, MP_MAP_LOOKUP) != NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "function got multiple values for keyword argument '%s'", mp_obj_str_get_str(k));
            }
            mp_obj_dict_store(kw, k, mp_obj_subscr(value, k, MP_OBJ_SENTINEL));
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(pos, &n, &items);
    return mp_call_function_star(fun, 0, NULL, mp_obj_new_tuple(n, items), kw);
}
