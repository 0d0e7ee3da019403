// py/formatfloat.c: turning doubles into text, the way CPython prints them.
//
// Two services:
//   mp_format_float_repr  repr(float) / str(float): the shortest digit string that reads back
//                         as the same double, laid out with CPython's rules.
//   mp_format_float       printf-style conversions (e f g E F G, '%', and the format-spec
//                         "no type" form), built on the C library's snprintf, which is
//                         correctly rounded in glibc.
//
// Shortest digits: printing with "%.*e" at p significant digits and reading back with strtod
// round-trips for every p >= some p_min (a correctly rounded p+1 digit string is at least as
// close as the p digit one), so a binary search over p in 1..17 finds p_min in ~5 tries.
//
// Layout of the shortest digits d1 d2 ... dn with decimal exponent e (value = d1.d2...dn * 10^e),
// as CPython's float_repr_style 'short':
//   -4 <= e < 16   positional: "123.45", "0.0001", "1e+16" is not positional, "100.0"
//   otherwise      exponential: "1e-05", "1.5e+300" (exponent has at least two digits)
// repr adds ".0" to positional integers; the internal 'r' format (used by complex) does not.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <limits.h>

#include "py/runtime.h"

// Does some p-digit decimal string read back as d (finite, > 0)? If so, stores the closest such
// string's digits as an integer *mant (exactly p digits) and the exponent of its first digit.
// The candidates are the two p-digit neighbours of d: the correctly rounded one (tried first,
// it is the closest) and the one on the other side of d (needed when d is a power of two, whose
// rounding interval is lopsided: 2**-24 reads back from 5.960464477539063e-08 but not ...062).
static bool float_digits_at(double d, int p, uint64_t *mant, int *exp10) {
    char buf[40];
    snprintf(buf, sizeof(buf), "%.*e", p - 1, d);
    uint64_t m = 0;
    const char *s = buf;
    for (; *s != 'e'; s++) {
        if (*s != '.') {
            m = m * 10 + (*s - '0');
        }
    }
    int e = atoi(s + 1);
    double back = strtod(buf, NULL);
    if (back == d) {
        *mant = m;
        *exp10 = e;
        return true;
    }
    uint64_t lo = 1;
    for (int i = 1; i < p; i++) {
        lo *= 10;
    }
    if (back < d) {
        if (++m == lo * 10) {
            m = lo;
            e++;
        }
    } else {
        if (--m < lo) {
            m = lo * 10 - 1;
            e--;
        }
    }
    snprintf(buf, sizeof(buf), "%" PRIu64 "e%d", m, e - (p - 1));
    if (strtod(buf, NULL) == d) {
        *mant = m;
        *exp10 = e;
        return true;
    }
    return false;
}

