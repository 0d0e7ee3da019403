// py/modcmath.c: the cmath module (complex versions of the math functions).
//
// Arguments are anything mp_obj_get_complex accepts (complex, float, int); results are
// complex except phase/polar/abs-like ones. The work is done by C99 <complex.h>, whose
// special values (Annex G) agree with CPython's tables for the cases tested; log(0) and
// other poles raise ValueError("math domain error") as CPython does.
#include <math.h>
#include <complex.h>

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

#define CMATH_FUN_1(py_name, c_fun, can_overflow) \
    static mp_obj_t mod_cmath_##py_name(mp_obj_t z_in) { \
        double complex z = get_c(z_in); \
        return checked_c(z, c_fun(z), can_overflow); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_1(mod_cmath_##py_name##_obj, mod_cmath_##py_name);

CMATH_FUN_1(exp, cexp, true)
CMATH_FUN_1(sqrt, csqrt, false)
CMATH_FUN_1(cos, ccos, true)
CMATH_FUN_1(sin, csin, true)
CMATH_FUN_1(tan, ctan, true)
CMATH_FUN_1(acos, cacos, false)
CMATH_FUN_1(asin, casin, false)
CMATH_FUN_1(atan, catan, false)
CMATH_FUN_1(cosh, ccosh, true)
CMATH_FUN_1(sinh, csinh, true)
CMATH_FUN_1(tanh, ctanh, true)
CMATH_FUN_1(acosh, cacosh, false)
CMATH_FUN_1(asinh, casinh, false)
CMATH_FUN_1(atanh, catanh, false)

static mp_obj_t mod_cmath_log(size_t n_args, const mp_obj_t *args) {
    double complex z = get_c(args[0]);
    double complex r = clog(z);
    if (creal(z) == 0 && cimag(z) == 0) {
        mp_raise_ValueError("math domain error");
    }
    if (n_args == 2) {
        double complex b = get_c(args[1]);
        if (creal(b) == 0 && cimag(b) == 0) {
            mp_raise_ValueError("math domain error");
        }
        double complex lb = clog(b);
        if (creal(lb) == 0 && cimag(lb) == 0) {
            mp_raise_msg(&mp_type_ZeroDivisionError, "complex division by zero");
        }
        // divide with the same algorithm as complex.__truediv__
        return mp_obj_complex_binary_op(MP_BINARY_OP_TRUE_DIVIDE, creal(r), cimag(r), new_c(lb));
    }
    return new_c(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_cmath_log_obj, 1, 2, mod_cmath_log);

static mp_obj_t mod_cmath_log10(mp_obj_t z_in) {
    double complex z = get_c(z_in);
    if (creal(z) == 0 && cimag(z) == 0) {
        mp_raise_ValueError("math domain error");
    }
    double complex r = clog(z);
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
