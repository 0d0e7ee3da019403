// lib/re/modre.c: the re module (Python's regular expressions) on PCRE2's 8-bit library.
//
// A Python pattern is first rewritten into PCRE2 syntax (re_translate: \Z -> \z, \uXXXX and
// \UXXXXXXXX -> \x{...}, \v -> \x0b, x{,n} -> x{0,n}, '[' inside a class escaped, the flags
// a/u/L removed from inline flag groups, Python's "bad escape" errors), then compiled once and
// JIT-compiled when PCRE2 allows it. str patterns are compiled in UTF mode (with UCP unless
// re.ASCII); bytes patterns are byte-oriented with ASCII classes.
//
// Data layout:
//   re_pattern_t  the compiled pcre2_code (malloc'd by PCRE2, freed by __del__, the GC
//                 finaliser), one pcre2_match_data reused for every match (its ovector is copied
//                 out right after pcre2_match, before any Python code can run, so a callback
//                 that reuses the pattern cannot disturb a caller), the group count and names.
//   re_match_t    2 * (groups + 1) spans in bytes (bspan) and, for str subjects, in code
//                 points (cspan); -1 marks a group that did not take part. `data` is the subject
//                 as an immutable str/bytes (a copy of a bytearray/memoryview subject), so
//                 slicing a group is always within bounds.
// Offsets given to and returned by Python are code-point indices for str and byte indices
// for bytes; internally everything is bytes (UTF-8 for str) and converted at the edges with
// re_subject_t's forward-moving anchor, which keeps finditer/sub over a string linear.
//
// Empty matches follow Python 3.7+: after an empty match at p, the next match may not be empty
// at p (PCRE2_NOTEMPTY_ATSTART from p); after a non-empty match ending at p, an empty match at p
// is allowed. The module keeps a cache of compiled patterns in its globals (`_cache`, a dict
// keyed by (pattern, flags)) and creates `error` (a subclass of Exception) when imported.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include <pcre2.h>

#define RE_FLAG_TEMPLATE 1
#define RE_FLAG_I 2
#define RE_FLAG_L 4
#define RE_FLAG_M 8
#define RE_FLAG_S 16
#define RE_FLAG_U 32
#define RE_FLAG_X 64
#define RE_FLAG_DEBUG 128
#define RE_FLAG_A 256

#define RE_CACHE_MAX 256

typedef struct _re_pattern_t {
    mp_obj_base_t base;
    pcre2_code *code;            // NULL once finalised
    pcre2_code *code_anchored;   // compiled with PCRE2_ANCHORED on first match(), or NULL
    pcre2_code *code_full;       // with PCRE2_ANCHORED | PCRE2_ENDANCHORED, for fullmatch()
    pcre2_match_data *md;
    mp_obj_t translated;         // the PCRE2 pattern (bytes), to compile those variants
    uint32_t options;            // its compile options
    mp_obj_t pattern;            // the source, str or bytes
    mp_obj_t groupindex;         // dict name -> number
    mp_obj_t names;              // tuple: names[i] is group i's name or None (len groups + 1)
    mp_int_t flags;              // Python flags (inline global flags included, U for str)
    uint32_t groups;
    bool is_bytes;
} re_pattern_t;

typedef struct _re_match_t {
    mp_obj_base_t base;
    re_pattern_t *pat;
    mp_obj_t string;             // the subject as given
    mp_obj_t data;               // the subject as immutable str/bytes (same object when it is one)
    mp_int_t pos, endpos;        // in characters (str) or bytes
    mp_int_t lastindex;          // -1: None
    mp_int_t *cspan;             // 2 * (groups + 1) code point offsets (== bspan for bytes)
    mp_int_t bspan[];            // 2 * (groups + 1) byte offsets
} re_match_t;

typedef struct _re_subject_t {
    mp_obj_t orig;
    mp_obj_t data;               // str or bytes
    const byte *p;
    size_t len;                  // bytes
    size_t nchars;               // length in characters (== len for bytes and ASCII str)
    bool is_str;
    bool ascii;                  // str whose bytes are all < 0x80: char index == byte index
    bool utf_ok;                 // str data is valid UTF-8 (PCRE2 may skip its check)
    size_t anchor_b, anchor_c;   // a known (byte, char) offset pair
} re_subject_t;

extern const mp_obj_type_t re_pattern_type;
extern const mp_obj_type_t re_match_type;

// ---- module state: the error type and the cache live in the imported module's globals ----

static mp_map_t *re_module_map(void) {
    if (mp_state.loaded_modules == MP_OBJ_NULL) {
        return NULL;
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(mp_state.loaded_modules), MP_OBJ_NEW_QSTR(MP_QSTR_re), MP_MAP_LOOKUP);
    if (e == NULL || !mp_obj_is_type(e->value, &mp_type_module)) {
        return NULL;
    }
    return &mp_obj_module_get_globals(e->value)->map;
}

// The pattern or template being parsed, for re.error's `pattern` attribute. Set by the two
// parsers before they can raise; the object is alive on their caller's stack meanwhile.
static mp_obj_t re_current_source = MP_OBJ_NULL;

// Raises re.error(msg) with CPython's attributes: msg (without the position), pattern, pos.
NORETURN static void re_raise_error(const char *fmt, ...) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
    static const char at_pos[] = " at position ";
    size_t msg_len = vstr.len;
    mp_obj_t pos = mp_const_none;
    for (size_t i = vstr.len; i-- > 0;) {
        if (i + sizeof(at_pos) - 1 <= vstr.len && memcmp(vstr.buf + i, at_pos, sizeof(at_pos) - 1) == 0) {
            msg_len = i;
            mp_int_t v = 0;
            for (size_t k = i + sizeof(at_pos) - 1; k < vstr.len; k++) {
                v = v * 10 + (vstr.buf[k] - '0');
            }
            pos = MP_OBJ_NEW_SMALL_INT(v);
            break;
        }
    }
    mp_obj_t short_msg = mp_obj_new_str(vstr.buf, msg_len);
    mp_obj_t msg = mp_obj_new_str_from_vstr(&vstr);
    mp_map_t *m = re_module_map();
    mp_map_elem_t *e = m == NULL ? NULL : mp_map_lookup(m, MP_OBJ_NEW_QSTR(MP_QSTR_error), MP_MAP_LOOKUP);
    if (e != NULL && mp_obj_is_type(e->value, &mp_type_type)
        && mp_obj_is_subclass(MP_OBJ_TO_PTR(e->value), &mp_type_BaseException)) {
        mp_obj_t exc = mp_call_function_1(e->value, msg);
        mp_store_attr(exc, MP_QSTR_msg, short_msg);
        mp_store_attr(exc, MP_QSTR_pattern, re_current_source == MP_OBJ_NULL ? mp_const_none : re_current_source);
        mp_store_attr(exc, MP_QSTR_pos, pos);
        re_current_source = MP_OBJ_NULL;
        nlr_raise(exc);
    }
    re_current_source = MP_OBJ_NULL;
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_ValueError, msg));
}

// ---- PCRE2 contexts, made once ----

static pcre2_compile_context *re_cctx;
static pcre2_match_context *re_mctx;
static pcre2_jit_stack *re_jit_stack;

static void re_contexts_init(void) {
    if (re_cctx == NULL) {
        re_cctx = pcre2_compile_context_create(NULL);
        if (re_cctx == NULL) {
            m_malloc_fail(sizeof(void *));
        }
        pcre2_set_newline(re_cctx, PCRE2_NEWLINE_LF);
        pcre2_set_bsr(re_cctx, PCRE2_BSR_UNICODE);
    }
    if (re_mctx == NULL) {
        re_mctx = pcre2_match_context_create(NULL);
        if (re_mctx == NULL) {
            m_malloc_fail(sizeof(void *));
        }
        re_jit_stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, NULL);
        if (re_jit_stack != NULL) {
            pcre2_jit_stack_assign(re_mctx, NULL, re_jit_stack);
        }
    }
}

// ---- translation of Python syntax to PCRE2 syntax ----

