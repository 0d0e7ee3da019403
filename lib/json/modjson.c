// lib/json/modjson.c: the json module (dump, dumps, load, loads, JSONDecodeError,
// JSONEncoder, JSONDecoder).
//
// Output and errors follow CPython's json byte for byte: float repr, \uXXXX escapes (lower-case
// hex, surrogate pairs above U+FFFF when ensure_ascii), Infinity/NaN, key coercion of
// int/float/bool/None keys, "Circular reference detected", and JSONDecodeError messages with
// positions counted in code points.
//
// Encoder: one recursive walk appending to a vstr (json_enc_t.out). The containers being
// encoded form a path (json_enc_t.path, then .deep); an object found on it again is a cycle.
// The C stack is guarded by mp_stack_check(): deep nesting raises RuntimeError, never crashes.
//
// Decoder: a recursive-descent parser over the UTF-8 bytes of the document (json_dec_t).
// Byte offsets are converted to code-point offsets only when an error is raised. Items of the
// containers being parsed are pushed on one shared value stack (json_dec_t.stack) and each
// list/dict is made once, at its final size, when its closing bracket is read. Object keys go
// through a small cache (json_dec_t.keys) so a repeated key is one str object, hashed once.
//
// JSONEncoder/JSONDecoder objects hold the parsed options of dumps/loads (mp_arg_val_t arrays
// in the order of json_dump_args / json_load_args) and run the same encoder and decoder.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "py/modio.h"

// ---- JSONDecodeError ----
// A ValueError whose args are (formatted message,) and whose instance dict holds msg, doc, pos,
// lineno and colno. Instances are ordinary mp_obj_exception_t made by ValueError's constructor.

extern const mp_obj_type_t json_type_JSONDecodeError;

static void json_exc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = self->args ? self->args->len : 0;
    if (kind == PRINT_REPR) {
        mp_printf(print, "%q(", self->base.type->name);
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, self->args->items[i], PRINT_REPR);
        }
        mp_print_str(print, ")");
    } else if (n == 1) {
        mp_obj_print_helper(print, self->args->items[0], PRINT_STR);
    } else if (n > 1) {
        mp_obj_print_helper(print, MP_OBJ_FROM_PTR(self->args), PRINT_REPR);
    }
}

static void json_exc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_type_ValueError.attr(self_in, attr, dest);
}

static void json_exc_set(mp_obj_t exc, qstr attr, mp_obj_t value) {
    mp_obj_t dest[2] = {MP_OBJ_SENTINEL, value};
    mp_type_ValueError.attr(exc, attr, dest);
}

// Builds JSONDecodeError(msg, doc, pos) with pos in code points.
static mp_obj_t json_exc_new(const mp_obj_type_t *type, mp_obj_t msg, mp_obj_t doc, mp_int_t pos) {
    size_t len = 0;
    const byte *s = (const byte *)"";
    if (mp_obj_is_str(doc)) {
        s = (const byte *)mp_obj_str_get_data(doc, &len);
    }
    // lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos)
    mp_int_t lineno = 1, last_nl = -1, ci = 0;
    const byte *p = s, *end = s + len;
    while (p < end && ci < pos) {
        if (*p == '\n') {
            lineno++;
            last_nl = ci;
        }
        p = utf8_next_char(p);
        ci++;
    }
    mp_int_t colno = pos - last_nl;
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t pr;
    mp_print_init_vstr(&pr, &vstr);
    mp_obj_print_helper(&pr, msg, PRINT_STR);
    mp_printf(&pr, ": line %d column %d (char %d)", (int)lineno, (int)colno, (int)pos);
    mp_obj_t full = mp_obj_new_str_from_vstr(&vstr);
    mp_obj_t exc = mp_type_ValueError.make_new(type, 1, 0, &full);
    json_exc_set(exc, MP_QSTR_msg, msg);
    json_exc_set(exc, MP_QSTR_doc, doc);
    json_exc_set(exc, MP_QSTR_pos, mp_obj_new_int(pos));
    json_exc_set(exc, MP_QSTR_lineno, mp_obj_new_int(lineno));
    json_exc_set(exc, MP_QSTR_colno, mp_obj_new_int(colno));
    return exc;
}

static mp_obj_t json_exc_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 3, 3, false);
    return json_exc_new(type, args[0], args[1], mp_obj_get_int(args[2]));
}

const mp_obj_type_t json_type_JSONDecodeError = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_IS_EXCEPTION,
    .name = MP_QSTR_JSONDecodeError,
    .print = json_exc_print,
    .make_new = json_exc_make_new,
    .unary_op = mp_generic_unary_op,
    .attr = json_exc_attr,
    .parent = &mp_type_ValueError,
};

// ======================================================================================
// Encoder
// ======================================================================================

typedef struct _json_enc_t {
    vstr_t *out;
    const char *indent;        // NULL: compact (no newlines)
    size_t indent_len;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    bool sort_keys, ensure_ascii, allow_nan, skipkeys, check_circular;
    mp_obj_t default_fn;       // MP_OBJ_NULL: none
    size_t level;              // indentation level
    mp_obj_t path[32];         // the outermost containers being encoded (JSON_PATH_LINEAR)
    mp_map_t deep;             // the deeper ones, keyed by address (alloc 0: not yet made)
    size_t path_len;           // depth of containers being encoded
} json_enc_t;

static void json_encode(json_enc_t *enc, mp_obj_t o);

// For each ASCII byte: 0 = copied as is; otherwise the character after the backslash ('u' for
// \u00XX). Bytes >= 0x80 are handled separately (kept, or \u-escaped with ensure_ascii).
static const char json_esc_table[128] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void json_add_u_escape(vstr_t *out, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    char *p = vstr_extend(out, 6);
    p[0] = '\\';
    p[1] = 'u';
    p[2] = hex[(c >> 12) & 0xf];
    p[3] = hex[(c >> 8) & 0xf];
    p[4] = hex[(c >> 4) & 0xf];
    p[5] = hex[c & 0xf];
}

static void json_encode_str_data(json_enc_t *enc, const byte *s, size_t len) {
    vstr_t *out = enc->out;
    vstr_hint_size(out, len + 2);
    vstr_add_byte(out, '"');
    const byte *end = s + len;
    const byte *run = s;   // start of the bytes not yet copied
    while (s < end) {
        byte b = *s;
        if (b < 0x80) {
            if (MP_LIKELY(json_esc_table[b] == 0 && !(b == 0x7f && enc->ensure_ascii))) {
                s++;
                continue;
            }
            vstr_add_strn(out, (const char *)run, s - run);
            char e = json_esc_table[b];
            if (e == 'u' || b == 0x7f) {
                json_add_u_escape(out, b);
            } else {
                char *p = vstr_extend(out, 2);
                p[0] = '\\';
                p[1] = e;
            }
            s++;
            run = s;
        } else if (!enc->ensure_ascii) {
            s++;
        } else {
            vstr_add_strn(out, (const char *)run, s - run);
            uint32_t c = utf8_get_char(s);
            s = utf8_next_char(s);
            if (c >= 0x10000) {
                c -= 0x10000;
                json_add_u_escape(out, 0xd800 | (c >> 10));
                json_add_u_escape(out, 0xdc00 | (c & 0x3ff));
            } else {
                json_add_u_escape(out, c);
            }
            run = s;
        }
    }
    vstr_add_strn(out, (const char *)run, s - run);
    vstr_add_byte(out, '"');
}

