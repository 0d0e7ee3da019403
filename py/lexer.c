// py/lexer.c: the tokenizer (see py/lexer.h for the token stream it produces).
//
// Layout of the work:
//   - mp_lexer_init checks once that the whole buffer is valid UTF-8, so the rest of the lexer
//     can treat every byte >= 0x80 as part of an identifier or a literal without re-checking.
//   - mp_lexer_next first drains pending DEDENTs, then (at the beginning of a logical line
//     outside brackets) measures indentation, then skips blanks/comments/continuations and
//     reads one token.
//   - Names are interned with qstr_from_strn (keywords are recognised before interning, by a
//     table lookup on the first letter). Number literals become objects right away.
//   - String literals without escapes point straight into the source; others are decoded into
//     the reusable scratch buffer lex->buf. Nothing is allocated per character.
//
// Indentation: tabs advance to the next multiple of 8, form feed resets the count. indent[]
// holds the columns of the open blocks, strictly increasing, indent[0] == 0. alt_indent[]
// holds the same columns measured with tabs as 1; the two must order lines the same way, else
// the indentation depends on the tab size and is rejected (as CPython does).
#include <stdio.h>
#include <string.h>

#include "py/lexer.h"
#include "py/runtime.h"
#include "py/uniname.h"

// ---- errors ----

NORETURN void mp_lexer_raise(qstr source_file, uint32_t line, const char *msg, bool indentation) {
    mp_obj_t exc = mp_obj_new_exception_msg(indentation ? &mp_type_IndentationError : &mp_type_SyntaxError, msg);
    // no block name: the traceback line reads `File "x.py", line N` (MicroPython's format)
    mp_obj_exception_add_traceback(exc, source_file, line, MP_QSTRnull);
    nlr_raise(exc);
}

static NORETURN void lex_error(mp_lexer_t *lex, const char *msg) {
    mp_lexer_raise(lex->source_file, lex->line, msg, false);
}

// Formats a message into a small stack buffer then raises it.
static NORETURN void lex_error_fmt(mp_lexer_t *lex, uint32_t line, const char *fmt, ...) {
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    mp_lexer_raise(lex->source_file, line, msg, false);
}

// ---- token names ----

static const char *const token_names[MP_TOKEN_NUM_KINDS] = {
    [MP_TOKEN_END] = "end of input", [MP_TOKEN_NEWLINE] = "newline", [MP_TOKEN_INDENT] = "indent",
    [MP_TOKEN_DEDENT] = "dedent", [MP_TOKEN_NAME] = "name", [MP_TOKEN_NUMBER] = "number",
    [MP_TOKEN_STRING] = "string", [MP_TOKEN_BYTES] = "bytes", [MP_TOKEN_FSTRING] = "f-string",
    [MP_TOKEN_KW_FALSE] = "False", [MP_TOKEN_KW_NONE] = "None", [MP_TOKEN_KW_TRUE] = "True",
    [MP_TOKEN_KW_AND] = "and", [MP_TOKEN_KW_AS] = "as", [MP_TOKEN_KW_ASSERT] = "assert",
    [MP_TOKEN_KW_ASYNC] = "async", [MP_TOKEN_KW_AWAIT] = "await", [MP_TOKEN_KW_BREAK] = "break",
    [MP_TOKEN_KW_CLASS] = "class", [MP_TOKEN_KW_CONTINUE] = "continue", [MP_TOKEN_KW_DEF] = "def",
    [MP_TOKEN_KW_DEL] = "del", [MP_TOKEN_KW_ELIF] = "elif", [MP_TOKEN_KW_ELSE] = "else",
    [MP_TOKEN_KW_EXCEPT] = "except", [MP_TOKEN_KW_FINALLY] = "finally", [MP_TOKEN_KW_FOR] = "for",
    [MP_TOKEN_KW_FROM] = "from", [MP_TOKEN_KW_GLOBAL] = "global", [MP_TOKEN_KW_IF] = "if",
    [MP_TOKEN_KW_IMPORT] = "import", [MP_TOKEN_KW_IN] = "in", [MP_TOKEN_KW_IS] = "is",
    [MP_TOKEN_KW_LAMBDA] = "lambda", [MP_TOKEN_KW_NONLOCAL] = "nonlocal", [MP_TOKEN_KW_NOT] = "not",
    [MP_TOKEN_KW_OR] = "or", [MP_TOKEN_KW_PASS] = "pass", [MP_TOKEN_KW_RAISE] = "raise",
    [MP_TOKEN_KW_RETURN] = "return", [MP_TOKEN_KW_TRY] = "try", [MP_TOKEN_KW_WHILE] = "while",
    [MP_TOKEN_KW_WITH] = "with", [MP_TOKEN_KW_YIELD] = "yield",
    [MP_TOKEN_LPAREN] = "(", [MP_TOKEN_RPAREN] = ")", [MP_TOKEN_LBRACKET] = "[",
    [MP_TOKEN_RBRACKET] = "]", [MP_TOKEN_LBRACE] = "{", [MP_TOKEN_RBRACE] = "}",
    [MP_TOKEN_COMMA] = ",", [MP_TOKEN_COLON] = ":", [MP_TOKEN_SEMICOLON] = ";", [MP_TOKEN_DOT] = ".",
    [MP_TOKEN_ELLIPSIS] = "...", [MP_TOKEN_ASSIGN] = "=", [MP_TOKEN_ARROW] = "->",
    [MP_TOKEN_WALRUS] = ":=",
    [MP_TOKEN_OP_PIPE] = "|", [MP_TOKEN_OP_CARET] = "^", [MP_TOKEN_OP_AMPERSAND] = "&",
    [MP_TOKEN_OP_LSHIFT] = "<<", [MP_TOKEN_OP_RSHIFT] = ">>", [MP_TOKEN_OP_PLUS] = "+",
    [MP_TOKEN_OP_MINUS] = "-", [MP_TOKEN_OP_STAR] = "*", [MP_TOKEN_OP_AT] = "@",
    [MP_TOKEN_OP_DBL_SLASH] = "//", [MP_TOKEN_OP_SLASH] = "/", [MP_TOKEN_OP_PERCENT] = "%",
    [MP_TOKEN_OP_DBL_STAR] = "**",
    [MP_TOKEN_DEL_PIPE_ASSIGN] = "|=", [MP_TOKEN_DEL_CARET_ASSIGN] = "^=",
    [MP_TOKEN_DEL_AMPERSAND_ASSIGN] = "&=", [MP_TOKEN_DEL_LSHIFT_ASSIGN] = "<<=",
    [MP_TOKEN_DEL_RSHIFT_ASSIGN] = ">>=", [MP_TOKEN_DEL_PLUS_ASSIGN] = "+=",
    [MP_TOKEN_DEL_MINUS_ASSIGN] = "-=", [MP_TOKEN_DEL_STAR_ASSIGN] = "*=",
    [MP_TOKEN_DEL_AT_ASSIGN] = "@=", [MP_TOKEN_DEL_DBL_SLASH_ASSIGN] = "//=",
    [MP_TOKEN_DEL_SLASH_ASSIGN] = "/=", [MP_TOKEN_DEL_PERCENT_ASSIGN] = "%=",
    [MP_TOKEN_DEL_DBL_STAR_ASSIGN] = "**=",
    [MP_TOKEN_OP_TILDE] = "~", [MP_TOKEN_OP_LESS] = "<", [MP_TOKEN_OP_MORE] = ">",
    [MP_TOKEN_OP_EQUAL] = "==", [MP_TOKEN_OP_LESS_EQUAL] = "<=", [MP_TOKEN_OP_MORE_EQUAL] = ">=",
    [MP_TOKEN_OP_NOT_EQUAL] = "!=",
};

