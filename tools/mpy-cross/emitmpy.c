// tools/mpy-cross/emitmpy.c: the mpy-cross back end: our AST and scopes (py/ast.h,
// py/scope.h) -> MicroPython v6 bytecode and the .mpy container (docs/mpy.md).
//
// One mc_unit_t per scope. Code is first a list of items (raw instruction bytes, jumps to
// labels, labels, source lines); jump offsets are then sized by relaxation (every jump starts
// with a 1-byte offset and grows to 2 bytes when its distance needs it, until nothing changes)
// and the bytes, the line table and the prelude are written. The module keeps one qstr table
// (the source file first) and one constant table shared by all raw codes.
//
// Local numbering: MicroPython puts closed-over variables first, then parameters, then other
// locals; our scopes put parameters first and free variables last, so slot s maps to
// s - free_start for free variables and s + n_free otherwise.
#include <string.h>
#include <stdio.h>

#include "py/runtime.h"
#include "py/scope.h"
#include "py/persistentcode.h"
#include "emitmpy.h"

// MicroPython opcodes (py/bc0.h numbering; see py/mpytranslate.c for the full list)
enum {
    O_LOAD_CONST_STRING = 0x10, O_LOAD_NAME, O_LOAD_GLOBAL, O_LOAD_ATTR, O_LOAD_METHOD,
    O_LOAD_SUPER_METHOD, O_STORE_NAME, O_STORE_GLOBAL, O_STORE_ATTR, O_DELETE_NAME,
    O_DELETE_GLOBAL, O_IMPORT_NAME, O_IMPORT_FROM,
    O_MAKE_CLOSURE = 0x20, O_MAKE_CLOSURE_DEFARGS, O_LOAD_CONST_SMALL_INT, O_LOAD_CONST_OBJ,
    O_LOAD_FAST_N, O_LOAD_DEREF, O_STORE_FAST_N, O_STORE_DEREF, O_DELETE_FAST, O_DELETE_DEREF,
    O_BUILD_TUPLE, O_BUILD_LIST, O_BUILD_MAP, O_BUILD_SET, O_BUILD_SLICE, O_STORE_COMP,
    O_UNPACK_SEQUENCE = 0x30, O_UNPACK_EX, O_MAKE_FUNCTION, O_MAKE_FUNCTION_DEFARGS,
    O_CALL_FUNCTION, O_CALL_FUNCTION_VAR_KW, O_CALL_METHOD, O_CALL_METHOD_VAR_KW,
    O_UNWIND_JUMP = 0x40, O_JUMP = 0x42, O_POP_JUMP_IF_TRUE, O_POP_JUMP_IF_FALSE,
    O_JUMP_IF_TRUE_OR_POP, O_JUMP_IF_FALSE_OR_POP, O_SETUP_WITH, O_SETUP_EXCEPT,
    O_SETUP_FINALLY, O_POP_EXCEPT_JUMP, O_FOR_ITER,
    O_LOAD_CONST_FALSE = 0x50, O_LOAD_CONST_NONE, O_LOAD_CONST_TRUE, O_LOAD_NULL,
    O_LOAD_BUILD_CLASS, O_LOAD_SUBSCR, O_STORE_SUBSCR, O_DUP_TOP, O_DUP_TOP_TWO, O_POP_TOP,
    O_ROT_TWO, O_ROT_THREE, O_WITH_CLEANUP, O_END_FINALLY, O_GET_ITER, O_GET_ITER_STACK,
    O_STORE_MAP = 0x62, O_RETURN_VALUE, O_RAISE_LAST, O_RAISE_OBJ, O_RAISE_FROM,
    O_YIELD_VALUE, O_YIELD_FROM, O_IMPORT_STAR,
};
#define O_SMALL_INT_MULTI 0x70
#define O_LOAD_FAST_MULTI 0xb0
#define O_STORE_FAST_MULTI 0xc0
#define O_UNARY_OP_MULTI 0xd0
#define O_BINARY_OP_MULTI 0xd7
#define MC_MP_UNARY_NOT 3

enum { IT_RAW, IT_JUMP, IT_LABEL, IT_LINE };

typedef struct _mc_item_t {
    uint8_t kind;
    uint8_t len;        // IT_RAW: bytes used
    uint8_t op;         // IT_JUMP
    uint8_t has_extra;  // IT_JUMP: UNWIND_JUMP's byte
    uint8_t extra;
    uint8_t wide;       // IT_JUMP: 2-byte offset
    uint32_t arg;       // label id (IT_JUMP, IT_LABEL) or line (IT_LINE)
    byte raw[12];
} mc_item_t;

typedef struct _mc_loop_t {
    uint32_t cont, brk;
    int exc_level;
    bool is_for;
} mc_loop_t;

typedef struct _mc_block_t {
    uint8_t kind;           // 0 except, 1 finally, 2 with
    bool in_handler;
} mc_block_t;

typedef struct _mc_unit_t {
    struct _mc_unit_t *parent;
    scope_t *scope;
    mc_item_t *items;
    size_t n_items, alloc_items;
    uint32_t n_labels;
    int stack, stack_max;
    int exc_level, exc_max;
    mc_block_t blocks[64];
    mc_loop_t loops[64];
    int n_loops;
    struct _mc_rc_t **children;
    size_t n_children, alloc_children;
    uint32_t last_line;
} mc_unit_t;

typedef struct _mc_rc_t {
    byte *data;
    size_t len;
    struct _mc_rc_t **children;
    size_t n_children;
} mc_rc_t;

typedef struct _mc_t {
    qstr source_file;
    int opt_level;
    unsigned small_int_bits;
    qstr *qstrs;
    size_t n_qstrs, alloc_qstrs;
    mp_obj_t *objs;
    size_t n_objs, alloc_objs;
    mc_unit_t *u;
} mc_t;

static void mc_expr(mc_t *c, mp_ast_t *node);
static void mc_stmts(mc_t *c, mp_ast_seq_t *seq);
static void mc_store(mc_t *c, mp_ast_t *target);

NORETURN static void mc_error(mc_t *c, mp_ast_t *node, const char *msg) {
    mp_compile_syntax_error(c->source_file, node ? node->line : 1, node ? node->col : 0, "mpy-cross: %s", msg);
}

// ---- tables ----

static size_t mc_qstr(mc_t *c, qstr q) {
    for (size_t i = 0; i < c->n_qstrs; i++) {
        if (c->qstrs[i] == q) {
            return i;
        }
    }
    if (c->n_qstrs == c->alloc_qstrs) {
        size_t na = c->alloc_qstrs * 2 + 16;
        c->qstrs = m_renew(qstr, c->qstrs, c->alloc_qstrs, na);
        c->alloc_qstrs = na;
    }
    c->qstrs[c->n_qstrs] = q;
    return c->n_qstrs++;
}

static size_t mc_obj(mc_t *c, mp_obj_t o) {
    for (size_t i = 0; i < c->n_objs; i++) {
        mp_obj_t x = c->objs[i];
        if (x == o || (mp_obj_get_type(x) == mp_obj_get_type(o) && !mp_obj_is_type(o, &mp_type_tuple)
                       && !mp_obj_is_float(o) && mp_obj_equal(x, o))) {
            return i;
        }
    }
    if (c->n_objs == c->alloc_objs) {
        size_t na = c->alloc_objs * 2 + 16;
        c->objs = m_renew(mp_obj_t, c->objs, c->alloc_objs, na);
        c->alloc_objs = na;
    }
    c->objs[c->n_objs] = o;
    return c->n_objs++;
}

// ---- emission ----

static mc_item_t *mc_item(mc_t *c, int kind) {
    mc_unit_t *u = c->u;
    if (u->n_items == u->alloc_items) {
        size_t na = u->alloc_items * 2 + 64;
        u->items = m_renew(mc_item_t, u->items, u->alloc_items, na);
        u->alloc_items = na;
    }
    mc_item_t *it = &u->items[u->n_items++];
    memset(it, 0, sizeof(*it));
    it->kind = kind;
    return it;
}

static void mc_stack(mc_t *c, int delta) {
    c->u->stack += delta;
    if (c->u->stack > c->u->stack_max) {
        c->u->stack_max = c->u->stack;
    }
}

static size_t mc_put_uint(byte *p, size_t v) {
    byte tmp[10];
    size_t n = 0;
    tmp[n++] = v & 0x7f;
    for (v >>= 7; v; v >>= 7) {
        tmp[n++] = 0x80 | (v & 0x7f);
    }
    for (size_t i = 0; i < n; i++) {
        p[i] = tmp[n - 1 - i];
    }
    return n;
}

static void op0(mc_t *c, unsigned op, int delta) {
    mc_item_t *it = mc_item(c, IT_RAW);
    it->raw[0] = op;
    it->len = 1;
    mc_stack(c, delta);
}

static void opu(mc_t *c, unsigned op, size_t arg, int delta) {
    mc_item_t *it = mc_item(c, IT_RAW);
    it->raw[0] = op;
    it->len = 1 + mc_put_uint(it->raw + 1, arg);
    mc_stack(c, delta);
}

static void opq(mc_t *c, unsigned op, qstr q, int delta) {
    opu(c, op, mc_qstr(c, q), delta);
}

static void opu_extra(mc_t *c, unsigned op, size_t arg, unsigned extra, int delta) {
    mc_item_t *it = mc_item(c, IT_RAW);
    it->raw[0] = op;
    it->len = 1 + mc_put_uint(it->raw + 1, arg);
    it->raw[it->len++] = extra;
    mc_stack(c, delta);
}

static uint32_t mc_label(mc_t *c) {
    return c->u->n_labels++;
}

static void mc_place(mc_t *c, uint32_t label) {
    mc_item(c, IT_LABEL)->arg = label;
}

static void opj(mc_t *c, unsigned op, uint32_t label, int delta) {
    mc_item_t *it = mc_item(c, IT_JUMP);
    it->op = op;
    it->arg = label;
    mc_stack(c, delta);
}

static void mc_line(mc_t *c, mp_ast_t *node) {
    if (node != NULL && node->line > c->u->last_line) {
        mc_item(c, IT_LINE)->arg = node->line;
        c->u->last_line = node->line;
    }
}

