// py/modcmath.c: the cmath module (complex versions of the math functions).
//
// Arguments are anything mp_obj_get_complex accepts (complex, float, int); results are
// complex except phase/polar/abs-like ones. sqrt, log and the tan/inverse families use the
// same finite-argument algorithms as CPython (so the last bits agree); exp, sin, cos, sinh,
// cosh and all non-finite arguments use C99 <complex.h>, whose special values (Annex G)
// agree with CPython's tables. log(0) and other poles raise ValueError("math domain error").
#include <math.h>
#include <complex.h>
#include <float.h>

#include "py/runtime.h"

static double complex get_c(mp_obj_t o) {
    double re, im;
    mp_obj_get_complex(o, &re, &im);
    return CMPLX(re, im);
}

static mp_obj_t new_c(double complex z) {
    return mp_obj_new_complex(creal(z), cimag(z));
}

// A finite argument giving an infinite or nan result is an error (domain or range).
static mp_obj_t checked_c(double complex z, double complex r, bool can_overflow) {
    bool z_finite = isfinite(creal(z)) && isfinite(cimag(z));
    if (z_finite) {
        if (isnan(creal(r)) || isnan(cimag(r))) {
            mp_raise_ValueError("math domain error");
        }
        if (isinf(creal(r)) || isinf(cimag(r))) {
            if (can_overflow) {
                mp_raise_msg(&mp_type_OverflowError, "math range error");
            }
            mp_raise_ValueError("math domain error");
        }
    }
    return new_c(r);
}

/******************************************************************************/
// Finite-argument algorithms matching CPython's cmath (after Kahan, "Branch cuts for complex
// elementary functions"), so results agree to the last bit; non-finite arguments go to the C
// library, whose Annex G special values agree with CPython's tables.

#define CM_LARGE_DOUBLE (DBL_MAX / 4.0)
#define CM_SQRT_LARGE_DOUBLE (1.3407807929942596e+154 / 2.0) // sqrt(DBL_MAX / 4)
#define CM_LOG_LARGE_DOUBLE (708.3964185322641)               // log(DBL_MAX / 4)
#define CM_SQRT_DBL_MIN (1.4916681462400413e-154)              // sqrt(DBL_MIN)

static bool c_finite(double complex z) {
    return isfinite(creal(z)) && isfinite(cimag(z));
}

static double complex k_sqrt(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return csqrt(z);
    }
    if (x == 0 && y == 0) {
        return CMPLX(0.0, y);
    }
    double ax = fabs(x), ay = fabs(y), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // scale tiny (subnormal) arguments up by 2**53 and the root back down by 2**-27
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (x >= 0) {
        return CMPLX(s, copysign(d, y));
    }
    return CMPLX(d, copysign(s, y));
}

static double complex k_tanh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return ctanh(z);
    }
    if (fabs(x) > CM_LOG_LARGE_DOUBLE) {
        return CMPLX(copysign(1.0, x), 4.0 * sin(y) * cos(y) * exp(-2.0 * fabs(x)));
    }
    double tx = tanh(x), ty = tan(y), cx = 1.0 / cosh(x);
    double txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return CMPLX(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

// f(z) = -i * g(i z) for the circular functions built on the hyperbolic ones
static double complex via_i(double complex (*g)(double complex), double complex z) {
    double complex s = g(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(s), -creal(s));
}

static double complex k_tan(double complex z) {
    return via_i(k_tanh, z);
}

static double complex k_asinh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return casinh(z);
    }
    if (fabs(x) > CM_LARGE_DOUBLE || fabs(y) > CM_LARGE_DOUBLE) {
        double re;
        if (y >= 0) {
            re = copysign(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, x);
        } else {
            re = -copysign(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, -x);
        }
        return CMPLX(re, atan2(y, fabs(x)));
    }
    double complex s1 = k_sqrt(CMPLX(1.0 + y, -x));
    double complex s2 = k_sqrt(CMPLX(1.0 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
        atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex k_asin(double complex z) {
    return via_i(k_asinh, z);
}

static double complex k_acos(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return cacos(z);
    }
    if (fabs(x) > CM_LARGE_DOUBLE || fabs(y) > CM_LARGE_DOUBLE) {
        double im;
        if (x < 0) {
            im = -copysign(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, y);
        } else {
            im = copysign(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, -y);
        }
        return CMPLX(atan2(fabs(y), x), im);
    }
    double complex s1 = k_sqrt(CMPLX(1.0 - x, -y));
    double complex s2 = k_sqrt(CMPLX(1.0 + x, y));
    return CMPLX(2.0 * atan2(creal(s1), creal(s2)), asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex k_acosh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return cacosh(z);
    }
    if (fabs(x) > CM_LARGE_DOUBLE || fabs(y) > CM_LARGE_DOUBLE) {
        return CMPLX(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, atan2(y, x));
    }
    double complex s1 = k_sqrt(CMPLX(x - 1.0, y));
    double complex s2 = k_sqrt(CMPLX(x + 1.0, y));
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)), 2.0 * atan2(cimag(s1), creal(s2)));
}

