// py/parse.c: the parser, tokens (py/lexer.c) -> abstract syntax tree (py/ast.h).
//
// Hand-written recursive descent over the Python 3.11 grammar, one token of lookahead (the
// lexer's current token). Binary operators from `|` down to `*` are parsed by precedence
// climbing over a table indexed by token kind; everything else has one function per rule.
//
// Memory: nodes are allocated with exactly the size of their kind's union member (node_size[]),
// so a Name costs 24 bytes, not the size of the largest node. Sequences are collected on one
// scratch stack (p->stack) shared by the whole parse: a rule remembers the stack height, pushes
// its items (nested rules push and pop above it), then pop_seq() copies its items into an array
// of the exact size. Everything is on the GC heap and reachable from this C stack.
//
// String literals: adjacent literals are concatenated in p->strbuf, again used as a stack (each
// concatenation or f-string part works from a base offset and truncates back to it), so nested
// f-strings inside f-string expressions work without extra buffers. f-string expressions are
// parsed by a second lexer over the expression's text, swapped into p->lex for the duration.
//
// Errors raise SyntaxError/IndentationError through mp_lexer_raise (with the line in the
// traceback). Targets are checked and given their Store/Del ctx here; the placement of
// return/break/yield/await is checked by the compiler.
#include <stdio.h>
#include <stddef.h>
#include <string.h>

#include "py/parse.h"
#include "py/lexer.h"
#include "py/runtime.h"

typedef struct _pos_t {
    uint32_t line;
    uint16_t col;
} pos_t;

typedef struct _parser_t {
    mp_lexer_t *lex;
    qstr source_file;
    const char *src_start;     // the whole source: f-string expression columns are found in it
    mp_ast_t **stack;          // scratch stack of sequence items
    size_t sp;
    size_t stack_alloc;
    vstr_t strbuf;             // scratch for string concatenation and dotted names
} parser_t;

// ---- nodes ----

#define NODE_SIZE(member) (offsetof(mp_ast_t, u) + sizeof(((mp_ast_t *)0)->u.member))

static const uint8_t node_size[AST_NUM_KINDS] = {
    [AST_Module] = NODE_SIZE(Module), [AST_Interactive] = NODE_SIZE(Module),
    [AST_Expression] = NODE_SIZE(Expression),
    [AST_FunctionDef] = NODE_SIZE(FunctionDef), [AST_AsyncFunctionDef] = NODE_SIZE(FunctionDef),
    [AST_ClassDef] = NODE_SIZE(ClassDef), [AST_Return] = NODE_SIZE(Return),
    [AST_Delete] = NODE_SIZE(Delete), [AST_Assign] = NODE_SIZE(Assign),
    [AST_AugAssign] = NODE_SIZE(AugAssign), [AST_AnnAssign] = NODE_SIZE(AnnAssign),
    [AST_For] = NODE_SIZE(For), [AST_AsyncFor] = NODE_SIZE(For), [AST_While] = NODE_SIZE(While),
    [AST_If] = NODE_SIZE(If), [AST_With] = NODE_SIZE(With), [AST_AsyncWith] = NODE_SIZE(With),
    [AST_Raise] = NODE_SIZE(Raise), [AST_Try] = NODE_SIZE(Try), [AST_Assert] = NODE_SIZE(Assert),
    [AST_Import] = NODE_SIZE(Import), [AST_ImportFrom] = NODE_SIZE(ImportFrom),
    [AST_Global] = NODE_SIZE(Global), [AST_Nonlocal] = NODE_SIZE(Global),
    [AST_Expr] = NODE_SIZE(Expr), [AST_Pass] = offsetof(mp_ast_t, u),
    [AST_Break] = offsetof(mp_ast_t, u), [AST_Continue] = offsetof(mp_ast_t, u),
    [AST_BoolOp] = NODE_SIZE(BoolOp), [AST_NamedExpr] = NODE_SIZE(NamedExpr),
    [AST_BinOp] = NODE_SIZE(BinOp), [AST_UnaryOp] = NODE_SIZE(UnaryOp),
    [AST_Lambda] = NODE_SIZE(Lambda), [AST_IfExp] = NODE_SIZE(IfExp), [AST_Dict] = NODE_SIZE(Dict),
    [AST_Set] = NODE_SIZE(Set), [AST_ListComp] = NODE_SIZE(ListComp),
    [AST_SetComp] = NODE_SIZE(ListComp), [AST_DictComp] = NODE_SIZE(DictComp),
    [AST_GeneratorExp] = NODE_SIZE(ListComp), [AST_Await] = NODE_SIZE(Await),
    [AST_Yield] = NODE_SIZE(Await), [AST_YieldFrom] = NODE_SIZE(Await),
    [AST_Compare] = NODE_SIZE(Compare), [AST_Call] = NODE_SIZE(Call),
    [AST_FormattedValue] = NODE_SIZE(FormattedValue), [AST_JoinedStr] = NODE_SIZE(JoinedStr),
    [AST_Constant] = NODE_SIZE(Constant), [AST_Attribute] = NODE_SIZE(Attribute),
    [AST_Subscript] = NODE_SIZE(Subscript), [AST_Starred] = NODE_SIZE(Starred),
    [AST_Name] = NODE_SIZE(Name), [AST_List] = NODE_SIZE(List), [AST_Tuple] = NODE_SIZE(List),
    [AST_Slice] = NODE_SIZE(Slice), [AST_comprehension] = NODE_SIZE(comprehension),
    [AST_ExceptHandler] = NODE_SIZE(ExceptHandler), [AST_arguments] = NODE_SIZE(arguments),
    [AST_arg] = NODE_SIZE(arg), [AST_keyword] = NODE_SIZE(keyword), [AST_alias] = NODE_SIZE(alias),
    [AST_withitem] = NODE_SIZE(withitem),
    [AST_Match] = NODE_SIZE(Match), [AST_match_case] = NODE_SIZE(match_case),
    [AST_MatchValue] = NODE_SIZE(MatchValue), [AST_MatchSingleton] = NODE_SIZE(MatchSingleton),
    [AST_MatchSequence] = NODE_SIZE(MatchSequence), [AST_MatchMapping] = NODE_SIZE(MatchMapping),
    [AST_MatchClass] = NODE_SIZE(MatchClass), [AST_MatchStar] = NODE_SIZE(MatchStar),
    [AST_MatchAs] = NODE_SIZE(MatchAs), [AST_MatchOr] = NODE_SIZE(MatchSequence),
};

static mp_ast_t *new_node(mp_ast_kind_t kind, pos_t pos) {
    mp_ast_t *n = (mp_ast_t *)m_malloc(node_size[kind]);
    n->kind = kind;
    n->line = pos.line;
    n->col = pos.col;
    return n;
}

static inline pos_t node_pos(const mp_ast_t *n) {
    pos_t pos = { n->line, n->col };
    return pos;
}

// ---- tokens ----

#define TOK (p->lex->tok)

static inline mp_token_kind_t tok_kind(parser_t *p) {
    return (mp_token_kind_t)p->lex->tok.kind;
}

static inline pos_t tok_pos(parser_t *p) {
    pos_t pos = { p->lex->tok.line, p->lex->tok.col };
    return pos;
}

static inline void advance(parser_t *p) {
    mp_lexer_next(p->lex);
}

static inline bool accept(parser_t *p, mp_token_kind_t kind) {
    if (tok_kind(p) == kind) {
        mp_lexer_next(p->lex);
        return true;
    }
    return false;
}

// ---- errors ----

static NORETURN void error_at(parser_t *p, uint32_t line, const char *msg) {
    mp_lexer_raise(p->source_file, line, msg, false);
}

static NORETURN void error_fmt(parser_t *p, uint32_t line, const char *fmt, ...) {
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    mp_lexer_raise(p->source_file, line, msg, false);
}

// The generic error at the current token.
static NORETURN void syntax_error(parser_t *p) {
    if (tok_kind(p) == MP_TOKEN_INDENT) {
        mp_lexer_raise(p->source_file, TOK.line, "unexpected indent", true);
    }
    mp_lexer_t *lex = p->lex;
    if (lex->nest > lex->base_nest && lex->nest_line[lex->nest - 1] < TOK.line) {
        // most likely a bracket left open on an earlier line
        error_fmt(p, lex->nest_line[lex->nest - 1], "'%c' was never closed", lex->nest_char[lex->nest - 1]);
    }
    if (tok_kind(p) == MP_TOKEN_END && lex->base_nest == 0) {
        error_at(p, TOK.line, "unexpected EOF while parsing");
    }
    error_at(p, TOK.line, "invalid syntax");
}

static void expect(parser_t *p, mp_token_kind_t kind) {
    if (tok_kind(p) != kind) {
        syntax_error(p);
    }
    mp_lexer_next(p->lex);
}

static qstr expect_name(parser_t *p) {
    if (tok_kind(p) != MP_TOKEN_NAME) {
        syntax_error(p);
    }
    qstr q = TOK.qst;
    mp_lexer_next(p->lex);
    return q;
}

// ---- the scratch stack ----

static void push(parser_t *p, mp_ast_t *n) {
    if (p->sp == p->stack_alloc) {
        size_t new_alloc = p->stack_alloc * 2;
        p->stack = m_renew(mp_ast_t *, p->stack, p->stack_alloc, new_alloc);
        p->stack_alloc = new_alloc;
    }
    p->stack[p->sp++] = n;
}

// Moves the items [base, sp) into a new exact-size array.
static mp_ast_seq_t pop_seq(parser_t *p, size_t base) {
    mp_ast_seq_t seq;
    seq.len = p->sp - base;
    seq.items = NULL;
    if (seq.len > 0) {
        seq.items = m_new(mp_ast_t *, seq.len);
        memcpy(seq.items, p->stack + base, seq.len * sizeof(mp_ast_t *));
    }
    p->sp = base;
    return seq;
}

static mp_ast_seq_t seq_of_one(mp_ast_t *n) {
    mp_ast_seq_t seq = { 1, m_new(mp_ast_t *, 1) };
    seq.items[0] = n;
    return seq;
}

// ---- forward declarations ----

static mp_ast_t *parse_expression(parser_t *p);
static mp_ast_t *parse_named_expression(parser_t *p);
static mp_ast_t *parse_disjunction(parser_t *p);
static mp_ast_t *parse_bitor(parser_t *p);
static mp_ast_t *parse_factor(parser_t *p);
static mp_ast_t *parse_star_exprs(parser_t *p, bool named);
static mp_ast_t *parse_star_exprs_at(parser_t *p, bool named, const pos_t *tuple_pos);
static mp_ast_t *parse_yield(parser_t *p);
static mp_ast_seq_t parse_comp_for(parser_t *p);
static mp_ast_t *parse_params(parser_t *p, bool is_lambda, mp_token_kind_t closing);
static void parse_statement(parser_t *p);
static mp_ast_seq_t parse_block(parser_t *p);

// ---- targets ----

// A short description of an expression kind for error messages ("cannot assign to %s").
static const char *describe_expr(const mp_ast_t *n) {
    switch (n->kind) {
        case AST_Constant:
            if (n->u.Constant.value == mp_const_true) {
                return "True";
            } else if (n->u.Constant.value == mp_const_false) {
                return "False";
            } else if (n->u.Constant.value == mp_const_none) {
                return "None";
            } else if (n->u.Constant.value == mp_const_ellipsis) {
                return "ellipsis";
            }
            return "literal";
        case AST_Call:
            return "function call";
        case AST_Compare:
            return "comparison";
        case AST_IfExp:
            return "conditional expression";
        case AST_Lambda:
            return "lambda";
        case AST_Dict:
            return "dict literal";
        case AST_Set:
            return "set display";
        case AST_JoinedStr:
            return "f-string expression";
        case AST_ListComp:
            return "list comprehension";
        case AST_SetComp:
            return "set comprehension";
        case AST_DictComp:
            return "dict comprehension";
        case AST_GeneratorExp:
            return "generator expression";
        case AST_Yield:
        case AST_YieldFrom:
            return "yield expression";
        case AST_Await:
            return "await expression";
        case AST_NamedExpr:
            return "named expression";
        case AST_Tuple:
            return "tuple";
        case AST_List:
            return "list";
        case AST_Starred:
            return "starred";
        case AST_Attribute:
            return "attribute";
        case AST_Subscript:
            return "subscript";
        case AST_Name:
            return "name";
        default:
            return "expression";
    }
}

