// py/compile.c: code generation from the AST (py/ast.h) into raw code objects (py/bc.h).
//
// About MicroPython .mpy (version 6) compatibility: our bytecode is deliberately our own. It is
// shaped for this VM's speed: inline cache slots after name/attribute operands, fixed-width
// little-endian operands (no varints to decode on hot paths), and a CPython-3.9-style block
// stack for exceptions. MicroPython's bytecode is shaped for small code size instead, so being
// compatible with it would cost speed on every instruction. Compatibility lives at the edges:
// a later loader reads .mpy v6 files and translates their MicroPython bytecode into ours, and
// our mpy-cross writes MicroPython bytecode from the AST through a separate back end.
//
// Structure: py/scope.c first resolves every name (local/cell/free/global/name) and numbers
// local slots; then this file walks the AST once per scope, emitting into a growable buffer.
// Jumps use absolute 32-bit targets; forward references are labels patched at the end. The
// static value-stack depth and block-stack depth are tracked as code is emitted, giving the
// frame sizes. Control flow out of try/finally/with/except regions is compiled by emitting the
// pending cleanups inline (finally bodies are duplicated), so the VM has no unwinding state.
#include <string.h>

#include "py/bc.h"
#include "py/scope.h"
#include "py/match.h"

// Compile-time blocks: what a break/continue/return has to clean up on its way out.
typedef enum {
    CB_WHILE,
    CB_FOR,           // iterator on the value stack
    CB_TRY_EXCEPT,    // inside a try body protected by except handlers: POP_BLOCK
    CB_TRY_FINALLY,   // inside a try body protected by finally: POP_BLOCK + finally body
    CB_HANDLER,       // inside an except clause / exceptional finally / with handler: POP_EXCEPT
    CB_WITH,          // inside a with body: POP_BLOCK + __exit__(None, None, None)
    CB_ASYNC_WITH,
} cblock_kind_t;

typedef struct _cblock_t {
    uint8_t kind;
    uint32_t brk, cont;           // loop labels
    int depth;                    // CB_HANDLER: stack depth after POP_EXCEPT
    uint8_t n_iter_slots;         // CB_FOR: value-stack words the loop holds (1, or 3 for range)
    mp_ast_seq_t *finalbody;      // CB_TRY_FINALLY
} cblock_t;

typedef struct _unit_t {
    struct _unit_t *parent;
    scope_t *scope;
    byte *code;
    size_t len, alloc;
    mp_obj_t *consts;
    size_t n_consts, alloc_consts;
    mp_raw_code_t **children;
    size_t n_children, alloc_children;
    uint32_t *lines;              // pairs
    size_t n_lines, alloc_lines;
    uint32_t *labels;
    size_t n_labels, alloc_labels;
    uint32_t *fixups;             // pairs (code position, label)
    size_t n_fixups, alloc_fixups;
    int stack, stack_max;
    int exc, exc_max;
    cblock_t *blocks;
    size_t n_blocks, alloc_blocks;
    uint16_t n_slots;
    int ret_tmp;
    bool frame_call;              // the call being compiled is eval/exec/locals (compile_call)
    bool wants_slot_names;        // such a call exists: keep the slot names in the raw code
} unit_t;

typedef struct _compiler_t {
    qstr source_file;
    bool is_repl;
    unit_t *u;
} compiler_t;

#define LABEL_UNSET (0xffffffffu)

static void compile_expr(compiler_t *c, mp_ast_t *node);
static void compile_stmts(compiler_t *c, mp_ast_seq_t *seq);
static void compile_stmt(compiler_t *c, mp_ast_t *node);
static void compile_store(compiler_t *c, mp_ast_t *target);

NORETURN static void compile_error(compiler_t *c, mp_ast_t *node, const char *msg) {
    mp_compile_syntax_error(c->source_file, node ? node->line : 1, node ? node->col : 0, "%s", msg);
}

// ---- emission ----

static byte *emit_reserve(unit_t *u, size_t n) {
    if (u->len + n > u->alloc) {
        size_t na = u->alloc * 2 + n + 64;
        u->code = m_renew(byte, u->code, u->alloc, na);
        u->alloc = na;
    }
    byte *p = u->code + u->len;
    u->len += n;
    return p;
}

static void stack_adjust(unit_t *u, int delta) {
    u->stack += delta;
    if (u->stack > u->stack_max) {
        u->stack_max = u->stack;
    }
}

static void exc_adjust(unit_t *u, int delta) {
    u->exc += delta;
    if (u->exc > u->exc_max) {
        u->exc_max = u->exc;
    }
}

static void emit_u8(unit_t *u, unsigned v) {
    *emit_reserve(u, 1) = (byte)v;
}

static void emit_u16(unit_t *u, unsigned v) {
    byte *p = emit_reserve(u, 2);
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
}

static void emit_u32(unit_t *u, uint32_t v) {
    byte *p = emit_reserve(u, 4);
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
    p[2] = (byte)(v >> 16);
    p[3] = (byte)(v >> 24);
}

static void op(compiler_t *c, int opcode, int delta) {
    emit_u8(c->u, opcode);
    stack_adjust(c->u, delta);
}

// u16 operands (constant, child and item counts) must not wrap silently.
static void check_u16(compiler_t *c, unsigned v) {
    if (v > 0xffff) {
        compile_error(c, c->u->scope->node, "code too complex");
    }
}

static void op_h(compiler_t *c, int opcode, unsigned h, int delta) {
    check_u16(c, h);
    emit_u8(c->u, opcode);
    emit_u16(c->u, h);
    stack_adjust(c->u, delta);
}

static void op_b(compiler_t *c, int opcode, unsigned b, int delta) {
    emit_u8(c->u, opcode);
    emit_u8(c->u, b);
    stack_adjust(c->u, delta);
}

static void op_q(compiler_t *c, int opcode, qstr q, int delta) {
    emit_u8(c->u, opcode);
    emit_u32(c->u, q);
    stack_adjust(c->u, delta);
}

// qstr operand followed by an (initially invalid) cache slot
static void op_qc(compiler_t *c, int opcode, qstr q, int delta) {
    emit_u8(c->u, opcode);
    emit_u32(c->u, q);
    emit_u16(c->u, 0xffff);
    stack_adjust(c->u, delta);
}

// qstr operand followed by two cache slots (instance members, then the class's own dict)
static void op_qcc(compiler_t *c, int opcode, qstr q, int delta) {
    emit_u8(c->u, opcode);
    emit_u32(c->u, q);
    emit_u16(c->u, 0xffff);
    emit_u16(c->u, 0xffff);
    stack_adjust(c->u, delta);
}

static void op_hh(compiler_t *c, int opcode, unsigned a, unsigned b, int delta) {
    check_u16(c, a);
    check_u16(c, b);
    emit_u8(c->u, opcode);
    emit_u16(c->u, a);
    emit_u16(c->u, b);
    stack_adjust(c->u, delta);
}

static uint32_t new_label(compiler_t *c) {
    unit_t *u = c->u;
    if (u->n_labels == u->alloc_labels) {
        size_t n = u->alloc_labels * 2 + 16;
        u->labels = m_renew(uint32_t, u->labels, u->alloc_labels, n);
        u->alloc_labels = n;
    }
    u->labels[u->n_labels] = LABEL_UNSET;
    return (uint32_t)u->n_labels++;
}

static void place_label(compiler_t *c, uint32_t label) {
    c->u->labels[label] = (uint32_t)c->u->len;
}

static void op_j(compiler_t *c, int opcode, uint32_t label, int delta) {
    unit_t *u = c->u;
    emit_u8(u, opcode);
    if (u->n_fixups + 2 > u->alloc_fixups) {
        size_t n = u->alloc_fixups * 2 + 32;
        u->fixups = m_renew(uint32_t, u->fixups, u->alloc_fixups, n);
        u->alloc_fixups = n;
    }
    u->fixups[u->n_fixups++] = (uint32_t)u->len;
    u->fixups[u->n_fixups++] = label;
    emit_u32(u, 0);
    stack_adjust(u, delta);
}

static void set_line(compiler_t *c, mp_ast_t *node) {
    unit_t *u = c->u;
    uint32_t line = node->line;
    if (u->n_lines > 0 && u->lines[2 * u->n_lines - 1] == line) {
        return;
    }
    if (u->n_lines > 0 && u->lines[2 * u->n_lines - 2] == u->len) {
        u->lines[2 * u->n_lines - 1] = line;
        return;
    }
    if (u->n_lines == u->alloc_lines) {
        size_t n = u->alloc_lines * 2 + 16;
        u->lines = m_renew(uint32_t, u->lines, 2 * u->alloc_lines, 2 * n);
        u->alloc_lines = n;
    }
    u->lines[2 * u->n_lines] = (uint32_t)u->len;
    u->lines[2 * u->n_lines + 1] = line;
    u->n_lines++;
}

static unsigned add_const(compiler_t *c, mp_obj_t obj) {
    unit_t *u = c->u;
    for (size_t i = 0; i < u->n_consts; i++) {
        if (u->consts[i] == obj) {
            return i;
        }
    }
    if (u->n_consts == u->alloc_consts) {
        size_t n = u->alloc_consts * 2 + 8;
        u->consts = m_renew(mp_obj_t, u->consts, u->alloc_consts, n);
        u->alloc_consts = n;
    }
    u->consts[u->n_consts] = obj;
    return u->n_consts++;
}

static void load_const_obj(compiler_t *c, mp_obj_t obj) {
    if (obj == mp_const_none) {
        op(c, MP_BC_LOAD_CONST_NONE, 1);
    } else if (obj == mp_const_true) {
        op(c, MP_BC_LOAD_CONST_TRUE, 1);
    } else if (obj == mp_const_false) {
        op(c, MP_BC_LOAD_CONST_FALSE, 1);
    } else if (mp_obj_is_small_int(obj) && MP_OBJ_SMALL_INT_VALUE(obj) >= INT32_MIN && MP_OBJ_SMALL_INT_VALUE(obj) <= INT32_MAX) {
        emit_u8(c->u, MP_BC_LOAD_CONST_SMALL_INT);
        emit_u32(c->u, (uint32_t)(int32_t)MP_OBJ_SMALL_INT_VALUE(obj));
        stack_adjust(c->u, 1);
    } else {
        op_h(c, MP_BC_LOAD_CONST, add_const(c, obj), 1);
    }
}

static void load_small_int(compiler_t *c, int32_t v) {
    emit_u8(c->u, MP_BC_LOAD_CONST_SMALL_INT);
    emit_u32(c->u, (uint32_t)v);
    stack_adjust(c->u, 1);
}

// ---- compile-time blocks ----

static cblock_t *push_block(compiler_t *c, cblock_kind_t kind) {
    unit_t *u = c->u;
    if (u->n_blocks == u->alloc_blocks) {
        size_t n = u->alloc_blocks * 2 + 8;
        u->blocks = m_renew(cblock_t, u->blocks, u->alloc_blocks, n);
        u->alloc_blocks = n;
    }
    cblock_t *b = &u->blocks[u->n_blocks++];
    memset(b, 0, sizeof(*b));
    b->kind = kind;
    return b;
}

static void pop_block(compiler_t *c) {
    c->u->n_blocks--;
}

static void emit_await(compiler_t *c) {
    op(c, MP_BC_GET_AWAITABLE, 0);
    op(c, MP_BC_LOAD_CONST_NONE, 1);
    op(c, MP_BC_YIELD_FROM, -1);
}

static void emit_exit_call_normal(compiler_t *c, bool is_async) {
    op(c, MP_BC_LOAD_CONST_NONE, 1);
    op(c, MP_BC_LOAD_CONST_NONE, 1);
    op(c, MP_BC_LOAD_CONST_NONE, 1);
    op_hh(c, MP_BC_CALL_METHOD, 3, 0, -4);
    if (is_async) {
        emit_await(c);
    }
    op(c, MP_BC_POP_TOP, -1);
}

// Emits the cleanups of blocks [down_to, n_blocks) innermost first, as code that runs before a
// jump out of them. The static stack depth is restored afterwards (what follows is dead code or
// a label whose depth is set explicitly).
static void compile_unwind(compiler_t *c, size_t down_to, bool pop_iterators) {
    unit_t *u = c->u;
    size_t saved_n = u->n_blocks;
    int saved_stack = u->stack;
    int saved_exc = u->exc;
    for (size_t i = saved_n; i > down_to; i--) {
        cblock_t b = u->blocks[i - 1];
        switch (b.kind) {
            case CB_FOR:
                if (pop_iterators) {
                    for (unsigned k = 0; k < b.n_iter_slots; k++) {
                        op(c, MP_BC_POP_TOP, -1);
                    }
                }
                break;
            case CB_WHILE:
                break;
            case CB_TRY_EXCEPT:
                op(c, MP_BC_POP_BLOCK, 0);
                u->exc--;
                break;
            case CB_TRY_FINALLY:
                op(c, MP_BC_POP_BLOCK, 0);
                u->exc--;
                u->n_blocks = i - 1;
                compile_stmts(c, b.finalbody);
                u->n_blocks = saved_n;
                break;
            case CB_HANDLER:
                op(c, MP_BC_POP_EXCEPT, 0);
                u->stack = b.depth;
                u->exc--;
                break;
            case CB_WITH:
            case CB_ASYNC_WITH:
                op(c, MP_BC_POP_BLOCK, 0);
                u->exc--;
                emit_exit_call_normal(c, b.kind == CB_ASYNC_WITH);
                break;
        }
    }
    u->stack = saved_stack;
    u->exc = saved_exc;
}

