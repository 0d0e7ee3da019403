// py/ast.h: the abstract syntax tree, the contract between the parser (py/parse.c) and the
// compiler (py/compile.c).
//
// It mirrors Python's `ast` module (https://docs.python.org/3/library/ast.html): the same node
// kinds with the same fields, so the language reference is its specification. Differences:
//   - Constants carry an mp_obj_t (int small/big, float, complex, str, bytes, True/False/None,
//     Ellipsis); str constants are qstr objects when short (identifier-like or < 32 bytes).
//   - f-strings are JoinedStr/FormattedValue, as in `ast`.
//   - Identifiers are qstrs.
//   - `ctx` (Load/Store/Del) is a field of Name/Attribute/Subscript/Starred/List/Tuple.
// All nodes and sequences are allocated on the GC heap (m_new); the tree is reachable from the
// parser's/compiler's C stack while they run, so the conservative stack scan keeps it alive.
#ifndef MICROPY_INCLUDED_PY_AST_H
#define MICROPY_INCLUDED_PY_AST_H

#include "py/obj.h"
#include "py/runtime.h"

typedef struct _mp_ast_t mp_ast_t;

typedef struct _mp_ast_seq_t {
    size_t len;
    mp_ast_t **items;    // len items (NULL entries only where documented: Dict keys for **)
} mp_ast_seq_t;

typedef enum {
    // mod
    AST_Module, AST_Interactive, AST_Expression,
    // stmt
    AST_FunctionDef, AST_AsyncFunctionDef, AST_ClassDef, AST_Return, AST_Delete, AST_Assign,
    AST_AugAssign, AST_AnnAssign, AST_For, AST_AsyncFor, AST_While, AST_If, AST_With,
    AST_AsyncWith, AST_Raise, AST_Try, AST_Assert, AST_Import, AST_ImportFrom, AST_Global,
    AST_Nonlocal, AST_Expr, AST_Pass, AST_Break, AST_Continue,
    // expr
    AST_BoolOp, AST_NamedExpr, AST_BinOp, AST_UnaryOp, AST_Lambda, AST_IfExp, AST_Dict, AST_Set,
    AST_ListComp, AST_SetComp, AST_DictComp, AST_GeneratorExp, AST_Await, AST_Yield,
    AST_YieldFrom, AST_Compare, AST_Call, AST_FormattedValue, AST_JoinedStr, AST_Constant,
    AST_Attribute, AST_Subscript, AST_Starred, AST_Name, AST_List, AST_Tuple, AST_Slice,
    // helpers
    AST_comprehension, AST_ExceptHandler, AST_arguments, AST_arg, AST_keyword, AST_alias,
    AST_withitem,
    // match statement (PEP 634), appended so the kinds above keep their values
    AST_Match, AST_match_case, AST_MatchValue, AST_MatchSingleton, AST_MatchSequence,
    AST_MatchMapping, AST_MatchClass, AST_MatchStar, AST_MatchAs, AST_MatchOr,
    AST_NUM_KINDS
} mp_ast_kind_t;

typedef enum { AST_CTX_LOAD, AST_CTX_STORE, AST_CTX_DEL } mp_ast_ctx_t;
typedef enum { AST_BOOL_AND, AST_BOOL_OR } mp_ast_boolop_t;
// BinOp/AugAssign operators use mp_binary_op_t's plain ops (MP_BINARY_OP_ADD ... POWER, OR, XOR,
// AND, LSHIFT, RSHIFT, MAT_MULTIPLY). UnaryOp uses MP_UNARY_OP_POSITIVE/NEGATIVE/INVERT/NOT.
// Compare uses MP_BINARY_OP_LESS, MORE, EQUAL, LESS_EQUAL, MORE_EQUAL, NOT_EQUAL, IN, NOT_IN,
// IS, IS_NOT.

