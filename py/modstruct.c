// py/modstruct.c: the struct module (calcsize, pack, pack_into, unpack, unpack_from).
//
// A format is an optional byte-order character, then items "[count]code":
//   @  native order, native sizes and alignment (the default)
//   =  native order, standard sizes, no alignment
//   <  little-endian, standard sizes;  > and !  big-endian, standard sizes
// Codes and standard sizes: x pad(1) c(1) b B ?(1) h H(2) i I l L(4) q Q(8) e(2) f(4) d(8)
// s p (count = byte length); n N P exist only in native mode (size of a pointer).
// Native mode aligns each item to its own size; nothing is added at the end.
//
// Errors are ValueError with CPython's struct.error texts ("unpack requires a buffer of 4
// bytes", "byte format requires -128 <= number <= 127", ...).
#include <math.h>
#include <string.h>

#include "py/runtime.h"

typedef struct _fmt_iter_t {
    const char *p, *end;
    char order;      // '@', '<' or '>'
    bool native;     // native sizes and alignment
    bool little;
} fmt_iter_t;

NORETURN static void struct_error(const char *msg) {
    mp_raise_ValueError(msg);
}

static void fmt_init(fmt_iter_t *it, mp_obj_t fmt_in) {
    size_t len;
    if (mp_obj_is_str(fmt_in)) {
        it->p = mp_obj_str_get_data(fmt_in, &len);
    } else {
        mp_buffer_info_t bi;
        mp_get_buffer_raise(fmt_in, &bi, MP_BUFFER_READ);
        it->p = bi.buf;
        len = bi.len;
    }
    it->end = it->p + len;
    it->native = true;
    it->little = true; // Linux hosts we target are little-endian
    if (it->p < it->end) {
        switch (*it->p) {
            case '@':
                it->p++;
                break;
            case '=':
                it->native = false;
                it->p++;
                break;
            case '<':
                it->native = false;
                it->p++;
                break;
            case '>':
            case '!':
                it->native = false;
                it->little = false;
                it->p++;
                break;
        }
    }
}

// Size of one item of `code`; 0 for a bad code.
static size_t code_size(const fmt_iter_t *it, char code) {
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
            return 1;
        case 'h': case 'H': case 'e':
            return 2;
        case 'i': case 'I': case 'f':
            return 4;
        case 'l': case 'L':
            return it->native ? sizeof(long) : 4;
        case 'q': case 'Q': case 'd':
            return 8;
        case 'n': case 'N':
            return it->native ? sizeof(size_t) : 0;
        case 'P':
            return it->native ? sizeof(void *) : 0;
        default:
            return 0;
    }
}

// Next item: sets *count and *code; returns false at the end of the format.
static bool fmt_next(fmt_iter_t *it, size_t *count, char *code) {
    while (it->p < it->end && unichar_isspace((byte)*it->p)) {
        it->p++;
    }
    if (it->p >= it->end) {
        return false;
    }
    size_t n = 1;
    if (unichar_isdigit((byte)*it->p)) {
        n = 0;
        while (it->p < it->end && unichar_isdigit((byte)*it->p)) {
            if (n > (size_t)MP_SMALL_INT_MAX / 10) {
                struct_error("total struct size too long");
            }
            n = n * 10 + (*it->p++ - '0');
        }
        if (it->p >= it->end) {
            struct_error("repeat count given without format specifier");
        }
    }
    *code = *it->p++;
    if (code_size(it, *code) == 0) {
        struct_error("bad char in struct format");
    }
    *count = n;
    return true;
}

static size_t align_to(const fmt_iter_t *it, size_t offset, size_t size) {
    if (it->native && size > 1) {
        offset = (offset + size - 1) / size * size;
    }
    return offset;
}