static void json_encode_str(json_enc_t *enc, mp_obj_t str) {
    GET_STR_DATA_LEN(str, s, len);
    json_encode_str_data(enc, s, len);
}

// The double nearest to the p-digit integer dig * 10**scale. Exact (one correctly rounded
// operation on exact operands, Clinger's fast path) when the integer is below 2**53 and
// |scale| <= 22; otherwise strtod does it.
static double json_digits_value(const char *dig, int p, int scale) {
    uint64_t m = 0;
    for (int i = 0; i < p; i++) {
        m = m * 10 + (dig[i] - '0');
    }
    static const double pow10[23] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    if (m <= ((uint64_t)1 << 53) && scale >= -22 && scale <= 22) {
        return scale >= 0 ? (double)m * pow10[scale] : (double)m / pow10[-scale];
    }
    char num[48];
    memcpy(num, dig, p);
    snprintf(num + p, sizeof(num) - p, "e%d", scale);
    return strtod(num, NULL);
}

// The 17 significant digits of a (1e-6 <= a < 1e17), correctly rounded (half to even, as
// printf does), and the decimal exponent of the first one; false outside that range.
// a = m * 2**e exactly; with k = 16 - E, a * 10**k = m * 10**k * 2**e is computed exactly in
// 128 bits (m < 2**53, 10**k <= 10**22 < 2**74) and rounded once at the binary point.
static bool json_digits17(double a, char *dig, int *e10) {
    if (!(a >= 1e-6 && a < 1e17)) {
        return false;
    }
    int bexp;
    double fr = frexp(a, &bexp);
    uint64_t m = (uint64_t)ldexp(fr, 53);
    int e = bexp - 53;
    int E = (int)floor(log10(a));
    const uint64_t lo17 = 10000000000000000ull, hi17 = 100000000000000000ull;
    for (int tries = 0; tries < 3; tries++) {
        int k = 16 - E;
        if (k < 0 || k > 22) {
            return false;
        }
        unsigned __int128 pk = 1;
        for (int i = 0; i < k; i++) {
            pk *= 10;
        }
        unsigned __int128 P = (unsigned __int128)m * pk;
        uint64_t q;
        if (e >= 0) {
            if (e > 10) {
                return false;
            }
            P <<= e;
            if (P >= hi17) {
                E++;
                continue;
            }
            q = (uint64_t)P;
        } else {
            int sh = -e;
            if (sh >= 127) {
                return false;
            }
            unsigned __int128 qq = P >> sh;
            if (qq >= hi17) {
                E++;
                continue;
            }
            q = (uint64_t)qq;
            unsigned __int128 rem = P - (qq << sh);
            unsigned __int128 half = (unsigned __int128)1 << (sh - 1);
            if (rem > half || (rem == half && (q & 1))) {
                q++;
            }
        }
        if (q < lo17) {
            E--;
            continue;
        }
        if (q == hi17) {
            q = lo17;
            E++;
        }
        for (int i = 16; i >= 0; i--) {
            dig[i] = '0' + q % 10;
            q /= 10;
        }
        *e10 = E;
        return true;
    }
    return false;
}

// Fast shortest repr for the common doubles; returns false to leave the rest (subnormals,
// powers of two, ties in the decimal rounding) to mp_format_float_repr.
// json_digits17 (or snprintf outside its range) gives the correctly rounded 17 significant
// digits; the 15- and 16-digit candidates are rounded from them in decimal (exact unless the
// dropped tail is a tie "50..0", which is rejected). Any decimal of at most 15 digits that reads back as d is d's 15-digit
// rounding (DBL_DIG), so if that fails no shorter string exists either; at 16 digits the
// correctly rounded candidate is the closest, and only a power of two (lopsided rounding
// interval) could read back from the other neighbour instead.
static bool json_float_fast(vstr_t *out, double d) {
    double a = fabs(d);
    if (a < 2.2250738585072014e-308 || a >= 1e300) {
        return false;
    }
    if (a < 1e15 && a == (double)(int64_t)a) {
        char buf[24];
        char *p = buf + sizeof(buf);
        *--p = '0';
        *--p = '.';
        uint64_t u = (uint64_t)a;
        do {
            *--p = '0' + u % 10;
            u /= 10;
        } while (u != 0);
        if (d < 0) {
            *--p = '-';
        }
        vstr_add_strn(out, p, buf + sizeof(buf) - p);
        return true;
    }
    int bexp;
    if (frexp(a, &bexp) == 0.5) {
        return false;
    }
    char dig[18];
    int e10;
    if (!json_digits17(a, dig, &e10)) {
        char buf[40];
        snprintf(buf, sizeof(buf), "%.16e", a);
        dig[0] = buf[0];
        memcpy(dig + 1, buf + 2, 16);
        e10 = atoi(buf + 19);
    }
    dig[17] = 0;
    char cand[18];
    int nd = 17, ce = e10;
    for (int p = 15; p <= 16; p++) {
        const char *tail = dig + p;
        if (tail[0] == '5') {
            bool zeros = true;
            for (const char *t = tail + 1; *t; t++) {
                if (*t != '0') {
                    zeros = false;
                }
            }
            if (zeros) {
                return false;
            }
        }
        memcpy(cand, dig, p);
        int e = e10;
        if (tail[0] >= '5') {
            int i = p - 1;
            while (i >= 0 && cand[i] == '9') {
                cand[i--] = '0';
            }
            if (i < 0) {
                cand[0] = '1';
                e++;
            } else {
                cand[i]++;
            }
        }
        if (json_digits_value(cand, p, e - (p - 1)) == a) {
            nd = p;
            ce = e;
            break;
        }
    }
    if (nd == 17) {
        memcpy(cand, dig, 17);
    }
    while (nd > 1 && cand[nd - 1] == '0') {
        nd--;
    }
    char res[40];
    char *r = res;
    if (d < 0) {
        *r++ = '-';
    }
    if (ce >= -4 && ce < 16) {
        if (ce >= 0) {
            for (int i = 0; i <= ce; i++) {
                *r++ = i < nd ? cand[i] : '0';
            }
            *r++ = '.';
            if (nd > ce + 1) {
                memcpy(r, cand + ce + 1, nd - ce - 1);
                r += nd - ce - 1;
            } else {
                *r++ = '0';
            }
        } else {
            *r++ = '0';
            *r++ = '.';
            for (int i = 0; i < -ce - 1; i++) {
                *r++ = '0';
            }
            memcpy(r, cand, nd);
            r += nd;
        }
    } else {
        *r++ = cand[0];
        if (nd > 1) {
            *r++ = '.';
            memcpy(r, cand + 1, nd - 1);
            r += nd - 1;
        }
        r += snprintf(r, 8, "e%c%02d", ce < 0 ? '-' : '+', ce < 0 ? -ce : ce);
    }
    vstr_add_strn(out, res, r - res);
    return true;
}

