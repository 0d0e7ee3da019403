// py/scope.c: scope analysis (see py/scope.h for the invariants it establishes).
//
// Three steps over the AST:
//   1. scan: build the scope tree; in each scope record every identifier with flags (parameter,
//      bound, used, declared global/nonlocal, walrus target). Default values, decorators, bases
//      and the first iterable of a comprehension are scanned in the enclosing scope, as Python
//      evaluates them there.
//   2. resolve: give each identifier its kind. Names bound in a function are LOCAL; a name used
//      but not bound is looked up in the enclosing function scopes (class scopes are skipped,
//      except that `__class__` finds the nearest class); where it is found becomes a CELL, the
//      scopes in between get a FREE pass-through, the user becomes FREE. Otherwise it is global.
//   3. slots: number parameters, then locals/cells, then free variables.
#include <string.h>

#include "py/scope.h"
#include "py/bc.h"

typedef struct {
    qstr source_file;
    int comp_iter_depth; // > 0 inside a comprehension's iterable (walrus forbidden there)
} scan_t;

NORETURN void mp_compile_syntax_error(qstr source_file, size_t line, size_t col, const char *fmt, ...) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
    mp_obj_t exc = mp_obj_new_exception_arg1(&mp_type_SyntaxError, mp_obj_new_str_from_vstr(&vstr));
    // no block name: the traceback reads `File "x.py", line N`, like the parser's errors
    mp_obj_exception_add_traceback(exc, source_file, line, MP_QSTRnull);
    nlr_raise(exc);
}

#define SCOPE_INDEX_MIN 16

static size_t scope_index_slot(const scope_t *scope, qstr qst) {
    return ((size_t)qst * 0x9E3779B1u) & (scope->index_cap - 1);
}

static void scope_index_insert(scope_t *scope, size_t i) {
    size_t k = scope_index_slot(scope, scope->ids[i].qst);
    while (scope->index[k] != 0) {
        k = (k + 1) & (scope->index_cap - 1);
    }
    scope->index[k] = (uint32_t)(i + 1);
}

// Called after an id is appended: keeps the index at most half full.
static void scope_index_update(scope_t *scope) {
    if (scope->n_ids < SCOPE_INDEX_MIN) {
        return;
    }
    if (scope->index != NULL && 2 * scope->n_ids <= scope->index_cap) {
        scope_index_insert(scope, scope->n_ids - 1);
        return;
    }
    size_t cap = 64;
    while (cap < 4 * scope->n_ids) {
        cap *= 2;
    }
    if (scope->index != NULL) {
        m_del(uint32_t, scope->index, scope->index_cap);
    }
    scope->index = m_new(uint32_t, cap);
    memset(scope->index, 0, cap * sizeof(uint32_t));
    scope->index_cap = cap;
    for (size_t i = 0; i < scope->n_ids; i++) {
        scope_index_insert(scope, i);
    }
}

id_info_t *mp_scope_find(scope_t *scope, qstr qst) {
    if (scope->index != NULL) {
        for (size_t k = scope_index_slot(scope, qst);; k = (k + 1) & (scope->index_cap - 1)) {
            uint32_t e = scope->index[k];
            if (e == 0) {
                return NULL;
            }
            if (scope->ids[e - 1].qst == qst) {
                return &scope->ids[e - 1];
            }
        }
    }
    for (size_t i = 0; i < scope->n_ids; i++) {
        if (scope->ids[i].qst == qst) {
            return &scope->ids[i];
        }
    }
    return NULL;
}

static id_info_t *scope_get(scope_t *scope, qstr qst) {
    id_info_t *id = mp_scope_find(scope, qst);
    if (id != NULL) {
        return id;
    }
    if (scope->n_ids == scope->alloc_ids) {
        size_t n = scope->alloc_ids ? scope->alloc_ids * 2 : 8;
        scope->ids = m_renew(id_info_t, scope->ids, scope->alloc_ids, n);
        scope->alloc_ids = n;
    }
    id = &scope->ids[scope->n_ids++];
    id->qst = qst;
    id->kind = ID_KIND_UNRESOLVED;
    id->flags = 0;
    id->slot = 0;
    id->decl_line = 0;
    scope_index_update(scope);
    return id;
}