// Total byte size and number of Python values of a format.
static size_t fmt_calcsize(mp_obj_t fmt_in, size_t *n_values) {
    fmt_iter_t it;
    fmt_init(&it, fmt_in);
    size_t total = 0, nv = 0, count;
    char code;
    while (fmt_next(&it, &count, &code)) {
        size_t sz = code_size(&it, code);
        // Sizes must not wrap: unpack trusts total to bound its reads of the buffer.
        size_t item_bytes;
        if (code == 's' || code == 'p') {
            item_bytes = count;
            nv += 1;
        } else {
            total = align_to(&it, total, sz);
            if (__builtin_mul_overflow(sz, count, &item_bytes)) {
                struct_error("total struct size too long");
            }
            if (code != 'x') {
                nv += count;
            }
        }
        if (__builtin_add_overflow(total, item_bytes, &total) || total > (size_t)MP_SMALL_INT_MAX) {
            struct_error("total struct size too long");
        }
    }
    if (n_values != NULL) {
        *n_values = nv;
    }
    return total;
}

/******************************************************************************/
// IEEE half precision

static uint16_t half_from_double(double d) {
    uint16_t sign = signbit(d) ? 0x8000 : 0;
    double a = fabs(d);
    if (isnan(d)) {
        return sign | 0x7e00;
    }
    if (isinf(d)) {
        return sign | 0x7c00;
    }
    if (a == 0) {
        return sign;
    }
    int e;
    double m = frexp(a, &e); // a = m * 2**e, 0.5 <= m < 1
    // half: normal numbers are 1.f * 2**(E-15), E in 1..30; subnormals 0.f * 2**-14
    int exp = e - 1; // a = (2m) * 2**exp
    uint32_t bits;
    if (exp < -14) {
        // subnormal: value / 2**-24 rounded to an integer, ties to even
        double q = ldexp(a, 24);
        double r = nearbyint(q);
        bits = (uint32_t)r; // may round up into the smallest normal: still correct encoding
    } else {
        double frac = ldexp(2 * m - 1.0, 10); // 10-bit fraction, unrounded
        double r = nearbyint(frac);
        if (r >= 1024) {
            r = 0;
            exp += 1;
        }
        if (exp > 15) {
            mp_raise_msg(&mp_type_OverflowError, "float too large to pack with e format");
        }
        bits = ((uint32_t)(exp + 15) << 10) | (uint32_t)r;
    }
    return sign | (uint16_t)bits;
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int f = h & 0x3ff;
    double v;
    if (e == 0) {
        v = ldexp(f, -24);
    } else if (e == 31) {
        v = f ? NAN : INFINITY;
    } else {
        v = ldexp(f + 1024, e - 25);
    }
    return (h & 0x8000) ? -v : v;
}

/******************************************************************************/
// packing

static void put_uint(byte *p, uint64_t v, size_t size, bool little) {
    for (size_t i = 0; i < size; i++) {
        byte b = (byte)(v >> (8 * i));
        p[little ? i : size - 1 - i] = b;
    }
}

static uint64_t get_uint(const byte *p, size_t size, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    }
    return v;
}

NORETURN static void range_error(char code, size_t size, bool is_signed, bool negative) {
    switch (code) {
        case 'b':
            struct_error("byte format requires -128 <= number <= 127");
        case 'B':
            struct_error("ubyte format requires 0 <= number <= 255");
        case 'h':
            struct_error("short format requires -32768 <= number <= 32767");
        case 'H':
            struct_error("ushort format requires 0 <= number <= 65535");
        default:
            break;
    }
    if (size >= 8 || (!is_signed && negative)) {
        struct_error("argument out of range");
    }
    long long lo = is_signed ? -(1LL << (8 * size - 1)) : 0;
    long long hi = is_signed ? (1LL << (8 * size - 1)) - 1 : (long long)((1ULL << (8 * size)) - 1);
    mp_raise_msg_varg(&mp_type_ValueError, "'%c' format requires %s <= number <= %s", code,
        mp_obj_str_get_str(mp_obj_str(mp_obj_new_int_from_ll(lo))),
        mp_obj_str_get_str(mp_obj_str(mp_obj_new_int_from_ll(hi))));
}

// 8 bytes of a big int; false if it does not fit.
static bool big_to_bytes(mp_obj_t v, bool big_endian, bool is_signed, byte *p) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_int_to_bytes(v, big_endian, is_signed, 8, p);
        nlr_pop();
        return true;
    }
    return false;
}