static int re_hex_value(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Parses inline flag letters at src[*i] (after "(?"); returns the flags and leaves *i at the
// first other character. Sets *ok false on a letter Python rejects for this pattern kind.
static mp_int_t re_parse_flag_letters(const byte *src, size_t len, size_t *i, bool is_str) {
    mp_int_t f = 0;
    while (*i < len) {
        switch (src[*i]) {
            case 'a': f |= RE_FLAG_A; break;
            case 'i': f |= RE_FLAG_I; break;
            case 'L':
                if (is_str) {
                    re_raise_error("bad inline flags: cannot use 'L' flag with a str pattern at position %u", (unsigned)*i);
                }
                f |= RE_FLAG_L;
                break;
            case 'm': f |= RE_FLAG_M; break;
            case 's': f |= RE_FLAG_S; break;
            case 'u':
                if (!is_str) {
                    re_raise_error("bad inline flags: cannot use 'u' flag with a bytes pattern at position %u", (unsigned)*i);
                }
                f |= RE_FLAG_U;
                break;
            case 'x': f |= RE_FLAG_X; break;
            default:
                return f;
        }
        (*i)++;
    }
    return f;
}

static void re_emit_flag_letters(vstr_t *out, mp_int_t f) {
    if (f & RE_FLAG_I) {
        vstr_add_byte(out, 'i');
    }
    if (f & RE_FLAG_M) {
        vstr_add_byte(out, 'm');
    }
    if (f & RE_FLAG_S) {
        vstr_add_byte(out, 's');
    }
    if (f & RE_FLAG_X) {
        vstr_add_byte(out, 'x');
    }
}

// Translates a backslash escape at src[i] == '\\'; returns the index after it.
static size_t re_translate_escape(const byte *src, size_t len, size_t i, bool is_str, bool unicode_ws, bool in_class, vstr_t *out) {
    if (i + 1 >= len) {
        re_raise_error("bad escape (end of pattern) at position %u", (unsigned)i);
    }
    byte d = src[i + 1];
    switch (d) {
        case 'u':
        case 'U':
        case 'x': {
            if (d != 'x' && !is_str) {
                re_raise_error("bad escape \\%c at position %u", d, (unsigned)i);
            }
            size_t n = d == 'x' ? 2 : d == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (size_t k = 0; k < n; k++) {
                int h = i + 2 + k < len ? re_hex_value(src[i + 2 + k]) : -1;
                if (h < 0) {
                    re_raise_error("incomplete escape \\%c%.*s at position %u", d, (int)k, (const char *)src + i + 2, (unsigned)i);
                }
                v = v * 16 + (uint32_t)h;
            }
            if (v > 0x10ffff) {
                re_raise_error("bad escape \\%c%.*s at position %u", d, (int)n, (const char *)src + i + 2, (unsigned)i);
            }
            vstr_printf(out, "\\x{%x}", (unsigned)v);
            return i + 2 + n;
        }
        case 'v':
            vstr_add_str(out, "\\x{b}");
            return i + 2;
        case 'Z':
        case 'A':
        case 'B':
            if (in_class) {
                re_raise_error("bad escape \\%c at position %u", d, (unsigned)i);
            }
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, d == 'Z' ? 'z' : d);
            return i + 2;
        case 'N':
            if (is_str) {
                re_raise_error("\\N{...} escapes are not supported at position %u", (unsigned)i);
            }
            re_raise_error("bad escape \\N at position %u", (unsigned)i);
        case 's':
            // Python's Unicode \s also holds the separators \x1c-\x1f; PCRE2's UCP \s lacks them
            if (unicode_ws) {
                vstr_add_str(out, in_class ? "\\s\\x{1c}-\\x{1f}" : "[\\s\\x{1c}-\\x{1f}]");
                return i + 2;
            }
            vstr_add_str(out, "\\s");
            return i + 2;
        case 'S':
            if (unicode_ws && !in_class) {
                vstr_add_str(out, "[^\\s\\x{1c}-\\x{1f}]");
                return i + 2;
            }
            vstr_add_str(out, "\\S");
            return i + 2;
        case 'a': case 'b': case 'd': case 'D': case 'f': case 'n': case 'r':
        case 't': case 'w': case 'W':
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, d);
            return i + 2;
        default:
            break;
    }
    if (d >= '0' && d <= '7' && (in_class || d == '0'
            || (i + 3 < len && src[i + 2] >= '0' && src[i + 2] <= '7' && src[i + 3] >= '0' && src[i + 3] <= '7'))) {
        // octal: in a class any \ooo; outside, \0oo or exactly three octal digits
        unsigned v = 0;
        size_t k = i + 1;
        while (k < len && k < i + 4 && src[k] >= '0' && src[k] <= '7') {
            v = v * 8 + (src[k] - '0');
            k++;
        }
        if (v > 0377) {
            re_raise_error("octal escape value \\%.*s outside of range 0-0o377 at position %u", (int)(k - i - 1), (const char *)src + i + 1, (unsigned)i);
        }
        vstr_printf(out, "\\x{%x}", v);
        return k;
    }
    if (d >= '0' && d <= '9') {
        // back references are handled by re_translate; here only a class can get here
        re_raise_error("bad escape \\%c at position %u", d, (unsigned)i);
    }
    if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
        re_raise_error("bad escape \\%c at position %u", d, (unsigned)i);
    }
    if (d >= 0x80) {
        // a non-ASCII character has no special meaning: drop the backslash
        return i + 1;
    }
    vstr_add_byte(out, '\\');
    vstr_add_byte(out, d);
    return i + 2;
}

// Rewrites pattern src into PCRE2 syntax in out; *flags gains the global inline flags.
// Group bookkeeping of the translator, for Python's checks on back references (PCRE2 allows
// forward references and references to open groups; Python rejects both).
typedef struct _re_groups_t {
    size_t n;            // capturing groups opened so far
    mp_obj_t open;       // list: for each open parenthesis, its group number (0: not capturing)
    vstr_t closed;       // closed.buf[g] != 0 once group g is closed
    mp_obj_t names;      // dict: name -> group number
} re_groups_t;

static void re_groups_check(re_groups_t *gr, size_t g, size_t pos) {
    if (g > gr->n) {
        re_raise_error("invalid group reference %u at position %u", (unsigned)g, (unsigned)pos);
    }
    if (g >= gr->closed.len || gr->closed.buf[g] == 0) {
        re_raise_error("cannot refer to an open group at position %u", (unsigned)pos);
    }
}

static void re_groups_open(re_groups_t *gr, bool capturing) {
    size_t g = 0;
    if (capturing) {
        g = ++gr->n;
    }
    mp_obj_list_append(gr->open, MP_OBJ_NEW_SMALL_INT(g));
}