static double complex k_atanh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!c_finite(z)) {
        return catanh(z);
    }
    if (x < 0) {
        double complex r = k_atanh(CMPLX(-x, -y));
        return CMPLX(-creal(r), -cimag(r));
    }
    double ay = fabs(y);
    if (x > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        double h = hypot(x / 2.0, y / 2.0);
        return CMPLX(x / 4.0 / h / h, -copysign(M_PI / 2.0, -y));
    }
    if (x == 1.0 && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0) {
            mp_raise_ValueError("math domain error");
        }
        return CMPLX(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, y));
    }
    return CMPLX(log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0);
}

static double complex k_atan(double complex z) {
    return via_i(k_atanh, z);
}

// log with CPython's care near |z| == 1 and at the extremes; *zero set for log(0).
static double complex k_log(double complex z, bool *zero) {
    double x = creal(z), y = cimag(z);
    *zero = false;
    if (!c_finite(z)) {
        return clog(z);
    }
    double ax = fabs(x), ay = fabs(y), re;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0 || ay > 0) {
            re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * M_LN2;
        } else {
            re = -INFINITY;
            *zero = true;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

#define CMATH_FUN_1(py_name, c_fun, can_overflow) \
    static mp_obj_t mod_cmath_##py_name(mp_obj_t z_in) { \
        double complex z = get_c(z_in); \
        return checked_c(z, c_fun(z), can_overflow); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_##py_name##_obj, mod_cmath_##py_name);

CMATH_FUN_1(exp, cexp, true)
CMATH_FUN_1(sqrt, k_sqrt, false)
CMATH_FUN_1(cos, ccos, true)
CMATH_FUN_1(sin, csin, true)
CMATH_FUN_1(tan, k_tan, true)
CMATH_FUN_1(acos, k_acos, false)
CMATH_FUN_1(asin, k_asin, false)
CMATH_FUN_1(atan, k_atan, false)
CMATH_FUN_1(cosh, ccosh, true)
CMATH_FUN_1(sinh, csinh, true)
CMATH_FUN_1(tanh, k_tanh, true)
CMATH_FUN_1(acosh, k_acosh, false)
CMATH_FUN_1(asinh, k_asinh, false)
CMATH_FUN_1(atanh, k_atanh, false)

static mp_obj_t mod_cmath_log(size_t n_args, const mp_obj_t *args) {
    bool zero;
    double complex r = k_log(get_c(args[0]), &zero);
    if (n_args == 2) {
        // as CPython: log(0, base) is not an error here, the quotient carries the -inf
        bool bzero;
        double complex lb = k_log(get_c(args[1]), &bzero);
        return mp_obj_complex_binary_op(MP_BINARY_OP_TRUE_DIVIDE, creal(r), cimag(r), new_c(lb));
    }
    if (zero) {
        mp_raise_ValueError("math domain error");
    }
    return new_c(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_cmath_log_obj, 1, 2, mod_cmath_log);

static mp_obj_t mod_cmath_log10(mp_obj_t z_in) {
    bool zero;
    double complex r = k_log(get_c(z_in), &zero);
    if (zero) {
        mp_raise_ValueError("math domain error");
    }
    return mp_obj_new_complex(creal(r) / M_LN10, cimag(r) / M_LN10);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_log10_obj, mod_cmath_log10);

static mp_obj_t mod_cmath_phase(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    return mp_obj_new_float(carg(z));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_phase_obj, mod_cmath_phase);

static mp_obj_t mod_cmath_polar(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z))) {
        mp_raise_msg(&mp_type_OverflowError, "math range error");
    }
    mp_obj_t items[2] = {mp_obj_new_float(r), mp_obj_new_float(carg(z))};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_polar_obj, mod_cmath_polar);

static mp_obj_t mod_cmath_rect(mp_obj_t r_in, mp_obj_t phi_in) {
    double r = mp_obj_get_float(r_in), phi = mp_obj_get_float(phi_in);
    if (isfinite(r) && isinf(phi)) {
        if (r == 0) {
            return mp_obj_new_complex(0.0, 0.0);
        }
        mp_raise_ValueError("math domain error");
    }
    if (phi == 0) {
        return mp_obj_new_complex(r, isnan(r) ? 0.0 : r * phi);
    }
    return mp_obj_new_complex(r * cos(phi), r * sin(phi));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_cmath_rect_obj, mod_cmath_rect);