static void pack_int(const fmt_iter_t *it, char code, size_t size, byte *p, mp_obj_t v) {
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    mp_int_t iv;
    if (!mp_obj_is_int(v)) {
        if (mp_obj_is_float(v) || !mp_obj_get_int_maybe(v, &iv)) {
            struct_error("required argument is not an integer");
        }
        v = mp_obj_new_int(iv);
    }
    if (mp_obj_is_small_int(v) || mp_obj_is_type(v, &mp_type_bool)) {
        iv = mp_obj_get_int(v);
        bool ok;
        if (is_signed) {
            ok = size >= 8 || (iv >= -(1LL << (8 * size - 1)) && iv < (1LL << (8 * size - 1)));
        } else {
            ok = iv >= 0 && (size >= 8 || (uint64_t)iv < (1ULL << (8 * size)));
        }
        if (!ok) {
            range_error(code, size, is_signed, iv < 0);
        }
        put_uint(p, (uint64_t)iv, size, it->little);
        return;
    }
    // a big int: only 8-byte fields can hold one
    if (size != 8 || !big_to_bytes(v, !it->little, is_signed, p)) {
        range_error(code, size, is_signed, mp_obj_int_sign(v) < 0);
    }
}

// Packs values[0..] into p following the format; the caller checked the value count.
static void struct_pack_into_buf(mp_obj_t fmt_in, byte *p, size_t n_values, const mp_obj_t *values) {
    fmt_iter_t it;
    fmt_init(&it, fmt_in);
    byte *start = p;
    size_t count, vi = 0;
    char code;
    while (fmt_next(&it, &count, &code)) {
        size_t size = code_size(&it, code);
        if (code == 's' || code == 'p') {
            mp_obj_t v = values[vi++];
            if (!mp_obj_is_type(v, &mp_type_bytes) && !mp_obj_is_type(v, &mp_type_bytearray)) {
                mp_raise_msg_varg(&mp_type_ValueError, "argument for '%c' must be a bytes object", code);
            }
            mp_buffer_info_t bi;
            mp_get_buffer_raise(v, &bi, MP_BUFFER_READ);
            memset(p, 0, count);
            if (code == 's') {
                memcpy(p, bi.buf, bi.len < count ? bi.len : count);
            } else if (count > 0) {
                size_t n = bi.len < count - 1 ? bi.len : count - 1;
                if (n > 255) {
                    n = 255;
                }
                p[0] = (byte)n;
                memcpy(p + 1, bi.buf, n);
            }
            p += count;
            continue;
        }
        p = start + align_to(&it, p - start, size);
        for (size_t k = 0; k < count; k++, p += size) {
            if (code == 'x') {
                *p = 0;
                continue;
            }
            mp_obj_t v = values[vi++];
            switch (code) {
                case 'c': {
                    mp_buffer_info_t bi;
                    if ((!mp_obj_is_type(v, &mp_type_bytes) && !mp_obj_is_type(v, &mp_type_bytearray))
                        || !mp_get_buffer(v, &bi, MP_BUFFER_READ) || bi.len != 1) {
                        struct_error("char format requires a bytes object of length 1");
                    }
                    *p = *(byte *)bi.buf;
                    break;
                }
                case '?':
                    *p = mp_obj_is_true(v);
                    break;
                case 'e':
                case 'f':
                case 'd': {
                    double d;
                    if (!mp_obj_get_float_maybe(v, &d)) {
                        struct_error("required argument is not a float");
                    }
                    if (code == 'e') {
                        put_uint(p, half_from_double(d), 2, it.little);
                    } else if (code == 'f') {
                        float f = (float)d;
                        if (isinf(f) && isfinite(d) && !it.native) {
                            mp_raise_msg(&mp_type_OverflowError, "float too large to pack with f format");
                        }
                        uint32_t u;
                        memcpy(&u, &f, 4);
                        put_uint(p, u, 4, it.little);
                    } else {
                        uint64_t u;
                        memcpy(&u, &d, 8);
                        put_uint(p, u, 8, it.little);
                    }
                    break;
                }
                default:
                    pack_int(&it, code, size, p, v);
                    break;
            }
        }
    }
    (void)n_values;
}