// Gives a target expression (and its sub-targets) the Store or Del context, checking that it
// can be assigned to / deleted.
static void set_ctx(parser_t *p, mp_ast_t *n, mp_ast_ctx_t ctx) {
    switch (n->kind) {
        case AST_Name:
            n->u.Name.ctx = ctx;
            return;
        case AST_Attribute:
            n->u.Attribute.ctx = ctx;
            return;
        case AST_Subscript:
            n->u.Subscript.ctx = ctx;
            return;
        case AST_Starred:
            if (ctx == AST_CTX_DEL) {
                error_at(p, n->line, "cannot delete starred");
            }
            n->u.Starred.ctx = ctx;
            set_ctx(p, n->u.Starred.value, ctx);
            return;
        case AST_Tuple:
        case AST_List: {
            n->u.List.ctx = ctx;
            bool seen_star = false;
            for (size_t i = 0; i < n->u.List.elts.len; ++i) {
                mp_ast_t *e = n->u.List.elts.items[i];
                if (e->kind == AST_Starred && ctx == AST_CTX_STORE) {
                    if (seen_star) {
                        error_at(p, e->line, "multiple starred expressions in assignment");
                    }
                    seen_star = true;
                }
                set_ctx(p, e, ctx);
            }
            return;
        }
        default:
            error_fmt(p, n->line, "cannot %s %s", ctx == AST_CTX_DEL ? "delete" : "assign to", describe_expr(n));
    }
}

// An assignment target that stands alone: a bare starred expression is not allowed.
static void set_store_target(parser_t *p, mp_ast_t *n) {
    if (n->kind == AST_Starred) {
        error_at(p, n->line, "starred assignment target must be in a list or tuple");
    }
    set_ctx(p, n, AST_CTX_STORE);
}

static void check_not_starred(parser_t *p, mp_ast_t *n) {
    if (n->kind == AST_Starred) {
        error_at(p, n->line, "can't use starred expression here");
    }
}

// ---- expressions ----

static bool starts_expr(mp_token_kind_t k) {
    switch (k) {
        case MP_TOKEN_NAME:
        case MP_TOKEN_NUMBER:
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_FSTRING:
        case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_AWAIT:
        case MP_TOKEN_KW_LAMBDA:
        case MP_TOKEN_KW_NOT:
        case MP_TOKEN_LPAREN:
        case MP_TOKEN_LBRACKET:
        case MP_TOKEN_LBRACE:
        case MP_TOKEN_ELLIPSIS:
        case MP_TOKEN_OP_MINUS:
        case MP_TOKEN_OP_PLUS:
        case MP_TOKEN_OP_TILDE:
            return true;
        default:
            return false;
    }
}

static mp_ast_t *new_constant(pos_t pos, mp_obj_t value) {
    mp_ast_t *n = new_node(AST_Constant, pos);
    n->u.Constant.value = value;
    return n;
}

static mp_ast_t *new_name(pos_t pos, qstr id) {
    mp_ast_t *n = new_node(AST_Name, pos);
    n->u.Name.id = id;
    n->u.Name.ctx = AST_CTX_LOAD;
    return n;
}

static mp_ast_t *new_tuple(pos_t pos, mp_ast_seq_t elts) {
    mp_ast_t *n = new_node(AST_Tuple, pos);
    n->u.List.elts = elts;
    n->u.List.ctx = AST_CTX_LOAD;
    return n;
}

// Makes a str (or bytes) constant object from decoded text.
static mp_obj_t make_str_obj(const char *s, size_t len, bool is_bytes) {
    if (is_bytes) {
        return mp_obj_new_bytes((const byte *)s, len);
    }
    if (len < 32) {
        return mp_obj_new_str_via_qstr(s, len);
    }
    for (size_t i = 0; i < len; ++i) {
        byte c = s[i];
        if (!(unichar_isalpha(c) || unichar_isdigit(c) || c == '_')) {
            return mp_obj_new_str(s, len);
        }
    }
    return mp_obj_new_str_via_qstr(s, len);
}

// Turns the literal text accumulated in strbuf[lit_base:] into a Constant node on the stack.
static void flush_literal(parser_t *p, size_t lit_base, pos_t pos) {
    if (p->strbuf.len > lit_base) {
        push(p, new_constant(pos, make_str_obj(p->strbuf.buf + lit_base, p->strbuf.len - lit_base, false)));
        p->strbuf.len = lit_base;
    }
}

static size_t parse_fstring_parts(parser_t *p, const char *s, size_t len, size_t i, bool raw,
    uint32_t line, pos_t pos, size_t lit_base, int depth);

// Parses the expression text e[0:n) of an f-string replacement field with a lexer of its own.
static mp_ast_t *parse_fstring_expr(parser_t *p, const char *e, size_t n, uint32_t line) {
    mp_lexer_t sub;
    mp_lexer_init(&sub, e, n, p->source_file, line, 1);
    // columns count from the start of the physical line in the real source
    const char *ls = e;
    while (ls > p->src_start && ls[-1] != '\n' && ls[-1] != '\r') {
        --ls;
    }
    sub.line_start = ls;
    mp_lexer_t *outer = p->lex;
    p->lex = &sub;
    mp_lexer_next(&sub);
    mp_ast_t *expr;
    if (tok_kind(p) == MP_TOKEN_KW_YIELD) {
        expr = parse_yield(p);
    } else {
        // CPython parses the text as "(text)": a bare tuple starts at the '{'
        pos_t brace = { line, (uint16_t)(e - 1 - ls) };
        expr = parse_star_exprs_at(p, true, &brace);
    }
    if (tok_kind(p) != MP_TOKEN_END) {
        error_at(p, TOK.line, "f-string: invalid syntax");
    }
    p->lex = outer;
    return expr;
}

// Parses one replacement field starting after its '{' at s[i]; pushes a FormattedValue (after
// flushing the literal text before it). Returns the index after the closing '}'.
static size_t parse_fstring_field(parser_t *p, const char *s, size_t len, size_t i, bool raw,
    uint32_t line, pos_t pos, size_t lit_base, int depth) {
    if (depth >= 2) {
        error_at(p, line, "f-string: expressions nested too deeply");
    }
    // find the end of the expression: a '}', '!', ':' or '=' outside brackets and strings
    // (PEP 701: nested strings may reuse the quote; backslashes and comments are allowed)
    size_t start = i;
    i = mp_lexer_fstring_skip_expr(s, len, i, depth);
    if (i == MP_FSTRING_SCAN_ERROR || i >= len) {
        error_at(p, line, "f-string: expecting '}'");
    }
    if (s[i] == ')' || s[i] == ']') {
        error_fmt(p, line, "f-string: unmatched '%c'", s[i]);
    }
    size_t end = i;
    size_t k = start;
    while (k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f')) {
        ++k;
    }
    if (k == end) {
        error_at(p, line, "f-string: empty expression not allowed");
    }
    uint32_t expr_line = line;
    for (size_t j = 0; j < start; ++j) {
        expr_line += s[j] == '\n';
    }
    mp_ast_t *value = parse_fstring_expr(p, s + start, end - start, expr_line);

    bool self_doc = false;
    if (s[i] == '=') {
        // {expr=}: the text of the expression, the '=' and following blanks are kept as is
        self_doc = true;
        ++i;
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
            ++i;
        }
        vstr_add_strn(&p->strbuf, s + start, i - start);
    }
    int conversion = -1;
    if (i < len && s[i] == '!') {
        ++i;
        if (i >= len || (s[i] != 's' && s[i] != 'r' && s[i] != 'a')) {
            error_at(p, line, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = s[i++];
        if (i < len && s[i] != ':' && s[i] != '}') {
            error_at(p, line, "f-string: expecting '}'");
        }
    }
    mp_ast_t *spec = NULL;
    if (i < len && s[i] == ':') {
        size_t spec_lit = p->strbuf.len;
        size_t spec_base = p->sp;
        i = parse_fstring_parts(p, s, len, i + 1, raw, line, pos, spec_lit, depth + 1);
        flush_literal(p, spec_lit, pos);
        spec = new_node(AST_JoinedStr, pos);
        spec->u.JoinedStr.values = pop_seq(p, spec_base);
    }
    if (i >= len || s[i] != '}') {
        error_at(p, line, "f-string: expecting '}'");
    }
    ++i;
    if (self_doc && conversion == -1 && spec == NULL) {
        conversion = 'r';
    }
    flush_literal(p, lit_base, pos);
    mp_ast_t *fv = new_node(AST_FormattedValue, pos);
    fv->u.FormattedValue.value = value;
    fv->u.FormattedValue.conversion = conversion;
    fv->u.FormattedValue.format_spec = spec;
    push(p, fv);
    return i;
}

// Processes f-string text from s[i]: literal text goes to strbuf (from lit_base), fields are
// pushed as nodes. At depth 0 (the string itself) runs to the end and `{{`/`}}` are escapes;
// in a format spec (depth > 0) stops at the '}' closing the field and returns its index.
static size_t parse_fstring_parts(parser_t *p, const char *s, size_t len, size_t i, bool raw,
    uint32_t line, pos_t pos, size_t lit_base, int depth) {
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '{' && s[j] != '}') {
            if (s[j] == '\\' && !raw && j + 1 < len) {
                if (s[j + 1] == 'N' && j + 2 < len && s[j + 2] == '{') {
                    // \N{NAME}: its braces belong to the escape (the decoder reports a
                    // missing '}' as a malformed escape)
                    const char *close = memchr(s + j + 3, '}', len - (j + 3));
                    j = close != NULL ? (size_t)(close - s) + 1 : len;
                    continue;
                }
                j += (s[j + 1] == '{' || s[j + 1] == '}') ? 1 : 2;
            } else {
                ++j;
            }
        }
        if (j > i) {
            uint32_t save = p->lex->line;
            p->lex->line = line;
            mp_lexer_decode_escapes(p->lex, &p->strbuf, s + i, j - i, false, raw);
            p->lex->line = save;
        }
        i = j;
        if (i >= len) {
            break;
        }
        if (s[i] == '{') {
            if (depth == 0 && i + 1 < len && s[i + 1] == '{') {
                vstr_add_byte(&p->strbuf, '{');
                i += 2;
                continue;
            }
            i = parse_fstring_field(p, s, len, i + 1, raw, line, pos, lit_base, depth);
        } else {
            if (depth > 0) {
                return i;
            }
            if (i + 1 < len && s[i + 1] == '}') {
                vstr_add_byte(&p->strbuf, '}');
                i += 2;
                continue;
            }
            error_at(p, line, "f-string: single '}' is not allowed");
        }
    }
    return i;
}

// One or more adjacent string literals -> Constant (str or bytes) or JoinedStr.
static mp_ast_t *parse_strings(parser_t *p) {
    pos_t pos = tok_pos(p);
    bool is_bytes = tok_kind(p) == MP_TOKEN_BYTES;
    bool is_f = false;
    size_t lit_base = p->strbuf.len;
    size_t base = p->sp;
    for (;;) {
        mp_token_kind_t k = tok_kind(p);
        if (k != MP_TOKEN_STRING && k != MP_TOKEN_BYTES && k != MP_TOKEN_FSTRING) {
            break;
        }
        if ((k == MP_TOKEN_BYTES) != is_bytes) {
            error_at(p, TOK.line, "cannot mix bytes and nonbytes literals");
        }
        if (k == MP_TOKEN_FSTRING) {
            is_f = true;
            parse_fstring_parts(p, TOK.str, TOK.len, 0, TOK.flags & MP_TOKEN_FLAG_RAW, TOK.line, pos, lit_base, 0);
        } else {
            vstr_add_strn(&p->strbuf, TOK.str, TOK.len);
        }
        advance(p);
    }
    if (!is_f) {
        mp_ast_t *n = new_constant(pos, make_str_obj(p->strbuf.buf + lit_base, p->strbuf.len - lit_base, is_bytes));
        p->strbuf.len = lit_base;
        return n;
    }
    flush_literal(p, lit_base, pos);
    mp_ast_t *n = new_node(AST_JoinedStr, pos);
    n->u.JoinedStr.values = pop_seq(p, base);
    return n;
}

