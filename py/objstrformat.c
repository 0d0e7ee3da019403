// py/objstrformat.c: string formatting.
//
// Three front ends share one back end:
//   format(value, spec), f-strings  -> mp_obj_format_value: the format-spec mini-language
//   str.format(*args, **kw)         -> mp_obj_str_format: parses "{field!conv:spec}" templates
//   str % args, bytes % args        -> mp_obj_str_modulo: printf-style "%-08.3f" directives
//
// The back end turns a parsed spec (fmt_spec_t) plus a value into text in a vstr. Numbers are
// built as three pieces, sign + prefix + digits, then padded: with '=' alignment the fill goes
// between prefix and digits ("-0x00ff"), otherwise around the whole. Digits come from the numeric
// primitives (mp_obj_int_format, mp_format_float*); this file owns sign, alt-form prefixes,
// thousands grouping, padding, '%' and 'n'. Widths count code points, not bytes.
//
// All output goes into vstrs pre-sized from the template length; results are made with
// mp_obj_new_str_from_vstr (never interned).
#include <math.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"

// ---------------------------------------------------------------------------------------------
// Parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]

typedef struct _fmt_spec_t {
    uint32_t fill;        // code point
    char align;           // 0 (type default), '<', '>', '=', '^'
    char sign;            // 0, '+', '-', ' '
    bool alt;             // '#'
    bool zero;            // '0' before the width
    bool no_neg_zero;     // 'z'
    char grouping;        // 0, ',', '_'
    mp_int_t width;       // -1: none
    mp_int_t precision;   // -1: none
    char type;            // 0: none
} fmt_spec_t;

static inline size_t utf8_seq_len(byte c) {
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

static bool is_align(byte c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static NORETURN void invalid_spec(const byte *s, size_t len, const char *type_name) {
    mp_raise_msg_varg(&mp_type_ValueError, "Invalid format specifier '%s' for object of type '%s'",
        mp_obj_str_get_str(mp_obj_new_str((const char *)s, len)), type_name);
}

// Parses a spec for a value of the named type (for messages). The '0' flag makes '0' the fill
// when no fill is given; numbers also turn it into '=' alignment (finish_number).
static void parse_spec(const byte *s, size_t len, fmt_spec_t *spec, const char *type_name) {
    const byte *s0 = s;
    bool fill_given = false;
    spec->fill = ' ';
    spec->align = 0;
    spec->sign = 0;
    spec->alt = false;
    spec->zero = false;
    spec->no_neg_zero = false;
    spec->grouping = 0;
    spec->width = -1;
    spec->precision = -1;
    spec->type = 0;
    const byte *end = s + len;
    if (s == end) {
        return;
    }
    size_t n = utf8_seq_len(*s);
    if (s + n < end && is_align(s[n])) {
        spec->fill = n == 1 ? *s : utf8_get_char(s);
        spec->align = s[n];
        s += n + 1;
        fill_given = true;
    } else if (is_align(*s)) {
        spec->align = *s++;
    }
    if (s < end && (*s == '+' || *s == '-' || *s == ' ')) {
        spec->sign = *s++;
    }
    if (s < end && *s == 'z') {
        spec->no_neg_zero = true;
        s++;
    }
    if (s < end && *s == '#') {
        spec->alt = true;
        s++;
    }
    if (s < end && *s == '0') {
        spec->zero = true;
        s++;
    }
    if (s < end && unichar_isdigit(*s)) {
        mp_int_t w = 0;
        while (s < end && unichar_isdigit(*s)) {
            w = w * 10 + (*s++ - '0');
            if (w > 100000000) {
                mp_raise_ValueError("Too many decimal digits in format string");
            }
        }
        spec->width = w;
    }
    if (s < end && (*s == ',' || *s == '_')) {
        spec->grouping = *s++;
        if (s < end && (*s == ',' || *s == '_')) {
            mp_raise_ValueError("Cannot specify both ',' and '_'.");
        }
    }
    if (s < end && *s == '.') {
        s++;
        if (s == end || !unichar_isdigit(*s)) {
            mp_raise_ValueError("Format specifier missing precision");
        }
        mp_int_t p = 0;
        while (s < end && unichar_isdigit(*s)) {
            p = p * 10 + (*s++ - '0');
            if (p > 100000000) {
                mp_raise_ValueError("Too many decimal digits in format string");
            }
        }
        spec->precision = p;
    }
    if (s < end) {
        spec->type = *s++;
    }
    if (s != end) {
        invalid_spec(s0, len, type_name);
    }
    if (spec->zero && !fill_given) {
        spec->fill = '0';
    }
}

// ---------------------------------------------------------------------------------------------
// Padding

static void add_fill(vstr_t *out, uint32_t fill, size_t n) {
    if (fill < 0x80) {
        char *p = vstr_extend(out, n);
        memset(p, (int)fill, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            vstr_add_char(out, fill);
        }
    }
}

static size_t count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += !utf8_is_cont((byte)s[i]);
    }
    return n;
}

// Appends head + body padded to spec->width. `head` (sign and prefix) stays in front of the
// fill for '=' alignment. `nchars` = code points in head + body.
static void pad_out(vstr_t *out, const char *head, size_t hlen, const char *body, size_t blen,
    size_t nchars, const fmt_spec_t *spec, char default_align) {
    char align = spec->align ? spec->align : default_align;
    size_t pad = (spec->width > 0 && (size_t)spec->width > nchars) ? spec->width - nchars : 0;
    size_t left = 0, right = 0;
    switch (align) {
        case '<':
            right = pad;
            break;
        case '^':
            left = pad / 2;
            right = pad - left;
            break;
        default:
            left = pad;
            break;
    }
    vstr_hint_size(out, hlen + blen + pad);
    if (align == '=') {
        vstr_add_strn(out, head, hlen);
        add_fill(out, spec->fill, left);
    } else {
        add_fill(out, spec->fill, left);
        vstr_add_strn(out, head, hlen);
    }
    vstr_add_strn(out, body, blen);
    add_fill(out, spec->fill, right);
}