static mp_obj_t struct_unpack_buf(mp_obj_t fmt_in, const byte *p, size_t n_values) {
    mp_obj_t tuple = mp_obj_new_tuple(n_values, NULL);
    mp_obj_t *items = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items;
    fmt_iter_t it;
    fmt_init(&it, fmt_in);
    const byte *start = p;
    size_t count, vi = 0;
    char code;
    while (fmt_next(&it, &count, &code)) {
        size_t size = code_size(&it, code);
        if (code == 's') {
            items[vi++] = mp_obj_new_bytes(p, count);
            p += count;
            continue;
        }
        if (code == 'p') {
            size_t n = count > 0 ? p[0] : 0;
            if (count > 0 && n > count - 1) {
                n = count - 1;
            }
            items[vi++] = mp_obj_new_bytes(count > 0 ? p + 1 : p, n);
            p += count;
            continue;
        }
        p = start + align_to(&it, p - start, size);
        for (size_t k = 0; k < count; k++, p += size) {
            mp_obj_t v;
            switch (code) {
                case 'x':
                    continue;
                case 'c':
                    v = mp_obj_new_bytes(p, 1);
                    break;
                case '?':
                    v = mp_obj_new_bool(*p != 0);
                    break;
                case 'e':
                    v = mp_obj_new_float(half_to_double((uint16_t)get_uint(p, 2, it.little)));
                    break;
                case 'f': {
                    uint32_t u = (uint32_t)get_uint(p, 4, it.little);
                    float f;
                    memcpy(&f, &u, 4);
                    v = mp_obj_new_float(f);
                    break;
                }
                case 'd': {
                    uint64_t u = get_uint(p, 8, it.little);
                    double d;
                    memcpy(&d, &u, 8);
                    v = mp_obj_new_float(d);
                    break;
                }
                case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
                    uint64_t u = get_uint(p, size, it.little);
                    if (size < 8 && (u >> (8 * size - 1)) & 1) {
                        u |= ~0ULL << (8 * size); // sign-extend
                    }
                    v = mp_obj_new_int_from_ll((long long)u);
                    break;
                }
                default:
                    v = mp_obj_new_int_from_ull(get_uint(p, size, it.little));
                    break;
            }
            items[vi++] = v;
        }
    }
    return tuple;
}

/******************************************************************************/
// module functions