// Writes the shortest round-tripping significant digits of the finite, non-zero |d| into
// digits (NUL-terminated, no trailing zeros) and returns the decimal exponent of the first digit.
static int float_shortest_digits(double d, char *digits) {
    d = fabs(d);
    int lo = 1, hi = 17;
    uint64_t m = 0;
    int e = 0;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (float_digits_at(d, mid, &m, &e)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    float_digits_at(d, lo, &m, &e);
    int n = snprintf(digits, 24, "%" PRIu64, m);
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return e;
}

static void add_zeros(vstr_t *vstr, int n) {
    while (n-- > 0) {
        vstr_add_byte(vstr, '0');
    }
}

// Shortest repr; add_dot0: append ".0" to integral positional forms (float repr).
static void format_shortest(vstr_t *vstr, double d, bool add_dot0) {
    if (isnan(d)) {
        vstr_add_str(vstr, "nan");
        return;
    }
    if (signbit(d)) {
        vstr_add_byte(vstr, '-');
    }
    if (isinf(d)) {
        vstr_add_str(vstr, "inf");
        return;
    }
    if (d == 0) {
        vstr_add_str(vstr, add_dot0 ? "0.0" : "0");
        return;
    }
    char digits[24];
    int e = float_shortest_digits(d, digits);
    int n = (int)strlen(digits);
    if (e >= -4 && e < 16) {
        if (e < 0) {
            vstr_add_str(vstr, "0.");
            add_zeros(vstr, -e - 1);
            vstr_add_str(vstr, digits);
        } else if (n <= e + 1) {
            vstr_add_str(vstr, digits);
            add_zeros(vstr, e + 1 - n);
            if (add_dot0) {
                vstr_add_str(vstr, ".0");
            }
        } else {
            vstr_add_strn(vstr, digits, e + 1);
            vstr_add_byte(vstr, '.');
            vstr_add_str(vstr, digits + e + 1);
        }
    } else {
        vstr_add_byte(vstr, digits[0]);
        if (n > 1) {
            vstr_add_byte(vstr, '.');
            vstr_add_str(vstr, digits + 1);
        }
        vstr_printf(vstr, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
}

void mp_format_float_repr(vstr_t *vstr, double d) {
    format_shortest(vstr, d, true);
}

// A double's exact decimal expansion has at most 767 significant digits and 1074 after the
// point, so with a larger precision every further digit of %e or %f is a 0 and no rounding
// happens: those zeros are added here, not by snprintf (glibc takes seconds for a precision of
// 10^8, found by tests/fuzz/fuzz_format.c).
#define FLOAT_EXACT_PREC (1100)

// Appends the output of snprintf(fmt, ...) to vstr, growing as needed; fmt is one conversion
// "%.*e", "%#.*f" etc.
static void add_snprintf(vstr_t *vstr, const char *fmt, int prec, double d) {
    int zeros = 0;
    if (prec > FLOAT_EXACT_PREC && isfinite(d)) {   // (d * 100 for '%' may be inf)
        zeros = prec - FLOAT_EXACT_PREC;
        prec = FLOAT_EXACT_PREC;
    }
    char small[64];
    int n = snprintf(small, sizeof(small), fmt, prec, d);
    if (n < 0 || n > INT_MAX - zeros) {
        // the result would not fit an int
        mp_raise_msg(&mp_type_OverflowError, "formatted float is too long (precision too large?)");
    }
    size_t start = vstr->len;
    if (n < (int)sizeof(small)) {
        vstr_add_strn(vstr, small, n);
    } else {
        char *p = vstr_extend(vstr, n + 1);
        snprintf(p, n + 1, fmt, prec, d);
        vstr_cut_tail_bytes(vstr, 1); // the NUL
    }
    if (zeros > 0) {
        // the digits end before the exponent of %e, else at the end
        size_t at = vstr->len;
        char conv = fmt[strlen(fmt) - 1];
        if (conv == 'e' || conv == 'E') {
            char *ep = memchr(vstr->buf + start, conv, vstr->len - start);
            at = ep - vstr->buf;
        }
        size_t tail = vstr->len - at;
        vstr_extend(vstr, zeros);
        memmove(vstr->buf + at + zeros, vstr->buf + at, tail);
        memset(vstr->buf + at, '0', zeros);
    }
}

// %g / %G, and the format-spec form with a precision but no type (fmt == 0). Done by hand
// (exponent from "%.*e", then positional or exponential layout) because glibc's "%#g" drops
// the zeros that should follow a rounded-up mantissa ("1.e+03" for 999.9999).
// For fmt == 0 a positional result always has a digit after the point ("1.0", not "1"),
// which moves the switch to exponential one digit earlier (format(100.0, '.3') == '1e+02').
static void format_general(vstr_t *vstr, double d, char fmt, int precision, bool alt_form) {
    if (precision == 0) {
        precision = 1;
    }
    if (precision > FLOAT_EXACT_PREC && !alt_form) {
        // the digits past FLOAT_EXACT_PREC are zeros that would be stripped; the layout does
        // not change either (every exponent is below either precision)
        precision = FLOAT_EXACT_PREC;
    }
    // the mantissa has `precision` digits (any number: no fixed buffer)
    vstr_t ebuf;
    char ebuf_small[64];
    vstr_init_fixed_buf(&ebuf, sizeof(ebuf_small), ebuf_small);
    if (precision + 16 > (int)sizeof(ebuf_small)) {
        vstr_init(&ebuf, precision + 16);
    }
    add_snprintf(&ebuf, "%.*e", precision - 1, d);
    char *buf = vstr_null_terminated_str(&ebuf);
    char *ep = strchr(buf, 'e');
    int e = atoi(ep + 1);
    int limit = fmt == 0 ? precision - 1 : precision;
    size_t start = vstr->len;
    if (e < -4 || e >= limit) {
        vstr_add_strn(vstr, buf, ep - buf);
        if (alt_form && memchr(buf, '.', ep - buf) == NULL) {
            vstr_add_byte(vstr, '.');
        }
    } else {
        add_snprintf(vstr, "%.*f", precision - 1 - e, d);
        if (alt_form && memchr(vstr->buf + start, '.', vstr->len - start) == NULL) {
            vstr_add_byte(vstr, '.');
        }
    }
    if (!alt_form) {
        // strip trailing zeros of the fraction, and the point if nothing is left after it
        if (memchr(vstr->buf + start, '.', vstr->len - start) != NULL) {
            while (vstr->buf[vstr->len - 1] == '0') {
                vstr->len--;
            }
            if (vstr->buf[vstr->len - 1] == '.') {
                vstr->len--;
            }
        }
        if (fmt == 0 && !(e < -4 || e >= limit)) {
            if (memchr(vstr->buf + start, '.', vstr->len - start) == NULL) {
                vstr_add_str(vstr, ".0");
            }
        }
    }
    if (e < -4 || e >= limit) {
        vstr_printf(vstr, "%c%c%02d", fmt == 'G' ? 'E' : 'e', e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
}

void mp_format_float(vstr_t *vstr, double d, char fmt, int precision, bool alt_form) {
    if (fmt == 'r') {
        format_shortest(vstr, d, false);
        return;
    }
    if (fmt == 0 && precision < 0) {
        // format(x, '') and format(x, '<10'): same as str(x)
        format_shortest(vstr, d, true);
        return;
    }
    bool upper = fmt == 'E' || fmt == 'F' || fmt == 'G';
    if (!isfinite(d)) {
        if (signbit(d) && !isnan(d)) {
            vstr_add_byte(vstr, '-');
        }
        vstr_add_str(vstr, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (fmt == '%') {
            vstr_add_byte(vstr, '%');
        }
        return;
    }
    if (precision < 0) {
        precision = 6;
    }
    if (fmt == '%') {
        add_snprintf(vstr, alt_form ? "%#.*f" : "%.*f", precision, d * 100.0);
        vstr_add_byte(vstr, '%');
        return;
    }
    if (fmt == 0 || fmt == 'g' || fmt == 'G') {
        format_general(vstr, d, fmt, precision, alt_form);
        return;
    }
    char cfmt[8];
    snprintf(cfmt, sizeof(cfmt), alt_form ? "%%#.*%c" : "%%.*%c", fmt);
    add_snprintf(vstr, cfmt, precision, d);
}