// Appends the digit string `d` (n ASCII digits) with a separator every `every` digits from the
// right, zero-extending on the left until the grouped text is at least min_len long.
static void add_grouped(vstr_t *out, const char *d, size_t n, char sep, size_t every, size_t min_len) {
    size_t total = n;
    while (total + (total - 1) / every < min_len) {
        total++;
    }
    for (size_t i = 0; i < total; i++) {
        if (i > 0 && (total - i) % every == 0) {
            vstr_add_byte(out, sep);
        }
        vstr_add_byte(out, i < total - n ? '0' : d[i - (total - n)]);
    }
}

// ---------------------------------------------------------------------------------------------
// Strings

static void format_str_data(vstr_t *out, const char *s, size_t len, const fmt_spec_t *spec) {
    if (spec->type != 0 && spec->type != 's') {
        mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '%c' for object of type 'str'", spec->type);
    }
    if (spec->sign) {
        mp_raise_ValueError("Sign not allowed in string format specifier");
    }
    if (spec->alt) {
        mp_raise_ValueError("Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        mp_raise_ValueError("'=' alignment not allowed in string format specifier");
    }
    if (spec->grouping) {
        mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with 's'.", spec->grouping);
    }
    size_t nchars = count_chars(s, len);
    if (spec->precision >= 0 && (size_t)spec->precision < nchars) {
        // keep the first `precision` code points
        size_t i = 0, k = 0;
        while (i < len && k < (size_t)spec->precision) {
            i += utf8_seq_len((byte)s[i]);
            k++;
        }
        len = i;
        nchars = k;
    }
    if (spec->width <= 0 || (size_t)spec->width <= nchars) {
        vstr_add_strn(out, s, len);
        return;
    }
    pad_out(out, "", 0, s, len, nchars, spec, '<');
}

// ---------------------------------------------------------------------------------------------
// Numbers

static void format_float_spec(vstr_t *out, double d, fmt_spec_t *spec);

// Sign character for a number: '-' when negative, else per the spec's sign option.
static size_t sign_text(char *buf, bool neg, char sign_opt) {
    if (neg) {
        buf[0] = '-';
        return 1;
    }
    if (sign_opt == '+' || sign_opt == ' ') {
        buf[0] = sign_opt;
        return 1;
    }
    return 0;
}

// Pads a number given as head (sign/prefix) and digits, applying the zero flag and grouping.
// `intlen` = length of the leading integer digits in `body` (the part that gets grouped).
static void finish_number(vstr_t *out, const char *head, size_t hlen, const char *body, size_t blen,
    size_t intlen, const fmt_spec_t *spec_in, size_t every) {
    fmt_spec_t spec = *spec_in;
    if (spec.zero && spec.align == 0) {
        spec.fill = '0';
        spec.align = '=';
    }
    vstr_t grouped;
    if (spec.grouping) {
        size_t min_len = 0;
        if (spec.zero && spec.fill == '0' && spec.align == '=' && spec.width > 0
            && (size_t)spec.width > hlen + (blen - intlen)) {
            min_len = spec.width - hlen - (blen - intlen);
        }
        vstr_init(&grouped, blen + blen / 3 + min_len + 8);
        if (intlen > 0) {
            add_grouped(&grouped, body, intlen, spec.grouping, every, min_len);
        }
        vstr_add_strn(&grouped, body + intlen, blen - intlen);
        body = grouped.buf;
        blen = grouped.len;
    }
    pad_out(out, head, hlen, body, blen, hlen + count_chars(body, blen), &spec, '>');
    if (spec.grouping) {
        vstr_clear(&grouped);
    }
}

// The magnitude digits of an int (small or big) in `base`: returns them and their length and
// sign. Small ints are converted into `small` (72 bytes); big ones into `digits` (then the
// caller owns digits->buf; otherwise digits->buf is NULL).
static const char *int_magnitude_digits(mp_obj_t val, int base, bool upper, char *small, vstr_t *digits, size_t *dlen, bool *neg) {
    if (mp_obj_is_small_int(val)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(val);
        *neg = v < 0;
        uint64_t m = *neg ? -(uint64_t)(int64_t)v : (uint64_t)v;
        const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        char *p = small + 72;
        do {
            *--p = digs[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m != 0);
        *dlen = small + 72 - p;
        digits->buf = NULL;
        return p;
    }
    vstr_init(digits, 32);
    mp_obj_int_format(digits, val, base, "", upper);
    const char *d = digits->buf;
    *dlen = digits->len;
    *neg = *dlen > 0 && d[0] == '-';
    if (*neg) {
        d++;
        (*dlen)--;
    }
    return d;
}

static void format_int_spec(vstr_t *out, mp_obj_t val, fmt_spec_t *spec) {
    char type = spec->type;
    if (spec->no_neg_zero && !(type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' || type == '%')) {
        mp_raise_ValueError("Negative zero coercion (z) not allowed in integer format specifier");
    }
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            double d = mp_obj_is_small_int(val) ? (double)MP_OBJ_SMALL_INT_VALUE(val) : mp_obj_get_float(val);
            format_float_spec(out, d, spec);
            return;
        }
        case 'c': {
            if (spec->sign) {
                mp_raise_ValueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec->alt) {
                mp_raise_ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (spec->grouping) {
                mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with 'c'.", spec->grouping);
            }
            if (spec->precision >= 0) {
                mp_raise_ValueError("Precision not allowed in integer format specifier");
            }
            mp_int_t c = mp_obj_get_int(val);
            if (c < 0 || c > 0x10ffff) {
                mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(0x110000)");
            }
            vstr_t tmp;
            vstr_init(&tmp, 4);
            vstr_add_char(&tmp, (uint32_t)c);
            fmt_spec_t s2 = *spec;
            s2.type = 0;
            s2.precision = -1;
            if (s2.zero && s2.align == 0) {
                s2.fill = '0';
                s2.align = '=';
            }
            pad_out(out, "", 0, tmp.buf, tmp.len, 1, &s2, '>');
            vstr_clear(&tmp);
            return;
        }
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X':
            break;
        default:
            mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '%c' for object of type 'int'", type);
    }
    if (spec->precision >= 0) {
        mp_raise_ValueError("Precision not allowed in integer format specifier");
    }
    int base = 10;
    const char *prefix = "";
    size_t every = 3;
    switch (type) {
        case 'b':
            base = 2;
            prefix = "0b";
            every = 4;
            break;
        case 'o':
            base = 8;
            prefix = "0o";
            every = 4;
            break;
        case 'x':
            base = 16;
            prefix = "0x";
            every = 4;
            break;
        case 'X':
            base = 16;
            prefix = "0X";
            every = 4;
            break;
        default:
            break;
    }
    if (spec->grouping == ',' && base != 10) {
        mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify ',' with '%c'.", type);
    }
    if (spec->grouping && type == 'n') {
        mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with 'n'.", spec->grouping);
    }
    vstr_t digits;
    char small[72];
    size_t dlen;
    bool neg;
    const char *d = int_magnitude_digits(val, base, type == 'X', small, &digits, &dlen, &neg);
    char head[8];
    size_t hlen = sign_text(head, neg, spec->sign);
    if (spec->alt && base != 10) {
        memcpy(head + hlen, prefix, 2);
        hlen += 2;
    }
    finish_number(out, head, hlen, d, dlen, dlen, spec, every);
    if (digits.buf != NULL) {
        vstr_clear(&digits);
    }
}

static void format_float_spec(vstr_t *out, double d, fmt_spec_t *spec) {
    char type = spec->type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
            break;
        default:
            mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '%c' for object of type 'float'", type);
    }
    if (spec->grouping && type == 'n') {
        mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with 'n'.", spec->grouping);
    }
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    vstr_t body;
    vstr_init(&body, 32);
    char fmt = type == 'n' ? 'g' : type;
    mp_format_float(&body, a, fmt, (int)spec->precision, spec->alt);
    if (neg && spec->no_neg_zero) {
        // 'z': a value that rounds to zero loses its sign
        bool all_zero = true;
        for (size_t i = 0; i < body.len; i++) {
            char c = body.buf[i];
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                all_zero = false;
                break;
            }
        }
        if (all_zero) {
            neg = false;
        }
    }
    char head[4];
    size_t hlen = sign_text(head, neg, spec->sign);
    size_t intlen = 0;
    while (intlen < body.len && unichar_isdigit((byte)body.buf[intlen])) {
        intlen++;
    }
    finish_number(out, head, hlen, body.buf, body.len, intlen, spec, 3);
    vstr_clear(&body);
}

