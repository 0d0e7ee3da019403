// py/objint.c: the int type, small and big.
//
// Representation (see py/obj.h for the tag bits):
//   small int   a tagged word, value in [MP_SMALL_INT_MIN, MP_SMALL_INT_MAX] (63 bits on 64-bit)
//   big int     an mp_obj_int_t on the heap holding an mpz_t (py/mpz.h)
// Invariant: a big int never holds a value that fits a small int. Every operation ends in
// int_from_mpz() / mp_obj_new_int(), which normalise, so `2**70 // 2**69` is the small int 2 and
// dict lookups and the VM's small-int fast paths can compare tagged words.
//
// Operands: bool (True/False are mp_obj_bool_t objects) and instances of user subclasses of
// int are unwrapped to a plain int by int_native() before arithmetic. A small int taking part
// in a big operation is viewed as an mpz through int_tmp_t, an mpz_t whose two digits live on
// the C stack; such a view is only ever passed as a const input, so mpz.c never frees it.
//
// The small-int path of mp_obj_int_binary_op does the common operators on machine words
// (__builtin_*_overflow for * and **) and falls through to the mpz path when a result would
// not fit a machine word.
#include <math.h>
#include <stdio.h>
#include <inttypes.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/mpz.h"

struct _mp_obj_int_t {
    mp_obj_base_t base;
    mpz_t mpz;
};

// A stack-resident mpz view of a small int (64-bit magnitude: two 32-bit digits).
typedef struct _int_tmp_t {
    mpz_t z;
    mpz_dig_t d[2];
} int_tmp_t;

static const mpz_t *tmp_from_int(int_tmp_t *t, mp_int_t v) {
    uint64_t m = v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v;
    t->z.neg = v < 0;
    t->z.alloc = 2;
    t->z.dig = t->d;
    t->d[0] = (mpz_dig_t)m;
    t->d[1] = (mpz_dig_t)(m >> 32);
    t->z.len = t->d[1] ? 2 : t->d[0] ? 1 : 0;
    return &t->z;
}

// The mpz of a (normalised) int object, small or big.
static const mpz_t *int_mpz(mp_const_obj_t o, int_tmp_t *t) {
    if (mp_obj_is_small_int(o)) {
        return tmp_from_int(t, MP_OBJ_SMALL_INT_VALUE(o));
    }
    return &((const mp_obj_int_t *)MP_OBJ_TO_PTR(o))->mpz;
}

