// py/parsenum.c: text to numbers, for the lexer (literals) and for int() / float() / complex().
//
// mp_parse_num_integer(str, len, base)
//   [ws] [+|-] [prefix] digits [ws], where digits may have single underscores between them
//   (and one right after a prefix: 0x_ff). base 0 reads the prefix (0x 0o 0b) and otherwise
//   means decimal without leading zeros ("0", "00" and "0_0" are fine, "01" is not);
//   bases 2, 8, 16 accept their own prefix. Values up to 64 bits are accumulated directly;
//   longer digit strings go (underscores removed) to mpz through mp_obj_new_int_from_str_len.
//
// mp_parse_num_float(str, len, allow_imag, force_complex)
//   [ws] [+|-] (inf | infinity | nan | decimal) [j] [ws]; "decimal" is digits[.digits][e[+-]digits]
//   with underscores between digits. The checked text is handed (underscores removed) to
//   strtod, which glibc rounds correctly.
//
// Errors are CPython's: "invalid literal for int() with base 10: '12a'" and
// "could not convert string to float: 'x'", quoting the argument with repr().
#include <math.h>
#include <stdlib.h>

#include "py/runtime.h"

static bool is_space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// Trims ASCII whitespace (and the UTF-8 encodings of U+0085 / U+00A0 / U+3000 etc. are left:
// rare enough) from both ends of [*s, *e).
static void strip_space(const byte **s, const byte **e) {
    while (*s < *e && is_space(**s)) {
        (*s)++;
    }
    while (*e > *s && is_space((*e)[-1])) {
        (*e)--;
    }
}

NORETURN static void raise_bad_literal(const char *fmt, int base, const char *str, size_t len) {
    mp_obj_t repr = mp_obj_repr(mp_obj_new_str(str, len));
    if (base >= 0) {
        mp_raise_msg_varg(&mp_type_ValueError, fmt, base, mp_obj_str_get_str(repr));
    }
    mp_raise_msg_varg(&mp_type_ValueError, fmt, mp_obj_str_get_str(repr));
}

static int digit_value(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

mp_obj_t mp_parse_num_integer(const char *restrict str_in, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        mp_raise_ValueError("int() base must be >= 2 and <= 36, or 0");
    }
    const byte *s = (const byte *)str_in, *e = s + len;
    const int orig_base = base;
    strip_space(&s, &e);
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    bool after_prefix = false;
    bool no_leading_zero = false;
    if (e - s >= 2 && s[0] == '0') {
        byte p = s[1] | 0x20;
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            s += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        no_leading_zero = true;
    }
    // validate, counting digits
    const byte *d = s;
    size_t ndig = 0;
    bool prev_digit = after_prefix; // an underscore may follow a prefix
    bool nonzero_seen = false, zero_first = false;
    for (; d < e; d++) {
        if (*d == '_') {
            if (!prev_digit) {
                goto bad;
            }
            prev_digit = false;
            continue;
        }
        int v = digit_value(*d);
        if (v >= base) {
            goto bad;
        }
        if (ndig == 0 && v == 0) {
            zero_first = true;
        }
        if (v != 0) {
            nonzero_seen = true;
        }
        ndig++;
        prev_digit = true;
    }
    if (ndig == 0 || !prev_digit) {
        goto bad;
    }
    if (no_leading_zero && zero_first && nonzero_seen) {
        goto bad;
    }
    // small enough for a machine accumulation? (base**ndig < 2**64)
    if ((base <= 16 && ndig <= 15) || ndig <= 12) {
        uint64_t acc = 0;
        for (d = s; d < e; d++) {
            if (*d != '_') {
                acc = acc * base + digit_value(*d);
            }
        }
        if (neg) {
            return mp_obj_new_int_from_ll(-(long long)acc);
        }
        return mp_obj_new_int_from_ull(acc);
    }
    {
        vstr_t vstr;
        vstr_init(&vstr, ndig + 1);
        for (d = s; d < e; d++) {
            if (*d != '_') {
                vstr_add_byte(&vstr, *d);
            }
        }
        const char *p = vstr.buf;
        mp_obj_t r = mp_obj_new_int_from_str_len(&p, vstr.len, neg, base);
        vstr_clear(&vstr);
        return r;
    }
bad:
    raise_bad_literal("invalid literal for int() with base %d: %s", orig_base, str_in, len);
}

// Matches a case-insensitive word at s; returns its length or 0.
static size_t match_word(const byte *s, const byte *e, const char *word) {
    size_t n = 0;
    for (; word[n]; n++) {
        if (s + n >= e || (s[n] | 0x20) != (byte)word[n]) {
            return 0;
        }
    }
    return n;
}