// Appends a float the way CPython's encoder does: repr, or Infinity/-Infinity/NaN.
static void json_encode_float(json_enc_t *enc, double d) {
    if (!isfinite(d)) {
        if (!enc->allow_nan) {
            mp_raise_ValueError("Out of range float values are not JSON compliant");
        }
        vstr_add_str(enc->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return;
    }
    if (!json_float_fast(enc->out, d)) {
        mp_format_float_repr(enc->out, d);
    }
}

static void json_encode_int(json_enc_t *enc, mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
        char buf[24];
        char *p = buf + sizeof(buf);
        mp_uint_t u = v < 0 ? -(mp_uint_t)v : (mp_uint_t)v;
        do {
            *--p = '0' + u % 10;
            u /= 10;
        } while (u != 0);
        if (v < 0) {
            *--p = '-';
        }
        vstr_add_strn(enc->out, p, buf + sizeof(buf) - p);
    } else {
        mp_obj_int_format(enc->out, o, 10, NULL, false);
    }
}

static void json_newline_indent(json_enc_t *enc) {
    vstr_add_byte(enc->out, '\n');
    for (size_t i = 0; i < enc->level; i++) {
        vstr_add_strn(enc->out, enc->indent, enc->indent_len);
    }
}

// Circular-reference check: the first JSON_PATH_LINEAR containers of the path are searched
// linearly (the usual depth of a document); deeper ones are kept in a map keyed by address.
#define JSON_PATH_LINEAR (32)

static mp_obj_t json_path_key(mp_obj_t o) {
    return MP_OBJ_NEW_SMALL_INT(((mp_uint_t)o) >> 2);
}

static void json_path_push(json_enc_t *enc, mp_obj_t o) {
    if (!enc->check_circular) {
        return;
    }
    size_t n = enc->path_len < JSON_PATH_LINEAR ? enc->path_len : JSON_PATH_LINEAR;
    for (size_t i = 0; i < n; i++) {
        if (enc->path[i] == o) {
            mp_raise_ValueError("Circular reference detected");
        }
    }
    if (enc->path_len < JSON_PATH_LINEAR) {
        enc->path[enc->path_len] = o;
    } else {
        if (enc->deep.alloc == 0) {
            mp_map_init(&enc->deep, 16);
        }
        mp_map_elem_t *e = mp_map_lookup(&enc->deep, json_path_key(o), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (e->value != MP_OBJ_NULL) {
            mp_raise_ValueError("Circular reference detected");
        }
        e->value = o;
    }
    enc->path_len++;
}

static void json_path_pop(json_enc_t *enc, mp_obj_t o) {
    if (enc->check_circular) {
        if (--enc->path_len >= JSON_PATH_LINEAR) {
            mp_map_lookup(&enc->deep, json_path_key(o), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
    }
}

static void json_encode_list(json_enc_t *enc, mp_obj_t o, mp_obj_t native) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(native, &n, &items);
    if (n == 0) {
        vstr_add_strn(enc->out, "[]", 2);
        return;
    }
    json_path_push(enc, o);
    vstr_add_byte(enc->out, '[');
    if (enc->indent) {
        enc->level++;
        json_newline_indent(enc);
    }
    // The list may change size while its items are encoded (default() can mutate it): re-read.
    for (size_t i = 0;; i++) {
        mp_obj_get_array(native, &n, &items);
        if (i >= n) {
            break;
        }
        if (i > 0) {
            vstr_add_strn(enc->out, enc->item_sep, enc->item_sep_len);
            if (enc->indent) {
                json_newline_indent(enc);
            }
        }
        json_encode(enc, items[i]);
    }
    if (enc->indent) {
        enc->level--;
        json_newline_indent(enc);
    }
    vstr_add_byte(enc->out, ']');
    json_path_pop(enc, o);
}

// Writes one coerced key; returns false when the key is skipped (skipkeys).
static bool json_encode_key(json_enc_t *enc, mp_obj_t key) {
    const mp_obj_type_t *t = mp_obj_get_type(key);
    if (t == &mp_type_str) {
        json_encode_str(enc, key);
        return true;
    }
    vstr_t *out = enc->out;
    if (mp_obj_isinstance(key, &mp_type_str)) {
        json_encode_str(enc, mp_obj_get_native(key, &mp_type_str));
    } else if (mp_obj_isinstance(key, &mp_type_float)) {
        vstr_add_byte(out, '"');
        json_encode_float(enc, mp_obj_float_get(mp_obj_get_native(key, &mp_type_float)));
        vstr_add_byte(out, '"');
    } else if (key == mp_const_true) {
        vstr_add_strn(out, "\"true\"", 6);
    } else if (key == mp_const_false) {
        vstr_add_strn(out, "\"false\"", 7);
    } else if (key == mp_const_none) {
        vstr_add_strn(out, "\"null\"", 6);
    } else if (mp_obj_isinstance(key, &mp_type_int)) {
        vstr_add_byte(out, '"');
        json_encode_int(enc, mp_obj_get_native(key, &mp_type_int));
        vstr_add_byte(out, '"');
    } else if (enc->skipkeys) {
        return false;
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "keys must be str, int, float, bool or None, not %s",
            mp_obj_get_type_str(key));
    }
    return true;
}

static void json_encode_dict(json_enc_t *enc, mp_obj_t o, mp_obj_t native) {
    mp_map_t *map = mp_obj_dict_get_map(native);
    if (mp_map_len(map) == 0) {
        vstr_add_strn(enc->out, "{}", 2);
        return;
    }
    json_path_push(enc, o);
    vstr_add_byte(enc->out, '{');
    if (enc->indent) {
        enc->level++;
        json_newline_indent(enc);
    }
    // Snapshot the items so that default() mutating the dict cannot derail the walk.
    size_t n = mp_map_len(map);
    mp_obj_t keys = mp_obj_new_list(n, NULL);
    mp_obj_t *kv;
    size_t kn;
    mp_obj_list_get(keys, &kn, &kv);
    size_t cur = 0, j = 0;
    mp_map_elem_t *e;
    while (j < n && (e = mp_map_iter_next(map, &cur)) != NULL) {
        kv[j++] = e->key;
    }
    mp_obj_list_set_len(keys, j);
    mp_obj_t values = MP_OBJ_NULL;
    if (enc->sort_keys) {
        mp_map_t no_kw;
        mp_map_init(&no_kw, 0);
        mp_obj_list_sort(1, &keys, &no_kw);
    } else {
        values = mp_obj_new_list(j, NULL);
        mp_obj_t *vv;
        mp_obj_list_get(values, &kn, &vv);
        cur = 0;
        size_t k = 0;
        while (k < j && (e = mp_map_iter_next(map, &cur)) != NULL) {
            vv[k++] = e->value;
        }
    }
    bool first = true;
    for (size_t i = 0; i < j; i++) {
        mp_obj_list_get(keys, &kn, &kv);
        mp_obj_t key = kv[i];
        mp_obj_t value;
        if (values != MP_OBJ_NULL) {
            mp_obj_t *vv;
            mp_obj_list_get(values, &kn, &vv);
            value = vv[i];
        } else {
            mp_map_elem_t *f = mp_map_lookup(map, key, MP_MAP_LOOKUP);
            if (f == NULL) {
                continue;
            }
            value = f->value;
        }
        size_t mark = enc->out->len;
        if (!first) {
            vstr_add_strn(enc->out, enc->item_sep, enc->item_sep_len);
            if (enc->indent) {
                json_newline_indent(enc);
            }
        }
        if (!json_encode_key(enc, key)) {
            enc->out->len = mark;
            continue;
        }
        first = false;
        vstr_add_strn(enc->out, enc->key_sep, enc->key_sep_len);
        json_encode(enc, value);
    }
    if (enc->indent) {
        enc->level--;
        json_newline_indent(enc);
    }
    vstr_add_byte(enc->out, '}');
    json_path_pop(enc, o);
}

static void json_encode(json_enc_t *enc, mp_obj_t o) {
    mp_stack_check();
    if (mp_obj_is_small_int(o)) {
        json_encode_int(enc, o);
        return;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_str) {
        json_encode_str(enc, o);
    } else if (t == &mp_type_float) {
        json_encode_float(enc, mp_obj_float_get(o));
    } else if (t == &mp_type_dict) {
        json_encode_dict(enc, o, o);
    } else if (t == &mp_type_list || t == &mp_type_tuple) {
        json_encode_list(enc, o, o);
    } else if (o == mp_const_none) {
        vstr_add_strn(enc->out, "null", 4);
    } else if (o == mp_const_true) {
        vstr_add_strn(enc->out, "true", 4);
    } else if (o == mp_const_false) {
        vstr_add_strn(enc->out, "false", 5);
    } else if (t == &mp_type_int) {
        json_encode_int(enc, o);
    } else if (mp_obj_isinstance(o, &mp_type_str)) {
        json_encode_str(enc, mp_obj_get_native(o, &mp_type_str));
    } else if (mp_obj_isinstance(o, &mp_type_int)) {
        json_encode_int(enc, mp_obj_get_native(o, &mp_type_int));
    } else if (mp_obj_isinstance(o, &mp_type_float)) {
        json_encode_float(enc, mp_obj_float_get(mp_obj_get_native(o, &mp_type_float)));
    } else if (mp_obj_isinstance(o, &mp_type_list)) {
        json_encode_list(enc, o, mp_obj_get_native(o, &mp_type_list));
    } else if (mp_obj_isinstance(o, &mp_type_tuple)) {
        json_encode_list(enc, o, mp_obj_get_native(o, &mp_type_tuple));
    } else if (mp_obj_isinstance(o, &mp_type_dict)) {
        json_encode_dict(enc, o, mp_obj_get_native(o, &mp_type_dict));
    } else {
        if (enc->default_fn == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "Object of type %s is not JSON serializable",
                mp_obj_get_type_str(o));
        }
        json_path_push(enc, o);
        mp_obj_t r = mp_call_function_1(enc->default_fn, o);
        json_encode(enc, r);
        json_path_pop(enc, o);
    }
}