// Moves *z into a new int object (or a small int, freeing z's digits).
static mp_obj_t int_from_mpz(mpz_t *z) {
    if (z->len <= 2) {
        intptr_t v;
        if (mpz_as_int_checked(z, &v) && mp_small_int_fits(v)) {
            mpz_deinit(z);
            return MP_OBJ_NEW_SMALL_INT(v);
        }
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    o->mpz = *z;
    return MP_OBJ_FROM_PTR(o);
}

// A plain int (small or big) for int-like o (int, bool, subclass instance), else MP_OBJ_NULL.
static mp_obj_t int_native(mp_const_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return (mp_obj_t)o;
    }
    if (!mp_obj_is_obj(o)) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *t = ((const mp_obj_base_t *)o)->type;
    if (t == &mp_type_int) {
        return (mp_obj_t)o;
    }
    if (t == &mp_type_bool) {
        return MP_OBJ_NEW_SMALL_INT(((const mp_obj_bool_t *)o)->value);
    }
    if ((t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_is_subclass(t, &mp_type_int)) {
        mp_obj_t n = mp_obj_get_native((mp_obj_t)o, &mp_type_int);
        if (n != MP_OBJ_NULL && n != o && (mp_obj_is_small_int(n) || mp_obj_is_type(n, &mp_type_int))) {
            return n;
        }
    }
    return MP_OBJ_NULL;
}

/******************************************************************************/
// construction

mp_obj_t mp_obj_new_int(mp_int_t value) {
    if (mp_small_int_fits(value)) {
        return MP_OBJ_NEW_SMALL_INT(value);
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    mpz_init_from_int(&o->mpz, value);
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int_from_uint(mp_uint_t value) {
    if (value <= (mp_uint_t)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT(value);
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    mpz_init_from_uint64(&o->mpz, value);
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int_from_ll(long long val) {
    if (val >= MP_SMALL_INT_MIN && val <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT(val);
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    mpz_init_from_int64(&o->mpz, val);
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int_from_ull(unsigned long long val) {
    if (val <= (unsigned long long)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT(val);
    }
    mp_obj_int_t *o = m_new_obj(mp_obj_int_t);
    o->base.type = &mp_type_int;
    mpz_init_from_uint64(&o->mpz, val);
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int_from_float(double val) {
    if (isnan(val)) {
        mp_raise_ValueError("cannot convert float NaN to integer");
    }
    if (isinf(val)) {
        mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
    }
    double t = trunc(val);
    if (t > -4611686018427387904.0 && t < 4611686018427387904.0) { // |t| < 2**62
        return mp_obj_new_int_from_ll((long long)t);
    }
    mpz_t z;
    mpz_init_zero(&z);
    mpz_set_from_double(&z, t);
    return int_from_mpz(&z);
}

// Digits only (no sign, prefix, underscores or spaces): parses what it can of str[0..len) in
// base and advances *str past the digits used.
mp_obj_t mp_obj_new_int_from_str_len(const char **str, size_t len, bool neg, unsigned int base) {
    mpz_t z;
    mpz_init_zero(&z);
    size_t n = mpz_set_from_str(&z, *str, len, neg, base);
    *str += n;
    return int_from_mpz(&z);
}

bool mp_obj_int_is_big(mp_const_obj_t o) {
    return mp_obj_is_type(o, &mp_type_int);
}

int mp_obj_int_sign(mp_obj_t self_in) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
        return v < 0 ? -1 : v > 0;
    }
    return mpz_sign(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz);
}

mp_obj_t mp_obj_int_abs(mp_obj_t self_in) {
    return mp_obj_int_unary_op(MP_UNARY_OP_ABS, self_in);
}

double mp_obj_int_as_float(mp_obj_t self_in) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        return mp_obj_get_float(self_in);
    }
    if (mp_obj_is_small_int(n)) {
        return (double)MP_OBJ_SMALL_INT_VALUE(n);
    }
    double d;
    if (!mpz_as_double_checked(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz, &d)) {
        mp_raise_msg(&mp_type_OverflowError, "int too large to convert to float");
    }
    return d;
}

/******************************************************************************/
// conversions to C values (declared in py/obj.h, "generic object operations")

NORETURN static void raise_int_overflow(void) {
    mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
}

// int-like object, or the result of its __index__, or MP_OBJ_NULL.
static mp_obj_t int_via_index(mp_const_obj_t arg) {
    mp_obj_t n = int_native(arg);
    if (n != MP_OBJ_NULL) {
        return n;
    }
    if (mp_obj_is_obj(arg) && !mp_obj_is_float(arg)) {
        const mp_obj_type_t *t = mp_obj_get_type(arg);
        if (t->unary_op != NULL && (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            mp_obj_t r = t->unary_op(MP_UNARY_OP_INDEX, (mp_obj_t)arg);
            if (r != MP_OBJ_NULL) {
                n = int_native(r);
                if (n == MP_OBJ_NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
                }
                return n;
            }
        }
    }
    return MP_OBJ_NULL;
}

bool mp_obj_int_as_int_maybe(mp_const_obj_t arg, mp_int_t *value) {
    if (mp_obj_is_small_int(arg)) {
        *value = MP_OBJ_SMALL_INT_VALUE(arg);
        return true;
    }
    intptr_t v;
    if (!mpz_as_int_checked(&((mp_obj_int_t *)MP_OBJ_TO_PTR(arg))->mpz, &v)) {
        return false;
    }
    *value = v;
    return true;
}

bool mp_obj_get_int_maybe(mp_const_obj_t arg, mp_int_t *value) {
    if (mp_obj_is_small_int(arg)) {
        *value = MP_OBJ_SMALL_INT_VALUE(arg);
        return true;
    }
    mp_obj_t n = int_via_index(arg);
    if (n == MP_OBJ_NULL) {
        return false;
    }
    if (mp_obj_is_small_int(n)) {
        *value = MP_OBJ_SMALL_INT_VALUE(n);
        return true;
    }
    intptr_t v;
    if (!mpz_as_int_checked(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz, &v)) {
        raise_int_overflow();
    }
    *value = v;
    return true;
}

mp_int_t mp_obj_get_int(mp_const_obj_t arg) {
    mp_int_t v;
    if (!mp_obj_get_int_maybe(arg, &v)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(arg));
    }
    return v;
}

mp_int_t mp_obj_get_int_truncated(mp_const_obj_t arg) {
    mp_obj_t n = int_via_index(arg);
    if (n == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(arg));
    }
    if (mp_obj_is_small_int(n)) {
        return MP_OBJ_SMALL_INT_VALUE(n);
    }
    return (mp_int_t)mpz_as_uint64_wrap(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz);
}

/******************************************************************************/
// printing and formatting

static void int_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        n = self_in;
    }
    if (mp_obj_is_small_int(n)) {
        char buf[24];
        int len = snprintf(buf, sizeof(buf), "%" PRIdPTR, (intptr_t)MP_OBJ_SMALL_INT_VALUE(n));
        mp_print_strn(print, buf, len);
    } else {
        size_t len;
        char *s = mpz_as_str(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz, 10, NULL, false, &len);
        mp_print_strn(print, s, len);
        m_free(s, len + 1);
    }
}

void mp_obj_int_format(vstr_t *vstr, mp_obj_t self_in, int base, const char *prefix, bool upper) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        mp_raise_TypeError("expected an int");
    }
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
        uint64_t m = v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v;
        char buf[72];
        char *p = buf + sizeof(buf);
        const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            *--p = digs[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m != 0);
        if (v < 0) {
            vstr_add_byte(vstr, '-');
        }
        if (prefix != NULL) {
            vstr_add_str(vstr, prefix);
        }
        vstr_add_strn(vstr, p, buf + sizeof(buf) - p);
    } else {
        size_t len;
        char *s = mpz_as_str(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz, base, prefix, upper, &len);
        vstr_add_strn(vstr, s, len);
        m_free(s, len + 1);
    }
}