const char *mp_lexer_token_name(mp_token_kind_t kind) {
    return kind < MP_TOKEN_NUM_KINDS && token_names[kind] ? token_names[kind] : "?";
}

// ---- keywords ----
// Keyword tokens are contiguous and in byte order of their spelling, so a keyword is found by
// scanning only the entries that share its first letter.

// kw_first[c - 'A'] is the first keyword token starting with letter c (0: none).
static uint8_t kw_first['z' - 'A' + 1];
static uint8_t kw_len[MP_TOKEN_KW_YIELD + 1];

static void keyword_table_init(void) {
    for (int k = MP_TOKEN_KW_YIELD; k >= MP_TOKEN_KW_FALSE; --k) {
        kw_first[token_names[k][0] - 'A'] = (uint8_t)k;
        kw_len[k] = (uint8_t)strlen(token_names[k]);
    }
}

static mp_token_kind_t keyword_lookup(const char *s, size_t len) {
    byte c = s[0];
    if (len < 2 || len > 8 || c < 'A' || c > 'z') {
        return MP_TOKEN_NAME;
    }
    int k = kw_first[c - 'A'];
    if (k == 0) {
        return MP_TOKEN_NAME;
    }
    for (; k <= MP_TOKEN_KW_YIELD && (byte)token_names[k][0] == c; ++k) {
        if (kw_len[k] == len && memcmp(token_names[k] + 1, s + 1, len - 1) == 0) {
            return (mp_token_kind_t)k;
        }
    }
    return MP_TOKEN_NAME;
}

// ---- UTF-8 validation ----
// Returns the offset of the first byte of an invalid sequence, or len if all is well.
// Rejects overlong forms, surrogates and code points above U+10FFFF, like CPython's decoder.
static size_t utf8_first_invalid(const byte *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        // ASCII fast path: 8 bytes at a time
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
        if (i >= len) {
            break;
        }
        byte c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t n;
        uint32_t cp;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + n >= len) {
            return i;
        }
        for (size_t j = 1; j <= n; ++j) {
            if ((s[i + j] & 0xc0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (s[i + j] & 0x3f);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
            return i;
        }
        i += n + 1;
    }
    return len;
}

// ---- init ----

void mp_lexer_init(mp_lexer_t *lex, const char *src, size_t len, qstr source_file, uint32_t line, int nest) {
    if (kw_len[MP_TOKEN_KW_FALSE] == 0) {
        keyword_table_init();
    }
    lex->src = src;
    lex->cur = src;
    lex->end = src + len;
    lex->line_start = src;
    lex->line = line;
    lex->source_file = source_file;
    lex->at_bol = nest == 0;
    lex->emitted_any = false;
    lex->n_indent = 1;
    lex->indent[0] = 0;
    lex->alt_indent[0] = 0;
    lex->pending_dedent = 0;
    lex->nest = nest;
    lex->base_nest = nest;
    for (int i = 0; i < nest && i < MP_LEXER_MAX_NEST; ++i) {
        lex->nest_char[i] = '(';
        lex->nest_line[i] = line;
    }
    lex->buf.buf = NULL; // allocated on the first string literal that needs decoding
    lex->buf.alloc = 0;
    lex->buf.len = 0;
    lex->buf.fixed_buf = false;
    size_t bad = utf8_first_invalid((const byte *)src, len);
    if (bad != len) {
        for (size_t i = 0; i < bad; ++i) {
            if (src[i] == '\n') {
                ++lex->line;
            }
        }
        lex_error(lex, "invalid UTF-8 in source");
    }
    // A UTF-8 byte order mark at the start is allowed and ignored.
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        lex->cur += 3;
        lex->line_start = lex->cur;
    }
    memset(&lex->tok, 0, sizeof(lex->tok));
}

