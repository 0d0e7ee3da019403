// py/objfloat.c: the float type (a boxed IEEE-754 double), float arithmetic and round().
//
// A float is an mp_obj_float_t { base, double value } on the heap; every arithmetic result is a
// new object. mp_obj_float_binary_op takes the left operand as a C double so int and complex
// code can reuse it; the float-op-float case is tested first and done without further
// dispatch (nbody-style code is mostly that).
//
// Python semantics kept here (CPython 3.11):
//   //, %, divmod   floor division; the remainder takes the sign of the divisor (or is a zero
//                   with that sign); the quotient is corrected so that q*b + r stays close to a.
//   **              C pow() plus Python's special cases: 0.0 ** negative raises,
//                   negative ** non-integer gives a complex, finite overflow raises
//                   OverflowError (34, 'Numerical result out of range').
//   comparisons     against ints are exact (delegated to py/objint.c for big ints).
//   hash            CPython's numeric hash: the value reduced modulo 2**61 - 1, so a float
//                   that equals an int hashes like it.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "py/runtime.h"
#include "py/objstr.h"

#if UINTPTR_MAX > 0xffffffffu
#define HASH_BITS (61)
#else
#define HASH_BITS (31)
#endif
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF (314159)

mp_obj_t mp_obj_new_float(double value) {
    mp_obj_float_t *o = m_new_obj(mp_obj_float_t);
    o->base.type = &mp_type_float;
    o->value = value;
    return MP_OBJ_FROM_PTR(o);
}

// The double inside a float or an instance of a float subclass, else false.
static bool float_native(mp_obj_t o, double *out) {
    if (mp_obj_is_float(o)) {
        *out = mp_obj_float_get(o);
        return true;
    }
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if ((t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_is_subclass(t, &mp_type_float)) {
            mp_obj_t n = mp_obj_get_native(o, &mp_type_float);
            if (n != MP_OBJ_NULL && mp_obj_is_float(n)) {
                *out = mp_obj_float_get(n);
                return true;
            }
        }
    }
    return false;
}

/******************************************************************************/
// conversions (declared in py/obj.h)

bool mp_obj_get_float_maybe(mp_obj_t arg, double *value) {
    if (mp_obj_is_float(arg)) {
        *value = mp_obj_float_get(arg);
        return true;
    }
    if (mp_obj_is_small_int(arg)) {
        *value = (double)MP_OBJ_SMALL_INT_VALUE(arg);
        return true;
    }
    if (mp_obj_is_int(arg)) {
        *value = mp_obj_int_as_float(arg);
        return true;
    }
    if (!mp_obj_is_obj(arg)) {
        return false;
    }
    if (float_native(arg, value)) {
        return true;
    }
    const mp_obj_type_t *t = mp_obj_get_type(arg);
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        if (mp_obj_is_subclass(t, &mp_type_int) && mp_obj_type_lookup(t, MP_QSTR___float__) == MP_OBJ_NULL) {
            *value = mp_obj_int_as_float(arg);
            return true;
        }
        // (a subclass of int that defines __float__ converts through it, as CPython)
        if (t->unary_op != NULL) {
            mp_obj_t r = t->unary_op(MP_UNARY_OP_FLOAT, arg);
            if (r != MP_OBJ_NULL) {
                if (!float_native(r, value)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)",
                        mp_obj_get_type_str(arg), mp_obj_get_type_str(r));
                }
                return true;
            }
            r = t->unary_op(MP_UNARY_OP_INDEX, arg);
            if (r != MP_OBJ_NULL && mp_obj_is_int(r)) {
                *value = mp_obj_int_as_float(r);
                return true;
            }
        }
    }
    return false;
}

double mp_obj_get_float(mp_obj_t arg) {
    double v;
    if (!mp_obj_get_float_maybe(arg, &v)) {
        mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(arg));
    }
    return v;
}

/******************************************************************************/
// printing, hashing

static void float_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    double d;
    if (!float_native(self_in, &d)) {
        d = mp_obj_float_get(self_in);
    }
    char buf[40];
    vstr_t vstr;
    vstr_init_fixed_buf(&vstr, sizeof(buf), buf);
    mp_format_float_repr(&vstr, d);
    mp_print_strn(print, vstr.buf, vstr.len);
}