static void re_translate(const byte *src, size_t len, bool is_str, mp_int_t *flags, vstr_t *out) {
    size_t i = 0;
    bool verbose = (*flags & RE_FLAG_X) != 0;
    bool at_start = true; // only global flag groups so far
    re_groups_t gr;
    gr.n = 0;
    gr.open = mp_obj_new_list(0, NULL);
    vstr_init(&gr.closed, 16);
    gr.names = mp_obj_new_dict(0);
    while (i < len) {
        byte c = src[i];
        bool keeps_start = false; // this token may precede global flags
        if (c == '\\' && i + 1 < len && src[i + 1] >= '1' && src[i + 1] <= '9'
            && !(i + 3 < len && src[i + 1] <= '7' && src[i + 2] >= '0' && src[i + 2] <= '7' && src[i + 3] >= '0' && src[i + 3] <= '7')) {
            // a back reference: one or two digits
            size_t g = src[i + 1] - '0';
            size_t k = i + 2;
            if (k < len && src[k] >= '0' && src[k] <= '9') {
                g = g * 10 + (src[k] - '0');
                k++;
            }
            re_groups_check(&gr, g, i);
            vstr_printf(out, "\\g{%u}", (unsigned)g);
            i = k;
        } else if (c == '\\') {
            i = re_translate_escape(src, len, i, is_str, is_str && !(*flags & RE_FLAG_A), false, out);
        } else if (c == ')') {
            size_t n;
            mp_obj_t *items;
            mp_obj_list_get(gr.open, &n, &items);
            if (n > 0) {
                size_t g = MP_OBJ_SMALL_INT_VALUE(items[n - 1]);
                mp_obj_list_set_len(gr.open, n - 1);
                if (g > 0) {
                    while (gr.closed.len <= g) {
                        vstr_add_byte(&gr.closed, 0);
                    }
                    gr.closed.buf[g] = 1;
                }
            }
            vstr_add_byte(out, ')');
            i++;
        } else if (c == '(' && (i + 1 >= len || src[i + 1] != '?')) {
            if (i + 1 < len && src[i + 1] == '*') {
                // PCRE2's verbs ((*UTF), (*SKIP), (*LIMIT_MATCH=n) ...) are not Python syntax
                re_raise_error("nothing to repeat at position %u", (unsigned)(i + 1));
            }
            re_groups_open(&gr, true);
            vstr_add_byte(out, '(');
            i++;
        } else if (c == '(' && i + 2 < len && src[i + 1] == '?' && (src[i + 2] == '#' || src[i + 2] == '(' || src[i + 2] == 'P')) {
            // comments and conditions are copied through their ')'; named groups and references
            // are recorded
            size_t k = i + 2;
            byte e = src[k];
            if (e == 'P' && (k + 1 >= len || (src[k + 1] != '<' && src[k + 1] != '='))) {
                re_raise_error("unknown extension ?P%.*s at position %u", k + 1 < len ? 1 : 0, (const char *)src + k + 1, (unsigned)i);
            }
            byte stop = e == 'P' && src[k + 1] == '<' ? '>' : ')';
            size_t start = e == 'P' ? k + 2 : k + 1;
            size_t end = start;
            while (end < len && src[end] != stop) {
                end++;
            }
            if (end >= len) {
                if (e == '#') {
                    re_raise_error("missing ), unterminated comment at position %u", (unsigned)i);
                }
                re_raise_error("missing %c, unterminated name at position %u", stop, (unsigned)start);
            }
            mp_obj_t name = e == 'P' ? mp_obj_new_str((const char *)src + start, end - start) : MP_OBJ_NULL;
            if (e == 'P' && stop == '>') {
                re_groups_open(&gr, true);
                mp_obj_dict_store(gr.names, name, MP_OBJ_NEW_SMALL_INT(gr.n));
            } else if (e == 'P') {
                mp_map_elem_t *el = mp_map_lookup(mp_obj_dict_get_map(gr.names), name, MP_MAP_LOOKUP);
                if (el == NULL) {
                    re_raise_error("unknown group name '%.*s' at position %u", (int)(end - start), (const char *)src + start, (unsigned)start);
                }
                re_groups_check(&gr, MP_OBJ_SMALL_INT_VALUE(el->value), i);
            } else if (e == '(') {
                re_groups_open(&gr, false); // the conditional group, closed by its own ')'
            }
            vstr_add_strn(out, (const char *)src + i, end + 1 - i);
            i = end + 1;
            if (e == '#') {
                keeps_start = true;
            }
        } else if (c == '[') {
            vstr_add_byte(out, '[');
            i++;
            if (i < len && src[i] == '^') {
                vstr_add_byte(out, '^');
                i++;
            }
            if (i < len && src[i] == ']') {
                vstr_add_str(out, "\\]");
                i++;
            }
            for (;;) {
                if (i >= len) {
                    re_raise_error("unterminated character set at position %u", (unsigned)i);
                }
                c = src[i];
                if (c == ']') {
                    vstr_add_byte(out, ']');
                    i++;
                    break;
                } else if (c == '\\') {
                    i = re_translate_escape(src, len, i, is_str, is_str && !(*flags & RE_FLAG_A), true, out);
                } else if (c == '[') {
                    vstr_add_str(out, "\\[");
                    i++;
                } else {
                    vstr_add_byte(out, c);
                    i++;
                }
            }
        } else if (c == '{' && i + 1 < len && src[i + 1] == ',') {
            size_t k = i + 2;
            while (k < len && src[k] >= '0' && src[k] <= '9') {
                k++;
            }
            if (k < len && src[k] == '}') {
                vstr_add_str(out, "{0");
            } else {
                vstr_add_str(out, "\\{");
            }
            i++;
        } else if (c == '(' && i + 2 < len && src[i + 1] == '?') {
            size_t k = i + 2;
            byte e = src[k];
            // Python knows (?: (?P<n> (?P=n) (?= (?! (?<= (?<! (?# (?( (?> and inline flags;
            // PCRE2's other extensions ((?R), (?|, (?<name>, (?P>n, (?&n, (?1) ...) are errors
            if (e == 'P') {
                if (k + 1 >= len || (src[k + 1] != '<' && src[k + 1] != '=')) {
                    re_raise_error("unknown extension ?P%.*s at position %u", k + 1 < len ? 1 : 0, (const char *)src + k + 1, (unsigned)i);
                }
            } else if (e == '<') {
                if (k + 1 >= len || (src[k + 1] != '=' && src[k + 1] != '!')) {
                    re_raise_error("unknown extension ?<%.*s at position %u", k + 1 < len ? 1 : 0, (const char *)src + k + 1, (unsigned)i);
                }
            } else if (e != ':' && e != '=' && e != '!' && e != '#' && e != '(' && e != '>' && e != '-'
                       && strchr("aiLmsux", e) == NULL) {
                re_raise_error("unknown extension ?%c at position %u", e, (unsigned)i);
            }
            mp_int_t on = re_parse_flag_letters(src, len, &k, is_str);
            mp_int_t off = 0;
            bool have_off = false;
            if (k < len && src[k] == '-') {
                k++;
                have_off = true;
                off = re_parse_flag_letters(src, len, &k, is_str);
                if (off & (RE_FLAG_A | RE_FLAG_U | RE_FLAG_L)) {
                    re_raise_error("bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position %u", (unsigned)i);
                }
            }
            if ((on || have_off) && (k >= len || (src[k] != ')' && src[k] != ':'))) {
                re_raise_error(k < len && (src[k] >= 0x80 || unichar_isalpha(src[k])) ? "unknown flag at position %u" : "missing -, : or ) at position %u", (unsigned)k);
            }
            if (k < len && (src[k] == ')' || src[k] == ':') && (on || have_off)) {
                if (have_off && off == 0) {
                    re_raise_error("missing flag at position %u", (unsigned)k);
                }
                if (on & off) {
                    re_raise_error("bad inline flags: flag turned on and off at position %u", (unsigned)k);
                }
                if (src[k] == ')') {
                    if (have_off) {
                        re_raise_error("missing : at position %u", (unsigned)k);
                    }
                    if (!at_start) {
                        re_raise_error("global flags not at the start of the expression at position %u", (unsigned)i);
                    }
                    // global flags: they apply to the whole pattern (Python only allows
                    // them at the start; PCRE2 applies them from here on)
                    keeps_start = true;
                    *flags |= on;
                    if (on & RE_FLAG_X) {
                        verbose = true;
                    }
                    vstr_add_str(out, "(?");
                    re_emit_flag_letters(out, on);
                    vstr_add_byte(out, ')');
                    if ((on & ~(RE_FLAG_A | RE_FLAG_U | RE_FLAG_L)) == 0) {
                        out->len -= 3; // nothing PCRE2 needs to hear
                    }
                } else {
                    re_groups_open(&gr, false);
                    vstr_add_str(out, "(?");
                    re_emit_flag_letters(out, on);
                    if (have_off) {
                        vstr_add_byte(out, '-');
                        re_emit_flag_letters(out, off);
                    }
                    vstr_add_byte(out, ':');
                }
                i = k + 1;
            } else {
                re_groups_open(&gr, false);
                vstr_add_str(out, "(?");
                i += 2;
            }
        } else if (c == '#' && verbose) {
            keeps_start = true;
            while (i < len && src[i] != '\n') {
                vstr_add_byte(out, src[i]);
                i++;
            }
        } else {
            keeps_start = verbose && unichar_isspace(c);
            vstr_add_byte(out, c);
            i++;
        }
        if (!keeps_start) {
            at_start = false;
        }
    }
}

// ---- compiling ----

static mp_obj_t re_pattern_del(mp_obj_t self_in) {
    re_pattern_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->md != NULL) {
        pcre2_match_data_free(self->md);
        self->md = NULL;
    }
    if (self->code != NULL) {
        pcre2_code_free(self->code);
        self->code = NULL;
    }
    if (self->code_anchored != NULL) {
        pcre2_code_free(self->code_anchored);
        self->code_anchored = NULL;
    }
    if (self->code_full != NULL) {
        pcre2_code_free(self->code_full);
        self->code_full = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_pattern_del_obj, re_pattern_del);