static void format_complex_spec(vstr_t *out, mp_obj_t val, fmt_spec_t *spec) {
    double re, im;
    mp_obj_get_complex(val, &re, &im);
    if (spec->zero) {
        mp_raise_ValueError("Zero padding is not allowed in complex format specifier");
    }
    if (spec->align == '=') {
        mp_raise_ValueError("'=' alignment flag is not allowed in complex format specifier");
    }
    char type = spec->type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '%c' for object of type 'complex'", type);
    }
    vstr_t body;
    vstr_init(&body, 48);
    bool parens = type == 0;
    bool skip_re = type == 0 && re == 0.0 && !signbit(re);
    char fmt = type == 0 ? (spec->precision >= 0 ? 'g' : 'r') : (type == 'n' ? 'g' : type);
    if (skip_re) {
        parens = false;
    }
    if (parens) {
        vstr_add_byte(&body, '(');
    }
    if (!skip_re) {
        char head[2];
        size_t hl = sign_text(head, signbit(re) && !isnan(re), spec->sign);
        vstr_add_strn(&body, head, hl);
        mp_format_float(&body, fabs(re), fmt, (int)spec->precision, spec->alt);
        vstr_add_byte(&body, (signbit(im) && !isnan(im)) ? '-' : '+');
    } else {
        char head[2];
        size_t hl = sign_text(head, signbit(im) && !isnan(im), spec->sign);
        vstr_add_strn(&body, head, hl);
    }
    mp_format_float(&body, fabs(im), fmt, (int)spec->precision, spec->alt);
    vstr_add_byte(&body, 'j');
    if (parens) {
        vstr_add_byte(&body, ')');
    }
    pad_out(out, "", 0, body.buf, body.len, body.len, spec, '>');
    vstr_clear(&body);
}

// ---------------------------------------------------------------------------------------------
// format(value, spec)

static void format_value_into(vstr_t *out, mp_obj_t value, const byte *sp, size_t splen);

static bool is_plain_str(mp_obj_t o) {
    return mp_obj_is_qstr(o) || mp_obj_is_type(o, &mp_type_str);
}

static void add_obj_str(vstr_t *out, mp_obj_t value, mp_print_kind_t kind) {
    if (kind == PRINT_STR && is_plain_str(value)) {
        GET_STR_DATA_LEN(value, d, l);
        vstr_add_strn(out, (const char *)d, l);
        return;
    }
    mp_print_t print;
    mp_print_init_vstr(&print, out);
    mp_obj_print_helper(&print, value, kind);
}