// '*' bitwise_or | named_expression (named) | expression
static mp_ast_t *parse_star_expr(parser_t *p, bool named) {
    if (tok_kind(p) == MP_TOKEN_OP_STAR) {
        pos_t pos = tok_pos(p);
        advance(p);
        mp_ast_t *n = new_node(AST_Starred, pos);
        n->u.Starred.value = parse_bitor(p);
        n->u.Starred.ctx = AST_CTX_LOAD;
        return n;
    }
    return named ? parse_named_expression(p) : parse_expression(p);
}

// '*' bitwise_or | bitwise_or: an element of a target list.
static mp_ast_t *parse_star_expr_bitor(parser_t *p) {
    return tok_kind(p) == MP_TOKEN_OP_STAR ? parse_star_expr(p, false) : parse_bitor(p);
}

// star_expressions: one expression, or a Tuple if there is a comma. The Tuple starts at its
// first token, or at *tuple_pos if given.
static mp_ast_t *parse_star_exprs_at(parser_t *p, bool named, const pos_t *tuple_pos) {
    pos_t start = tuple_pos ? *tuple_pos : tok_pos(p);
    mp_ast_t *first = parse_star_expr(p, named);
    if (tok_kind(p) != MP_TOKEN_COMMA) {
        return first;
    }
    size_t base = p->sp;
    push(p, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (!starts_expr(tok_kind(p)) && tok_kind(p) != MP_TOKEN_OP_STAR) {
            break;
        }
        push(p, parse_star_expr(p, named));
    }
    return new_tuple(start, pop_seq(p, base));
}

static mp_ast_t *parse_star_exprs(parser_t *p, bool named) {
    return parse_star_exprs_at(p, named, NULL);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
static mp_ast_t *parse_yield(parser_t *p) {
    pos_t pos = tok_pos(p);
    advance(p);
    if (accept(p, MP_TOKEN_KW_FROM)) {
        mp_ast_t *n = new_node(AST_YieldFrom, pos);
        n->u.Await.value = parse_expression(p);
        return n;
    }
    mp_ast_t *n = new_node(AST_Yield, pos);
    if (starts_expr(tok_kind(p)) || tok_kind(p) == MP_TOKEN_OP_STAR) {
        n->u.Await.value = parse_star_exprs(p, false);
        check_not_starred(p, n->u.Await.value);
    }
    return n;
}

// After '(' of a call (or class bases): arguments up to, not including, ')'.
static void parse_call_args(parser_t *p, pos_t lparen, mp_ast_seq_t *args_out, mp_ast_seq_t *kw_out, bool allow_genexp) {
    size_t base = p->sp;
    size_t n_kw = 0;
    bool seen_kw = false, seen_dblstar = false;
    while (tok_kind(p) != MP_TOKEN_RPAREN) {
        pos_t pos = tok_pos(p);
        if (accept(p, MP_TOKEN_OP_STAR)) {
            if (seen_dblstar) {
                error_at(p, pos.line, "iterable argument unpacking follows keyword argument unpacking");
            }
            mp_ast_t *n = new_node(AST_Starred, pos);
            n->u.Starred.value = parse_expression(p);
            n->u.Starred.ctx = AST_CTX_LOAD;
            push(p, n);
        } else if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
            mp_ast_t *n = new_node(AST_keyword, pos);
            n->u.keyword.arg = MP_QSTRnull;
            n->u.keyword.value = parse_expression(p);
            push(p, n);
            seen_dblstar = true;
            ++n_kw;
        } else {
            mp_ast_t *e = parse_named_expression(p);
            if (tok_kind(p) == MP_TOKEN_ASSIGN) {
                if (e->kind != AST_Name) {
                    error_at(p, TOK.line, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                advance(p);
                qstr name = e->u.Name.id;
                for (size_t i = base; i < p->sp; ++i) {
                    if (p->stack[i]->kind == AST_keyword && p->stack[i]->u.keyword.arg == name) {
                        error_fmt(p, pos.line, "keyword argument repeated: %s", qstr_str(name));
                    }
                }
                mp_ast_t *n = new_node(AST_keyword, pos);
                n->u.keyword.arg = name;
                n->u.keyword.value = parse_expression(p);
                push(p, n);
                seen_kw = true;
                ++n_kw;
            } else if (tok_kind(p) == MP_TOKEN_KW_FOR || tok_kind(p) == MP_TOKEN_KW_ASYNC) {
                mp_ast_t *g = new_node(AST_GeneratorExp, lparen);
                g->u.ListComp.elt = e;
                g->u.ListComp.generators = parse_comp_for(p);
                if (!allow_genexp || p->sp != base || tok_kind(p) != MP_TOKEN_RPAREN) {
                    error_at(p, e->line, "Generator expression must be parenthesized");
                }
                push(p, g);
            } else {
                if (seen_dblstar) {
                    error_at(p, pos.line, "positional argument follows keyword argument unpacking");
                }
                if (seen_kw) {
                    error_at(p, pos.line, "positional argument follows keyword argument");
                }
                push(p, e);
            }
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    // split into positional args and keywords, keeping the order within each
    size_t n = p->sp - base;
    mp_ast_seq_t args = { n - n_kw, NULL }, kws = { n_kw, NULL };
    if (args.len) {
        args.items = m_new(mp_ast_t *, args.len);
    }
    if (kws.len) {
        kws.items = m_new(mp_ast_t *, kws.len);
    }
    size_t ia = 0, ik = 0;
    for (size_t i = base; i < p->sp; ++i) {
        mp_ast_t *item = p->stack[i];
        if (item->kind == AST_keyword) {
            kws.items[ik++] = item;
        } else {
            args.items[ia++] = item;
        }
    }
    p->sp = base;
    *args_out = args;
    *kw_out = kws;
}

// One subscript element: a slice, a starred expression or a named expression.
static mp_ast_t *parse_slice_item(parser_t *p) {
    if (tok_kind(p) == MP_TOKEN_OP_STAR) {
        return parse_star_expr(p, false);
    }
    mp_ast_t *lower = NULL;
    pos_t start = tok_pos(p);
    if (tok_kind(p) != MP_TOKEN_COLON) {
        lower = parse_named_expression(p);
        if (tok_kind(p) != MP_TOKEN_COLON) {
            return lower;
        }
    }
    mp_ast_t *n = new_node(AST_Slice, start);
    n->u.Slice.lower = lower;
    advance(p); // ':'
    mp_token_kind_t k = tok_kind(p);
    if (k != MP_TOKEN_COLON && k != MP_TOKEN_COMMA && k != MP_TOKEN_RBRACKET) {
        n->u.Slice.upper = parse_expression(p);
    }
    if (accept(p, MP_TOKEN_COLON)) {
        k = tok_kind(p);
        if (k != MP_TOKEN_COMMA && k != MP_TOKEN_RBRACKET) {
            n->u.Slice.step = parse_expression(p);
        }
    }
    return n;
}

// '(' ...: empty tuple, parenthesized yield/expression, tuple or generator expression.
static mp_ast_t *parse_paren(parser_t *p) {
    pos_t pos = tok_pos(p);
    advance(p);
    if (accept(p, MP_TOKEN_RPAREN)) {
        return new_tuple(pos, (mp_ast_seq_t) {0, NULL});
    }
    if (tok_kind(p) == MP_TOKEN_KW_YIELD) {
        mp_ast_t *y = parse_yield(p);
        expect(p, MP_TOKEN_RPAREN);
        return y;
    }
    mp_ast_t *first = parse_star_expr(p, true);
    mp_token_kind_t k = tok_kind(p);
    if (k == MP_TOKEN_KW_FOR || k == MP_TOKEN_KW_ASYNC) {
        if (first->kind == AST_Starred) {
            error_at(p, first->line, "iterable unpacking cannot be used in comprehension");
        }
        mp_ast_t *g = new_node(AST_GeneratorExp, pos);
        g->u.ListComp.elt = first;
        g->u.ListComp.generators = parse_comp_for(p);
        expect(p, MP_TOKEN_RPAREN);
        return g;
    }
    if (accept(p, MP_TOKEN_RPAREN)) {
        if (first->kind == AST_Starred) {
            error_at(p, first->line, "cannot use starred expression here");
        }
        return first;
    }
    if (k != MP_TOKEN_COMMA) {
        syntax_error(p);
    }
    size_t base = p->sp;
    push(p, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (tok_kind(p) == MP_TOKEN_RPAREN) {
            break;
        }
        push(p, parse_star_expr(p, true));
    }
    expect(p, MP_TOKEN_RPAREN);
    return new_tuple(pos, pop_seq(p, base));
}

// '[' ...: list display or list comprehension.
static mp_ast_t *parse_list(parser_t *p) {
    pos_t pos = tok_pos(p);
    advance(p);
    size_t base = p->sp;
    if (tok_kind(p) != MP_TOKEN_RBRACKET) {
        mp_ast_t *first = parse_star_expr(p, true);
        mp_token_kind_t k = tok_kind(p);
        if (k == MP_TOKEN_KW_FOR || k == MP_TOKEN_KW_ASYNC) {
            if (first->kind == AST_Starred) {
                error_at(p, first->line, "iterable unpacking cannot be used in comprehension");
            }
            mp_ast_t *c = new_node(AST_ListComp, pos);
            c->u.ListComp.elt = first;
            c->u.ListComp.generators = parse_comp_for(p);
            expect(p, MP_TOKEN_RBRACKET);
            return c;
        }
        push(p, first);
        while (accept(p, MP_TOKEN_COMMA)) {
            if (tok_kind(p) == MP_TOKEN_RBRACKET) {
                break;
            }
            push(p, parse_star_expr(p, true));
        }
    }
    expect(p, MP_TOKEN_RBRACKET);
    mp_ast_t *n = new_node(AST_List, pos);
    n->u.List.elts = pop_seq(p, base);
    n->u.List.ctx = AST_CTX_LOAD;
    return n;
}

// '{' ...: dict or set display, dict or set comprehension.
static mp_ast_t *parse_brace(parser_t *p) {
    pos_t pos = tok_pos(p);
    advance(p);
    size_t base = p->sp;
    if (accept(p, MP_TOKEN_RBRACE)) {
        mp_ast_t *d = new_node(AST_Dict, pos);
        return d;
    }
    mp_ast_t *key = NULL, *value;
    if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
        value = parse_bitor(p);
    } else {
        key = parse_star_expr(p, true);
        if (!accept(p, MP_TOKEN_COLON)) {
            // a set
            mp_token_kind_t k = tok_kind(p);
            if (k == MP_TOKEN_KW_FOR || k == MP_TOKEN_KW_ASYNC) {
                if (key->kind == AST_Starred) {
                    error_at(p, key->line, "iterable unpacking cannot be used in comprehension");
                }
                mp_ast_t *c = new_node(AST_SetComp, pos);
                c->u.ListComp.elt = key;
                c->u.ListComp.generators = parse_comp_for(p);
                expect(p, MP_TOKEN_RBRACE);
                return c;
            }
            push(p, key);
            while (accept(p, MP_TOKEN_COMMA)) {
                if (tok_kind(p) == MP_TOKEN_RBRACE) {
                    break;
                }
                push(p, parse_star_expr(p, true));
            }
            expect(p, MP_TOKEN_RBRACE);
            mp_ast_t *s = new_node(AST_Set, pos);
            s->u.Set.elts = pop_seq(p, base);
            return s;
        }
        if (key->kind == AST_Starred) {
            error_at(p, key->line, "cannot use a starred expression in a dictionary value");
        }
        value = parse_expression(p);
        mp_token_kind_t k = tok_kind(p);
        if (k == MP_TOKEN_KW_FOR || k == MP_TOKEN_KW_ASYNC) {
            mp_ast_t *c = new_node(AST_DictComp, pos);
            c->u.DictComp.key = key;
            c->u.DictComp.value = value;
            c->u.DictComp.generators = parse_comp_for(p);
            expect(p, MP_TOKEN_RBRACE);
            return c;
        }
    }
    // a dict: keys and values alternate on the stack
    push(p, key);
    push(p, value);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (tok_kind(p) == MP_TOKEN_RBRACE) {
            break;
        }
        if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
            push(p, NULL);
            push(p, parse_bitor(p));
        } else {
            push(p, parse_expression(p));
            expect(p, MP_TOKEN_COLON);
            push(p, parse_expression(p));
        }
    }
    expect(p, MP_TOKEN_RBRACE);
    size_t n = (p->sp - base) / 2;
    mp_ast_t *d = new_node(AST_Dict, pos);
    d->u.Dict.keys.len = d->u.Dict.values.len = n;
    d->u.Dict.keys.items = m_new(mp_ast_t *, n);
    d->u.Dict.values.items = m_new(mp_ast_t *, n);
    for (size_t i = 0; i < n; ++i) {
        d->u.Dict.keys.items[i] = p->stack[base + 2 * i];
        d->u.Dict.values.items[i] = p->stack[base + 2 * i + 1];
    }
    p->sp = base;
    return d;
}

static mp_ast_t *parse_atom(parser_t *p) {
    pos_t pos = tok_pos(p);
    mp_ast_t *n;
    switch (tok_kind(p)) {
        case MP_TOKEN_NAME:
            n = new_name(pos, TOK.qst);
            advance(p);
            return n;
        case MP_TOKEN_NUMBER:
            n = new_constant(pos, TOK.obj);
            advance(p);
            return n;
        case MP_TOKEN_KW_TRUE:
            advance(p);
            return new_constant(pos, mp_const_true);
        case MP_TOKEN_KW_FALSE:
            advance(p);
            return new_constant(pos, mp_const_false);
        case MP_TOKEN_KW_NONE:
            advance(p);
            return new_constant(pos, mp_const_none);
        case MP_TOKEN_ELLIPSIS:
            advance(p);
            return new_constant(pos, mp_const_ellipsis);
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_FSTRING:
            return parse_strings(p);
        case MP_TOKEN_LPAREN:
            return parse_paren(p);
        case MP_TOKEN_LBRACKET:
            return parse_list(p);
        case MP_TOKEN_LBRACE:
            return parse_brace(p);
        default:
            syntax_error(p);
    }
}

// primary: atom followed by any number of .name, (args) and [subscript] trailers.
static mp_ast_t *parse_primary(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *e = parse_atom(p);
    for (;;) {
        mp_token_kind_t k = tok_kind(p);
        if (k == MP_TOKEN_DOT) {
            advance(p);
            mp_ast_t *n = new_node(AST_Attribute, start);
            n->u.Attribute.value = e;
            n->u.Attribute.attr = expect_name(p);
            n->u.Attribute.ctx = AST_CTX_LOAD;
            e = n;
        } else if (k == MP_TOKEN_LPAREN) {
            pos_t lparen = tok_pos(p);
            advance(p);
            mp_ast_t *n = new_node(AST_Call, start);
            n->u.Call.func = e;
            parse_call_args(p, lparen, &n->u.Call.args, &n->u.Call.keywords, true);
            expect(p, MP_TOKEN_RPAREN);
            e = n;
        } else if (k == MP_TOKEN_LBRACKET) {
            advance(p);
            mp_ast_t *n = new_node(AST_Subscript, start);
            n->u.Subscript.value = e;
            n->u.Subscript.ctx = AST_CTX_LOAD;
            pos_t first_start = tok_pos(p);
            mp_ast_t *first = parse_slice_item(p);
            if (tok_kind(p) == MP_TOKEN_COMMA) {
                size_t base = p->sp;
                push(p, first);
                while (accept(p, MP_TOKEN_COMMA)) {
                    if (tok_kind(p) == MP_TOKEN_RBRACKET) {
                        break;
                    }
                    push(p, parse_slice_item(p));
                }
                first = new_tuple(first_start, pop_seq(p, base));
            } else if (first->kind == AST_Starred) {
                // a[*b] is a one-element tuple
                first = new_tuple(first_start, seq_of_one(first));
            }
            n->u.Subscript.slice = first;
            expect(p, MP_TOKEN_RBRACKET);
            e = n;
        } else {
            return e;
        }
    }
}

// power: ['await'] primary ['**' factor]
static mp_ast_t *parse_power(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *e;
    if (tok_kind(p) == MP_TOKEN_KW_AWAIT) {
        e = new_node(AST_Await, tok_pos(p));
        advance(p);
        e->u.Await.value = parse_primary(p);
    } else {
        e = parse_primary(p);
    }
    if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
        mp_stack_check();
        mp_ast_t *n = new_node(AST_BinOp, start);
        n->u.BinOp.left = e;
        n->u.BinOp.op = MP_BINARY_OP_POWER;
        n->u.BinOp.right = parse_factor(p);
        e = n;
    }
    return e;
}