static re_pattern_t *re_compile_raw(mp_obj_t pattern, mp_int_t flags) {
    bool is_str = mp_obj_is_str(pattern);
    if (!is_str && !mp_obj_is_type(pattern, &mp_type_bytes)) {
        mp_raise_TypeError("first argument must be string or compiled pattern");
    }
    if (flags & RE_FLAG_DEBUG) {
        mp_raise_ValueError("re.DEBUG is not supported");
    }
    if (is_str && (flags & RE_FLAG_L)) {
        mp_raise_ValueError("cannot use LOCALE flag with a str pattern");
    }
    if (!is_str && (flags & RE_FLAG_U)) {
        mp_raise_ValueError("cannot use UNICODE flag with a bytes pattern");
    }
    if ((flags & RE_FLAG_A) && (flags & RE_FLAG_U)) {
        mp_raise_ValueError("ASCII and UNICODE flags are incompatible");
    }
    size_t plen;
    const byte *psrc = (const byte *)mp_obj_str_get_data(pattern, &plen);
    vstr_t tr;
    vstr_init(&tr, plen + 16);
    re_current_source = pattern;
    re_translate(psrc, plen, is_str, &flags, &tr);
    if (is_str && (flags & RE_FLAG_A) && (flags & RE_FLAG_U)) {
        re_raise_error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
    }
    if (is_str && !(flags & RE_FLAG_A)) {
        flags |= RE_FLAG_U;
    }
    uint32_t opts = 0;
    if (is_str) {
        // MATCH_INVALID_UTF: no O(n) validity scan of the subject on every call (our str may
        // hold lone surrogates, which then match nothing instead of failing the match)
        opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(flags & RE_FLAG_A)) {
            opts |= PCRE2_UCP;
        }
        if (utf8_check(psrc, plen)) {
            opts |= PCRE2_NO_UTF_CHECK;
        }
    }
    if (flags & RE_FLAG_I) {
        opts |= PCRE2_CASELESS;
    }
    if (flags & RE_FLAG_M) {
        opts |= PCRE2_MULTILINE | PCRE2_ALT_CIRCUMFLEX; // Python's ^ matches after a final \n
    }
    if (flags & RE_FLAG_S) {
        opts |= PCRE2_DOTALL;
    }
    if (flags & RE_FLAG_X) {
        opts |= PCRE2_EXTENDED;
    }
    re_contexts_init();
    re_pattern_t *self = m_new_obj_with_finaliser(re_pattern_t);
    self->base.type = &re_pattern_type;
    self->pattern = pattern;
    self->flags = flags;
    self->is_bytes = !is_str;
    int err;
    PCRE2_SIZE erroff;
    self->code = pcre2_compile((PCRE2_SPTR)tr.buf, tr.len, opts, &err, &erroff, re_cctx);
    if (self->code == NULL) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(err, msg, sizeof(msg));
        re_raise_error("%s at position %u", (const char *)msg, (unsigned)erroff);
    }
    pcre2_jit_compile(self->code, PCRE2_JIT_COMPLETE); // failure: the interpreter runs it
    re_current_source = MP_OBJ_NULL;
    self->translated = mp_obj_new_bytes((const byte *)tr.buf, tr.len);
    self->options = opts;
    self->md = pcre2_match_data_create_from_pattern(self->code, NULL);
    if (self->md == NULL) {
        re_pattern_del(MP_OBJ_FROM_PTR(self));
        m_malloc_fail(sizeof(void *));
    }
    uint32_t groups = 0, namecount = 0, entrysize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(self->code, PCRE2_INFO_CAPTURECOUNT, &groups);
    pcre2_pattern_info(self->code, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(self->code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
    pcre2_pattern_info(self->code, PCRE2_INFO_NAMETABLE, &table);
    self->groups = groups;
    self->groupindex = mp_obj_new_dict(namecount);
    mp_obj_tuple_t *names = MP_OBJ_TO_PTR(mp_obj_new_tuple(groups + 1, NULL));
    for (size_t i = 0; i <= groups; i++) {
        names->items[i] = mp_const_none;
    }
    for (uint32_t i = 0; i < namecount; i++) {
        PCRE2_SPTR e = table + (size_t)i * entrysize;
        uint32_t n = ((uint32_t)e[0] << 8) | e[1];
        mp_obj_t name = mp_obj_new_str((const char *)e + 2, strlen((const char *)e + 2));
        mp_obj_dict_store(self->groupindex, name, MP_OBJ_NEW_SMALL_INT(n));
        if (n <= groups) {
            names->items[n] = name;
        }
    }
    self->names = MP_OBJ_FROM_PTR(names);
    return self;
}

// compile() through the cache; a compiled pattern passes through when flags are 0.
static re_pattern_t *re_get_pattern(mp_obj_t pattern, mp_obj_t flags_in) {
    mp_int_t flags = flags_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(flags_in);
    if (mp_obj_is_type(pattern, &re_pattern_type)) {
        if (flags != 0) {
            mp_raise_ValueError("cannot process flags argument with a compiled pattern");
        }
        return MP_OBJ_TO_PTR(pattern);
    }
    if (!mp_obj_is_str(pattern) && !mp_obj_is_type(pattern, &mp_type_bytes)) {
        mp_raise_TypeError("first argument must be string or compiled pattern");
    }
    mp_map_t *m = re_module_map();
    mp_obj_t cache = MP_OBJ_NULL;
    mp_obj_t key = MP_OBJ_NULL;
    if (m != NULL) {
        mp_map_elem_t *e = mp_map_lookup(m, MP_OBJ_NEW_QSTR(MP_QSTR__cache), MP_MAP_LOOKUP);
        if (e != NULL && mp_obj_is_type(e->value, &mp_type_dict)) {
            cache = e->value;
            mp_obj_t items[3] = { mp_obj_is_str(pattern) ? MP_OBJ_NEW_QSTR(MP_QSTR_str) : MP_OBJ_NEW_QSTR(MP_QSTR_bytes), pattern, MP_OBJ_NEW_SMALL_INT(flags) };
            key = mp_obj_new_tuple(3, items);
            mp_map_elem_t *hit = mp_map_lookup(mp_obj_dict_get_map(cache), key, MP_MAP_LOOKUP);
            if (hit != NULL && mp_obj_is_type(hit->value, &re_pattern_type)) {
                return MP_OBJ_TO_PTR(hit->value);
            }
        }
    }
    re_pattern_t *p = re_compile_raw(pattern, flags);
    if (cache != MP_OBJ_NULL) {
        if (mp_obj_dict_len(cache) >= RE_CACHE_MAX) {
            mp_map_clear(mp_obj_dict_get_map(cache));
        }
        mp_obj_dict_store(cache, key, MP_OBJ_FROM_PTR(p));
    }
    return p;
}

// ---- subjects and offsets ----

static void re_subject_init(re_subject_t *s, re_pattern_t *pat, mp_obj_t string) {
    s->orig = string;
    s->anchor_b = 0;
    s->anchor_c = 0;
    if (mp_obj_is_str(string)) {
        if (pat->is_bytes) {
            mp_raise_TypeError("cannot use a bytes pattern on a string-like object");
        }
        s->is_str = true;
        s->data = string;
        s->p = (const byte *)mp_obj_str_get_data(string, &s->len);
        // len() is cached in the str object: after the first call this costs nothing
        s->nchars = MP_OBJ_SMALL_INT_VALUE(mp_obj_len(string));
        s->ascii = s->nchars == s->len;
        s->utf_ok = true; // see PCRE2_MATCH_INVALID_UTF in re_compile_raw
        return;
    }
    mp_buffer_info_t bi;
    if (!mp_get_buffer(string, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected string or bytes-like object, got '%s'", mp_obj_get_type_str(string));
    }
    if (!pat->is_bytes) {
        mp_raise_TypeError("cannot use a string pattern on a bytes-like object");
    }
    s->is_str = false;
    s->ascii = true;
    s->utf_ok = true;
    if (mp_obj_is_type(string, &mp_type_bytes)) {
        s->data = string;
    } else {
        s->data = mp_obj_new_bytes(bi.buf, bi.len); // immutable copy: the buffer may change under us
    }
    s->p = (const byte *)mp_obj_str_get_data(s->data, &s->len);
    s->nchars = s->len;
}

// The character index of byte offset b (b on a character boundary).
static size_t re_char_of_byte(re_subject_t *s, size_t b) {
    if (s->ascii) {
        return b;
    }
    if (b >= s->len) {
        return s->nchars;
    }
    if (b >= s->anchor_b) {
        return s->anchor_c + utf8_charlen(s->p + s->anchor_b, b - s->anchor_b);
    }
    return utf8_charlen(s->p, b);
}

static void re_set_anchor(re_subject_t *s, size_t b) {
    if (!s->ascii) {
        s->anchor_c = re_char_of_byte(s, b);
        s->anchor_b = b;
    }
}

// The byte offset of character index c (clamped to the subject).
static size_t re_byte_of_char(re_subject_t *s, size_t c) {
    if (s->ascii) {
        return c < s->len ? c : s->len;
    }
    if (c >= s->nchars) {
        return s->len;
    }
    const byte *q = s->p, *end = s->p + s->len;
    while (c > 0 && q < end) {
        q++;
        while (q < end && utf8_is_cont(*q)) {
            q++;
        }
        c--;
    }
    return q - s->p;
}

// pos/endpos arguments: ints (big ones too) clamped to [0, n].
static size_t re_clamp_index(mp_obj_t o, size_t n) {
    mp_int_t v = mp_obj_get_int(o); // OverflowError beyond a machine word, as CPython
    return v < 0 ? 0 : (size_t)v > n ? n : (size_t)v;
}

// Runs the pattern on s->p[0:end_b] from start_b. Fills ov (2 * (groups + 1) byte offsets,
// -1 for unset) and returns true on a match.
static bool re_exec(re_pattern_t *pat, re_subject_t *s, size_t start_b, size_t end_b, uint32_t opts, mp_int_t *ov) {
    if (pat->code == NULL) {
        mp_raise_ValueError("pattern was finalised");
    }
    // The JIT cannot take PCRE2_ANCHORED/ENDANCHORED at match time (PCRE2 would fall back to
    // its interpreter, which is slow on long UTF subjects): match() and fullmatch() use
    // variants compiled with those options, made on first use.
    pcre2_code *code = pat->code;
    if (opts & (PCRE2_ANCHORED | PCRE2_ENDANCHORED)) {
        pcre2_code **slot = (opts & PCRE2_ENDANCHORED) ? &pat->code_full : &pat->code_anchored;
        if (*slot == NULL) {
            size_t tlen;
            const char *t = mp_obj_str_get_data(pat->translated, &tlen);
            int err;
            PCRE2_SIZE erroff;
            *slot = pcre2_compile((PCRE2_SPTR)t, tlen, pat->options | (opts & (PCRE2_ANCHORED | PCRE2_ENDANCHORED)), &err, &erroff, re_cctx);
            if (*slot != NULL) {
                pcre2_jit_compile(*slot, PCRE2_JIT_COMPLETE);
            }
        }
        if (*slot != NULL) {
            code = *slot;
            opts &= ~(PCRE2_ANCHORED | PCRE2_ENDANCHORED);
        }
    }
    if (start_b > end_b) {
        return false;
    }
    if (s->is_str && s->utf_ok) {
        opts |= PCRE2_NO_UTF_CHECK;
    }
    int rc = pcre2_match(code, (PCRE2_SPTR)s->p, end_b, start_b, opts, pat->md, re_mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        rc = pcre2_match(code, (PCRE2_SPTR)s->p, end_b, start_b, opts | PCRE2_NO_JIT, pat->md, re_mctx);
    }
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL) {
        return false;
    }
    if (rc < 0) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(rc, msg, sizeof(msg));
        mp_raise_msg_varg(&mp_type_RuntimeError, "regular expression match failed: %s", (const char *)msg);
    }
    PCRE2_SIZE *v = pcre2_get_ovector_pointer(pat->md);
    uint32_t n = pcre2_get_ovector_count(pat->md);
    for (uint32_t g = 0; g <= pat->groups; g++) {
        if (g < n && (g < (uint32_t)rc || rc == 0) && v[2 * g] != PCRE2_UNSET) {
            ov[2 * g] = (mp_int_t)v[2 * g];
            ov[2 * g + 1] = (mp_int_t)v[2 * g + 1];
        } else {
            ov[2 * g] = -1;
            ov[2 * g + 1] = -1;
        }
    }
    return true;
}