static mp_obj_t mod_cmath_isfinite(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    return mp_obj_new_bool(isfinite(creal(z)) && isfinite(cimag(z)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_isfinite_obj, mod_cmath_isfinite);

static mp_obj_t mod_cmath_isinf(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    return mp_obj_new_bool(isinf(creal(z)) || isinf(cimag(z)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_isinf_obj, mod_cmath_isinf);

static mp_obj_t mod_cmath_isnan(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    return mp_obj_new_bool(isnan(creal(z)) || isnan(cimag(z)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_isnan_obj, mod_cmath_isnan);

static mp_obj_t mod_cmath_isclose(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_a, ARG_b, ARG_rel_tol, ARG_abs_tol };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_rel_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_abs_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    double complex a = get_c(args[ARG_a].u_obj), b = get_c(args[ARG_b].u_obj);
    double rel = args[ARG_rel_tol].u_obj == MP_OBJ_NULL ? 1e-9 : mp_obj_get_float(args[ARG_rel_tol].u_obj);
    double abs_tol = args[ARG_abs_tol].u_obj == MP_OBJ_NULL ? 0.0 : mp_obj_get_float(args[ARG_abs_tol].u_obj);
    if (rel < 0 || abs_tol < 0) {
        mp_raise_ValueError("tolerances must be non-negative");
    }
    if (creal(a) == creal(b) && cimag(a) == cimag(b)) {
        return mp_const_true;
    }
    if (isinf(creal(a)) || isinf(cimag(a)) || isinf(creal(b)) || isinf(cimag(b))) {
        return mp_const_false;
    }
    double diff = cabs(a - b);
    return mp_obj_new_bool(diff <= rel * cabs(b) || diff <= rel * cabs(a) || diff <= abs_tol);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_cmath_isclose_obj, 2, mod_cmath_isclose);

static const mp_obj_float_t mod_cmath_e_obj = {{&mp_type_float}, M_E};
static const mp_obj_float_t mod_cmath_pi_obj = {{&mp_type_float}, M_PI};
static const mp_obj_float_t mod_cmath_tau_obj = {{&mp_type_float}, 2.0 * M_PI};
static const mp_obj_float_t mod_cmath_inf_obj = {{&mp_type_float}, INFINITY};
static const mp_obj_float_t mod_cmath_nan_obj = {{&mp_type_float}, NAN};

static mp_obj_t mod_cmath_getattr(mp_obj_t name) {
    // infj and nanj are complex constants: built on first use (no ROM complex objects)
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_infj) {
        return mp_obj_new_complex(0.0, INFINITY);
    }
    if (q == MP_QSTR_nanj) {
        return mp_obj_new_complex(0.0, NAN);
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "module 'cmath' has no attribute '%q'", q);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_getattr_obj, mod_cmath_getattr);

static const mp_rom_map_elem_t mp_module_cmath_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cmath) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&mod_cmath_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_e), MP_ROM_PTR(&mod_cmath_e_obj) },
    { MP_ROM_QSTR(MP_QSTR_pi), MP_ROM_PTR(&mod_cmath_pi_obj) },
    { MP_ROM_QSTR(MP_QSTR_tau), MP_ROM_PTR(&mod_cmath_tau_obj) },
    { MP_ROM_QSTR(MP_QSTR_inf), MP_ROM_PTR(&mod_cmath_inf_obj) },
    { MP_ROM_QSTR(MP_QSTR_nan), MP_ROM_PTR(&mod_cmath_nan_obj) },
    { MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&mod_cmath_acos_obj) },
    { MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&mod_cmath_acosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&mod_cmath_asin_obj) },
    { MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&mod_cmath_asinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&mod_cmath_atan_obj) },
    { MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&mod_cmath_atanh_obj) },
    { MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&mod_cmath_cos_obj) },
    { MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&mod_cmath_cosh_obj) },
    { MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&mod_cmath_exp_obj) },
    { MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&mod_cmath_isclose_obj) },
    { MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&mod_cmath_isfinite_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&mod_cmath_isinf_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&mod_cmath_isnan_obj) },
    { MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&mod_cmath_log_obj) },
    { MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&mod_cmath_log10_obj) },
    { MP_ROM_QSTR(MP_QSTR_phase), MP_ROM_PTR(&mod_cmath_phase_obj) },
    { MP_ROM_QSTR(MP_QSTR_polar), MP_ROM_PTR(&mod_cmath_polar_obj) },
    { MP_ROM_QSTR(MP_QSTR_rect), MP_ROM_PTR(&mod_cmath_rect_obj) },
    { MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&mod_cmath_sin_obj) },
    { MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&mod_cmath_sinh_obj) },
    { MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&mod_cmath_sqrt_obj) },
    { MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&mod_cmath_tan_obj) },
    { MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&mod_cmath_tanh_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_cmath, mp_module_cmath_globals_table);

MP_REGISTER_MODULE(MP_QSTR_cmath, mp_module_cmath);
