// py/lexer.h: the tokenizer, source text -> a stream of tokens for py/parse.c.
//
// The lexer works directly on the caller's UTF-8 buffer (which must stay alive while it runs)
// and produces one token at a time into lex->tok; there is no token array. The only heap use
// is the scratch buffer `lex->buf` (reused for every string literal that needs decoding), the
// interned names (qstr_from_strn) and the constant objects of number literals.
//
// Token stream invariants:
//   - NEWLINE ends every logical line that holds at least one token; blank lines, comment
//     lines and newlines inside brackets produce nothing.
//   - INDENT/DEDENT come right after a NEWLINE (or at the start); at the end of input the
//     lexer emits NEWLINE (if the last line lacked one), a DEDENT per open block, then END.
//   - Column numbers are byte offsets from the start of the line (like CPython's col_offset).
//
// String tokens: STRING/BYTES carry their decoded contents in (tok.str, tok.len), which point
// into lex->buf or into the source, and are valid only until the next call to mp_lexer_next.
// FSTRING carries the raw body between the quotes (escapes NOT processed) plus the flags, so
// the parser can split it into literal parts and {expressions}.
#ifndef MICROPY_INCLUDED_PY_LEXER_H
#define MICROPY_INCLUDED_PY_LEXER_H

#include "py/obj.h"

typedef enum {
    MP_TOKEN_END,
    MP_TOKEN_NEWLINE,
    MP_TOKEN_INDENT,
    MP_TOKEN_DEDENT,
    MP_TOKEN_NAME,          // tok.qst
    MP_TOKEN_NUMBER,        // tok.obj: int, float or complex object
    MP_TOKEN_STRING,        // tok.str/len decoded UTF-8
    MP_TOKEN_BYTES,         // tok.str/len decoded bytes
    MP_TOKEN_FSTRING,       // tok.str/len raw body; tok.flags

    // keywords (order: see kw_table in lexer.c)
    MP_TOKEN_KW_FALSE,
    MP_TOKEN_KW_NONE,
    MP_TOKEN_KW_TRUE,
    MP_TOKEN_KW_AND,
    MP_TOKEN_KW_AS,
    MP_TOKEN_KW_ASSERT,
    MP_TOKEN_KW_ASYNC,
    MP_TOKEN_KW_AWAIT,
    MP_TOKEN_KW_BREAK,
    MP_TOKEN_KW_CLASS,
    MP_TOKEN_KW_CONTINUE,
    MP_TOKEN_KW_DEF,
    MP_TOKEN_KW_DEL,
    MP_TOKEN_KW_ELIF,
    MP_TOKEN_KW_ELSE,
    MP_TOKEN_KW_EXCEPT,
    MP_TOKEN_KW_FINALLY,
    MP_TOKEN_KW_FOR,
    MP_TOKEN_KW_FROM,
    MP_TOKEN_KW_GLOBAL,
    MP_TOKEN_KW_IF,
    MP_TOKEN_KW_IMPORT,
    MP_TOKEN_KW_IN,
    MP_TOKEN_KW_IS,
    MP_TOKEN_KW_LAMBDA,
    MP_TOKEN_KW_NONLOCAL,
    MP_TOKEN_KW_NOT,
    MP_TOKEN_KW_OR,
    MP_TOKEN_KW_PASS,
    MP_TOKEN_KW_RAISE,
    MP_TOKEN_KW_RETURN,
    MP_TOKEN_KW_TRY,
    MP_TOKEN_KW_WHILE,
    MP_TOKEN_KW_WITH,
    MP_TOKEN_KW_YIELD,

    // delimiters
    MP_TOKEN_LPAREN,
    MP_TOKEN_RPAREN,
    MP_TOKEN_LBRACKET,
    MP_TOKEN_RBRACKET,
    MP_TOKEN_LBRACE,
    MP_TOKEN_RBRACE,
    MP_TOKEN_COMMA,
    MP_TOKEN_COLON,
    MP_TOKEN_SEMICOLON,
    MP_TOKEN_DOT,
    MP_TOKEN_ELLIPSIS,
    MP_TOKEN_ASSIGN,        // =
    MP_TOKEN_ARROW,         // ->
    MP_TOKEN_WALRUS,        // :=

    // operators that may be binary (order matters: OP_* and the matching *_ASSIGN are parallel)
    MP_TOKEN_OP_PIPE,
    MP_TOKEN_OP_CARET,
    MP_TOKEN_OP_AMPERSAND,
    MP_TOKEN_OP_LSHIFT,
    MP_TOKEN_OP_RSHIFT,
    MP_TOKEN_OP_PLUS,
    MP_TOKEN_OP_MINUS,
    MP_TOKEN_OP_STAR,
    MP_TOKEN_OP_AT,         // @ (decorator or matrix multiply)
    MP_TOKEN_OP_DBL_SLASH,
    MP_TOKEN_OP_SLASH,
    MP_TOKEN_OP_PERCENT,
    MP_TOKEN_OP_DBL_STAR,

    MP_TOKEN_DEL_PIPE_ASSIGN,
    MP_TOKEN_DEL_CARET_ASSIGN,
    MP_TOKEN_DEL_AMPERSAND_ASSIGN,
    MP_TOKEN_DEL_LSHIFT_ASSIGN,
    MP_TOKEN_DEL_RSHIFT_ASSIGN,
    MP_TOKEN_DEL_PLUS_ASSIGN,
    MP_TOKEN_DEL_MINUS_ASSIGN,
    MP_TOKEN_DEL_STAR_ASSIGN,
    MP_TOKEN_DEL_AT_ASSIGN,
    MP_TOKEN_DEL_DBL_SLASH_ASSIGN,
    MP_TOKEN_DEL_SLASH_ASSIGN,
    MP_TOKEN_DEL_PERCENT_ASSIGN,
    MP_TOKEN_DEL_DBL_STAR_ASSIGN,

    MP_TOKEN_OP_TILDE,
    MP_TOKEN_OP_LESS,
    MP_TOKEN_OP_MORE,
    MP_TOKEN_OP_EQUAL,
    MP_TOKEN_OP_LESS_EQUAL,
    MP_TOKEN_OP_MORE_EQUAL,
    MP_TOKEN_OP_NOT_EQUAL,

    MP_TOKEN_NUM_KINDS
} mp_token_kind_t;