// Scans a float body (no sign) at s; returns its end, or NULL if malformed. Appends the body
// without underscores to vstr (NUL-terminated) for strtod, or sets *special for inf/nan.
static const byte *scan_float(const byte *s, const byte *e, vstr_t *vstr, double *special) {
    size_t n;
    if ((n = match_word(s, e, "infinity")) != 0 || (n = match_word(s, e, "inf")) != 0) {
        *special = INFINITY;
        return s + n;
    }
    if ((n = match_word(s, e, "nan")) != 0) {
        *special = NAN;
        return s + n;
    }
    // digits: one or more digits, single underscores between digits
    #define SCAN_DIGITS(count) do { \
        count = 0; \
        while (s < e) { \
            if (unichar_isdigit(*s)) { vstr_add_byte(vstr, *s++); count++; } \
            else if (*s == '_' && count > 0 && s + 1 < e && unichar_isdigit(s[1])) { s++; } \
            else { break; } \
        } \
    } while (0)
    size_t int_digits, frac_digits = 0, exp_digits;
    SCAN_DIGITS(int_digits);
    if (s < e && *s == '.') {
        vstr_add_byte(vstr, '.');
        s++;
        SCAN_DIGITS(frac_digits);
    }
    if (int_digits + frac_digits == 0) {
        return NULL;
    }
    if (s < e && (*s | 0x20) == 'e') {
        vstr_add_byte(vstr, 'e');
        s++;
        if (s < e && (*s == '+' || *s == '-')) {
            vstr_add_byte(vstr, *s++);
        }
        SCAN_DIGITS(exp_digits);
        if (exp_digits == 0) {
            return NULL;
        }
    }
    #undef SCAN_DIGITS
    vstr_null_terminated_str(vstr);
    return s;
}

// Parses one signed real number at [*ps, e); returns false if none. Advances *ps.
static bool parse_real(const byte **ps, const byte *e, double *out) {
    const byte *s = *ps;
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    vstr_t vstr;
    vstr_init(&vstr, 32);
    double special = 0;
    const byte *end = scan_float(s, e, &vstr, &special);
    if (end == NULL) {
        vstr_clear(&vstr);
        return false;
    }
    double v;
    if (vstr.len == 0) {
        v = special;
    } else {
        v = strtod(vstr.buf, NULL);
    }
    vstr_clear(&vstr);
    *out = neg ? -v : v;
    *ps = end;
    return true;
}

mp_obj_t mp_parse_num_float(const char *str, size_t len, bool allow_imag, bool force_complex) {
    const byte *s = (const byte *)str, *e = s + len;
    strip_space(&s, &e);
    double v;
    if (!parse_real(&s, e, &v)) {
        goto bad;
    }
    if (allow_imag && s < e && (*s | 0x20) == 'j') {
        s++;
        if (s != e) {
            goto bad;
        }
        return mp_obj_new_complex(0.0, v);
    }
    if (s != e) {
        goto bad;
    }
    if (force_complex) {
        return mp_obj_new_complex(v, 0.0);
    }
    return mp_obj_new_float(v);
bad:
    raise_bad_literal("could not convert string to float: %s", -1, str, len);
}

// complex(str): "[ws] [(] [ws] real | imag | real(+|-)imag [ws] [)] [ws]" where imag ends in
// j and may be a bare "j" / "+j" / "-j".
mp_obj_t mp_parse_num_complex(const char *str, size_t len) {
    const byte *s = (const byte *)str, *e = s + len;
    strip_space(&s, &e);
    if (s < e && *s == '(') {
        if (e[-1] != ')') {
            goto bad;
        }
        s++;
        e--;
        strip_space(&s, &e);
    }
    double re = 0, im = 0;
    const byte *t = s;
    double v;
    if (!parse_real(&t, e, &v)) {
        // bare "j", "+j", "-j"
        t = s;
        double sign = 1;
        if (t < e && (*t == '+' || *t == '-')) {
            sign = *t == '-' ? -1 : 1;
            t++;
        }
        if (t < e && (*t | 0x20) == 'j' && t + 1 == e) {
            return mp_obj_new_complex(0.0, sign);
        }
        goto bad;
    }
    if (t == e) {
        return mp_obj_new_complex(v, 0.0);
    }
    if ((*t | 0x20) == 'j') {
        if (t + 1 != e) {
            goto bad;
        }
        return mp_obj_new_complex(0.0, v);
    }
    re = v;
    if (*t != '+' && *t != '-') {
        goto bad;
    }
    s = t;
    if (parse_real(&t, e, &v)) {
        im = v;
    } else {
        // "1+j" / "1-j"
        im = *t == '-' ? -1.0 : 1.0;
        t++;
    }
    if (t < e && (*t | 0x20) == 'j' && t + 1 == e) {
        return mp_obj_new_complex(re, im);
    }
bad:
    mp_raise_ValueError("complex() arg is a malformed string");
}