scope_t *mp_scope_find_child(scope_t *scope, mp_ast_t *node) {
    for (size_t i = 0; i < scope->n_children; i++) {
        if (scope->children[i]->node == node) {
            return scope->children[i];
        }
    }
    return NULL;
}

static scope_t *scope_new(scope_t *parent, scope_kind_t kind, mp_ast_t *node, qstr name) {
    scope_t *sc = m_new_obj(scope_t);
    memset(sc, 0, sizeof(*sc));
    sc->kind = kind;
    sc->node = node;
    sc->parent = parent;
    sc->name = name;
    if (parent != NULL) {
        if (parent->n_children == parent->alloc_children) {
            size_t n = parent->alloc_children ? parent->alloc_children * 2 : 4;
            parent->children = m_renew(scope_t *, parent->children, parent->alloc_children, n);
            parent->alloc_children = n;
        }
        parent->children[parent->n_children++] = sc;
    }
    return sc;
}

static bool scope_is_function_like(const scope_t *sc) {
    return sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_LAMBDA || sc->kind == SCOPE_COMP;
}

// ---- step 1: scan ----

static void scan_expr(scan_t *st, scope_t *sc, mp_ast_t *node);
static void scan_stmts(scan_t *st, scope_t *sc, mp_ast_seq_t *seq);

static void scan_exprs(scan_t *st, scope_t *sc, mp_ast_seq_t *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        if (seq->items[i] != NULL) {
            scan_expr(st, sc, seq->items[i]);
        }
    }
}

static void scope_bind(scope_t *sc, qstr q) {
    scope_get(sc, q)->flags |= ID_FLAG_BOUND;
}

// Binds a name a statement introduces (def, class, import): __debug__ is not rebindable.
static void scope_bind_stmt(scan_t *st, scope_t *sc, qstr q, mp_ast_t *node) {
    if (q == MP_QSTR___debug__) {
        mp_compile_syntax_error(st->source_file, node->line, node->col, "cannot assign to __debug__");
    }
    scope_bind(sc, q);
}

static void scope_use(scope_t *sc, qstr q) {
    scope_get(sc, q)->flags |= ID_FLAG_USED;
}

static void scope_add_param(scan_t *st, scope_t *sc, mp_ast_t *arg) {
    qstr q = arg->u.arg.arg;
    if (q == MP_QSTR___debug__) {
        mp_compile_syntax_error(st->source_file, arg->line, arg->col, "cannot assign to __debug__");
    }
    id_info_t *id = mp_scope_find(sc, q);
    if (id != NULL) {
        mp_compile_syntax_error(st->source_file, arg->line, arg->col, "duplicate argument '%q' in function definition", q);
    }
    id = scope_get(sc, q);
    id->flags |= ID_FLAG_PARAM | ID_FLAG_BOUND;
    if (sc->n_params >= MP_SCOPE_MAX_SLOTS) {
        mp_compile_syntax_error(st->source_file, arg->line, arg->col, "too many arguments");
    }
    sc->n_params++;
}

static void scan_arguments_defaults(scan_t *st, scope_t *sc, mp_ast_t *args) {
    scan_exprs(st, sc, &args->u.arguments.defaults);
    scan_exprs(st, sc, &args->u.arguments.kw_defaults);
}

static void scope_add_params(scan_t *st, scope_t *sc, mp_ast_t *args) {
    for (size_t i = 0; i < args->u.arguments.posonlyargs.len; i++) {
        scope_add_param(st, sc, args->u.arguments.posonlyargs.items[i]);
    }
    for (size_t i = 0; i < args->u.arguments.args.len; i++) {
        scope_add_param(st, sc, args->u.arguments.args.items[i]);
    }
    sc->n_posonly_args = args->u.arguments.posonlyargs.len;
    sc->n_pos_args = sc->n_posonly_args + args->u.arguments.args.len;
    for (size_t i = 0; i < args->u.arguments.kwonlyargs.len; i++) {
        scope_add_param(st, sc, args->u.arguments.kwonlyargs.items[i]);
    }
    sc->n_kwonly_args = args->u.arguments.kwonlyargs.len;
    if (args->u.arguments.vararg != NULL) {
        scope_add_param(st, sc, args->u.arguments.vararg);
        sc->scope_flags |= MP_SCOPE_FLAG_VARARGS;
    }
    if (args->u.arguments.kwarg != NULL) {
        scope_add_param(st, sc, args->u.arguments.kwarg);
        sc->scope_flags |= MP_SCOPE_FLAG_VARKW;
    }
}