static const char *json_get_sep(mp_obj_t s, size_t *len) {
    if (!mp_obj_isinstance(s, &mp_type_str)) {
        mp_raise_msg_varg(&mp_type_TypeError, "separator must be str, not %s", mp_obj_get_type_str(s));
    }
    return mp_obj_str_get_data(mp_obj_get_native(s, &mp_type_str), len);
}

enum {
    ARG_skipkeys, ARG_ensure_ascii, ARG_check_circular, ARG_allow_nan, ARG_cls, ARG_indent,
    ARG_separators, ARG_default, ARG_sort_keys,
};

static const mp_arg_t json_dump_args[] = {
    { MP_QSTR_skipkeys, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_false_obj)} },
    { MP_QSTR_ensure_ascii, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_true_obj)} },
    { MP_QSTR_check_circular, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_true_obj)} },
    { MP_QSTR_allow_nan, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_true_obj)} },
    { MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_indent, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_separators, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_default, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_sort_keys, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_false_obj)} },
};

// Encodes obj with the options a[] (in json_dump_args order) and returns the document as a
// str. self: the JSONEncoder whose default() method is used when a[ARG_default] is None, or
// MP_OBJ_NULL.
static mp_obj_t json_encode_with(mp_obj_t obj, const mp_arg_val_t *a, mp_obj_t self) {
    json_enc_t enc;
    memset(&enc, 0, sizeof(enc));
    vstr_t vstr;
    vstr_init(&vstr, 64);
    enc.out = &vstr;
    enc.skipkeys = mp_obj_is_true(a[ARG_skipkeys].u_obj);
    enc.ensure_ascii = mp_obj_is_true(a[ARG_ensure_ascii].u_obj);
    enc.check_circular = mp_obj_is_true(a[ARG_check_circular].u_obj);
    enc.allow_nan = mp_obj_is_true(a[ARG_allow_nan].u_obj);
    enc.sort_keys = mp_obj_is_true(a[ARG_sort_keys].u_obj);
    enc.default_fn = a[ARG_default].u_obj == mp_const_none ? MP_OBJ_NULL : a[ARG_default].u_obj;
    if (enc.default_fn == MP_OBJ_NULL && self != MP_OBJ_NULL) {
        // JSONEncoder (or a subclass overriding default()): its bound default method.
        enc.default_fn = mp_load_attr(self, MP_QSTR_default);
    }
    mp_obj_t indent = a[ARG_indent].u_obj;
    if (indent != mp_const_none) {
        if (mp_obj_isinstance(indent, &mp_type_str)) {
            enc.indent = mp_obj_str_get_data(mp_obj_get_native(indent, &mp_type_str), &enc.indent_len);
        } else {
            if (!mp_obj_is_int(indent)) {
                mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                    mp_obj_get_type_str(indent));
            }
            mp_int_t n = mp_obj_get_int(indent);
            if (n < 0) {
                n = 0;
            }
            char *sp = m_new(char, n + 1);
            memset(sp, ' ', n);
            enc.indent = sp;
            enc.indent_len = n;
        }
    }
    mp_obj_t seps = a[ARG_separators].u_obj;
    if (seps != mp_const_none) {
        mp_obj_t *items;
        mp_obj_t tmp[2];
        if (mp_obj_is_type(seps, &mp_type_tuple) || mp_obj_is_type(seps, &mp_type_list)) {
            size_t n;
            mp_obj_get_array(seps, &n, &items);
            if (n != 2) {
                mp_raise_msg_varg(&mp_type_ValueError, "%s to unpack (expected 2)", n < 2 ? "not enough values" : "too many values");
            }
        } else {
            mp_unpack_sequence(seps, 2, tmp);
            mp_obj_t t0 = tmp[1];
            tmp[1] = tmp[0];
            tmp[0] = t0;
            items = tmp;
        }
        enc.item_sep = json_get_sep(items[0], &enc.item_sep_len);
        enc.key_sep = json_get_sep(items[1], &enc.key_sep_len);
    } else {
        enc.item_sep = enc.indent ? "," : ", ";
        enc.item_sep_len = enc.indent ? 1 : 2;
        enc.key_sep = ": ";
        enc.key_sep_len = 2;
    }
    json_encode(&enc, obj);
    return mp_obj_new_str_from_vstr(&vstr);
}

typedef struct _json_encoder_obj_t {
    mp_obj_base_t base;
    mp_arg_val_t a[MP_ARRAY_SIZE(json_dump_args)];
} json_encoder_obj_t;

extern const mp_obj_type_t json_type_JSONEncoder;
extern const mp_obj_fun_builtin_fixed_t json_encoder_encode_obj;