static mp_obj_t re_slice(re_subject_t *s, mp_int_t a, mp_int_t b) {
    if (s->is_str) {
        return mp_obj_new_str((const char *)s->p + a, b - a);
    }
    return mp_obj_new_bytes(s->p + a, b - a);
}

// Python's lastindex: the group that closed last (latest end, then the outermost).
static mp_int_t re_lastindex(const mp_int_t *ov, uint32_t groups) {
    mp_int_t best = -1;
    for (uint32_t g = 1; g <= groups; g++) {
        if (ov[2 * g] < 0) {
            continue;
        }
        if (best < 0 || ov[2 * g + 1] > ov[2 * best + 1]
            || (ov[2 * g + 1] == ov[2 * best + 1] && ov[2 * g] < ov[2 * best])) {
            best = g;
        }
    }
    return best;
}

static mp_obj_t re_new_match(re_pattern_t *pat, re_subject_t *s, const mp_int_t *ov, size_t pos_b, size_t end_b) {
    size_t n = 2 * ((size_t)pat->groups + 1);
    re_match_t *m = m_new_obj_var(re_match_t, mp_int_t, s->ascii ? n : 2 * n);
    m->base.type = &re_match_type;
    m->pat = pat;
    m->string = s->orig;
    m->data = s->data;
    memcpy(m->bspan, ov, n * sizeof(mp_int_t));
    if (s->ascii) {
        m->cspan = m->bspan;
        m->pos = pos_b;
        m->endpos = end_b;
    } else {
        m->cspan = m->bspan + n;
        m->pos = re_char_of_byte(s, pos_b);
        m->endpos = re_char_of_byte(s, end_b);
        re_set_anchor(s, ov[0]);
        for (size_t i = 0; i < n; i++) {
            m->cspan[i] = ov[i] < 0 ? -1 : (mp_int_t)re_char_of_byte(s, ov[i]);
        }
    }
    m->lastindex = re_lastindex(ov, pat->groups);
    return MP_OBJ_FROM_PTR(m);
}

// ---- match / search / fullmatch ----

typedef enum { RE_SEARCH, RE_MATCH, RE_FULLMATCH } re_mode_t;

static mp_obj_t re_do_match(re_pattern_t *pat, mp_obj_t string, mp_obj_t pos_in, mp_obj_t endpos_in, re_mode_t mode) {
    re_subject_t s;
    re_subject_init(&s, pat, string);
    size_t nchars = s.nchars;
    size_t pos_c = pos_in == MP_OBJ_NULL ? 0 : re_clamp_index(pos_in, nchars);
    size_t end_c = endpos_in == MP_OBJ_NULL || endpos_in == mp_const_none ? nchars : re_clamp_index(endpos_in, nchars);
    if (end_c < pos_c) {
        return mp_const_none;
    }
    size_t pos_b = re_byte_of_char(&s, pos_c);
    size_t end_b = re_byte_of_char(&s, end_c);
    s.anchor_b = pos_b;
    s.anchor_c = pos_c;
    uint32_t opts = mode == RE_MATCH ? PCRE2_ANCHORED : mode == RE_FULLMATCH ? (PCRE2_ANCHORED | PCRE2_ENDANCHORED) : 0;
    mp_int_t *ov = m_new(mp_int_t, 2 * ((size_t)pat->groups + 1));
    if (!re_exec(pat, &s, pos_b, end_b, opts, ov)) {
        return mp_const_none;
    }
    return re_new_match(pat, &s, ov, pos_b, end_b);
}

static mp_obj_t re_pattern_match_common(size_t n_args, const mp_obj_t *args, mp_map_t *kw, re_mode_t mode) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 3, allowed, v);
    return re_do_match(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_obj, mode);
}