/******************************************************************************/
// hashing

#if UINTPTR_MAX > 0xffffffffu
#define INT_HASH_BITS (61)
#else
#define INT_HASH_BITS (31)
#endif
#define INT_HASH_MODULUS (((mp_int_t)1 << INT_HASH_BITS) - 1)

// CPython's hash(int): sign * (|v| mod (2**61 - 1)), with -1 replaced by -2.
static mp_int_t small_int_hash(mp_int_t v) {
    mp_int_t h = v % INT_HASH_MODULUS; // C's remainder keeps the sign of v, as wanted
    return h == -1 ? -2 : h;
}

/******************************************************************************/
// unary operators

mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    mp_obj_t o = int_native(o_in);
    if (o == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_small_int(o)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
        switch (op) {
            case MP_UNARY_OP_BOOL:
                return mp_obj_new_bool(v != 0);
            case MP_UNARY_OP_HASH:
                return MP_OBJ_NEW_SMALL_INT(small_int_hash(v));
            case MP_UNARY_OP_POSITIVE:
            case MP_UNARY_OP_INT:
            case MP_UNARY_OP_INDEX:
                return o;
            case MP_UNARY_OP_NEGATIVE:
                return mp_obj_new_int(-v);
            case MP_UNARY_OP_INVERT:
                return MP_OBJ_NEW_SMALL_INT(~v);
            case MP_UNARY_OP_ABS:
                return mp_obj_new_int(v < 0 ? -v : v);
            case MP_UNARY_OP_FLOAT:
                return mp_obj_new_float((double)v);
            case MP_UNARY_OP_SIZEOF:
                return MP_OBJ_NEW_SMALL_INT(sizeof(mp_int_t));
            default:
                return MP_OBJ_NULL;
        }
    }
    const mpz_t *z = &((mp_obj_int_t *)MP_OBJ_TO_PTR(o))->mpz;
    mpz_t res;
    mpz_init_zero(&res);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_const_true; // big ints are never zero
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(mpz_hash(z));
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_INT:
        case MP_UNARY_OP_INDEX:
            return o;
        case MP_UNARY_OP_NEGATIVE:
            mpz_neg(&res, z);
            break;
        case MP_UNARY_OP_INVERT:
            mpz_not(&res, z);
            break;
        case MP_UNARY_OP_ABS:
            if (!z->neg) {
                return o;
            }
            mpz_abs(&res, z);
            break;
        case MP_UNARY_OP_FLOAT:
            return mp_obj_new_float(mp_obj_int_as_float(o));
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_int_t) + z->alloc * sizeof(mpz_dig_t));
        default:
            return MP_OBJ_NULL;
    }
    return int_from_mpz(&res);
}

/******************************************************************************/
// binary operators

NORETURN static void raise_int_zero_div(void) {
    mp_raise_msg(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
}

NORETURN static void raise_int_zero_mod(void) {
    mp_raise_msg(&mp_type_ZeroDivisionError, "integer modulo by zero");
}

NORETURN static void raise_neg_shift(void) {
    mp_raise_ValueError("negative shift count");
}

// Exact comparison of an int with a non-nan double: -1, 0, 1 as int <, ==, > f.
static int int_cmp_float(mp_obj_t i, double f) {
    if (isinf(f)) {
        return f > 0 ? -1 : 1;
    }
    double t = trunc(f);
    double frac = f - t;
    int c;
    if (mp_obj_is_small_int(i) && fabs(t) < 9223372036854775808.0) { // |t| < 2**63
        int64_t v = MP_OBJ_SMALL_INT_VALUE(i), ti = (int64_t)t;
        c = v < ti ? -1 : v > ti;
    } else {
        int_tmp_t tmp;
        mpz_t zt;
        mpz_init_zero(&zt);
        mpz_set_from_double(&zt, t);
        c = mpz_cmp(int_mpz(i, &tmp), &zt);
        mpz_deinit(&zt);
    }
    if (c == 0) {
        c = frac > 0 ? -1 : frac < 0;
    }
    return c;
}

static mp_obj_t cmp_result(mp_binary_op_t op, int c) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(c < 0);
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(c > 0);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(c == 0);
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(c <= 0);
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(c >= 0);
        default: // NOT_EQUAL
            return mp_obj_new_bool(c != 0);
    }
}

