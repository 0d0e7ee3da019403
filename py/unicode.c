// py/unicode.c: Unicode character classes and case mappings for str (py/objstr.c) and for
// int()/float() of text: ASCII inline, every other code point from the run tables of
// py/unidata.h, which tools/makeunidata.py generates from CPython's own answers per code point
// (Unicode 14). Pure functions of a code point; no state.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/unidata.h"

_Static_assert(UNI_MAP_LOWER == MP_UNI_LOWER && UNI_MAP_UPPER == MP_UNI_UPPER && UNI_MAP_TITLE == MP_UNI_TITLE
    && UNI_MAP_FOLD == MP_UNI_FOLD, "py/objstr.h and py/unidata.h agree on the mapping kinds");

static inline size_t uni_char_len(const byte *p) {
    byte c = *p;
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

// The flags of code point c in a run table (unidata_props, unidata_xid): those of the last
// run starting at or before c.
static uint32_t uni_run_flags(const uint32_t *runs, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((runs[mid] & 0x1fffff) <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return runs[lo] >> 21;
}

// The UNI_F_* property flags of a non-ASCII code point.
static uint32_t uni_props(uint32_t c) {
    return uni_run_flags(unidata_props, MP_ARRAY_SIZE(unidata_props), c);
}

bool mp_uni_isupper(uint32_t c) {
    return c < 0x80 ? unichar_isupper(c) : (uni_props(c) & UNI_F_UPPER) != 0;
}

bool mp_uni_islower(uint32_t c) {
    return c < 0x80 ? unichar_islower(c) : (uni_props(c) & UNI_F_LOWER) != 0;
}

// Cased (upper, lower or title case, or changed by a case mapping): what title() and the
// final-sigma rule look at.
bool mp_uni_iscased(uint32_t c) {
    return c < 0x80 ? unichar_isalpha(c) : (uni_props(c) & UNI_F_CASED) != 0;
}

// Upper case or title case: what istitle() wants after an uncased character.
bool mp_uni_isupper_or_title(uint32_t c) {
    return c < 0x80 ? unichar_isupper(c) : (uni_props(c) & (UNI_F_UPPER | UNI_F_TITLE)) != 0;
}

// The simple (one code point) mapping of c in one of the unidata_<kind> run tables.
static uint32_t uni_map_simple(const unidata_map_run_t *t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((t[mid].run & 0x1fffff) <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return c;
    }
    const unidata_map_run_t *r = &t[lo - 1];
    uint32_t start = r->run & 0x1fffff, step = ((r->run >> 21) & 1) + 1, count = (r->run >> 22) + 1;
    if (c <= start + (count - 1) * step && (c - start) % step == 0) {
        return (uint32_t)((int32_t)c + r->delta);
    }
    return c;
}

static const unidata_map_run_t *const uni_map_tables[] = { unidata_lower, unidata_upper, unidata_title, unidata_fold };
static const uint16_t uni_map_sizes[] = {
    MP_ARRAY_SIZE(unidata_lower), MP_ARRAY_SIZE(unidata_upper), MP_ARRAY_SIZE(unidata_title), MP_ARRAY_SIZE(unidata_fold),
};

// The full case mapping of c (UNI_MAP_LOWER, _UPPER, _TITLE or _FOLD) into out[0..2]; returns
// how many code points it is (ß upper-cases to "SS", ﬁ to "FI").
size_t mp_uni_map_full(uint32_t c, int kind, uint32_t out[3]) {
    if (c < 0x80) {
        out[0] = kind == UNI_MAP_LOWER || kind == UNI_MAP_FOLD ? unichar_tolower(c) : unichar_toupper(c);
        return 1;
    }
    size_t lo = 0, hi = MP_ARRAY_SIZE(unidata_special);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unidata_special_t *e = &unidata_special[mid];
        if (e->c < c || (e->c == c && e->kind < kind)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo < MP_ARRAY_SIZE(unidata_special) && unidata_special[lo].c == c && unidata_special[lo].kind == kind) {
        const unidata_special_t *e = &unidata_special[lo];
        size_t n = e->to[2] ? 3 : 2;
        memcpy(out, e->to, n * sizeof(uint32_t));
        return n;
    }
    out[0] = uni_map_simple(uni_map_tables[kind], uni_map_sizes[kind], c);
    return 1;
}

bool mp_uni_isalpha(uint32_t c) {
    return c < 0x80 ? unichar_isalpha(c) : (uni_props(c) & UNI_F_ALPHA) != 0;
}

bool mp_uni_isdigit(uint32_t c) {
    return c < 0x80 ? unichar_isdigit(c) : (uni_props(c) & UNI_F_DIGIT) != 0;
}

bool mp_uni_isdecimal(uint32_t c) {
    return c < 0x80 ? unichar_isdigit(c) : (uni_props(c) & UNI_F_DECIMAL) != 0;
}

bool mp_uni_isnumeric(uint32_t c) {
    return c < 0x80 ? unichar_isdigit(c) : (uni_props(c) & UNI_F_NUMERIC) != 0;
}

bool mp_uni_isspace(uint32_t c) {
    return c < 0x80 ? unichar_isspace(c) : (uni_props(c) & UNI_F_SPACE) != 0;
}

// For int()/float() of text with non-ASCII characters: a copy (on the heap, *out_len bytes)
// with every Unicode decimal digit as its ASCII digit and every Unicode white space as ' ', as
// CPython accepts them; NULL when some other non-ASCII character is there (the parser's error
// then shows the text as given).
char *mp_str_ascii_numeric(const char *s, size_t len, size_t *out_len) {
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (const byte *p = (const byte *)s, *end = p + len; p < end;) {
        if (*p < 0x80) {
            vstr_add_byte(&vstr, *p++);
            continue;
        }
        uint32_t c = utf8_get_char(p);
        p += uni_char_len(p);
        uint32_t f = uni_props(c);
        if (f & UNI_F_DECIMAL) {
            // decimal digits come in runs of ten from a zero, so the run's start is a zero
            size_t lo = 0, hi = MP_ARRAY_SIZE(unidata_props);
            while (hi - lo > 1) {
                size_t mid = (lo + hi) / 2;
                if ((unidata_props[mid] & 0x1fffff) <= c) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            vstr_add_byte(&vstr, (byte)('0' + (c - (unidata_props[lo] & 0x1fffff)) % 10));
        } else if (f & UNI_F_SPACE) {
            vstr_add_byte(&vstr, ' ');
        } else {
            vstr_clear(&vstr);
            return NULL;
        }
    }
    *out_len = vstr.len;
    return vstr.buf;
}

// Printable for repr() and isprintable(): CPython's rule (not a control, format, separator
// other than the ASCII space, surrogate, private-use or unassigned character).
bool mp_uni_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7f;
    }
    return (uni_props(c) & UNI_F_PRINTABLE) != 0;
}

// Identifier characters (str.isidentifier): XID_Start for the first, XID_Continue after.
bool mp_uni_isident(uint32_t c, bool first) {
    return (uni_run_flags(unidata_xid, MP_ARRAY_SIZE(unidata_xid), c) & (first ? UNI_F_XID_START : UNI_F_XID_CONTINUE)) != 0;
}