// CPython's hash of a finite double: the exact value m * 2**e reduced modulo P = 2**61 - 1,
// consuming the mantissa 28 bits at a time (multiplying by 2**k mod P is a k-bit rotation).
static mp_int_t float_hash(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    // e is now the exponent of the integer x; rotate by e mod HASH_BITS (2 has order HASH_BITS)
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    mp_int_t h = (mp_int_t)x * sign;
    return h == -1 ? -2 : h;
}

static mp_obj_t float_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    double v;
    if (!float_native(o_in, &v)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(v != 0);
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(float_hash(v));
        case MP_UNARY_OP_POSITIVE:
            return mp_obj_is_float(o_in) ? o_in : mp_obj_new_float(v);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_float(-v);
        case MP_UNARY_OP_ABS:
            return signbit(v) ? mp_obj_new_float(-v) : (mp_obj_is_float(o_in) ? o_in : mp_obj_new_float(v));
        case MP_UNARY_OP_INT:
            return mp_obj_new_int_from_float(v);
        case MP_UNARY_OP_FLOAT:
            return mp_obj_is_float(o_in) ? o_in : mp_obj_new_float(v);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_float_t));
        default:
            return MP_OBJ_NULL;
    }
}

/******************************************************************************/
// arithmetic

NORETURN static void raise_range_error(void) {
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(ERANGE), mp_obj_new_str("Numerical result out of range", 29)};
    nlr_raise(mp_obj_new_exception_args(&mp_type_OverflowError, 2, args));
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

// v ** w following CPython's float_pow. Returns a float, or a complex for (negative) ** fraction.
static mp_obj_t float_pow(double v, double w) {
    if (w == 0) {
        return mp_obj_new_float(1.0);
    }
    if (isnan(v)) {
        return mp_obj_new_float(v);
    }
    if (isnan(w)) {
        return mp_obj_new_float(v == 1.0 ? 1.0 : w);
    }
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0) {
            return mp_obj_new_float(1.0);
        }
        return mp_obj_new_float((w > 0) == (av > 1.0) ? fabs(w) : 0.0);
    }
    if (isinf(v)) {
        bool odd = is_odd_integer(w);
        if (w > 0) {
            return mp_obj_new_float(odd ? v : fabs(v));
        }
        return mp_obj_new_float(odd ? copysign(0.0, v) : 0.0);
    }
    if (v == 0) {
        if (w < 0) {
            mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return mp_obj_new_float(is_odd_integer(w) ? v : 0.0);
    }
    bool negate = false;
    if (v < 0) {
        if (w != floor(w)) {
            return mp_obj_complex_binary_op(MP_BINARY_OP_POWER, v, 0.0, mp_obj_new_complex(w, 0.0));
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) {
        return mp_obj_new_float(negate ? -1.0 : 1.0);
    }
    double r = pow(v, w);
    if (isinf(r)) {
        raise_range_error();
    }
    return mp_obj_new_float(negate ? -r : r);
}

// Python's divmod for doubles (b != 0).
static void float_divmod(double a, double b, double *q_out, double *r_out) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5) {
            q += 1.0;
        }
    } else {
        q = copysign(0.0, a / b);
    }
    *q_out = q;
    *r_out = mod;
}

static mp_binary_op_t swap_cmp(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return MP_BINARY_OP_MORE;
        case MP_BINARY_OP_MORE:
            return MP_BINARY_OP_LESS;
        case MP_BINARY_OP_LESS_EQUAL:
            return MP_BINARY_OP_MORE_EQUAL;
        case MP_BINARY_OP_MORE_EQUAL:
            return MP_BINARY_OP_LESS_EQUAL;
        default:
            return op;
    }
}

mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, double lhs, mp_obj_t rhs_in) {
    double rhs;
    if (MP_LIKELY(mp_obj_is_float(rhs_in))) {
        rhs = mp_obj_float_get(rhs_in);
    } else if (mp_obj_is_small_int(rhs_in)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(rhs_in);
        if (op <= MP_BINARY_OP_NOT_EQUAL && (i > (1LL << 53) || i < -(1LL << 53))) {
            // exact comparison with an int that a double cannot hold
            return mp_obj_int_binary_op(swap_cmp(op), rhs_in, mp_obj_new_float(lhs));
        }
        rhs = (double)i;
    } else if (mp_obj_is_int(rhs_in)) {
        if (op <= MP_BINARY_OP_NOT_EQUAL) {
            return mp_obj_int_binary_op(swap_cmp(op), rhs_in, mp_obj_new_float(lhs));
        }
        rhs = mp_obj_int_as_float(rhs_in);
    } else if (mp_obj_is_type(rhs_in, &mp_type_complex)) {
        return mp_obj_complex_binary_op(op, lhs, 0.0, rhs_in);
    } else if (float_native(rhs_in, &rhs)) {
        // a float subclass instance
    } else {
        if (mp_obj_is_obj(rhs_in) && (mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
            && mp_obj_is_subclass(mp_obj_get_type(rhs_in), &mp_type_int)) {
            mp_obj_t n = mp_obj_get_native(rhs_in, &mp_type_int);
            if (n != rhs_in && n != MP_OBJ_NULL) {
                return mp_obj_float_binary_op(op, lhs, n);
            }
        }
        return MP_OBJ_NULL;
    }
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op -= MP_BINARY_OP_INPLACE_OFFSET;
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
            return mp_obj_new_float(lhs + rhs);
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_float(lhs - rhs);
        case MP_BINARY_OP_MULTIPLY:
            return mp_obj_new_float(lhs * rhs);
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (rhs == 0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
            }
            return mp_obj_new_float(lhs / rhs);
        case MP_BINARY_OP_FLOOR_DIVIDE: {
            if (rhs == 0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float floor division by zero");
            }
            double q, r;
            float_divmod(lhs, rhs, &q, &r);
            return mp_obj_new_float(q);
        }
        case MP_BINARY_OP_MODULO: {
            if (rhs == 0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float modulo");
            }
            double mod = fmod(lhs, rhs);
            if (mod != 0) {
                if ((rhs < 0) != (mod < 0)) {
                    mod += rhs;
                }
            } else {
                mod = copysign(0.0, rhs);
            }
            return mp_obj_new_float(mod);
        }
        case MP_BINARY_OP_DIVMOD: {
            if (rhs == 0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float divmod()");
            }
            double q, r;
            float_divmod(lhs, rhs, &q, &r);
            mp_obj_t items[2] = {mp_obj_new_float(q), mp_obj_new_float(r)};
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_POWER:
            return float_pow(lhs, rhs);
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(lhs < rhs);
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(lhs > rhs);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(lhs <= rhs);
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(lhs >= rhs);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(lhs != rhs);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t float_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    double lhs;
    if (MP_LIKELY(mp_obj_is_float(lhs_in))) {
        lhs = mp_obj_float_get(lhs_in);
    } else if (!float_native(lhs_in, &lhs)) {
        return MP_OBJ_NULL;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // other OP float where other's type declined: only numbers are handled here
        double other;
        if (mp_obj_is_int(rhs_in)) {
            other = mp_obj_int_as_float(rhs_in);
        } else if (!float_native(rhs_in, &other)) {
            return MP_OBJ_NULL;
        }
        return mp_obj_float_binary_op(op - MP_BINARY_OP_REVERSE_OFFSET, other, mp_obj_new_float(lhs));
    }
    return mp_obj_float_binary_op(op, lhs, rhs_in);
}

/******************************************************************************/
// constructor

static mp_obj_t float_from_text(mp_obj_t arg) {
    if (mp_obj_is_str(arg)) {
        size_t len;
        const char *s = mp_obj_str_get_data(arg, &len);
        for (size_t i = 0; i < len; i++) {
            if ((byte)s[i] >= 0x80) {
                // Unicode digits and spaces (float('١.٥') == 1.5)
                size_t alen;
                char *ascii = mp_str_ascii_numeric(s, len, &alen);
                if (ascii != NULL) {
                    nlr_buf_t nlr;
                    if (nlr_push(&nlr) == 0) {
                        mp_obj_t r = mp_parse_num_float(ascii, alen, false, false);
                        nlr_pop();
                        return r;
                    }
                    // invalid: the error names the text as given
                }
                break;
            }
        }
        return mp_parse_num_float(s, len, false, false);
    }
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(arg, &bufinfo, MP_BUFFER_READ);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_parse_num_float(bufinfo.buf, bufinfo.len, false, false);
        nlr_pop();
        return r;
    } else {
        mp_obj_t bytes = mp_obj_new_bytes(bufinfo.buf, bufinfo.len);
        mp_raise_msg_varg(&mp_type_ValueError, "could not convert string to float: %s",
            mp_obj_str_get_str(mp_obj_repr(bytes)));
    }
}

static mp_obj_t float_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("float() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "float expected at most 1 argument, got %d", (int)n_args);
    }
    if (n_args == 0) {
        return mp_obj_new_float(0.0);
    }
    mp_obj_t x = args[0];
    if (mp_obj_is_float(x)) {
        return x;
    }
    if (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_type_lookup(mp_obj_get_type(x), MP_QSTR___float__) == MP_OBJ_NULL
        && mp_obj_type_lookup(mp_obj_get_type(x), MP_QSTR___index__) == MP_OBJ_NULL) {
        // float(MyStr('1.5')): the text inside a subclass of str/bytes/bytearray
        static const mp_obj_type_t *const text_types[] = {&mp_type_str, &mp_type_bytes, &mp_type_bytearray};
        for (size_t i = 0; i < MP_ARRAY_SIZE(text_types); i++) {
            if (mp_obj_is_subclass(mp_obj_get_type(x), text_types[i])) {
                x = mp_obj_get_native(x, text_types[i]);
                break;
            }
        }
    }
    if (mp_obj_is_str(x) || mp_obj_is_type(x, &mp_type_bytes) || mp_obj_is_type(x, &mp_type_bytearray)) {
        return float_from_text(x);
    }
    double v;
    if (mp_obj_get_float_maybe(x, &v)) {
        return mp_obj_new_float(v);
    }
    mp_buffer_info_t bufinfo;
    if (mp_get_buffer(x, &bufinfo, MP_BUFFER_READ)) {
        return float_from_text(x);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "float() argument must be a string or a real number, not '%s'", mp_obj_get_type_str(x));
}