static inline bool is_cmp_op(mp_binary_op_t op) {
    return op <= MP_BINARY_OP_NOT_EQUAL;
}

// Both operands small. Returns MP_OBJ_NULL when the result needs the mpz path (or the op is
// not an int op at all; the caller tells the two apart).
static mp_obj_t small_int_binary_op(mp_binary_op_t op, mp_int_t a, mp_int_t b) {
    mp_int_t r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            return mp_obj_new_int(a + b); // |a|, |b| < 2**62: no machine overflow
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_int(a - b);
        case MP_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_int(r);
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0) {
                raise_int_zero_div();
            }
            r = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) {
                r -= 1;
            }
            return mp_obj_new_int(r);
        case MP_BINARY_OP_MODULO:
            if (b == 0) {
                raise_int_zero_mod();
            }
            r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) {
                r += b;
            }
            return MP_OBJ_NEW_SMALL_INT(r);
        case MP_BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_int_zero_div();
            }
            mp_int_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q -= 1;
                m += b;
            }
            mp_obj_t items[2] = {mp_obj_new_int(q), MP_OBJ_NEW_SMALL_INT(m)};
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "division by zero");
            }
            if (a > -(1LL << 53) && a < (1LL << 53) && b > -(1LL << 53) && b < (1LL << 53)) {
                return mp_obj_new_float((double)a / (double)b); // both exact: one rounding
            }
            return MP_OBJ_NULL;
        case MP_BINARY_OP_POWER: {
            if (b < 0) {
                return mp_obj_float_binary_op(MP_BINARY_OP_POWER, (double)a, MP_OBJ_NEW_SMALL_INT(b));
            }
            mp_int_t res = 1, base = a;
            mp_uint_t e = b;
            for (;;) {
                if (e & 1) {
                    if (__builtin_mul_overflow(res, base, &res)) {
                        return MP_OBJ_NULL;
                    }
                }
                e >>= 1;
                if (e == 0) {
                    break;
                }
                if (__builtin_mul_overflow(base, base, &base)) {
                    return MP_OBJ_NULL;
                }
            }
            return mp_obj_new_int(res);
        }
        case MP_BINARY_OP_LSHIFT:
            if (b < 0) {
                raise_neg_shift();
            }
            if (a == 0) {
                return MP_OBJ_NEW_SMALL_INT(0);
            }
            if (b < (mp_int_t)MP_BITS_PER_WORD - 1) {
                r = (mp_int_t)((mp_uint_t)a << b);
                if ((r >> b) == a && mp_small_int_fits(r)) {
                    return MP_OBJ_NEW_SMALL_INT(r);
                }
            }
            return MP_OBJ_NULL;
        case MP_BINARY_OP_RSHIFT:
            if (b < 0) {
                raise_neg_shift();
            }
            if (b >= (mp_int_t)MP_BITS_PER_WORD) {
                return MP_OBJ_NEW_SMALL_INT(a < 0 ? -1 : 0);
            }
            return MP_OBJ_NEW_SMALL_INT(a >> b);
        case MP_BINARY_OP_AND:
            return MP_OBJ_NEW_SMALL_INT(a & b);
        case MP_BINARY_OP_OR:
            return MP_OBJ_NEW_SMALL_INT(a | b);
        case MP_BINARY_OP_XOR:
            return MP_OBJ_NEW_SMALL_INT(a ^ b);
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(a < b);
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(a > b);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(a == b);
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(a <= b);
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(a >= b);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(a != b);
        default:
            return MP_OBJ_NULL;
    }
}