static mp_obj_t re_pattern_match(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_pattern_match_common(n_args, args, kw, RE_MATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_match_obj, 2, re_pattern_match);

static mp_obj_t re_pattern_search(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_pattern_match_common(n_args, args, kw, RE_SEARCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_search_obj, 2, re_pattern_search);

static mp_obj_t re_pattern_fullmatch(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_pattern_match_common(n_args, args, kw, RE_FULLMATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_fullmatch_obj, 2, re_pattern_fullmatch);

// ---- scanning: successive matches with Python's empty-match rules ----

typedef struct _re_scan_t {
    re_pattern_t *pat;
    re_subject_t s;
    size_t pos_b, end_b;
    size_t start_b;              // where the scan began (Match.pos)
    bool prev_empty;
    bool done;
    mp_int_t *ov;
} re_scan_t;

static void re_scan_init(re_scan_t *sc, re_pattern_t *pat, mp_obj_t string, mp_obj_t pos_in, mp_obj_t endpos_in) {
    sc->pat = pat;
    re_subject_init(&sc->s, pat, string);
    sc->pos_b = 0;
    sc->end_b = sc->s.len;
    if (pos_in != MP_OBJ_NULL || (endpos_in != MP_OBJ_NULL && endpos_in != mp_const_none)) {
        size_t nchars = sc->s.nchars;
        size_t pos_c = pos_in == MP_OBJ_NULL ? 0 : re_clamp_index(pos_in, nchars);
        size_t end_c = endpos_in == MP_OBJ_NULL || endpos_in == mp_const_none ? nchars : re_clamp_index(endpos_in, nchars);
        sc->pos_b = re_byte_of_char(&sc->s, pos_c);
        sc->end_b = end_c < pos_c ? sc->pos_b : re_byte_of_char(&sc->s, end_c);
        sc->s.anchor_b = sc->pos_b;
        sc->s.anchor_c = pos_c;
        if (end_c < pos_c) {
            sc->end_b = sc->pos_b;
            sc->done = true;
        }
    }
    sc->start_b = sc->pos_b;
    sc->prev_empty = false;
    sc->ov = m_new(mp_int_t, 2 * ((size_t)pat->groups + 1));
}

static bool re_scan_next(re_scan_t *sc) {
    if (sc->done) {
        return false;
    }
    if (!re_exec(sc->pat, &sc->s, sc->pos_b, sc->end_b, sc->prev_empty ? PCRE2_NOTEMPTY_ATSTART : 0, sc->ov)) {
        sc->done = true;
        return false;
    }
    sc->prev_empty = sc->ov[0] == sc->ov[1];
    sc->pos_b = sc->ov[1];
    return true;
}

// findall's item for the current match: whole match, the one group, or a tuple of groups.
static mp_obj_t re_scan_findall_item(re_scan_t *sc) {
    mp_int_t *ov = sc->ov;
    uint32_t g = sc->pat->groups;
    mp_obj_t empty = sc->s.is_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    if (g == 0) {
        return re_slice(&sc->s, ov[0], ov[1]);
    }
    if (g == 1) {
        return ov[2] < 0 ? empty : re_slice(&sc->s, ov[2], ov[3]);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(g, NULL));
    for (uint32_t i = 1; i <= g; i++) {
        t->items[i - 1] = ov[2 * i] < 0 ? empty : re_slice(&sc->s, ov[2 * i], ov[2 * i + 1]);
    }
    return MP_OBJ_FROM_PTR(t);
}

static const mp_arg_t re_scan_args[] = {
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static mp_obj_t re_findall_impl(re_pattern_t *pat, mp_obj_t string, mp_obj_t pos, mp_obj_t endpos) {
    re_scan_t sc = {0};
    re_scan_init(&sc, pat, string, pos, endpos);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    while (re_scan_next(&sc)) {
        mp_obj_list_append(list, re_scan_findall_item(&sc));
    }
    return list;
}

static mp_obj_t re_pattern_findall(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 3, re_scan_args, v);
    return re_findall_impl(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_findall_obj, 2, re_pattern_findall);

typedef struct _re_finditer_t {
    mp_obj_polymorph_iter_t base;
    re_scan_t sc;
} re_finditer_t;

static mp_obj_t re_finditer_iternext(mp_obj_t self_in) {
    re_finditer_t *it = MP_OBJ_TO_PTR(self_in);
    if (!re_scan_next(&it->sc)) {
        return MP_OBJ_STOP_ITERATION;
    }
    return re_new_match(it->sc.pat, &it->sc.s, it->sc.ov, it->sc.start_b, it->sc.end_b);
}

static mp_obj_t re_finditer_impl(re_pattern_t *pat, mp_obj_t string, mp_obj_t pos, mp_obj_t endpos) {
    re_finditer_t *it = m_new_obj(re_finditer_t);
    it->base.base.type = &mp_type_polymorph_iter;
    it->base.iternext = re_finditer_iternext;
    re_scan_init(&it->sc, pat, string, pos, endpos);
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t re_pattern_finditer(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 3, re_scan_args, v);
    return re_finditer_impl(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_finditer_obj, 2, re_pattern_finditer);

// ---- split ----

static mp_obj_t re_split_impl(re_pattern_t *pat, mp_obj_t string, mp_int_t maxsplit) {
    re_scan_t sc = {0};
    re_scan_init(&sc, pat, string, MP_OBJ_NULL, MP_OBJ_NULL);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t last = 0;
    mp_int_t n = 0;
    while ((maxsplit == 0 || n < maxsplit) && maxsplit >= 0 && re_scan_next(&sc)) {
        mp_obj_list_append(list, re_slice(&sc.s, last, sc.ov[0]));
        for (uint32_t g = 1; g <= pat->groups; g++) {
            mp_int_t a = sc.ov[2 * g];
            mp_obj_list_append(list, a < 0 ? mp_const_none : re_slice(&sc.s, a, sc.ov[2 * g + 1]));
        }
        last = sc.ov[1];
        n++;
    }
    mp_obj_list_append(list, re_slice(&sc.s, last, sc.s.len));
    return list;
}

static mp_obj_t re_pattern_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t v[2];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, v);
    return re_split_impl(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_split_obj, 2, re_pattern_split);

// ---- replacement templates ----
// A parsed template is a list of items: a str/bytes literal, or a small int group number.

static mp_int_t re_group_by_name(re_pattern_t *pat, const byte *name, size_t len, bool *found) {
    mp_obj_t key = mp_obj_new_str((const char *)name, len);
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(pat->groupindex), key, MP_MAP_LOOKUP);
    *found = e != NULL;
    return e != NULL ? MP_OBJ_SMALL_INT_VALUE(e->value) : -1;
}

static void re_template_flush(mp_obj_t items, vstr_t *lit, bool is_str) {
    if (lit->len > 0) {
        mp_obj_list_append(items, is_str ? mp_obj_new_str(lit->buf, lit->len) : mp_obj_new_bytes((const byte *)lit->buf, lit->len));
        lit->len = 0;
    }
}

static mp_obj_t re_template_parse(re_pattern_t *pat, mp_obj_t tmpl) {
    bool is_str = mp_obj_is_str(tmpl);
    size_t len;
    const byte *t;
    if (is_str) {
        if (pat->is_bytes) {
            mp_raise_msg_varg(&mp_type_TypeError, "expected a bytes-like object, str found");
        }
        t = (const byte *)mp_obj_str_get_data(tmpl, &len);
    } else {
        mp_buffer_info_t bi;
        if (!mp_get_buffer(tmpl, &bi, MP_BUFFER_READ) || !pat->is_bytes) {
            mp_raise_msg_varg(&mp_type_TypeError, "expected str instance, %s found", mp_obj_get_type_str(tmpl));
        }
        t = bi.buf;
        len = bi.len;
    }
    re_current_source = tmpl;
    mp_obj_t items = mp_obj_new_list(0, NULL);
    vstr_t lit;
    vstr_init(&lit, len + 1);
    size_t i = 0;
    while (i < len) {
        byte c = t[i];
        if (c != '\\') {
            vstr_add_byte(&lit, c);
            i++;
            continue;
        }
        if (i + 1 >= len) {
            re_raise_error("bad escape (end of pattern) at position %u", (unsigned)i);
        }
        byte d = t[i + 1];
        mp_int_t group = -1;
        if (d == 'g') {
            size_t k = i + 2;
            if (k >= len || t[k] != '<') {
                re_raise_error("missing < at position %u", (unsigned)k);
            }
            size_t start = k + 1;
            size_t end = start;
            while (end < len && t[end] != '>') {
                end++;
            }
            if (end >= len) {
                re_raise_error("missing >, unterminated name at position %u", (unsigned)start);
            }
            if (end == start) {
                re_raise_error("missing group name at position %u", (unsigned)start);
            }
            bool digits = true;
            for (size_t q = start; q < end; q++) {
                if (t[q] < '0' || t[q] > '9') {
                    digits = false;
                }
            }
            if (digits) {
                group = 0;
                for (size_t q = start; q < end && group <= (mp_int_t)pat->groups; q++) {
                    group = group * 10 + (t[q] - '0');
                }
                if (group > (mp_int_t)pat->groups) {
                    re_raise_error("invalid group reference %.*s at position %u", (int)(end - start), (const char *)t + start, (unsigned)start);
                }
            } else {
                for (size_t q = start; q < end; q++) {
                    byte ch = t[q];
                    bool ok = ch == '_' || unichar_isalpha(ch) || (ch >= 0x80 && is_str) || (q > start && unichar_isdigit(ch));
                    if (!ok) {
                        re_raise_error("bad character in group name '%.*s' at position %u", (int)(end - start), (const char *)t + start, (unsigned)start);
                    }
                }
                bool found;
                group = re_group_by_name(pat, t + start, end - start, &found);
                if (!found) {
                    mp_raise_msg_varg(&mp_type_IndexError, "unknown group name '%.*s'", (int)(end - start), (const char *)t + start);
                }
            }
            i = end + 1;
        } else if (d == '0' || (d <= '7' && d >= '1' && i + 3 < len && t[i + 2] >= '0' && t[i + 2] <= '7'
                   && t[i + 3] >= '0' && t[i + 3] <= '7')) {
            // octal escape: \0 with up to two more octal digits, or three octal digits
            unsigned v = 0;
            size_t k = i + 1;
            while (k < len && k < i + 4 && t[k] >= '0' && t[k] <= '7') {
                v = v * 8 + (t[k] - '0');
                k++;
            }
            if (v > 0377) {
                re_raise_error("octal escape value \\%.*s outside of range 0-0o377 at position %u", (int)(k - i - 1), (const char *)t + i + 1, (unsigned)i);
            }
            if (is_str) {
                vstr_add_char(&lit, v);
            } else {
                vstr_add_byte(&lit, v);
            }
            i = k;
            continue;
        } else if (d >= '1' && d <= '9') {
            group = d - '0';
            size_t k = i + 2;
            if (k < len && t[k] >= '0' && t[k] <= '9') {
                group = group * 10 + (t[k] - '0');
                k++;
            }
            if (group > (mp_int_t)pat->groups) {
                re_raise_error("invalid group reference %d at position %u", (int)group, (unsigned)(i + 1));
            }
            i = k;
        } else {
            const char *esc = strchr("a\ab\bf\fn\nr\rt\tv\v\\\\", d);
            if (esc != NULL && d != 0 && ((esc - "a\ab\bf\fn\nr\rt\tv\v\\\\") % 2) == 0) {
                vstr_add_byte(&lit, esc[1]);
            } else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                re_raise_error("bad escape \\%c at position %u", d, (unsigned)i);
            } else {
                vstr_add_byte(&lit, '\\');
                vstr_add_byte(&lit, d);
            }
            i += 2;
            continue;
        }
        re_template_flush(items, &lit, is_str);
        mp_obj_list_append(items, MP_OBJ_NEW_SMALL_INT(group));
    }
    re_template_flush(items, &lit, is_str);
    re_current_source = MP_OBJ_NULL;
    return items;
}

// Appends the expansion of parsed template items for a match (byte spans ov over p) to out.
static void re_template_expand(vstr_t *out, mp_obj_t items, const byte *p, const mp_int_t *ov) {
    size_t n;
    mp_obj_t *it;
    mp_obj_list_get(items, &n, &it);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_small_int(it[i])) {
            mp_int_t g = MP_OBJ_SMALL_INT_VALUE(it[i]);
            if (ov[2 * g] >= 0) {
                vstr_add_strn(out, (const char *)p + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            }
        } else {
            size_t l;
            const char *s = mp_obj_str_get_data(it[i], &l);
            vstr_add_strn(out, s, l);
        }
    }
}

// ---- sub / subn ----

static mp_obj_t re_sub_impl(re_pattern_t *pat, mp_obj_t repl, mp_obj_t string, mp_int_t count, bool want_n) {
    re_scan_t sc = {0};
    re_scan_init(&sc, pat, string, MP_OBJ_NULL, MP_OBJ_NULL);
    bool callable = !mp_obj_is_str(repl) && !mp_obj_is_type(repl, &mp_type_bytes) && mp_obj_is_callable(repl);
    mp_obj_t items = callable ? MP_OBJ_NULL : re_template_parse(pat, repl);
    vstr_t out;
    vstr_init(&out, sc.s.len + 16);
    size_t last = 0;
    mp_int_t n = 0;
    while ((count == 0 || n < count) && count >= 0 && re_scan_next(&sc)) {
        vstr_add_strn(&out, (const char *)sc.s.p + last, sc.ov[0] - last);
        if (callable) {
            mp_obj_t m = re_new_match(pat, &sc.s, sc.ov, sc.start_b, sc.end_b);
            mp_obj_t r = mp_call_function_1(repl, m);
            if (sc.s.is_str ? !mp_obj_is_str(r) : !mp_obj_is_type(r, &mp_type_bytes)) {
                mp_buffer_info_t bi;
                if (!sc.s.is_str && mp_get_buffer(r, &bi, MP_BUFFER_READ)) {
                    vstr_add_strn(&out, bi.buf, bi.len);
                } else {
                    mp_raise_msg_varg(&mp_type_TypeError, "expected %s instance, %s found",
                        sc.s.is_str ? "str" : "a bytes-like object", mp_obj_get_type_str(r));
                }
            } else {
                size_t l;
                const char *s = mp_obj_str_get_data(r, &l);
                vstr_add_strn(&out, s, l);
            }
        } else {
            re_template_expand(&out, items, sc.s.p, sc.ov);
        }
        last = sc.ov[1];
        n++;
    }
    vstr_add_strn(&out, (const char *)sc.s.p + last, sc.s.len - last);
    mp_obj_t res = sc.s.is_str ? mp_obj_new_str(out.buf, out.len) : mp_obj_new_bytes((const byte *)out.buf, out.len);
    if (want_n) {
        mp_obj_t t[2] = { res, mp_obj_new_int(n) };
        return mp_obj_new_tuple(2, t);
    }
    return res;
}

static const mp_arg_t re_sub_args[] = {
    { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_count, MP_ARG_INT, {.u_int = 0} },
};

static mp_obj_t re_pattern_sub(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 3, re_sub_args, v);
    return re_sub_impl(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_int, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_sub_obj, 3, re_pattern_sub);

static mp_obj_t re_pattern_subn(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 3, re_sub_args, v);
    return re_sub_impl(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_int, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_subn_obj, 3, re_pattern_subn);

// ---- Pattern type ----

static void re_print_flags(const mp_print_t *print, mp_int_t flags, bool is_str) {
    static const struct { mp_int_t bit; const char *name; } names[] = {
        { RE_FLAG_TEMPLATE, "re.TEMPLATE" }, { RE_FLAG_I, "re.IGNORECASE" }, { RE_FLAG_L, "re.LOCALE" },
        { RE_FLAG_M, "re.MULTILINE" }, { RE_FLAG_S, "re.DOTALL" }, { RE_FLAG_U, "re.UNICODE" },
        { RE_FLAG_X, "re.VERBOSE" }, { RE_FLAG_DEBUG, "re.DEBUG" }, { RE_FLAG_A, "re.ASCII" },
    };
    if (is_str) {
        flags &= ~RE_FLAG_U;
    }
    bool first = true;
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (flags & names[i].bit) {
            mp_printf(print, "%s%s", first ? "" : "|", names[i].name);
            first = false;
            flags &= ~names[i].bit;
        }
    }
    if (flags) {
        mp_printf(print, "%s0x%x", first ? "" : "|", (unsigned)flags);
    }
}