// FSTRING flags
#define MP_TOKEN_FLAG_RAW    (1)
#define MP_TOKEN_FLAG_TRIPLE (2)

typedef struct _mp_token_t {
    uint8_t kind;           // mp_token_kind_t
    uint8_t flags;          // FSTRING only
    uint16_t col;           // 0-based byte column, saturating at 0xffff
    uint32_t line;          // 1-based
    const char *str;        // STRING/BYTES/FSTRING contents; NAME: its text in the source
    size_t len;
    qstr qst;               // NAME
    mp_obj_t obj;           // NUMBER
} mp_token_t;

#define MP_LEXER_MAX_INDENT (100)
#define MP_LEXER_MAX_NEST (200)

typedef struct _mp_lexer_t {
    const char *src;        // start of the source
    const char *cur;        // next unread byte
    const char *end;        // one past the last byte
    const char *line_start; // first byte of the current physical line (for columns)
    uint32_t line;          // line of `cur`
    qstr source_file;
    bool at_bol;            // at the beginning of a logical line: indentation must be measured
    bool emitted_any;       // current logical line already holds a token (NEWLINE needed)
    uint16_t n_indent;      // entries in indent[] (indent[0] is always 0)
    int16_t pending_dedent; // DEDENTs still to emit
    uint16_t nest;          // open brackets
    uint16_t base_nest;     // brackets open from the start (f-string expressions: 1)
    uint16_t indent[MP_LEXER_MAX_INDENT + 1];
    uint16_t alt_indent[MP_LEXER_MAX_INDENT + 1]; // the same columns counting a tab as 1
    char nest_char[MP_LEXER_MAX_NEST];       // the open bracket characters...
    uint32_t nest_line[MP_LEXER_MAX_NEST];   // ...and their lines, for error messages
    vstr_t buf;             // scratch for decoded string literals
    mp_token_t tok;         // the current token
} mp_lexer_t;

// Initialises the lexer over src[0:len); call mp_lexer_next to read the first token. `line` is the
// line number of the first line (1 for a file). `nest` > 0 starts inside brackets (newlines are
// ignored and no indentation is measured), as used for f-string expressions.
void mp_lexer_init(mp_lexer_t *lex, const char *src, size_t len, qstr source_file, uint32_t line, int nest);
void mp_lexer_next(mp_lexer_t *lex);

// Appends the decoding of the literal text s[0:len) (escapes processed unless is_raw; newlines
// normalised to \n) to out. Escape errors are reported at lex->line.
void mp_lexer_decode_escapes(mp_lexer_t *lex, vstr_t *out, const char *s, size_t len, bool is_bytes, bool is_raw);

// PEP 701 f-strings: from s[i] in the expression of a replacement field, the index of the '}',
// '!', ':' or '=' (not '!=' '==' '<=' '>=') ending it outside brackets, or of an unmatched ')'
// or ']'; nested strings (reusing any quote, f-strings too), comments and backslashes are
// skipped. MP_FSTRING_SCAN_ERROR if the text ends first. depth: nesting of f-strings so far.
#define MP_FSTRING_SCAN_ERROR ((size_t)-1)
size_t mp_lexer_fstring_skip_expr(const char *s, size_t len, size_t i, int depth);

// Raises SyntaxError(msg) (or IndentationError when `indentation`) located at `line`.
NORETURN void mp_lexer_raise(qstr source_file, uint32_t line, const char *msg, bool indentation);

// Returns the spelling of a token kind (for messages and dumps), e.g. "(" or "if".
const char *mp_lexer_token_name(mp_token_kind_t kind);

#endif // MICROPY_INCLUDED_PY_LEXER_H