// Calls cls(**kw).method(arg) for dumps/loads with a cls argument; kw without cls.
static mp_obj_t json_call_cls(mp_obj_t cls, mp_map_t *kw, mp_obj_t extra_sep, qstr method, mp_obj_t arg) {
    size_t n_kw = 0;
    mp_obj_t *kwa = m_new(mp_obj_t, 2 * (mp_map_len(kw) + 1));
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
        if (e->key != MP_OBJ_NEW_QSTR(MP_QSTR_cls)) {
            kwa[2 * n_kw] = e->key;
            kwa[2 * n_kw + 1] = e->value;
            n_kw++;
        }
    }
    if (extra_sep != MP_OBJ_NULL) {
        kwa[2 * n_kw] = MP_OBJ_NEW_QSTR(MP_QSTR_separators);
        kwa[2 * n_kw + 1] = extra_sep;
        n_kw++;
    }
    mp_obj_t inst = mp_call_function_n_kw(cls, 0, n_kw, kwa);
    if (method == MP_QSTR_encode && mp_obj_isinstance(inst, &json_type_JSONEncoder)
        && mp_obj_type_lookup(mp_obj_get_type(inst), MP_QSTR_encode) == MP_OBJ_FROM_PTR(&json_encoder_encode_obj)) {
        // JSONEncoder's own encode(), called with the instance itself so that a subclass's
        // default() is found (a bound native method would only see the native object).
        mp_obj_t native = mp_obj_get_native(inst, &json_type_JSONEncoder);
        return json_encode_with(arg, ((json_encoder_obj_t *)MP_OBJ_TO_PTR(native))->a, inst);
    }
    mp_obj_t dest[3];
    mp_load_method(inst, method, dest);
    dest[2] = arg;
    return mp_call_method_n_kw(1, 0, dest);
}

// Encodes obj with the options in pos (the separators positional argument of MicroPython's
// API, or nothing) and kw; returns the document as a str.
static mp_obj_t json_dumps_common(mp_obj_t obj, size_t n_pos, const mp_obj_t *pos, mp_map_t *kw) {
    // The separators positional argument is MicroPython's; the option table puts it first.
    mp_arg_t allowed[MP_ARRAY_SIZE(json_dump_args)];
    memcpy(allowed, json_dump_args, sizeof(allowed));
    mp_arg_val_t a[MP_ARRAY_SIZE(json_dump_args)];
    mp_obj_t sep_pos = MP_OBJ_NULL;
    if (n_pos > 1) {
        mp_raise_TypeError("too many positional arguments");
    }
    if (n_pos == 1) {
        sep_pos = pos[0];
        if (mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_separators), MP_MAP_LOOKUP) != NULL) {
            mp_raise_TypeError("argument 'separators' given twice");
        }
    }
    mp_map_elem_t *cls = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_cls), MP_MAP_LOOKUP);
    if (cls != NULL && cls->value != mp_const_none) {
        return json_call_cls(cls->value, kw, sep_pos, MP_QSTR_encode, obj);
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(allowed); i++) {
        allowed[i].flags |= MP_ARG_KW_ONLY;
    }
    mp_arg_parse_all(0, NULL, kw, MP_ARRAY_SIZE(allowed), allowed, a);
    if (sep_pos != MP_OBJ_NULL) {
        a[ARG_separators].u_obj = sep_pos;
    }
    return json_encode_with(obj, a, MP_OBJ_NULL);
}

static mp_obj_t json_dumps(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return json_dumps_common(args[0], n_args - 1, args + 1, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_dumps_obj, 1, json_dumps);

static mp_obj_t json_dump(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args < 2) {
        mp_raise_TypeError("dump() missing required argument: 'fp'");
    }
    mp_obj_t s = json_dumps_common(args[0], n_args - 2, args + 2, kw);
    size_t len;
    const char *data = mp_obj_str_get_data(s, &len);
    mp_io_write_text(args[1], data, len);   // bytes for an io.IOBase stream (MicroPython)
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_dump_obj, 1, json_dump);

// ---- JSONEncoder: the options of json_dump_args kept in an object ----


static mp_obj_t json_encoder_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    json_encoder_obj_t *self = m_new_obj(json_encoder_obj_t);
    self->base.type = &json_type_JSONEncoder;
    mp_arg_t allowed[MP_ARRAY_SIZE(json_dump_args)];
    memcpy(allowed, json_dump_args, sizeof(allowed));
    for (size_t i = 0; i < MP_ARRAY_SIZE(allowed); i++) {
        allowed[i].flags |= MP_ARG_KW_ONLY;
    }
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, self->a);
    return MP_OBJ_FROM_PTR(self);
}

static json_encoder_obj_t *json_encoder_native(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_get_native(self_in, &json_type_JSONEncoder);
    if (!mp_obj_is_type(native, &json_type_JSONEncoder)) {
        mp_raise_TypeError("JSONEncoder object expected");
    }
    return MP_OBJ_TO_PTR(native);
}

static mp_obj_t json_encoder_encode(mp_obj_t self_in, mp_obj_t o) {
    return json_encode_with(o, json_encoder_native(self_in)->a, self_in);
}
MP_DEFINE_CONST_FUN_OBJ_2(json_encoder_encode_obj, json_encoder_encode);

// iterencode: the same text as encode(), as one chunk.
static mp_obj_t json_encoder_iterencode(size_t n_args, const mp_obj_t *args) {
    mp_obj_t s = json_encoder_encode(args[0], args[1]);
    return mp_getiter(mp_obj_new_tuple(1, &s));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(json_encoder_iterencode_obj, 2, 3, json_encoder_iterencode);

static mp_obj_t json_encoder_default(mp_obj_t self_in, mp_obj_t o) {
    mp_raise_msg_varg(&mp_type_TypeError, "Object of type %s is not JSON serializable", mp_obj_get_type_str(o));
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_encoder_default_obj, json_encoder_default);

static void json_encoder_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    json_encoder_obj_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_arg_val_t *a = self->a;
    mp_obj_t seps = a[ARG_separators].u_obj;
    switch (attr) {
        case MP_QSTR_skipkeys: dest[0] = a[ARG_skipkeys].u_obj; break;
        case MP_QSTR_ensure_ascii: dest[0] = a[ARG_ensure_ascii].u_obj; break;
        case MP_QSTR_check_circular: dest[0] = a[ARG_check_circular].u_obj; break;
        case MP_QSTR_allow_nan: dest[0] = a[ARG_allow_nan].u_obj; break;
        case MP_QSTR_sort_keys: dest[0] = a[ARG_sort_keys].u_obj; break;
        case MP_QSTR_indent: dest[0] = a[ARG_indent].u_obj; break;
        case MP_QSTR_item_separator:
            if (seps != mp_const_none) {
                dest[0] = mp_obj_subscr(seps, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
            } else {
                dest[0] = a[ARG_indent].u_obj != mp_const_none ? mp_obj_new_str(",", 1) : mp_obj_new_str(", ", 2);
            }
            break;
        case MP_QSTR_key_separator:
            dest[0] = seps != mp_const_none ? mp_obj_subscr(seps, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_SENTINEL)
                : mp_obj_new_str(": ", 2);
            break;
        case MP_QSTR_default:
            if (a[ARG_default].u_obj != mp_const_none) {
                dest[0] = a[ARG_default].u_obj;
            }
            break;
    }
}

static const mp_rom_map_elem_t json_encoder_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_encode), MP_ROM_PTR(&json_encoder_encode_obj) },
    { MP_ROM_QSTR(MP_QSTR_iterencode), MP_ROM_PTR(&json_encoder_iterencode_obj) },
    { MP_ROM_QSTR(MP_QSTR_default), MP_ROM_PTR(&json_encoder_default_obj) },
};
static MP_DEFINE_CONST_DICT(json_encoder_locals_dict, json_encoder_locals_table);

