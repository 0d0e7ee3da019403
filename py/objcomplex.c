// py/objcomplex.c: the complex type, a pair of doubles.
//
// Layout: mp_obj_complex_t { base, real, imag } (private to this file; others use
// mp_obj_new_complex / mp_obj_get_complex). Arithmetic follows CPython 3.11:
//   /    scaled ("Smith") division so that huge or tiny divisors do not overflow needlessly
//   **   an integral real exponent with |n| <= 100 is done by repeated squaring (exact for
//        small cases: 1j**2 == (-1+0j)); anything else goes through polar form
// repr: "(a+bj)", or "bj" alone when the real part is +0.0; each part printed like repr(float)
// without a forced ".0" ("(1+2j)", "(-0-1j)", "(nan+infj)"), the imaginary sign always shown.
#include <math.h>

#include "py/runtime.h"

typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    double real;
    double imag;
} mp_obj_complex_t;

mp_obj_t mp_obj_new_complex(double real, double imag) {
    mp_obj_complex_t *o = m_new_obj(mp_obj_complex_t);
    o->base.type = &mp_type_complex;
    o->real = real;
    o->imag = imag;
    return MP_OBJ_FROM_PTR(o);
}

// real and imag of a complex, or of an instance of a complex subclass.
static bool complex_native(mp_obj_t o, double *re, double *im) {
    if (!mp_obj_is_type(o, &mp_type_complex)) {
        if (!mp_obj_is_obj(o)) {
            return false;
        }
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if (!(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || !mp_obj_is_subclass(t, &mp_type_complex)) {
            return false;
        }
        o = mp_obj_get_native(o, &mp_type_complex);
        if (o == MP_OBJ_NULL || !mp_obj_is_type(o, &mp_type_complex)) {
            return false;
        }
    }
    mp_obj_complex_t *c = MP_OBJ_TO_PTR(o);
    *re = c->real;
    *im = c->imag;
    return true;
}

void mp_obj_get_complex(mp_obj_t self_in, double *real, double *imag) {
    if (complex_native(self_in, real, imag)) {
        return;
    }
    if (mp_obj_get_float_maybe(self_in, real)) {
        *imag = 0.0;
        return;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(self_in));
}

static void complex_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    double re, im;
    complex_native(self_in, &re, &im);
    char buf[96];
    vstr_t vstr;
    vstr_init_fixed_buf(&vstr, sizeof(buf), buf);
    if (re == 0 && !signbit(re)) {
        mp_format_float(&vstr, im, 'r', -1, false);
        vstr_add_byte(&vstr, 'j');
    } else {
        vstr_add_byte(&vstr, '(');
        mp_format_float(&vstr, re, 'r', -1, false);
        if (isnan(im) || !signbit(im)) {
            vstr_add_byte(&vstr, '+');
        }
        mp_format_float(&vstr, isnan(im) ? fabs(im) : im, 'r', -1, false);
        vstr_add_str(&vstr, "j)");
    }
    mp_print_strn(print, vstr.buf, vstr.len);
}

static mp_int_t float_hash_of(double d) {
    return MP_OBJ_SMALL_INT_VALUE(mp_type_float.unary_op(MP_UNARY_OP_HASH, mp_obj_new_float(d)));
}

static mp_obj_t complex_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    double re, im;
    if (!complex_native(o_in, &re, &im)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(re != 0 || im != 0);
        case MP_UNARY_OP_HASH: {
            // CPython: hash(re) + 1000003 * hash(im) in wrapping unsigned arithmetic
            uint64_t h = (uint64_t)(int64_t)float_hash_of(re) + 1000003u * (uint64_t)(int64_t)float_hash_of(im);
            int64_t s = (int64_t)h;
            return mp_obj_new_int_from_ll(s == -1 ? -2 : s);
        }
        case MP_UNARY_OP_POSITIVE:
            return mp_obj_new_complex(re, im);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_complex(-re, -im);
        case MP_UNARY_OP_ABS: {
            double r = hypot(re, im);
            if (isinf(r) && isfinite(re) && isfinite(im)) {
                mp_raise_msg(&mp_type_OverflowError, "absolute value too large");
            }
            return mp_obj_new_float(r);
        }
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_complex_t));
        default:
            return MP_OBJ_NULL;
    }
}