static void re_pattern_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    re_pattern_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "re.compile(");
    mp_obj_print_helper(print, self->pattern, PRINT_REPR);
    mp_int_t f = self->flags & ~(self->is_bytes ? 0 : RE_FLAG_U);
    if (f) {
        mp_print_str(print, ", ");
        re_print_flags(print, f, !self->is_bytes);
    }
    mp_print_str(print, ")");
}

static void re_pattern_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_pattern_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_pattern:
            dest[0] = self->pattern;
            break;
        case MP_QSTR_flags:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->flags);
            break;
        case MP_QSTR_groups:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->groups);
            break;
        case MP_QSTR_groupindex: {
            // a copy: changing it cannot corrupt the pattern
            mp_obj_t d = mp_obj_new_dict(0);
            size_t i = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_iter_next(mp_obj_dict_get_map(self->groupindex), &i)) != NULL) {
                mp_obj_dict_store(d, e->key, e->value);
            }
            dest[0] = d;
            break;
        }
        default:
            break;
    }
}

static mp_obj_t re_pattern_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_EQUAL && mp_obj_is_type(rhs, &re_pattern_type)) {
        re_pattern_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
        return mp_obj_new_bool(a == b || (a->flags == b->flags && a->is_bytes == b->is_bytes && mp_obj_equal(a->pattern, b->pattern)));
    }
    return MP_OBJ_NULL;
}

static const mp_rom_map_elem_t re_pattern_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&re_pattern_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&re_pattern_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&re_pattern_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&re_pattern_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&re_pattern_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&re_pattern_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&re_pattern_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&re_pattern_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&re_pattern_del_obj) },
};
static MP_DEFINE_CONST_DICT(re_pattern_locals, re_pattern_locals_table);

const mp_obj_type_t re_pattern_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_Pattern,
    .print = re_pattern_print,
    .binary_op = re_pattern_binary_op,
    .attr = re_pattern_attr,
    .locals_dict = (mp_obj_dict_t *)&re_pattern_locals,
};

// ---- Match type ----

static mp_int_t re_match_group_index(re_match_t *m, mp_obj_t g) {
    mp_int_t i;
    if (mp_obj_is_int(g) && mp_obj_get_int_maybe(g, &i)) {
        if (i >= 0 && i <= (mp_int_t)m->pat->groups) {
            return i;
        }
    } else if (mp_obj_is_str(g)) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(m->pat->groupindex), g, MP_MAP_LOOKUP);
        if (e != NULL) {
            return MP_OBJ_SMALL_INT_VALUE(e->value);
        }
    }
    mp_raise_msg(&mp_type_IndexError, "no such group");
}

static mp_obj_t re_match_get(re_match_t *m, mp_int_t g, mp_obj_t dflt) {
    mp_int_t a = m->bspan[2 * g];
    if (a < 0) {
        return dflt;
    }
    size_t len;
    const byte *p = (const byte *)mp_obj_str_get_data(m->data, &len);
    mp_int_t b = m->bspan[2 * g + 1];
    if (mp_obj_is_str(m->data)) {
        return mp_obj_new_str((const char *)p + a, b - a);
    }
    return mp_obj_new_bytes(p + a, b - a);
}

static mp_obj_t re_match_group(size_t n_args, const mp_obj_t *args) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return re_match_get(m, 0, mp_const_none);
    }
    if (n_args == 2) {
        return re_match_get(m, re_match_group_index(m, args[1]), mp_const_none);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, NULL));
    for (size_t i = 1; i < n_args; i++) {
        t->items[i - 1] = re_match_get(m, re_match_group_index(m, args[i]), mp_const_none);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(re_match_group_obj, 1, re_match_group);

static mp_obj_t re_match_groups(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_default, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t v[1];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 1, allowed, v);
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(m->pat->groups, NULL));
    for (uint32_t i = 1; i <= m->pat->groups; i++) {
        t->items[i - 1] = re_match_get(m, i, v[0].u_obj);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_groups_obj, 1, re_match_groups);

static mp_obj_t re_match_groupdict(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_default, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t v[1];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 1, allowed, v);
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t d = mp_obj_new_dict(0);
    // in group-number order, as CPython lists them
    mp_obj_tuple_t *names = MP_OBJ_TO_PTR(m->pat->names);
    for (uint32_t i = 1; i <= m->pat->groups; i++) {
        if (names->items[i] != mp_const_none) {
            mp_obj_dict_store(d, names->items[i], re_match_get(m, i, v[0].u_obj));
        }
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_groupdict_obj, 1, re_match_groupdict);

static mp_int_t re_match_arg_group(re_match_t *m, size_t n_args, const mp_obj_t *args) {
    return n_args > 1 ? re_match_group_index(m, args[1]) : 0;
}

static mp_obj_t re_match_start(size_t n_args, const mp_obj_t *args) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    return MP_OBJ_NEW_SMALL_INT(m->cspan[2 * re_match_arg_group(m, n_args, args)]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_start_obj, 1, 2, re_match_start);

static mp_obj_t re_match_end(size_t n_args, const mp_obj_t *args) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    return MP_OBJ_NEW_SMALL_INT(m->cspan[2 * re_match_arg_group(m, n_args, args) + 1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_end_obj, 1, 2, re_match_end);

static mp_obj_t re_match_span(size_t n_args, const mp_obj_t *args) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_int_t g = re_match_arg_group(m, n_args, args);
    mp_obj_t t[2] = { MP_OBJ_NEW_SMALL_INT(m->cspan[2 * g]), MP_OBJ_NEW_SMALL_INT(m->cspan[2 * g + 1]) };
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_span_obj, 1, 2, re_match_span);

static mp_obj_t re_match_expand(mp_obj_t self_in, mp_obj_t tmpl) {
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    mp_obj_t items = re_template_parse(m->pat, tmpl);
    size_t len;
    const byte *p = (const byte *)mp_obj_str_get_data(m->data, &len);
    vstr_t out;
    vstr_init(&out, 16);
    re_template_expand(&out, items, p, m->bspan);
    if (mp_obj_is_str(m->data)) {
        return mp_obj_new_str(out.buf, out.len);
    }
    return mp_obj_new_bytes((const byte *)out.buf, out.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(re_match_expand_obj, re_match_expand);

static void re_match_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<re.Match object; span=(%d, %d), match=", (int)m->cspan[0], (int)m->cspan[1]);
    mp_obj_print_helper(print, re_match_get(m, 0, mp_const_none), PRINT_REPR);
    mp_print_str(print, ">");
}

static void re_match_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_string:
            dest[0] = m->string;
            break;
        case MP_QSTR_re:
            dest[0] = MP_OBJ_FROM_PTR(m->pat);
            break;
        case MP_QSTR_pos:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->pos);
            break;
        case MP_QSTR_endpos:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->endpos);
            break;
        case MP_QSTR_lastindex:
            dest[0] = m->lastindex < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(m->lastindex);
            break;
        case MP_QSTR_lastgroup:
            dest[0] = m->lastindex < 0 ? mp_const_none : ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(m->pat->names))->items[m->lastindex];
            break;
        case MP_QSTR_regs: {
            size_t n = (size_t)m->pat->groups + 1;
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
            for (size_t i = 0; i < n; i++) {
                mp_obj_t s[2] = { MP_OBJ_NEW_SMALL_INT(m->cspan[2 * i]), MP_OBJ_NEW_SMALL_INT(m->cspan[2 * i + 1]) };
                t->items[i] = mp_obj_new_tuple(2, s);
            }
            dest[0] = MP_OBJ_FROM_PTR(t);
            break;
        }
        default:
            break;
    }
}