const mp_obj_type_t json_type_JSONEncoder = {
    {&mp_type_type},
    .name = MP_QSTR_JSONEncoder,
    .make_new = json_encoder_make_new,
    .attr = json_encoder_attr,
    .locals_dict = (mp_obj_dict_t *)&json_encoder_locals_dict,
};

// ======================================================================================
// Decoder
// ======================================================================================

#define JSON_KEY_CACHE (256)

typedef struct _json_dec_t {
    const byte *start, *p, *end;
    mp_obj_t doc;              // the document as passed (str) or decoded (for bytes input)
    bool strict;
    mp_obj_t object_hook, object_pairs_hook, parse_float, parse_int, parse_constant; // NULL: none
    mp_obj_t *stack;           // items of the open containers, innermost last
    size_t stack_len, stack_alloc;
    mp_obj_t keys[JSON_KEY_CACHE]; // recently made key strs, by a hash of their bytes
} json_dec_t;

NORETURN static void json_dec_error(json_dec_t *dec, const char *msg, const byte *at) {
    mp_obj_t doc = dec->doc;
    if (doc == MP_OBJ_NULL) {
        doc = mp_obj_new_str((const char *)dec->start, dec->end - dec->start);
    }
    mp_int_t pos = utf8_charlen(dec->start, at - dec->start);
    nlr_raise(json_exc_new(&json_type_JSONDecodeError, mp_obj_new_str(msg, strlen(msg)), doc, pos));
}

static inline void json_skip_ws(json_dec_t *dec) {
    const byte *p = dec->p, *end = dec->end;
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) {
        p++;
    }
    dec->p = p;
}

static void json_push(json_dec_t *dec, mp_obj_t o) {
    if (MP_UNLIKELY(dec->stack_len == dec->stack_alloc)) {
        size_t n = dec->stack_alloc * 2 + 16;
        dec->stack = m_renew(mp_obj_t, dec->stack, dec->stack_alloc, n);
        dec->stack_alloc = n;
    }
    dec->stack[dec->stack_len++] = o;
}

static int json_hex4(const byte *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        byte c = p[i];
        if (!unichar_isxdigit(c)) {
            return -1;
        }
        v = v * 16 + unichar_xdigit_value(c);
    }
    return v;
}