// ---- small helpers ----

static inline bool is_ident_start(byte c) {
    return unichar_isalpha(c) || c == '_' || c >= 0x80;
}

static inline bool is_ident_char(byte c) {
    return unichar_isalpha(c) || unichar_isdigit(c) || c == '_' || c >= 0x80;
}

// Consumes a newline (\n, \r\n or \r) at lex->cur, which must be one.
static inline void eat_newline(mp_lexer_t *lex) {
    if (*lex->cur == '\r' && lex->cur + 1 < lex->end && lex->cur[1] == '\n') {
        ++lex->cur;
    }
    ++lex->cur;
    ++lex->line;
    lex->line_start = lex->cur;
}

static inline bool at_newline(const mp_lexer_t *lex) {
    return lex->cur < lex->end && (*lex->cur == '\n' || *lex->cur == '\r');
}

static void set_token(mp_lexer_t *lex, mp_token_kind_t kind, const char *start) {
    mp_token_t *t = &lex->tok;
    t->kind = kind;
    t->flags = 0;
    size_t col = start >= lex->line_start ? (size_t)(start - lex->line_start) : 0;
    t->col = col > 0xffff ? 0xffff : (uint16_t)col;
}

// ---- indentation ----
// Called at the beginning of a logical line outside brackets. Returns true if it produced a
// token (INDENT/DEDENT/NEWLINE/END); false when the line's tokens can be read.
static bool lex_indentation(mp_lexer_t *lex) {
    for (;;) {
        const char *p = lex->cur;
        unsigned col = 0;
        unsigned alt_col = 0; // the column with tabs counted as 1, to detect inconsistent use
        while (p < lex->end) {
            if (*p == ' ') {
                ++col;
                ++alt_col;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                ++alt_col;
            } else if (*p == '\f') {
                col = alt_col = 0;
            } else {
                break;
            }
            ++p;
        }
        lex->cur = p;
        if (p == lex->end) {
            return false; // the end-of-input logic in mp_lexer_next takes over
        }
        if (*p == '#') {
            while (lex->cur < lex->end && *lex->cur != '\n' && *lex->cur != '\r') {
                ++lex->cur;
            }
            if (lex->cur == lex->end) {
                return false;
            }
            eat_newline(lex);
            continue;
        }
        if (*p == '\n' || *p == '\r') {
            eat_newline(lex);
            continue;
        }
        lex->at_bol = false;
        unsigned cur_indent = lex->indent[lex->n_indent - 1];
        lex->tok.line = lex->line;
        if (col > 0xffff || alt_col > 0xffff) {
            col = alt_col = 0xffff;
        }
        if (col > cur_indent) {
            if (lex->n_indent >= MP_LEXER_MAX_INDENT) {
                mp_lexer_raise(lex->source_file, lex->line, "too many levels of indentation", true);
            }
            if (alt_col <= lex->alt_indent[lex->n_indent - 1]) {
                mp_lexer_raise(lex->source_file, lex->line, "inconsistent use of tabs and spaces in indentation", true);
            }
            lex->alt_indent[lex->n_indent] = (uint16_t)alt_col;
            lex->indent[lex->n_indent++] = (uint16_t)col;
            set_token(lex, MP_TOKEN_INDENT, p);
            return true;
        }
        if (col < cur_indent) {
            int n = 0;
            while (lex->n_indent > 1 && lex->indent[lex->n_indent - 1] > col) {
                --lex->n_indent;
                ++n;
            }
            if (lex->indent[lex->n_indent - 1] != col) {
                mp_lexer_raise(lex->source_file, lex->line, "unindent does not match any outer indentation level", true);
            }
            if (lex->alt_indent[lex->n_indent - 1] != alt_col) {
                mp_lexer_raise(lex->source_file, lex->line, "inconsistent use of tabs and spaces in indentation", true);
            }
            lex->pending_dedent = n - 1;
            set_token(lex, MP_TOKEN_DEDENT, p);
            return true;
        }
        if (alt_col != lex->alt_indent[lex->n_indent - 1]) {
            mp_lexer_raise(lex->source_file, lex->line, "inconsistent use of tabs and spaces in indentation", true);
        }
        return false;
    }
}

// ---- numbers ----

// Copies s[0:len) without underscores into buf (of size cap, or a heap buffer if too small)
// and returns the copy's length through *out_len.
static const char *strip_underscores(const char *s, size_t len, char *buf, size_t cap, size_t *out_len) {
    if (len > cap) {
        buf = m_new(char, len);
    }
    size_t n = 0;
    for (size_t i = 0; i < len; ++i) {
        if (s[i] != '_') {
            buf[n++] = s[i];
        }
    }
    *out_len = n;
    return buf;
}

// Scans digits valid for `base` with single underscores between them, starting at p. With
// allow_leading_underscore (after a 0x prefix) one underscore may come first. Returns the end.
// Errors if an underscore is not followed by a digit.
static const char *scan_digits(mp_lexer_t *lex, const char *p, int base, const char *what) {
    while (p < lex->end) {
        byte c = *p;
        if (c == '_') {
            ++p;
            if (p >= lex->end || !unichar_isxdigit((byte)*p) || unichar_xdigit_value((byte)*p) >= base) {
                lex_error_fmt(lex, lex->line, "invalid %s literal", what);
            }
            continue;
        }
        if (base == 16 ? unichar_isxdigit(c) : (c >= '0' && c < '0' + (base < 10 ? base : 10))) {
            ++p;
            continue;
        }
        break;
    }
    return p;
}