// factor: ('+' | '-' | '~') factor | power
static mp_ast_t *parse_factor(parser_t *p) {
    mp_token_kind_t k = tok_kind(p);
    if (k == MP_TOKEN_OP_PLUS || k == MP_TOKEN_OP_MINUS || k == MP_TOKEN_OP_TILDE) {
        mp_stack_check();
        mp_ast_t *n = new_node(AST_UnaryOp, tok_pos(p));
        advance(p);
        n->u.UnaryOp.op = k == MP_TOKEN_OP_PLUS ? MP_UNARY_OP_POSITIVE : k == MP_TOKEN_OP_MINUS ? MP_UNARY_OP_NEGATIVE : MP_UNARY_OP_INVERT;
        n->u.UnaryOp.operand = parse_factor(p);
        return n;
    }
    return parse_power(p);
}

// Binding strength of binary operator tokens (0: not a binary operator here). '**' is handled
// by parse_power.
static const uint8_t binop_prec[MP_TOKEN_NUM_KINDS] = {
    [MP_TOKEN_OP_PIPE] = 1, [MP_TOKEN_OP_CARET] = 2, [MP_TOKEN_OP_AMPERSAND] = 3,
    [MP_TOKEN_OP_LSHIFT] = 4, [MP_TOKEN_OP_RSHIFT] = 4,
    [MP_TOKEN_OP_PLUS] = 5, [MP_TOKEN_OP_MINUS] = 5,
    [MP_TOKEN_OP_STAR] = 6, [MP_TOKEN_OP_AT] = 6, [MP_TOKEN_OP_DBL_SLASH] = 6,
    [MP_TOKEN_OP_SLASH] = 6, [MP_TOKEN_OP_PERCENT] = 6,
};

static mp_ast_t *parse_binary(parser_t *p, int min_prec) {
    pos_t start = tok_pos(p);
    mp_ast_t *left = parse_factor(p);
    for (;;) {
        mp_token_kind_t k = tok_kind(p);
        int prec = binop_prec[k];
        if (prec == 0 || prec < min_prec) {
            return left;
        }
        advance(p);
        mp_ast_t *right = prec == 6 ? parse_factor(p) : parse_binary(p, prec + 1);
        mp_ast_t *n = new_node(AST_BinOp, start);
        n->u.BinOp.left = left;
        // operator tokens OP_PIPE..OP_DBL_STAR are in the order of MP_BINARY_OP_OR..POWER
        n->u.BinOp.op = MP_BINARY_OP_OR + (k - MP_TOKEN_OP_PIPE);
        n->u.BinOp.right = right;
        left = n;
    }
}

static mp_ast_t *parse_bitor(parser_t *p) {
    return parse_binary(p, 1);
}

// comparison: bitwise_or (compare_op bitwise_or)*
static mp_ast_t *parse_comparison(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *left = parse_bitor(p);
    size_t base = p->sp;
    for (;;) {
        mp_binary_op_t op;
        switch (tok_kind(p)) {
            case MP_TOKEN_OP_LESS:
                op = MP_BINARY_OP_LESS;
                break;
            case MP_TOKEN_OP_MORE:
                op = MP_BINARY_OP_MORE;
                break;
            case MP_TOKEN_OP_EQUAL:
                op = MP_BINARY_OP_EQUAL;
                break;
            case MP_TOKEN_OP_LESS_EQUAL:
                op = MP_BINARY_OP_LESS_EQUAL;
                break;
            case MP_TOKEN_OP_MORE_EQUAL:
                op = MP_BINARY_OP_MORE_EQUAL;
                break;
            case MP_TOKEN_OP_NOT_EQUAL:
                op = MP_BINARY_OP_NOT_EQUAL;
                break;
            case MP_TOKEN_KW_IN:
                op = MP_BINARY_OP_IN;
                break;
            case MP_TOKEN_KW_NOT:
                advance(p);
                if (tok_kind(p) != MP_TOKEN_KW_IN) {
                    syntax_error(p);
                }
                op = MP_BINARY_OP_NOT_IN;
                break;
            case MP_TOKEN_KW_IS:
                advance(p);
                if (tok_kind(p) == MP_TOKEN_KW_NOT) {
                    op = MP_BINARY_OP_IS_NOT;
                    break;
                }
                op = MP_BINARY_OP_IS;
                push(p, (mp_ast_t *)(uintptr_t)op);
                push(p, parse_bitor(p));
                continue;
            default:
                goto done;
        }
        advance(p);
        push(p, (mp_ast_t *)(uintptr_t)op);
        push(p, parse_bitor(p));
    }
done:
    if (p->sp == base) {
        return left;
    }
    size_t n = (p->sp - base) / 2;
    mp_ast_t *c = new_node(AST_Compare, start);
    c->u.Compare.left = left;
    c->u.Compare.n = n;
    c->u.Compare.ops = m_new(uint8_t, n);
    c->u.Compare.comparators = m_new(mp_ast_t *, n);
    for (size_t i = 0; i < n; ++i) {
        c->u.Compare.ops[i] = (uint8_t)(uintptr_t)p->stack[base + 2 * i];
        c->u.Compare.comparators[i] = p->stack[base + 2 * i + 1];
    }
    p->sp = base;
    return c;
}

// inversion: 'not' inversion | comparison
static mp_ast_t *parse_inversion(parser_t *p) {
    if (tok_kind(p) == MP_TOKEN_KW_NOT) {
        mp_stack_check();
        mp_ast_t *n = new_node(AST_UnaryOp, tok_pos(p));
        advance(p);
        n->u.UnaryOp.op = MP_UNARY_OP_NOT;
        n->u.UnaryOp.operand = parse_inversion(p);
        return n;
    }
    return parse_comparison(p);
}

// conjunction/disjunction: flattened BoolOps (a and b and c is one node with three values).
static mp_ast_t *parse_conjunction(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *first = parse_inversion(p);
    if (tok_kind(p) != MP_TOKEN_KW_AND) {
        return first;
    }
    size_t base = p->sp;
    push(p, first);
    while (accept(p, MP_TOKEN_KW_AND)) {
        push(p, parse_inversion(p));
    }
    mp_ast_t *n = new_node(AST_BoolOp, start);
    n->u.BoolOp.op = AST_BOOL_AND;
    n->u.BoolOp.values = pop_seq(p, base);
    return n;
}