// Parses a string whose opening quote is at dec->p; is_key: use the key cache.
static mp_obj_t json_parse_str(json_dec_t *dec, bool is_key) {
    const byte *begin = dec->p;
    const byte *p = begin + 1, *end = dec->end;
    const byte *s = p;
    // Fast path: no escapes.
    while (p < end && *p != '"' && *p != '\\' && (*p >= 0x20 || !dec->strict)) {
        p++;
    }
    if (p >= end) {
        json_dec_error(dec, "Unterminated string starting at", begin);
    }
    if (*p == '"') {
        size_t len = p - s;
        dec->p = p + 1;
        if (is_key) {
            uint32_t h = 2166136261u;
            for (size_t i = 0; i < len; i++) {
                h = (h ^ s[i]) * 16777619u;
            }
            mp_obj_t *slot = &dec->keys[h % JSON_KEY_CACHE];
            if (*slot != MP_OBJ_NULL) {
                GET_STR_DATA_LEN(*slot, kd, kl);   // a qstr for '' and one-char keys
                if (kl == len && memcmp(kd, s, len) == 0) {
                    return *slot;
                }
            }
            mp_obj_t o = mp_obj_new_str((const char *)s, len);
            *slot = o;
            return o;
        }
        return mp_obj_new_str((const char *)s, len);
    }
    // Slow path: copy with escapes decoded.
    vstr_t vstr;
    vstr_init(&vstr, (p - s) + 16);
    vstr_add_strn(&vstr, (const char *)s, p - s);
    for (;;) {
        s = p;
        while (p < end && *p != '"' && *p != '\\' && (*p >= 0x20 || !dec->strict)) {
            p++;
        }
        vstr_add_strn(&vstr, (const char *)s, p - s);
        if (p >= end) {
            json_dec_error(dec, "Unterminated string starting at", begin);
        }
        if (*p == '"') {
            dec->p = p + 1;
            break;
        }
        if (*p != '\\') {
            json_dec_error(dec, "Invalid control character at", p);
        }
        p++;
        if (p >= end) {
            json_dec_error(dec, "Unterminated string starting at", begin);
        }
        byte c = *p;
        switch (c) {
            case '"': case '\\': case '/':
                vstr_add_byte(&vstr, c);
                p++;
                break;
            case 'b': vstr_add_byte(&vstr, '\b'); p++; break;
            case 'f': vstr_add_byte(&vstr, '\f'); p++; break;
            case 'n': vstr_add_byte(&vstr, '\n'); p++; break;
            case 'r': vstr_add_byte(&vstr, '\r'); p++; break;
            case 't': vstr_add_byte(&vstr, '\t'); p++; break;
            case 'u': {
                int u = end - p > 4 ? json_hex4(p + 1) : -1;
                if (u < 0) {
                    json_dec_error(dec, "Invalid \\uXXXX escape", p);
                }
                p += 5;
                uint32_t ch = u;
                if (ch >= 0xd800 && ch <= 0xdbff && end - p > 1 && p[0] == '\\' && p[1] == 'u') {
                    int u2 = end - p > 5 ? json_hex4(p + 2) : -1;
                    if (u2 < 0) {
                        json_dec_error(dec, "Invalid \\uXXXX escape", p + 1);
                    }
                    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                        ch = 0x10000 + ((ch - 0xd800) << 10) + (u2 - 0xdc00);
                        p += 6;
                    }
                }
                vstr_add_char(&vstr, ch);
                break;
            }
            default:
                json_dec_error(dec, "Invalid \\escape", p - 1);
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

static mp_obj_t json_parse_value(json_dec_t *dec);

// Parses a number at dec->p (which holds '-' or a digit); returns NULL if there is none.
static mp_obj_t json_parse_number(json_dec_t *dec) {
    const byte *begin = dec->p, *p = begin, *end = dec->end;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    if (p >= end || !unichar_isdigit(*p)) {
        return MP_OBJ_NULL;
    }
    const byte *digits = p;
    if (*p == '0') {
        p++;
    } else {
        while (p < end && unichar_isdigit(*p)) {
            p++;
        }
    }
    const byte *int_end = p;
    bool is_float = false;
    if (end - p > 1 && *p == '.' && unichar_isdigit(p[1])) {
        is_float = true;
        p += 2;
        while (p < end && unichar_isdigit(*p)) {
            p++;
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const byte *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q < end && unichar_isdigit(*q)) {
            while (q < end && unichar_isdigit(*q)) {
                q++;
            }
            p = q;
            is_float = true;
        }
    }
    dec->p = p;
    size_t len = p - begin;
    if (is_float) {
        if (dec->parse_float != MP_OBJ_NULL) {
            return mp_call_function_1(dec->parse_float, mp_obj_new_str((const char *)begin, len));
        }
        char small[64];
        char *buf = small;
        if (len >= sizeof(small)) {
            buf = m_new(char, len + 1);
        }
        memcpy(buf, begin, len);
        buf[len] = 0;
        double d = strtod(buf, NULL);
        if (buf != small) {
            m_del(char, buf, len + 1);
        }
        return mp_obj_new_float(d);
    }
    if (dec->parse_int != MP_OBJ_NULL) {
        return mp_call_function_1(dec->parse_int, mp_obj_new_str((const char *)begin, len));
    }
    size_t nd = int_end - digits;
    if (nd <= 18) {
        mp_int_t v = 0;
        for (const byte *q = digits; q < int_end; q++) {
            v = v * 10 + (*q - '0');
        }
        return mp_obj_new_int(neg ? -v : v);
    }
    return mp_parse_num_integer((const char *)begin, len, 10);
}

static mp_obj_t json_parse_constant(json_dec_t *dec, const char *name, double value) {
    if (dec->parse_constant != MP_OBJ_NULL) {
        return mp_call_function_1(dec->parse_constant, mp_obj_new_str(name, strlen(name)));
    }
    return mp_obj_new_float(value);
}

static bool json_match(json_dec_t *dec, const char *word, size_t n) {
    if ((size_t)(dec->end - dec->p) >= n && memcmp(dec->p, word, n) == 0) {
        dec->p += n;
        return true;
    }
    return false;
}

static mp_obj_t json_parse_array(json_dec_t *dec) {
    dec->p++;
    json_skip_ws(dec);
    size_t base = dec->stack_len;
    if (dec->p < dec->end && *dec->p == ']') {
        dec->p++;
        return mp_obj_new_list(0, NULL);
    }
    for (;;) {
        mp_obj_t v = json_parse_value(dec);
        if (v == MP_OBJ_NULL) {
            json_dec_error(dec, "Expecting value", dec->p);
        }
        json_push(dec, v);
        json_skip_ws(dec);
        if (dec->p < dec->end && *dec->p == ']') {
            dec->p++;
            break;
        }
        if (dec->p >= dec->end || *dec->p != ',') {
            json_dec_error(dec, "Expecting ',' delimiter", dec->p);
        }
        dec->p++;
        json_skip_ws(dec);
    }
    size_t n = dec->stack_len - base;
    mp_obj_t list = mp_obj_new_list(n, dec->stack + base);
    dec->stack_len = base;
    return list;
}

static mp_obj_t json_parse_object(json_dec_t *dec) {
    dec->p++;
    json_skip_ws(dec);
    size_t base = dec->stack_len;
    if (dec->p < dec->end && *dec->p == '}') {
        dec->p++;
    } else {
        for (;;) {
            if (dec->p >= dec->end || *dec->p != '"') {
                json_dec_error(dec, "Expecting property name enclosed in double quotes", dec->p);
            }
            mp_obj_t key = json_parse_str(dec, true);
            json_skip_ws(dec);
            if (dec->p >= dec->end || *dec->p != ':') {
                json_dec_error(dec, "Expecting ':' delimiter", dec->p);
            }
            dec->p++;
            json_skip_ws(dec);
            mp_obj_t v = json_parse_value(dec);
            if (v == MP_OBJ_NULL) {
                json_dec_error(dec, "Expecting value", dec->p);
            }
            json_push(dec, key);
            json_push(dec, v);
            json_skip_ws(dec);
            if (dec->p < dec->end && *dec->p == '}') {
                dec->p++;
                break;
            }
            if (dec->p >= dec->end || *dec->p != ',') {
                json_dec_error(dec, "Expecting ',' delimiter", dec->p);
            }
            dec->p++;
            json_skip_ws(dec);
        }
    }
    size_t n = (dec->stack_len - base) / 2;
    mp_obj_t *kv = dec->stack + base;
    mp_obj_t result;
    if (dec->object_pairs_hook != MP_OBJ_NULL) {
        mp_obj_t pairs = mp_obj_new_list(n, NULL);
        mp_obj_t *items;
        size_t len;
        mp_obj_list_get(pairs, &len, &items);
        for (size_t i = 0; i < n; i++) {
            items[i] = mp_obj_new_tuple(2, kv + 2 * i);
        }
        dec->stack_len = base;
        return mp_call_function_1(dec->object_pairs_hook, pairs);
    }
    result = mp_obj_new_dict(n);
    mp_map_t *map = mp_obj_dict_get_map(result);
    for (size_t i = 0; i < n; i++) {
        mp_map_lookup(map, kv[2 * i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = kv[2 * i + 1];
    }
    dec->stack_len = base;
    if (dec->object_hook != MP_OBJ_NULL) {
        result = mp_call_function_1(dec->object_hook, result);
    }
    return result;
}

// Parses the value at dec->p; returns MP_OBJ_NULL (position unchanged) if none starts there.
static mp_obj_t json_parse_value(json_dec_t *dec) {
    mp_stack_check();
    if (dec->p >= dec->end) {
        return MP_OBJ_NULL;
    }
    switch (*dec->p) {
        case '"':
            return json_parse_str(dec, false);
        case '{':
            return json_parse_object(dec);
        case '[':
            return json_parse_array(dec);
        case 'n':
            return json_match(dec, "null", 4) ? mp_const_none : MP_OBJ_NULL;
        case 't':
            return json_match(dec, "true", 4) ? mp_const_true : MP_OBJ_NULL;
        case 'f':
            return json_match(dec, "false", 5) ? mp_const_false : MP_OBJ_NULL;
        case 'N':
            return json_match(dec, "NaN", 3) ? json_parse_constant(dec, "NaN", NAN) : MP_OBJ_NULL;
        case 'I':
            return json_match(dec, "Infinity", 8) ? json_parse_constant(dec, "Infinity", INFINITY) : MP_OBJ_NULL;
        case '-':
            if (json_match(dec, "-Infinity", 9)) {
                return json_parse_constant(dec, "-Infinity", -INFINITY);
            }
            return json_parse_number(dec);
        default:
            if (unichar_isdigit(*dec->p)) {
                return json_parse_number(dec);
            }
            return MP_OBJ_NULL;
    }
}

static mp_obj_t json_opt(const mp_arg_val_t *a) {
    return a->u_obj == mp_const_none ? MP_OBJ_NULL : a->u_obj;
}

enum {
    ARG_d_cls, ARG_object_hook, ARG_parse_float, ARG_parse_int, ARG_parse_constant,
    ARG_object_pairs_hook, ARG_strict,
};

static const mp_arg_t json_load_args[] = {
    { MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_object_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_parse_float, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_parse_int, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_parse_constant, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_object_pairs_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    { MP_QSTR_strict, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_true_obj)} },
};

// Decodes s (str, bytes or bytearray) with the options a[] (json_load_args order).
// raw_idx < 0: the whole document, surrounding whitespace allowed; else (raw_decode) one value
// starting exactly at code point raw_idx of the str s, returned as (value, end index).
static mp_obj_t json_decode_with(mp_obj_t s, const mp_arg_val_t *a, mp_int_t raw_idx, bool check_bom) {
    json_dec_t *dec = m_new_obj(json_dec_t);
    memset(dec, 0, sizeof(*dec));
    size_t len;
    const byte *data;
    if (mp_obj_isinstance(s, &mp_type_str)) {
        s = mp_obj_get_native(s, &mp_type_str);
        data = (const byte *)mp_obj_str_get_data(s, &len);
        dec->doc = s;
        dec->start = data;
        dec->end = data + len;
        if (check_bom && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
            json_dec_error(dec, "Unexpected UTF-8 BOM (decode using utf-8-sig)", data);
        }
    } else if (raw_idx >= 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "first argument must be a string, not %s", mp_obj_get_type_str(s));
    } else if (mp_obj_is_type(s, &mp_type_bytes) || mp_obj_is_type(s, &mp_type_bytearray)) {
        mp_buffer_info_t bi;
        mp_get_buffer_raise(s, &bi, MP_BUFFER_READ);
        data = bi.buf;
        len = bi.len;
        if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
            data += 3;
            len -= 3;
        }
        if (!utf8_check(data, len)) {
            mp_raise_msg(&mp_type_UnicodeDecodeError, "'utf-8' codec can't decode bytes");
        }
        if (mp_obj_is_type(s, &mp_type_bytearray)) {
            // Parse a copy: hooks may resize the bytearray while we read it.
            byte *copy = m_new(byte, len + 1);
            memcpy(copy, data, len);
            data = copy;
        }
        dec->doc = MP_OBJ_NULL;
        dec->start = data;
        dec->end = data + len;
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
            mp_obj_get_type_str(s));
    }
    dec->p = dec->start;
    dec->strict = mp_obj_is_true(a[ARG_strict].u_obj);
    dec->object_hook = json_opt(&a[ARG_object_hook]);
    dec->object_pairs_hook = json_opt(&a[ARG_object_pairs_hook]);
    dec->parse_float = json_opt(&a[ARG_parse_float]);
    dec->parse_int = json_opt(&a[ARG_parse_int]);
    dec->parse_constant = json_opt(&a[ARG_parse_constant]);
    if (dec->parse_float == MP_OBJ_FROM_PTR(&mp_type_float)) {
        dec->parse_float = MP_OBJ_NULL;
    }
    if (dec->parse_int == MP_OBJ_FROM_PTR(&mp_type_int)) {
        dec->parse_int = MP_OBJ_NULL;
    }
    if (raw_idx >= 0) {
        const byte *p = dec->start;
        for (mp_int_t i = 0; i < raw_idx; i++) {
            if (p >= dec->end) {
                nlr_raise(json_exc_new(&json_type_JSONDecodeError, mp_obj_new_str("Expecting value", 15), dec->doc, raw_idx));
            }
            p = utf8_next_char(p);
        }
        dec->p = p;
        mp_obj_t v = json_parse_value(dec);
        if (v == MP_OBJ_NULL) {
            json_dec_error(dec, "Expecting value", dec->p);
        }
        mp_obj_t items[2] = {v, mp_obj_new_int(utf8_charlen(dec->start, dec->p - dec->start))};
        return mp_obj_new_tuple(2, items);
    }
    json_skip_ws(dec);
    mp_obj_t v = json_parse_value(dec);
    if (v == MP_OBJ_NULL) {
        json_dec_error(dec, "Expecting value", dec->p);
    }
    json_skip_ws(dec);
    if (dec->p != dec->end) {
        json_dec_error(dec, "Extra data", dec->p);
    }
    return v;
}