// The general path: a and b are plain ints (small or big).
static mp_obj_t big_int_binary_op(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    int_tmp_t ta, tb;
    const mpz_t *za = int_mpz(a, &ta), *zb = int_mpz(b, &tb);
    mpz_t res;
    mpz_init_zero(&res);
    switch (op) {
        case MP_BINARY_OP_ADD:
            mpz_add(&res, za, zb);
            break;
        case MP_BINARY_OP_SUBTRACT:
            mpz_sub(&res, za, zb);
            break;
        case MP_BINARY_OP_MULTIPLY:
            mpz_mul(&res, za, zb);
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (mpz_is_zero(zb)) {
                raise_int_zero_div();
            }
            mpz_divmod(&res, NULL, za, zb);
            break;
        case MP_BINARY_OP_MODULO:
            if (mpz_is_zero(zb)) {
                raise_int_zero_mod();
            }
            mpz_divmod(NULL, &res, za, zb);
            break;
        case MP_BINARY_OP_DIVMOD: {
            if (mpz_is_zero(zb)) {
                raise_int_zero_div();
            }
            mpz_t rem;
            mpz_init_zero(&rem);
            mpz_divmod(&res, &rem, za, zb);
            mp_obj_t items[2];
            items[0] = int_from_mpz(&res);
            items[1] = int_from_mpz(&rem);
            return mp_obj_new_tuple(2, items);
        }
        case MP_BINARY_OP_TRUE_DIVIDE: {
            if (mpz_is_zero(zb)) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "division by zero");
            }
            double d;
            if (!mpz_true_divide(&d, za, zb)) {
                mp_raise_msg(&mp_type_OverflowError, "integer division result too large for a float");
            }
            return mp_obj_new_float(d);
        }
        case MP_BINARY_OP_POWER:
            if (zb->neg) {
                return mp_obj_float_binary_op(MP_BINARY_OP_POWER, mp_obj_int_as_float(a), b);
            }
            if (za->len == 1 && za->dig[0] == 1) {
                // (+-1) ** e without looking at the size of e
                return MP_OBJ_NEW_SMALL_INT(za->neg && zb->len > 0 && (zb->dig[0] & 1) ? -1 : 1);
            }
            if (za->len == 0) {
                return MP_OBJ_NEW_SMALL_INT(zb->len == 0);
            }
            if (zb->len > 2) {
                mp_raise_msg(&mp_type_OverflowError, "exponent too large");
            }
            mpz_pow(&res, za, zb);
            break;
        case MP_BINARY_OP_LSHIFT:
        case MP_BINARY_OP_RSHIFT: {
            if (zb->neg) {
                raise_neg_shift();
            }
            intptr_t n;
            if (!mpz_as_int_checked(zb, &n)) {
                if (op == MP_BINARY_OP_RSHIFT) {
                    return MP_OBJ_NEW_SMALL_INT(za->neg ? -1 : 0);
                }
                if (mpz_is_zero(za)) {
                    return MP_OBJ_NEW_SMALL_INT(0);
                }
                mp_raise_msg(&mp_type_OverflowError, "too many digits in integer");
            }
            if (op == MP_BINARY_OP_LSHIFT) {
                mpz_shl(&res, za, (size_t)n);
            } else {
                mpz_shr(&res, za, (size_t)n);
            }
            break;
        }
        case MP_BINARY_OP_AND:
            mpz_and(&res, za, zb);
            break;
        case MP_BINARY_OP_OR:
            mpz_or(&res, za, zb);
            break;
        case MP_BINARY_OP_XOR:
            mpz_xor(&res, za, zb);
            break;
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
            return cmp_result(op, mpz_cmp(za, zb));
        default:
            return MP_OBJ_NULL;
    }
    return int_from_mpz(&res);
}

mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op -= MP_BINARY_OP_INPLACE_OFFSET;
    }
    if (MP_LIKELY(mp_obj_is_small_int(lhs_in) && mp_obj_is_small_int(rhs_in))) {
        mp_obj_t r = small_int_binary_op(op, MP_OBJ_SMALL_INT_VALUE(lhs_in), MP_OBJ_SMALL_INT_VALUE(rhs_in));
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    mp_obj_t lhs = int_native(lhs_in);
    if (lhs == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // other OP int, where other's type declined: only meaningful if other is a number
        mp_obj_t other = int_native(rhs_in);
        if (other == MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        op -= MP_BINARY_OP_REVERSE_OFFSET;
        rhs_in = lhs;
        lhs = other;
    }
    mp_obj_t rhs = int_native(rhs_in);
    if (rhs == MP_OBJ_NULL) {
        if (mp_obj_is_float(rhs_in)) {
            double f = mp_obj_float_get(rhs_in);
            if (is_cmp_op(op)) {
                if (isnan(f)) {
                    return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
                }
                return cmp_result(op, int_cmp_float(lhs, f));
            }
            return mp_obj_float_binary_op(op, mp_obj_int_as_float(lhs), rhs_in);
        }
        if (mp_obj_is_type(rhs_in, &mp_type_complex)) {
            if (is_cmp_op(op) && op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
                return MP_OBJ_NULL;
            }
            return mp_obj_complex_binary_op(op, mp_obj_int_as_float(lhs), 0.0, rhs_in);
        }
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        mp_obj_t r = small_int_binary_op(op, MP_OBJ_SMALL_INT_VALUE(lhs), MP_OBJ_SMALL_INT_VALUE(rhs));
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    return big_int_binary_op(op, lhs, rhs);
}

/******************************************************************************/
// pow(base, exp, mod)

mp_obj_t mp_obj_int_pow3(mp_obj_t base_in, mp_obj_t exp_in, mp_obj_t mod_in) {
    mp_obj_t base = int_native(base_in), exp = int_native(exp_in), mod = int_native(mod_in);
    if (base == MP_OBJ_NULL || exp == MP_OBJ_NULL || mod == MP_OBJ_NULL) {
        mp_raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    int_tmp_t tb, te, tm;
    const mpz_t *zb = int_mpz(base, &tb), *ze = int_mpz(exp, &te), *zm = int_mpz(mod, &tm);
    if (mpz_is_zero(zm)) {
        mp_raise_ValueError("pow() 3rd argument cannot be 0");
    }
    mpz_t res;
    mpz_init_zero(&res);
    if (ze->neg) {
        mpz_t inv, pe;
        mpz_init_zero(&inv);
        if (!mpz_inverse_mod(&inv, zb, zm)) {
            mp_raise_ValueError("base is not invertible for the given modulus");
        }
        mpz_init_zero(&pe);
        mpz_neg(&pe, ze);
        mpz_pow_mod(&res, &inv, &pe, zm);
        mpz_deinit(&inv);
        mpz_deinit(&pe);
    } else {
        mpz_pow_mod(&res, zb, ze, zm);
    }
    return int_from_mpz(&res);
}

/******************************************************************************/
// bytes

void mp_obj_int_to_bytes(mp_obj_t self_in, bool big_endian, bool is_signed, size_t len, byte *buf) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        mp_raise_TypeError("expected an int");
    }
    int_tmp_t t;
    const mpz_t *z = int_mpz(n, &t);
    if (!mpz_as_bytes(z, big_endian, is_signed, len, buf)) {
        if (z->neg && !is_signed) {
            mp_raise_msg(&mp_type_OverflowError, "can't convert negative int to unsigned");
        }
        mp_raise_msg(&mp_type_OverflowError, "int too big to convert");
    }
}

mp_obj_t mp_obj_int_from_bytes(bool big_endian, bool is_signed, size_t len, const byte *buf) {
    if (len < sizeof(mp_uint_t)) {
        // fits a machine word with room for the sign: no heap (works with the heap locked)
        mp_uint_t u = 0;
        for (size_t i = 0; i < len; i++) {
            u = (u << 8) | buf[big_endian ? i : len - 1 - i];
        }
        mp_int_t v = (mp_int_t)u;
        if (is_signed && len > 0 && (u >> (8 * len - 1)) != 0) {
            v -= (mp_int_t)((mp_uint_t)1 << (8 * len - 1)) * 2;
        }
        if (mp_small_int_fits(v)) {
            return MP_OBJ_NEW_SMALL_INT(v);
        }
    }
    mpz_t z;
    mpz_init_zero(&z);
    mpz_set_from_bytes(&z, big_endian, is_signed, len, buf);
    return int_from_mpz(&z);
}

static bool parse_byteorder(mp_obj_t o) {
    if (!mp_obj_is_str(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", mp_obj_get_type_str(o));
    }
    const char *s = mp_obj_str_get_str(o);
    if (strcmp(s, "big") == 0) {
        return true;
    }
    if (strcmp(s, "little") == 0) {
        return false;
    }
    mp_raise_ValueError("byteorder must be either 'little' or 'big'");
}

static mp_obj_t int_to_bytes(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_length, ARG_byteorder, ARG_signed };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_length, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)} },
        { MP_QSTR_byteorder, MP_ARG_OBJ, {.u_obj = MP_ROM_QSTR(MP_QSTR_big)} },
        { MP_QSTR_signed, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_int_t len = mp_obj_get_int(args[ARG_length].u_obj);
    if (len < 0) {
        mp_raise_ValueError("length argument must be non-negative");
    }
    bool big = parse_byteorder(args[ARG_byteorder].u_obj);
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    mp_obj_int_to_bytes(pos_args[0], big, args[ARG_signed].u_bool, len, (byte *)vstr.buf);
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_to_bytes_obj, 1, int_to_bytes);

static mp_obj_t int_from_bytes(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_bytes, ARG_byteorder, ARG_signed };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_bytes, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_byteorder, MP_ARG_OBJ, {.u_obj = MP_ROM_QSTR(MP_QSTR_big)} },
        { MP_QSTR_signed, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    bool big = parse_byteorder(args[ARG_byteorder].u_obj);
    mp_obj_t src = args[ARG_bytes].u_obj;
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(src)) {
        mp_raise_TypeError("cannot convert 'str' object to bytes");
    }
    if (!mp_get_buffer(src, &bufinfo, MP_BUFFER_READ)) {
        // an iterable of ints in 0..255, as bytes(iterable)
        vstr_t vstr;
        vstr_init(&vstr, 16);
        mp_obj_t iter = mp_getiter(src);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_int_t v = mp_obj_get_int(item);
            if (v < 0 || v > 255) {
                mp_raise_ValueError("bytes must be in range(0, 256)");
            }
            vstr_add_byte(&vstr, (byte)v);
        }
        bufinfo.buf = vstr.buf;
        bufinfo.len = vstr.len;
    }
    mp_obj_t r = mp_obj_int_from_bytes(big, args[ARG_signed].u_bool, bufinfo.len, bufinfo.buf);
    if (pos_args[0] != MP_OBJ_FROM_PTR(&mp_type_int)) {
        // a subclass (bool.from_bytes, MyInt.from_bytes) gets cls(value), as CPython
        r = mp_call_function_1(pos_args[0], r);
    }
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_from_bytes_fun_obj, 1, int_from_bytes);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(int_from_bytes_obj, MP_ROM_PTR(&int_from_bytes_fun_obj));

