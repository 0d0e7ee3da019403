// py/modmath.c: the math module.
//
// Float functions wrap the C library and translate its special results into CPython's
// exceptions, the rule of CPython's math module:
//   a nan result from a non-nan argument           -> ValueError("math domain error")
//   an infinite result from finite arguments       -> OverflowError("math range error") when
//                                                     the function can overflow (exp, cosh, ...),
//                                                     else ValueError (a pole: atanh(1), log(0))
// Integer functions (factorial, comb, perm, gcd, lcm, isqrt) work on ints of any size through
// the int API (mp_obj_int_binary_op); products use binary splitting so the big multiplications
// are balanced. floor/ceil/trunc return ints (big ones for huge floats) and honour
// __floor__/__ceil__/__trunc__ on other objects.
#include <math.h>
#include <float.h>

#include "py/runtime.h"

NORETURN static void math_error(void) {
    mp_raise_ValueError("math domain error");
}

NORETURN static void math_range_error(void) {
    mp_raise_msg(&mp_type_OverflowError, "math range error");
}

static mp_obj_t check_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        math_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            math_range_error();
        }
        math_error();
    }
    return mp_obj_new_float(r);
}

static mp_obj_t math_1(mp_obj_t x_in, double (*f)(double), bool can_overflow) {
    double x = mp_obj_get_float(x_in);
    return check_result(x, f(x), can_overflow);
}

#define MATH_FUN_1(py_name, c_fun, can_overflow) \
    static mp_obj_t mod_math_##py_name(mp_obj_t x_in) { \
        return math_1(x_in, c_fun, can_overflow); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_##py_name##_obj, mod_math_##py_name);

MATH_FUN_1(acos, acos, false)
MATH_FUN_1(acosh, acosh, false)
MATH_FUN_1(asin, asin, false)
MATH_FUN_1(asinh, asinh, false)
MATH_FUN_1(atan, atan, false)
MATH_FUN_1(atanh, atanh, false)
MATH_FUN_1(cos, cos, false)
MATH_FUN_1(cosh, cosh, true)
MATH_FUN_1(sin, sin, false)
MATH_FUN_1(sinh, sinh, true)
MATH_FUN_1(tan, tan, false)
MATH_FUN_1(tanh, tanh, false)
MATH_FUN_1(exp, exp, true)
MATH_FUN_1(exp2, exp2, true)
MATH_FUN_1(expm1, expm1, true)
MATH_FUN_1(sqrt, sqrt, false)
MATH_FUN_1(cbrt, cbrt, false)
MATH_FUN_1(fabs, fabs, false)
MATH_FUN_1(erf, erf, false)
MATH_FUN_1(erfc, erfc, false)
MATH_FUN_1(log1p, log1p, false)