static mp_obj_t re_match_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    return re_match_get(m, re_match_group_index(m, index), mp_const_none);
}

static const mp_rom_map_elem_t re_match_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&re_match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&re_match_groups_obj) },
    { MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&re_match_groupdict_obj) },
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&re_match_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&re_match_end_obj) },
    { MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&re_match_span_obj) },
    { MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&re_match_expand_obj) },
};
static MP_DEFINE_CONST_DICT(re_match_locals, re_match_locals_table);

const mp_obj_type_t re_match_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_Match,
    .print = re_match_print,
    .attr = re_match_attr,
    .subscr = re_match_subscr,
    .locals_dict = (mp_obj_dict_t *)&re_match_locals,
};

// ---- module functions ----

static mp_obj_t re_mod_compile(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(re_get_pattern(args[0], n_args > 1 ? args[1] : MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_mod_compile_obj, 1, 2, re_mod_compile);

static const mp_arg_t re_mod_match_args[] = {
    { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_flags, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static mp_obj_t re_mod_match_common(size_t n_args, const mp_obj_t *args, mp_map_t *kw, int what) {
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args, args, kw, 3, re_mod_match_args, v);
    re_pattern_t *p = re_get_pattern(v[0].u_obj, v[2].u_obj);
    switch (what) {
        case 0: return re_do_match(p, v[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL, RE_MATCH);
        case 1: return re_do_match(p, v[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL, RE_SEARCH);
        case 2: return re_do_match(p, v[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL, RE_FULLMATCH);
        case 3: return re_findall_impl(p, v[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL);
        default: return re_finditer_impl(p, v[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL);
    }
}

static mp_obj_t re_mod_match(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_mod_match_common(n_args, args, kw, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_match_obj, 2, re_mod_match);

static mp_obj_t re_mod_search(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_mod_match_common(n_args, args, kw, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_search_obj, 2, re_mod_search);

static mp_obj_t re_mod_fullmatch(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_mod_match_common(n_args, args, kw, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_fullmatch_obj, 2, re_mod_fullmatch);

static mp_obj_t re_mod_findall(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_mod_match_common(n_args, args, kw, 3);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_findall_obj, 2, re_mod_findall);

static mp_obj_t re_mod_finditer(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return re_mod_match_common(n_args, args, kw, 4);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_finditer_obj, 2, re_mod_finditer);

static mp_obj_t re_mod_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_flags, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t v[4];
    mp_arg_parse_all(n_args, args, kw, 4, allowed, v);
    return re_split_impl(re_get_pattern(v[0].u_obj, v[3].u_obj), v[1].u_obj, v[2].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_split_obj, 2, re_mod_split);

static const mp_arg_t re_mod_sub_args[] = {
    { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_count, MP_ARG_INT, {.u_int = 0} },
    { MP_QSTR_flags, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static mp_obj_t re_mod_sub(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[5];
    mp_arg_parse_all(n_args, args, kw, 5, re_mod_sub_args, v);
    return re_sub_impl(re_get_pattern(v[0].u_obj, v[4].u_obj), v[1].u_obj, v[2].u_obj, v[3].u_int, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_sub_obj, 3, re_mod_sub);

static mp_obj_t re_mod_subn(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[5];
    mp_arg_parse_all(n_args, args, kw, 5, re_mod_sub_args, v);
    return re_sub_impl(re_get_pattern(v[0].u_obj, v[4].u_obj), v[1].u_obj, v[2].u_obj, v[3].u_int, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_mod_subn_obj, 3, re_mod_subn);

// escape(): a backslash before each of ()[]{}?*+-|^$\.&~# and whitespace, as Python 3.7+.
static mp_obj_t re_mod_escape(mp_obj_t s_in) {
    bool is_str = mp_obj_is_str(s_in);
    size_t len;
    const char *s;
    if (is_str) {
        s = mp_obj_str_get_data(s_in, &len);
    } else {
        mp_buffer_info_t bi;
        if (!mp_get_buffer(s_in, &bi, MP_BUFFER_READ)) {
            mp_raise_msg_varg(&mp_type_TypeError, "expected str or bytes, got '%s'", mp_obj_get_type_str(s_in));
        }
        s = bi.buf;
        len = bi.len;
    }
    vstr_t out;
    vstr_init(&out, len + 8);
    for (size_t i = 0; i < len; i++) {
        if (s[i] != 0 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", s[i]) != NULL) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, s[i]);
    }
    if (is_str) {
        return mp_obj_new_str(out.buf, out.len);
    }
    return mp_obj_new_bytes((const byte *)out.buf, out.len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_mod_escape_obj, re_mod_escape);

static mp_obj_t re_mod_purge(void) {
    mp_map_t *m = re_module_map();
    mp_map_elem_t *e = m == NULL ? NULL : mp_map_lookup(m, MP_OBJ_NEW_QSTR(MP_QSTR__cache), MP_MAP_LOOKUP);
    if (e != NULL && mp_obj_is_type(e->value, &mp_type_dict)) {
        mp_map_clear(mp_obj_dict_get_map(e->value));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(re_mod_purge_obj, re_mod_purge);

// Runs once on import: the error class and the cache go into the module's (heap) globals.
static mp_obj_t re_mod_init(mp_obj_t module) {
    mp_obj_dict_t *g = mp_obj_module_get_globals(module);
    mp_obj_t bases = mp_obj_new_tuple(1, (mp_obj_t[]){ MP_OBJ_FROM_PTR(&mp_type_Exception) });
    mp_obj_t err = mp_obj_new_type(MP_QSTR_error, bases, mp_obj_new_dict(0));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR_error), err);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR_PatternError), err);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR__cache), mp_obj_new_dict(0));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_mod_init_obj, re_mod_init);

static const mp_rom_map_elem_t re_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_re) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&re_mod_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&re_mod_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&re_mod_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&re_mod_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&re_mod_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&re_mod_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&re_mod_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&re_mod_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&re_mod_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&re_mod_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR_escape), MP_ROM_PTR(&re_mod_escape_obj) },
    { MP_ROM_QSTR(MP_QSTR_purge), MP_ROM_PTR(&re_mod_purge_obj) },
    { MP_ROM_QSTR(MP_QSTR_Pattern), MP_ROM_PTR(&re_pattern_type) },
    { MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_PTR(&re_match_type) },
    { MP_ROM_QSTR(MP_QSTR_NOFLAG), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_T), MP_ROM_INT(RE_FLAG_TEMPLATE) },
    { MP_ROM_QSTR(MP_QSTR_TEMPLATE), MP_ROM_INT(RE_FLAG_TEMPLATE) },
    { MP_ROM_QSTR(MP_QSTR_I), MP_ROM_INT(RE_FLAG_I) },
    { MP_ROM_QSTR(MP_QSTR_IGNORECASE), MP_ROM_INT(RE_FLAG_I) },
    { MP_ROM_QSTR(MP_QSTR_L), MP_ROM_INT(RE_FLAG_L) },
    { MP_ROM_QSTR(MP_QSTR_LOCALE), MP_ROM_INT(RE_FLAG_L) },
    { MP_ROM_QSTR(MP_QSTR_M), MP_ROM_INT(RE_FLAG_M) },
    { MP_ROM_QSTR(MP_QSTR_MULTILINE), MP_ROM_INT(RE_FLAG_M) },
    { MP_ROM_QSTR(MP_QSTR_S), MP_ROM_INT(RE_FLAG_S) },
    { MP_ROM_QSTR(MP_QSTR_DOTALL), MP_ROM_INT(RE_FLAG_S) },
    { MP_ROM_QSTR(MP_QSTR_U), MP_ROM_INT(RE_FLAG_U) },
    { MP_ROM_QSTR(MP_QSTR_UNICODE), MP_ROM_INT(RE_FLAG_U) },
    { MP_ROM_QSTR(MP_QSTR_X), MP_ROM_INT(RE_FLAG_X) },
    { MP_ROM_QSTR(MP_QSTR_VERBOSE), MP_ROM_INT(RE_FLAG_X) },
    { MP_ROM_QSTR(MP_QSTR_DEBUG), MP_ROM_INT(RE_FLAG_DEBUG) },
    { MP_ROM_QSTR(MP_QSTR_A), MP_ROM_INT(RE_FLAG_A) },
    { MP_ROM_QSTR(MP_QSTR_ASCII), MP_ROM_INT(RE_FLAG_A) },
};
MP_DEFINE_CONST_MODULE(mp_module_re, re_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_re, mp_module_re);