// ---- names ----

static id_info_t *lookup_id(compiler_t *c, qstr q) {
    return mp_scope_find(c->u->scope, q);
}

static void compile_name_op(compiler_t *c, qstr q, int ctx) {
    scope_t *sc = c->u->scope;
    id_info_t *id = mp_scope_find(sc, q);
    int kind;
    if (id != NULL) {
        kind = id->kind;
    } else {
        kind = (sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS) ? ID_KIND_NAME : ID_KIND_GLOBAL_IMPLICIT;
    }
    switch (kind) {
        case ID_KIND_LOCAL:
            if (ctx == AST_CTX_LOAD) {
                op_h(c, MP_BC_LOAD_FAST, id->slot, 1);
            } else if (ctx == AST_CTX_STORE) {
                op_h(c, MP_BC_STORE_FAST, id->slot, -1);
            } else {
                op_h(c, MP_BC_DELETE_FAST, id->slot, 0);
            }
            break;
        case ID_KIND_CELL:
        case ID_KIND_FREE:
            if (ctx == AST_CTX_LOAD) {
                if (sc->kind == SCOPE_CLASS) {
                    emit_u8(c->u, MP_BC_LOAD_CLASSDEREF);
                    emit_u16(c->u, id->slot);
                    emit_u32(c->u, q);
                    stack_adjust(c->u, 1);
                } else {
                    op_h(c, MP_BC_LOAD_DEREF, id->slot, 1);
                }
            } else if (ctx == AST_CTX_STORE) {
                op_h(c, MP_BC_STORE_DEREF, id->slot, -1);
            } else {
                op_h(c, MP_BC_DELETE_DEREF, id->slot, 0);
            }
            break;
        case ID_KIND_GLOBAL_IMPLICIT:
        case ID_KIND_GLOBAL_EXPLICIT:
            if (ctx == AST_CTX_LOAD) {
                op_qc(c, MP_BC_LOAD_GLOBAL, q, 1);
            } else if (ctx == AST_CTX_STORE) {
                op_q(c, MP_BC_STORE_GLOBAL, q, -1);
            } else {
                op_q(c, MP_BC_DELETE_GLOBAL, q, 0);
            }
            break;
        default:
            if (ctx == AST_CTX_LOAD) {
                op_qc(c, MP_BC_LOAD_NAME, q, 1);
            } else if (ctx == AST_CTX_STORE) {
                op_q(c, MP_BC_STORE_NAME, q, -1);
            } else {
                op_q(c, MP_BC_DELETE_NAME, q, 0);
            }
            break;
    }
}

// ---- constant folding ----

static bool const_small_int(mp_ast_t *n, mp_int_t *v) {
    if (n->kind == AST_Constant && mp_obj_is_small_int(n->u.Constant.value)) {
        *v = MP_OBJ_SMALL_INT_VALUE(n->u.Constant.value);
        return true;
    }
    return false;
}

// Folds int-only arithmetic whose result is a small int; anything doubtful is left to run time.
static bool fold_binop(mp_ast_t *node, mp_obj_t *out) {
    mp_int_t a, b, r;
    if (!const_small_int(node->u.BinOp.left, &a) || !const_small_int(node->u.BinOp.right, &b)) {
        return false;
    }
    switch (node->u.BinOp.op) {
        case MP_BINARY_OP_ADD:
            r = a + b;
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = a - b;
            break;
        case MP_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return false;
            }
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO: {
            if (b == 0) {
                return false;
            }
            mp_int_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q -= 1;
                m += b;
            }
            r = node->u.BinOp.op == MP_BINARY_OP_MODULO ? m : q;
            break;
        }
        case MP_BINARY_OP_AND:
            r = a & b;
            break;
        case MP_BINARY_OP_OR:
            r = a | b;
            break;
        case MP_BINARY_OP_XOR:
            r = a ^ b;
            break;
        case MP_BINARY_OP_LSHIFT:
            if (b < 0 || b > 30 || a > (1 << 30) || a < -(1 << 30)) {
                return false;
            }
            r = a << b;
            break;
        case MP_BINARY_OP_RSHIFT:
            if (b < 0 || b >= (mp_int_t)MP_BITS_PER_WORD) {
                return false;
            }
            r = a >> b;
            break;
        default:
            return false;
    }
    if (!mp_small_int_fits(r)) {
        return false;
    }
    *out = MP_OBJ_NEW_SMALL_INT(r);
    return true;
}

// A tuple of constants becomes a single constant tuple object.
static bool is_const_tuple(mp_ast_t *node) {
    if (node->kind != AST_Tuple || node->u.List.elts.len == 0) {
        return false;
    }
    for (size_t i = 0; i < node->u.List.elts.len; i++) {
        mp_ast_t *e = node->u.List.elts.items[i];
        if (e->kind != AST_Constant && !is_const_tuple(e)) {
            return false;
        }
    }
    return true;
}

static mp_obj_t make_const_tuple(mp_ast_t *node) {
    size_t n = node->u.List.elts.len;
    mp_obj_t t = mp_obj_new_tuple(n, NULL);
    mp_obj_tuple_t *tt = MP_OBJ_TO_PTR(t);
    for (size_t i = 0; i < n; i++) {
        mp_ast_t *e = node->u.List.elts.items[i];
        tt->items[i] = e->kind == AST_Constant ? e->u.Constant.value : make_const_tuple(e);
    }
    return t;
}

// ---- functions, closures, classes ----

static mp_raw_code_t *compile_scope(compiler_t *c, scope_t *sc);

// Compiles the child scope and emits MAKE_FUNCTION/MAKE_CLOSURE; `flags` says which defaults
// are already on the stack.
static void emit_make_function(compiler_t *c, scope_t *child, unsigned flags) {
    mp_raw_code_t *rc = compile_scope(c, child);
    unit_t *u = c->u;
    if (u->n_children == u->alloc_children) {
        size_t n = u->alloc_children * 2 + 4;
        u->children = m_renew(mp_raw_code_t *, u->children, u->alloc_children, n);
        u->alloc_children = n;
    }
    unsigned idx = u->n_children;
    check_u16(c, idx);
    u->children[u->n_children++] = rc;
    int n_flags = ((flags & MP_BC_MAKE_FUN_DEFAULTS) ? 1 : 0) + ((flags & MP_BC_MAKE_FUN_KWDEFAULTS) ? 1 : 0);
    if (child->n_free == 0) {
        emit_u8(u, MP_BC_MAKE_FUNCTION);
        emit_u16(u, idx);
        emit_u8(u, flags);
        stack_adjust(u, 1 - n_flags);
        return;
    }
    // push the cells of the child's free variables in slot order
    for (unsigned s = child->free_start; s < child->free_start + child->n_free; s++) {
        qstr q = MP_QSTRnull;
        for (size_t i = 0; i < child->n_ids; i++) {
            id_info_t *cid = &child->ids[i];
            if (cid->slot == s && (cid->kind == ID_KIND_FREE || (cid->flags & ID_FLAG_PASS))) {
                q = cid->qst;
                break;
            }
        }
        id_info_t *pid = lookup_id(c, q);
        if (pid == NULL) {
            compile_error(c, child->node, "internal error: missing closure cell");
        }
        op_h(c, MP_BC_LOAD_FAST, pid->slot, 1);
    }
    emit_u8(u, MP_BC_MAKE_CLOSURE);
    emit_u16(u, idx);
    emit_u8(u, flags);
    emit_u16(u, child->n_free);
    stack_adjust(u, 1 - n_flags - child->n_free);
}

// Pushes the defaults of `args` (an AST_arguments) and returns the MAKE_FUNCTION flags.
static unsigned compile_defaults(compiler_t *c, mp_ast_t *args) {
    unsigned flags = 0;
    mp_ast_seq_t *defs = &args->u.arguments.defaults;
    if (defs->len > 0) {
        bool all_const = true;
        for (size_t i = 0; i < defs->len; i++) {
            if (defs->items[i]->kind != AST_Constant) {
                all_const = false;
            }
        }
        if (all_const) {
            mp_obj_t t = mp_obj_new_tuple(defs->len, NULL);
            for (size_t i = 0; i < defs->len; i++) {
                ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(t))->items[i] = defs->items[i]->u.Constant.value;
            }
            op_h(c, MP_BC_LOAD_CONST, add_const(c, t), 1);
        } else {
            for (size_t i = 0; i < defs->len; i++) {
                compile_expr(c, defs->items[i]);
            }
            op_h(c, MP_BC_BUILD_TUPLE, defs->len, 1 - (int)defs->len);
        }
        flags |= MP_BC_MAKE_FUN_DEFAULTS;
    }
    size_t n_kw = 0;
    for (size_t i = 0; i < args->u.arguments.kw_defaults.len; i++) {
        mp_ast_t *d = args->u.arguments.kw_defaults.items[i];
        if (d != NULL) {
            load_const_obj(c, MP_OBJ_NEW_QSTR(args->u.arguments.kwonlyargs.items[i]->u.arg.arg));
            compile_expr(c, d);
            n_kw++;
        }
    }
    if (n_kw > 0) {
        op_h(c, MP_BC_BUILD_MAP, n_kw, 1 - 2 * (int)n_kw);
        flags |= MP_BC_MAKE_FUN_KWDEFAULTS;
    }
    return flags;
}

// Displays and calls with more items than this are built one item at a time (the general
// path of starred items), so item counts always fit the u16 operands and the u16 stack size.
#define COMPILE_MAX_INLINE_ITEMS (1024)

// True when a call needs the general path: star args, or too many arguments to push at once.
static bool has_star_args(mp_ast_seq_t *args, mp_ast_seq_t *keywords) {
    if (args->len + (keywords ? keywords->len : 0) > COMPILE_MAX_INLINE_ITEMS) {
        return true;
    }
    for (size_t i = 0; i < args->len; i++) {
        if (args->items[i]->kind == AST_Starred) {
            return true;
        }
    }
    for (size_t i = 0; keywords && i < keywords->len; i++) {
        if (keywords->items[i]->u.keyword.arg == MP_QSTRnull) {
            return true;
        }
    }
    return false;
}

// The callee (and n_pre positional args) are already on the stack. is_method: the callee is a
// (method, self-or-NULL) pair from LOAD_METHOD (only without star args).
static void compile_call_args(compiler_t *c, mp_ast_seq_t *args, mp_ast_seq_t *keywords, size_t n_pre, bool is_method) {
    size_t n_kw = keywords ? keywords->len : 0;
    bool frame_call = c->u->frame_call; // (consumed here: calls among the arguments are ordinary)
    c->u->frame_call = false;
    if (!has_star_args(args, keywords)) {
        for (size_t i = 0; i < args->len; i++) {
            compile_expr(c, args->items[i]);
        }
        for (size_t i = 0; i < n_kw; i++) {
            mp_ast_t *kw = keywords->items[i];
            load_const_obj(c, MP_OBJ_NEW_QSTR(kw->u.keyword.arg));
            compile_expr(c, kw->u.keyword.value);
        }
        size_t n_pos = n_pre + args->len;
        if (is_method) {
            op_hh(c, MP_BC_CALL_METHOD, n_pos, n_kw, -(int)(n_pos + 2 * n_kw + 1));
        } else {
            op_hh(c, frame_call ? MP_BC_CALL_FUNCTION_FRAME : MP_BC_CALL_FUNCTION, n_pos, n_kw, -(int)(n_pos + 2 * n_kw));
        }
        return;
    }
    op_h(c, MP_BC_BUILD_LIST, n_pre, 1 - (int)n_pre);
    for (size_t i = 0; i < args->len; i++) {
        mp_ast_t *a = args->items[i];
        if (a->kind == AST_Starred) {
            compile_expr(c, a->u.Starred.value);
            op_h(c, MP_BC_LIST_EXTEND, 1, -1);
        } else {
            compile_expr(c, a);
            op_h(c, MP_BC_LIST_APPEND, 1, -1);
        }
    }
    if (n_kw > 0) {
        op_h(c, MP_BC_BUILD_MAP, 0, 1);
        for (size_t i = 0; i < n_kw; i++) {
            mp_ast_t *kw = keywords->items[i];
            if (kw->u.keyword.arg == MP_QSTRnull) {
                compile_expr(c, kw->u.keyword.value);
            } else {
                load_const_obj(c, MP_OBJ_NEW_QSTR(kw->u.keyword.arg));
                compile_expr(c, kw->u.keyword.value);
                op_h(c, MP_BC_BUILD_MAP, 1, -1);
            }
            op_h(c, MP_BC_DICT_MERGE, 1, -1);
        }
    } else {
        op(c, MP_BC_LOAD_NULL, 1);
    }
    op(c, MP_BC_CALL_FUNCTION_EX, -2);
}