static void format_value_into(vstr_t *out, mp_obj_t value, const byte *sp, size_t splen) {
    // fast paths for the built-in types
    if (mp_obj_is_small_int(value) || mp_obj_is_type(value, &mp_type_int)) {
        if (splen == 0) {
            if (mp_obj_is_small_int(value)) {
                char buf[24];
                mp_int_t v = MP_OBJ_SMALL_INT_VALUE(value);
                uint64_t m = v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v;
                char *p = buf + sizeof(buf);
                do {
                    *--p = '0' + m % 10;
                    m /= 10;
                } while (m);
                if (v < 0) {
                    *--p = '-';
                }
                vstr_add_strn(out, p, buf + sizeof(buf) - p);
            } else {
                mp_obj_int_format(out, value, 10, "", false);
            }
            return;
        }
        fmt_spec_t spec;
        parse_spec(sp, splen, &spec, "int");
        format_int_spec(out, value, &spec);
        return;
    }
    if (is_plain_str(value)) {
        GET_STR_DATA_LEN(value, d, l);
        if (splen == 0) {
            vstr_add_strn(out, (const char *)d, l);
            return;
        }
        fmt_spec_t spec;
        parse_spec(sp, splen, &spec, "str");
        format_str_data(out, (const char *)d, l, &spec);
        return;
    }
    if (mp_obj_is_float(value)) {
        fmt_spec_t spec;
        parse_spec(sp, splen, &spec, "float");
        format_float_spec(out, mp_obj_float_get(value), &spec);
        return;
    }
    if (mp_obj_is_type(value, &mp_type_bool)) {
        if (splen == 0) {
            add_obj_str(out, value, PRINT_STR);
            return;
        }
        fmt_spec_t spec;
        parse_spec(sp, splen, &spec, "bool");
        format_int_spec(out, MP_OBJ_NEW_SMALL_INT(value == mp_const_true), &spec);
        return;
    }
    if (mp_obj_is_type(value, &mp_type_complex)) {
        fmt_spec_t spec;
        parse_spec(sp, splen, &spec, "complex");
        format_complex_spec(out, value, &spec);
        return;
    }
    // objects with their own __format__ (written in Python: the built-in ones, such as
    // object.__format__, are what the code below implements)
    mp_obj_t dest[3];
    mp_load_method_maybe(value, MP_QSTR___format__, dest);
    if (dest[0] != MP_OBJ_NULL && !(mp_obj_get_type(dest[0])->flags & MP_TYPE_FLAG_BUILTIN_FUN)
        && !mp_obj_is_native_op_meth(dest[0])) {
        dest[2] = mp_obj_new_str((const char *)sp, splen);
        mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
        if (!is_plain_str(r)) {
            mp_raise_msg_varg(&mp_type_TypeError, "__format__ must return a str, not %s", mp_obj_get_type_str(r));
        }
        GET_STR_DATA_LEN(r, d, l);
        vstr_add_strn(out, (const char *)d, l);
        return;
    }
    if (splen == 0) {
        add_obj_str(out, value, PRINT_STR);
        return;
    }
    // subclasses of the built-in types format as their native value
    const mp_obj_type_t *t = mp_obj_get_type(value);
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        static const mp_obj_type_t *const natives[] = {&mp_type_int, &mp_type_float, &mp_type_str, &mp_type_complex};
        for (size_t i = 0; i < MP_ARRAY_SIZE(natives); i++) {
            if (mp_obj_is_subclass(t, natives[i])) {
                mp_obj_t n = mp_obj_get_native(value, natives[i]);
                if (n != value && n != MP_OBJ_NULL) {
                    format_value_into(out, n, sp, splen);
                    return;
                }
            }
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unsupported format string passed to %s.__format__", mp_obj_get_type_str(value));
}

mp_obj_t mp_obj_format_value(mp_obj_t value, mp_obj_t spec) {
    size_t splen = 0;
    const char *sp = "";
    if (spec != MP_OBJ_NULL && spec != mp_const_none) {
        if (!is_plain_str(spec)) {
            mp_raise_msg_varg(&mp_type_TypeError, "format() argument 2 must be str, not %s", mp_obj_get_type_str(spec));
        }
        sp = mp_obj_str_get_data(spec, &splen);
    }
    if (splen == 0 && is_plain_str(value)) {
        return value;
    }
    vstr_t out;
    mp_str_vstr_init(&out, 16 + splen);
    format_value_into(&out, value, (const byte *)sp, splen);
    return mp_str_vstr_finish(&out, &mp_type_str);
}

static mp_obj_t builtin_format(size_t n_args, const mp_obj_t *args) {
    return mp_obj_format_value(args[0], n_args > 1 ? args[1] : MP_OBJ_NULL);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_format_obj, 1, 2, builtin_format);

// ---------------------------------------------------------------------------------------------
// str.format

// ascii(): repr with every non-ASCII char escaped.
static void add_ascii_repr(vstr_t *out, mp_obj_t value) {
    vstr_t r;
    vstr_init(&r, 16);
    add_obj_str(&r, value, PRINT_REPR);
    for (size_t i = 0; i < r.len;) {
        byte c = (byte)r.buf[i];
        if (c < 0x80) {
            vstr_add_byte(out, c);
            i++;
            continue;
        }
        uint32_t ch = utf8_get_char((const byte *)r.buf + i);
        i += utf8_seq_len(c);
        if (ch < 0x100) {
            vstr_printf(out, "\\x%02x", (unsigned)ch);
        } else if (ch < 0x10000) {
            vstr_printf(out, "\\u%04x", (unsigned)ch);
        } else {
            vstr_printf(out, "\\U%08x", (unsigned)ch);
        }
    }
    vstr_clear(&r);
}

typedef struct _fmt_state_t {
    size_t n_args;          // positional args, not counting the template
    const mp_obj_t *args;
    mp_map_t *kwargs;
    int auto_index;         // next automatic field number; -1: manual numbering in use
    mp_obj_t mapping;       // format_map: named fields are mapping[name] (so __missing__ works); else NULL
} fmt_state_t;

static bool all_digits(const byte *s, size_t n, mp_int_t *value) {
    if (n == 0) {
        return false;
    }
    mp_int_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!unichar_isdigit(s[i])) {
            return false;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, s[i] - '0', &v)) {
            mp_raise_ValueError("Too many decimal digits in format string");
        }
    }
    *value = v;
    return true;
}