/******************************************************************************/
// arithmetic

typedef struct { double re, im; } cpx_t;

static cpx_t c_mul(cpx_t a, cpx_t b) {
    return (cpx_t){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// a / b; *zero set when b == 0.
static cpx_t c_div(cpx_t a, cpx_t b, bool *zero) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    *zero = false;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *zero = true;
            return (cpx_t){0, 0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return (cpx_t){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return (cpx_t){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cpx_t){NAN, NAN}; // a nan in b
}

NORETURN static void raise_zero_power(void) {
    mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 to a negative or complex power");
}

static cpx_t c_pow(cpx_t a, cpx_t b) {
    if (b.re == 0 && b.im == 0) {
        return (cpx_t){1.0, 0.0};
    }
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        // integral exponent: binary powering, then a reciprocal for negative n
        long n = (long)b.re;
        unsigned long u = n < 0 ? -(unsigned long)n : (unsigned long)n;
        cpx_t r = {1.0, 0.0}, p = a;
        while (u != 0) {
            if (u & 1) {
                r = c_mul(r, p);
            }
            u >>= 1;
            if (u != 0) {
                p = c_mul(p, p);
            }
        }
        if (n < 0) {
            bool zero;
            r = c_div((cpx_t){1.0, 0.0}, r, &zero);
            if (zero) {
                raise_zero_power();
            }
        }
        return r;
    }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) {
            raise_zero_power();
        }
        return (cpx_t){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cpx_t){len * cos(phase), len * sin(phase)};
}

mp_obj_t mp_obj_complex_binary_op(mp_binary_op_t op, double lhs_real, double lhs_imag, mp_obj_t rhs_in) {
    cpx_t a = {lhs_real, lhs_imag}, b;
    if (!complex_native(rhs_in, &b.re, &b.im)) {
        if (mp_obj_is_float(rhs_in)) {
            b.re = mp_obj_float_get(rhs_in);
        } else if (mp_obj_is_int(rhs_in)) {
            b.re = mp_obj_int_as_float(rhs_in);
        } else {
            return MP_OBJ_NULL;
        }
        b.im = 0.0;
    }
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op -= MP_BINARY_OP_INPLACE_OFFSET;
    }
    cpx_t r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            r = (cpx_t){a.re + b.re, a.im + b.im};
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = (cpx_t){a.re - b.re, a.im - b.im};
            break;
        case MP_BINARY_OP_MULTIPLY:
            r = c_mul(a, b);
            break;
        case MP_BINARY_OP_TRUE_DIVIDE: {
            bool zero;
            r = c_div(a, b, &zero);
            if (zero) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "complex division by zero");
            }
            break;
        }
        case MP_BINARY_OP_POWER:
            r = c_pow(a, b);
            if ((isinf(r.re) || isinf(r.im)) && isfinite(a.re) && isfinite(a.im) && isfinite(b.re) && isfinite(b.im)) {
                mp_raise_msg(&mp_type_OverflowError, "complex exponentiation");
            }
            break;
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(a.re == b.re && a.im == b.im);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(a.re != b.re || a.im != b.im);
        default:
            return MP_OBJ_NULL;
    }
    return mp_obj_new_complex(r.re, r.im);
}

static mp_obj_t complex_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    double re, im;
    if (!complex_native(lhs_in, &re, &im)) {
        return MP_OBJ_NULL;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        // other OP complex where other's type declined: handle plain numbers
        double ore;
        if (!mp_obj_get_float_maybe(rhs_in, &ore)) {
            return MP_OBJ_NULL;
        }
        return mp_obj_complex_binary_op(op - MP_BINARY_OP_REVERSE_OFFSET, ore, 0.0, mp_obj_new_complex(re, im));
    }
    return mp_obj_complex_binary_op(op, re, im, rhs_in);
}

/******************************************************************************/
// constructor, attributes