static void compile_funcdef(compiler_t *c, mp_ast_t *node) {
    mp_ast_seq_t *decos = &node->u.FunctionDef.decorator_list;
    for (size_t i = 0; i < decos->len; i++) {
        compile_expr(c, decos->items[i]);
    }
    unsigned flags = compile_defaults(c, node->u.FunctionDef.args);
    scope_t *child = mp_scope_find_child(c->u->scope, node);
    emit_make_function(c, child, flags);
    for (size_t i = 0; i < decos->len; i++) {
        op_hh(c, MP_BC_CALL_FUNCTION, 1, 0, -1);
    }
    compile_name_op(c, node->u.FunctionDef.name, AST_CTX_STORE);
}

static void compile_classdef(compiler_t *c, mp_ast_t *node) {
    mp_ast_seq_t *decos = &node->u.ClassDef.decorator_list;
    for (size_t i = 0; i < decos->len; i++) {
        compile_expr(c, decos->items[i]);
    }
    op(c, MP_BC_LOAD_BUILD_CLASS, 1);
    scope_t *child = mp_scope_find_child(c->u->scope, node);
    emit_make_function(c, child, 0);
    load_const_obj(c, MP_OBJ_NEW_QSTR(node->u.ClassDef.name));
    compile_call_args(c, &node->u.ClassDef.bases, &node->u.ClassDef.keywords, 2, false);
    for (size_t i = 0; i < decos->len; i++) {
        op_hh(c, MP_BC_CALL_FUNCTION, 1, 0, -1);
    }
    compile_name_op(c, node->u.ClassDef.name, AST_CTX_STORE);
}

// ---- expressions ----

static void compile_compare_op(compiler_t *c, int cmp) {
    switch (cmp) {
        case MP_BINARY_OP_LESS:
            op(c, MP_BC_COMPARE_LESS, -1);
            break;
        case MP_BINARY_OP_MORE:
            op(c, MP_BC_COMPARE_MORE, -1);
            break;
        case MP_BINARY_OP_EQUAL:
            op(c, MP_BC_COMPARE_EQUAL, -1);
            break;
        case MP_BINARY_OP_NOT_EQUAL:
            op(c, MP_BC_COMPARE_NOT_EQUAL, -1);
            break;
        case MP_BINARY_OP_LESS_EQUAL:
            op(c, MP_BC_COMPARE_LESS_EQUAL, -1);
            break;
        case MP_BINARY_OP_MORE_EQUAL:
            op(c, MP_BC_COMPARE_MORE_EQUAL, -1);
            break;
        case MP_BINARY_OP_NOT_IN:
            op_b(c, MP_BC_BINARY_OP, MP_BINARY_OP_IN, -1);
            op(c, MP_BC_NOT, 0);
            break;
        case MP_BINARY_OP_IS_NOT:
            op_b(c, MP_BC_BINARY_OP, MP_BINARY_OP_IS, -1);
            op(c, MP_BC_NOT, 0);
            break;
        default:
            op_b(c, MP_BC_BINARY_OP, cmp, -1);
            break;
    }
}

static void compile_binary_op(compiler_t *c, int bop) {
    switch (bop) {
        case MP_BINARY_OP_ADD:
            op(c, MP_BC_BINARY_ADD, -1);
            break;
        case MP_BINARY_OP_SUBTRACT:
            op(c, MP_BC_BINARY_SUBTRACT, -1);
            break;
        case MP_BINARY_OP_MULTIPLY:
            op(c, MP_BC_BINARY_MULTIPLY, -1);
            break;
        case MP_BINARY_OP_INPLACE_ADD:
            op(c, MP_BC_INPLACE_ADD, -1);
            break;
        case MP_BINARY_OP_INPLACE_SUBTRACT:
            op(c, MP_BC_INPLACE_SUBTRACT, -1);
            break;
        default:
            op_b(c, MP_BC_BINARY_OP, bop, -1);
            break;
    }
}

// Truthiness of a constant known at compile time: 1 true, 0 false, -1 unknown.
static int const_truth(mp_ast_t *node) {
    if (node->kind != AST_Constant) {
        return -1;
    }
    mp_obj_t v = node->u.Constant.value;
    if (v == mp_const_true) {
        return 1;
    }
    if (v == mp_const_false || v == mp_const_none) {
        return 0;
    }
    if (mp_obj_is_small_int(v)) {
        return MP_OBJ_SMALL_INT_VALUE(v) != 0;
    }
    return -1;
}

// Evaluates node for its truth and jumps to label when it equals jump_if; stack unchanged.
static void compile_cond(compiler_t *c, mp_ast_t *node, bool jump_if, uint32_t label) {
    int t = const_truth(node);
    if (t >= 0) {
        if ((t == 1) == jump_if) {
            op_j(c, MP_BC_JUMP, label, 0);
        }
        return;
    }
    if (node->kind == AST_UnaryOp && node->u.UnaryOp.op == MP_UNARY_OP_NOT) {
        compile_cond(c, node->u.UnaryOp.operand, !jump_if, label);
        return;
    }
    if (node->kind == AST_BoolOp) {
        mp_ast_seq_t *vals = &node->u.BoolOp.values;
        bool is_and = node->u.BoolOp.op == AST_BOOL_AND;
        if (is_and != jump_if) {
            // and/jump-if-false or or/jump-if-true: every operand can jump directly
            for (size_t i = 0; i < vals->len; i++) {
                compile_cond(c, vals->items[i], jump_if, label);
            }
        } else {
            uint32_t skip = new_label(c);
            for (size_t i = 0; i + 1 < vals->len; i++) {
                compile_cond(c, vals->items[i], !jump_if, skip);
            }
            compile_cond(c, vals->items[vals->len - 1], jump_if, label);
            place_label(c, skip);
        }
        return;
    }
    compile_expr(c, node);
    op_j(c, jump_if ? MP_BC_POP_JUMP_IF_TRUE : MP_BC_POP_JUMP_IF_FALSE, label, -1);
}

static void compile_compare(compiler_t *c, mp_ast_t *node) {
    size_t n = node->u.Compare.n;
    compile_expr(c, node->u.Compare.left);
    if (n == 1) {
        compile_expr(c, node->u.Compare.comparators[0]);
        compile_compare_op(c, node->u.Compare.ops[0]);
        return;
    }
    uint32_t cleanup = new_label(c);
    uint32_t end = new_label(c);
    for (size_t i = 0; i < n; i++) {
        compile_expr(c, node->u.Compare.comparators[i]);
        if (i + 1 < n) {
            op(c, MP_BC_DUP_TOP, 1);
            op(c, MP_BC_ROT_THREE, 0);
            compile_compare_op(c, node->u.Compare.ops[i]);
            op_j(c, MP_BC_JUMP_IF_FALSE_OR_POP, cleanup, -1);
        } else {
            compile_compare_op(c, node->u.Compare.ops[i]);
        }
    }
    op_j(c, MP_BC_JUMP, end, 0);
    place_label(c, cleanup);
    // stack here: [middle, result]
    stack_adjust(c->u, 1);
    op(c, MP_BC_ROT_TWO, 0);
    op(c, MP_BC_POP_TOP, -1);
    place_label(c, end);
}

static bool has_starred(mp_ast_seq_t *elts) {
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == AST_Starred) {
            return true;
        }
    }
    return false;
}

// list/tuple/set displays
static void compile_sequence(compiler_t *c, mp_ast_t *node) {
    mp_ast_seq_t *elts = node->kind == AST_Set ? &node->u.Set.elts : &node->u.List.elts;
    int build = node->kind == AST_Tuple ? MP_BC_BUILD_TUPLE : node->kind == AST_List ? MP_BC_BUILD_LIST : MP_BC_BUILD_SET;
    if (!has_starred(elts) && elts->len <= COMPILE_MAX_INLINE_ITEMS) {
        for (size_t i = 0; i < elts->len; i++) {
            compile_expr(c, elts->items[i]);
        }
        op_h(c, build, elts->len, 1 - (int)elts->len);
        return;
    }
    bool is_set = node->kind == AST_Set;
    op_h(c, is_set ? MP_BC_BUILD_SET : MP_BC_BUILD_LIST, 0, 1);
    for (size_t i = 0; i < elts->len; i++) {
        mp_ast_t *e = elts->items[i];
        if (e->kind == AST_Starred) {
            compile_expr(c, e->u.Starred.value);
            op_h(c, is_set ? MP_BC_SET_UPDATE : MP_BC_LIST_EXTEND, 1, -1);
        } else {
            compile_expr(c, e);
            op_h(c, is_set ? MP_BC_SET_ADD : MP_BC_LIST_APPEND, 1, -1);
        }
    }
    if (node->kind == AST_Tuple) {
        op(c, MP_BC_LIST_TO_TUPLE, 0);
    }
}

static void compile_dict(compiler_t *c, mp_ast_t *node) {
    size_t n = node->u.Dict.keys.len;
    bool has_unpack = false;
    for (size_t i = 0; i < n; i++) {
        if (node->u.Dict.keys.items[i] == NULL) {
            has_unpack = true;
        }
    }
    if (!has_unpack && n <= COMPILE_MAX_INLINE_ITEMS) {
        for (size_t i = 0; i < n; i++) {
            compile_expr(c, node->u.Dict.keys.items[i]);
            compile_expr(c, node->u.Dict.values.items[i]);
        }
        op_h(c, MP_BC_BUILD_MAP, n, 1 - 2 * (int)n);
        return;
    }
    op_h(c, MP_BC_BUILD_MAP, 0, 1);
    for (size_t i = 0; i < n; i++) {
        if (node->u.Dict.keys.items[i] == NULL) {
            compile_expr(c, node->u.Dict.values.items[i]);
            op_h(c, MP_BC_DICT_UPDATE, 1, -1);
        } else {
            compile_expr(c, node->u.Dict.keys.items[i]);
            compile_expr(c, node->u.Dict.values.items[i]);
            op_h(c, MP_BC_MAP_ADD, 1, -2);
        }
    }
}