static void lex_number(mp_lexer_t *lex) {
    const char *start = lex->cur;
    const char *p = start;
    const char *end = lex->end;
    mp_token_t *t = &lex->tok;
    set_token(lex, MP_TOKEN_NUMBER, start);
    char tmp[64];

    if (*p == '0' && p + 1 < end && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' || p[1] == 'b' || p[1] == 'B')) {
        byte kc = p[1] | 0x20;
        int base = kc == 'x' ? 16 : kc == 'o' ? 8 : 2;
        const char *what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        p += 2;
        if (p < end && *p == '_') {
            ++p;
        }
        const char *digits = p;
        p = scan_digits(lex, p, base, what);
        if (p < end && unichar_isdigit((byte)*p)) {
            lex_error_fmt(lex, lex->line, "invalid digit '%c' in %s literal", *p, what);
        }
        if (p == digits || (p < end && is_ident_char((byte)*p))) {
            lex_error_fmt(lex, lex->line, "invalid %s literal", what);
        }
        size_t n;
        const char *s = strip_underscores(digits, p - digits, tmp, sizeof(tmp), &n);
        t->obj = mp_parse_num_integer(s, n, base);
        lex->cur = p;
        return;
    }

    bool is_float = false;
    bool is_imag = false;
    if (*p != '.') {
        p = scan_digits(lex, p, 10, "decimal");
    }
    if (p < end && *p == '.') {
        is_float = true;
        ++p;
        if (p < end && unichar_isdigit((byte)*p)) {
            p = scan_digits(lex, p, 10, "decimal");
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) {
            ++q;
        }
        if (q < end && unichar_isdigit((byte)*q)) {
            is_float = true;
            p = scan_digits(lex, q, 10, "decimal");
        } else {
            lex_error(lex, "invalid decimal literal");
        }
    }
    if (p < end && (*p == 'j' || *p == 'J')) {
        is_imag = true;
        ++p;
    }
    if (p < end && is_ident_char((byte)*p)) {
        // "1if x else y" is accepted by CPython: allow a keyword right after a number.
        const char *q = p;
        while (q < end && is_ident_char((byte)*q)) {
            ++q;
        }
        if (keyword_lookup(p, q - p) == MP_TOKEN_NAME) {
            lex_error(lex, is_imag ? "invalid imaginary literal" : "invalid decimal literal");
        }
    }
    size_t n;
    if (is_float || is_imag) {
        const char *s = strip_underscores(start, p - start, tmp, sizeof(tmp), &n);
        t->obj = mp_parse_num_float(s, n, is_imag, false);
    } else {
        // Decimal int: leading zeros only allowed if the value is zero.
        if (*start == '0') {
            for (const char *q = start; q < p; ++q) {
                if (*q != '0' && *q != '_') {
                    lex_error(lex, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
            }
        }
        // Fast path: small values without underscores are computed here.
        mp_int_t v = 0;
        const char *q = start;
        for (; q < p && q - start < 18; ++q) {
            if (*q == '_') {
                break;
            }
            v = v * 10 + (*q - '0');
        }
        if (q == p && mp_small_int_fits(v)) {
            t->obj = MP_OBJ_NEW_SMALL_INT(v);
        } else {
            const char *s = strip_underscores(start, p - start, tmp, sizeof(tmp), &n);
            t->obj = mp_parse_num_integer(s, n, 10);
        }
    }
    lex->cur = p;
}

// ---- strings ----

// Reads exactly n hex digits at *pp for an escape; raises the CPython-like message otherwise.
static uint32_t read_hex_escape(mp_lexer_t *lex, const char **pp, const char *end, int n, bool is_bytes) {
    uint32_t v = 0;
    const char *p = *pp;
    for (int i = 0; i < n; ++i) {
        if (p >= end || !unichar_isxdigit((byte)*p)) {
            if (is_bytes) {
                lex_error(lex, "(value error) invalid \\x escape");
            }
            lex_error_fmt(lex, lex->line, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\%s escape",
                n == 2 ? "xXX" : n == 4 ? "uXXXX" : "UXXXXXXXX");
        }
        v = (v << 4) | unichar_xdigit_value((byte)*p);
        ++p;
    }
    *pp = p;
    return v;
}

// Where CPython reports an escape error: the offset of q in the literal s as its decoder sees
// the text, each non-ASCII character re-escaped as \UXXXXXXXX (10 bytes), CRLF read as LF.
static unsigned escape_error_pos(const char *s, const char *q) {
    unsigned pos = 0;
    for (; s < q; ++s) {
        byte b = (byte)*s;
        if (b >= 0xc0) {
            pos += 10;
        } else if (b < 0x80 && !(b == '\r' && s + 1 < q && s[1] == '\n')) {
            pos += 1;
        }
    }
    return pos;
}

// Decodes the \N{NAME} escape whose backslash is at bs (str literals only); returns where the
// text continues. Errors are CPython's, with positions counted by escape_error_pos.
static const char *decode_named_escape(mp_lexer_t *lex, vstr_t *out, const char *s, const char *bs, const char *end) {
    const char *p = bs + 2;
    const char *close = NULL;
    if (p < end && *p == '{') {
        close = memchr(p + 1, '}', end - (p + 1));
    }
    uint32_t cp;
    if (close == NULL || close == p + 1) {
        // CPython's span ends at the '{' of an empty name, at the text's end when '}' is missing
        const char *last = close != NULL ? p : p < end && *p == '{' ? end - 1 : bs + 1;
        lex_error_fmt(lex, lex->line, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: "
            "malformed \\N character escape", escape_error_pos(s, bs), escape_error_pos(s, last));
    }
    if (!mp_uniname_lookup(p + 1, close - (p + 1), &cp)) {
        lex_error_fmt(lex, lex->line, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: "
            "unknown Unicode character name", escape_error_pos(s, bs), escape_error_pos(s, close));
    }
    vstr_add_char(out, cp);
    return close + 1;
}

// Appends the decoding of the (non-raw) literal text s[0:len) to out. Newlines in the text are
// normalised to \n. Used for str/bytes tokens and for the literal parts of f-strings.
void mp_lexer_decode_escapes(mp_lexer_t *lex, vstr_t *out, const char *s, size_t len, bool is_bytes, bool is_raw) {
    const char *p = s;
    const char *end = s + len;
    while (p < end) {
        // copy a run of ordinary bytes at once
        const char *run = p;
        while (p < end && *p != '\\' && *p != '\r') {
            ++p;
        }
        if (p > run) {
            vstr_add_strn(out, run, p - run);
        }
        if (p >= end) {
            break;
        }
        if (*p == '\r') {
            vstr_add_byte(out, '\n');
            ++p;
            if (p < end && *p == '\n') {
                ++p;
            }
            continue;
        }
        // backslash
        if (is_raw || p + 1 >= end) {
            vstr_add_byte(out, '\\');
            ++p;
            if (p < end && *p != '\r') {
                vstr_add_byte(out, *p);
                ++p;
            }
            continue;
        }
        byte c = p[1];
        p += 2;
        switch (c) {
            case '\n':
                break;
            case '\r':
                if (p < end && *p == '\n') {
                    ++p;
                }
                break;
            case '\\':
            case '\'':
            case '"':
                vstr_add_byte(out, c);
                break;
            case 'a':
                vstr_add_byte(out, 7);
                break;
            case 'b':
                vstr_add_byte(out, 8);
                break;
            case 'f':
                vstr_add_byte(out, 12);
                break;
            case 'n':
                vstr_add_byte(out, '\n');
                break;
            case 'r':
                vstr_add_byte(out, '\r');
                break;
            case 't':
                vstr_add_byte(out, '\t');
                break;
            case 'v':
                vstr_add_byte(out, 11);
                break;
            case 'x': {
                uint32_t v = read_hex_escape(lex, &p, end, 2, is_bytes);
                if (is_bytes) {
                    vstr_add_byte(out, (byte)v);
                } else {
                    vstr_add_char(out, v);
                }
                break;
            }
            case 'u':
            case 'U':
            case 'N':
                if (is_bytes) {
                    vstr_add_byte(out, '\\');
                    vstr_add_byte(out, c);
                } else if (c == 'N') {
                    p = decode_named_escape(lex, out, s, p - 2, end);
                } else {
                    uint32_t v = read_hex_escape(lex, &p, end, c == 'u' ? 4 : 8, false);
                    if (v > 0x10ffff) {
                        lex_error(lex, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
                    }
                    vstr_add_char(out, v);
                }
                break;
            default:
                if (c >= '0' && c <= '7') {
                    uint32_t v = c - '0';
                    for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; ++i) {
                        v = v * 8 + (*p++ - '0');
                    }
                    if (is_bytes) {
                        vstr_add_byte(out, (byte)v);
                    } else {
                        vstr_add_char(out, v);
                    }
                } else {
                    // unknown escape: kept as written
                    vstr_add_byte(out, '\\');
                    vstr_add_byte(out, c);
                }
                break;
        }
    }
}

// ---- f-string extent (PEP 701) ----
// Pure scans over s[0:len) finding where an f-string, or the expression of one of its
// replacement fields, ends: inside a field, strings may reuse the enclosing quote (and be
// f-strings themselves), and backslashes, comments and brackets are skipped as the tokenizer
// would. MP_FSTRING_SCAN_ERROR when the text ends first or is malformed.

// Whether the identifier-like run just before the quote at s[q] is a string prefix.
static void fstring_prefix(const char *s, size_t q, bool *is_fmt, bool *is_raw) {
    size_t b = q;
    while (b > 0 && is_ident_char((byte)s[b - 1])) {
        --b;
    }
    *is_fmt = *is_raw = false;
    if (q - b > 2) {
        return;
    }
    bool f = false, r = false;
    for (size_t k = b; k < q; ++k) {
        byte c = s[k] | 0x20;
        if (c == 'f') {
            f = true;
        } else if (c == 'r') {
            r = true;
        } else if (c != 'b' && c != 'u') {
            return;
        }
    }
    *is_fmt = f;
    *is_raw = r;
}

static size_t fstring_skip_body(const char *s, size_t len, size_t i, char qc, bool triple, int depth);

static bool fstring_at_close(const char *s, size_t len, size_t i, char qc, bool triple) {
    return s[i] == qc && (!triple || (i + 2 < len && s[i + 1] == qc && s[i + 2] == qc));
}

// s[i] is a quote: the index after the closing quote of that string literal.
static size_t fstring_skip_string(const char *s, size_t len, size_t i, int depth) {
    bool is_fmt, is_raw;
    fstring_prefix(s, i, &is_fmt, &is_raw);
    char qc = s[i];
    bool triple = i + 2 < len && s[i + 1] == qc && s[i + 2] == qc;
    i += triple ? 3 : 1;
    if (is_fmt) {
        return depth > 100 ? MP_FSTRING_SCAN_ERROR : fstring_skip_body(s, len, i, qc, triple, depth + 1);
    }
    while (i < len) {
        if (s[i] == '\\') {
            i += 2;
        } else if (fstring_at_close(s, len, i, qc, triple)) {
            return i + (triple ? 3 : 1);
        } else if (!triple && (s[i] == '\n' || s[i] == '\r')) {
            return MP_FSTRING_SCAN_ERROR;
        } else {
            ++i;
        }
    }
    return MP_FSTRING_SCAN_ERROR;
}

size_t mp_lexer_fstring_skip_expr(const char *s, size_t len, size_t i, int depth) {
    int nest = 0;
    while (i < len) {
        char c = s[i];
        if (c == '\'' || c == '"') {
            i = fstring_skip_string(s, len, i, depth);
            if (i == MP_FSTRING_SCAN_ERROR) {
                return i;
            }
            continue;
        }
        if (c == '#') {
            while (i < len && s[i] != '\n' && s[i] != '\r') {
                ++i;
            }
            continue;
        }
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            ++nest;
        } else if (c == ')' || c == ']' || c == '}') {
            if (nest == 0) {
                return i;
            }
            --nest;
        } else if (nest == 0) {
            char c1 = i + 1 < len ? s[i + 1] : 0;
            if ((c == '!' || c == '=' || c == '<' || c == '>') && c1 == '=') {
                i += 2;
                continue;
            }
            if (c == '!' || c == ':' || c == '=') {
                return i;
            }
        }
        ++i;
    }
    return MP_FSTRING_SCAN_ERROR;
}

// A replacement field from just after its '{' to just after its '}'.
static size_t fstring_skip_field(const char *s, size_t len, size_t i, int depth) {
    i = mp_lexer_fstring_skip_expr(s, len, i, depth);
    if (i == MP_FSTRING_SCAN_ERROR) {
        return i;
    }
    if (s[i] == '=') {
        ++i;
    }
    if (i < len && s[i] == '!') {
        i += 2;
    }
    if (i < len && s[i] == ':') {
        ++i;
        while (i < len && s[i] != '}') {
            if (s[i] == '{') {
                i = fstring_skip_field(s, len, i + 1, depth + 1);
                if (i == MP_FSTRING_SCAN_ERROR) {
                    return i;
                }
            } else {
                i += s[i] == '\\' ? 2 : 1;
            }
        }
    }
    if (i >= len || s[i] != '}' || depth > 100) {
        return MP_FSTRING_SCAN_ERROR;
    }
    return i + 1;
}

// The body of an f-string from s[i] (after the opening quote): the index after its closing quote.
static size_t fstring_skip_body(const char *s, size_t len, size_t i, char qc, bool triple, int depth) {
    while (i < len) {
        char c = s[i];
        if (c == '\\') {
            // (\{ and \} leave the brace to the field syntax)
            i += (i + 1 < len && (s[i + 1] == '{' || s[i + 1] == '}')) ? 1 : 2;
        } else if (fstring_at_close(s, len, i, qc, triple)) {
            return i + (triple ? 3 : 1);
        } else if (!triple && (c == '\n' || c == '\r')) {
            return MP_FSTRING_SCAN_ERROR;
        } else if (c == '{' && i + 1 < len && s[i + 1] == '{') {
            i += 2;
        } else if (c == '{') {
            i = fstring_skip_field(s, len, i + 1, depth);
            if (i == MP_FSTRING_SCAN_ERROR) {
                return i;
            }
        } else {
            ++i;
        }
    }
    return MP_FSTRING_SCAN_ERROR;
}

// Lexes a string literal whose prefix letters occupy [start, quote) and whose opening quote is
// at `quote`.
static void lex_string(mp_lexer_t *lex, const char *start, const char *quote) {
    bool is_raw = false, is_bytes = false, is_fmt = false;
    for (const char *q = start; q < quote; ++q) {
        byte c = *q | 0x20;
        if (c == 'r') {
            is_raw = true;
        } else if (c == 'b') {
            is_bytes = true;
        } else if (c == 'f') {
            is_fmt = true;
        }
    }
    set_token(lex, is_fmt ? MP_TOKEN_FSTRING : is_bytes ? MP_TOKEN_BYTES : MP_TOKEN_STRING, start);
    uint32_t start_line = lex->line;
    const char *end = lex->end;
    char qc = *quote;
    const char *p = quote + 1;
    bool triple = false;
    if (p + 1 < end && p[0] == qc && p[1] == qc) {
        triple = true;
        p += 2;
    }
    const char *body = p;
    bool needs_decode = false;
    bool non_ascii = false;
    if (is_fmt) {
        // PEP 701: the f-string ends at the first quote outside its replacement fields. Text
        // that does not scan as such is left to the plain scan below, and the parser's messages.
        size_t r = fstring_skip_body(body, end - body, 0, qc, triple, 0);
        if (r != MP_FSTRING_SCAN_ERROR) {
            const char *close = body + r - (triple ? 3 : 1);
            for (const char *q = body; q < close; ++q) {
                if (*q == '\n' || (*q == '\r' && !(q + 1 < close && q[1] == '\n'))) {
                    ++lex->line;
                    lex->line_start = q + 1;
                }
            }
            p = close;
        }
    }
    for (;;) {
        if (p >= end) {
            lex->line = start_line;
            lex_error_fmt(lex, start_line, triple ? "unterminated triple-quoted string literal (detected at line %u)"
                : "unterminated string literal (detected at line %u)", (unsigned)start_line);
        }
        byte c = *p;
        if (c == qc) {
            if (!triple) {
                break;
            }
            if (p + 2 < end && p[1] == qc && p[2] == qc) {
                break;
            }
            ++p;
        } else if (c == '\\') {
            needs_decode = true;
            ++p;
            if (p < end) {
                if (*p == '\n' || *p == '\r') {
                    lex->cur = p;
                    eat_newline(lex);
                    p = lex->cur;
                } else {
                    ++p;
                }
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple) {
                lex_error_fmt(lex, start_line, "unterminated string literal (detected at line %u)", (unsigned)start_line);
            }
            needs_decode |= c == '\r';
            lex->cur = p;
            eat_newline(lex);
            p = lex->cur;
        } else {
            non_ascii |= c >= 0x80;
            ++p;
        }
    }
    const char *body_end = p;
    lex->cur = p + (triple ? 3 : 1);
    if (is_bytes && non_ascii) {
        lex_error_fmt(lex, start_line, "bytes can only contain ASCII literal characters");
    }
    mp_token_t *t = &lex->tok;
    t->line = start_line;
    if (is_fmt) {
        t->flags = (is_raw ? MP_TOKEN_FLAG_RAW : 0) | (triple ? MP_TOKEN_FLAG_TRIPLE : 0);
        t->str = body;
        t->len = body_end - body;
    } else if (!needs_decode || (is_raw && !memchr(body, '\r', body_end - body))) {
        t->str = body;
        t->len = body_end - body;
    } else {
        if (lex->buf.buf == NULL) {
            vstr_init(&lex->buf, 64);
        }
        vstr_reset(&lex->buf);
        uint32_t save_line = lex->line;
        lex->line = start_line; // escape errors are reported at the literal's first line
        mp_lexer_decode_escapes(lex, &lex->buf, body, body_end - body, is_bytes, is_raw);
        lex->line = save_line;
        t->str = lex->buf.buf;
        t->len = lex->buf.len;
    }
}

// Is [s, e) a valid string prefix (r, u, b, f, br, rb, fr, rf in any case)?
static bool is_string_prefix(const char *s, size_t n) {
    if (n == 1) {
        byte c = s[0] | 0x20;
        return c == 'r' || c == 'u' || c == 'b' || c == 'f';
    }
    if (n == 2) {
        byte a = s[0] | 0x20, b = s[1] | 0x20;
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }
    return false;
}

// ---- brackets ----

static void open_bracket(mp_lexer_t *lex, char c) {
    if (lex->nest >= MP_LEXER_MAX_NEST) {
        lex_error(lex, "too many nested parentheses");
    }
    lex->nest_char[lex->nest] = c;
    lex->nest_line[lex->nest] = lex->line;
    ++lex->nest;
}

static void close_bracket(mp_lexer_t *lex, char c) {
    if (lex->nest <= lex->base_nest) {
        lex_error_fmt(lex, lex->line, "unmatched '%c'", c);
    }
    char o = lex->nest_char[lex->nest - 1];
    char want = o == '(' ? ')' : o == '[' ? ']' : '}';
    if (c != want) {
        uint32_t oline = lex->nest_line[lex->nest - 1];
        if (oline != lex->line) {
            lex_error_fmt(lex, lex->line, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u", c, o, (unsigned)oline);
        }
        lex_error_fmt(lex, lex->line, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
    }
    --lex->nest;
}

// ---- the main entry ----

void mp_lexer_next(mp_lexer_t *lex) {
    mp_token_t *t = &lex->tok;
    if (lex->pending_dedent > 0) {
        --lex->pending_dedent;
        t->kind = MP_TOKEN_DEDENT;
        return;
    }
    if (lex->at_bol && lex->nest == 0 && lex_indentation(lex)) {
        return;
    }
    const char *end = lex->end;
    for (;;) {
        // skip blanks, comments and line continuations
        while (lex->cur < end) {
            byte c = *lex->cur;
            if (c == ' ' || c == '\t' || c == '\f') {
                ++lex->cur;
            } else if (c == '#') {
                while (lex->cur < end && *lex->cur != '\n' && *lex->cur != '\r') {
                    ++lex->cur;
                }
            } else if (c == '\\') {
                ++lex->cur;
                if (lex->cur >= end) {
                    lex_error(lex, "unexpected EOF while parsing");
                }
                if (!at_newline(lex)) {
                    lex_error(lex, "unexpected character after line continuation character");
                }
                eat_newline(lex);
                if (lex->cur >= end) {
                    lex_error(lex, "unexpected EOF while parsing");
                }
            } else {
                break;
            }
        }
        t->line = lex->line;
        if (lex->cur >= end) {
            if (lex->nest > lex->base_nest) {
                lex_error_fmt(lex, lex->nest_line[lex->nest - 1], "'%c' was never closed", lex->nest_char[lex->nest - 1]);
            }
            set_token(lex, MP_TOKEN_END, lex->cur);
            if (lex->emitted_any && lex->base_nest == 0) {
                lex->emitted_any = false;
                t->kind = MP_TOKEN_NEWLINE;
            } else if (lex->n_indent > 1) {
                --lex->n_indent;
                t->kind = MP_TOKEN_DEDENT;
            }
            return;
        }
        if (at_newline(lex)) {
            set_token(lex, MP_TOKEN_NEWLINE, lex->cur);
            eat_newline(lex);
            if (lex->nest > 0) {
                continue;
            }
            lex->at_bol = true;
            if (lex->emitted_any) {
                lex->emitted_any = false;
                return;
            }
            if (lex_indentation(lex)) {
                return;
            }
            continue;
        }
        break;
    }

    lex->emitted_any = true;
    const char *start = lex->cur;
    byte c = *start;

    if (is_ident_start(c)) {
        const char *p = start + 1;
        bool ascii = c < 0x80;
        while (p < end && is_ident_char((byte)*p)) {
            ascii &= (byte)*p < 0x80;
            ++p;
        }
        size_t n = p - start;
        if (p < end && (*p == '\'' || *p == '"') && is_string_prefix(start, n)) {
            lex_string(lex, start, p);
            return;
        }
        set_token(lex, MP_TOKEN_NAME, start);
        mp_token_kind_t kind = ascii ? keyword_lookup(start, n) : MP_TOKEN_NAME;
        t->kind = kind;
        t->str = start;
        t->len = n;
        if (kind == MP_TOKEN_NAME) {
            t->qst = qstr_from_strn(start, n);
        }
        lex->cur = p;
        return;
    }
    if (unichar_isdigit(c) || (c == '.' && start + 1 < end && unichar_isdigit((byte)start[1]))) {
        lex_number(lex);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(lex, start, start);
        return;
    }

    // operators and delimiters: longest match
    byte c1 = start + 1 < end ? start[1] : 0;
    byte c2 = start + 2 < end ? start[2] : 0;
    int n = 1;
    mp_token_kind_t kind;
    switch (c) {
        case '(':
            kind = MP_TOKEN_LPAREN;
            open_bracket(lex, '(');
            break;
        case '[':
            kind = MP_TOKEN_LBRACKET;
            open_bracket(lex, '[');
            break;
        case '{':
            kind = MP_TOKEN_LBRACE;
            open_bracket(lex, '{');
            break;
        case ')':
            kind = MP_TOKEN_RPAREN;
            close_bracket(lex, ')');
            break;
        case ']':
            kind = MP_TOKEN_RBRACKET;
            close_bracket(lex, ']');
            break;
        case '}':
            kind = MP_TOKEN_RBRACE;
            close_bracket(lex, '}');
            break;
        case ',':
            kind = MP_TOKEN_COMMA;
            break;
        case ';':
            kind = MP_TOKEN_SEMICOLON;
            break;
        case '~':
            kind = MP_TOKEN_OP_TILDE;
            break;
        case ':':
            if (c1 == '=') {
                kind = MP_TOKEN_WALRUS;
                n = 2;
            } else {
                kind = MP_TOKEN_COLON;
            }
            break;
        case '.':
            if (c1 == '.' && c2 == '.') {
                kind = MP_TOKEN_ELLIPSIS;
                n = 3;
            } else {
                kind = MP_TOKEN_DOT;
            }
            break;
        case '=':
            if (c1 == '=') {
                kind = MP_TOKEN_OP_EQUAL;
                n = 2;
            } else {
                kind = MP_TOKEN_ASSIGN;
            }
            break;
        case '!':
            if (c1 == '=') {
                kind = MP_TOKEN_OP_NOT_EQUAL;
                n = 2;
            } else {
                lex_error(lex, "invalid syntax");
            }
            break;
        case '<':
            if (c1 == '<') {
                kind = c2 == '=' ? MP_TOKEN_DEL_LSHIFT_ASSIGN : MP_TOKEN_OP_LSHIFT;
                n = c2 == '=' ? 3 : 2;
            } else if (c1 == '=') {
                kind = MP_TOKEN_OP_LESS_EQUAL;
                n = 2;
            } else if (c1 == '>') {
                // "<>" is only valid under the Barry-as-FLUFL easter egg
                lex_error(lex, "invalid syntax");
            } else {
                kind = MP_TOKEN_OP_LESS;
            }
            break;
        case '>':
            if (c1 == '>') {
                kind = c2 == '=' ? MP_TOKEN_DEL_RSHIFT_ASSIGN : MP_TOKEN_OP_RSHIFT;
                n = c2 == '=' ? 3 : 2;
            } else if (c1 == '=') {
                kind = MP_TOKEN_OP_MORE_EQUAL;
                n = 2;
            } else {
                kind = MP_TOKEN_OP_MORE;
            }
            break;
        case '-':
            if (c1 == '>') {
                kind = MP_TOKEN_ARROW;
                n = 2;
            } else if (c1 == '=') {
                kind = MP_TOKEN_DEL_MINUS_ASSIGN;
                n = 2;
            } else {
                kind = MP_TOKEN_OP_MINUS;
            }
            break;
        case '*':
            if (c1 == '*') {
                kind = c2 == '=' ? MP_TOKEN_DEL_DBL_STAR_ASSIGN : MP_TOKEN_OP_DBL_STAR;
                n = c2 == '=' ? 3 : 2;
            } else if (c1 == '=') {
                kind = MP_TOKEN_DEL_STAR_ASSIGN;
                n = 2;
            } else {
                kind = MP_TOKEN_OP_STAR;
            }
            break;
        case '/':
            if (c1 == '/') {
                kind = c2 == '=' ? MP_TOKEN_DEL_DBL_SLASH_ASSIGN : MP_TOKEN_OP_DBL_SLASH;
                n = c2 == '=' ? 3 : 2;
            } else if (c1 == '=') {
                kind = MP_TOKEN_DEL_SLASH_ASSIGN;
                n = 2;
            } else {
                kind = MP_TOKEN_OP_SLASH;
            }
            break;
        case '+':
        case '%':
        case '@':
        case '&':
        case '|':
        case '^': {
            static const char singles[] = "|^&+@%";
            static const uint8_t single_kind[] = {
                MP_TOKEN_OP_PIPE, MP_TOKEN_OP_CARET, MP_TOKEN_OP_AMPERSAND, MP_TOKEN_OP_PLUS,
                MP_TOKEN_OP_AT, MP_TOKEN_OP_PERCENT,
            };
            static const uint8_t assign_kind[] = {
                MP_TOKEN_DEL_PIPE_ASSIGN, MP_TOKEN_DEL_CARET_ASSIGN, MP_TOKEN_DEL_AMPERSAND_ASSIGN,
                MP_TOKEN_DEL_PLUS_ASSIGN, MP_TOKEN_DEL_AT_ASSIGN, MP_TOKEN_DEL_PERCENT_ASSIGN,
            };
            size_t i = strchr(singles, c) - singles;
            if (c1 == '=') {
                kind = assign_kind[i];
                n = 2;
            } else {
                kind = single_kind[i];
            }
            break;
        }
        default:
            if (c < 0x20 || c == 0x7f) {
                lex_error_fmt(lex, lex->line, "invalid non-printable character U+%04X", (unsigned)c);
            }
            lex_error(lex, "invalid syntax");
    }
    set_token(lex, kind, start);
    lex->cur = start + n;
}