static mp_obj_t get_positional(fmt_state_t *st, mp_int_t index) {
    if (st->mapping != MP_OBJ_NULL) {
        mp_raise_ValueError("Format string contains positional fields");
    }
    if (index < 0 || (size_t)index >= st->n_args) {
        mp_raise_msg_varg(&mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)index);
    }
    return st->args[index];
}

// Resolves a field name "arg_name(.attr|[key])*" to its object.
static mp_obj_t resolve_field(fmt_state_t *st, const byte *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') {
        i++;
    }
    mp_obj_t obj;
    mp_int_t idx;
    if (i == 0) {
        if (st->auto_index < 0) {
            mp_raise_ValueError("cannot switch from manual field specification to automatic field numbering");
        }
        obj = get_positional(st, st->auto_index++);
    } else if (all_digits(s, i, &idx)) {
        if (st->auto_index > 0) {
            mp_raise_ValueError("cannot switch from automatic field numbering to manual field specification");
        }
        st->auto_index = -1;
        obj = get_positional(st, idx);
    } else {
        mp_obj_t key = mp_obj_new_str_via_qstr((const char *)s, i);
        if (st->mapping != MP_OBJ_NULL) {
            obj = mp_obj_subscr(st->mapping, key, MP_OBJ_SENTINEL);
        } else {
            mp_map_elem_t *e = st->kwargs == NULL ? NULL : mp_map_lookup(st->kwargs, key, MP_MAP_LOOKUP);
            if (e == NULL) {
                nlr_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
            }
            obj = e->value;
        }
    }
    while (i < n) {
        if (s[i] == '.') {
            size_t j = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') {
                i++;
            }
            if (i == j) {
                mp_raise_ValueError("Empty attribute in format string");
            }
            obj = mp_load_attr(obj, qstr_from_strn((const char *)s + j, i - j));
        } else {
            size_t j = ++i;
            while (i < n && s[i] != ']') {
                i++;
            }
            if (i == n) {
                mp_raise_ValueError("Missing ']' in format string");
            }
            if (i == j) {
                mp_raise_ValueError("Empty attribute in format string");
            }
            mp_obj_t key;
            if (all_digits(s + j, i - j, &idx)) {
                key = MP_OBJ_NEW_SMALL_INT(idx);
            } else {
                key = mp_obj_new_str((const char *)s + j, i - j);
            }
            obj = mp_obj_subscr(obj, key, MP_OBJ_SENTINEL);
            i++;
            if (i < n && s[i] != '.' && s[i] != '[') {
                mp_raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
    return obj;
}

static void format_template(vstr_t *out, fmt_state_t *st, const byte *s, size_t len, int depth);

// Formats one replacement field (the text between the braces).
static void format_field(vstr_t *out, fmt_state_t *st, const byte *f, size_t n, int depth) {
    // field name ends at '!' or ':' outside brackets
    size_t i = 0;
    while (i < n && f[i] != '!' && f[i] != ':') {
        if (f[i] == '[') {
            while (i < n && f[i] != ']') {
                i++;
            }
            if (i == n) {
                break;
            }
        }
        i++;
    }
    size_t name_len = i;
    char conv = 0;
    if (i < n && f[i] == '!') {
        if (i + 1 >= n) {
            mp_raise_ValueError("end of string while looking for conversion specifier");
        }
        conv = f[i + 1];
        i += 2;
        if (i < n && f[i] != ':') {
            mp_raise_ValueError("expected ':' after conversion specifier");
        }
        if (conv != 'r' && conv != 's' && conv != 'a') {
            mp_raise_msg_varg(&mp_type_ValueError, "Unknown conversion specifier %c", conv);
        }
    }
    const byte *spec = (const byte *)"";
    size_t spec_len = 0;
    if (i < n && f[i] == ':') {
        spec = f + i + 1;
        spec_len = n - i - 1;
    }
    mp_obj_t obj = resolve_field(st, f, name_len);
    // nested fields inside the spec are expanded first
    vstr_t spec_buf;
    bool spec_expanded = false;
    if (spec_len > 0 && memchr(spec, '{', spec_len) != NULL) {
        if (depth >= 2) {
            mp_raise_ValueError("Max string recursion exceeded");
        }
        vstr_init(&spec_buf, spec_len + 8);
        format_template(&spec_buf, st, spec, spec_len, depth + 1);
        spec = (const byte *)spec_buf.buf;
        spec_len = spec_buf.len;
        spec_expanded = true;
    }
    if (conv == 0) {
        format_value_into(out, obj, spec, spec_len);
    } else {
        vstr_t conv_buf;
        vstr_init(&conv_buf, 16);
        if (conv == 'a') {
            add_ascii_repr(&conv_buf, obj);
        } else {
            add_obj_str(&conv_buf, obj, conv == 'r' ? PRINT_REPR : PRINT_STR);
        }
        if (spec_len == 0) {
            vstr_add_strn(out, conv_buf.buf, conv_buf.len);
        } else {
            fmt_spec_t fs;
            parse_spec(spec, spec_len, &fs, "str");
            format_str_data(out, conv_buf.buf, conv_buf.len, &fs);
        }
        vstr_clear(&conv_buf);
    }
    if (spec_expanded) {
        vstr_clear(&spec_buf);
    }
}

static void format_template(vstr_t *out, fmt_state_t *st, const byte *s, size_t len, int depth) {
    const byte *end = s + len;
    while (s < end) {
        // copy the literal run up to the next brace
        const byte *p = s;
        while (p < end && *p != '{' && *p != '}') {
            p++;
        }
        if (p > s) {
            vstr_add_strn(out, (const char *)s, p - s);
        }
        if (p == end) {
            break;
        }
        if (*p == '}') {
            if (p + 1 < end && p[1] == '}') {
                vstr_add_byte(out, '}');
                s = p + 2;
                continue;
            }
            mp_raise_ValueError("Single '}' encountered in format string");
        }
        if (p + 1 < end && p[1] == '{') {
            vstr_add_byte(out, '{');
            s = p + 2;
            continue;
        }
        // find the matching close brace, skipping nested fields and [..] in the name
        const byte *q = p + 1;
        int nest = 1;
        bool in_name = true;
        while (q < end) {
            if (in_name && *q == '[') {
                while (q < end && *q != ']') {
                    q++;
                }
                if (q == end) {
                    break;
                }
            } else if (*q == '{') {
                nest++;
            } else if (*q == '}') {
                if (--nest == 0) {
                    break;
                }
            } else if (*q == ':' || *q == '!') {
                in_name = false;
            }
            q++;
        }
        if (q >= end) {
            mp_raise_ValueError(p + 1 == end ? "Single '{' encountered in format string" : "expected '}' before end of string");
        }
        format_field(out, st, p + 1, q - p - 1, depth);
        s = q + 1;
    }
}

mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    if (!is_plain_str(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor 'format' requires a 'str' object but received a '%s'",
            mp_obj_get_type_str(args[0]));
    }
    GET_STR_DATA_LEN(args[0], s, len);
    fmt_state_t st = {n_args - 1, args + 1, kwargs, 0, MP_OBJ_NULL};
    vstr_t out;
    mp_str_vstr_init(&out, len + 16 * n_args);
    format_template(&out, &st, s, len, 0);
    return mp_str_vstr_finish(&out, &mp_type_str);
}