static void compile_comprehension(compiler_t *c, mp_ast_t *node) {
    scope_t *child = mp_scope_find_child(c->u->scope, node);
    emit_make_function(c, child, 0);
    mp_ast_seq_t *gens = node->kind == AST_DictComp ? &node->u.DictComp.generators : &node->u.ListComp.generators;
    mp_ast_t *g0 = gens->items[0];
    compile_expr(c, g0->u.comprehension.iter);
    op(c, g0->u.comprehension.is_async ? MP_BC_GET_AITER : MP_BC_GET_ITER, 0);
    op_hh(c, MP_BC_CALL_FUNCTION, 1, 0, -1);
    if ((child->scope_flags & MP_SCOPE_FLAG_COROUTINE) && !child->is_genexp) {
        // an async comprehension runs as a coroutine awaited here, so it needs an async def
        // around it (through comprehensions; a generator expression on the way becomes an
        // async generator, allowed anywhere); an async generator expression is returned as
        // the async generator itself
        const scope_t *s = c->u->scope;
        bool genexp = false;
        while (s->kind == SCOPE_COMP && s->parent != NULL) {
            genexp |= s->is_genexp;
            s = s->parent;
        }
        if (!genexp && !(s->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
            compile_error(c, node, "asynchronous comprehension outside of an asynchronous function");
        }
        emit_await(c);
    }
}

static void compile_joined_str(compiler_t *c, mp_ast_t *node);

static void compile_formatted_value(compiler_t *c, mp_ast_t *node) {
    compile_expr(c, node->u.FormattedValue.value);
    unsigned flags = 0;
    switch (node->u.FormattedValue.conversion) {
        case 's':
            flags = 1;
            break;
        case 'r':
            flags = 2;
            break;
        case 'a':
            flags = 3;
            break;
        default:
            break;
    }
    int delta = 0;
    if (node->u.FormattedValue.format_spec != NULL) {
        compile_joined_str(c, node->u.FormattedValue.format_spec);
        flags |= MP_BC_FORMAT_HAS_SPEC;
        delta = -1;
    }
    op_b(c, MP_BC_FORMAT_VALUE, flags, delta);
}

static void compile_joined_str(compiler_t *c, mp_ast_t *node) {
    if (node->kind != AST_JoinedStr) {
        compile_expr(c, node);
        return;
    }
    mp_ast_seq_t *vals = &node->u.JoinedStr.values;
    for (size_t i = 0; i < vals->len; i++) {
        mp_ast_t *v = vals->items[i];
        if (v->kind == AST_FormattedValue) {
            compile_formatted_value(c, v);
        } else {
            compile_expr(c, v);
        }
    }
    if (vals->len == 0) {
        load_const_obj(c, MP_OBJ_NEW_QSTR(MP_QSTR_));
    } else if (vals->len > 1 || vals->items[0]->kind != AST_Constant) {
        op_h(c, MP_BC_BUILD_STRING, vals->len, 1 - (int)vals->len);
    }
}

static bool is_zero_arg_super(compiler_t *c, mp_ast_t *node) {
    mp_ast_t *f = node->u.Call.func;
    if (f->kind != AST_Name || f->u.Name.id != MP_QSTR_super || node->u.Call.args.len != 0 || node->u.Call.keywords.len != 0) {
        return false;
    }
    scope_t *sc = c->u->scope;
    if (sc->kind != SCOPE_FUNCTION && sc->kind != SCOPE_LAMBDA) {
        return false;
    }
    id_info_t *cls = mp_scope_find(sc, MP_QSTR___class__);
    return cls != NULL && cls->kind == ID_KIND_FREE && sc->n_params > 0;
}

// Pushes super, __class__ and the first argument (the arguments of a zero-argument super()).
static void compile_super_args(compiler_t *c) {
    scope_t *sc = c->u->scope;
    compile_name_op(c, MP_QSTR_super, AST_CTX_LOAD);
    op_h(c, MP_BC_LOAD_DEREF, mp_scope_find(sc, MP_QSTR___class__)->slot, 1);
    id_info_t *self_id = &sc->ids[0];
    op_h(c, self_id->kind == ID_KIND_CELL ? MP_BC_LOAD_DEREF : MP_BC_LOAD_FAST, self_id->slot, 1);
}

// A call of the built-in eval/exec/locals by its global name from a function-like scope.
static bool compile_is_frame_call(compiler_t *c, mp_ast_t *f) {
    scope_t *sc = c->u->scope;
    if (f->kind != AST_Name || sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS) {
        return false;
    }
    qstr q = f->u.Name.id;
    if (q != MP_QSTR_eval && q != MP_QSTR_exec && q != MP_QSTR_locals) {
        return false;
    }
    id_info_t *id = lookup_id(c, q);
    return id == NULL || id->kind == ID_KIND_GLOBAL_IMPLICIT || id->kind == ID_KIND_GLOBAL_EXPLICIT;
}

static void compile_call(compiler_t *c, mp_ast_t *node) {
    mp_ast_t *f = node->u.Call.func;
    if (is_zero_arg_super(c, node)) {
        compile_super_args(c);
        op_hh(c, MP_BC_CALL_FUNCTION, 2, 0, -2);
        return;
    }
    if (f->kind == AST_Attribute && f->u.Attribute.value->kind == AST_Call && is_zero_arg_super(c, f->u.Attribute.value)
        && !has_star_args(&node->u.Call.args, &node->u.Call.keywords)) {
        // super().name(...): the method is found without making a super object (no heap)
        compile_super_args(c);
        set_line(c, f);
        op_q(c, MP_BC_LOAD_SUPER_METHOD, f->u.Attribute.attr, -1);
        compile_call_args(c, &node->u.Call.args, &node->u.Call.keywords, 0, true);
        return;
    }
    if (f->kind == AST_Attribute && !has_star_args(&node->u.Call.args, &node->u.Call.keywords)) {
        compile_expr(c, f->u.Attribute.value);
        set_line(c, f);
        op_qcc(c, MP_BC_LOAD_METHOD, f->u.Attribute.attr, 1);
        compile_call_args(c, &node->u.Call.args, &node->u.Call.keywords, 0, true);
        return;
    }
    compile_expr(c, f);
    if (compile_is_frame_call(c, f)) {
        // eval()/exec()/locals() in a function see its locals: CALL_FUNCTION_FRAME lends them
        // the frame, and the raw code keeps its slot names
        c->u->wants_slot_names = true;
        c->u->frame_call = true;
    }
    compile_call_args(c, &node->u.Call.args, &node->u.Call.keywords, 0, false);
}

static void compile_expr(compiler_t *c, mp_ast_t *node) {
    mp_stack_check();
    switch (node->kind) {
        case AST_Constant:
            load_const_obj(c, node->u.Constant.value);
            break;
        case AST_Name:
            compile_name_op(c, node->u.Name.id, AST_CTX_LOAD);
            break;
        case AST_BinOp: {
            mp_obj_t folded;
            if (fold_binop(node, &folded)) {
                load_const_obj(c, folded);
                break;
            }
            compile_expr(c, node->u.BinOp.left);
            compile_expr(c, node->u.BinOp.right);
            set_line(c, node);
            compile_binary_op(c, node->u.BinOp.op);
            break;
        }
        case AST_UnaryOp: {
            mp_int_t v;
            int uop = node->u.UnaryOp.op;
            if (const_small_int(node->u.UnaryOp.operand, &v) && uop != MP_UNARY_OP_NOT) {
                mp_int_t r = uop == MP_UNARY_OP_NEGATIVE ? -v : uop == MP_UNARY_OP_INVERT ? ~v : v;
                if (mp_small_int_fits(r)) {
                    load_const_obj(c, MP_OBJ_NEW_SMALL_INT(r));
                    break;
                }
            }
            compile_expr(c, node->u.UnaryOp.operand);
            if (uop == MP_UNARY_OP_NOT) {
                op(c, MP_BC_NOT, 0);
            } else {
                op_b(c, MP_BC_UNARY_OP, uop, 0);
            }
            break;
        }
        case AST_BoolOp: {
            uint32_t end = new_label(c);
            mp_ast_seq_t *vals = &node->u.BoolOp.values;
            int jop = node->u.BoolOp.op == AST_BOOL_AND ? MP_BC_JUMP_IF_FALSE_OR_POP : MP_BC_JUMP_IF_TRUE_OR_POP;
            for (size_t i = 0; i < vals->len; i++) {
                compile_expr(c, vals->items[i]);
                if (i + 1 < vals->len) {
                    op_j(c, jop, end, -1);
                }
            }
            place_label(c, end);
            break;
        }
        case AST_NamedExpr:
            compile_expr(c, node->u.NamedExpr.value);
            op(c, MP_BC_DUP_TOP, 1);
            compile_store(c, node->u.NamedExpr.target);
            break;
        case AST_Lambda: {
            unsigned flags = compile_defaults(c, node->u.Lambda.args);
            emit_make_function(c, mp_scope_find_child(c->u->scope, node), flags);
            break;
        }
        case AST_IfExp: {
            uint32_t l_else = new_label(c), l_end = new_label(c);
            compile_cond(c, node->u.IfExp.test, false, l_else);
            compile_expr(c, node->u.IfExp.body);
            op_j(c, MP_BC_JUMP, l_end, 0);
            place_label(c, l_else);
            stack_adjust(c->u, -1);
            compile_expr(c, node->u.IfExp.orelse);
            place_label(c, l_end);
            break;
        }
        case AST_Dict:
            compile_dict(c, node);
            break;
        case AST_Set:
        case AST_List:
            compile_sequence(c, node);
            break;
        case AST_Tuple:
            if (is_const_tuple(node)) {
                op_h(c, MP_BC_LOAD_CONST, add_const(c, make_const_tuple(node)), 1);
            } else {
                compile_sequence(c, node);
            }
            break;
        case AST_ListComp:
        case AST_SetComp:
        case AST_DictComp:
        case AST_GeneratorExp:
            compile_comprehension(c, node);
            break;
        case AST_Await: {
            // await needs an enclosing async def; comprehensions are transparent (a generator
            // expression becomes an async generator, which is allowed anywhere)
            const scope_t *s = c->u->scope;
            bool genexp = false;
            while (s->kind == SCOPE_COMP && s->parent != NULL) {
                genexp |= s->is_genexp;
                s = s->parent;
            }
            if (!genexp && !(s->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                compile_error(c, node, c->u->scope->kind == SCOPE_COMP
                    ? "asynchronous comprehension outside of an asynchronous function"
                    : "'await' outside async function");
            }
            compile_expr(c, node->u.Await.value);
            set_line(c, node);
            emit_await(c);
            break;
        }
        case AST_Yield:
            if (node->u.Await.value != NULL) {
                compile_expr(c, node->u.Await.value);
            } else {
                op(c, MP_BC_LOAD_CONST_NONE, 1);
            }
            op(c, MP_BC_YIELD_VALUE, 0);
            break;
        case AST_YieldFrom:
            compile_expr(c, node->u.Await.value);
            op(c, MP_BC_GET_YIELD_FROM_ITER, 0);
            op(c, MP_BC_LOAD_CONST_NONE, 1);
            op(c, MP_BC_YIELD_FROM, -1);
            break;
        case AST_Compare:
            compile_compare(c, node);
            break;
        case AST_Call:
            set_line(c, node);
            compile_call(c, node);
            break;
        case AST_FormattedValue:
            compile_formatted_value(c, node);
            break;
        case AST_JoinedStr:
            compile_joined_str(c, node);
            break;
        case AST_Attribute:
            compile_expr(c, node->u.Attribute.value);
            set_line(c, node);
            op_qcc(c, MP_BC_LOAD_ATTR, node->u.Attribute.attr, 0);
            break;
        case AST_Subscript:
            compile_expr(c, node->u.Subscript.value);
            compile_expr(c, node->u.Subscript.slice);
            op(c, MP_BC_LOAD_SUBSCR, -1);
            break;
        case AST_Slice: {
            mp_ast_t *parts[3] = { node->u.Slice.lower, node->u.Slice.upper, node->u.Slice.step };
            int n = parts[2] != NULL ? 3 : 2;
            for (int i = 0; i < n; i++) {
                if (parts[i] != NULL) {
                    compile_expr(c, parts[i]);
                } else {
                    op(c, MP_BC_LOAD_CONST_NONE, 1);
                }
            }
            op_b(c, MP_BC_BUILD_SLICE, n, 1 - n);
            break;
        }
        case AST_Starred:
            compile_error(c, node, "can't use starred expression here");
        default:
            compile_error(c, node, "invalid syntax");
    }
}

// ---- assignment targets ----

static void compile_store_unpack(compiler_t *c, mp_ast_t *target) {
    mp_ast_seq_t *elts = &target->u.List.elts;
    size_t star = (size_t)-1;
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == AST_Starred) {
            if (star != (size_t)-1) {
                compile_error(c, target, "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    if (star == (size_t)-1) {
        op_h(c, MP_BC_UNPACK_SEQUENCE, elts->len, (int)elts->len - 1);
    } else {
        size_t after = elts->len - star - 1;
        if (star > 255 || after > 255) {
            compile_error(c, target, "too many expressions in star-unpacking assignment");
        }
        op_hh(c, MP_BC_UNPACK_EX, star, after, (int)elts->len - 1);
    }
    for (size_t i = 0; i < elts->len; i++) {
        mp_ast_t *e = elts->items[i];
        compile_store(c, e->kind == AST_Starred ? e->u.Starred.value : e);
    }
}

// Stores the value on top of the stack into target (pops it).
static void compile_store(compiler_t *c, mp_ast_t *target) {
    switch (target->kind) {
        case AST_Name:
            compile_name_op(c, target->u.Name.id, AST_CTX_STORE);
            break;
        case AST_Attribute:
            compile_expr(c, target->u.Attribute.value);
            op_qc(c, MP_BC_STORE_ATTR, target->u.Attribute.attr, -2);
            break;
        case AST_Subscript:
            compile_expr(c, target->u.Subscript.value);
            compile_expr(c, target->u.Subscript.slice);
            op(c, MP_BC_STORE_SUBSCR, -3);
            break;
        case AST_Tuple:
        case AST_List:
            compile_store_unpack(c, target);
            break;
        case AST_Starred:
            compile_error(c, target, "starred assignment target must be in a list or tuple");
        default:
            compile_error(c, target, "cannot assign to expression");
    }
}

static void compile_delete(compiler_t *c, mp_ast_t *target) {
    switch (target->kind) {
        case AST_Name:
            compile_name_op(c, target->u.Name.id, AST_CTX_DEL);
            break;
        case AST_Attribute:
            compile_expr(c, target->u.Attribute.value);
            op_q(c, MP_BC_DELETE_ATTR, target->u.Attribute.attr, -1);
            break;
        case AST_Subscript:
            compile_expr(c, target->u.Subscript.value);
            compile_expr(c, target->u.Subscript.slice);
            op(c, MP_BC_DELETE_SUBSCR, -2);
            break;
        case AST_Tuple:
        case AST_List:
            for (size_t i = 0; i < target->u.List.elts.len; i++) {
                compile_delete(c, target->u.List.elts.items[i]);
            }
            break;
        default:
            compile_error(c, target, "cannot delete expression");
    }
}

static void compile_assign(compiler_t *c, mp_ast_t *node) {
    mp_ast_seq_t *targets = &node->u.Assign.targets;
    mp_ast_t *value = node->u.Assign.value;
    // a, b = b, a  (and 3 elements): no tuple built
    if (targets->len == 1 && value->kind == AST_Tuple && (targets->items[0]->kind == AST_Tuple || targets->items[0]->kind == AST_List)) {
        mp_ast_seq_t *lhs = &targets->items[0]->u.List.elts;
        mp_ast_seq_t *rhs = &value->u.List.elts;
        if (lhs->len == rhs->len && (lhs->len == 2 || lhs->len == 3) && !has_starred(lhs) && !has_starred(rhs)) {
            for (size_t i = 0; i < rhs->len; i++) {
                compile_expr(c, rhs->items[i]);
            }
            if (rhs->len == 2) {
                op(c, MP_BC_ROT_TWO, 0);
            } else {
                op(c, MP_BC_ROT_THREE, 0);
                op(c, MP_BC_ROT_TWO, 0);
            }
            for (size_t i = 0; i < lhs->len; i++) {
                compile_store(c, lhs->items[i]);
            }
            return;
        }
    }
    compile_expr(c, value);
    for (size_t i = 0; i < targets->len; i++) {
        if (i + 1 < targets->len) {
            op(c, MP_BC_DUP_TOP, 1);
        }
        compile_store(c, targets->items[i]);
    }
}

static void compile_augassign(compiler_t *c, mp_ast_t *node) {
    mp_ast_t *t = node->u.AugAssign.target;
    int bop = node->u.AugAssign.op + MP_BINARY_OP_INPLACE_OFFSET;
    switch (t->kind) {
        case AST_Name:
            compile_name_op(c, t->u.Name.id, AST_CTX_LOAD);
            compile_expr(c, node->u.AugAssign.value);
            compile_binary_op(c, bop);
            compile_name_op(c, t->u.Name.id, AST_CTX_STORE);
            break;
        case AST_Attribute:
            compile_expr(c, t->u.Attribute.value);
            op(c, MP_BC_DUP_TOP, 1);
            op_qcc(c, MP_BC_LOAD_ATTR, t->u.Attribute.attr, 0);
            compile_expr(c, node->u.AugAssign.value);
            compile_binary_op(c, bop);
            op(c, MP_BC_ROT_TWO, 0);
            op_qc(c, MP_BC_STORE_ATTR, t->u.Attribute.attr, -2);
            break;
        case AST_Subscript:
            compile_expr(c, t->u.Subscript.value);
            compile_expr(c, t->u.Subscript.slice);
            op(c, MP_BC_DUP_TOP_TWO, 2);
            op(c, MP_BC_LOAD_SUBSCR, -1);
            compile_expr(c, node->u.AugAssign.value);
            compile_binary_op(c, bop);
            op(c, MP_BC_ROT_THREE, 0);
            op(c, MP_BC_STORE_SUBSCR, -3);
            break;
        default:
            compile_error(c, t, "illegal expression for augmented assignment");
    }
}

// ---- statements ----

static void compile_if(compiler_t *c, mp_ast_t *node) {
    uint32_t l_else = new_label(c);
    compile_cond(c, node->u.If.test, false, l_else);
    compile_stmts(c, &node->u.If.body);
    if (node->u.If.orelse.len > 0) {
        uint32_t l_end = new_label(c);
        op_j(c, MP_BC_JUMP, l_end, 0);
        place_label(c, l_else);
        compile_stmts(c, &node->u.If.orelse);
        place_label(c, l_end);
    } else {
        place_label(c, l_else);
    }
}

static void compile_while(compiler_t *c, mp_ast_t *node) {
    uint32_t l_body = new_label(c), l_test = new_label(c), l_brk = new_label(c);
    int t = const_truth(node->u.While.test);
    if (t == 0) {
        compile_stmts(c, &node->u.While.orelse);
        return;
    }
    if (t != 1) {
        op_j(c, MP_BC_JUMP, l_test, 0);
    }
    place_label(c, l_body);
    cblock_t *b = push_block(c, CB_WHILE);
    b->brk = l_brk;
    b->cont = t == 1 ? l_body : l_test;
    compile_stmts(c, &node->u.While.body);
    pop_block(c);
    if (t == 1) {
        op_j(c, MP_BC_JUMP, l_body, 0);
    } else {
        place_label(c, l_test);
        set_line(c, node);
        compile_cond(c, node->u.While.test, true, l_body);
        compile_stmts(c, &node->u.While.orelse);
    }
    place_label(c, l_brk);
}

// `for x in range(a[, b[, c]])`: the call's arguments, or NULL when the loop is another form.
static mp_ast_seq_t *for_range_args(mp_ast_t *iter) {
    if (iter->kind != AST_Call || iter->u.Call.func->kind != AST_Name || iter->u.Call.func->u.Name.id != MP_QSTR_range
        || iter->u.Call.keywords.len != 0 || iter->u.Call.args.len < 1 || iter->u.Call.args.len > 3) {
        return NULL;
    }
    for (size_t i = 0; i < iter->u.Call.args.len; i++) {
        if (iter->u.Call.args.items[i]->kind == AST_Starred) {
            return NULL;
        }
    }
    return &iter->u.Call.args;
}

static void compile_for(compiler_t *c, mp_ast_t *node) {
    uint32_t l_cont = new_label(c), l_exh = new_label(c), l_brk = new_label(c);
    int d = c->u->stack;
    mp_ast_seq_t *range_args = for_range_args(node->u.For.iter);
    unsigned n_slots = 1;
    if (range_args != NULL) {
        // `range` is looked up as usual; FOR_RANGE_SETUP calls whatever it is unless it is the
        // built-in with small-int arguments, which becomes a counter in three stack words (no
        // range object, no iterator: such loops run with the heap locked).
        compile_expr(c, node->u.For.iter->u.Call.func);
        for (size_t i = 0; i < range_args->len; i++) {
            compile_expr(c, range_args->items[i]);
        }
        op_b(c, MP_BC_FOR_RANGE_SETUP, (unsigned)range_args->len, 2 - (int)range_args->len);
        n_slots = 3;
        place_label(c, l_cont);
        op_j(c, MP_BC_FOR_RANGE_ITER, l_exh, 1);
    } else {
        compile_expr(c, node->u.For.iter);
        op(c, MP_BC_GET_ITER, 0);
        place_label(c, l_cont);
        op_j(c, MP_BC_FOR_ITER, l_exh, 1);
    }
    compile_store(c, node->u.For.target);
    cblock_t *b = push_block(c, CB_FOR);
    b->brk = l_brk;
    b->cont = l_cont;
    b->n_iter_slots = (uint8_t)n_slots;
    compile_stmts(c, &node->u.For.body);
    pop_block(c);
    set_line(c, node);
    op_j(c, MP_BC_JUMP, l_cont, 0);
    place_label(c, l_exh);
    c->u->stack = d;
    compile_stmts(c, &node->u.For.orelse);
    place_label(c, l_brk);
}

static void compile_async_for(compiler_t *c, mp_ast_t *node) {
    unit_t *u = c->u;
    uint32_t l_cont = new_label(c), l_stop = new_label(c), l_brk = new_label(c);
    int d = u->stack, e = u->exc;
    compile_expr(c, node->u.For.iter);
    op(c, MP_BC_GET_AITER, 0);
    place_label(c, l_cont);
    op_j(c, MP_BC_SETUP_FINALLY, l_stop, 0);
    exc_adjust(u, 1);
    op(c, MP_BC_GET_ANEXT, 1);
    op(c, MP_BC_LOAD_CONST_NONE, 1);
    op(c, MP_BC_YIELD_FROM, -1);
    op(c, MP_BC_POP_BLOCK, 0);
    u->exc = e;
    compile_store(c, node->u.For.target);
    cblock_t *b = push_block(c, CB_FOR);
    b->n_iter_slots = 1;
    b->brk = l_brk;
    b->cont = l_cont;
    compile_stmts(c, &node->u.For.body);
    pop_block(c);
    op_j(c, MP_BC_JUMP, l_cont, 0);
    place_label(c, l_stop);
    u->stack = d + 3;
    exc_adjust(u, 1);
    op(c, MP_BC_END_ASYNC_FOR, 0);
    u->stack = d;
    u->exc = e;
    compile_stmts(c, &node->u.For.orelse);
    place_label(c, l_brk);
}

static void compile_try_except(compiler_t *c, mp_ast_t *node) {
    unit_t *u = c->u;
    uint32_t l_handler = new_label(c), l_end = new_label(c);
    int d = u->stack, e = u->exc;
    op_j(c, MP_BC_SETUP_FINALLY, l_handler, 0);
    exc_adjust(u, 1);
    push_block(c, CB_TRY_EXCEPT);
    compile_stmts(c, &node->u.Try.body);
    pop_block(c);
    op(c, MP_BC_POP_BLOCK, 0);
    u->exc = e;
    compile_stmts(c, &node->u.Try.orelse);
    op_j(c, MP_BC_JUMP, l_end, 0);

    place_label(c, l_handler);
    u->stack = d;
    stack_adjust(u, 2);
    u->exc = e;
    exc_adjust(u, 1);
    cblock_t *hb = push_block(c, CB_HANDLER);
    hb->depth = d;
    mp_ast_seq_t *handlers = &node->u.Try.handlers;
    bool has_bare = false;
    for (size_t i = 0; i < handlers->len; i++) {
        mp_ast_t *h = handlers->items[i];
        set_line(c, h);
        uint32_t l_next = new_label(c);
        if (h->u.ExceptHandler.type == NULL) {
            if (i + 1 < handlers->len) {
                compile_error(c, h, "default 'except:' must be last");
            }
            has_bare = true;
        } else {
            compile_expr(c, h->u.ExceptHandler.type);
            op_j(c, MP_BC_JUMP_IF_NOT_EXC_MATCH, l_next, -1);
        }
        qstr name = h->u.ExceptHandler.name;
        if (name != MP_QSTRnull) {
            compile_name_op(c, name, AST_CTX_STORE);
        } else {
            op(c, MP_BC_POP_TOP, -1);
        }
        compile_stmts(c, &h->u.ExceptHandler.body);
        if (name != MP_QSTRnull) {
            op(c, MP_BC_LOAD_CONST_NONE, 1);
            compile_name_op(c, name, AST_CTX_STORE);
            compile_name_op(c, name, AST_CTX_DEL);
        }
        op(c, MP_BC_POP_EXCEPT, 0);
        u->stack = d;
        op_j(c, MP_BC_JUMP, l_end, 0);
        place_label(c, l_next);
        u->stack = d + 2;
        u->exc = e + 1;
    }
    if (!has_bare) {
        op(c, MP_BC_RERAISE, -1);
    }
    pop_block(c);
    place_label(c, l_end);
    u->stack = d;
    u->exc = e;
}

static void compile_try(compiler_t *c, mp_ast_t *node) {
    if (node->u.Try.finalbody.len == 0) {
        compile_try_except(c, node);
        return;
    }
    unit_t *u = c->u;
    uint32_t l_fin = new_label(c), l_end = new_label(c);
    int d = u->stack, e = u->exc;
    op_j(c, MP_BC_SETUP_FINALLY, l_fin, 0);
    exc_adjust(u, 1);
    cblock_t *b = push_block(c, CB_TRY_FINALLY);
    b->finalbody = &node->u.Try.finalbody;
    if (node->u.Try.handlers.len > 0) {
        compile_try_except(c, node);
    } else {
        compile_stmts(c, &node->u.Try.body);
    }
    pop_block(c);
    op(c, MP_BC_POP_BLOCK, 0);
    u->exc = e;
    compile_stmts(c, &node->u.Try.finalbody);
    op_j(c, MP_BC_JUMP, l_end, 0);

    place_label(c, l_fin);
    u->stack = d;
    stack_adjust(u, 2);
    exc_adjust(u, 1);
    cblock_t *hb = push_block(c, CB_HANDLER);
    hb->depth = d;
    compile_stmts(c, &node->u.Try.finalbody);
    pop_block(c);
    op(c, MP_BC_RERAISE, -1);
    place_label(c, l_end);
    u->stack = d;
    u->exc = e;
}

static void compile_with_item(compiler_t *c, mp_ast_t *node, size_t idx, bool is_async) {
    unit_t *u = c->u;
    mp_ast_t *item = node->u.With.items.items[idx];
    uint32_t l_handler = new_label(c), l_sup = new_label(c), l_end = new_label(c);
    int d = u->stack, e = u->exc;
    compile_expr(c, item->u.withitem.context_expr);
    if (is_async) {
        op(c, MP_BC_BEFORE_ASYNC_WITH, 2);
        emit_await(c);
        op_j(c, MP_BC_SETUP_ASYNC_WITH, l_handler, 0);
    } else {
        op_j(c, MP_BC_SETUP_WITH, l_handler, 2);
    }
    exc_adjust(u, 1);
    push_block(c, is_async ? CB_ASYNC_WITH : CB_WITH);
    if (item->u.withitem.optional_vars != NULL) {
        compile_store(c, item->u.withitem.optional_vars);
    } else {
        op(c, MP_BC_POP_TOP, -1);
    }
    if (idx + 1 < node->u.With.items.len) {
        compile_with_item(c, node, idx + 1, is_async);
    } else {
        compile_stmts(c, &node->u.With.body);
    }
    pop_block(c);
    op(c, MP_BC_POP_BLOCK, 0);
    u->exc = e;
    emit_exit_call_normal(c, is_async);
    op_j(c, MP_BC_JUMP, l_end, 0);

    place_label(c, l_handler);
    u->stack = d + 2;
    stack_adjust(u, 2);
    exc_adjust(u, 1);
    cblock_t *hb = push_block(c, CB_HANDLER);
    hb->depth = d + 2;
    op(c, MP_BC_WITH_EXCEPT_CALL, 1);
    if (is_async) {
        emit_await(c);
    }
    op_j(c, MP_BC_POP_JUMP_IF_TRUE, l_sup, -1);
    op(c, MP_BC_RERAISE, -1);
    place_label(c, l_sup);
    u->stack = d + 4;
    op(c, MP_BC_POP_EXCEPT, 0);
    u->stack = d + 2;
    op(c, MP_BC_POP_TOP, -1);
    op(c, MP_BC_POP_TOP, -1);
    pop_block(c);
    place_label(c, l_end);
    u->stack = d;
    u->exc = e;
}

static size_t find_loop(compiler_t *c, mp_ast_t *node, const char *err) {
    unit_t *u = c->u;
    for (size_t i = u->n_blocks; i > 0; i--) {
        if (u->blocks[i - 1].kind == CB_WHILE || u->blocks[i - 1].kind == CB_FOR) {
            return i - 1;
        }
    }
    compile_error(c, node, err);
}

static bool scope_is_function(scope_t *sc) {
    return sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_LAMBDA || sc->kind == SCOPE_COMP;
}

static void compile_return(compiler_t *c, mp_ast_t *node) {
    unit_t *u = c->u;
    if (!scope_is_function(u->scope)) {
        compile_error(c, node, "'return' outside function");
    }
    if (node->u.Return.value != NULL) {
        if ((u->scope->scope_flags & (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_COROUTINE))
            == (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_COROUTINE)) {
            compile_error(c, node, "'return' with value in async generator");
        }
        compile_expr(c, node->u.Return.value);
    } else {
        op(c, MP_BC_LOAD_CONST_NONE, 1);
    }
    bool needs_cleanup = false;
    for (size_t i = 0; i < u->n_blocks; i++) {
        if (u->blocks[i].kind != CB_WHILE && u->blocks[i].kind != CB_FOR) {
            needs_cleanup = true;
        }
    }
    if (needs_cleanup) {
        if (u->ret_tmp < 0) {
            u->ret_tmp = u->n_slots++;
        }
        op_h(c, MP_BC_STORE_FAST, u->ret_tmp, -1);
        compile_unwind(c, 0, true);
        op_h(c, MP_BC_LOAD_FAST, u->ret_tmp, 1);
    }
    op(c, MP_BC_RETURN_VALUE, -1);
}

static void compile_import(compiler_t *c, mp_ast_t *node) {
    for (size_t i = 0; i < node->u.Import.names.len; i++) {
        mp_ast_t *a = node->u.Import.names.items[i];
        qstr name = a->u.alias.name;
        load_small_int(c, 0);
        op(c, MP_BC_LOAD_CONST_NONE, 1);
        op_q(c, MP_BC_IMPORT_NAME, name, -1);
        size_t len;
        const char *s = (const char *)qstr_data(name, &len);
        const char *dot = memchr(s, '.', len);
        if (a->u.alias.asname != MP_QSTRnull) {
            // import a.b.c as d: walk the attributes from the top-level package
            while (dot != NULL) {
                const char *start = dot + 1;
                const char *end = s + len;
                dot = memchr(start, '.', end - start);
                const char *stop = dot ? dot : end;
                op_qcc(c, MP_BC_LOAD_ATTR, qstr_from_strn(start, stop - start), 0);
            }
            compile_name_op(c, a->u.alias.asname, AST_CTX_STORE);
        } else {
            compile_name_op(c, dot ? qstr_from_strn(s, dot - s) : name, AST_CTX_STORE);
        }
    }
}

static void compile_import_from(compiler_t *c, mp_ast_t *node) {
    mp_ast_seq_t *names = &node->u.ImportFrom.names;
    load_small_int(c, node->u.ImportFrom.level);
    bool star = names->len == 1 && names->items[0]->u.alias.name == MP_QSTR__star_;
    mp_obj_t fromlist = mp_obj_new_tuple(names->len, NULL);
    for (size_t i = 0; i < names->len; i++) {
        ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(fromlist))->items[i] = MP_OBJ_NEW_QSTR(names->items[i]->u.alias.name);
    }
    op_h(c, MP_BC_LOAD_CONST, add_const(c, fromlist), 1);
    qstr mod = node->u.ImportFrom.module != MP_QSTRnull ? node->u.ImportFrom.module : MP_QSTR_;
    op_q(c, MP_BC_IMPORT_NAME, mod, -1);
    if (star) {
        op(c, MP_BC_IMPORT_STAR, -1);
        return;
    }
    for (size_t i = 0; i < names->len; i++) {
        mp_ast_t *a = names->items[i];
        op_q(c, MP_BC_IMPORT_FROM, a->u.alias.name, 1);
        compile_name_op(c, a->u.alias.asname != MP_QSTRnull ? a->u.alias.asname : a->u.alias.name, AST_CTX_STORE);
    }
    op(c, MP_BC_POP_TOP, -1);
}

static void compile_raise(compiler_t *c, mp_ast_t *node) {
    if (node->u.Raise.exc == NULL) {
        op_b(c, MP_BC_RAISE_VARARGS, 0, 0);
        return;
    }
    compile_expr(c, node->u.Raise.exc);
    if (node->u.Raise.cause != NULL) {
        compile_expr(c, node->u.Raise.cause);
        op_b(c, MP_BC_RAISE_VARARGS, 2, -2);
    } else {
        op_b(c, MP_BC_RAISE_VARARGS, 1, -1);
    }
}

static void compile_assert(compiler_t *c, mp_ast_t *node) {
    if (mp_state.opt_level > 0) {
        return;
    }
    uint32_t l_ok = new_label(c);
    compile_cond(c, node->u.Assert.test, true, l_ok);
    op(c, MP_BC_LOAD_ASSERTION_ERROR, 1);
    if (node->u.Assert.msg != NULL) {
        compile_expr(c, node->u.Assert.msg);
        op_hh(c, MP_BC_CALL_FUNCTION, 1, 0, -1);
    }
    op_b(c, MP_BC_RAISE_VARARGS, 1, -1);
    place_label(c, l_ok);
}

// ---- match statement (PEP 634) ----
//
// The subject stays on the value stack while the cases are tried; each case matches a copy
// (DUP_TOP). A pattern is compiled as code that consumes the value on top of the stack and
// either falls through (matched, captures stored) or jumps to a failure label. A failure can
// happen with extra values on the stack (the unpacked items of a sequence not yet matched), so
// each pattern context has one failure label per extra depth: fail[k] is entered with k values
// above `base`, and the code at the end of the case pops them one by one down to fail[0]:
//
//   fail[2]: POP_TOP
//   fail[1]: POP_TOP
//   fail[0]: (stack: ..., subject) -> next case
//
// Captures are stored as soon as they match (CPython leaves the bindings of a failed match
// unspecified). Sequence, mapping and class patterns call the helpers of py/match.c. The checks
// CPython makes in its compiler are made here, with its messages: irrefutable patterns that
// make later ones unreachable, repeated names, alternatives binding different names, repeated
// literal mapping keys.

typedef struct _pattern_names_t {
    qstr *names;                  // captures bound so far in the current case
    size_t len, alloc;
} pattern_names_t;

typedef struct _pattern_ctx_t {
    int base;                     // stack depth once the matched value is consumed
    uint32_t *fail;               // fail[k]: entered with k extra values on the stack
    size_t n_fail;
    bool allow_irrefutable;       // a capture/wildcard here may match anything
    pattern_names_t *names;
} pattern_ctx_t;

static void compile_pattern(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc);

static uint32_t pattern_fail_label(compiler_t *c, pattern_ctx_t *pc, int depth) {
    size_t k = (size_t)(depth - pc->base);
    if (k >= pc->n_fail) {
        pc->fail = m_renew(uint32_t, pc->fail, pc->n_fail, k + 1);
        while (pc->n_fail <= k) {
            pc->fail[pc->n_fail++] = LABEL_UNSET;
        }
    }
    if (pc->fail[k] == LABEL_UNSET) {
        pc->fail[k] = new_label(c);
    }
    return pc->fail[k];
}

// A conditional jump (delta: its stack effect) to the failure label of the resulting depth.
static void pattern_jump_fail(compiler_t *c, pattern_ctx_t *pc, int opcode, int delta) {
    op_j(c, opcode, pattern_fail_label(c, pc, c->u->stack + delta), delta);
}

// The failure tail: pops down to fail[0], which is left at depth base. The code before it must
// not fall through (it ends in a jump).
static void pattern_emit_fail_tail(compiler_t *c, pattern_ctx_t *pc) {
    bool any = false;
    for (size_t k = pc->n_fail; k-- > 0;) {
        if (pc->fail[k] != LABEL_UNSET) {
            c->u->stack = pc->base + (int)k;
            place_label(c, pc->fail[k]);
            any = true;
        }
        if (any && k > 0) {
            op(c, MP_BC_POP_TOP, -1);
        }
    }
    c->u->stack = pc->base;
}

static void pattern_store(compiler_t *c, mp_ast_t *node, qstr name, pattern_ctx_t *pc) {
    pattern_names_t *pn = pc->names;
    for (size_t i = 0; i < pn->len; i++) {
        if (pn->names[i] == name) {
            mp_compile_syntax_error(c->source_file, node->line, node->col, "multiple assignments to name '%q' in pattern", name);
        }
    }
    if (pn->len == pn->alloc) {
        size_t n = pn->alloc * 2 + 8;
        pn->names = m_renew(qstr, pn->names, pn->alloc, n);
        pn->alloc = n;
    }
    pn->names[pn->len++] = name;
    compile_name_op(c, name, AST_CTX_STORE);
}

// Puts the helper under the value on top of the stack (its first argument).
static void pattern_load_helper(compiler_t *c, const void *fun) {
    op_h(c, MP_BC_LOAD_CONST, add_const(c, MP_OBJ_FROM_PTR(fun)), 1);
    op(c, MP_BC_ROT_TWO, 0);
}

// After CALL_FUNCTION of a helper: fails on False/None, else unpacks the n_values values so
// that the first one is on top.
static void pattern_check_result(compiler_t *c, pattern_ctx_t *pc, size_t n_values) {
    if (n_values == 0) {
        pattern_jump_fail(c, pc, MP_BC_POP_JUMP_IF_FALSE, -1);
        return;
    }
    op(c, MP_BC_DUP_TOP, 1);
    pattern_jump_fail(c, pc, MP_BC_POP_JUMP_IF_FALSE, -1);
    op_h(c, MP_BC_UNPACK_SEQUENCE, n_values, (int)n_values - 1);
}

// Sub-patterns of sequence, mapping and class patterns may be irrefutable.
static void compile_sub_pattern(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, node, pc);
    pc->allow_irrefutable = saved;
}

static void compile_pattern_sequence(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    mp_ast_seq_t *pats = &node->u.MatchSequence.patterns;
    int star = -1;
    bool star_capture = false;
    for (size_t i = 0; i < pats->len; i++) {
        if (pats->items[i]->kind == AST_MatchStar) {
            star = (int)i;
            star_capture = pats->items[i]->u.MatchStar.name != MP_QSTRnull;
        }
    }
    size_t n_fixed = pats->len - (star >= 0 ? 1 : 0);
    size_t n_values = n_fixed + (star_capture ? 1 : 0);
    pattern_load_helper(c, &mp_match_sequence_obj);
    load_small_int(c, (int32_t)n_fixed);
    load_small_int(c, star);
    op(c, star_capture ? MP_BC_LOAD_CONST_TRUE : MP_BC_LOAD_CONST_FALSE, 1);
    op_hh(c, MP_BC_CALL_FUNCTION, 4, 0, -4);
    pattern_check_result(c, pc, n_values);
    for (size_t i = 0; i < pats->len; i++) {
        mp_ast_t *p = pats->items[i];
        if (p->kind == AST_MatchStar) {
            if (star_capture) {
                pattern_store(c, p, p->u.MatchStar.name, pc);
            }
        } else {
            compile_sub_pattern(c, p, pc);
        }
    }
}

// The value of a literal pattern or mapping key (Constant, -Constant, real +/- imaginary), or
// MP_OBJ_NULL for a value pattern (a dotted name).
static mp_obj_t pattern_literal_value(mp_ast_t *e) {
    switch (e->kind) {
        case AST_Constant:
            return e->u.Constant.value;
        case AST_UnaryOp:
            return mp_unary_op(MP_UNARY_OP_NEGATIVE, pattern_literal_value(e->u.UnaryOp.operand));
        case AST_BinOp:
            return mp_binary_op(e->u.BinOp.op, pattern_literal_value(e->u.BinOp.left),
                pattern_literal_value(e->u.BinOp.right));
        default:
            return MP_OBJ_NULL;
    }
}

static void compile_pattern_mapping(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    mp_ast_seq_t *keys = &node->u.MatchMapping.keys;
    size_t n_keys = keys->len;
    bool want_rest = node->u.MatchMapping.rest != MP_QSTRnull;
    // literal keys: folded, checked for repeats (by ==, as a dict would), loaded as one tuple
    mp_obj_t *vals = m_new(mp_obj_t, n_keys + 1);
    bool all_const = true;
    for (size_t i = 0; i < n_keys; i++) {
        vals[i] = pattern_literal_value(keys->items[i]);
        if (vals[i] == MP_OBJ_NULL) {
            all_const = false;
            continue;
        }
        for (size_t j = 0; j < i; j++) {
            if (vals[j] != MP_OBJ_NULL && mp_obj_equal(vals[j], vals[i])) {
                mp_obj_t r = mp_obj_repr(vals[i]);
                mp_compile_syntax_error(c->source_file, node->line, node->col, "mapping pattern checks duplicate key (%s)", mp_obj_str_get_str(r));
            }
        }
    }
    pattern_load_helper(c, &mp_match_mapping_obj);
    if (all_const) {
        load_const_obj(c, mp_obj_new_tuple(n_keys, vals));
    } else {
        for (size_t i = 0; i < n_keys; i++) {
            if (vals[i] != MP_OBJ_NULL) {
                load_const_obj(c, vals[i]);
            } else {
                compile_expr(c, keys->items[i]);
            }
        }
        op_h(c, MP_BC_BUILD_TUPLE, n_keys, 1 - (int)n_keys);
    }
    m_del(mp_obj_t, vals, n_keys + 1);
    op(c, want_rest ? MP_BC_LOAD_CONST_TRUE : MP_BC_LOAD_CONST_FALSE, 1);
    op_hh(c, MP_BC_CALL_FUNCTION, 3, 0, -3);
    pattern_check_result(c, pc, n_keys + (want_rest ? 1 : 0));
    for (size_t i = 0; i < n_keys; i++) {
        compile_sub_pattern(c, node->u.MatchMapping.patterns.items[i], pc);
    }
    if (want_rest) {
        pattern_store(c, node, node->u.MatchMapping.rest, pc);
    }
}

static void compile_pattern_class(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    size_t n_pos = node->u.MatchClass.patterns.len;
    size_t n_kw = node->u.MatchClass.kwd_patterns.len;
    pattern_load_helper(c, &mp_match_class_obj);
    compile_expr(c, node->u.MatchClass.cls);
    load_small_int(c, (int32_t)n_pos);
    mp_obj_t names = mp_obj_new_tuple(n_kw, NULL);
    for (size_t i = 0; i < n_kw; i++) {
        ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(names))->items[i] = MP_OBJ_NEW_QSTR(node->u.MatchClass.kwd_attrs[i]);
    }
    load_const_obj(c, n_kw == 0 ? mp_const_empty_tuple : names);
    op_hh(c, MP_BC_CALL_FUNCTION, 4, 0, -4);
    pattern_check_result(c, pc, n_pos + n_kw);
    for (size_t i = 0; i < n_pos; i++) {
        compile_sub_pattern(c, node->u.MatchClass.patterns.items[i], pc);
    }
    for (size_t i = 0; i < n_kw; i++) {
        compile_sub_pattern(c, node->u.MatchClass.kwd_patterns.items[i], pc);
    }
}