static double deg_of(double x) {
    return x * (180.0 / M_PI);
}
static double rad_of(double x) {
    return x * (M_PI / 180.0);
}
// plain multiplications: CPython lets them overflow to inf without an error
static mp_obj_t mod_math_degrees(mp_obj_t x_in) {
    return mp_obj_new_float(deg_of(mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_degrees_obj, mod_math_degrees);
static mp_obj_t mod_math_radians(mp_obj_t x_in) {
    return mp_obj_new_float(rad_of(mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_radians_obj, mod_math_radians);

// gamma and lgamma: poles at 0, -1, -2, ... are domain errors; large results overflow.
static mp_obj_t mod_math_gamma(mp_obj_t x_in) {
    double x = mp_obj_get_float(x_in);
    if (isfinite(x) && x <= 0 && x == floor(x)) {
        math_error();
    }
    if (x == -INFINITY) {
        math_error();
    }
    return check_result(x, tgamma(x), true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_gamma_obj, mod_math_gamma);

static mp_obj_t mod_math_lgamma(mp_obj_t x_in) {
    double x = mp_obj_get_float(x_in);
    if (isfinite(x) && x <= 0 && x == floor(x)) {
        math_error();
    }
    int sign;
    return check_result(x, lgamma_r(x, &sign), true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_lgamma_obj, mod_math_lgamma);

/******************************************************************************/
// logarithms (ints too large for a double are handled as m * 2**e)

static mp_obj_t int_bit_length_of(mp_obj_t n) {
    return mp_call_function_0(mp_load_attr(n, MP_QSTR_bit_length));
}

// log(x) in the given C log function, for any real x including huge ints.
static double log_any(mp_obj_t x_in, double (*f)(double)) {
    if (mp_obj_is_int(x_in) && !mp_obj_is_small_int(x_in) && !mp_obj_is_type(x_in, &mp_type_bool)) {
        if (mp_obj_int_sign(x_in) <= 0) {
            math_error();
        }
        double d;
        nlr_buf_t nlr;
        bool ok;
        if (nlr_push(&nlr) == 0) {
            d = mp_obj_int_as_float(x_in);
            ok = true;
            nlr_pop();
        } else {
            d = 0;
            ok = false;
        }
        if (!ok) {
            // x = m * 2**e with 0.5 <= m < 1 correctly rounded: f(x) = f(m) + f(2) * e
            mp_obj_t e = int_bit_length_of(x_in);
            mp_obj_t p = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1), e);
            double m = mp_obj_float_get(mp_obj_int_binary_op(MP_BINARY_OP_TRUE_DIVIDE, x_in, p));
            return f(m) + f(2.0) * (double)mp_obj_get_int(e);
        }
        return f(d);
    }
    double x = mp_obj_get_float(x_in);
    if (isnan(x)) {
        return x;
    }
    if (x <= 0) {
        math_error();
    }
    return f(x);
}

static mp_obj_t mod_math_log(size_t n_args, const mp_obj_t *args) {
    double r = log_any(args[0], log);
    if (n_args == 2) {
        double b = log_any(args[1], log);
        if (b == 0) {
            mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
        }
        r /= b;
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_math_log_obj, 1, 2, mod_math_log);

static mp_obj_t mod_math_log2(mp_obj_t x) {
    return mp_obj_new_float(log_any(x, log2));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_log2_obj, mod_math_log2);

static mp_obj_t mod_math_log10(mp_obj_t x) {
    return mp_obj_new_float(log_any(x, log10));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_log10_obj, mod_math_log10);

/******************************************************************************/
// two-argument float functions

static mp_obj_t mod_math_pow(mp_obj_t x_in, mp_obj_t y_in) {
    double x = mp_obj_get_float(x_in), y = mp_obj_get_float(y_in);
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            math_error();
        }
        if (isinf(r)) {
            if (x == 0) {
                math_error(); // 0 ** negative
            }
            math_range_error();
        }
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_pow_obj, mod_math_pow);

static mp_obj_t mod_math_atan2(mp_obj_t y_in, mp_obj_t x_in) {
    return mp_obj_new_float(atan2(mp_obj_get_float(y_in), mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_atan2_obj, mod_math_atan2);

static mp_obj_t mod_math_copysign(mp_obj_t x_in, mp_obj_t y_in) {
    return mp_obj_new_float(copysign(mp_obj_get_float(x_in), mp_obj_get_float(y_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_copysign_obj, mod_math_copysign);

static mp_obj_t mod_math_fmod(mp_obj_t x_in, mp_obj_t y_in) {
    double x = mp_obj_get_float(x_in), y = mp_obj_get_float(y_in);
    if (isinf(y) && isfinite(x)) {
        return mp_obj_new_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        math_error();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_fmod_obj, mod_math_fmod);

static mp_obj_t mod_math_remainder(mp_obj_t x_in, mp_obj_t y_in) {
    double x = mp_obj_get_float(x_in), y = mp_obj_get_float(y_in);
    if (isnan(x) || isnan(y)) {
        return mp_obj_new_float(NAN);
    }
    if (isinf(x) || y == 0) {
        math_error();
    }
    if (isinf(y)) {
        return mp_obj_new_float(x);
    }
    return mp_obj_new_float(remainder(x, y));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_remainder_obj, mod_math_remainder);

static mp_obj_t mod_math_ldexp(mp_obj_t x_in, mp_obj_t e_in) {
    double x = mp_obj_get_float(x_in);
    if (!mp_obj_is_int(e_in)) {
        mp_raise_TypeError("Expected an int as second argument to ldexp.");
    }
    mp_int_t e;
    if (mp_obj_is_small_int(e_in) || mp_obj_is_type(e_in, &mp_type_bool)) {
        e = mp_obj_get_int(e_in);
    } else {
        e = mp_obj_int_sign(e_in) > 0 ? 100000 : -100000;
    }
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    if (x == 0 || !isfinite(x)) {
        return mp_obj_new_float(x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        math_range_error();
    }
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_ldexp_obj, mod_math_ldexp);

static mp_obj_t mod_math_frexp(mp_obj_t x_in) {
    double x = mp_obj_get_float(x_in);
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    mp_obj_t items[2] = {mp_obj_new_float(m), MP_OBJ_NEW_SMALL_INT(e)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_frexp_obj, mod_math_frexp);

static mp_obj_t mod_math_modf(mp_obj_t x_in) {
    double x = mp_obj_get_float(x_in);
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    mp_obj_t items[2] = {mp_obj_new_float(fp), mp_obj_new_float(ip)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_modf_obj, mod_math_modf);

static mp_obj_t mod_math_nextafter(mp_obj_t x_in, mp_obj_t y_in) {
    return mp_obj_new_float(nextafter(mp_obj_get_float(x_in), mp_obj_get_float(y_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_nextafter_obj, mod_math_nextafter);

static mp_obj_t mod_math_ulp(mp_obj_t x_in) {
    double x = fabs(mp_obj_get_float(x_in));
    if (isnan(x) || isinf(x)) {
        return mp_obj_new_float(x);
    }
    double y = nextafter(x, INFINITY);
    if (isinf(y)) {
        y = nextafter(x, -INFINITY);
        return mp_obj_new_float(x - y);
    }
    return mp_obj_new_float(y - x);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_ulp_obj, mod_math_ulp);

/******************************************************************************/
// predicates

static mp_obj_t mod_math_isfinite(mp_obj_t x_in) {
    return mp_obj_new_bool(isfinite(mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_isfinite_obj, mod_math_isfinite);

static mp_obj_t mod_math_isinf(mp_obj_t x_in) {
    if (mp_obj_is_int(x_in)) {
        return mp_const_false;
    }
    return mp_obj_new_bool(isinf(mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_isinf_obj, mod_math_isinf);

static mp_obj_t mod_math_isnan(mp_obj_t x_in) {
    if (mp_obj_is_int(x_in)) {
        return mp_const_false;
    }
    return mp_obj_new_bool(isnan(mp_obj_get_float(x_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_isnan_obj, mod_math_isnan);

static mp_obj_t mod_math_isclose(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_a, ARG_b, ARG_rel_tol, ARG_abs_tol };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_rel_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_abs_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    double a = mp_obj_get_float(args[ARG_a].u_obj), b = mp_obj_get_float(args[ARG_b].u_obj);
    double rel = args[ARG_rel_tol].u_obj == MP_OBJ_NULL ? 1e-9 : mp_obj_get_float(args[ARG_rel_tol].u_obj);
    double abs_tol = args[ARG_abs_tol].u_obj == MP_OBJ_NULL ? 0.0 : mp_obj_get_float(args[ARG_abs_tol].u_obj);
    if (rel < 0 || abs_tol < 0) {
        mp_raise_ValueError("tolerances must be non-negative");
    }
    if (a == b) {
        return mp_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return mp_const_false;
    }
    double diff = fabs(b - a);
    return mp_obj_new_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_math_isclose_obj, 2, mod_math_isclose);

/******************************************************************************/
// rounding to ints

static mp_obj_t round_to_int(mp_obj_t x_in, double (*f)(double), qstr special) {
    if (mp_obj_is_int(x_in)) {
        return mp_obj_int_unary_op(MP_UNARY_OP_INT, x_in);
    }
    if (!mp_obj_is_float(x_in)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(x_in, special, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return mp_call_method_n_kw(0, 0, dest);
        }
        if (special == MP_QSTR___trunc__) {
            mp_raise_msg_varg(&mp_type_TypeError, "type %s doesn't define __trunc__ method", mp_obj_get_type_str(x_in));
        }
    }
    return mp_obj_new_int_from_float(f(mp_obj_get_float(x_in)));
}

static mp_obj_t mod_math_floor(mp_obj_t x_in) {
    return round_to_int(x_in, floor, MP_QSTR___floor__);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_floor_obj, mod_math_floor);

static mp_obj_t mod_math_ceil(mp_obj_t x_in) {
    return round_to_int(x_in, ceil, MP_QSTR___ceil__);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_ceil_obj, mod_math_ceil);

static mp_obj_t mod_math_trunc(mp_obj_t x_in) {
    return round_to_int(x_in, trunc, MP_QSTR___trunc__);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_trunc_obj, mod_math_trunc);

/******************************************************************************/
// sums and norms

// Exact sum of doubles (Shewchuk's non-overlapping partials), rounded once at the end.
static mp_obj_t mod_math_fsum(mp_obj_t iterable) {
    size_t alloc = 32, n = 0;
    double *partials = m_new(double, alloc);
    double special = 0.0, inf_sum = 0.0;
    mp_obj_t iter = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        double x = mp_obj_get_float(item);
        double orig = x;
        size_t j = 0;
        for (size_t i = 0; i < n; i++) {
            double y = partials[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[j++] = lo;
            }
            x = hi;
        }
        n = j;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(orig)) {
                    mp_raise_msg(&mp_type_OverflowError, "intermediate overflow in fsum");
                }
                if (isinf(orig)) {
                    inf_sum += orig;
                }
                special += orig;
                n = 0;
            } else {
                if (n == alloc) {
                    partials = m_renew(double, partials, alloc, alloc * 2);
                    alloc *= 2;
                }
                partials[n++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            mp_raise_ValueError("-inf + inf in fsum");
        }
        return mp_obj_new_float(special);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = partials[--n];
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        // If the rest of the partials lean the same way as lo, the half-way case must round
        // away from hi: do so by doubling lo.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    m_del(double, partials, alloc);
    return mp_obj_new_float(hi);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_fsum_obj, mod_math_fsum);

// sqrt(sum(v[i]**2)) without needless overflow or underflow: scale by the largest magnitude.
static double vector_norm(size_t n, const double *v) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isinf(a)) {
            return INFINITY;
        }
        if (isnan(a)) {
            found_nan = true;
        }
        if (a > max) {
            max = a;
        }
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    if (n == 2) {
        return hypot(v[0], v[1]);
    }
    double sum = 0.0, comp = 0.0; // Neumaier-compensated sum of squares
    for (size_t i = 0; i < n; i++) {
        double q = v[i] / max;
        double sq = q * q;
        double t = sum + sq;
        if (fabs(sum) >= fabs(sq)) {
            comp += (sum - t) + sq;
        } else {
            comp += (sq - t) + sum;
        }
        sum = t;
    }
    return max * sqrt(sum + comp);
}

static mp_obj_t mod_math_hypot(size_t n_args, const mp_obj_t *args) {
    double small_buf[8];
    double *v = n_args <= 8 ? small_buf : m_new(double, n_args);
    for (size_t i = 0; i < n_args; i++) {
        v[i] = mp_obj_get_float(args[i]);
    }
    return mp_obj_new_float(vector_norm(n_args, v));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_math_hypot_obj, 0, mod_math_hypot);

static mp_obj_t mod_math_dist(mp_obj_t p_in, mp_obj_t q_in) {
    size_t np, nq;
    mp_obj_t *p, *q;
    if (!mp_obj_is_type(p_in, &mp_type_tuple) && !mp_obj_is_type(p_in, &mp_type_list)) {
        p_in = mp_obj_tuple_from_iter(p_in);
    }
    if (!mp_obj_is_type(q_in, &mp_type_tuple) && !mp_obj_is_type(q_in, &mp_type_list)) {
        q_in = mp_obj_tuple_from_iter(q_in);
    }
    mp_obj_get_array(p_in, &np, &p);
    mp_obj_get_array(q_in, &nq, &q);
    if (np != nq) {
        mp_raise_ValueError("both points must have the same number of dimensions");
    }
    double *v = m_new(double, np + 1);
    for (size_t i = 0; i < np; i++) {
        v[i] = mp_obj_get_float(p[i]) - mp_obj_get_float(q[i]);
    }
    double r = vector_norm(np, v);
    m_del(double, v, np + 1);
    return mp_obj_new_float(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_dist_obj, mod_math_dist);

static mp_obj_t mod_math_prod(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_iterable, ARG_start };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_start, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t acc = args[ARG_start].u_obj;
    mp_obj_t iter = mp_getiter(args[ARG_iterable].u_obj);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc, item);
    }
    return acc;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_math_prod_obj, 1, mod_math_prod);

/******************************************************************************/
// integer functions

// An int argument (bools count); floats and others raise TypeError as CPython.
static mp_obj_t int_arg(mp_obj_t o) {
    if (mp_obj_is_int(o)) {
        return mp_obj_int_unary_op(MP_UNARY_OP_INT, o);
    }
    mp_int_t v;
    if (!mp_obj_is_float(o) && mp_obj_get_int_maybe(o, &v)) {
        return mp_obj_new_int(v);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
}

static mp_obj_t int_op(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    return mp_obj_int_binary_op(op, a, b);
}

static bool int_lt(mp_obj_t a, mp_obj_t b) {
    return int_op(MP_BINARY_OP_LESS, a, b) == mp_const_true;
}

// lo * (lo+1) * ... * (lo+count-1), by binary splitting.
static mp_obj_t range_product(mp_obj_t lo, mp_uint_t count) {
    if (count == 0) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    if (count <= 8) {
        mp_obj_t acc = lo;
        for (mp_uint_t i = 1; i < count; i++) {
            acc = int_op(MP_BINARY_OP_MULTIPLY, acc, int_op(MP_BINARY_OP_ADD, lo, MP_OBJ_NEW_SMALL_INT(i)));
        }
        return acc;
    }
    mp_uint_t half = count / 2;
    mp_obj_t left = range_product(lo, half);
    mp_obj_t right = range_product(int_op(MP_BINARY_OP_ADD, lo, mp_obj_new_int_from_uint(half)), count - half);
    return int_op(MP_BINARY_OP_MULTIPLY, left, right);
}

static mp_obj_t mod_math_factorial(mp_obj_t n_in) {
    mp_obj_t n = int_arg(n_in);
    if (mp_obj_int_sign(n) < 0) {
        mp_raise_ValueError("factorial() not defined for negative values");
    }
    if (!mp_obj_is_small_int(n)) {
        mp_raise_msg(&mp_type_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n);
    if (v <= 1) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    return range_product(MP_OBJ_NEW_SMALL_INT(1), v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_factorial_obj, mod_math_factorial);

static mp_uint_t count_arg(mp_obj_t k) {
    if (!mp_obj_is_small_int(k)) {
        mp_raise_msg(&mp_type_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    }
    return MP_OBJ_SMALL_INT_VALUE(k);
}

static mp_obj_t mod_math_perm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t n = int_arg(args[0]);
    if (n_args == 1 || args[1] == mp_const_none) {
        if (mp_obj_int_sign(n) < 0) {
            mp_raise_ValueError("n must be a non-negative integer");
        }
        return mod_math_factorial(n);
    }
    mp_obj_t k = int_arg(args[1]);
    if (mp_obj_int_sign(n) < 0) {
        mp_raise_ValueError("n must be a non-negative integer");
    }
    if (mp_obj_int_sign(k) < 0) {
        mp_raise_ValueError("k must be a non-negative integer");
    }
    if (int_lt(n, k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_uint_t c = count_arg(k);
    return range_product(int_op(MP_BINARY_OP_ADD, int_op(MP_BINARY_OP_SUBTRACT, n, k), MP_OBJ_NEW_SMALL_INT(1)), c);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_math_perm_obj, 1, 2, mod_math_perm);

static mp_obj_t mod_math_comb(mp_obj_t n_in, mp_obj_t k_in) {
    mp_obj_t n = int_arg(n_in), k = int_arg(k_in);
    if (mp_obj_int_sign(n) < 0) {
        mp_raise_ValueError("n must be a non-negative integer");
    }
    if (mp_obj_int_sign(k) < 0) {
        mp_raise_ValueError("k must be a non-negative integer");
    }
    if (int_lt(n, k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t nk = int_op(MP_BINARY_OP_SUBTRACT, n, k);
    if (int_lt(nk, k)) {
        k = nk;
    }
    mp_uint_t c = count_arg(k);
    if (c == 0) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    mp_obj_t top = range_product(int_op(MP_BINARY_OP_ADD, int_op(MP_BINARY_OP_SUBTRACT, n, k), MP_OBJ_NEW_SMALL_INT(1)), c);
    return int_op(MP_BINARY_OP_FLOOR_DIVIDE, top, range_product(MP_OBJ_NEW_SMALL_INT(1), c));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_math_comb_obj, mod_math_comb);

static mp_obj_t mod_math_gcd(size_t n_args, const mp_obj_t *args) {
    mp_obj_t g = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = mp_obj_int_gcd(g, int_arg(args[i]));
    }
    return g;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_math_gcd_obj, 0, mod_math_gcd);

static mp_obj_t mod_math_lcm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t l = MP_OBJ_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t a = int_arg(args[i]);
        if (mp_obj_int_sign(a) == 0 || mp_obj_int_sign(l) == 0) {
            l = MP_OBJ_NEW_SMALL_INT(0);
            continue;
        }
        mp_obj_t g = mp_obj_int_gcd(l, a);
        l = int_op(MP_BINARY_OP_MULTIPLY, int_op(MP_BINARY_OP_FLOOR_DIVIDE, l, g), a);
        l = mp_obj_int_abs(l);
    }
    return l;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_math_lcm_obj, 0, mod_math_lcm);

// floor(sqrt(n)): exact for small n via the FPU (then corrected), Newton's method from above
// for big n.
static mp_obj_t mod_math_isqrt(mp_obj_t n_in) {
    mp_obj_t n = int_arg(n_in);
    if (mp_obj_int_sign(n) < 0) {
        mp_raise_ValueError("isqrt() argument must be nonnegative");
    }
    if (mp_obj_is_small_int(n)) {
        uint64_t v = MP_OBJ_SMALL_INT_VALUE(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v) {
            r--;
        }
        while ((r + 1) * (r + 1) <= v) {
            r++;
        }
        return mp_obj_new_int_from_ull(r);
    }
    mp_int_t bits = mp_obj_get_int(int_bit_length_of(n));
    mp_obj_t x = int_op(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_NEW_SMALL_INT((bits + 1) / 2));
    for (;;) {
        mp_obj_t y = int_op(MP_BINARY_OP_RSHIFT,
            int_op(MP_BINARY_OP_ADD, x, int_op(MP_BINARY_OP_FLOOR_DIVIDE, n, x)), MP_OBJ_NEW_SMALL_INT(1));
        if (!int_lt(y, x)) {
            return x;
        }
        x = y;
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_math_isqrt_obj, mod_math_isqrt);

/******************************************************************************/
// the module

static const mp_obj_float_t mod_math_e_obj = {{&mp_type_float}, M_E};
static const mp_obj_float_t mod_math_pi_obj = {{&mp_type_float}, M_PI};
static const mp_obj_float_t mod_math_tau_obj = {{&mp_type_float}, 2.0 * M_PI};
static const mp_obj_float_t mod_math_inf_obj = {{&mp_type_float}, INFINITY};
static const mp_obj_float_t mod_math_nan_obj = {{&mp_type_float}, NAN};

static const mp_rom_map_elem_t mp_module_math_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_math) },
    { MP_ROM_QSTR(MP_QSTR_e), MP_ROM_PTR(&mod_math_e_obj) },
    { MP_ROM_QSTR(MP_QSTR_pi), MP_ROM_PTR(&mod_math_pi_obj) },
    { MP_ROM_QSTR(MP_QSTR_tau), MP_ROM_PTR(&mod_math_tau_obj) },
    { MP_ROM_QSTR(MP_QSTR_inf), MP_ROM_PTR(&mod_math_inf_obj) },
    { MP_ROM_QSTR(MP_QSTR_nan), MP_ROM_PTR(&mod_math_nan_obj) },
    { MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&mod_math_acos_obj) },
    { MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&mod_math_acosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&mod_math_asin_obj) },
    { MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&mod_math_asinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&mod_math_atan_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan2), MP_ROM_PTR(&mod_math_atan2_obj) },
    { MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&mod_math_atanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_cbrt), MP_ROM_PTR(&mod_math_cbrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_ceil), MP_ROM_PTR(&mod_math_ceil_obj) },
    { MP_ROM_QSTR(MP_QSTR_comb), MP_ROM_PTR(&mod_math_comb_obj) },
    { MP_ROM_QSTR(MP_QSTR_copysign), MP_ROM_PTR(&mod_math_copysign_obj) },
    { MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&mod_math_cos_obj) },
    { MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&mod_math_cosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_degrees), MP_ROM_PTR(&mod_math_degrees_obj) },
    { MP_ROM_QSTR(MP_QSTR_dist), MP_ROM_PTR(&mod_math_dist_obj) },
    { MP_ROM_QSTR(MP_QSTR_erf), MP_ROM_PTR(&mod_math_erf_obj) },
    { MP_ROM_QSTR(MP_QSTR_erfc), MP_ROM_PTR(&mod_math_erfc_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&mod_math_exp_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp2), MP_ROM_PTR(&mod_math_exp2_obj) },
    { MP_ROM_QSTR(MP_QSTR_expm1), MP_ROM_PTR(&mod_math_expm1_obj) },
    { MP_ROM_QSTR(MP_QSTR_fabs), MP_ROM_PTR(&mod_math_fabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_factorial), MP_ROM_PTR(&mod_math_factorial_obj) },
    { MP_ROM_QSTR(MP_QSTR_floor), MP_ROM_PTR(&mod_math_floor_obj) },
    { MP_ROM_QSTR(MP_QSTR_fmod), MP_ROM_PTR(&mod_math_fmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_frexp), MP_ROM_PTR(&mod_math_frexp_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsum), MP_ROM_PTR(&mod_math_fsum_obj) },
    { MP_ROM_QSTR(MP_QSTR_gamma), MP_ROM_PTR(&mod_math_gamma_obj) },
    { MP_ROM_QSTR(MP_QSTR_gcd), MP_ROM_PTR(&mod_math_gcd_obj) },
    { MP_ROM_QSTR(MP_QSTR_hypot), MP_ROM_PTR(&mod_math_hypot_obj) },
    { MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&mod_math_isclose_obj) },
    { MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&mod_math_isfinite_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&mod_math_isinf_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&mod_math_isnan_obj) },
    { MP_ROM_QSTR(MP_QSTR_isqrt), MP_ROM_PTR(&mod_math_isqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_lcm), MP_ROM_PTR(&mod_math_lcm_obj) },
    { MP_ROM_QSTR(MP_QSTR_ldexp), MP_ROM_PTR(&mod_math_ldexp_obj) },
    { MP_ROM_QSTR(MP_QSTR_lgamma), MP_ROM_PTR(&mod_math_lgamma_obj) },
    { MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&mod_math_log_obj) },
    { MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&mod_math_log10_obj) },
    { MP_ROM_QSTR(MP_QSTR_log1p), MP_ROM_PTR(&mod_math_log1p_obj) },
    { MP_ROM_QSTR(MP_QSTR_log2), MP_ROM_PTR(&mod_math_log2_obj) },
    { MP_ROM_QSTR(MP_QSTR_modf), MP_ROM_PTR(&mod_math_modf_obj) },
    { MP_ROM_QSTR(MP_QSTR_nextafter), MP_ROM_PTR(&mod_math_nextafter_obj) },
    { MP_ROM_QSTR(MP_QSTR_perm), MP_ROM_PTR(&mod_math_perm_obj) },
    { MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&mod_math_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR_prod), MP_ROM_PTR(&mod_math_prod_obj) },
    { MP_ROM_QSTR(MP_QSTR_radians), MP_ROM_PTR(&mod_math_radians_obj) },
    { MP_ROM_QSTR(MP_QSTR_remainder), MP_ROM_PTR(&mod_math_remainder_obj) },
    { MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&mod_math_sin_obj) },
    { MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&mod_math_sinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&mod_math_sqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&mod_math_tan_obj) },
    { MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&mod_math_tanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_trunc), MP_ROM_PTR(&mod_math_trunc_obj) },
    { MP_ROM_QSTR(MP_QSTR_ulp), MP_ROM_PTR(&mod_math_ulp_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_math, mp_module_math_globals_table);

MP_REGISTER_MODULE(MP_QSTR_math, mp_module_math);