/******************************************************************************/
// methods and attributes

static mp_obj_t int_self(mp_obj_t self_in) {
    mp_obj_t n = int_native(self_in);
    if (n == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor requires an 'int' object but received '%s'", mp_obj_get_type_str(self_in));
    }
    return n;
}

static mp_obj_t int_bit_length(mp_obj_t self_in) {
    mp_obj_t n = int_self(self_in);
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
        uint64_t m = v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v;
        return MP_OBJ_NEW_SMALL_INT(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return mp_obj_new_int_from_uint(mpz_bit_length(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_length_obj, int_bit_length);

static mp_obj_t int_bit_count(mp_obj_t self_in) {
    mp_obj_t n = int_self(self_in);
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
        uint64_t m = v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v;
        return MP_OBJ_NEW_SMALL_INT(__builtin_popcountll(m));
    }
    return mp_obj_new_int_from_uint(mpz_bit_count(&((mp_obj_int_t *)MP_OBJ_TO_PTR(n))->mpz));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_count_obj, int_bit_count);

static mp_obj_t int_conjugate(mp_obj_t self_in) {
    return int_self(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_conjugate_obj, int_conjugate);

static mp_obj_t int_as_integer_ratio(mp_obj_t self_in) {
    mp_obj_t items[2] = {int_self(self_in), MP_OBJ_NEW_SMALL_INT(1)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static mp_obj_t int_index(mp_obj_t self_in) {
    return int_self(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_index_obj, int_index);

static void int_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // no stores or deletes on ints
    }
    switch (attr) {
        case MP_QSTR_real:
        case MP_QSTR_numerator:
            dest[0] = int_self(self_in);
            break;
        case MP_QSTR_imag:
            dest[0] = MP_OBJ_NEW_SMALL_INT(0);
            break;
        case MP_QSTR_denominator:
            dest[0] = MP_OBJ_NEW_SMALL_INT(1);
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t int_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_to_bytes), MP_ROM_PTR(&int_to_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_from_bytes), MP_ROM_PTR(&int_from_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_bit_length), MP_ROM_PTR(&int_bit_length_obj) },
    { MP_ROM_QSTR(MP_QSTR_bit_count), MP_ROM_PTR(&int_bit_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&int_conjugate_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&int_as_integer_ratio_obj) },
    { MP_ROM_QSTR(MP_QSTR___index__), MP_ROM_PTR(&int_index_obj) },
};
static MP_DEFINE_CONST_DICT(int_locals_dict, int_locals_dict_table);

/******************************************************************************/
// the constructor

// Parses a str/bytes/bytearray argument of int(); ValueError messages show the argument's repr.
static mp_obj_t int_from_text(mp_obj_t arg, int base) {
    mp_buffer_info_t bufinfo;
    const char *s;
    size_t len;
    if (mp_obj_is_str(arg)) {
        s = mp_obj_str_get_data(arg, &len);
        for (size_t i = 0; i < len; i++) {
            if ((byte)s[i] >= 0x80) {
                // Unicode digits and spaces (int('١٢') == 12)
                size_t alen;
                char *ascii = mp_str_ascii_numeric(s, len, &alen);
                if (ascii != NULL) {
                    nlr_buf_t nlr;
                    if (nlr_push(&nlr) == 0) {
                        mp_obj_t r = mp_parse_num_integer(ascii, alen, base);
                        nlr_pop();
                        return r;
                    }
                    // invalid: the error names the text as given
                }
                break;
            }
        }
        return mp_parse_num_integer(s, len, base);
    }
    mp_get_buffer_raise(arg, &bufinfo, MP_BUFFER_READ);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_parse_num_integer(bufinfo.buf, bufinfo.len, base);
        nlr_pop();
        return r;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_exception_match(exc, &mp_type_ValueError) && base >= 0 && base <= 36 && base != 1) {
            mp_obj_t bytes = mp_obj_new_bytes(bufinfo.buf, bufinfo.len);
            mp_raise_msg_varg(&mp_type_ValueError, "invalid literal for int() with base %d: %s",
                base, mp_obj_str_get_str(mp_obj_repr(bytes)));
        }
        nlr_jump(nlr.ret_val);
    }
}

static bool is_text_like(mp_obj_t o) {
    return mp_obj_is_str(o) || mp_obj_is_type(o, &mp_type_bytes) || mp_obj_is_type(o, &mp_type_bytearray);
}

// The text inside an instance of a user subclass of str/bytes/bytearray (int(MyStr('12'))),
// unless the class converts itself (__int__, __index__, __trunc__); else o itself.
static mp_obj_t text_subclass_native(mp_obj_t o) {
    if (!mp_obj_is_obj(o) || !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return o;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (mp_obj_type_lookup(t, MP_QSTR___int__) != MP_OBJ_NULL || mp_obj_type_lookup(t, MP_QSTR___index__) != MP_OBJ_NULL
        || mp_obj_type_lookup(t, MP_QSTR___trunc__) != MP_OBJ_NULL) {
        return o;
    }
    static const mp_obj_type_t *const text_types[] = {&mp_type_str, &mp_type_bytes, &mp_type_bytearray};
    for (size_t i = 0; i < MP_ARRAY_SIZE(text_types); i++) {
        if (mp_obj_is_subclass(t, text_types[i])) {
            return mp_obj_get_native(o, text_types[i]);
        }
    }
    return o;
}

static mp_obj_t int_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t x = MP_OBJ_NULL, base_obj = MP_OBJ_NULL;
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "int() takes at most 2 arguments (%d given)", (int)(n_args + n_kw));
    }
    if (n_args >= 1) {
        x = args[0];
    }
    if (n_args >= 2) {
        base_obj = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        qstr q = mp_obj_str_get_qstr(key);
        if (q == MP_QSTR_base && base_obj == MP_OBJ_NULL) {
            base_obj = args[n_args + 2 * i + 1];
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for int()", q);
        }
    }
    if (x == MP_OBJ_NULL) {
        if (base_obj != MP_OBJ_NULL) {
            mp_raise_TypeError("int() missing string argument");
        }
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    x = text_subclass_native(x);
    if (base_obj != MP_OBJ_NULL) {
        mp_int_t base = mp_obj_get_int(base_obj);
        if (!is_text_like(x)) {
            mp_raise_TypeError("int() can't convert non-string with explicit base");
        }
        if (base != 0 && (base < 2 || base > 36)) {
            mp_raise_ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        return int_from_text(x, (int)base);
    }
    mp_obj_t n = int_native(x);
    if (n != MP_OBJ_NULL) {
        return n;
    }
    if (mp_obj_is_float(x)) {
        return mp_obj_new_int_from_float(mp_obj_float_get(x));
    }
    if (is_text_like(x)) {
        return int_from_text(x, 10);
    }
    const mp_obj_type_t *t = mp_obj_get_type(x);
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(MP_UNARY_OP_INT, x);
        if (r == MP_OBJ_NULL) {
            r = t->unary_op(MP_UNARY_OP_INDEX, x);
        }
        if (r != MP_OBJ_NULL) {
            n = int_native(r);
            if (n == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "__int__ returned non-int (type %s)", mp_obj_get_type_str(r));
            }
            return n;
        }
    }
    // __trunc__ (CPython 3.11 still honours it)
    mp_obj_t dest[2];
    mp_load_method_maybe(x, MP_QSTR___trunc__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        n = int_native(r);
        if (n != MP_OBJ_NULL) {
            return n;
        }
        return mp_obj_int_unary_op(MP_UNARY_OP_INT, r);
    }
    if (mp_get_buffer(x, &(mp_buffer_info_t){0}, MP_BUFFER_READ)) {
        return int_from_text(x, 10);
    }
    mp_raise_msg_varg(&mp_type_TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '%s'", mp_obj_get_type_str(x));
}