static void scan_comprehension(scan_t *st, scope_t *sc, mp_ast_t *node, mp_ast_seq_t *gens, qstr name) {
    // the first iterable is evaluated in the enclosing scope
    mp_ast_t *g0 = gens->items[0];
    st->comp_iter_depth++;
    scan_expr(st, sc, g0->u.comprehension.iter);
    st->comp_iter_depth--;
    scope_t *child = scope_new(sc, SCOPE_COMP, node, name);
    child->is_genexp = node->kind == AST_GeneratorExp;
    if (child->is_genexp) {
        child->scope_flags |= MP_SCOPE_FLAG_GENERATOR;
    }
    id_info_t *id = scope_get(child, qstr_from_str(".0"));
    id->flags |= ID_FLAG_PARAM | ID_FLAG_BOUND;
    child->n_params = 1;
    child->n_pos_args = 1;
    for (size_t i = 0; i < gens->len; i++) {
        mp_ast_t *g = gens->items[i];
        if (i > 0) {
            st->comp_iter_depth++;
            scan_expr(st, child, g->u.comprehension.iter);
            st->comp_iter_depth--;
        }
        scan_expr(st, child, g->u.comprehension.target);
        scan_exprs(st, child, &g->u.comprehension.ifs);
        if (g->u.comprehension.is_async) {
            child->uses_await = true;
        }
    }
    if (node->kind == AST_DictComp) {
        scan_expr(st, child, node->u.DictComp.key);
        scan_expr(st, child, node->u.DictComp.value);
    } else {
        scan_expr(st, child, node->u.ListComp.elt);
    }
    if (child->uses_await && !child->is_genexp && sc->kind == SCOPE_COMP) {
        // the enclosing comprehension awaits this async one, so it is async too
        sc->uses_await = true;
    }
}