mp_obj_t mp_obj_str_format_map(mp_obj_t template, mp_obj_t mapping) {
    GET_STR_DATA_LEN(template, s, len);
    fmt_state_t st = {0, NULL, NULL, 0, mapping};
    vstr_t out;
    mp_str_vstr_init(&out, len + 16);
    format_template(&out, &st, s, len, 0);
    return mp_str_vstr_finish(&out, &mp_type_str);
}

// ---------------------------------------------------------------------------------------------
// printf-style: fmt % args

// Formats an int for %d %i %u %o %x %X with printf semantics (precision = minimum digits).
static void percent_int(vstr_t *out, mp_obj_t val, char type, fmt_spec_t *spec) {
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    vstr_t digits;
    char small[72];
    size_t dlen;
    bool neg;
    const char *d = int_magnitude_digits(val, base, type == 'X', small, &digits, &dlen, &neg);
    if (digits.buf == NULL && spec->width < 0 && spec->precision < 0 && !spec->alt && !spec->sign) {
        // plain %d of a small int: no padding work at all
        if (neg) {
            vstr_add_byte(out, '-');
        }
        vstr_add_strn(out, d, dlen);
        return;
    }
    char head[8];
    size_t hlen = sign_text(head, neg, spec->sign);
    if (spec->alt && base != 10) {
        head[hlen++] = '0';
        head[hlen++] = type == 'o' ? 'o' : type;
    }
    vstr_t body;
    vstr_init(&body, dlen + 8);
    if (spec->precision > 0 && (size_t)spec->precision > dlen) {
        add_fill(&body, '0', spec->precision - dlen);
    }
    vstr_add_strn(&body, d, dlen);
    fmt_spec_t s2 = *spec;
    s2.precision = -1;
    pad_out(out, head, hlen, body.buf, body.len, hlen + body.len, &s2, '>');
    vstr_clear(&body);
    if (digits.buf != NULL) {
        vstr_clear(&digits);
    }
}

static NORETURN void percent_type_error(char type, const char *need, mp_obj_t arg) {
    mp_raise_msg_varg(&mp_type_TypeError, "%%%c format: %s is required, not %s", type, need, mp_obj_get_type_str(arg));
}

// An int-like value for %d/%x: ints as is, floats truncated (only for d/i/u), __index__ else.
static mp_obj_t percent_int_arg(mp_obj_t arg, char type) {
    if (mp_obj_is_int(arg)) {
        if (mp_obj_is_type(arg, &mp_type_bool)) {
            return MP_OBJ_NEW_SMALL_INT(arg == mp_const_true);
        }
        return arg;
    }
    bool decimal = type == 'd' || type == 'i' || type == 'u';
    if (mp_obj_is_float(arg)) {
        if (!decimal) {
            percent_type_error(type, "an integer", arg);
        }
        return mp_obj_new_int_from_float(mp_obj_float_get(arg));
    }
    mp_int_t v;
    if (!mp_obj_get_int_maybe(arg, &v)) {
        percent_type_error(type, decimal ? "a real number" : "an integer", arg);
    }
    return mp_obj_new_int(v);
}