static void mc_small_int(mc_t *c, mp_int_t v) {
    if (v >= -16 && v < 48) {
        op0(c, O_SMALL_INT_MULTI + 16 + v, 1);
        return;
    }
    mc_item_t *it = mc_item(c, IT_RAW);
    it->raw[0] = O_LOAD_CONST_SMALL_INT;
    // signed vuint: 7 bits a byte, most significant first, sign in bit 6 of the first byte
    byte tmp[10];
    size_t n = 0;
    mp_int_t x = v;
    do {
        tmp[n++] = x & 0x7f;
        x >>= 7;
    } while (!((x == 0 && !(tmp[n - 1] & 0x40)) || (x == -1 && (tmp[n - 1] & 0x40))));
    for (size_t i = 0; i < n; i++) {
        it->raw[1 + i] = tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0);
    }
    it->len = 1 + n;
    mc_stack(c, 1);
}

static bool mc_fits_small_int(mc_t *c, mp_obj_t o) {
    if (!mp_obj_is_small_int(o)) {
        return false;
    }
    mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
    mp_int_t lim = (mp_int_t)1 << (c->small_int_bits - 2);
    return v >= -lim && v < lim;
}

static void mc_const(mc_t *c, mp_obj_t o) {
    if (o == mp_const_none) {
        op0(c, O_LOAD_CONST_NONE, 1);
    } else if (o == mp_const_true) {
        op0(c, O_LOAD_CONST_TRUE, 1);
    } else if (o == mp_const_false) {
        op0(c, O_LOAD_CONST_FALSE, 1);
    } else if (mc_fits_small_int(c, o)) {
        mc_small_int(c, MP_OBJ_SMALL_INT_VALUE(o));
    } else if (mp_obj_is_qstr(o)) {
        opq(c, O_LOAD_CONST_STRING, MP_OBJ_QSTR_VALUE(o), 1);
    } else {
        opu(c, O_LOAD_CONST_OBJ, mc_obj(c, o), 1);
    }
}

// ---- names ----

static unsigned mc_local(mc_t *c, id_info_t *id) {
    scope_t *sc = c->u->scope;
    if (id->slot >= sc->free_start && id->slot < sc->free_start + sc->n_free) {
        return id->slot - sc->free_start;
    }
    return id->slot + sc->n_free;
}

static void mc_name(mc_t *c, qstr q, int ctx) {
    scope_t *sc = c->u->scope;
    id_info_t *id = mp_scope_find(sc, q);
    int kind = id ? id->kind : ((sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS) ? ID_KIND_NAME : ID_KIND_GLOBAL_IMPLICIT);
    if (id != NULL && sc->kind == SCOPE_CLASS && (id->flags & ID_FLAG_PASS)) {
        mc_error(c, sc->node, "a class-level name that is also closed over is not supported");
    }
    switch (kind) {
        case ID_KIND_LOCAL: {
            unsigned n = mc_local(c, id);
            if (ctx == AST_CTX_LOAD) {
                if (n < 16) {
                    op0(c, O_LOAD_FAST_MULTI + n, 1);
                } else {
                    opu(c, O_LOAD_FAST_N, n, 1);
                }
            } else if (ctx == AST_CTX_STORE) {
                if (n < 16) {
                    op0(c, O_STORE_FAST_MULTI + n, -1);
                } else {
                    opu(c, O_STORE_FAST_N, n, -1);
                }
            } else {
                opu(c, O_DELETE_FAST, n, 0);
            }
            break;
        }
        case ID_KIND_CELL:
        case ID_KIND_FREE:
            opu(c, ctx == AST_CTX_LOAD ? O_LOAD_DEREF : ctx == AST_CTX_STORE ? O_STORE_DEREF : O_DELETE_DEREF,
                mc_local(c, id), ctx == AST_CTX_LOAD ? 1 : ctx == AST_CTX_STORE ? -1 : 0);
            break;
        case ID_KIND_GLOBAL_IMPLICIT:
        case ID_KIND_GLOBAL_EXPLICIT:
            opq(c, ctx == AST_CTX_LOAD ? O_LOAD_GLOBAL : ctx == AST_CTX_STORE ? O_STORE_GLOBAL : O_DELETE_GLOBAL,
                q, ctx == AST_CTX_LOAD ? 1 : ctx == AST_CTX_STORE ? -1 : 0);
            break;
        default:
            opq(c, ctx == AST_CTX_LOAD ? O_LOAD_NAME : ctx == AST_CTX_STORE ? O_STORE_NAME : O_DELETE_NAME,
                q, ctx == AST_CTX_LOAD ? 1 : ctx == AST_CTX_STORE ? -1 : 0);
            break;
    }
}

// our mp_binary_op_t -> MicroPython's numbering (ours has NOT_IN, IS_NOT after EXCEPTION_MATCH)
static unsigned mc_binop(unsigned op) {
    return op <= MP_BINARY_OP_EXCEPTION_MATCH ? op : op - 2;
}

static void op_binary(mc_t *c, unsigned op) {
    op0(c, O_BINARY_OP_MULTI + mc_binop(op), -1);
}

// ---- await (MicroPython compiles `await x` as `yield from` over x) ----

// [awaitable] -> [result]: GET_ITER, LOAD_CONST_NONE, YIELD_FROM
static void mc_await(mc_t *c) {
    op0(c, O_GET_ITER, 0);
    op0(c, O_LOAD_CONST_NONE, 1);
    op0(c, O_YIELD_FROM, -1);
}

// [obj] -> [await obj.meth()]
static void mc_await_method(mc_t *c, qstr meth) {
    opq(c, O_LOAD_METHOD, meth, 1);
    opu(c, O_CALL_METHOD, 0, -1);
    mc_await(c);
}

// ---- functions and closures ----

static mc_rc_t *mc_compile_scope(mc_t *c, scope_t *sc);

static void mc_make_function(mc_t *c, scope_t *child, bool defargs) {
    mc_rc_t *rc = mc_compile_scope(c, child);
    mc_unit_t *u = c->u;
    if (u->n_children == u->alloc_children) {
        size_t na = u->alloc_children * 2 + 4;
        u->children = m_renew(mc_rc_t *, u->children, u->alloc_children, na);
        u->alloc_children = na;
    }
    size_t idx = u->n_children;
    u->children[u->n_children++] = rc;
    if (child->n_free == 0) {
        opu(c, defargs ? O_MAKE_FUNCTION_DEFARGS : O_MAKE_FUNCTION, idx, defargs ? -1 : 1);
        return;
    }
    if (child->n_free > 255) {
        mc_error(c, child->node, "too many closed-over variables");
    }
    for (unsigned s = child->free_start; s < child->free_start + child->n_free; s++) {
        qstr q = MP_QSTRnull;
        for (size_t i = 0; i < child->n_ids; i++) {
            id_info_t *cid = &child->ids[i];
            if (cid->slot == s && (cid->kind == ID_KIND_FREE || (cid->flags & ID_FLAG_PASS))) {
                q = cid->qst;
                break;
            }
        }
        id_info_t *pid = mp_scope_find(c->u->scope, q);
        if (pid == NULL || (pid->kind != ID_KIND_CELL && pid->kind != ID_KIND_FREE)) {
            mc_error(c, child->node, "closures over class-level names are not supported");
        }
        unsigned n = mc_local(c, pid);
        if (n < 16) {
            op0(c, O_LOAD_FAST_MULTI + n, 1);
        } else {
            opu(c, O_LOAD_FAST_N, n, 1);
        }
    }
    int n = child->n_free;
    opu_extra(c, defargs ? O_MAKE_CLOSURE_DEFARGS : O_MAKE_CLOSURE, idx, n, defargs ? -(n + 1) : -(n - 1));
}

// Pushes the positional-defaults tuple and the keyword-defaults dict (LOAD_NULL when absent);
// returns false when there are none.
static bool mc_defaults(mc_t *c, mp_ast_t *args) {
    mp_ast_seq_t *defs = &args->u.arguments.defaults;
    mp_ast_seq_t *kwd = &args->u.arguments.kw_defaults;
    size_t n_kwd = 0;
    for (size_t i = 0; i < kwd->len; i++) {
        n_kwd += kwd->items[i] != NULL;
    }
    if (defs->len == 0 && n_kwd == 0) {
        return false;
    }
    if (defs->len > 0) {
        for (size_t i = 0; i < defs->len; i++) {
            mc_expr(c, defs->items[i]);
        }
        opu(c, O_BUILD_TUPLE, defs->len, 1 - (int)defs->len);
    } else {
        op0(c, O_LOAD_NULL, 1);
    }
    if (n_kwd > 0) {
        opu(c, O_BUILD_MAP, n_kwd, 1);
        for (size_t i = 0; i < kwd->len; i++) {
            if (kwd->items[i] != NULL) {
                mc_expr(c, kwd->items[i]);
                opq(c, O_LOAD_CONST_STRING, args->u.arguments.kwonlyargs.items[i]->u.arg.arg, 1);
                op0(c, O_STORE_MAP, -2);
            }
        }
    } else {
        op0(c, O_LOAD_NULL, 1);
    }
    return true;
}

// ---- calls ----