static void scan_expr(scan_t *st, scope_t *sc, mp_ast_t *node) {
    if (node == NULL) {
        return;
    }
    mp_stack_check();
    switch (node->kind) {
        case AST_BoolOp:
            scan_exprs(st, sc, &node->u.BoolOp.values);
            break;
        case AST_NamedExpr: {
            if (st->comp_iter_depth > 0) {
                mp_compile_syntax_error(st->source_file, node->line, node->col,
                    "assignment expression cannot be used in a comprehension iterable expression");
            }
            scan_expr(st, sc, node->u.NamedExpr.value);
            qstr q = node->u.NamedExpr.target->u.Name.id;
            scope_t *t = sc;
            while (t->kind == SCOPE_COMP) {
                id_info_t *id = scope_get(t, q);
                if (id->flags & (ID_FLAG_BOUND)) {
                    mp_compile_syntax_error(st->source_file, node->line, node->col,
                        "assignment expression cannot rebind comprehension iteration variable '%q'", q);
                }
                id->flags |= ID_FLAG_WALRUS | ID_FLAG_USED;
                t = t->parent;
            }
            if (t != sc && t->kind == SCOPE_CLASS) {
                mp_compile_syntax_error(st->source_file, node->line, node->col,
                    "assignment expression within a comprehension cannot be used in a class body");
            }
            scope_bind_stmt(st, t, q, node);
            break;
        }
        case AST_BinOp:
            scan_expr(st, sc, node->u.BinOp.left);
            scan_expr(st, sc, node->u.BinOp.right);
            break;
        case AST_UnaryOp:
            scan_expr(st, sc, node->u.UnaryOp.operand);
            break;
        case AST_Lambda: {
            mp_ast_t *args = node->u.Lambda.args;
            scan_arguments_defaults(st, sc, args);
            scope_t *child = scope_new(sc, SCOPE_LAMBDA, node, MP_QSTR__lt_lambda_gt_);
            scope_add_params(st, child, args);
            scan_expr(st, child, node->u.Lambda.body);
            break;
        }
        case AST_IfExp:
            scan_expr(st, sc, node->u.IfExp.test);
            scan_expr(st, sc, node->u.IfExp.body);
            scan_expr(st, sc, node->u.IfExp.orelse);
            break;
        case AST_Dict:
            scan_exprs(st, sc, &node->u.Dict.keys);
            scan_exprs(st, sc, &node->u.Dict.values);
            break;
        case AST_Set:
            scan_exprs(st, sc, &node->u.Set.elts);
            break;
        case AST_ListComp:
            scan_comprehension(st, sc, node, &node->u.ListComp.generators, MP_QSTR__lt_listcomp_gt_);
            break;
        case AST_SetComp:
            scan_comprehension(st, sc, node, &node->u.ListComp.generators, MP_QSTR__lt_setcomp_gt_);
            break;
        case AST_GeneratorExp:
            scan_comprehension(st, sc, node, &node->u.ListComp.generators, MP_QSTR__lt_genexpr_gt_);
            break;
        case AST_DictComp:
            scan_comprehension(st, sc, node, &node->u.DictComp.generators, MP_QSTR__lt_dictcomp_gt_);
            break;
        case AST_Await:
            if (!scope_is_function_like(sc)) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "'await' outside function");
            }
            sc->uses_await = true;
            scan_expr(st, sc, node->u.Await.value);
            break;
        case AST_Yield:
        case AST_YieldFrom:
            if (sc->kind == SCOPE_COMP) {
                mp_compile_syntax_error(st->source_file, node->line, node->col,
                    sc->is_genexp ? "'yield' inside generator expression" : "'yield' inside list comprehension");
            }
            if (!scope_is_function_like(sc)) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "'yield' outside function");
            }
            if (node->kind == AST_YieldFrom && (sc->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "'yield from' inside async function");
            }
            sc->scope_flags |= MP_SCOPE_FLAG_GENERATOR;
            scan_expr(st, sc, node->u.Await.value);
            break;
        case AST_Compare:
            scan_expr(st, sc, node->u.Compare.left);
            for (size_t i = 0; i < node->u.Compare.n; i++) {
                scan_expr(st, sc, node->u.Compare.comparators[i]);
            }
            break;
        case AST_Call:
            scan_expr(st, sc, node->u.Call.func);
            scan_exprs(st, sc, &node->u.Call.args);
            for (size_t i = 0; i < node->u.Call.keywords.len; i++) {
                scan_expr(st, sc, node->u.Call.keywords.items[i]->u.keyword.value);
            }
            break;
        case AST_FormattedValue:
            scan_expr(st, sc, node->u.FormattedValue.value);
            scan_expr(st, sc, node->u.FormattedValue.format_spec);
            break;
        case AST_JoinedStr:
            scan_exprs(st, sc, &node->u.JoinedStr.values);
            break;
        case AST_Constant:
            break;
        case AST_Attribute:
            scan_expr(st, sc, node->u.Attribute.value);
            break;
        case AST_Subscript:
            scan_expr(st, sc, node->u.Subscript.value);
            scan_expr(st, sc, node->u.Subscript.slice);
            break;
        case AST_Starred:
            scan_expr(st, sc, node->u.Starred.value);
            break;
        case AST_Name: {
            qstr q = node->u.Name.id;
            if (node->u.Name.ctx == AST_CTX_LOAD) {
                scope_use(sc, q);
                if (q == MP_QSTR_super && sc->kind != SCOPE_CLASS && sc->kind != SCOPE_MODULE) {
                    scope_use(sc, MP_QSTR___class__);
                }
            } else {
                if (q == MP_QSTR___debug__) {
                    mp_compile_syntax_error(st->source_file, node->line, node->col,
                        node->u.Name.ctx == AST_CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
                }
                scope_bind(sc, q);
            }
            break;
        }
        case AST_List:
        case AST_Tuple:
            scan_exprs(st, sc, &node->u.List.elts);
            break;
        case AST_Slice:
            scan_expr(st, sc, node->u.Slice.lower);
            scan_expr(st, sc, node->u.Slice.upper);
            scan_expr(st, sc, node->u.Slice.step);
            break;
        default:
            break;
    }
}