static void complex_arg(mp_obj_t o, double *re, double *im, int which) {
    if (complex_native(o, re, im)) {
        return;
    }
    // __complex__ comes before __float__ (CPython's order)
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___complex__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        if (complex_native(r, re, im)) {
            return;
        }
        mp_raise_msg_varg(&mp_type_TypeError, "__complex__ returned non-complex (type %s)", mp_obj_get_type_str(r));
    }
    if (mp_obj_get_float_maybe(o, re)) {
        *im = 0.0;
        return;
    }
    if (which == 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "complex() first argument must be a string or a number, not '%s'", mp_obj_get_type_str(o));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "complex() second argument must be a number, not '%s'", mp_obj_get_type_str(o));
}

static mp_obj_t complex_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t real = MP_OBJ_NULL, imag = MP_OBJ_NULL;
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "complex() takes at most 2 arguments (%d given)", (int)n_args);
    }
    if (n_args >= 1) {
        real = args[0];
    }
    if (n_args >= 2) {
        imag = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr q = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        mp_obj_t v = args[n_args + 2 * i + 1];
        if (q == MP_QSTR_real && real == MP_OBJ_NULL) {
            real = v;
        } else if (q == MP_QSTR_imag && imag == MP_OBJ_NULL) {
            imag = v;
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for complex()", q);
        }
    }
    if (real != MP_OBJ_NULL && mp_obj_is_obj(real) && (mp_obj_get_type(real)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_is_subclass(mp_obj_get_type(real), &mp_type_str)
        && mp_obj_type_lookup(mp_obj_get_type(real), MP_QSTR___complex__) == MP_OBJ_NULL) {
        real = mp_obj_get_native(real, &mp_type_str); // complex(MyStr('1+2j'))
    }
    if (real != MP_OBJ_NULL && mp_obj_is_str(real)) {
        if (imag != MP_OBJ_NULL) {
            mp_raise_TypeError("complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = mp_obj_str_get_data(real, &len);
        return mp_parse_num_complex(s, len);
    }
    if (imag != MP_OBJ_NULL && mp_obj_is_str(imag)) {
        mp_raise_TypeError("complex() second arg can't be a string");
    }
    // CPython's rule: complex(a, b) == a + b*1j, but a real b goes straight to the imaginary
    // part and a real a straight to the real part (so the signs of zeros survive).
    double ar = 0, ai = 0, br = 0, bi = 0;
    bool a_cpx = false, b_cpx = false;
    if (real != MP_OBJ_NULL) {
        if (imag == MP_OBJ_NULL && mp_obj_is_type(real, &mp_type_complex)) {
            return real;
        }
        complex_arg(real, &ar, &ai, 0);
        a_cpx = complex_native(real, &ar, &ai) || ai != 0;
    }
    if (imag != MP_OBJ_NULL) {
        complex_arg(imag, &br, &bi, 1);
        b_cpx = complex_native(imag, &br, &bi) || bi != 0;
    }
    double re = ar, im = br;
    if (b_cpx) {
        re -= bi;
    }
    if (a_cpx) {
        im += ai;
    }
    return mp_obj_new_complex(re, im);
}

static mp_obj_t complex_conjugate(mp_obj_t self_in) {
    double re, im;
    complex_native(self_in, &re, &im);
    return mp_obj_new_complex(re, -im);
}
static MP_DEFINE_CONST_FUN_OBJ_1(complex_conjugate_obj, complex_conjugate);

static void complex_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    double re, im;
    if (!complex_native(self_in, &re, &im)) {
        return;
    }
    if (attr == MP_QSTR_real) {
        dest[0] = mp_obj_new_float(re);
    } else if (attr == MP_QSTR_imag) {
        dest[0] = mp_obj_new_float(im);
    }
}

static const mp_rom_map_elem_t complex_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&complex_conjugate_obj) },
};
static MP_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_dict_table);

const mp_obj_type_t mp_type_complex = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_EQ_NOT_REFLEXIVE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    .name = MP_QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .attr = complex_attr,
    .locals_dict = (mp_obj_dict_t *)&complex_locals_dict,
};