static void mc_call_args(mc_t *c, mp_ast_seq_t *args, mp_ast_seq_t *keywords, size_t n_pre, bool is_method, mp_ast_t *node) {
    size_t n_kw = keywords ? keywords->len : 0;
    size_t n_pos = n_pre + args->len;
    if (n_pos > 255 || n_kw > 255) {
        mc_error(c, node, "too many arguments");
    }
    mp_uint_t star = 0;
    bool var = false;
    for (size_t i = 0; i < args->len; i++) {
        mp_ast_t *a = args->items[i];
        if (a->kind == AST_Starred) {
            if (n_pre + i >= MP_BITS_PER_WORD - 2 || n_pre + i >= 30) {
                mc_error(c, node, "too many arguments before *args");
            }
            star |= (mp_uint_t)1 << (n_pre + i);
            var = true;
            mc_expr(c, a->u.Starred.value);
        } else {
            mc_expr(c, a);
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        mp_ast_t *kw = keywords->items[i];
        if (kw->u.keyword.arg == MP_QSTRnull) {
            op0(c, O_LOAD_NULL, 1);
            var = true;
        } else {
            opq(c, O_LOAD_CONST_STRING, kw->u.keyword.arg, 1);
        }
        mc_expr(c, kw->u.keyword.value);
    }
    int n_items = (int)(args->len + 2 * n_kw);
    if (var) {
        mc_small_int(c, star);
        opu(c, is_method ? O_CALL_METHOD_VAR_KW : O_CALL_FUNCTION_VAR_KW, n_pos | (n_kw << 8), -(n_items + 1 + (is_method ? 1 : 0)));
    } else {
        opu(c, is_method ? O_CALL_METHOD : O_CALL_FUNCTION, n_pos | (n_kw << 8), -(n_items + (is_method ? 1 : 0)));
    }
    (void)n_pre;
}

static void mc_call(mc_t *c, mp_ast_t *node) {
    mp_ast_t *f = node->u.Call.func;
    if (f->kind == AST_Name && f->u.Name.id == MP_QSTR_super && node->u.Call.args.len == 0 && node->u.Call.keywords.len == 0) {
        // zero-argument super(): super(__class__, <first argument>)
        scope_t *sc = c->u->scope;
        id_info_t *cls = mp_scope_find(sc, MP_QSTR___class__);
        id_info_t *self = NULL;
        for (size_t i = 0; i < sc->n_ids; i++) {
            if ((sc->ids[i].flags & ID_FLAG_PARAM) && sc->ids[i].slot == 0) {
                self = &sc->ids[i];
            }
        }
        if (cls != NULL && self != NULL && sc->n_pos_args > 0) {
            mc_name(c, MP_QSTR_super, AST_CTX_LOAD);
            mc_name(c, MP_QSTR___class__, AST_CTX_LOAD);
            mc_name(c, self->qst, AST_CTX_LOAD);
            opu(c, O_CALL_FUNCTION, 2, -2);
            return;
        }
    }
    if (f->kind == AST_Attribute) {
        mc_expr(c, f->u.Attribute.value);
        opq(c, O_LOAD_METHOD, f->u.Attribute.attr, 1);
        mc_call_args(c, &node->u.Call.args, &node->u.Call.keywords, 0, true, node);
        return;
    }
    mc_expr(c, f);
    mc_call_args(c, &node->u.Call.args, &node->u.Call.keywords, 0, false, node);
}

// ---- expressions ----

static void mc_compare(mc_t *c, mp_ast_t *node) {
    size_t n = node->u.Compare.n;
    mc_expr(c, node->u.Compare.left);
    uint32_t fail = mc_label(c), end = mc_label(c);
    for (size_t i = 0; i < n; i++) {
        mc_expr(c, node->u.Compare.comparators[i]);
        if (i + 1 < n) {
            op0(c, O_DUP_TOP, 1);
            op0(c, O_ROT_THREE, 0);
        }
        unsigned cmp = node->u.Compare.ops[i];
        if (cmp == MP_BINARY_OP_NOT_IN) {
            op_binary(c, MP_BINARY_OP_IN);
            op0(c, O_UNARY_OP_MULTI + MC_MP_UNARY_NOT, 0);
        } else if (cmp == MP_BINARY_OP_IS_NOT) {
            op_binary(c, MP_BINARY_OP_IS);
            op0(c, O_UNARY_OP_MULTI + MC_MP_UNARY_NOT, 0);
        } else {
            op_binary(c, cmp);
        }
        if (i + 1 < n) {
            opj(c, O_JUMP_IF_FALSE_OR_POP, fail, -1);
        }
    }
    if (n > 1) {
        opj(c, O_JUMP, end, 0);
        mc_place(c, fail);
        mc_stack(c, 1);
        op0(c, O_ROT_TWO, 0);
        op0(c, O_POP_TOP, -1);
        mc_place(c, end);
    }
}

static void mc_subscript_index(mc_t *c, mp_ast_t *s) {
    if (s->kind == AST_Slice) {
        if (s->u.Slice.lower) {
            mc_expr(c, s->u.Slice.lower);
        } else {
            op0(c, O_LOAD_CONST_NONE, 1);
        }
        if (s->u.Slice.upper) {
            mc_expr(c, s->u.Slice.upper);
        } else {
            op0(c, O_LOAD_CONST_NONE, 1);
        }
        if (s->u.Slice.step) {
            mc_expr(c, s->u.Slice.step);
            opu(c, O_BUILD_SLICE, 3, -2);
        } else {
            opu(c, O_BUILD_SLICE, 2, -1);
        }
    } else if (s->kind == AST_Tuple) {
        for (size_t i = 0; i < s->u.List.elts.len; i++) {
            mc_subscript_index(c, s->u.List.elts.items[i]);
        }
        opu(c, O_BUILD_TUPLE, s->u.List.elts.len, 1 - (int)s->u.List.elts.len);
    } else {
        mc_expr(c, s);
    }
}

static void mc_fstring_part(mc_t *c, vstr_t *fmt, mp_ast_t *v, size_t *n_args, mp_ast_t *node);

static void mc_fstring_spec(mc_t *c, vstr_t *fmt, mp_ast_t *spec, size_t *n_args, mp_ast_t *node) {
    if (spec->kind == AST_JoinedStr) {
        for (size_t i = 0; i < spec->u.JoinedStr.values.len; i++) {
            mc_fstring_part(c, fmt, spec->u.JoinedStr.values.items[i], n_args, node);
        }
    } else {
        mc_fstring_part(c, fmt, spec, n_args, node);
    }
}

static void mc_fstring_part(mc_t *c, vstr_t *fmt, mp_ast_t *v, size_t *n_args, mp_ast_t *node) {
    if (v->kind == AST_Constant && mp_obj_is_str(v->u.Constant.value)) {
        size_t len;
        const char *s = mp_obj_str_get_data(v->u.Constant.value, &len);
        for (size_t i = 0; i < len; i++) {
            vstr_add_byte(fmt, s[i]);
            if (s[i] == '{' || s[i] == '}') {
                vstr_add_byte(fmt, s[i]);
            }
        }
        return;
    }
    if (v->kind != AST_FormattedValue) {
        mc_error(c, node, "unsupported f-string");
    }
    mc_expr(c, v->u.FormattedValue.value);
    (*n_args)++;
    vstr_add_byte(fmt, '{');
    int conv = v->u.FormattedValue.conversion;
    if (conv == 's' || conv == 'r' || conv == 'a') {
        vstr_add_byte(fmt, '!');
        vstr_add_byte(fmt, conv);
    }
    if (v->u.FormattedValue.format_spec != NULL) {
        vstr_add_byte(fmt, ':');
        mc_fstring_spec(c, fmt, v->u.FormattedValue.format_spec, n_args, node);
    }
    vstr_add_byte(fmt, '}');
}

// f-strings become '...'.format(...), as MicroPython's lexer does.
static void mc_joined_str(mc_t *c, mp_ast_t *node) {
    vstr_t fmt;
    vstr_init(&fmt, 32);
    // the format string goes below the method: emit its argument code into a temporary
    // position by loading the string first, then the arguments
    mc_item_t *load = mc_item(c, IT_RAW);    // placeholder, filled below
    size_t load_idx = load - c->u->items;
    mc_stack(c, 1);
    mc_item_t *meth = mc_item(c, IT_RAW);
    size_t meth_idx = meth - c->u->items;
    mc_stack(c, 1);
    size_t n_args = 0;
    for (size_t i = 0; i < node->u.JoinedStr.values.len; i++) {
        mc_fstring_part(c, &fmt, node->u.JoinedStr.values.items[i], &n_args, node);
    }
    if (n_args > 255) {
        mc_error(c, node, "too many arguments");
    }
    mp_obj_t s = mp_obj_new_str_via_qstr(fmt.buf, fmt.len);
    load = &c->u->items[load_idx];
    load->raw[0] = mp_obj_is_qstr(s) ? O_LOAD_CONST_STRING : O_LOAD_CONST_OBJ;
    load->len = 1 + mc_put_uint(load->raw + 1, mp_obj_is_qstr(s) ? mc_qstr(c, MP_OBJ_QSTR_VALUE(s)) : mc_obj(c, s));
    meth = &c->u->items[meth_idx];
    meth->raw[0] = O_LOAD_METHOD;
    meth->len = 1 + mc_put_uint(meth->raw + 1, mc_qstr(c, MP_QSTR_format));
    opu(c, O_CALL_METHOD, n_args, -(int)(n_args + 1));
}

NORETURN static void mc_error_async_gen(mc_t *c, mp_ast_t *node) {
    // async generators (another engineer's work in the core compiler) have no .mpy form yet
    mp_compile_syntax_error(c->source_file, node->line, node->col, "async generators not supported in .mpy");
}

// A comprehension with `async for` or `await` is a coroutine: its function is a generator that
// gets the async iterator (not an iterator) of the first `for` and is awaited by the caller.
static void mc_comprehension(mc_t *c, mp_ast_t *node) {
    scope_t *child = mp_scope_find_child(c->u->scope, node);
    mp_ast_seq_t *gens = node->kind == AST_DictComp ? &node->u.DictComp.generators : &node->u.ListComp.generators;
    mp_ast_t *g0 = gens->items[0];
    bool is_async = child->uses_await;
    if (is_async) {
        if (child->is_genexp) {
            mc_error_async_gen(c, node);
        }
        const scope_t *s = c->u->scope;
        while (s->kind == SCOPE_COMP && s->parent != NULL) {
            s = s->parent;
        }
        if (!(s->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
            mp_compile_syntax_error(c->source_file, node->line, node->col, "asynchronous comprehension outside of an asynchronous function");
        }
    }
    mc_make_function(c, child, false);
    mc_expr(c, g0->u.comprehension.iter);
    if (g0->u.comprehension.is_async) {
        opq(c, O_LOAD_METHOD, MP_QSTR___aiter__, 1);
        opu(c, O_CALL_METHOD, 0, -1);
    } else {
        op0(c, O_GET_ITER, 0);
    }
    opu(c, O_CALL_FUNCTION, 1, -1);
    if (is_async) {
        mc_await(c);
    }
}

// obj.meth(arg) with obj on the stack (kept): DUP_TOP LOAD_METHOD <arg> CALL_METHOD POP_TOP
static void mc_call_on_top(mc_t *c, qstr meth, mp_ast_t *arg) {
    op0(c, O_DUP_TOP, 1);
    opq(c, O_LOAD_METHOD, meth, 1);
    mc_expr(c, arg);
    opu(c, O_CALL_METHOD, 1, -2);
    op0(c, O_POP_TOP, -1);
}

static void mc_seq_display(mc_t *c, mp_ast_t *node, unsigned build_op) {
    mp_ast_seq_t *elts = &node->u.List.elts;
    bool star = false;
    for (size_t i = 0; i < elts->len; i++) {
        star |= elts->items[i]->kind == AST_Starred;
    }
    if (!star) {
        for (size_t i = 0; i < elts->len; i++) {
            mc_expr(c, elts->items[i]);
        }
        opu(c, build_op, elts->len, 1 - (int)elts->len);
        return;
    }
    // [*a, b]: MicroPython's bytecode has no extend operation: build with method calls
    if (build_op == O_BUILD_TUPLE) {
        opq(c, O_LOAD_GLOBAL, MP_QSTR_tuple, 1);
    }
    opu(c, build_op == O_BUILD_SET ? O_BUILD_SET : O_BUILD_LIST, 0, 1);
    for (size_t i = 0; i < elts->len; i++) {
        mp_ast_t *e = elts->items[i];
        if (e->kind == AST_Starred) {
            mc_call_on_top(c, build_op == O_BUILD_SET ? MP_QSTR_update : MP_QSTR_extend, e->u.Starred.value);
        } else {
            mc_call_on_top(c, build_op == O_BUILD_SET ? MP_QSTR_add : MP_QSTR_append, e);
        }
    }
    if (build_op == O_BUILD_TUPLE) {
        opu(c, O_CALL_FUNCTION, 1, -1);
    }
}

static void mc_expr(mc_t *c, mp_ast_t *node) {
    switch (node->kind) {
        case AST_Constant:
            mc_const(c, node->u.Constant.value);
            break;
        case AST_Name:
            mc_name(c, node->u.Name.id, AST_CTX_LOAD);
            break;
        case AST_Attribute:
            mc_expr(c, node->u.Attribute.value);
            opq(c, O_LOAD_ATTR, node->u.Attribute.attr, 0);
            break;
        case AST_Subscript:
            mc_expr(c, node->u.Subscript.value);
            mc_subscript_index(c, node->u.Subscript.slice);
            op0(c, O_LOAD_SUBSCR, -1);
            break;
        case AST_BinOp:
            mc_expr(c, node->u.BinOp.left);
            mc_expr(c, node->u.BinOp.right);
            op_binary(c, node->u.BinOp.op);
            break;
        case AST_UnaryOp:
            mc_expr(c, node->u.UnaryOp.operand);
            op0(c, O_UNARY_OP_MULTI + (node->u.UnaryOp.op - MP_UNARY_OP_POSITIVE), 0);
            break;
        case AST_BoolOp: {
            uint32_t end = mc_label(c);
            mp_ast_seq_t *v = &node->u.BoolOp.values;
            for (size_t i = 0; i < v->len; i++) {
                mc_expr(c, v->items[i]);
                if (i + 1 < v->len) {
                    opj(c, node->u.BoolOp.op == AST_BOOL_AND ? O_JUMP_IF_FALSE_OR_POP : O_JUMP_IF_TRUE_OR_POP, end, -1);
                }
            }
            mc_place(c, end);
            break;
        }
        case AST_Compare:
            mc_compare(c, node);
            break;
        case AST_Call:
            mc_call(c, node);
            break;
        case AST_IfExp: {
            uint32_t l_else = mc_label(c), end = mc_label(c);
            mc_expr(c, node->u.IfExp.test);
            opj(c, O_POP_JUMP_IF_FALSE, l_else, -1);
            mc_expr(c, node->u.IfExp.body);
            opj(c, O_JUMP, end, -1);
            mc_place(c, l_else);
            mc_expr(c, node->u.IfExp.orelse);
            mc_place(c, end);
            break;
        }
        case AST_Lambda: {
            bool d = mc_defaults(c, node->u.Lambda.args);
            mc_make_function(c, mp_scope_find_child(c->u->scope, node), d);
            break;
        }
        case AST_Tuple:
            mc_seq_display(c, node, O_BUILD_TUPLE);
            break;
        case AST_List:
            mc_seq_display(c, node, O_BUILD_LIST);
            break;
        case AST_Set:
            mc_seq_display(c, node, O_BUILD_SET);
            break;
        case AST_Dict: {
            size_t n = node->u.Dict.keys.len;
            opu(c, O_BUILD_MAP, n, 1);
            for (size_t i = 0; i < n; i++) {
                if (node->u.Dict.keys.items[i] == NULL) {
                    mc_call_on_top(c, MP_QSTR_update, node->u.Dict.values.items[i]);
                    continue;
                }
                mc_expr(c, node->u.Dict.values.items[i]);
                mc_expr(c, node->u.Dict.keys.items[i]);
                op0(c, O_STORE_MAP, -2);
            }
            break;
        }
        case AST_ListComp:
        case AST_SetComp:
        case AST_DictComp:
        case AST_GeneratorExp:
            mc_comprehension(c, node);
            break;
        case AST_Yield:
            if (node->u.Await.value) {
                mc_expr(c, node->u.Await.value);
            } else {
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_YIELD_VALUE, 0);
            break;
        case AST_YieldFrom:
            mc_expr(c, node->u.Await.value);
            op0(c, O_GET_ITER, 0);
            op0(c, O_LOAD_CONST_NONE, 1);
            op0(c, O_YIELD_FROM, -1);
            break;
        case AST_Await: {
            // needs an enclosing async def (comprehensions are transparent)
            const scope_t *s = c->u->scope;
            while (s->kind == SCOPE_COMP && s->parent != NULL) {
                s = s->parent;
            }
            if (!(s->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                mp_compile_syntax_error(c->source_file, node->line, node->col, c->u->scope->kind == SCOPE_COMP
                    ? "asynchronous comprehension outside of an asynchronous function" : "'await' outside async function");
            }
            mc_expr(c, node->u.Await.value);
            mc_await(c);
            break;
        }
        case AST_NamedExpr:
            mc_expr(c, node->u.NamedExpr.value);
            op0(c, O_DUP_TOP, 1);
            mc_store(c, node->u.NamedExpr.target);
            break;
        case AST_JoinedStr:
            mc_joined_str(c, node);
            break;
        case AST_FormattedValue: {
            mp_ast_t *parts[1] = { node };
            mp_ast_t js;
            memset(&js, 0, sizeof(js));
            js.kind = AST_JoinedStr;
            js.line = node->line;
            js.u.JoinedStr.values.len = 1;
            js.u.JoinedStr.values.items = parts;
            mc_joined_str(c, &js);
            break;
        }
        default:
            mc_error(c, node, "unsupported expression (starred)");
    }
}

// ---- stores ----

static void mc_store(mc_t *c, mp_ast_t *t) {
    switch (t->kind) {
        case AST_Name:
            mc_name(c, t->u.Name.id, AST_CTX_STORE);
            break;
        case AST_Attribute:
            mc_expr(c, t->u.Attribute.value);
            opq(c, O_STORE_ATTR, t->u.Attribute.attr, -2);
            break;
        case AST_Subscript:
            mc_expr(c, t->u.Subscript.value);
            mc_subscript_index(c, t->u.Subscript.slice);
            op0(c, O_STORE_SUBSCR, -3);
            break;
        case AST_Tuple:
        case AST_List: {
            mp_ast_seq_t *e = &t->u.List.elts;
            size_t star = (size_t)-1;
            for (size_t i = 0; i < e->len; i++) {
                if (e->items[i]->kind == AST_Starred) {
                    if (star != (size_t)-1) {
                        mc_error(c, t, "multiple starred expressions in assignment");
                    }
                    star = i;
                }
            }
            if (star == (size_t)-1) {
                opu(c, O_UNPACK_SEQUENCE, e->len, (int)e->len - 1);
            } else {
                size_t after = e->len - star - 1;
                if (star > 255 || after > 255) {
                    mc_error(c, t, "too many expressions in star-unpacking assignment");
                }
                opu(c, O_UNPACK_EX, star | (after << 8), (int)e->len - 1);
            }
            for (size_t i = 0; i < e->len; i++) {
                mp_ast_t *x = e->items[i];
                mc_store(c, x->kind == AST_Starred ? x->u.Starred.value : x);
            }
            break;
        }
        case AST_Starred:
            mc_store(c, t->u.Starred.value);
            break;
        default:
            mc_error(c, t, "cannot assign");
    }
}

static void mc_delete(mc_t *c, mp_ast_t *t) {
    switch (t->kind) {
        case AST_Name:
            mc_name(c, t->u.Name.id, AST_CTX_DEL);
            break;
        case AST_Attribute:
            mc_expr(c, t->u.Attribute.value);
            op0(c, O_LOAD_NULL, 1);
            op0(c, O_ROT_TWO, 0);
            opq(c, O_STORE_ATTR, t->u.Attribute.attr, -2);
            break;
        case AST_Subscript:
            mc_expr(c, t->u.Subscript.value);
            mc_subscript_index(c, t->u.Subscript.slice);
            op0(c, O_LOAD_NULL, 1);
            op0(c, O_ROT_THREE, 0);
            op0(c, O_STORE_SUBSCR, -3);
            break;
        case AST_Tuple:
        case AST_List:
            for (size_t i = 0; i < t->u.List.elts.len; i++) {
                mc_delete(c, t->u.List.elts.items[i]);
            }
            break;
        default:
            mc_error(c, t, "cannot delete");
    }
}

// ---- statements ----

static void mc_break_continue(mc_t *c, mp_ast_t *node, bool is_break) {
    mc_unit_t *u = c->u;
    if (u->n_loops == 0) {
        mc_error(c, node, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    mc_loop_t *l = &u->loops[u->n_loops - 1];
    int depth = u->exc_level - l->exc_level;
    uint32_t target = is_break ? l->brk : l->cont;
    bool pop_iter = is_break && l->is_for;
    // the value of an active finally handler (None or the exception) is dropped first
    for (int i = u->exc_level - 1; i >= l->exc_level; i--) {
        if (u->blocks[i].kind == 1 && u->blocks[i].in_handler) {
            op0(c, O_POP_TOP, 0);
        }
    }
    if (depth == 0) {
        if (pop_iter) {
            for (int i = 0; i < 4; i++) {
                op0(c, O_POP_TOP, 0);
            }
        }
        opj(c, O_JUMP, target, 0);
    } else {
        mc_item_t *it = mc_item(c, IT_JUMP);
        it->op = O_UNWIND_JUMP;
        it->arg = target;
        it->has_extra = 1;
        it->extra = depth | (pop_iter ? 0x80 : 0);
    }
}

static void mc_exc_enter(mc_t *c, mp_ast_t *node, int kind) {
    mc_unit_t *u = c->u;
    if (u->exc_level >= 64) {
        mc_error(c, node, "too many nested try/with blocks");
    }
    u->blocks[u->exc_level].kind = kind;
    u->blocks[u->exc_level].in_handler = false;
    if (++u->exc_level > u->exc_max) {
        u->exc_max = u->exc_level;
    }
}

static void mc_exc_handler(mc_t *c) {
    c->u->blocks[c->u->exc_level - 1].in_handler = true;
}

// The head of MicroPython's `async for` with the async iterator on the stack (depth d):
//   top:  SETUP_EXCEPT exc; DUP_TOP; await it.__anext__(); <store target>; POP_EXCEPT_JUMP body
//   exc:  DUP_TOP; LOAD_GLOBAL StopAsyncIteration; EXCEPTION_MATCH; POP_JUMP_IF_FALSE reraise
//         POP_TOP; POP_EXCEPT_JUMP done
//   reraise: END_FINALLY
//   body: (the caller's code, which jumps back to top; done is reached with the iterator on
//         the stack, depth d)
static void mc_async_for_head(mc_t *c, mp_ast_t *node, mp_ast_t *target, uint32_t top, uint32_t done) {
    uint32_t l_exc = mc_label(c), l_reraise = mc_label(c), l_body = mc_label(c);
    int d = c->u->stack;
    mc_place(c, top);
    opj(c, O_SETUP_EXCEPT, l_exc, 0);
    mc_exc_enter(c, node, 0);
    op0(c, O_DUP_TOP, 1);
    mc_await_method(c, MP_QSTR___anext__);
    mc_store(c, target);
    opj(c, O_POP_EXCEPT_JUMP, l_body, 0);
    mc_place(c, l_exc);
    mc_exc_handler(c);
    c->u->stack = d + 1;
    op0(c, O_DUP_TOP, 1);
    opq(c, O_LOAD_GLOBAL, MP_QSTR_StopAsyncIteration, 1);
    op_binary(c, MP_BINARY_OP_EXCEPTION_MATCH);
    opj(c, O_POP_JUMP_IF_FALSE, l_reraise, -1);
    op0(c, O_POP_TOP, -1);
    opj(c, O_POP_EXCEPT_JUMP, done, 0);
    mc_place(c, l_reraise);
    c->u->stack = d + 1;
    op0(c, O_END_FINALLY, -1);
    c->u->exc_level--;
    mc_place(c, l_body);
    c->u->stack = d;
}

static void mc_try_except(mc_t *c, mp_ast_t *node) {
    uint32_t l_handler = mc_label(c), l_else = mc_label(c), l_end = mc_label(c);
    int base = c->u->stack;
    opj(c, O_SETUP_EXCEPT, l_handler, 0);
    mc_exc_enter(c, node, 0);
    mc_stmts(c, &node->u.Try.body);
    opj(c, O_POP_EXCEPT_JUMP, l_else, 0);
    mc_place(c, l_handler);
    mc_exc_handler(c);
    c->u->stack = base + 1;
    mc_stack(c, 0);
    mp_ast_seq_t *hs = &node->u.Try.handlers;
    for (size_t i = 0; i < hs->len; i++) {
        mp_ast_t *h = hs->items[i];
        mc_line(c, h);
        uint32_t l_next = mc_label(c);
        if (h->u.ExceptHandler.type != NULL) {
            op0(c, O_DUP_TOP, 1);
            mc_expr(c, h->u.ExceptHandler.type);
            op_binary(c, MP_BINARY_OP_EXCEPTION_MATCH);
            opj(c, O_POP_JUMP_IF_FALSE, l_next, -1);
        }
        qstr name = h->u.ExceptHandler.name;
        if (name == MP_QSTRnull) {
            op0(c, O_POP_TOP, -1);
            mc_stmts(c, &h->u.ExceptHandler.body);
        } else {
            mc_name(c, name, AST_CTX_STORE);
            // try: <body> finally: name = None; del name
            uint32_t l_fin = mc_label(c);
            opj(c, O_SETUP_FINALLY, l_fin, 0);
            mc_exc_enter(c, h, 1);
            mc_stmts(c, &h->u.ExceptHandler.body);
            op0(c, O_LOAD_CONST_NONE, 1);
            mc_place(c, l_fin);
            mc_exc_handler(c);
            c->u->stack = base + 1;
            op0(c, O_LOAD_CONST_NONE, 1);
            mc_name(c, name, AST_CTX_STORE);
            mc_name(c, name, AST_CTX_DEL);
            op0(c, O_END_FINALLY, -1);
            c->u->exc_level--;
        }
        opj(c, O_POP_EXCEPT_JUMP, l_end, 0);
        mc_place(c, l_next);
        c->u->stack = base + 1;
        if (h->u.ExceptHandler.type == NULL) {
            break;
        }
    }
    op0(c, O_END_FINALLY, -1);
    c->u->exc_level--;
    c->u->stack = base;
    mc_place(c, l_else);
    mc_stmts(c, &node->u.Try.orelse);
    mc_place(c, l_end);
}

static void mc_try(mc_t *c, mp_ast_t *node) {
    if (node->u.Try.finalbody.len == 0) {
        mc_try_except(c, node);
        return;
    }
    uint32_t l_fin = mc_label(c);
    int base = c->u->stack;
    opj(c, O_SETUP_FINALLY, l_fin, 0);
    mc_exc_enter(c, node, 1);
    if (node->u.Try.handlers.len > 0) {
        mc_try_except(c, node);
    } else {
        mc_stmts(c, &node->u.Try.body);
    }
    op0(c, O_LOAD_CONST_NONE, 1);
    mc_place(c, l_fin);
    mc_exc_handler(c);
    c->u->stack = base + 1;
    mc_stack(c, 3);   // room for MicroPython's unwind state (return value / jump + marker)
    c->u->stack = base + 1;
    mc_stmts(c, &node->u.Try.finalbody);
    op0(c, O_END_FINALLY, -1);
    c->u->exc_level--;
}

static void mc_with(mc_t *c, mp_ast_t *node, size_t i) {
    mp_ast_seq_t *items = &node->u.With.items;
    if (i == items->len) {
        mc_stmts(c, &node->u.With.body);
        return;
    }
    mp_ast_t *it = items->items[i];
    uint32_t l_cleanup = mc_label(c);
    mc_expr(c, it->u.withitem.context_expr);
    int base = c->u->stack - 1;
    opj(c, O_SETUP_WITH, l_cleanup, 2);
    mc_exc_enter(c, node, 2);
    if (it->u.withitem.optional_vars) {
        mc_store(c, it->u.withitem.optional_vars);
    } else {
        op0(c, O_POP_TOP, -1);
    }
    mc_with(c, node, i + 1);
    op0(c, O_LOAD_CONST_NONE, 1);
    mc_place(c, l_cleanup);
    mc_exc_handler(c);
    c->u->stack = base + 3;
    mc_stack(c, 4);   // WITH_CLEANUP calls __exit__ with 3 more values
    c->u->stack = base + 3;
    op0(c, O_WITH_CLEANUP, -2);
    op0(c, O_END_FINALLY, -1);
    c->u->exc_level--;
}

// MicroPython's `async with` (the manager stays on the stack, __aexit__ is looked up when
// needed). Stack depths relative to base, the depth holding the manager:
//   mgr; DUP_TOP; await mgr.__aenter__(); <store> | POP_TOP; SETUP_FINALLY fin
//   <body>; LOAD_CONST_NONE; ROT_TWO; JUMP noexc                     [None, mgr]
//   fin:   [mgr, exc] or, for return/break unwinding, [mgr, X, INT]
//          DUP_TOP; LOAD_GLOBAL BaseException; EXCEPTION_MATCH; POP_JUMP_IF_FALSE ret
//          DUP_TOP; ROT_THREE; ROT_TWO; LOAD_METHOD __aexit__; ROT_THREE; ROT_THREE; DUP_TOP;
//          LOAD_ATTR __class__; ROT_TWO; LOAD_CONST_NONE       [exc, aexit, mgr, type, exc, None]
//          CALL_METHOD 3; await; POP_JUMP_IF_FALSE end (re-raise); POP_TOP; LOAD_CONST_NONE
//          JUMP end (swallowed)
//   ret:   ROT_THREE; ROT_THREE                                      [X, INT, mgr]
//   noexc: LOAD_METHOD __aexit__; LOAD_CONST_NONE; DUP_TOP; DUP_TOP; CALL_METHOD 3; await; POP_TOP
//   end:   END_FINALLY                           [None], [exc] or [X, INT]
static void mc_async_with(mc_t *c, mp_ast_t *node, size_t i) {
    mp_ast_seq_t *items = &node->u.With.items;
    if (i == items->len) {
        mc_stmts(c, &node->u.With.body);
        return;
    }
    mp_ast_t *it = items->items[i];
    uint32_t l_fin = mc_label(c), l_noexc = mc_label(c), l_ret = mc_label(c), l_end = mc_label(c);
    mc_expr(c, it->u.withitem.context_expr);
    op0(c, O_DUP_TOP, 1);
    mc_await_method(c, MP_QSTR___aenter__);
    if (it->u.withitem.optional_vars) {
        mc_store(c, it->u.withitem.optional_vars);
    } else {
        op0(c, O_POP_TOP, -1);
    }
    int base = c->u->stack;
    opj(c, O_SETUP_FINALLY, l_fin, 0);
    mc_exc_enter(c, node, 1);
    mc_stack(c, 3);   // room for MicroPython's unwind state
    c->u->stack = base;
    mc_async_with(c, node, i + 1);
    op0(c, O_LOAD_CONST_NONE, 1);
    op0(c, O_ROT_TWO, 0);
    opj(c, O_JUMP, l_noexc, 0);
    mc_place(c, l_fin);
    mc_exc_handler(c);
    c->u->stack = base + 1;
    op0(c, O_DUP_TOP, 1);
    opq(c, O_LOAD_GLOBAL, MP_QSTR_BaseException, 1);
    op_binary(c, MP_BINARY_OP_EXCEPTION_MATCH);
    opj(c, O_POP_JUMP_IF_FALSE, l_ret, -1);
    op0(c, O_DUP_TOP, 1);
    op0(c, O_ROT_THREE, 0);
    op0(c, O_ROT_TWO, 0);
    opq(c, O_LOAD_METHOD, MP_QSTR___aexit__, 1);
    op0(c, O_ROT_THREE, 0);
    op0(c, O_ROT_THREE, 0);
    op0(c, O_DUP_TOP, 1);
    opq(c, O_LOAD_ATTR, MP_QSTR___class__, 0);
    op0(c, O_ROT_TWO, 0);
    op0(c, O_LOAD_CONST_NONE, 1);
    opu(c, O_CALL_METHOD, 3, -4);
    mc_await(c);
    opj(c, O_POP_JUMP_IF_FALSE, l_end, -1);
    op0(c, O_POP_TOP, -1);
    op0(c, O_LOAD_CONST_NONE, 1);
    opj(c, O_JUMP, l_end, 0);
    mc_place(c, l_ret);
    c->u->stack = base + 2;
    op0(c, O_ROT_THREE, 0);
    op0(c, O_ROT_THREE, 0);
    mc_place(c, l_noexc);
    c->u->stack = base + 1;
    opq(c, O_LOAD_METHOD, MP_QSTR___aexit__, 1);
    op0(c, O_LOAD_CONST_NONE, 1);
    op0(c, O_DUP_TOP, 1);
    op0(c, O_DUP_TOP, 1);
    opu(c, O_CALL_METHOD, 3, -4);
    mc_await(c);
    op0(c, O_POP_TOP, -1);
    mc_place(c, l_end);
    op0(c, O_END_FINALLY, -1);
    c->u->exc_level--;
}

// `async for`: the async iterator takes one stack slot; break leaves through `brk`, which
// pops it (the else clause pops it first, so a break there leaves the enclosing loop cleanly).
static void mc_async_for(mc_t *c, mp_ast_t *node) {
    mc_unit_t *u = c->u;
    if (u->n_loops >= 64) {
        mc_error(c, node, "too many nested loops");
    }
    uint32_t top = mc_label(c), l_else = mc_label(c), brk = mc_label(c), end = mc_label(c);
    mc_expr(c, node->u.For.iter);
    opq(c, O_LOAD_METHOD, MP_QSTR___aiter__, 1);
    opu(c, O_CALL_METHOD, 0, -1);
    int d = u->stack;
    mc_async_for_head(c, node, node->u.For.target, top, l_else);
    u->loops[u->n_loops++] = (mc_loop_t) { top, brk, u->exc_level, false };
    mc_stmts(c, &node->u.For.body);
    u->n_loops--;
    opj(c, O_JUMP, top, 0);
    mc_place(c, l_else);
    u->stack = d;
    bool has_else = node->u.For.orelse.len > 0;
    if (!has_else) {
        mc_place(c, brk);
    }
    op0(c, O_POP_TOP, -1);
    if (has_else) {
        mc_stmts(c, &node->u.For.orelse);
        opj(c, O_JUMP, end, 0);
        mc_place(c, brk);
        u->stack = d;
        op0(c, O_POP_TOP, -1);
    }
    mc_place(c, end);
}

static void mc_import_name(mc_t *c, qstr module, int level, mp_obj_t fromlist) {
    mc_small_int(c, level);
    mc_const(c, fromlist);
    opq(c, O_IMPORT_NAME, module, -1);
}

static void mc_stmt(mc_t *c, mp_ast_t *node) {
    mc_line(c, node);
    switch (node->kind) {
        case AST_Expr: {
            mp_ast_t *v = node->u.Expr.value;
            if (v->kind == AST_Constant) {
                break;   // docstrings and other constant statements compile to nothing
            }
            mc_expr(c, v);
            op0(c, O_POP_TOP, -1);
            break;
        }
        case AST_Assign: {
            mc_expr(c, node->u.Assign.value);
            mp_ast_seq_t *t = &node->u.Assign.targets;
            for (size_t i = 0; i < t->len; i++) {
                if (i + 1 < t->len) {
                    op0(c, O_DUP_TOP, 1);
                }
                mc_store(c, t->items[i]);
            }
            break;
        }
        case AST_AnnAssign:
            if (node->u.AnnAssign.value) {
                mc_expr(c, node->u.AnnAssign.value);
                mc_store(c, node->u.AnnAssign.target);
            }
            break;
        case AST_AugAssign: {
            mp_ast_t *t = node->u.AugAssign.target;
            unsigned op = node->u.AugAssign.op + MP_BINARY_OP_INPLACE_OFFSET;
            if (t->kind == AST_Name) {
                mc_name(c, t->u.Name.id, AST_CTX_LOAD);
                mc_expr(c, node->u.AugAssign.value);
                op_binary(c, op);
                mc_name(c, t->u.Name.id, AST_CTX_STORE);
            } else if (t->kind == AST_Attribute) {
                mc_expr(c, t->u.Attribute.value);
                op0(c, O_DUP_TOP, 1);
                opq(c, O_LOAD_ATTR, t->u.Attribute.attr, 0);
                mc_expr(c, node->u.AugAssign.value);
                op_binary(c, op);
                op0(c, O_ROT_TWO, 0);
                opq(c, O_STORE_ATTR, t->u.Attribute.attr, -2);
            } else if (t->kind == AST_Subscript) {
                mc_expr(c, t->u.Subscript.value);
                mc_subscript_index(c, t->u.Subscript.slice);
                op0(c, O_DUP_TOP_TWO, 2);
                op0(c, O_LOAD_SUBSCR, -1);
                mc_expr(c, node->u.AugAssign.value);
                op_binary(c, op);
                op0(c, O_ROT_THREE, 0);
                op0(c, O_STORE_SUBSCR, -3);
            } else {
                mc_error(c, node, "illegal expression for augmented assignment");
            }
            break;
        }
        case AST_Return:
            if (node->u.Return.value) {
                mc_expr(c, node->u.Return.value);
            } else {
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_RETURN_VALUE, -1);
            break;
        case AST_Delete:
            for (size_t i = 0; i < node->u.Delete.targets.len; i++) {
                mc_delete(c, node->u.Delete.targets.items[i]);
            }
            break;
        case AST_Pass:
        case AST_Global:
        case AST_Nonlocal:
            break;
        case AST_If: {
            uint32_t l_else = mc_label(c), end = mc_label(c);
            mc_expr(c, node->u.If.test);
            opj(c, O_POP_JUMP_IF_FALSE, l_else, -1);
            mc_stmts(c, &node->u.If.body);
            if (node->u.If.orelse.len) {
                opj(c, O_JUMP, end, 0);
            }
            mc_place(c, l_else);
            mc_stmts(c, &node->u.If.orelse);
            mc_place(c, end);
            break;
        }
        case AST_While: {
            mc_unit_t *u = c->u;
            if (u->n_loops >= 64) {
                mc_error(c, node, "too many nested loops");
            }
            // MicroPython's layout: the test at the bottom, entered by a jump
            uint32_t top = mc_label(c), cont = mc_label(c), brk = mc_label(c);
            mp_ast_t *test = node->u.While.test;
            bool always = test->kind == AST_Constant && test->u.Constant.value == mp_const_true;
            if (!always) {
                opj(c, O_JUMP, cont, 0);
            }
            mc_place(c, top);
            u->loops[u->n_loops++] = (mc_loop_t) { cont, brk, u->exc_level, false };
            mc_stmts(c, &node->u.While.body);
            u->n_loops--;
            mc_place(c, cont);
            if (always) {
                opj(c, O_JUMP, top, 0);
            } else {
                mc_expr(c, test);
                opj(c, O_POP_JUMP_IF_TRUE, top, -1);
            }
            mc_stmts(c, &node->u.While.orelse);
            mc_place(c, brk);
            break;
        }
        case AST_For: {
            mc_unit_t *u = c->u;
            if (u->n_loops >= 64) {
                mc_error(c, node, "too many nested loops");
            }
            uint32_t top = mc_label(c), end = mc_label(c), brk = mc_label(c);
            mc_expr(c, node->u.For.iter);
            op0(c, O_GET_ITER_STACK, 3);
            mc_place(c, top);
            opj(c, O_FOR_ITER, end, 1);
            mc_store(c, node->u.For.target);
            u->loops[u->n_loops++] = (mc_loop_t) { top, brk, u->exc_level, true };
            mc_stmts(c, &node->u.For.body);
            u->n_loops--;
            opj(c, O_JUMP, top, 0);
            mc_place(c, end);
            mc_stack(c, -4);
            mc_stmts(c, &node->u.For.orelse);
            mc_place(c, brk);
            break;
        }
        case AST_Break:
            mc_break_continue(c, node, true);
            break;
        case AST_Continue:
            mc_break_continue(c, node, false);
            break;
        case AST_Raise:
            if (node->u.Raise.exc == NULL) {
                op0(c, O_RAISE_LAST, 0);
            } else if (node->u.Raise.cause == NULL) {
                mc_expr(c, node->u.Raise.exc);
                op0(c, O_RAISE_OBJ, -1);
            } else {
                mc_expr(c, node->u.Raise.exc);
                mc_expr(c, node->u.Raise.cause);
                op0(c, O_RAISE_FROM, -2);
            }
            break;
        case AST_Try:
            mc_try(c, node);
            break;
        case AST_With:
            mc_with(c, node, 0);
            break;
        case AST_AsyncWith:
            if (!(c->u->scope->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                mp_compile_syntax_error(c->source_file, node->line, node->col, "'async with' outside async function");
            }
            mc_async_with(c, node, 0);
            break;
        case AST_AsyncFor:
            if (!(c->u->scope->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                mp_compile_syntax_error(c->source_file, node->line, node->col, "'async for' outside async function");
            }
            mc_async_for(c, node);
            break;
        case AST_Assert:
            if (c->opt_level == 0) {
                uint32_t ok = mc_label(c);
                mc_expr(c, node->u.Assert.test);
                opj(c, O_POP_JUMP_IF_TRUE, ok, -1);
                opq(c, O_LOAD_GLOBAL, MP_QSTR_AssertionError, 1);
                if (node->u.Assert.msg) {
                    mc_expr(c, node->u.Assert.msg);
                    opu(c, O_CALL_FUNCTION, 1, -1);
                }
                op0(c, O_RAISE_OBJ, -1);
                mc_place(c, ok);
            }
            break;
        case AST_Import:
            for (size_t i = 0; i < node->u.Import.names.len; i++) {
                mp_ast_t *a = node->u.Import.names.items[i];
                qstr name = a->u.alias.name;
                mc_import_name(c, name, 0, mp_const_none);
                size_t len;
                const char *s = (const char *)qstr_data(name, &len);
                const char *dot = memchr(s, '.', len);
                if (a->u.alias.asname != MP_QSTRnull) {
                    // import a.b.c as d: the submodule, through attributes
                    while (dot != NULL) {
                        const char *start = dot + 1;
                        dot = memchr(start, '.', s + len - start);
                        size_t n = (dot ? dot : s + len) - start;
                        opq(c, O_LOAD_ATTR, qstr_from_strn(start, n), 0);
                    }
                    mc_name(c, a->u.alias.asname, AST_CTX_STORE);
                } else {
                    mc_name(c, dot ? qstr_from_strn(s, dot - s) : name, AST_CTX_STORE);
                }
            }
            break;
        case AST_ImportFrom: {
            mp_ast_seq_t *names = &node->u.ImportFrom.names;
            qstr module = node->u.ImportFrom.module == MP_QSTRnull ? MP_QSTR_ : node->u.ImportFrom.module;
            bool star = names->len == 1 && names->items[0]->u.alias.name == MP_QSTR__star_;
            mp_obj_t fl = mp_obj_new_tuple(names->len, NULL);
            mp_obj_t *items;
            size_t n;
            mp_obj_tuple_get(fl, &n, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = MP_OBJ_NEW_QSTR(names->items[i]->u.alias.name);
            }
            mc_import_name(c, module, node->u.ImportFrom.level, fl);
            if (star) {
                op0(c, O_IMPORT_STAR, -1);
                break;
            }
            for (size_t i = 0; i < n; i++) {
                mp_ast_t *a = names->items[i];
                opq(c, O_IMPORT_FROM, a->u.alias.name, 1);
                mc_name(c, a->u.alias.asname != MP_QSTRnull ? a->u.alias.asname : a->u.alias.name, AST_CTX_STORE);
            }
            op0(c, O_POP_TOP, -1);
            break;
        }
        case AST_FunctionDef:
        case AST_AsyncFunctionDef: {
            mp_ast_seq_t *decos = &node->u.FunctionDef.decorator_list;
            for (size_t i = 0; i < decos->len; i++) {
                mc_expr(c, decos->items[i]);
            }
            bool d = mc_defaults(c, node->u.FunctionDef.args);
            mc_make_function(c, mp_scope_find_child(c->u->scope, node), d);
            for (size_t i = 0; i < decos->len; i++) {
                opu(c, O_CALL_FUNCTION, 1, -1);
            }
            mc_name(c, node->u.FunctionDef.name, AST_CTX_STORE);
            break;
        }
        case AST_ClassDef: {
            mp_ast_seq_t *decos = &node->u.ClassDef.decorator_list;
            for (size_t i = 0; i < decos->len; i++) {
                mc_expr(c, decos->items[i]);
            }
            op0(c, O_LOAD_BUILD_CLASS, 1);
            mc_make_function(c, mp_scope_find_child(c->u->scope, node), false);
            opq(c, O_LOAD_CONST_STRING, node->u.ClassDef.name, 1);
            mc_call_args(c, &node->u.ClassDef.bases, &node->u.ClassDef.keywords, 2, false, node);
            for (size_t i = 0; i < decos->len; i++) {
                opu(c, O_CALL_FUNCTION, 1, -1);
            }
            mc_name(c, node->u.ClassDef.name, AST_CTX_STORE);
            break;
        }
        case AST_Match:
            // our compiler calls helpers of py/match.c as constant function objects, which
            // MicroPython's bytecode and .mpy format cannot express
            mp_compile_syntax_error(c->source_file, node->line, node->col, "match statement not supported in .mpy");
        default:
            mc_error(c, node, "unsupported statement");
    }
}

static void mc_stmts(mc_t *c, mp_ast_seq_t *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        mc_stmt(c, seq->items[i]);
    }
}

// ---- comprehension bodies ----

static void mc_comp_loop(mc_t *c, mp_ast_t *node, mp_ast_seq_t *gens, size_t i, int coll_depth) {
    mp_ast_t *g = gens->items[i];
    uint32_t top = mc_label(c), end = mc_label(c);
    bool is_async = g->u.comprehension.is_async;
    if (i == 0 && is_async) {
        op0(c, O_LOAD_FAST_MULTI + (unsigned)c->u->scope->n_free, 1);
    } else if (is_async) {
        mc_expr(c, g->u.comprehension.iter);
        opq(c, O_LOAD_METHOD, MP_QSTR___aiter__, 1);
        opu(c, O_CALL_METHOD, 0, -1);
    } else if (i == 0) {
        if (node->kind == AST_GeneratorExp) {
            op0(c, O_LOAD_NULL, 1);
            op0(c, O_LOAD_FAST_MULTI + (unsigned)c->u->scope->n_free, 1);
            op0(c, O_LOAD_NULL, 1);
            op0(c, O_LOAD_NULL, 1);
        } else {
            op0(c, O_LOAD_FAST_MULTI + (unsigned)c->u->scope->n_free, 1);
            op0(c, O_GET_ITER_STACK, 3);
        }
    } else {
        mc_expr(c, g->u.comprehension.iter);
        op0(c, O_GET_ITER_STACK, 3);
    }
    if (is_async) {
        mc_async_for_head(c, node, g->u.comprehension.target, top, end);
    } else {
        mc_place(c, top);
        opj(c, O_FOR_ITER, end, 1);
        mc_store(c, g->u.comprehension.target);
    }
    for (size_t k = 0; k < g->u.comprehension.ifs.len; k++) {
        mc_expr(c, g->u.comprehension.ifs.items[k]);
        opj(c, O_POP_JUMP_IF_FALSE, top, -1);
    }
    if (i + 1 < gens->len) {
        mc_comp_loop(c, node, gens, i + 1, coll_depth);
    } else if (node->kind == AST_GeneratorExp) {
        mc_expr(c, node->u.ListComp.elt);
        op0(c, O_YIELD_VALUE, 0);
        op0(c, O_POP_TOP, -1);
    } else if (node->kind == AST_DictComp) {
        mc_expr(c, node->u.DictComp.value);
        mc_expr(c, node->u.DictComp.key);
        opu(c, O_STORE_COMP, (size_t)((c->u->stack - coll_depth) << 2) | 1, -2);
    } else {
        mc_expr(c, node->u.ListComp.elt);
        opu(c, O_STORE_COMP, (size_t)((c->u->stack - coll_depth) << 2) | (node->kind == AST_SetComp ? 2 : 0), -1);
    }
    opj(c, O_JUMP, top, 0);
    mc_place(c, end);
    if (is_async) {
        op0(c, O_POP_TOP, -1);   // the async iterator
    } else {
        mc_stack(c, -4);
    }
}

// ---- a scope -> function data ----

static void mc_emit_prelude(mc_t *c, vstr_t *out, scope_t *sc, size_t n_state, size_t n_exc, size_t n_def, const byte *info, size_t n_info, const byte *cells, size_t n_cells) {
    size_t S = n_state - 1, E = n_exc, F = sc->scope_flags & (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_VARARGS | MP_SCOPE_FLAG_VARKW);
    // ours: 1 generator, 2 *args, 4 **kwargs; MicroPython: 1 generator, 2 **kwargs, 4 *args, 8 kw defaults
    // (MicroPython has no coroutine flag: an async def, or a comprehension using await, is a
    // generator)
    bool gen = (sc->scope_flags & (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_COROUTINE)) || (sc->kind == SCOPE_COMP && sc->uses_await);
    F = (gen ? 1 : 0) | (F & MP_SCOPE_FLAG_VARKW ? 2 : 0) | (F & MP_SCOPE_FLAG_VARARGS ? 4 : 0);
    if (sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_LAMBDA) {
        mp_ast_t *args = sc->node->kind == AST_Lambda ? sc->node->u.Lambda.args : sc->node->u.FunctionDef.args;
        for (size_t i = 0; i < args->u.arguments.kw_defaults.len; i++) {
            if (args->u.arguments.kw_defaults.items[i] != NULL) {
                F |= 8;
            }
        }
    }
    size_t A = sc->n_free + sc->n_pos_args, K = sc->n_kwonly_args, D = n_def;
    byte z = (S & 0xf) << 3 | (E & 1) << 2 | (A & 3);
    S >>= 4;
    E >>= 1;
    A >>= 2;
    while (S | E | F | A | K | D) {
        vstr_add_byte(out, 0x80 | z);
        z = (F & 1) << 6 | (S & 3) << 4 | (K & 1) << 3 | (A & 1) << 2 | (E & 1) << 1 | (D & 1);
        S >>= 2;
        E >>= 1;
        F >>= 1;
        A >>= 1;
        K >>= 1;
        D >>= 1;
    }
    vstr_add_byte(out, z);
    size_t I = n_info, C = n_cells;
    do {
        z = (I & 0x3f) << 1 | (C & 1);
        C >>= 1;
        I >>= 6;
        if (C | I) {
            z |= 0x80;
        }
        vstr_add_byte(out, z);
    } while (C | I);
    vstr_add_strn(out, (const char *)info, n_info);
    vstr_add_strn(out, (const char *)cells, n_cells);
    (void)c;
}

static void mc_add_uint(vstr_t *v, size_t n) {
    byte b[10];
    size_t k = mc_put_uint(b, n);
    vstr_add_strn(v, (const char *)b, k);
}

static mc_rc_t *mc_finish(mc_t *c, mc_unit_t *u, size_t n_def) {
    scope_t *sc = u->scope;
    // label positions by relaxation
    uint32_t *pos = m_new(uint32_t, u->n_labels + 1);
    for (bool changed = true; changed;) {
        changed = false;
        uint32_t p = 0;
        for (size_t i = 0; i < u->n_items; i++) {
            mc_item_t *it = &u->items[i];
            if (it->kind == IT_LABEL) {
                pos[it->arg] = p;
            } else if (it->kind == IT_RAW) {
                p += it->len;
            } else if (it->kind == IT_JUMP) {
                p += 2 + it->wide + it->has_extra;
            }
        }
        p = 0;
        for (size_t i = 0; i < u->n_items; i++) {
            mc_item_t *it = &u->items[i];
            if (it->kind == IT_RAW) {
                p += it->len;
            } else if (it->kind == IT_JUMP) {
                uint32_t after = p + 2 + it->wide;
                mp_int_t off = (mp_int_t)pos[it->arg] - (mp_int_t)after;
                bool sign = it->op == O_UNWIND_JUMP || it->op == O_JUMP || it->op == O_POP_JUMP_IF_TRUE || it->op == O_POP_JUMP_IF_FALSE;
                bool fits = sign ? (off >= -0x40 && off < 0x40) : (off >= 0 && off < 0x80);
                // positions of later labels are from before this pass: decide on the next one
                if (!fits && !it->wide) {
                    it->wide = 1;
                    changed = true;
                }
                if (!changed && it->wide && (sign ? (off < -0x4000 || off >= 0x4000) : (off < 0 || off >= 0x8000))) {
                    mc_error(c, sc->node, "function too large (a jump spans more than 16 KiB)");
                }
                p += 2 + it->wide + it->has_extra;
            }
        }
    }
    // bytes and line table
    vstr_t code, lines;
    vstr_init(&code, 64);
    vstr_init(&lines, 16);
    uint32_t last_off = 0, last_line = 1;
    for (size_t i = 0; i < u->n_items; i++) {
        mc_item_t *it = &u->items[i];
        if (it->kind == IT_RAW) {
            vstr_add_strn(&code, (const char *)it->raw, it->len);
        } else if (it->kind == IT_JUMP) {
            uint32_t after = code.len + 2 + it->wide;
            mp_int_t off = (mp_int_t)pos[it->arg] - (mp_int_t)after;
            bool sign = it->op == O_UNWIND_JUMP || it->op == O_JUMP || it->op == O_POP_JUMP_IF_TRUE || it->op == O_POP_JUMP_IF_FALSE;
            vstr_add_byte(&code, it->op);
            if (!it->wide) {
                vstr_add_byte(&code, (byte)(off + (sign ? 0x40 : 0)));
            } else {
                mp_uint_t v = (mp_uint_t)(off + (sign ? 0x4000 : 0));
                vstr_add_byte(&code, 0x80 | (v & 0x7f));
                vstr_add_byte(&code, (byte)(v >> 7));
            }
            if (it->has_extra) {
                vstr_add_byte(&code, it->extra);
            }
        } else if (it->kind == IT_LINE && it->arg > last_line) {
            uint32_t b = code.len - last_off, l = it->arg - last_line;
            while (b || l) {
                if (b <= 0x1f && l <= 3) {
                    vstr_add_byte(&lines, b | (l << 5));
                    b = l = 0;
                } else {
                    uint32_t bb = b < 0xf ? b : 0xf, ll = l < 0x7ff ? l : 0x7ff;
                    vstr_add_byte(&lines, 0x80 | ((ll >> 4) & 0x70) | bb);
                    vstr_add_byte(&lines, ll & 0xff);
                    b -= bb;
                    l -= ll;
                }
            }
            last_off = code.len;
            last_line = it->arg;
        }
    }
    // info section: simple name, argument names ("*" for closed-over variables), lines
    vstr_t info;
    vstr_init(&info, 16);
    mc_add_uint(&info, mc_qstr(c, sc->name));
    for (size_t i = 0; i < sc->n_free; i++) {
        mc_add_uint(&info, mc_qstr(c, MP_QSTR__star_));
    }
    size_t n_args = sc->n_pos_args + sc->n_kwonly_args;
    for (size_t a = 0; a < n_args; a++) {
        qstr q = MP_QSTR__star_;
        for (size_t i = 0; i < sc->n_ids; i++) {
            if ((sc->ids[i].flags & ID_FLAG_PARAM) && sc->ids[i].slot == a) {
                q = sc->ids[i].qst;
            }
        }
        mc_add_uint(&info, mc_qstr(c, q));
    }
    vstr_add_strn(&info, lines.buf, lines.len);
    // closure section: locals that start as new cells
    vstr_t cells;
    vstr_init(&cells, 4);
    for (size_t i = 0; i < sc->n_ids; i++) {
        if (sc->ids[i].kind == ID_KIND_CELL) {
            unsigned n = mc_local(c, &sc->ids[i]);
            if (n > 255) {
                mc_error(c, sc->node, "too many locals");
            }
            vstr_add_byte(&cells, n);
        }
    }
    size_t n_locals = sc->n_slots;
    size_t n_state = n_locals + (u->stack_max > 0 ? u->stack_max : 0);
    if (n_state == 0) {
        n_state = 1;
    }
    vstr_t out;
    vstr_init(&out, code.len + info.len + 16);
    mc_emit_prelude(c, &out, sc, n_state, u->exc_max, n_def, (const byte *)info.buf, info.len, (const byte *)cells.buf, cells.len);
    vstr_add_strn(&out, code.buf, code.len);
    mc_rc_t *rc = m_new_obj(mc_rc_t);
    rc->data = (byte *)out.buf;
    rc->len = out.len;
    rc->children = u->children;
    rc->n_children = u->n_children;
    return rc;
}

static mc_rc_t *mc_compile_scope(mc_t *c, scope_t *sc) {
    mc_unit_t unit;
    memset(&unit, 0, sizeof(unit));
    unit.parent = c->u;
    unit.scope = sc;
    c->u = &unit;
    mp_ast_t *node = sc->node;
    size_t n_def = 0;
    unit.last_line = 1;
    if (sc->n_posonly_args > 0) {
        mc_error(c, node, "positional-only parameters are not expressible in .mpy v6");
    }
    switch (sc->kind) {
        case SCOPE_MODULE:
            if (node->kind == AST_Expression) {
                mc_expr(c, node->u.Expression.body);
            } else {
                mc_stmts(c, &node->u.Module.body);
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_RETURN_VALUE, -1);
            break;
        case SCOPE_FUNCTION:
            // an async def with yield (any flag beyond a coroutine's: generator, or an async
            // generator flag of the core compiler) has no .mpy form
            if (node->kind == AST_AsyncFunctionDef
                && (sc->scope_flags & ~(MP_SCOPE_FLAG_COROUTINE | MP_SCOPE_FLAG_VARARGS | MP_SCOPE_FLAG_VARKW))) {
                mc_error_async_gen(c, node);
            }
            n_def = node->u.FunctionDef.args->u.arguments.defaults.len;
            mc_stmts(c, &node->u.FunctionDef.body);
            op0(c, O_LOAD_CONST_NONE, 1);
            op0(c, O_RETURN_VALUE, -1);
            break;
        case SCOPE_LAMBDA:
            n_def = node->u.Lambda.args->u.arguments.defaults.len;
            mc_expr(c, node->u.Lambda.body);
            if (sc->scope_flags & MP_SCOPE_FLAG_GENERATOR) {
                op0(c, O_POP_TOP, -1);
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_RETURN_VALUE, -1);
            break;
        case SCOPE_CLASS: {
            opq(c, O_LOAD_NAME, MP_QSTR___name__, 1);
            opq(c, O_STORE_NAME, MP_QSTR___module__, -1);
            opq(c, O_LOAD_CONST_STRING, node->u.ClassDef.name, 1);
            opq(c, O_STORE_NAME, MP_QSTR___qualname__, -1);
            mc_stmts(c, &node->u.ClassDef.body);
            id_info_t *cell = mp_scope_find(sc, MP_QSTR___class__);
            if (sc->has_class_cell && cell != NULL && cell->kind == ID_KIND_CELL) {
                // MicroPython's protocol: the class body returns its __class__ cell
                unsigned n = mc_local(c, cell);
                op0(c, O_LOAD_FAST_MULTI + n, 1);
            } else {
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_RETURN_VALUE, -1);
            break;
        }
        default: {   // SCOPE_COMP
            if (sc->uses_await && sc->is_genexp) {
                mc_error_async_gen(c, node);
            }
            int coll = c->u->stack + 1;
            if (node->kind == AST_ListComp) {
                opu(c, O_BUILD_LIST, 0, 1);
            } else if (node->kind == AST_SetComp) {
                opu(c, O_BUILD_SET, 0, 1);
            } else if (node->kind == AST_DictComp) {
                opu(c, O_BUILD_MAP, 0, 1);
            }
            mp_ast_seq_t *gens = node->kind == AST_DictComp ? &node->u.DictComp.generators : &node->u.ListComp.generators;
            mc_comp_loop(c, node, gens, 0, coll);
            if (node->kind == AST_GeneratorExp) {
                op0(c, O_LOAD_CONST_NONE, 1);
            }
            op0(c, O_RETURN_VALUE, -1);
            break;
        }
    }
    mc_rc_t *rc = mc_finish(c, &unit, n_def);
    c->u = unit.parent;
    return rc;
}

// ---- the file ----

static void mc_write_rc(vstr_t *out, mc_rc_t *rc) {
    mc_add_uint(out, (rc->len << 3) | (rc->n_children ? 4 : 0));
    vstr_add_strn(out, (const char *)rc->data, rc->len);
    if (rc->n_children) {
        mc_add_uint(out, rc->n_children);
        for (size_t i = 0; i < rc->n_children; i++) {
            mc_write_rc(out, rc->children[i]);
        }
    }
}

static void mc_write_obj(vstr_t *out, mp_obj_t o) {
    if (o == mp_const_ellipsis) {
        vstr_add_byte(out, 4);
    } else if (o == mp_const_none || o == mp_const_false || o == mp_const_true) {
        vstr_add_byte(out, o == mp_const_none ? 1 : o == mp_const_false ? 2 : 3);
    } else if (mp_obj_is_str(o) || mp_obj_is_type(o, &mp_type_bytes)) {
        size_t len;
        const char *s = mp_obj_str_get_data(o, &len);
        vstr_add_byte(out, mp_obj_is_str(o) ? 5 : 6);
        mc_add_uint(out, len);
        vstr_add_strn(out, s, len);
        vstr_add_byte(out, 0);
    } else if (mp_obj_is_type(o, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(o, &n, &items);
        vstr_add_byte(out, 10);
        mc_add_uint(out, n);
        for (size_t i = 0; i < n; i++) {
            mc_write_obj(out, items[i]);
        }
    } else {
        // numbers as their repr text
        size_t tl;
        const char *text = mp_obj_str_get_data(mp_obj_repr(o), &tl);
        vstr_add_byte(out, mp_obj_is_int(o) ? 7 : mp_obj_is_float(o) ? 8 : 9);
        mc_add_uint(out, tl);
        vstr_add_strn(out, text, tl);
    }
}

void mpy_cross_compile(const char *src, size_t len, qstr source_file, const mpy_cross_opts_t *opts, vstr_t *out) {
    mp_ast_t *ast = mp_parse(src, len, source_file, MP_PARSE_FILE_INPUT);
    scope_t *root = mp_scope_build(ast, source_file);
    mc_t c;
    memset(&c, 0, sizeof(c));
    c.source_file = source_file;
    c.opt_level = opts->opt_level;
    c.small_int_bits = opts->small_int_bits;
    mc_qstr(&c, source_file);
    mc_rc_t *rc = mc_compile_scope(&c, root);
    vstr_add_byte(out, 'M');
    vstr_add_byte(out, MPY_VERSION);
    vstr_add_byte(out, 0);   // no native code: arch 0 (the sub-version is only written for native files)
    vstr_add_byte(out, opts->small_int_bits);
    mc_add_uint(out, c.n_qstrs);
    mc_add_uint(out, c.n_objs);
    for (size_t i = 0; i < c.n_qstrs; i++) {
        size_t ql;
        const char *qs = (const char *)qstr_data(c.qstrs[i], &ql);
        size_t k;
        for (k = 0; k < MPY_NUM_STATIC_QSTRS; k++) {
            if (strlen(mpy_static_qstrs[k]) == ql && memcmp(mpy_static_qstrs[k], qs, ql) == 0) {
                break;
            }
        }
        if (k < MPY_NUM_STATIC_QSTRS) {
            mc_add_uint(out, ((k + 1) << 1) | 1);
        } else {
            mc_add_uint(out, ql << 1);
            vstr_add_strn(out, qs, ql);
            vstr_add_byte(out, 0);
        }
    }
    for (size_t i = 0; i < c.n_objs; i++) {
        mc_write_obj(out, c.objs[i]);
    }
    mc_write_rc(out, rc);
}