// A pattern of a match statement: captures bind, value patterns, mapping keys and class
// names are loads.
static void scan_pattern(scan_t *st, scope_t *sc, mp_ast_t *node) {
    mp_stack_check();
    switch (node->kind) {
        case AST_MatchValue:
            scan_expr(st, sc, node->u.MatchValue.value);
            break;
        case AST_MatchSequence:
        case AST_MatchOr:
            for (size_t i = 0; i < node->u.MatchSequence.patterns.len; i++) {
                scan_pattern(st, sc, node->u.MatchSequence.patterns.items[i]);
            }
            break;
        case AST_MatchMapping:
            scan_exprs(st, sc, &node->u.MatchMapping.keys);
            for (size_t i = 0; i < node->u.MatchMapping.patterns.len; i++) {
                scan_pattern(st, sc, node->u.MatchMapping.patterns.items[i]);
            }
            if (node->u.MatchMapping.rest != MP_QSTRnull) {
                scope_bind(sc, node->u.MatchMapping.rest);
            }
            break;
        case AST_MatchClass:
            scan_expr(st, sc, node->u.MatchClass.cls);
            for (size_t i = 0; i < node->u.MatchClass.patterns.len; i++) {
                scan_pattern(st, sc, node->u.MatchClass.patterns.items[i]);
            }
            for (size_t i = 0; i < node->u.MatchClass.kwd_patterns.len; i++) {
                scan_pattern(st, sc, node->u.MatchClass.kwd_patterns.items[i]);
            }
            break;
        case AST_MatchStar:
            if (node->u.MatchStar.name != MP_QSTRnull) {
                scope_bind(sc, node->u.MatchStar.name);
            }
            break;
        case AST_MatchAs:
            if (node->u.MatchAs.pattern != NULL) {
                scan_pattern(st, sc, node->u.MatchAs.pattern);
            }
            if (node->u.MatchAs.name != MP_QSTRnull) {
                scope_bind(sc, node->u.MatchAs.name);
            }
            break;
        default: // MatchSingleton
            break;
    }
}

static void scan_declare(scan_t *st, scope_t *sc, mp_ast_t *node, bool is_global) {
    for (size_t i = 0; i < node->u.Global.len; i++) {
        qstr q = node->u.Global.names[i];
        if (!is_global && sc->kind == SCOPE_MODULE) {
            mp_compile_syntax_error(st->source_file, node->line, node->col, "nonlocal declaration not allowed at module level");
        }
        id_info_t *id = mp_scope_find(sc, q);
        const char *what = is_global ? "global" : "nonlocal";
        if (id != NULL) {
            if (id->flags & ID_FLAG_PARAM) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "name '%q' is parameter and %s", q, what);
            }
            if ((id->flags & ID_FLAG_GLOBAL) && !is_global) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "name '%q' is nonlocal and global", q);
            }
            if ((id->flags & ID_FLAG_NONLOCAL) && is_global) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "name '%q' is nonlocal and global", q);
            }
            if (id->flags & ID_FLAG_USED) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "name '%q' is used prior to %s declaration", q, what);
            }
            if (id->flags & ID_FLAG_BOUND) {
                mp_compile_syntax_error(st->source_file, node->line, node->col, "name '%q' is assigned to before %s declaration", q, what);
            }
        }
        id = scope_get(sc, q);
        id->flags |= is_global ? ID_FLAG_GLOBAL : ID_FLAG_NONLOCAL;
        id->decl_line = node->line;
    }
}