/******************************************************************************/
// methods

static double float_self(mp_obj_t self_in) {
    double v;
    if (!float_native(self_in, &v)) {
        mp_raise_TypeError("descriptor requires a 'float' object");
    }
    return v;
}

static mp_obj_t float_is_integer(mp_obj_t self_in) {
    double v = float_self(self_in);
    return mp_obj_new_bool(isfinite(v) && floor(v) == v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_is_integer_obj, float_is_integer);

static mp_obj_t float_as_integer_ratio(mp_obj_t self_in) {
    double v = float_self(self_in);
    if (isinf(v)) {
        mp_raise_msg(&mp_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        mp_raise_ValueError("cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mp_obj_t num = mp_obj_new_int_from_float(m);
    mp_obj_t den = MP_OBJ_NEW_SMALL_INT(1);
    if (e > 0) {
        num = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, num, MP_OBJ_NEW_SMALL_INT(e));
    } else {
        den = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, den, MP_OBJ_NEW_SMALL_INT(-e));
    }
    mp_obj_t items[2] = {num, den};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static mp_obj_t float_conjugate(mp_obj_t self_in) {
    return mp_obj_new_float(float_self(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_conjugate_obj, float_conjugate);

// float.hex(): "[-]0x1.<13 hex digits>p<exp>", "0x0.0p+0" for zero, subnormals as 0x0.<...>p-1022.
static mp_obj_t float_hex(mp_obj_t self_in) {
    double v = float_self(self_in);
    vstr_t vstr;
    vstr_init(&vstr, 32);
    if (isnan(v)) {
        vstr_add_str(&vstr, "nan");
    } else if (isinf(v)) {
        vstr_add_str(&vstr, v > 0 ? "inf" : "-inf");
    } else {
        uint64_t bits;
        memcpy(&bits, &v, sizeof(bits));
        if (bits >> 63) {
            vstr_add_byte(&vstr, '-');
        }
        int bexp = (int)((bits >> 52) & 0x7ff);
        uint64_t frac = bits & ((1ULL << 52) - 1);
        if (bexp == 0 && frac == 0) {
            vstr_add_str(&vstr, "0x0.0p+0");
        } else {
            int lead = bexp != 0;
            int exp = bexp != 0 ? bexp - 1023 : -1022;
            vstr_printf(&vstr, "0x%d.", lead);
            for (int shift = 48; shift >= 0; shift -= 4) {
                vstr_add_byte(&vstr, "0123456789abcdef"[(frac >> shift) & 0xf]);
            }
            vstr_printf(&vstr, "p%c%d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_hex_obj, float_hex);

static mp_obj_t float_fromhex(mp_obj_t cls, mp_obj_t str_in) {
    size_t len;
    const char *str = mp_obj_str_get_data(str_in, &len);
    vstr_t vstr;
    vstr_init(&vstr, len + 3);
    size_t i = 0;
    while (i < len && unichar_isspace((byte)str[i])) {
        i++;
    }
    while (len > i && unichar_isspace((byte)str[len - 1])) {
        len--;
    }
    if (i < len && (str[i] == '+' || str[i] == '-')) {
        vstr_add_byte(&vstr, str[i++]);
    }
    bool special = len - i >= 3 && (((str[i] | 0x20) == 'i') || ((str[i] | 0x20) == 'n'));
    if (!special && !(len - i >= 2 && str[i] == '0' && (str[i + 1] | 0x20) == 'x')) {
        vstr_add_str(&vstr, "0x");
    }
    for (; i < len; i++) {
        byte c = str[i];
        if (!(unichar_isxdigit(c) || c == '.' || c == 'p' || c == 'P' || c == 'x' || c == 'X' || c == '+' || c == '-'
              || (special && unichar_isalpha(c)))) {
            goto bad;
        }
        vstr_add_byte(&vstr, c);
    }
    {
        char *end;
        const char *s = vstr_null_terminated_str(&vstr);
        errno = 0;
        double v = strtod(s, &end);
        if (end == s || *end != '\0') {
            goto bad;
        }
        if (isinf(v) && !special) {
            mp_raise_msg(&mp_type_OverflowError, "hexadecimal value too large to represent as a float");
        }
        return mp_obj_new_float(v);
    }
bad:
    mp_raise_ValueError("invalid hexadecimal floating-point string");
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_fromhex_fun_obj, float_fromhex);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(float_fromhex_obj, MP_ROM_PTR(&float_fromhex_fun_obj));

static mp_obj_t float_trunc(mp_obj_t self_in) {
    return mp_obj_new_int_from_float(float_self(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_trunc_obj, float_trunc);

static void float_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_real) {
        dest[0] = mp_obj_new_float(float_self(self_in));
    } else if (attr == MP_QSTR_imag) {
        dest[0] = mp_obj_new_float(0.0);
    }
}

static const mp_rom_map_elem_t float_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_is_integer), MP_ROM_PTR(&float_is_integer_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&float_as_integer_ratio_obj) },
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&float_conjugate_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&float_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&float_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR___trunc__), MP_ROM_PTR(&float_trunc_obj) },
};
static MP_DEFINE_CONST_DICT(float_locals_dict, float_locals_dict_table);

const mp_obj_type_t mp_type_float = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_EQ_NOT_REFLEXIVE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    .name = MP_QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op,
    .attr = float_attr,
    .locals_dict = (mp_obj_dict_t *)&float_locals_dict,
};

/******************************************************************************/
// round()

// Int to a multiple of 10**k (k > 0), ties to even: Python's round(int, -k).
static mp_obj_t int_round_neg(mp_obj_t x, mp_int_t k) {
    if (mp_obj_is_small_int(x) && k > 19) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t p = mp_obj_int_binary_op(MP_BINARY_OP_POWER, MP_OBJ_NEW_SMALL_INT(10), MP_OBJ_NEW_SMALL_INT(k));
    mp_obj_t r = mp_obj_int_binary_op(MP_BINARY_OP_MODULO, x, p);
    mp_obj_t q = mp_obj_int_binary_op(MP_BINARY_OP_SUBTRACT, x, r);
    mp_obj_t r2 = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, r, MP_OBJ_NEW_SMALL_INT(1));
    mp_obj_t c_more = mp_obj_int_binary_op(MP_BINARY_OP_MORE, r2, p);
    bool up = c_more == mp_const_true;
    if (!up && mp_obj_int_binary_op(MP_BINARY_OP_EQUAL, r2, p) == mp_const_true) {
        mp_obj_t qd = mp_obj_int_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, q, p);
        up = mp_obj_int_binary_op(MP_BINARY_OP_AND, qd, MP_OBJ_NEW_SMALL_INT(1)) != MP_OBJ_NEW_SMALL_INT(0);
    }
    return up ? mp_obj_int_binary_op(MP_BINARY_OP_ADD, q, p) : q;
}

// Rounds a decimal digit string (no sign, no point) to drop its last k digits, ties to even;
// `sticky` says whether nonzero digits follow the string. Returns the kept digits in buf.
static void round_digit_string(char *digs, size_t n, size_t k, bool sticky) {
    // digs has n >= k + 1 digits; decide on digs[n-k..n)
    size_t keep = n - k;
    char first = digs[keep];
    bool rest_nonzero = sticky;
    for (size_t i = keep + 1; i < n; i++) {
        if (digs[i] != '0') {
            rest_nonzero = true;
        }
    }
    bool up = first > '5' || (first == '5' && (rest_nonzero || ((digs[keep - 1] - '0') & 1)));
    for (size_t i = keep; i < n; i++) {
        digs[i] = '0';
    }
    if (up) {
        size_t i = keep;
        while (i > 0) {
            i--;
            if (digs[i] == '9') {
                digs[i] = '0';
            } else {
                digs[i]++;
                break;
            }
        }
    }
}

// round(float, ndigits), correctly rounded from the exact binary value (as CPython).
static double float_round_digits(double x, mp_int_t nd) {
    if (!isfinite(x) || x == 0) {
        return x;
    }
    if (nd > 323) {
        return x;
    }
    if (nd < -308) {
        return 0.0 * x;
    }
    double r;
    if (nd >= 0) {
        int n = snprintf(NULL, 0, "%.*f", (int)nd, x);
        char *buf = m_new(char, n + 1);
        snprintf(buf, n + 1, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        m_del(char, buf, n + 1);
    } else {
        size_t k = -nd;
        double t = trunc(x);
        bool sticky = t != x;
        int n = snprintf(NULL, 0, "%.0f", fabs(t));
        size_t pad = (size_t)n < k + 1 ? k + 1 - n : 0;
        size_t total = n + pad;
        char *buf = m_new(char, total + 3);
        buf[0] = '0'; // room for a carry out of the top digit
        memset(buf + 1, '0', pad);
        snprintf(buf + 1 + pad, n + 1, "%.0f", fabs(t));
        round_digit_string(buf, total + 1, k, sticky);
        r = strtod(buf, NULL);
        m_del(char, buf, total + 3);
        r = copysign(r, x);
    }
    if (isinf(r)) {
        mp_raise_msg(&mp_type_OverflowError, "rounded value too large to represent");
    }
    return r;
}

mp_obj_t mp_obj_round(mp_obj_t x, mp_obj_t nd_in) {
    if (nd_in == mp_const_none) {
        nd_in = MP_OBJ_NULL;
    }
    double v;
    if (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // a subclass of int or float that defines __round__ rounds through it
        mp_obj_t dest[3];
        mp_load_method_maybe(x, MP_QSTR___round__, dest);
        if (dest[0] != MP_OBJ_NULL && !mp_obj_is_native_op_meth(dest[0])) {
            if (nd_in == MP_OBJ_NULL) {
                return mp_call_method_n_kw(0, 0, dest);
            }
            dest[2] = nd_in;
            return mp_call_method_n_kw(1, 0, dest);
        }
    }
    if (mp_obj_is_int(x) || (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
                             && mp_obj_is_subclass(mp_obj_get_type(x), &mp_type_int))) {
        mp_obj_t n = mp_obj_int_unary_op(MP_UNARY_OP_INT, x);
        if (nd_in == MP_OBJ_NULL) {
            return n;
        }
        mp_int_t nd = mp_obj_get_int(nd_in);
        return nd >= 0 ? n : int_round_neg(n, -nd);
    }
    if (float_native(x, &v)) {
        if (nd_in == MP_OBJ_NULL) {
            return mp_obj_new_int_from_float(nearbyint(v)); // ties to even in the default mode
        }
        mp_int_t nd = mp_obj_get_int(nd_in);
        return mp_obj_new_float(float_round_digits(v, nd));
    }
    mp_obj_t dest[3];
    mp_load_method_maybe(x, MP_QSTR___round__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "type %s doesn't define __round__ method", mp_obj_get_type_str(x));
    }
    if (nd_in == MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    dest[2] = nd_in;
    return mp_call_method_n_kw(1, 0, dest);
}