static mp_obj_t mod_struct_calcsize(mp_obj_t fmt_in) {
    return mp_obj_new_int_from_uint(fmt_calcsize(fmt_in, NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_struct_calcsize_obj, mod_struct_calcsize);

static void check_value_count(size_t want, size_t got) {
    if (want != got) {
        mp_raise_msg_varg(&mp_type_ValueError, "pack expected %ld items for packing (got %ld)", (long)want, (long)got);
    }
}

static mp_obj_t mod_struct_pack(size_t n_args, const mp_obj_t *args) {
    size_t nv;
    size_t size = fmt_calcsize(args[0], &nv);
    check_value_count(nv, n_args - 1);
    vstr_t vstr;
    vstr_init_len(&vstr, size);
    memset(vstr.buf, 0, size);
    struct_pack_into_buf(args[0], (byte *)vstr.buf, nv, args + 1);
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_struct_pack_obj, 1, mod_struct_pack);

static mp_obj_t mod_struct_pack_into(size_t n_args, const mp_obj_t *args) {
    size_t nv;
    size_t size = fmt_calcsize(args[0], &nv);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    mp_int_t offset = mp_obj_get_int(args[2]);
    check_value_count(nv, n_args - 3);
    if (offset < 0) {
        if ((size_t)-offset > bi.len) {
            mp_raise_msg_varg(&mp_type_ValueError, "offset %ld out of range for %ld-byte buffer", (long)offset, (long)bi.len);
        }
        if ((size_t)-offset < size) {
            mp_raise_msg_varg(&mp_type_ValueError, "no space to pack %ld bytes at offset %ld", (long)size, (long)offset);
        }
        offset += bi.len;
    }
    if (bi.len < size || (size_t)offset > bi.len - size) {
        mp_raise_msg_varg(&mp_type_ValueError,
            "pack_into requires a buffer of at least %ld bytes for packing %ld bytes at offset %ld (actual buffer size is %ld)",
            (long)(size + offset), (long)size, (long)offset, (long)bi.len);
    }
    // Converting the values may run user code (__index__, __float__) that resizes the target:
    // pack into a scratch buffer, then fetch the target's buffer again and copy.
    byte small[64];
    byte *tmp = size <= sizeof(small) ? small : m_new(byte, size);
    memset(tmp, 0, size);
    struct_pack_into_buf(args[0], tmp, nv, args + 3);
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    if (bi.len < size || (size_t)offset > bi.len - size) {
        mp_raise_ValueError("pack_into: the buffer was resized while packing");
    }
    memcpy((byte *)bi.buf + offset, tmp, size);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_struct_pack_into_obj, 3, mod_struct_pack_into);

static mp_obj_t mod_struct_unpack(mp_obj_t fmt_in, mp_obj_t buf_in) {
    size_t nv;
    size_t size = fmt_calcsize(fmt_in, &nv);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf_in, &bi, MP_BUFFER_READ);
    if (bi.len != size) {
        mp_raise_msg_varg(&mp_type_ValueError, "unpack requires a buffer of %ld bytes", (long)size);
    }
    return struct_unpack_buf(fmt_in, bi.buf, nv);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_struct_unpack_obj, mod_struct_unpack);

static mp_obj_t mod_struct_unpack_from(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_format, ARG_buffer, ARG_offset };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_offset, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t fmt_in = args[ARG_format].u_obj;
    size_t nv;
    size_t size = fmt_calcsize(fmt_in, &nv);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[ARG_buffer].u_obj, &bi, MP_BUFFER_READ);
    mp_int_t offset = args[ARG_offset].u_int;
    if (offset < 0) {
        if ((size_t)-offset > bi.len) {
            mp_raise_msg_varg(&mp_type_ValueError, "offset %ld out of range for %ld-byte buffer", (long)offset, (long)bi.len);
        }
        if ((size_t)-offset < size) {
            mp_raise_msg_varg(&mp_type_ValueError, "not enough data to unpack %ld bytes at offset %ld", (long)size, (long)offset);
        }
        offset += bi.len;
    }
    if (bi.len < size || (size_t)offset > bi.len - size) {
        mp_raise_msg_varg(&mp_type_ValueError,
            "unpack_from requires a buffer of at least %ld bytes for unpacking %ld bytes at offset %ld (actual buffer size is %ld)",
            (long)(size + offset), (long)size, (long)offset, (long)bi.len);
    }
    return struct_unpack_buf(fmt_in, (const byte *)bi.buf + offset, nv);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_struct_unpack_from_obj, 2, mod_struct_unpack_from);

// iter_unpack(fmt, buffer): the buffer's consecutive records (its length a multiple of the size)
static mp_obj_t mod_struct_iter_unpack(mp_obj_t fmt_in, mp_obj_t buf_in) {
    size_t nv;
    size_t size = fmt_calcsize(fmt_in, &nv);
    if (size == 0) {
        mp_raise_msg(&mp_type_ValueError, "cannot iteratively unpack with a struct of length 0");
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf_in, &bi, MP_BUFFER_READ);
    if (bi.len % size != 0) {
        mp_raise_msg_varg(&mp_type_ValueError, "iterative unpacking requires a buffer of a multiple of %ld bytes", (long)size);
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t off = 0; off < bi.len; off += size) {
        mp_obj_list_append(list, struct_unpack_buf(fmt_in, (const byte *)bi.buf + off, nv));
    }
    return mp_getiter(list);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_struct_iter_unpack_obj, mod_struct_iter_unpack);

/******************************************************************************/
// struct.Struct: a format bound once; its methods are the module functions with that format

typedef struct _mp_obj_struct_t {
    mp_obj_base_t base;
    mp_obj_t format;
    size_t size;
} mp_obj_struct_t;