static mp_obj_t json_loads(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args > 1) {
        mp_raise_TypeError("loads() takes 1 positional argument");
    }
    mp_map_elem_t *cls = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_cls), MP_MAP_LOOKUP);
    if (cls != NULL && cls->value != mp_const_none) {
        return json_call_cls(cls->value, kw, MP_OBJ_NULL, MP_QSTR_decode, args[0]);
    }
    mp_arg_val_t a[MP_ARRAY_SIZE(json_load_args)];
    mp_arg_parse_all(0, NULL, kw, MP_ARRAY_SIZE(json_load_args), json_load_args, a);
    return json_decode_with(args[0], a, -1, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_loads_obj, 1, json_loads);

// ---- JSONDecoder: the options of json_load_args kept in an object ----

typedef struct _json_decoder_obj_t {
    mp_obj_base_t base;
    mp_arg_val_t a[MP_ARRAY_SIZE(json_load_args)];
} json_decoder_obj_t;

extern const mp_obj_type_t json_type_JSONDecoder;

static mp_obj_t json_decoder_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    json_decoder_obj_t *self = m_new_obj(json_decoder_obj_t);
    self->base.type = &json_type_JSONDecoder;
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(json_load_args), json_load_args, self->a);
    return MP_OBJ_FROM_PTR(self);
}

static json_decoder_obj_t *json_decoder_native(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_get_native(self_in, &json_type_JSONDecoder);
    if (!mp_obj_is_type(native, &json_type_JSONDecoder)) {
        mp_raise_TypeError("JSONDecoder object expected");
    }
    return MP_OBJ_TO_PTR(native);
}

static mp_obj_t json_decoder_decode(mp_obj_t self_in, mp_obj_t s) {
    return json_decode_with(s, json_decoder_native(self_in)->a, -1, false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_decoder_decode_obj, json_decoder_decode);

static mp_obj_t json_decoder_raw_decode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_s, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_idx, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, a);
    if (a[1].u_int < 0) {
        mp_raise_ValueError("idx cannot be negative");
    }
    return json_decode_with(a[0].u_obj, json_decoder_native(args[0])->a, a[1].u_int, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_decoder_raw_decode_obj, 2, json_decoder_raw_decode);

static void json_decoder_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    json_decoder_obj_t *self = MP_OBJ_TO_PTR(self_in);
    for (size_t i = 1; i < MP_ARRAY_SIZE(json_load_args); i++) {
        if (json_load_args[i].qst == attr) {
            dest[0] = self->a[i].u_obj;
            if (dest[0] == mp_const_none && i == ARG_parse_float) {
                dest[0] = MP_OBJ_FROM_PTR(&mp_type_float);
            } else if (dest[0] == mp_const_none && i == ARG_parse_int) {
                dest[0] = MP_OBJ_FROM_PTR(&mp_type_int);
            }
            return;
        }
    }
}

static const mp_rom_map_elem_t json_decoder_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&json_decoder_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_raw_decode), MP_ROM_PTR(&json_decoder_raw_decode_obj) },
};
static MP_DEFINE_CONST_DICT(json_decoder_locals_dict, json_decoder_locals_table);

const mp_obj_type_t json_type_JSONDecoder = {
    {&mp_type_type},
    .name = MP_QSTR_JSONDecoder,
    .make_new = json_decoder_make_new,
    .attr = json_decoder_attr,
    .locals_dict = (mp_obj_dict_t *)&json_decoder_locals_dict,
};

static mp_obj_t json_load(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args > 1) {
        mp_raise_TypeError("load() takes 1 positional argument");
    }
    mp_obj_t doc = mp_io_read_all(args[0]);   // read(), or readinto() for an io.IOBase stream
    return json_loads(1, &doc, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_load_obj, 1, json_load);

static const mp_rom_map_elem_t json_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_json) },
    { MP_ROM_QSTR(MP_QSTR_dump), MP_ROM_PTR(&json_dump_obj) },
    { MP_ROM_QSTR(MP_QSTR_dumps), MP_ROM_PTR(&json_dumps_obj) },
    { MP_ROM_QSTR(MP_QSTR_load), MP_ROM_PTR(&json_load_obj) },
    { MP_ROM_QSTR(MP_QSTR_loads), MP_ROM_PTR(&json_loads_obj) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecodeError), MP_ROM_PTR(&json_type_JSONDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_JSONEncoder), MP_ROM_PTR(&json_type_JSONEncoder) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecoder), MP_ROM_PTR(&json_type_JSONDecoder) },
};
MP_DEFINE_CONST_MODULE(json_module, json_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_json, json_module);
