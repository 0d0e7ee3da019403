// py/scope.h: scope analysis, the first pass of the compiler (py/scope.c, used by py/compile.c).
//
// One scope_t per module, function, lambda, class body and comprehension. Each scope lists
// its identifiers (id_info_t) with their final kind, and (for scopes that have a frame) the
// local slot of each fast/cell/free name. Invariants after mp_scope_build:
//   - every name the compiler will meet in a scope has an id_info_t in that scope;
//   - slots: parameters first in declaration order, then LOCAL/CELL names, then FREE names
//     (from free_start on, in the order the closure must provide them);
//   - a scope whose code creates a closure for a child finds every FREE name of the child
//     in its own ids with a slot (CELL or FREE), so it can push that cell.
#ifndef MICROPY_INCLUDED_PY_SCOPE_H
#define MICROPY_INCLUDED_PY_SCOPE_H

#include "py/ast.h"

typedef enum {
    ID_KIND_UNRESOLVED,
    ID_KIND_LOCAL,           // fast local slot
    ID_KIND_CELL,            // local slot holding a cell (captured by an inner scope)
    ID_KIND_FREE,            // slot holding a cell from the closure (class: LOAD_CLASSDEREF)
    ID_KIND_GLOBAL_IMPLICIT, // LOAD_GLOBAL
    ID_KIND_GLOBAL_EXPLICIT, // declared `global`
    ID_KIND_NAME,            // module/class level: LOAD_NAME/STORE_NAME
} id_kind_t;

#define ID_FLAG_PARAM    (0x01)
#define ID_FLAG_BOUND    (0x02)
#define ID_FLAG_USED     (0x04)
#define ID_FLAG_GLOBAL   (0x08)  // declared global
#define ID_FLAG_NONLOCAL (0x10)  // declared nonlocal
#define ID_FLAG_PASS     (0x20)  // class scope: bound here AND passed through as a free var
#define ID_FLAG_WALRUS   (0x40)  // comprehension: target of := bound in the enclosing scope

// Most slots (parameters, locals, cells, free variables) a function may have: slot numbers and
// counts are 16-bit, and the compiler adds a few temporaries. Past it: SyntaxError.
#define MP_SCOPE_MAX_SLOTS (0xfff0)

typedef struct _id_info_t {
    qstr qst;
    uint8_t kind;
    uint8_t flags;
    uint16_t slot;
    uint32_t decl_line;      // line of the global/nonlocal declaration (for errors)
} id_info_t;

typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_CLASS,
    SCOPE_COMP,          // list/set/dict comprehension or generator expression
} scope_kind_t;

typedef struct _scope_t {
    uint8_t kind;
    uint8_t scope_flags;         // MP_SCOPE_FLAG_* (py/bc.h)
    bool is_genexp;
    bool has_class_cell;         // class scope: a __class__ cell exists
    bool uses_await;
    mp_ast_t *node;
    struct _scope_t *parent;
    struct _scope_t **children;
    size_t n_children, alloc_children;
    qstr name;
    id_info_t *ids;
    size_t n_ids, alloc_ids;
    // Index of ids by qstr once a scope has many names (open addressing, entries are
    // index + 1, 0 = empty; NULL below SCOPE_INDEX_MIN ids): keeps analysis linear.
    uint32_t *index;
    size_t index_cap;
    uint16_t n_pos_args, n_posonly_args, n_kwonly_args;
    uint16_t n_params;           // including *args and **kwargs
    uint16_t n_slots;            // slots allocated by the analysis (temporaries come later)
    uint16_t free_start, n_free;
} scope_t;

// Builds the scope tree of a module/interactive/expression AST. Raises SyntaxError.
scope_t *mp_scope_build(mp_ast_t *root, qstr source_file);
id_info_t *mp_scope_find(scope_t *scope, qstr qst);
scope_t *mp_scope_find_child(scope_t *scope, mp_ast_t *node);

// SyntaxError(msg) with a traceback entry (file, line, no block name), like the parser's.
NORETURN void mp_compile_syntax_error(qstr source_file, size_t line, size_t col, const char *fmt, ...);

#endif // MICROPY_INCLUDED_PY_SCOPE_H