static mp_ast_t *parse_disjunction(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *first = parse_conjunction(p);
    if (tok_kind(p) != MP_TOKEN_KW_OR) {
        return first;
    }
    size_t base = p->sp;
    push(p, first);
    while (accept(p, MP_TOKEN_KW_OR)) {
        push(p, parse_conjunction(p));
    }
    mp_ast_t *n = new_node(AST_BoolOp, start);
    n->u.BoolOp.op = AST_BOOL_OR;
    n->u.BoolOp.values = pop_seq(p, base);
    return n;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
static mp_ast_t *parse_expression(parser_t *p) {
    mp_stack_check();
    if (tok_kind(p) == MP_TOKEN_KW_LAMBDA) {
        mp_ast_t *n = new_node(AST_Lambda, tok_pos(p));
        advance(p);
        n->u.Lambda.args = parse_params(p, true, MP_TOKEN_COLON);
        expect(p, MP_TOKEN_COLON);
        n->u.Lambda.body = parse_expression(p);
        return n;
    }
    pos_t start = tok_pos(p);
    mp_ast_t *body = parse_disjunction(p);
    if (tok_kind(p) != MP_TOKEN_KW_IF) {
        return body;
    }
    advance(p);
    mp_ast_t *n = new_node(AST_IfExp, start);
    n->u.IfExp.body = body;
    n->u.IfExp.test = parse_disjunction(p);
    if (tok_kind(p) != MP_TOKEN_KW_ELSE) {
        error_at(p, TOK.line, "expected 'else' after 'if' expression");
    }
    advance(p);
    n->u.IfExp.orelse = parse_expression(p);
    return n;
}

// named_expression: NAME ':=' expression | expression
static mp_ast_t *parse_named_expression(parser_t *p) {
    mp_ast_t *e = parse_expression(p);
    if (tok_kind(p) != MP_TOKEN_WALRUS) {
        return e;
    }
    if (e->kind != AST_Name) {
        error_fmt(p, e->line, "cannot use assignment expressions with %s", describe_expr(e));
    }
    advance(p);
    e->u.Name.ctx = AST_CTX_STORE;
    mp_ast_t *n = new_node(AST_NamedExpr, node_pos(e));
    n->u.NamedExpr.target = e;
    n->u.NamedExpr.value = parse_expression(p);
    return n;
}

// Assignment targets of `for` loops and comprehensions: stops before 'in'.
static mp_ast_t *parse_target_list(parser_t *p) {
    pos_t start = tok_pos(p);
    mp_ast_t *first = parse_star_expr_bitor(p);
    if (tok_kind(p) == MP_TOKEN_COMMA) {
        size_t base = p->sp;
        push(p, first);
        while (accept(p, MP_TOKEN_COMMA)) {
            mp_token_kind_t k = tok_kind(p);
            if (!starts_expr(k) && k != MP_TOKEN_OP_STAR) {
                break;
            }
            push(p, parse_star_expr_bitor(p));
        }
        first = new_tuple(start, pop_seq(p, base));
    }
    set_store_target(p, first);
    return first;
}

// One or more `for ... in ... [if ...]*` clauses of a comprehension.
static mp_ast_seq_t parse_comp_for(parser_t *p) {
    size_t base = p->sp;
    for (;;) {
        bool is_async = false;
        if (tok_kind(p) == MP_TOKEN_KW_ASYNC) {
            advance(p);
            is_async = true;
            if (tok_kind(p) != MP_TOKEN_KW_FOR) {
                syntax_error(p);
            }
        } else if (tok_kind(p) != MP_TOKEN_KW_FOR) {
            break;
        }
        pos_t pos = tok_pos(p);
        advance(p);
        mp_ast_t *c = new_node(AST_comprehension, pos);
        c->u.comprehension.is_async = is_async;
        c->u.comprehension.target = parse_target_list(p);
        expect(p, MP_TOKEN_KW_IN);
        c->u.comprehension.iter = parse_disjunction(p);
        size_t ifs_base = p->sp;
        while (accept(p, MP_TOKEN_KW_IF)) {
            push(p, parse_disjunction(p));
        }
        c->u.comprehension.ifs = pop_seq(p, ifs_base);
        push(p, c);
    }
    return pop_seq(p, base);
}

// ---- function signatures ----

typedef struct _node_list_t {
    mp_ast_t **items;
    size_t len;
    size_t alloc;
} node_list_t;

static void list_push(node_list_t *l, mp_ast_t *n) {
    if (l->len == l->alloc) {
        size_t new_alloc = l->alloc ? l->alloc * 2 : 4;
        l->items = m_renew(mp_ast_t *, l->items, l->alloc, new_alloc);
        l->alloc = new_alloc;
    }
    l->items[l->len++] = n;
}

static mp_ast_seq_t list_seq(node_list_t *l) {
    mp_ast_seq_t seq = { l->len, l->len ? l->items : NULL };
    return seq;
}

static mp_ast_t *parse_param(parser_t *p, bool is_lambda) {
    mp_ast_t *a = new_node(AST_arg, tok_pos(p));
    a->u.arg.arg = expect_name(p);
    if (!is_lambda && accept(p, MP_TOKEN_COLON)) {
        a->u.arg.annotation = parse_expression(p);
    }
    return a;
}

// Parameters of a def (up to `closing`, ')') or a lambda (up to ':'), not consuming `closing`.
static mp_ast_t *parse_params(parser_t *p, bool is_lambda, mp_token_kind_t closing) {
    node_list_t posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kw_defaults = {0};
    mp_ast_t *vararg = NULL, *kwarg = NULL;
    bool seen_star = false, seen_slash = false;
    uint32_t star_line = 0;
    while (tok_kind(p) != closing) {
        uint32_t line = TOK.line;
        if (accept(p, MP_TOKEN_OP_SLASH)) {
            if (seen_slash) {
                error_at(p, line, "/ may appear only once");
            }
            if (seen_star) {
                error_at(p, line, "/ must be ahead of *");
            }
            if (args.len == 0) {
                error_at(p, line, "at least one argument must precede /");
            }
            posonly = args;
            args = (node_list_t) {0};
            seen_slash = true;
        } else if (accept(p, MP_TOKEN_OP_STAR)) {
            if (seen_star) {
                error_at(p, line, "* argument may appear only once");
            }
            seen_star = true;
            star_line = line;
            if (tok_kind(p) == MP_TOKEN_NAME) {
                vararg = parse_param(p, is_lambda);
            }
        } else if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
            kwarg = parse_param(p, is_lambda);
            accept(p, MP_TOKEN_COMMA);
            if (tok_kind(p) != closing) {
                error_at(p, TOK.line, "arguments cannot follow var-keyword argument");
            }
            break;
        } else if (tok_kind(p) == MP_TOKEN_NAME) {
            mp_ast_t *a = parse_param(p, is_lambda);
            mp_ast_t *def = NULL;
            if (accept(p, MP_TOKEN_ASSIGN)) {
                def = parse_expression(p);
            }
            if (!seen_star) {
                list_push(&args, a);
                if (def) {
                    list_push(&defaults, def);
                } else if (defaults.len) {
                    error_at(p, line, "non-default argument follows default argument");
                }
            } else {
                list_push(&kwonly, a);
                list_push(&kw_defaults, def);
            }
        } else {
            syntax_error(p);
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    if (seen_star && vararg == NULL && kwonly.len == 0) {
        error_at(p, star_line, "named arguments must follow bare *");
    }
    // duplicate names: gather all parameters (a handful) and compare each pair
    node_list_t all = {0};
    node_list_t *lists[3] = { &posonly, &args, &kwonly };
    for (int li = 0; li < 3; ++li) {
        for (size_t i = 0; i < lists[li]->len; ++i) {
            list_push(&all, lists[li]->items[i]);
        }
    }
    if (vararg) {
        list_push(&all, vararg);
    }
    if (kwarg) {
        list_push(&all, kwarg);
    }
    for (size_t i = 1; i < all.len; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (all.items[i]->u.arg.arg == all.items[j]->u.arg.arg) {
                error_fmt(p, all.items[i]->line, "duplicate argument '%s' in function definition", qstr_str(all.items[i]->u.arg.arg));
            }
        }
    }
    mp_ast_t *n = new_node(AST_arguments, tok_pos(p));
    n->u.arguments.posonlyargs = list_seq(&posonly);
    n->u.arguments.args = list_seq(&args);
    n->u.arguments.vararg = vararg;
    n->u.arguments.kwonlyargs = list_seq(&kwonly);
    n->u.arguments.kw_defaults = list_seq(&kw_defaults);
    n->u.arguments.kwarg = kwarg;
    n->u.arguments.defaults = list_seq(&defaults);
    return n;
}

// ---- simple statements ----

static mp_ast_t *parse_dotted_name(parser_t *p) {
    pos_t pos = tok_pos(p);
    qstr q = expect_name(p);
    if (tok_kind(p) == MP_TOKEN_DOT) {
        size_t base = p->strbuf.len;
        vstr_add_str(&p->strbuf, qstr_str(q));
        while (accept(p, MP_TOKEN_DOT)) {
            vstr_add_byte(&p->strbuf, '.');
            vstr_add_str(&p->strbuf, qstr_str(expect_name(p)));
        }
        q = qstr_from_strn(p->strbuf.buf + base, p->strbuf.len - base);
        p->strbuf.len = base;
    }
    mp_ast_t *a = new_node(AST_alias, pos);
    a->u.alias.name = q;
    return a;
}

static mp_ast_t *parse_import(parser_t *p, pos_t pos) {
    advance(p);
    size_t base = p->sp;
    do {
        mp_ast_t *a = parse_dotted_name(p);
        if (accept(p, MP_TOKEN_KW_AS)) {
            a->u.alias.asname = expect_name(p);
        }
        push(p, a);
    } while (accept(p, MP_TOKEN_COMMA));
    mp_ast_t *n = new_node(AST_Import, pos);
    n->u.Import.names = pop_seq(p, base);
    return n;
}

static mp_ast_t *parse_from_import(parser_t *p, pos_t pos) {
    advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, MP_TOKEN_DOT)) {
            level += 1;
        } else if (accept(p, MP_TOKEN_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    mp_ast_t *n = new_node(AST_ImportFrom, pos);
    n->u.ImportFrom.level = level;
    if (tok_kind(p) == MP_TOKEN_NAME) {
        n->u.ImportFrom.module = parse_dotted_name(p)->u.alias.name;
    } else if (level == 0) {
        syntax_error(p);
    }
    expect(p, MP_TOKEN_KW_IMPORT);
    size_t base = p->sp;
    if (tok_kind(p) == MP_TOKEN_OP_STAR) {
        mp_ast_t *a = new_node(AST_alias, tok_pos(p));
        a->u.alias.name = MP_QSTR__star_;
        advance(p);
        push(p, a);
    } else {
        bool paren = accept(p, MP_TOKEN_LPAREN);
        for (;;) {
            mp_ast_t *a = new_node(AST_alias, tok_pos(p));
            a->u.alias.name = expect_name(p);
            if (accept(p, MP_TOKEN_KW_AS)) {
                a->u.alias.asname = expect_name(p);
            }
            push(p, a);
            if (!accept(p, MP_TOKEN_COMMA)) {
                break;
            }
            if (tok_kind(p) != MP_TOKEN_NAME) {
                if (paren && tok_kind(p) == MP_TOKEN_RPAREN) {
                    break;
                }
                error_at(p, TOK.line, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren) {
            expect(p, MP_TOKEN_RPAREN);
        }
    }
    n->u.ImportFrom.names = pop_seq(p, base);
    return n;
}

static mp_ast_t *parse_global(parser_t *p, pos_t pos, mp_ast_kind_t kind) {
    advance(p);
    size_t base = p->sp;
    do {
        push(p, (mp_ast_t *)(uintptr_t)expect_name(p));
    } while (accept(p, MP_TOKEN_COMMA));
    mp_ast_t *n = new_node(kind, pos);
    n->u.Global.len = p->sp - base;
    n->u.Global.names = m_new(qstr, n->u.Global.len);
    for (size_t i = 0; i < n->u.Global.len; ++i) {
        n->u.Global.names[i] = (qstr)(uintptr_t)p->stack[base + i];
    }
    p->sp = base;
    return n;
}

// Expression statement, assignment, augmented assignment or annotated assignment.
static mp_ast_t *parse_expr_stmt(parser_t *p, pos_t pos) {
    mp_ast_t *e = tok_kind(p) == MP_TOKEN_KW_YIELD ? parse_yield(p) : parse_star_exprs(p, false);
    mp_token_kind_t k = tok_kind(p);
    if (k == MP_TOKEN_ASSIGN) {
        size_t base = p->sp;
        push(p, e);
        mp_ast_t *value = NULL;
        while (accept(p, MP_TOKEN_ASSIGN)) {
            value = tok_kind(p) == MP_TOKEN_KW_YIELD ? parse_yield(p) : parse_star_exprs(p, false);
            if (tok_kind(p) == MP_TOKEN_ASSIGN) {
                push(p, value);
            }
        }
        check_not_starred(p, value);
        mp_ast_t *n = new_node(AST_Assign, pos);
        n->u.Assign.targets = pop_seq(p, base);
        n->u.Assign.value = value;
        for (size_t i = 0; i < n->u.Assign.targets.len; ++i) {
            set_store_target(p, n->u.Assign.targets.items[i]);
        }
        return n;
    }
    if (k >= MP_TOKEN_DEL_PIPE_ASSIGN && k <= MP_TOKEN_DEL_DBL_STAR_ASSIGN) {
        if (e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript) {
            error_fmt(p, e->line, "'%s' is an illegal expression for augmented assignment", describe_expr(e));
        }
        set_ctx(p, e, AST_CTX_STORE);
        advance(p);
        mp_ast_t *n = new_node(AST_AugAssign, pos);
        n->u.AugAssign.target = e;
        n->u.AugAssign.op = MP_BINARY_OP_OR + (k - MP_TOKEN_DEL_PIPE_ASSIGN);
        n->u.AugAssign.value = tok_kind(p) == MP_TOKEN_KW_YIELD ? parse_yield(p) : parse_star_exprs(p, false);
        check_not_starred(p, n->u.AugAssign.value);
        return n;
    }
    if (k == MP_TOKEN_COLON) {
        if (e->kind == AST_Tuple || e->kind == AST_List) {
            error_fmt(p, e->line, "only single target (not %s) can be annotated", e->kind == AST_Tuple ? "tuple" : "list");
        }
        if (e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript) {
            error_at(p, e->line, "illegal target for annotation");
        }
        set_ctx(p, e, AST_CTX_STORE);
        advance(p);
        mp_ast_t *n = new_node(AST_AnnAssign, pos);
        n->u.AnnAssign.target = e;
        n->u.AnnAssign.annotation = parse_expression(p);
        if (accept(p, MP_TOKEN_ASSIGN)) {
            n->u.AnnAssign.value = tok_kind(p) == MP_TOKEN_KW_YIELD ? parse_yield(p) : parse_star_exprs(p, false);
            check_not_starred(p, n->u.AnnAssign.value);
        }
        // "simple": a plain name that was not in parentheses (then it starts the statement)
        n->u.AnnAssign.simple = e->kind == AST_Name && e->line == pos.line && e->col == pos.col;
        return n;
    }
    if (k == MP_TOKEN_WALRUS && e->kind != AST_Name) {
        error_fmt(p, e->line, "cannot use assignment expressions with %s", describe_expr(e));
    }
    check_not_starred(p, e);
    mp_ast_t *n = new_node(AST_Expr, pos);
    n->u.Expr.value = e;
    return n;
}

static mp_ast_t *parse_simple_stmt(parser_t *p) {
    pos_t pos = tok_pos(p);
    mp_ast_t *n;
    switch (tok_kind(p)) {
        case MP_TOKEN_KW_PASS:
            advance(p);
            return new_node(AST_Pass, pos);
        case MP_TOKEN_KW_BREAK:
            advance(p);
            return new_node(AST_Break, pos);
        case MP_TOKEN_KW_CONTINUE:
            advance(p);
            return new_node(AST_Continue, pos);
        case MP_TOKEN_KW_RETURN:
            advance(p);
            n = new_node(AST_Return, pos);
            if (starts_expr(tok_kind(p)) || tok_kind(p) == MP_TOKEN_OP_STAR) {
                n->u.Return.value = parse_star_exprs(p, false);
                check_not_starred(p, n->u.Return.value);
            }
            return n;
        case MP_TOKEN_KW_RAISE:
            advance(p);
            n = new_node(AST_Raise, pos);
            if (starts_expr(tok_kind(p))) {
                n->u.Raise.exc = parse_expression(p);
                if (accept(p, MP_TOKEN_KW_FROM)) {
                    n->u.Raise.cause = parse_expression(p);
                }
            }
            return n;
        case MP_TOKEN_KW_GLOBAL:
            return parse_global(p, pos, AST_Global);
        case MP_TOKEN_KW_NONLOCAL:
            return parse_global(p, pos, AST_Nonlocal);
        case MP_TOKEN_KW_DEL: {
            advance(p);
            size_t base = p->sp;
            do {
                if (!starts_expr(tok_kind(p)) && tok_kind(p) != MP_TOKEN_OP_STAR) {
                    if (p->sp == base) {
                        syntax_error(p);
                    }
                    break;
                }
                mp_ast_t *t = parse_star_expr_bitor(p);
                set_ctx(p, t, AST_CTX_DEL);
                push(p, t);
            } while (accept(p, MP_TOKEN_COMMA));
            n = new_node(AST_Delete, pos);
            n->u.Delete.targets = pop_seq(p, base);
            return n;
        }
        case MP_TOKEN_KW_ASSERT:
            advance(p);
            n = new_node(AST_Assert, pos);
            n->u.Assert.test = parse_expression(p);
            if (accept(p, MP_TOKEN_COMMA)) {
                n->u.Assert.msg = parse_expression(p);
            }
            return n;
        case MP_TOKEN_KW_IMPORT:
            return parse_import(p, pos);
        case MP_TOKEN_KW_FROM:
            return parse_from_import(p, pos);
        default:
            return parse_expr_stmt(p, pos);
    }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE; pushes the statements.
static void parse_simple_stmts(parser_t *p) {
    for (;;) {
        push(p, parse_simple_stmt(p));
        if (!accept(p, MP_TOKEN_SEMICOLON)) {
            break;
        }
        if (tok_kind(p) == MP_TOKEN_NEWLINE || tok_kind(p) == MP_TOKEN_END) {
            break;
        }
    }
    if (!accept(p, MP_TOKEN_NEWLINE) && tok_kind(p) != MP_TOKEN_END) {
        syntax_error(p);
    }
}

// ---- compound statements ----

// block: NEWLINE INDENT statements DEDENT | simple_stmts (after the ':')
static mp_ast_seq_t parse_block(parser_t *p) {
    size_t base = p->sp;
    if (accept(p, MP_TOKEN_NEWLINE)) {
        if (tok_kind(p) != MP_TOKEN_INDENT) {
            mp_lexer_raise(p->source_file, TOK.line, "expected an indented block", true);
        }
        advance(p);
        while (tok_kind(p) != MP_TOKEN_DEDENT && tok_kind(p) != MP_TOKEN_END) {
            parse_statement(p);
        }
        accept(p, MP_TOKEN_DEDENT);
    } else {
        if (tok_kind(p) == MP_TOKEN_END) {
            syntax_error(p);
        }
        parse_simple_stmts(p);
    }
    return pop_seq(p, base);
}

static mp_ast_t *parse_if(parser_t *p) {
    mp_ast_t *n = new_node(AST_If, tok_pos(p));
    advance(p); // 'if' or 'elif'
    n->u.If.test = parse_named_expression(p);
    expect(p, MP_TOKEN_COLON);
    n->u.If.body = parse_block(p);
    if (tok_kind(p) == MP_TOKEN_KW_ELIF) {
        n->u.If.orelse = seq_of_one(parse_if(p));
    } else if (accept(p, MP_TOKEN_KW_ELSE)) {
        expect(p, MP_TOKEN_COLON);
        n->u.If.orelse = parse_block(p);
    }
    return n;
}

static mp_ast_t *parse_while(parser_t *p) {
    mp_ast_t *n = new_node(AST_While, tok_pos(p));
    advance(p);
    n->u.While.test = parse_named_expression(p);
    expect(p, MP_TOKEN_COLON);
    n->u.While.body = parse_block(p);
    if (accept(p, MP_TOKEN_KW_ELSE)) {
        expect(p, MP_TOKEN_COLON);
        n->u.While.orelse = parse_block(p);
    }
    return n;
}

static mp_ast_t *parse_for(parser_t *p, pos_t pos, bool is_async) {
    mp_ast_t *n = new_node(is_async ? AST_AsyncFor : AST_For, pos);
    advance(p); // 'for'
    n->u.For.target = parse_target_list(p);
    expect(p, MP_TOKEN_KW_IN);
    n->u.For.iter = parse_star_exprs(p, false);
    check_not_starred(p, n->u.For.iter);
    expect(p, MP_TOKEN_COLON);
    n->u.For.body = parse_block(p);
    if (accept(p, MP_TOKEN_KW_ELSE)) {
        expect(p, MP_TOKEN_COLON);
        n->u.For.orelse = parse_block(p);
    }
    return n;
}

static mp_ast_t *parse_try(parser_t *p) {
    mp_ast_t *n = new_node(AST_Try, tok_pos(p));
    advance(p);
    expect(p, MP_TOKEN_COLON);
    n->u.Try.body = parse_block(p);
    size_t base = p->sp;
    bool seen_bare = false;
    while (tok_kind(p) == MP_TOKEN_KW_EXCEPT) {
        mp_ast_t *h = new_node(AST_ExceptHandler, tok_pos(p));
        if (seen_bare) {
            error_at(p, TOK.line, "default 'except:' must be last");
        }
        advance(p);
        if (tok_kind(p) != MP_TOKEN_COLON) {
            h->u.ExceptHandler.type = parse_expression(p);
            if (tok_kind(p) == MP_TOKEN_COMMA) {
                error_at(p, TOK.line, "multiple exception types must be parenthesized");
            }
            if (accept(p, MP_TOKEN_KW_AS)) {
                h->u.ExceptHandler.name = expect_name(p);
            }
        } else {
            seen_bare = true;
        }
        expect(p, MP_TOKEN_COLON);
        h->u.ExceptHandler.body = parse_block(p);
        push(p, h);
    }
    n->u.Try.handlers = pop_seq(p, base);
    if (n->u.Try.handlers.len > 0 && accept(p, MP_TOKEN_KW_ELSE)) {
        expect(p, MP_TOKEN_COLON);
        n->u.Try.orelse = parse_block(p);
    }
    if (accept(p, MP_TOKEN_KW_FINALLY)) {
        expect(p, MP_TOKEN_COLON);
        n->u.Try.finalbody = parse_block(p);
    } else if (n->u.Try.handlers.len == 0) {
        error_at(p, TOK.line, "expected 'except' or 'finally' block");
    }
    return n;
}

// with_item: expression ['as' star_target]
static mp_ast_t *parse_with_item(parser_t *p) {
    mp_ast_t *item = new_node(AST_withitem, tok_pos(p));
    item->u.withitem.context_expr = parse_expression(p);
    if (accept(p, MP_TOKEN_KW_AS)) {
        mp_ast_t *t = parse_star_expr_bitor(p);
        set_store_target(p, t);
        item->u.withitem.optional_vars = t;
    }
    return item;
}

// At 'with' '(' : is this the parenthesized list of items, `with (a as b, c):`? It is when the
// matching ')' is directly followed by ':'. Looks ahead with the lexer and rewinds it.
static bool with_has_paren_items(parser_t *p) {
    mp_lexer_t *lex = p->lex;
    mp_lexer_t saved = *lex;
    int depth = 1;
    while (depth > 0) {
        mp_lexer_next(lex);
        mp_token_kind_t k = tok_kind(p);
        if (k == MP_TOKEN_LPAREN || k == MP_TOKEN_LBRACKET || k == MP_TOKEN_LBRACE) {
            ++depth;
        } else if (k == MP_TOKEN_RPAREN || k == MP_TOKEN_RBRACKET || k == MP_TOKEN_RBRACE) {
            --depth;
        } else if (k == MP_TOKEN_END) {
            break;
        }
    }
    bool result = false;
    if (depth == 0) {
        mp_lexer_next(lex);
        result = tok_kind(p) == MP_TOKEN_COLON;
    }
    vstr_t buf = lex->buf; // the scratch buffer may have moved; keep the live one
    *lex = saved;
    lex->buf = buf;
    return result;
}

static mp_ast_t *parse_with(parser_t *p, pos_t pos, bool is_async) {
    mp_ast_t *n = new_node(is_async ? AST_AsyncWith : AST_With, pos);
    advance(p); // 'with'
    size_t base = p->sp;
    if (tok_kind(p) == MP_TOKEN_LPAREN && with_has_paren_items(p)) {
        advance(p);
        for (;;) {
            push(p, parse_with_item(p));
            if (!accept(p, MP_TOKEN_COMMA) || tok_kind(p) == MP_TOKEN_RPAREN) {
                break;
            }
        }
        expect(p, MP_TOKEN_RPAREN);
    } else {
        do {
            push(p, parse_with_item(p));
        } while (accept(p, MP_TOKEN_COMMA));
    }
    n->u.With.items = pop_seq(p, base);
    expect(p, MP_TOKEN_COLON);
    n->u.With.body = parse_block(p);
    return n;
}

static mp_ast_t *parse_funcdef(parser_t *p, pos_t pos, bool is_async, mp_ast_seq_t decorators) {
    mp_ast_t *n = new_node(is_async ? AST_AsyncFunctionDef : AST_FunctionDef, pos);
    advance(p); // 'def'
    n->u.FunctionDef.name = expect_name(p);
    n->u.FunctionDef.decorator_list = decorators;
    expect(p, MP_TOKEN_LPAREN);
    n->u.FunctionDef.args = parse_params(p, false, MP_TOKEN_RPAREN);
    expect(p, MP_TOKEN_RPAREN);
    if (accept(p, MP_TOKEN_ARROW)) {
        n->u.FunctionDef.returns = parse_expression(p);
    }
    expect(p, MP_TOKEN_COLON);
    n->u.FunctionDef.body = parse_block(p);
    return n;
}

static mp_ast_t *parse_classdef(parser_t *p, pos_t pos, mp_ast_seq_t decorators) {
    mp_ast_t *n = new_node(AST_ClassDef, pos);
    advance(p); // 'class'
    n->u.ClassDef.name = expect_name(p);
    n->u.ClassDef.decorator_list = decorators;
    if (tok_kind(p) == MP_TOKEN_LPAREN) {
        pos_t lparen = tok_pos(p);
        advance(p);
        parse_call_args(p, lparen, &n->u.ClassDef.bases, &n->u.ClassDef.keywords, false);
        expect(p, MP_TOKEN_RPAREN);
    }
    expect(p, MP_TOKEN_COLON);
    n->u.ClassDef.body = parse_block(p);
    return n;
}

// ---- match statement (PEP 634) ----
//
// `match` and `case` are soft keywords: NAME tokens that start a match statement or a case
// block only where the grammar allows nothing else. A line starting with the name `match` is a
// match statement when the next token can start an expression and the logical line ends with
// ':' (an expression statement never ends with a ':' outside brackets); the lexer is scanned
// ahead and then restored. Patterns get their own nodes (MatchValue ... MatchOr, as in Python's
// ast); checks that CPython makes in its compiler (irrefutable cases, bindings) are in
// py/compile.c.

// Runs the lexer ahead without consuming tokens: the state is restored afterwards, except the
// scratch buffer, which the current token (a NAME) does not point into.
typedef struct _lex_mark_t {
    mp_lexer_t saved;
} lex_mark_t;

static void lex_mark(parser_t *p, lex_mark_t *m) {
    m->saved = *p->lex;
}

static void lex_rewind(parser_t *p, lex_mark_t *m) {
    vstr_t buf = p->lex->buf;
    *p->lex = m->saved;
    p->lex->buf = buf;
}

static bool match_stmt_ahead(parser_t *p) {
    lex_mark_t m;
    lex_mark(p, &m);
    advance(p);
    bool is_match = false;
    if (starts_expr(tok_kind(p)) || tok_kind(p) == MP_TOKEN_OP_STAR) {
        mp_token_kind_t last = MP_TOKEN_END;
        while (tok_kind(p) != MP_TOKEN_NEWLINE && tok_kind(p) != MP_TOKEN_END) {
            last = tok_kind(p);
            advance(p);
        }
        is_match = last == MP_TOKEN_COLON;
    }
    lex_rewind(p, &m);
    return is_match;
}

static mp_token_kind_t peek_kind(parser_t *p) {
    lex_mark_t m;
    lex_mark(p, &m);
    advance(p);
    mp_token_kind_t k = tok_kind(p);
    lex_rewind(p, &m);
    return k;
}

static mp_ast_t *parse_pattern(parser_t *p);
static mp_ast_t *parse_maybe_star_pattern(parser_t *p);

static bool number_is_imag(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_complex);
}

// signed_number ['+'|'-' imaginary]: a Constant, UnaryOp(-, Constant) or BinOp(real, +/-, imag).
static mp_ast_t *parse_literal_number(parser_t *p) {
    pos_t pos = tok_pos(p);
    bool neg = accept(p, MP_TOKEN_OP_MINUS);
    if (tok_kind(p) != MP_TOKEN_NUMBER) {
        syntax_error(p);
    }
    mp_ast_t *n = new_constant(tok_pos(p), TOK.obj);
    advance(p);
    if (neg) {
        mp_ast_t *u = new_node(AST_UnaryOp, pos);
        u->u.UnaryOp.op = MP_UNARY_OP_NEGATIVE;
        u->u.UnaryOp.operand = n;
        n = u;
    }
    mp_token_kind_t k = tok_kind(p);
    if (k != MP_TOKEN_OP_PLUS && k != MP_TOKEN_OP_MINUS) {
        return n;
    }
    mp_ast_t *real = neg ? n->u.UnaryOp.operand : n;
    if (number_is_imag(real->u.Constant.value)) {
        error_at(p, pos.line, "real number required in complex literal");
    }
    advance(p);
    if (tok_kind(p) != MP_TOKEN_NUMBER) {
        syntax_error(p);
    }
    if (!number_is_imag(TOK.obj)) {
        error_at(p, TOK.line, "imaginary number required in complex literal");
    }
    mp_ast_t *b = new_node(AST_BinOp, pos);
    b->u.BinOp.left = n;
    b->u.BinOp.op = k == MP_TOKEN_OP_PLUS ? MP_BINARY_OP_ADD : MP_BINARY_OP_SUBTRACT;
    b->u.BinOp.right = new_constant(tok_pos(p), TOK.obj);
    advance(p);
    return b;
}

// A literal of a literal pattern or a mapping key: number, strings, None/True/False; NULL if
// the current token starts none.
static mp_ast_t *parse_literal_expr(parser_t *p) {
    pos_t pos = tok_pos(p);
    switch (tok_kind(p)) {
        case MP_TOKEN_NUMBER:
        case MP_TOKEN_OP_MINUS:
            return parse_literal_number(p);
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_FSTRING: {
            mp_ast_t *s = parse_strings(p);
            if (s->kind != AST_Constant) {
                error_at(p, pos.line, "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        case MP_TOKEN_KW_NONE:
            advance(p);
            return new_constant(pos, mp_const_none);
        case MP_TOKEN_KW_TRUE:
            advance(p);
            return new_constant(pos, mp_const_true);
        case MP_TOKEN_KW_FALSE:
            advance(p);
            return new_constant(pos, mp_const_false);
        default:
            return NULL;
    }
}

// NAME ('.' NAME)*: a Name or an Attribute chain.
static mp_ast_t *parse_name_or_attr(parser_t *p) {
    pos_t pos = tok_pos(p);
    mp_ast_t *e = new_name(pos, expect_name(p));
    while (accept(p, MP_TOKEN_DOT)) {
        mp_ast_t *a = new_node(AST_Attribute, pos);
        a->u.Attribute.value = e;
        a->u.Attribute.attr = expect_name(p);
        a->u.Attribute.ctx = AST_CTX_LOAD;
        e = a;
    }
    return e;
}

static qstr check_capture_name(parser_t *p, qstr name, uint32_t line) {
    if (name == MP_QSTR___debug__) {
        error_at(p, line, "cannot assign to __debug__");
    }
    return name;
}

static mp_ast_t *new_match_as(pos_t pos, mp_ast_t *pattern, qstr name) {
    mp_ast_t *n = new_node(AST_MatchAs, pos);
    n->u.MatchAs.pattern = pattern;
    n->u.MatchAs.name = name;
    return n;
}

// Checks the star count and makes the MatchSequence of the items [base, sp).
static mp_ast_t *new_match_sequence(parser_t *p, pos_t pos, size_t base) {
    mp_ast_t *n = new_node(AST_MatchSequence, pos);
    n->u.MatchSequence.patterns = pop_seq(p, base);
    bool star = false;
    for (size_t i = 0; i < n->u.MatchSequence.patterns.len; i++) {
        if (n->u.MatchSequence.patterns.items[i]->kind == AST_MatchStar) {
            if (star) {
                error_at(p, pos.line, "multiple starred names in sequence pattern");
            }
            star = true;
        }
    }
    return n;
}

// Items of a [...] or (...) sequence pattern up to `close` (the opening token is consumed).
static mp_ast_t *parse_sequence_items(parser_t *p, pos_t pos, mp_token_kind_t close, mp_ast_t *first) {
    size_t base = p->sp;
    if (first != NULL) {
        push(p, first);
        expect(p, MP_TOKEN_COMMA);
    }
    while (tok_kind(p) != close) {
        push(p, parse_maybe_star_pattern(p));
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    expect(p, close);
    return new_match_sequence(p, pos, base);
}

static mp_ast_t *parse_class_pattern(parser_t *p, pos_t pos, mp_ast_t *cls) {
    mp_ast_t *n = new_node(AST_MatchClass, pos);
    n->u.MatchClass.cls = cls;
    advance(p); // '('
    size_t base = p->sp;
    node_list_t kw = { NULL, 0, 0 };
    node_list_t names = { NULL, 0, 0 };   // Name nodes holding the keyword attributes
    while (tok_kind(p) != MP_TOKEN_RPAREN) {
        if (tok_kind(p) == MP_TOKEN_NAME && peek_kind(p) == MP_TOKEN_ASSIGN) {
            for (size_t i = 0; i < names.len; i++) {
                if (names.items[i]->u.Name.id == TOK.qst) {
                    error_fmt(p, TOK.line, "attribute name repeated in class pattern: %s", qstr_str(TOK.qst));
                }
            }
            list_push(&names, new_name(tok_pos(p), TOK.qst));
            advance(p);
            advance(p);
            list_push(&kw, parse_pattern(p));
        } else {
            uint32_t line = TOK.line;
            push(p, parse_pattern(p));
            if (kw.len > 0) {
                error_at(p, line, "positional patterns follow keyword patterns");
            }
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    expect(p, MP_TOKEN_RPAREN);
    n->u.MatchClass.patterns = pop_seq(p, base);
    n->u.MatchClass.kwd_patterns = list_seq(&kw);
    n->u.MatchClass.kwd_attrs = m_new(qstr, kw.len + 1);
    for (size_t i = 0; i < kw.len; i++) {
        n->u.MatchClass.kwd_attrs[i] = names.items[i]->u.Name.id;
    }
    return n;
}

static mp_ast_t *parse_mapping_pattern(parser_t *p, pos_t pos) {
    advance(p); // '{'
    mp_ast_t *n = new_node(AST_MatchMapping, pos);
    n->u.MatchMapping.rest = MP_QSTRnull;
    node_list_t keys = { NULL, 0, 0 };
    size_t base = p->sp;
    while (tok_kind(p) != MP_TOKEN_RBRACE) {
        if (accept(p, MP_TOKEN_OP_DBL_STAR)) {
            if (tok_kind(p) != MP_TOKEN_NAME || TOK.qst == MP_QSTR__) {
                syntax_error(p);
            }
            n->u.MatchMapping.rest = check_capture_name(p, TOK.qst, TOK.line);
            advance(p);
            accept(p, MP_TOKEN_COMMA);
            break;
        }
        mp_ast_t *key = parse_literal_expr(p);
        if (key == NULL) {
            if (tok_kind(p) != MP_TOKEN_NAME) {
                syntax_error(p);
            }
            key = parse_name_or_attr(p);
            if (key->kind != AST_Attribute) {
                syntax_error(p);
            }
        }
        list_push(&keys, key);
        expect(p, MP_TOKEN_COLON);
        push(p, parse_pattern(p));
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    expect(p, MP_TOKEN_RBRACE);
    n->u.MatchMapping.keys = list_seq(&keys);
    n->u.MatchMapping.patterns = pop_seq(p, base);
    return n;
}

static mp_ast_t *parse_closed_pattern(parser_t *p) {
    mp_stack_check();
    pos_t pos = tok_pos(p);
    switch (tok_kind(p)) {
        case MP_TOKEN_NAME: {
            mp_ast_t *e = parse_name_or_attr(p);
            if (tok_kind(p) == MP_TOKEN_LPAREN) {
                if (e->kind == AST_Name && e->u.Name.id == MP_QSTR__) {
                    syntax_error(p);
                }
                return parse_class_pattern(p, pos, e);
            }
            if (e->kind == AST_Attribute) {
                mp_ast_t *v = new_node(AST_MatchValue, pos);
                v->u.MatchValue.value = e;
                return v;
            }
            qstr name = e->u.Name.id;
            return new_match_as(pos, NULL, name == MP_QSTR__ ? MP_QSTRnull : check_capture_name(p, name, pos.line));
        }
        case MP_TOKEN_LPAREN: {
            advance(p);
            if (accept(p, MP_TOKEN_RPAREN)) {
                return new_match_sequence(p, pos, p->sp);
            }
            mp_ast_t *first = parse_maybe_star_pattern(p);
            if (tok_kind(p) == MP_TOKEN_COMMA) {
                return parse_sequence_items(p, pos, MP_TOKEN_RPAREN, first);
            }
            if (first->kind == AST_MatchStar) {
                syntax_error(p);
            }
            expect(p, MP_TOKEN_RPAREN);
            return first; // a group pattern is its inner pattern
        }
        case MP_TOKEN_LBRACKET:
            advance(p);
            return parse_sequence_items(p, pos, MP_TOKEN_RBRACKET, NULL);
        case MP_TOKEN_LBRACE:
            return parse_mapping_pattern(p, pos);
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE: {
            mp_ast_t *n = new_node(AST_MatchSingleton, pos);
            n->u.MatchSingleton.value = tok_kind(p) == MP_TOKEN_KW_NONE ? mp_const_none
                : mp_obj_new_bool(tok_kind(p) == MP_TOKEN_KW_TRUE);
            advance(p);
            return n;
        }
        default: {
            mp_ast_t *lit = parse_literal_expr(p);
            if (lit == NULL) {
                syntax_error(p);
            }
            mp_ast_t *n = new_node(AST_MatchValue, pos);
            n->u.MatchValue.value = lit;
            return n;
        }
    }
}

// pattern: or_pattern ['as' NAME]; or_pattern: closed_pattern ('|' closed_pattern)*
static mp_ast_t *parse_pattern(parser_t *p) {
    pos_t pos = tok_pos(p);
    mp_ast_t *n = parse_closed_pattern(p);
    if (tok_kind(p) == MP_TOKEN_OP_PIPE) {
        size_t base = p->sp;
        push(p, n);
        while (accept(p, MP_TOKEN_OP_PIPE)) {
            push(p, parse_closed_pattern(p));
        }
        n = new_node(AST_MatchOr, pos);
        n->u.MatchSequence.patterns = pop_seq(p, base);
    }
    if (accept(p, MP_TOKEN_KW_AS)) {
        if (tok_kind(p) != MP_TOKEN_NAME) {
            syntax_error(p);
        }
        if (TOK.qst == MP_QSTR__) {
            error_at(p, TOK.line, "cannot use '_' as a target");
        }
        n = new_match_as(pos, n, check_capture_name(p, TOK.qst, TOK.line));
        advance(p);
    }
    return n;
}

// star_pattern ('*' NAME, '*_' binds nothing) or pattern
static mp_ast_t *parse_maybe_star_pattern(parser_t *p) {
    pos_t pos = tok_pos(p);
    if (accept(p, MP_TOKEN_OP_STAR)) {
        if (tok_kind(p) != MP_TOKEN_NAME) {
            syntax_error(p);
        }
        mp_ast_t *n = new_node(AST_MatchStar, pos);
        n->u.MatchStar.name = TOK.qst == MP_QSTR__ ? MP_QSTRnull : check_capture_name(p, TOK.qst, TOK.line);
        advance(p);
        return n;
    }
    return parse_pattern(p);
}

// The patterns of a case: an open sequence `a, *b` or one pattern.
static mp_ast_t *parse_case_patterns(parser_t *p) {
    pos_t pos = tok_pos(p);
    mp_ast_t *first = parse_maybe_star_pattern(p);
    if (tok_kind(p) != MP_TOKEN_COMMA) {
        if (first->kind == AST_MatchStar) {
            syntax_error(p);
        }
        return first;
    }
    size_t base = p->sp;
    push(p, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (tok_kind(p) == MP_TOKEN_COLON || tok_kind(p) == MP_TOKEN_KW_IF) {
            break;
        }
        push(p, parse_maybe_star_pattern(p));
    }
    return new_match_sequence(p, pos, base);
}

// match_stmt: "match" subject ':' NEWLINE INDENT case_block+ DEDENT
static mp_ast_t *parse_match(parser_t *p) {
    pos_t pos = tok_pos(p);
    advance(p); // 'match'
    mp_ast_t *n = new_node(AST_Match, pos);
    n->u.Match.subject = parse_star_exprs(p, true);
    if (n->u.Match.subject->kind == AST_Starred) {
        error_at(p, pos.line, "invalid syntax");
    }
    expect(p, MP_TOKEN_COLON);
    expect(p, MP_TOKEN_NEWLINE);
    if (tok_kind(p) != MP_TOKEN_INDENT) {
        char msg[80];
        snprintf(msg, sizeof(msg), "expected an indented block after 'match' statement on line %u", (unsigned)pos.line);
        mp_lexer_raise(p->source_file, TOK.line, msg, true);
    }
    advance(p);
    size_t base = p->sp;
    do {
        if (tok_kind(p) != MP_TOKEN_NAME || TOK.qst != MP_QSTR_case) {
            syntax_error(p);
        }
        mp_ast_t *c = new_node(AST_match_case, tok_pos(p));
        advance(p);
        c->u.match_case.pattern = parse_case_patterns(p);
        if (accept(p, MP_TOKEN_KW_IF)) {
            c->u.match_case.guard = parse_named_expression(p);
        }
        expect(p, MP_TOKEN_COLON);
        c->u.match_case.body = parse_block(p);
        push(p, c);
    } while (tok_kind(p) != MP_TOKEN_DEDENT && tok_kind(p) != MP_TOKEN_END);
    accept(p, MP_TOKEN_DEDENT);
    n->u.Match.cases = pop_seq(p, base);
    return n;
}

// Pushes one statement (a compound one) or the statements of one line (simple ones).
static void parse_statement(parser_t *p) {
    mp_stack_check();
    pos_t pos = tok_pos(p);
    mp_ast_seq_t decorators = {0, NULL};
    switch (tok_kind(p)) {
        case MP_TOKEN_INDENT:
            mp_lexer_raise(p->source_file, TOK.line, "unexpected indent", true);
        case MP_TOKEN_KW_IF:
            push(p, parse_if(p));
            return;
        case MP_TOKEN_KW_WHILE:
            push(p, parse_while(p));
            return;
        case MP_TOKEN_KW_FOR:
            push(p, parse_for(p, pos, false));
            return;
        case MP_TOKEN_KW_TRY:
            push(p, parse_try(p));
            return;
        case MP_TOKEN_KW_WITH:
            push(p, parse_with(p, pos, false));
            return;
        case MP_TOKEN_KW_DEF:
            push(p, parse_funcdef(p, pos, false, decorators));
            return;
        case MP_TOKEN_KW_CLASS:
            push(p, parse_classdef(p, pos, decorators));
            return;
        case MP_TOKEN_KW_ASYNC:
            advance(p);
            switch (tok_kind(p)) {
                case MP_TOKEN_KW_DEF:
                    push(p, parse_funcdef(p, pos, true, decorators));
                    return;
                case MP_TOKEN_KW_FOR:
                    push(p, parse_for(p, pos, true));
                    return;
                case MP_TOKEN_KW_WITH:
                    push(p, parse_with(p, pos, true));
                    return;
                default:
                    syntax_error(p);
            }
        case MP_TOKEN_OP_AT: {
            size_t base = p->sp;
            while (accept(p, MP_TOKEN_OP_AT)) {
                push(p, parse_named_expression(p));
                expect(p, MP_TOKEN_NEWLINE);
            }
            decorators = pop_seq(p, base);
            pos = tok_pos(p);
            if (tok_kind(p) == MP_TOKEN_KW_DEF) {
                push(p, parse_funcdef(p, pos, false, decorators));
            } else if (tok_kind(p) == MP_TOKEN_KW_CLASS) {
                push(p, parse_classdef(p, pos, decorators));
            } else if (tok_kind(p) == MP_TOKEN_KW_ASYNC) {
                advance(p);
                if (tok_kind(p) != MP_TOKEN_KW_DEF) {
                    syntax_error(p);
                }
                push(p, parse_funcdef(p, pos, true, decorators));
            } else {
                syntax_error(p);
            }
            return;
        }
        case MP_TOKEN_NAME:
            if (TOK.qst == MP_QSTR_match && match_stmt_ahead(p)) {
                push(p, parse_match(p));
                return;
            }
            parse_simple_stmts(p);
            return;
        default:
            parse_simple_stmts(p);
            return;
    }
}

// ---- entry point ----

mp_ast_t *mp_parse(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind) {
    if (kind == MP_PARSE_EVAL_INPUT) {
        // eval() ignores leading blanks
        while (len > 0 && (*src == ' ' || *src == '\t')) {
            ++src;
            --len;
        }
    }
    mp_lexer_t lex;
    parser_t parser;
    parser_t *p = &parser;
    p->lex = &lex;
    p->source_file = source_file;
    p->src_start = src;
    p->stack_alloc = 64;
    p->stack = m_new(mp_ast_t *, p->stack_alloc);
    p->sp = 0;
    vstr_init(&p->strbuf, 64);
    mp_lexer_init(&lex, src, len, source_file, 1, 0);
    mp_lexer_next(&lex);

    mp_ast_t *root;
    pos_t pos = { 1, 0 };
    if (kind == MP_PARSE_FILE_INPUT) {
        while (tok_kind(p) != MP_TOKEN_END) {
            if (!accept(p, MP_TOKEN_NEWLINE)) {
                parse_statement(p);
            }
        }
        root = new_node(AST_Module, pos);
        root->u.Module.body = pop_seq(p, 0);
    } else if (kind == MP_PARSE_SINGLE_INPUT) {
        while (accept(p, MP_TOKEN_NEWLINE)) {
        }
        if (tok_kind(p) != MP_TOKEN_END) {
            parse_statement(p);
        }
        while (accept(p, MP_TOKEN_NEWLINE)) {
        }
        if (tok_kind(p) != MP_TOKEN_END) {
            error_at(p, TOK.line, "multiple statements found while compiling a single statement");
        }
        root = new_node(AST_Interactive, pos);
        root->u.Module.body = pop_seq(p, 0);
    } else {
        if (tok_kind(p) == MP_TOKEN_INDENT) {
            syntax_error(p);
        }
        mp_ast_t *e = parse_star_exprs(p, false);
        while (accept(p, MP_TOKEN_NEWLINE)) {
        }
        if (tok_kind(p) != MP_TOKEN_END) {
            syntax_error(p);
        }
        root = new_node(AST_Expression, pos);
        root->u.Expression.body = e;
    }
    return root;
}