static void scan_stmt(scan_t *st, scope_t *sc, mp_ast_t *node) {
    mp_stack_check();
    switch (node->kind) {
        case AST_FunctionDef:
        case AST_AsyncFunctionDef: {
            scan_exprs(st, sc, &node->u.FunctionDef.decorator_list);
            mp_ast_t *args = node->u.FunctionDef.args;
            scan_arguments_defaults(st, sc, args);
            scope_bind_stmt(st, sc, node->u.FunctionDef.name, node);
            scope_t *child = scope_new(sc, SCOPE_FUNCTION, node, node->u.FunctionDef.name);
            if (node->kind == AST_AsyncFunctionDef) {
                child->scope_flags |= MP_SCOPE_FLAG_COROUTINE;
            }
            scope_add_params(st, child, args);
            scan_stmts(st, child, &node->u.FunctionDef.body);
            break;
        }
        case AST_ClassDef: {
            scan_exprs(st, sc, &node->u.ClassDef.decorator_list);
            scan_exprs(st, sc, &node->u.ClassDef.bases);
            for (size_t i = 0; i < node->u.ClassDef.keywords.len; i++) {
                scan_expr(st, sc, node->u.ClassDef.keywords.items[i]->u.keyword.value);
            }
            scope_bind_stmt(st, sc, node->u.ClassDef.name, node);
            scope_t *child = scope_new(sc, SCOPE_CLASS, node, node->u.ClassDef.name);
            scan_stmts(st, child, &node->u.ClassDef.body);
            break;
        }
        case AST_Return:
            scan_expr(st, sc, node->u.Return.value);
            break;
        case AST_Delete:
            scan_exprs(st, sc, &node->u.Delete.targets);
            break;
        case AST_Assign:
            scan_expr(st, sc, node->u.Assign.value);
            scan_exprs(st, sc, &node->u.Assign.targets);
            break;
        case AST_AugAssign:
            if (node->u.AugAssign.target->kind == AST_Name) {
                scope_use(sc, node->u.AugAssign.target->u.Name.id);
            }
            scan_expr(st, sc, node->u.AugAssign.target);
            scan_expr(st, sc, node->u.AugAssign.value);
            break;
        case AST_AnnAssign:
            scan_expr(st, sc, node->u.AnnAssign.value);
            scan_expr(st, sc, node->u.AnnAssign.target);
            break;
        case AST_For:
        case AST_AsyncFor:
            if (node->kind == AST_AsyncFor) {
                sc->uses_await = true;
            }
            scan_expr(st, sc, node->u.For.iter);
            scan_expr(st, sc, node->u.For.target);
            scan_stmts(st, sc, &node->u.For.body);
            scan_stmts(st, sc, &node->u.For.orelse);
            break;
        case AST_While:
        case AST_If:
            scan_expr(st, sc, node->u.While.test);
            scan_stmts(st, sc, &node->u.While.body);
            scan_stmts(st, sc, &node->u.While.orelse);
            break;
        case AST_With:
        case AST_AsyncWith:
            if (node->kind == AST_AsyncWith) {
                sc->uses_await = true;
            }
            for (size_t i = 0; i < node->u.With.items.len; i++) {
                mp_ast_t *item = node->u.With.items.items[i];
                scan_expr(st, sc, item->u.withitem.context_expr);
                scan_expr(st, sc, item->u.withitem.optional_vars);
            }
            scan_stmts(st, sc, &node->u.With.body);
            break;
        case AST_Raise:
            scan_expr(st, sc, node->u.Raise.exc);
            scan_expr(st, sc, node->u.Raise.cause);
            break;
        case AST_Try:
            scan_stmts(st, sc, &node->u.Try.body);
            for (size_t i = 0; i < node->u.Try.handlers.len; i++) {
                mp_ast_t *h = node->u.Try.handlers.items[i];
                scan_expr(st, sc, h->u.ExceptHandler.type);
                if (h->u.ExceptHandler.name != MP_QSTRnull) {
                    scope_bind(sc, h->u.ExceptHandler.name);
                }
                scan_stmts(st, sc, &h->u.ExceptHandler.body);
            }
            scan_stmts(st, sc, &node->u.Try.orelse);
            scan_stmts(st, sc, &node->u.Try.finalbody);
            break;
        case AST_Assert:
            scan_expr(st, sc, node->u.Assert.test);
            scan_expr(st, sc, node->u.Assert.msg);
            break;
        case AST_Import:
            for (size_t i = 0; i < node->u.Import.names.len; i++) {
                mp_ast_t *a = node->u.Import.names.items[i];
                if (a->u.alias.asname != MP_QSTRnull) {
                    scope_bind_stmt(st, sc, a->u.alias.asname, node);
                } else {
                    size_t len;
                    const byte *s = qstr_data(a->u.alias.name, &len);
                    const byte *dot = memchr(s, '.', len);
                    scope_bind_stmt(st, sc, dot ? qstr_from_strn((const char *)s, dot - s) : a->u.alias.name, node);
                }
            }
            break;
        case AST_ImportFrom:
            for (size_t i = 0; i < node->u.ImportFrom.names.len; i++) {
                mp_ast_t *a = node->u.ImportFrom.names.items[i];
                if (a->u.alias.name == MP_QSTR__star_) {
                    if (sc->kind != SCOPE_MODULE) {
                        mp_compile_syntax_error(st->source_file, node->line, node->col, "import * only allowed at module level");
                    }
                    continue;
                }
                scope_bind_stmt(st, sc, a->u.alias.asname != MP_QSTRnull ? a->u.alias.asname : a->u.alias.name, node);
            }
            break;
        case AST_Global:
            scan_declare(st, sc, node, true);
            break;
        case AST_Nonlocal:
            scan_declare(st, sc, node, false);
            break;
        case AST_Expr:
            scan_expr(st, sc, node->u.Expr.value);
            break;
        case AST_Match:
            scan_expr(st, sc, node->u.Match.subject);
            for (size_t i = 0; i < node->u.Match.cases.len; i++) {
                mp_ast_t *mc = node->u.Match.cases.items[i];
                scan_pattern(st, sc, mc->u.match_case.pattern);
                scan_expr(st, sc, mc->u.match_case.guard);
                scan_stmts(st, sc, &mc->u.match_case.body);
            }
            break;
        default:
            break;
    }
}