// Widths and precisions of %-formatting are at most this (as format()'s are).
#define PCT_MAX_WIDTH ((mp_int_t)100000000)

mp_obj_t mp_obj_str_modulo(mp_obj_t fmt, mp_obj_t args_in, bool is_bytes) {
    GET_STR_DATA_LEN(fmt, s, len);
    size_t n_args = 1;
    mp_obj_t *args = &args_in;
    mp_obj_t dict = MP_OBJ_NULL;
    if (mp_obj_is_type(args_in, &mp_type_tuple)) {
        mp_obj_tuple_get(args_in, &n_args, &args);
    } else {
        // CPython's rule: any non-tuple subscriptable object is the mapping of %(key)s fields
        // (and exempt from "not all arguments converted"), except the format's own kind
        const mp_obj_type_t *at = mp_obj_get_type(args_in);
        bool excluded = is_plain_str(args_in)
            || (is_bytes && (mp_obj_is_type(args_in, &mp_type_bytes) || mp_obj_is_type(args_in, &mp_type_bytearray)));
        bool subscriptable = (at->flags & MP_TYPE_FLAG_INSTANCE_TYPE) ? mp_obj_hasattr(args_in, MP_QSTR___getitem__)
            : at->subscr != NULL;
        if (mp_obj_is_type(args_in, &mp_type_dict) || (!excluded && subscriptable)) {
            dict = args_in;
        }
    }
    size_t arg_i = 0;
    bool used_key = false, used_dict = false;
    vstr_t out;
    mp_str_vstr_init(&out, len + 16);
    const byte *p = s, *end = s + len;
    while (p < end) {
        const byte *q = memchr(p, '%', end - p);
        if (q == NULL) {
            vstr_add_strn(&out, (const char *)p, end - p);
            break;
        }
        vstr_add_strn(&out, (const char *)p, q - p);
        p = q + 1;
        if (p == end) {
            mp_raise_ValueError("incomplete format");
        }
        mp_obj_t mapping_value = MP_OBJ_NULL;
        if (*p == '(') {
            if (dict == MP_OBJ_NULL) {
                mp_raise_TypeError("format requires a mapping");
            }
            const byte *k = ++p;
            int nest = 1;
            while (p < end) {
                if (*p == '(') {
                    nest++;
                } else if (*p == ')' && --nest == 0) {
                    break;
                }
                p++;
            }
            if (p == end) {
                mp_raise_ValueError("incomplete format key");
            }
            mp_obj_t key = is_bytes ? mp_obj_new_bytes(k, p - k) : mp_obj_new_str((const char *)k, p - k);
            mapping_value = mp_obj_subscr(dict, key, MP_OBJ_SENTINEL);
            p++;
        }
        fmt_spec_t spec;
        spec.fill = ' ';
        spec.align = '>';
        spec.sign = 0;
        spec.alt = false;
        spec.zero = false;
        spec.no_neg_zero = false;
        spec.grouping = 0;
        spec.width = -1;
        spec.precision = -1;
        spec.type = 0;
        bool left = false;
        bool star_width_too_big = false;   // raised once the value is taken, as CPython
        bool star_prec_too_big = false;
        for (; p < end; p++) {
            if (*p == '-') {
                left = true;
            } else if (*p == '+') {
                spec.sign = '+';
            } else if (*p == ' ') {
                if (spec.sign != '+') {
                    spec.sign = ' ';
                }
            } else if (*p == '#') {
                spec.alt = true;
            } else if (*p == '0') {
                spec.zero = true;
            } else {
                break;
            }
        }
        #define NEXT_ARG() (arg_i < n_args ? args[arg_i++] : (mp_raise_TypeError("not enough arguments for format string"), MP_OBJ_NULL))
        if (p < end && *p == '*') {
            mp_obj_t w = NEXT_ARG();
            if (!mp_obj_is_int(w)) {
                mp_raise_TypeError("* wants int");
            }
            spec.width = mp_obj_get_int(w);
            // bounded like format()'s widths, so that -width and width * 10 cannot overflow
            if (spec.width > PCT_MAX_WIDTH || spec.width < -PCT_MAX_WIDTH) {
                star_width_too_big = true;
                spec.width = 0;
            }
            if (spec.width < 0) {
                left = true;
                spec.width = -spec.width;
            }
            p++;
        } else {
            while (p < end && unichar_isdigit(*p)) {
                spec.width = (spec.width < 0 ? 0 : spec.width) * 10 + (*p++ - '0');
                if (spec.width > PCT_MAX_WIDTH) {
                    mp_raise_ValueError("width too big");
                }
            }
        }
        if (p < end && *p == '.') {
            p++;
            spec.precision = 0;
            if (p < end && *p == '*') {
                mp_obj_t pr = NEXT_ARG();
                if (!mp_obj_is_int(pr)) {
                    mp_raise_TypeError("* wants int");
                }
                spec.precision = mp_obj_get_int(pr);
                if (spec.precision > INT32_MAX || spec.precision < INT32_MIN) {
                    // CPython takes a '*' precision as a C int
                    mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C int");
                }
                if (spec.precision > PCT_MAX_WIDTH) {
                    star_prec_too_big = true;
                    spec.precision = 0;
                }
                if (spec.precision < 0) {
                    spec.precision = 0;
                }
                p++;
            } else {
                while (p < end && unichar_isdigit(*p)) {
                    spec.precision = spec.precision * 10 + (*p++ - '0');
                    if (spec.precision > PCT_MAX_WIDTH) {
                        mp_raise_ValueError("precision too big");
                    }
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
            p++;
        }
        if (p == end) {
            mp_raise_ValueError("incomplete format");
        }
        char type = *p++;
        if (type == '%' && p - 2 == q) {
            vstr_add_byte(&out, '%');
            continue;
        }
        if (type == '%') {
            // '%' with a key, flags, width or precision is a conversion CPython refuses, once it
            // has taken its argument (none left: "not enough arguments")
            if (mapping_value == MP_OBJ_NULL && dict == MP_OBJ_NULL) {
                NEXT_ARG();
            }
            mp_raise_msg_varg(&mp_type_ValueError, "unsupported format character '%%' (0x25) at index %u", (unsigned)(p - 1 - s));
        }
        if (left) {
            spec.align = '<';
        } else if (spec.zero) {
            spec.fill = '0';
            spec.align = '=';
        }
        mp_obj_t arg;
        if (mapping_value != MP_OBJ_NULL) {
            arg = mapping_value;
            used_key = true;
        } else if (dict != MP_OBJ_NULL) {
            if (used_key || used_dict) {
                mp_raise_TypeError("not enough arguments for format string");
            }
            arg = dict;
            used_dict = true;
        } else {
            arg = NEXT_ARG();
        }
        #undef NEXT_ARG
        if (star_width_too_big) {
            mp_raise_ValueError("width too big");
        }
        if (star_prec_too_big) {
            mp_raise_ValueError("precision too big");
        }
        switch (type) {
            case 's': case 'r': case 'a': case 'b': {
                vstr_t tmp;
                vstr_init(&tmp, 16);
                if (is_bytes && (type == 's' || type == 'b')) {
                    mp_buffer_info_t bi;
                    if (is_plain_str(arg) || !mp_get_buffer(arg, &bi, MP_BUFFER_READ)) {
                        mp_raise_msg_varg(&mp_type_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            mp_obj_get_type_str(arg));
                    }
                    vstr_add_strn(&tmp, bi.buf, bi.len);
                } else if (type == 'b') {
                    mp_raise_msg_varg(&mp_type_ValueError, "unsupported format character 'b' (0x62) at index %u", (unsigned)(p - 1 - s));
                } else if (type == 'a' || (is_bytes && type == 'r')) {
                    add_ascii_repr(&tmp, arg);
                } else {
                    add_obj_str(&tmp, arg, type == 'r' ? PRINT_REPR : PRINT_STR);
                }
                size_t tl = tmp.len;
                size_t nchars = is_bytes ? tl : count_chars(tmp.buf, tl);
                if (spec.precision >= 0 && (size_t)spec.precision < nchars) {
                    size_t i = 0, k = 0;
                    while (i < tl && k < (size_t)spec.precision) {
                        i += is_bytes ? 1 : utf8_seq_len((byte)tmp.buf[i]);
                        k++;
                    }
                    tl = i;
                    nchars = k;
                }
                fmt_spec_t s2 = spec;
                s2.fill = ' ';
                if (s2.align == '=') {
                    s2.align = '>';
                }
                pad_out(&out, "", 0, tmp.buf, tl, nchars, &s2, '>');
                vstr_clear(&tmp);
                break;
            }
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                percent_int(&out, percent_int_arg(arg, type), type == 'i' || type == 'u' ? 'd' : type, &spec);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                double d;
                if (!mp_obj_get_float_maybe(arg, &d)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(arg));
                }
                if (spec.precision < 0) {
                    spec.precision = 6;
                }
                spec.type = type;
                bool zero = spec.zero && !left;
                spec.zero = false;
                if (!isfinite(d) && zero) {
                    // printf pads inf/nan with spaces
                    spec.fill = ' ';
                    spec.align = '>';
                }
                format_float_spec(&out, d, &spec);
                break;
            }
            case 'c': {
                vstr_t tmp;
                vstr_init(&tmp, 4);
                if (is_plain_str(arg)) {
                    GET_STR_DATA_LEN(arg, cd, cl);
                    if (count_chars((const char *)cd, cl) != 1) {
                        mp_raise_TypeError("%c requires int or char");
                    }
                    vstr_add_strn(&tmp, (const char *)cd, cl);
                } else if (is_bytes && mp_obj_is_str_or_bytes(arg)) {
                    GET_STR_DATA_LEN(arg, cd, cl);
                    if (cl != 1) {
                        mp_raise_TypeError("%c requires an integer in range(256) or a single byte");
                    }
                    vstr_add_byte(&tmp, cd[0]);
                } else if (mp_obj_is_int(arg)) {
                    mp_int_t c = mp_obj_get_int(arg);
                    if (is_bytes) {
                        if (c < 0 || c > 255) {
                            mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(256)");
                        }
                        vstr_add_byte(&tmp, (byte)c);
                    } else {
                        if (c < 0 || c > 0x10ffff) {
                            mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(0x110000)");
                        }
                        vstr_add_char(&tmp, (uint32_t)c);
                    }
                } else {
                    mp_raise_TypeError("%c requires int or char");
                }
                fmt_spec_t s2 = spec;
                s2.fill = ' ';
                if (s2.align == '=') {
                    s2.align = '>';
                }
                pad_out(&out, "", 0, tmp.buf, tmp.len, 1, &s2, '>');
                vstr_clear(&tmp);
                break;
            }
            default:
                mp_raise_msg_varg(&mp_type_ValueError, "unsupported format character '%c' (0x%x) at index %u",
                    type, (unsigned)(byte)type, (unsigned)(p - 1 - s));
        }
    }
    if (arg_i < n_args && dict == MP_OBJ_NULL) {
        mp_raise_TypeError(is_bytes ? "not all arguments converted during bytes formatting"
            : "not all arguments converted during string formatting");
    }
    return mp_str_vstr_finish(&out, is_bytes ? &mp_type_bytes : &mp_type_str);
}