static mp_obj_t int_binary_op_slot(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    return mp_obj_int_binary_op(op, lhs, rhs);
}

const mp_obj_type_t mp_type_int = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    .name = MP_QSTR_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = mp_obj_int_unary_op,
    .binary_op = int_binary_op_slot,
    .attr = int_attr,
    .locals_dict = (mp_obj_dict_t *)&int_locals_dict,
};

// math.gcd's workhorse: Lehmer's gcd in py/mpz.c for big operands.
mp_obj_t mp_obj_int_gcd(mp_obj_t a_in, mp_obj_t b_in) {
    mp_obj_t a = int_native(a_in), b = int_native(b_in);
    if (a == MP_OBJ_NULL || b == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
            mp_obj_get_type_str(a == MP_OBJ_NULL ? a_in : b_in));
    }
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(a), y = MP_OBJ_SMALL_INT_VALUE(b);
        uint64_t u = x < 0 ? -(uint64_t)(int64_t)x : (uint64_t)x;
        uint64_t v = y < 0 ? -(uint64_t)(int64_t)y : (uint64_t)y;
        while (v != 0) {
            uint64_t t = u % v;
            u = v;
            v = t;
        }
        return mp_obj_new_int_from_ull(u);
    }
    int_tmp_t ta, tb;
    mpz_t res;
    mpz_init_zero(&res);
    mpz_gcd(&res, int_mpz(a, &ta), int_mpz(b, &tb));
    return int_from_mpz(&res);
}