static void scan_stmts(scan_t *st, scope_t *sc, mp_ast_seq_t *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        scan_stmt(st, sc, seq->items[i]);
    }
}

// ---- step 2: resolve ----

static void resolve_own(scope_t *sc) {
    for (size_t i = 0; i < sc->n_ids; i++) {
        id_info_t *id = &sc->ids[i];
        if (id->flags & ID_FLAG_GLOBAL) {
            id->kind = ID_KIND_GLOBAL_EXPLICIT;
        } else if (sc->kind == SCOPE_MODULE) {
            id->kind = ID_KIND_NAME;
        } else if (id->flags & ID_FLAG_NONLOCAL) {
            id->kind = ID_KIND_FREE;
        } else if (sc->kind == SCOPE_CLASS) {
            id->kind = (id->flags & ID_FLAG_BOUND) ? ID_KIND_NAME : ID_KIND_UNRESOLVED;
        } else if (id->flags & ID_FLAG_WALRUS) {
            scope_t *t = sc;
            while (t->kind == SCOPE_COMP) {
                t = t->parent;
            }
            id->kind = t->kind == SCOPE_MODULE ? ID_KIND_GLOBAL_EXPLICIT : ID_KIND_UNRESOLVED;
        } else if (id->flags & (ID_FLAG_BOUND | ID_FLAG_PARAM)) {
            id->kind = ID_KIND_LOCAL;
        } else {
            id->kind = ID_KIND_UNRESOLVED;
        }
    }
    for (size_t i = 0; i < sc->n_children; i++) {
        resolve_own(sc->children[i]);
    }
}

// Finds q in the scopes enclosing sc; marks the definition CELL and the scopes in between FREE.
static bool resolve_lookup_enclosing(scope_t *sc, qstr q) {
    scope_t *found = NULL;
    for (scope_t *p = sc->parent; p != NULL; p = p->parent) {
        if (p->kind == SCOPE_MODULE) {
            break;
        }
        if (p->kind == SCOPE_CLASS) {
            if (q == MP_QSTR___class__) {
                p->has_class_cell = true;
                id_info_t *id = scope_get(p, q);
                id->kind = ID_KIND_CELL;
                found = p;
                break;
            }
            continue;
        }
        id_info_t *id = mp_scope_find(p, q);
        if (id != NULL) {
            if (id->kind == ID_KIND_LOCAL || id->kind == ID_KIND_CELL) {
                id->kind = ID_KIND_CELL;
                found = p;
                break;
            }
            if (id->kind == ID_KIND_FREE) {
                found = p;
                break;
            }
            if (id->kind == ID_KIND_GLOBAL_EXPLICIT) {
                break;
            }
        }
    }
    if (found == NULL) {
        return false;
    }
    for (scope_t *p = sc->parent; p != found; p = p->parent) {
        id_info_t *id = scope_get(p, q);
        if (p->kind == SCOPE_CLASS && id->kind == ID_KIND_NAME) {
            id->flags |= ID_FLAG_PASS;
        } else if (id->kind != ID_KIND_GLOBAL_EXPLICIT) {
            id->kind = ID_KIND_FREE;
        }
    }
    return true;
}