static mp_obj_t struct_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_t fmt = args[0];
    if (mp_obj_is_type(fmt, &mp_type_bytes)) {
        size_t len;
        const char *data = mp_obj_str_get_data(fmt, &len);
        fmt = mp_obj_new_str(data, len);
    } else if (!mp_obj_is_str(fmt)) {
        mp_raise_msg_varg(&mp_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", mp_obj_get_type_str(fmt));
    }
    mp_obj_struct_t *o = m_new_obj(mp_obj_struct_t);
    o->base.type = type;
    o->format = fmt;
    o->size = fmt_calcsize(fmt, NULL);
    return MP_OBJ_FROM_PTR(o);
}

static void struct_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_struct_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "Struct(");
    mp_obj_print_helper(print, self->format, PRINT_REPR);
    mp_print_str(print, ")");
}

static void struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_struct_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_size) {
        dest[0] = mp_obj_new_int_from_uint(self->size);
    } else if (attr == MP_QSTR_format) {
        dest[0] = self->format;
    }
}

// Calls module function fn with the format inserted before args[1:].
static mp_obj_t struct_call_with_format(const mp_obj_t *fn, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_struct_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t n_kw = kw ? mp_map_len(kw) : 0;
    mp_obj_t *a = m_new(mp_obj_t, n_args + 2 * n_kw);
    a[0] = self->format;
    for (size_t i = 1; i < n_args; i++) {
        a[i] = args[i];
    }
    size_t j = n_args;
    size_t cur = 0;
    mp_map_elem_t *e;
    while (kw && (e = mp_map_iter_next(kw, &cur)) != NULL) {
        a[j++] = e->key;
        a[j++] = e->value;
    }
    mp_obj_t r = mp_call_function_n_kw(MP_OBJ_FROM_PTR(fn), n_args, n_kw, a);
    m_del(mp_obj_t, a, n_args + 2 * n_kw);
    return r;
}

static mp_obj_t struct_pack(size_t n_args, const mp_obj_t *args) {
    return struct_call_with_format((const mp_obj_t *)&mod_struct_pack_obj, n_args, args, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_pack_obj, 1, struct_pack);

static mp_obj_t struct_pack_into(size_t n_args, const mp_obj_t *args) {
    return struct_call_with_format((const mp_obj_t *)&mod_struct_pack_into_obj, n_args, args, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_pack_into_obj, 3, struct_pack_into);

static mp_obj_t struct_unpack(mp_obj_t self_in, mp_obj_t buf) {
    mp_obj_t a[2] = {self_in, buf};
    return struct_call_with_format((const mp_obj_t *)&mod_struct_unpack_obj, 2, a, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_unpack_obj, struct_unpack);

static mp_obj_t struct_unpack_from(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return struct_call_with_format((const mp_obj_t *)&mod_struct_unpack_from_obj, n_args, args, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(struct_unpack_from_obj, 2, struct_unpack_from);

static mp_obj_t struct_iter_unpack(mp_obj_t self_in, mp_obj_t buf) {
    return mod_struct_iter_unpack(((mp_obj_struct_t *)MP_OBJ_TO_PTR(self_in))->format, buf);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_iter_unpack_obj, struct_iter_unpack);

static const mp_rom_map_elem_t struct_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&struct_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&struct_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&struct_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&struct_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&struct_iter_unpack_obj) },
};
static MP_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_dict_table);

static const mp_obj_type_t mp_type_struct_Struct = {
    {&mp_type_type},
    .name = MP_QSTR_Struct,
    .print = struct_print,
    .make_new = struct_make_new,
    .attr = struct_attr,
    .locals_dict = (mp_obj_dict_t *)&struct_locals_dict,
};

static const mp_rom_map_elem_t mp_module_struct_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_Struct), MP_ROM_PTR(&mp_type_struct_Struct) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&mod_struct_iter_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_struct) },
    { MP_ROM_QSTR(MP_QSTR_calcsize), MP_ROM_PTR(&mod_struct_calcsize_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&mod_struct_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&mod_struct_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&mod_struct_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&mod_struct_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_ValueError) },
};
MP_DEFINE_CONST_MODULE(mp_module_struct, mp_module_struct_globals_table);

MP_REGISTER_MODULE(MP_QSTR_struct, mp_module_struct);