struct _mp_ast_t {
    uint16_t kind;      // mp_ast_kind_t
    uint16_t col;       // column (0-based) of the first token, saturating
    uint32_t line;      // line (1-based) of the first token
    union {
        // --- mod ---
        struct { mp_ast_seq_t body; } Module;          // also Interactive (body)
        struct { mp_ast_t *body; } Expression;
        // --- stmt ---
        struct {                                         // FunctionDef, AsyncFunctionDef
            qstr name;
            mp_ast_t *args;                              // AST_arguments
            mp_ast_seq_t body;
            mp_ast_seq_t decorator_list;
            mp_ast_t *returns;                           // may be NULL (ignored by compiler)
        } FunctionDef;
        struct {
            qstr name;
            mp_ast_seq_t bases;
            mp_ast_seq_t keywords;                       // AST_keyword (metaclass=..., etc.)
            mp_ast_seq_t body;
            mp_ast_seq_t decorator_list;
        } ClassDef;
        struct { mp_ast_t *value; } Return;              // value may be NULL
        struct { mp_ast_seq_t targets; } Delete;
        struct { mp_ast_seq_t targets; mp_ast_t *value; } Assign; // a = b = value: targets [a, b]
        struct { mp_ast_t *target; uint8_t op; mp_ast_t *value; } AugAssign;
        struct { mp_ast_t *target; mp_ast_t *annotation; mp_ast_t *value; bool simple; } AnnAssign; // value may be NULL
        struct { mp_ast_t *target; mp_ast_t *iter; mp_ast_seq_t body; mp_ast_seq_t orelse; } For; // also AsyncFor
        struct { mp_ast_t *test; mp_ast_seq_t body; mp_ast_seq_t orelse; } While;
        struct { mp_ast_t *test; mp_ast_seq_t body; mp_ast_seq_t orelse; } If;  // elif: orelse holds one If
        struct { mp_ast_seq_t items; mp_ast_seq_t body; } With;                   // also AsyncWith; items: AST_withitem
        struct { mp_ast_t *exc; mp_ast_t *cause; } Raise;                          // both may be NULL
        struct { mp_ast_seq_t body; mp_ast_seq_t handlers; mp_ast_seq_t orelse; mp_ast_seq_t finalbody; } Try;
        struct { mp_ast_t *test; mp_ast_t *msg; } Assert;                          // msg may be NULL
        struct { mp_ast_seq_t names; } Import;                                     // AST_alias
        struct { qstr module; mp_ast_seq_t names; int level; } ImportFrom;         // module may be MP_QSTRnull; names [alias('*')] for star
        struct { size_t len; qstr *names; } Global;                                // also Nonlocal
        struct { mp_ast_t *value; } Expr;
        // Pass, Break, Continue: no fields
        // --- expr ---
        struct { uint8_t op; mp_ast_seq_t values; } BoolOp;                        // mp_ast_boolop_t, >= 2 values
        struct { mp_ast_t *target; mp_ast_t *value; } NamedExpr;                   // target is a Name
        struct { mp_ast_t *left; uint8_t op; mp_ast_t *right; } BinOp;
        struct { uint8_t op; mp_ast_t *operand; } UnaryOp;
        struct { mp_ast_t *args; mp_ast_t *body; } Lambda;
        struct { mp_ast_t *test; mp_ast_t *body; mp_ast_t *orelse; } IfExp;
        struct { mp_ast_seq_t keys; mp_ast_seq_t values; } Dict;                   // keys[i] NULL means **values[i]
        struct { mp_ast_seq_t elts; } Set;
        struct { mp_ast_t *elt; mp_ast_seq_t generators; } ListComp;              // also SetComp, GeneratorExp
        struct { mp_ast_t *key; mp_ast_t *value; mp_ast_seq_t generators; } DictComp;
        struct { mp_ast_t *value; } Await;                                         // also Yield (value may be NULL), YieldFrom
        struct { mp_ast_t *left; size_t n; uint8_t *ops; mp_ast_t **comparators; } Compare;
        struct { mp_ast_t *func; mp_ast_seq_t args; mp_ast_seq_t keywords; } Call; // args may contain Starred; keywords: AST_keyword (arg MP_QSTRnull for **)
        struct { mp_ast_t *value; int conversion; mp_ast_t *format_spec; } FormattedValue; // conversion -1, 's', 'r', 'a'; format_spec NULL or a JoinedStr
        struct { mp_ast_seq_t values; } JoinedStr;                                 // Constant(str) and FormattedValue
        struct { mp_obj_t value; } Constant;
        struct { mp_ast_t *value; qstr attr; uint8_t ctx; } Attribute;
        struct { mp_ast_t *value; mp_ast_t *slice; uint8_t ctx; } Subscript;       // slice: expr, Slice, or Tuple (possibly containing Slices)
        struct { mp_ast_t *value; uint8_t ctx; } Starred;
        struct { qstr id; uint8_t ctx; } Name;
        struct { mp_ast_seq_t elts; uint8_t ctx; } List;                           // also Tuple
        struct { mp_ast_t *lower; mp_ast_t *upper; mp_ast_t *step; } Slice;       // each may be NULL
        // --- helpers ---
        struct { mp_ast_t *target; mp_ast_t *iter; mp_ast_seq_t ifs; bool is_async; } comprehension;
        struct { mp_ast_t *type; qstr name; mp_ast_seq_t body; } ExceptHandler;   // type NULL: bare except; name MP_QSTRnull if none
        struct {
            mp_ast_seq_t posonlyargs;    // AST_arg
            mp_ast_seq_t args;           // AST_arg
            mp_ast_t *vararg;            // AST_arg or NULL
            mp_ast_seq_t kwonlyargs;     // AST_arg
            mp_ast_seq_t kw_defaults;    // same length as kwonlyargs; NULL entries = no default
            mp_ast_t *kwarg;             // AST_arg or NULL
            mp_ast_seq_t defaults;       // for the last len(defaults) of posonlyargs+args
        } arguments;
        struct { qstr arg; mp_ast_t *annotation; } arg;
        struct { qstr arg; mp_ast_t *value; } keyword;                             // arg MP_QSTRnull for **value
        struct { qstr name; qstr asname; } alias;                                  // name may be dotted ("a.b.c"); asname MP_QSTRnull if none
        struct { mp_ast_t *context_expr; mp_ast_t *optional_vars; } withitem;     // optional_vars may be NULL
        // --- match statement and patterns (a pattern node is one of the Match* kinds) ---
        struct { mp_ast_t *subject; mp_ast_seq_t cases; } Match;                  // cases: AST_match_case, >= 1
        struct { mp_ast_t *pattern; mp_ast_t *guard; mp_ast_seq_t body; } match_case; // guard may be NULL
        struct { mp_ast_t *value; } MatchValue;          // Constant, -Constant, real +/- imaginary, or dotted Attribute
        struct { mp_obj_t value; } MatchSingleton;       // None, True or False (compared by `is`)
        struct { mp_ast_seq_t patterns; } MatchSequence;  // also MatchOr (>= 2 alternatives); at most one MatchStar
        struct { mp_ast_seq_t keys; mp_ast_seq_t patterns; qstr rest; } MatchMapping; // keys: MatchValue-style exprs; rest MP_QSTRnull if no **rest
        struct {
            mp_ast_t *cls;                               // Name or dotted Attribute
            mp_ast_seq_t patterns;                       // positional sub-patterns
            qstr *kwd_attrs;                             // kwd_patterns.len names
            mp_ast_seq_t kwd_patterns;
        } MatchClass;
        struct { qstr name; } MatchStar;                 // name MP_QSTRnull for *_
        struct { mp_ast_t *pattern; qstr name; } MatchAs; // capture `x` (pattern NULL), wildcard `_` (both null), `p as x`
    } u;
};

// ---- parser API (py/lexer.c, py/parse.c) ----
// Parses UTF-8 source. Raises SyntaxError (or IndentationError) whose args are
// (msg, (filename, lineno, offset, text)) and whose traceback holds (filename, lineno, "<module>").
// The message strings follow CPython where MicroPython agrees ("invalid syntax", "unexpected indent",
// "unindent doesn't match any outer indentation level", "invalid UTF-8 in source", ...).
mp_ast_t *mp_parse(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind);

// Debug: prints the tree in the style of ast.dump() (used by tests of the parser).
void mp_ast_dump(const mp_print_t *print, const mp_ast_t *node);

#endif // MICROPY_INCLUDED_PY_AST_H