static void resolve_free(scan_t *st, scope_t *sc) {
    if (sc->kind != SCOPE_MODULE) {
        for (size_t i = 0; i < sc->n_ids; i++) {
            id_info_t *id = &sc->ids[i];
            if (id->kind == ID_KIND_UNRESOLVED || (id->kind == ID_KIND_FREE && (id->flags & (ID_FLAG_NONLOCAL | ID_FLAG_WALRUS)))) {
                qstr q = id->qst;
                bool declared = id->kind == ID_KIND_FREE || (id->flags & ID_FLAG_WALRUS);
                // lookups may add ids to other scopes only, so `id` stays valid
                if (resolve_lookup_enclosing(sc, q)) {
                    sc->ids[i].kind = ID_KIND_FREE;
                } else if (declared && (sc->ids[i].flags & ID_FLAG_NONLOCAL)) {
                    mp_compile_syntax_error(st->source_file, sc->ids[i].decl_line, 0, "no binding for nonlocal '%q' found", q);
                } else {
                    sc->ids[i].kind = sc->kind == SCOPE_CLASS ? ID_KIND_NAME : ID_KIND_GLOBAL_IMPLICIT;
                }
            }
        }
    }
    for (size_t i = 0; i < sc->n_children; i++) {
        resolve_free(st, sc->children[i]);
    }
}

// ---- step 3: slots ----

static void assign_slots(scan_t *st, scope_t *sc) {
    size_t n = 0;
    if (sc->kind != SCOPE_MODULE) {
        // parameters were added first, in declaration order
        for (size_t i = 0; i < sc->n_ids; i++) {
            if (sc->ids[i].flags & ID_FLAG_PARAM) {
                sc->ids[i].slot = n++;
            }
        }
        for (size_t i = 0; i < sc->n_ids; i++) {
            id_info_t *id = &sc->ids[i];
            if (!(id->flags & ID_FLAG_PARAM) && (id->kind == ID_KIND_LOCAL || id->kind == ID_KIND_CELL)) {
                id->slot = n++;
            }
        }
        sc->free_start = n;
        for (size_t i = 0; i < sc->n_ids; i++) {
            id_info_t *id = &sc->ids[i];
            if (id->kind == ID_KIND_FREE || (id->flags & ID_FLAG_PASS)) {
                id->slot = n++;
            }
        }
        if (n > MP_SCOPE_MAX_SLOTS) {
            // slots, counts and operands are 16-bit in the bytecode and the raw code
            mp_compile_syntax_error(st->source_file, sc->node->line, sc->node->col,
                sc->n_params > MP_SCOPE_MAX_SLOTS ? "too many arguments" : "too many local variables");
        }
        sc->n_free = (uint16_t)(n - sc->free_start);
    }
    sc->n_slots = (uint16_t)n;
    for (size_t i = 0; i < sc->n_children; i++) {
        assign_slots(st, sc->children[i]);
    }
}

scope_t *mp_scope_build(mp_ast_t *root, qstr source_file) {
    scan_t st = { source_file };
    scope_t *sc = scope_new(NULL, SCOPE_MODULE, root, MP_QSTR__lt_module_gt_);
    if (root->kind == AST_Expression) {
        scan_expr(&st, sc, root->u.Expression.body);
    } else {
        scan_stmts(&st, sc, &root->u.Module.body);
    }
    resolve_own(sc);
    resolve_free(&st, sc);
    assign_slots(&st, sc);
    return sc;
}