static bool pattern_same_names(const qstr *a, const qstr *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        bool found = false;
        for (size_t j = 0; j < n && !found; j++) {
            found = a[i] == b[j];
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

// Each alternative but the last works on a copy, with its own failure labels that lead to the
// next alternative; the last one fails like the whole pattern.
static void compile_pattern_or(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    mp_ast_seq_t *alts = &node->u.MatchSequence.patterns;
    pattern_names_t *pn = pc->names;
    size_t names_base = pn->len;
    qstr *first_names = NULL;
    size_t n_first = 0;
    uint32_t success = new_label(c);
    for (size_t i = 0; i < alts->len; i++) {
        bool last = i + 1 == alts->len;
        pn->len = names_base;
        if (last) {
            bool saved = pc->allow_irrefutable;
            compile_pattern(c, alts->items[i], pc);
            pc->allow_irrefutable = saved;
        } else {
            op(c, MP_BC_DUP_TOP, 1);
            pattern_ctx_t sub = { c->u->stack - 1, NULL, 0, false, pn };
            compile_pattern(c, alts->items[i], &sub);
            op(c, MP_BC_POP_TOP, -1);
            op_j(c, MP_BC_JUMP, success, 0);
            pattern_emit_fail_tail(c, &sub);
        }
        size_t n = pn->len - names_base;
        if (i == 0) {
            n_first = n;
            first_names = m_new(qstr, n + 1);
            if (n > 0) {
                memcpy(first_names, pn->names + names_base, n * sizeof(qstr));
            }
        } else if (n != n_first || !pattern_same_names(first_names, pn->names + names_base, n)) {
            mp_compile_syntax_error(c->source_file, alts->items[i]->line, alts->items[i]->col, "alternative patterns bind different names");
        }
    }
    place_label(c, success);
}

// Consumes the value on top of the stack; falls through if it matches.
static void compile_pattern(compiler_t *c, mp_ast_t *node, pattern_ctx_t *pc) {
    mp_stack_check();
    switch (node->kind) {
        case AST_MatchAs:
            if (node->u.MatchAs.pattern == NULL) {
                if (!pc->allow_irrefutable) {
                    if (node->u.MatchAs.name == MP_QSTRnull) {
                        compile_error(c, node, "wildcard makes remaining patterns unreachable");
                    }
                    mp_compile_syntax_error(c->source_file, node->line, node->col, "name capture '%q' makes remaining patterns unreachable", node->u.MatchAs.name);
                }
                if (node->u.MatchAs.name == MP_QSTRnull) {
                    op(c, MP_BC_POP_TOP, -1);
                } else {
                    pattern_store(c, node, node->u.MatchAs.name, pc);
                }
            } else {
                op(c, MP_BC_DUP_TOP, 1);
                compile_pattern(c, node->u.MatchAs.pattern, pc);
                pattern_store(c, node, node->u.MatchAs.name, pc);
            }
            break;
        case AST_MatchValue:
            compile_expr(c, node->u.MatchValue.value);
            op(c, MP_BC_COMPARE_EQUAL, -1);
            pattern_jump_fail(c, pc, MP_BC_POP_JUMP_IF_FALSE, -1);
            break;
        case AST_MatchSingleton:
            load_const_obj(c, node->u.MatchSingleton.value);
            op_b(c, MP_BC_BINARY_OP, MP_BINARY_OP_IS, -1);
            pattern_jump_fail(c, pc, MP_BC_POP_JUMP_IF_FALSE, -1);
            break;
        case AST_MatchSequence:
            compile_pattern_sequence(c, node, pc);
            break;
        case AST_MatchMapping:
            compile_pattern_mapping(c, node, pc);
            break;
        case AST_MatchClass:
            compile_pattern_class(c, node, pc);
            break;
        case AST_MatchOr:
            compile_pattern_or(c, node, pc);
            break;
        default:
            compile_error(c, node, "invalid syntax");
    }
}

static void compile_match(compiler_t *c, mp_ast_t *node) {
    compile_expr(c, node->u.Match.subject);
    uint32_t end = new_label(c);
    pattern_names_t names = { NULL, 0, 0 };
    mp_ast_seq_t *cases = &node->u.Match.cases;
    for (size_t i = 0; i < cases->len; i++) {
        mp_ast_t *mc = cases->items[i];
        set_line(c, mc->u.match_case.pattern);
        names.len = 0;
        bool allow = mc->u.match_case.guard != NULL || i + 1 == cases->len;
        pattern_ctx_t pc = { c->u->stack, NULL, 0, allow, &names };
        op(c, MP_BC_DUP_TOP, 1);
        compile_pattern(c, mc->u.match_case.pattern, &pc);
        if (mc->u.match_case.guard != NULL) {
            compile_cond(c, mc->u.match_case.guard, false, pattern_fail_label(c, &pc, c->u->stack));
        }
        op(c, MP_BC_POP_TOP, -1);
        compile_stmts(c, &mc->u.match_case.body);
        op_j(c, MP_BC_JUMP, end, 0);
        pattern_emit_fail_tail(c, &pc);
    }
    op(c, MP_BC_POP_TOP, -1);
    place_label(c, end);
}

static void compile_stmt(compiler_t *c, mp_ast_t *node) {
    mp_stack_check();
    set_line(c, node);
    switch (node->kind) {
        case AST_FunctionDef:
        case AST_AsyncFunctionDef:
            compile_funcdef(c, node);
            break;
        case AST_ClassDef:
            compile_classdef(c, node);
            break;
        case AST_Return:
            compile_return(c, node);
            break;
        case AST_Delete:
            for (size_t i = 0; i < node->u.Delete.targets.len; i++) {
                compile_delete(c, node->u.Delete.targets.items[i]);
            }
            break;
        case AST_Assign:
            compile_assign(c, node);
            break;
        case AST_AugAssign:
            compile_augassign(c, node);
            break;
        case AST_AnnAssign:
            if (node->u.AnnAssign.value != NULL) {
                compile_expr(c, node->u.AnnAssign.value);
                compile_store(c, node->u.AnnAssign.target);
            }
            break;
        case AST_For:
            compile_for(c, node);
            break;
        case AST_AsyncFor:
            if (!(c->u->scope->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                compile_error(c, node, "'async for' outside async function");
            }
            compile_async_for(c, node);
            break;
        case AST_While:
            compile_while(c, node);
            break;
        case AST_If:
            compile_if(c, node);
            break;
        case AST_With:
            compile_with_item(c, node, 0, false);
            break;
        case AST_AsyncWith:
            if (!(c->u->scope->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
                compile_error(c, node, "'async with' outside async function");
            }
            compile_with_item(c, node, 0, true);
            break;
        case AST_Raise:
            compile_raise(c, node);
            break;
        case AST_Try:
            compile_try(c, node);
            break;
        case AST_Assert:
            compile_assert(c, node);
            break;
        case AST_Import:
            compile_import(c, node);
            break;
        case AST_ImportFrom:
            compile_import_from(c, node);
            break;
        case AST_Global:
        case AST_Nonlocal:
        case AST_Pass:
            break;
        case AST_Expr: {
            mp_ast_t *v = node->u.Expr.value;
            if (c->is_repl && c->u->scope->kind == SCOPE_MODULE) {
                compile_expr(c, v);
                op(c, MP_BC_PRINT_EXPR, -1);
            } else if (v->kind == AST_Constant) {
                // docstrings and other constant statements: nothing to do
            } else {
                compile_expr(c, v);
                op(c, MP_BC_POP_TOP, -1);
            }
            break;
        }
        case AST_Break: {
            size_t l = find_loop(c, node, "'break' outside loop");
            compile_unwind(c, l + 1, true);
            if (c->u->blocks[l].kind == CB_FOR) {
                unsigned n = c->u->blocks[l].n_iter_slots;
                for (unsigned k = 0; k < n; k++) {
                    op(c, MP_BC_POP_TOP, -1);
                }
                stack_adjust(c->u, (int)n);
            }
            op_j(c, MP_BC_JUMP, c->u->blocks[l].brk, 0);
            break;
        }
        case AST_Continue: {
            size_t l = find_loop(c, node, "'continue' not properly in loop");
            compile_unwind(c, l + 1, true);
            op_j(c, MP_BC_JUMP, c->u->blocks[l].cont, 0);
            break;
        }
        case AST_Match:
            compile_match(c, node);
            break;
        default:
            compile_error(c, node, "invalid syntax");
    }
}

static void compile_stmts(compiler_t *c, mp_ast_seq_t *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        compile_stmt(c, seq->items[i]);
    }
}

// ---- comprehension bodies ----

static void compile_comp_loop(compiler_t *c, mp_ast_t *node, mp_ast_seq_t *gens, size_t idx) {
    mp_ast_t *g = gens->items[idx];
    bool is_async = g->u.comprehension.is_async;
    uint32_t l_top = new_label(c), l_end = new_label(c);
    unit_t *u = c->u;
    int d = u->stack, e = u->exc;
    if (idx == 0) {
        op_h(c, MP_BC_LOAD_FAST, 0, 1);
    } else {
        compile_expr(c, g->u.comprehension.iter);
        op(c, is_async ? MP_BC_GET_AITER : MP_BC_GET_ITER, 0);
    }
    place_label(c, l_top);
    if (is_async) {
        op_j(c, MP_BC_SETUP_FINALLY, l_end, 0);
        exc_adjust(u, 1);
        op(c, MP_BC_GET_ANEXT, 1);
        op(c, MP_BC_LOAD_CONST_NONE, 1);
        op(c, MP_BC_YIELD_FROM, -1);
        op(c, MP_BC_POP_BLOCK, 0);
        u->exc = e;
    } else {
        op_j(c, MP_BC_FOR_ITER, l_end, 1);
    }
    compile_store(c, g->u.comprehension.target);
    for (size_t i = 0; i < g->u.comprehension.ifs.len; i++) {
        compile_cond(c, g->u.comprehension.ifs.items[i], false, l_top);
    }
    if (idx + 1 < gens->len) {
        compile_comp_loop(c, node, gens, idx + 1);
    } else {
        unsigned depth = idx + 2;
        switch (node->kind) {
            case AST_ListComp:
                compile_expr(c, node->u.ListComp.elt);
                op_h(c, MP_BC_LIST_APPEND, depth, -1);
                break;
            case AST_SetComp:
                compile_expr(c, node->u.ListComp.elt);
                op_h(c, MP_BC_SET_ADD, depth, -1);
                break;
            case AST_DictComp:
                compile_expr(c, node->u.DictComp.key);
                compile_expr(c, node->u.DictComp.value);
                op_h(c, MP_BC_MAP_ADD, depth, -2);
                break;
            default:
                compile_expr(c, node->u.ListComp.elt);
                op(c, MP_BC_YIELD_VALUE, 0);
                op(c, MP_BC_POP_TOP, -1);
                break;
        }
    }
    op_j(c, MP_BC_JUMP, l_top, 0);
    place_label(c, l_end);
    if (is_async) {
        u->stack = d + 1 + 2;
        u->exc = e;
        exc_adjust(u, 1);
        op(c, MP_BC_END_ASYNC_FOR, 0);
        u->exc = e;
    }
    u->stack = d;
}

// ---- scopes ----

// __qualname__ (PEP 3155): the dotted path of names from the module to sc; a function,
// lambda or comprehension on the path contributes "name.<locals>".
static void compile_add_qualname(vstr_t *vs, const scope_t *sc) {
    const scope_t *p = sc->parent;
    if (p != NULL && p->kind != SCOPE_MODULE) {
        compile_add_qualname(vs, p);
        // (a comprehension's own names are not locals of the path: "f.<locals>.<listcomp>.<lambda>")
        vstr_add_str(vs, (p->kind == SCOPE_CLASS || p->kind == SCOPE_COMP) ? "." : ".<locals>.");
    }
    vstr_add_str(vs, qstr_str(sc->name));
}

static qstr compile_qualname(const scope_t *sc) {
    if (sc->kind == SCOPE_MODULE || sc->parent == NULL || sc->parent->kind == SCOPE_MODULE) {
        return sc->name;
    }
    vstr_t vs;
    vstr_init(&vs, 32);
    compile_add_qualname(&vs, sc);
    qstr q = qstr_from_strn(vs.buf, vs.len);
    vstr_clear(&vs);
    return q;
}

static mp_raw_code_t *compile_scope(compiler_t *c, scope_t *sc) {
    unit_t unit;
    memset(&unit, 0, sizeof(unit));
    unit.parent = c->u;
    unit.scope = sc;
    unit.n_slots = sc->n_slots;
    unit.ret_tmp = -1;
    c->u = &unit;
    mp_ast_t *node = sc->node;
    if (sc->kind == SCOPE_COMP && sc->uses_await) {
        // (with the generator flag of a generator expression: an async generator expression)
        sc->scope_flags |= MP_SCOPE_FLAG_COROUTINE;
    }
    set_line(c, node);

    switch (sc->kind) {
        case SCOPE_MODULE:
            if (node->kind == AST_Expression) {
                compile_expr(c, node->u.Expression.body);
                op(c, MP_BC_RETURN_VALUE, -1);
            } else {
                compile_stmts(c, &node->u.Module.body);
                op(c, MP_BC_LOAD_CONST_NONE, 1);
                op(c, MP_BC_RETURN_VALUE, -1);
            }
            break;
        case SCOPE_FUNCTION:
            compile_stmts(c, &node->u.FunctionDef.body);
            op(c, MP_BC_LOAD_CONST_NONE, 1);
            op(c, MP_BC_RETURN_VALUE, -1);
            break;
        case SCOPE_LAMBDA:
            compile_expr(c, node->u.Lambda.body);
            if (sc->scope_flags & MP_SCOPE_FLAG_GENERATOR) {
                op(c, MP_BC_POP_TOP, -1);
                op(c, MP_BC_LOAD_CONST_NONE, 1);
            }
            op(c, MP_BC_RETURN_VALUE, -1);
            break;
        case SCOPE_CLASS: {
            op_qc(c, MP_BC_LOAD_NAME, MP_QSTR___name__, 1);
            op_q(c, MP_BC_STORE_NAME, MP_QSTR___module__, -1);
            load_const_obj(c, MP_OBJ_NEW_QSTR(compile_qualname(sc)));
            op_q(c, MP_BC_STORE_NAME, MP_QSTR___qualname__, -1);
            compile_stmts(c, &node->u.ClassDef.body);
            id_info_t *cell = mp_scope_find(sc, MP_QSTR___class__);
            if (sc->has_class_cell && cell != NULL && cell->kind == ID_KIND_CELL) {
                op_h(c, MP_BC_LOAD_FAST, cell->slot, 1);
                op_q(c, MP_BC_STORE_NAME, MP_QSTR___classcell__, -1);
            }
            op(c, MP_BC_LOAD_CONST_NONE, 1);
            op(c, MP_BC_RETURN_VALUE, -1);
            break;
        }
        case SCOPE_COMP: {
            if (node->kind == AST_ListComp) {
                op_h(c, MP_BC_BUILD_LIST, 0, 1);
            } else if (node->kind == AST_SetComp) {
                op_h(c, MP_BC_BUILD_SET, 0, 1);
            } else if (node->kind == AST_DictComp) {
                op_h(c, MP_BC_BUILD_MAP, 0, 1);
            }
            mp_ast_seq_t *gens = node->kind == AST_DictComp ? &node->u.DictComp.generators : &node->u.ListComp.generators;
            compile_comp_loop(c, node, gens, 0);
            if (node->kind == AST_GeneratorExp) {
                op(c, MP_BC_LOAD_CONST_NONE, 1);
            }
            op(c, MP_BC_RETURN_VALUE, -1);
            break;
        }
    }

    // resolve jumps
    for (size_t i = 0; i < unit.n_fixups; i += 2) {
        uint32_t pos = unit.fixups[i];
        uint32_t target = unit.labels[unit.fixups[i + 1]];
        byte *p = unit.code + pos;
        p[0] = (byte)target;
        p[1] = (byte)(target >> 8);
        p[2] = (byte)(target >> 16);
        p[3] = (byte)(target >> 24);
    }

    mp_raw_code_t *rc = m_new_obj(mp_raw_code_t);
    memset(rc, 0, sizeof(*rc));
    rc->code = m_new(byte, unit.len);
    memcpy(rc->code, unit.code, unit.len);
    rc->code_len = unit.len;
    rc->n_locals = unit.n_slots;
    if (unit.stack_max + 2 > 0xffff) {
        // n_stack is a u16 in the raw code
        compile_error(c, sc->node, "code too complex");
    }
    rc->n_stack = unit.stack_max + 2;
    if (unit.exc_max + 1 > 0xffff) {
        compile_error(c, sc->node, "code too complex");
    }
    rc->n_exc_stack = unit.exc_max + 1;
    rc->n_pos_args = sc->n_pos_args;
    rc->n_posonly_args = sc->n_posonly_args;
    rc->n_kwonly_args = sc->n_kwonly_args;
    rc->free_start = sc->free_start;
    rc->n_free = sc->n_free;
    rc->scope_flags = sc->scope_flags;
    rc->name = sc->name;
    rc->qualname = compile_qualname(sc);
    if (unit.wants_slot_names && sc->n_slots > 0) {
        qstr *slot_names = m_new0(qstr, sc->n_slots);
        for (size_t i = 0; i < sc->n_ids; i++) {
            const id_info_t *id = &sc->ids[i];
            if ((id->kind == ID_KIND_LOCAL || id->kind == ID_KIND_CELL || id->kind == ID_KIND_FREE) && id->slot < sc->n_slots) {
                slot_names[id->slot] = id->qst;
            }
        }
        rc->slot_names = slot_names;
        rc->n_slot_names = sc->n_slots;
    } else if (unit.wants_slot_names) {
        // no local variables: locals() is {} (a NULL table would mean "names unknown")
        static const qstr no_slot_names[1] = {MP_QSTRnull};
        rc->slot_names = no_slot_names;
        rc->n_slot_names = 0;
    }
    rc->source_file = c->source_file;
    size_t n_names = sc->n_pos_args + sc->n_kwonly_args;
    if (n_names > 0) {
        qstr *names = m_new(qstr, n_names);
        for (size_t i = 0; i < n_names; i++) {
            names[i] = sc->ids[i].qst;
        }
        rc->arg_names = names;
    }
    size_t n_cells = 0;
    for (size_t i = 0; i < sc->n_ids; i++) {
        if (sc->ids[i].kind == ID_KIND_CELL) {
            n_cells++;
        }
    }
    if (n_cells > 0) {
        uint16_t *cells = m_new(uint16_t, n_cells);
        size_t k = 0;
        for (size_t i = 0; i < sc->n_ids; i++) {
            if (sc->ids[i].kind == ID_KIND_CELL) {
                cells[k++] = sc->ids[i].slot;
            }
        }
        rc->cell_slots = cells;
        rc->n_cells = n_cells;
    }
    rc->consts = unit.consts;
    rc->n_consts = unit.n_consts;
    rc->children = unit.children;
    rc->n_children = unit.n_children;
    rc->line_info = unit.lines;
    rc->n_line_info = unit.n_lines;
    c->u = unit.parent;
    return rc;
}

size_t mp_raw_code_get_line(const mp_raw_code_t *rc, size_t offset) {
    size_t line = 0;
    size_t lo = 0, hi = rc->n_line_info;
    // last entry whose offset <= offset
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rc->line_info[2 * mid] <= offset) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0) {
        line = rc->line_info[2 * (lo - 1) + 1];
    } else if (rc->n_line_info > 0) {
        line = rc->line_info[1];
    }
    return line;
}

// ---- entry points ----

mp_raw_code_t *mp_compile_to_raw_code(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind, bool is_repl) {
    mp_ast_t *ast = mp_parse(src, len, source_file, kind);
    scope_t *root = mp_scope_build(ast, source_file);
    compiler_t c;
    c.source_file = source_file;
    c.is_repl = is_repl && kind == MP_PARSE_SINGLE_INPUT;
    c.u = NULL;
    return compile_scope(&c, root);
}

mp_obj_t mp_parse_compile_execute(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind, mp_obj_dict_t *globals, mp_obj_dict_t *locals) {
    mp_obj_dict_t *old_globals = mp_state.dict_globals;
    mp_obj_dict_t *old_locals = mp_state.dict_locals;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_raw_code_t *rc = mp_compile_to_raw_code(src, len, source_file, kind, kind == MP_PARSE_SINGLE_INPUT);
        mp_state.dict_globals = globals;
        mp_state.dict_locals = locals;
        mp_obj_t fun = mp_make_function_from_raw_code(rc, MP_OBJ_NULL, MP_OBJ_NULL);
        mp_obj_t ret = mp_call_function_0(fun);
        nlr_pop();
        mp_state.dict_globals = old_globals;
        mp_state.dict_locals = old_locals;
        return kind == MP_PARSE_EVAL_INPUT ? ret : mp_const_none;
    } else {
        mp_state.dict_globals = old_globals;
        mp_state.dict_locals = old_locals;
        nlr_jump(nlr.ret_val);
    }
}
