// py/mpytranslate.c: verification and translation of MicroPython v6 bytecode into ours.
//
// Design. The project runs its own bytecode (py/bc.h); a loaded .mpy function is translated
// once, at load time, into an ordinary raw code, so the VM has no second dispatch loop and
// loaded code runs at the speed of compiled code. Three passes over one function's opcodes:
//
//   1. decode + block scan (linear): every instruction is decoded and bounds-checked (qstr,
//      constant, child, local indices; jump targets on instruction starts). SETUP_EXCEPT /
//      SETUP_FINALLY / SETUP_WITH open a block whose handler label H lies ahead; the block is
//      "body" before H and "handler" from H up to the END_FINALLY that closes it. Blocks must
//      nest properly; every instruction records its innermost block.
//   2. stack depths (worklist over the control-flow graph): MicroPython's value stack depth
//      at each reachable instruction, equal on every incoming edge, never negative. Jumps must
//      stay in the same block context (POP_EXCEPT_JUMP and UNWIND_JUMP leave the blocks they
//      pop). The two stacks differ only inside an active except handler, where ours holds the
//      previously handled exception below the handler's values: our depth = MicroPython's + the
//      number of except blocks in handler state around the instruction.
//   3. emission: each MicroPython instruction becomes one or a few of ours; code that exists
//      only in ours (exception entry shims, the continuations of return/break through finally)
//      goes into a stub area appended after the main code.
//
// Exception model mapping (ours: CPython-3.9-like blocks, py/bc.h; MicroPython: one block per
// try/with that END_FINALLY pops, a handler entered with the exception on the stack):
//   - try/except: SETUP_EXCEPT H -> SETUP_FINALLY H; H is entered by our VM with (prev, exc)
//     and a HANDLER block, exactly what an except handler needs; POP_EXCEPT_JUMP becomes
//     POP_BLOCK+JUMP (normal end of body) or POP_EXCEPT+JUMP (end of a clause); the
//     END_FINALLY of the handler (no clause matched) becomes RERAISE.
//   - try/finally: the normal path falls into H with None on the stack (POP_BLOCK inserted
//     before H). The exception path enters a stub that moves the exception out, pops our
//     HANDLER block (restoring the previously handled exception) and jumps to H with the
//     exception on the stack; so the finally code is shared and always sees one value: None,
//     the exception, or an unwind marker.
//   - return/break/continue through a finally (MicroPython's dynamic unwinding) is resolved
//     statically: the value to return is parked in a local slot of the block's nesting level,
//     a small-int marker is pushed, and the finally code's END_FINALLY dispatches on it:
//     None -> go on; marker k -> continuation stub k (next enclosing block, then the jump or
//     return); anything else -> RERAISE.
//   - with: SETUP_WITH -> SETUP_WITH (same stack shape). The exception path goes to a stub
//     (WITH_EXCEPT_CALL, swallow or reraise); the normal path's WITH_CLEANUP calls
//     __exit__(None, None, None); return/break through a with calls it inline.
//   - for loops: MicroPython's 4-slot iterator buffer is kept ([NULL, iterator, NULL, NULL])
//     and iterated by our FOR_ITER_BUF, so stack depths stay identical.
//   - MicroPython's local numbering puts closed-over variables first (named "*" in the
//     prelude); ours puts parameters first: slots are renumbered.
#include <string.h>

#include "py/persistentcode.h"

// ---- MicroPython opcodes (the numbering of its py/bc0.h) ----
#define MPY_LOAD_CONST_STRING 0x10
#define MPY_LOAD_NAME 0x11
#define MPY_LOAD_GLOBAL 0x12
#define MPY_LOAD_ATTR 0x13
#define MPY_LOAD_METHOD 0x14
#define MPY_LOAD_SUPER_METHOD 0x15
#define MPY_STORE_NAME 0x16
#define MPY_STORE_GLOBAL 0x17
#define MPY_STORE_ATTR 0x18
#define MPY_DELETE_NAME 0x19
#define MPY_DELETE_GLOBAL 0x1a
#define MPY_IMPORT_NAME 0x1b
#define MPY_IMPORT_FROM 0x1c
#define MPY_MAKE_CLOSURE 0x20
#define MPY_MAKE_CLOSURE_DEFARGS 0x21
#define MPY_LOAD_CONST_SMALL_INT 0x22
#define MPY_LOAD_CONST_OBJ 0x23
#define MPY_LOAD_FAST_N 0x24
#define MPY_LOAD_DEREF 0x25
#define MPY_STORE_FAST_N 0x26
#define MPY_STORE_DEREF 0x27
#define MPY_DELETE_FAST 0x28
#define MPY_DELETE_DEREF 0x29
#define MPY_BUILD_TUPLE 0x2a
#define MPY_BUILD_LIST 0x2b
#define MPY_BUILD_MAP 0x2c
#define MPY_BUILD_SET 0x2d
#define MPY_BUILD_SLICE 0x2e
#define MPY_STORE_COMP 0x2f
#define MPY_UNPACK_SEQUENCE 0x30
#define MPY_UNPACK_EX 0x31
#define MPY_MAKE_FUNCTION 0x32
#define MPY_MAKE_FUNCTION_DEFARGS 0x33
#define MPY_CALL_FUNCTION 0x34
#define MPY_CALL_FUNCTION_VAR_KW 0x35
#define MPY_CALL_METHOD 0x36
#define MPY_CALL_METHOD_VAR_KW 0x37
#define MPY_UNWIND_JUMP 0x40
#define MPY_JUMP 0x42
#define MPY_POP_JUMP_IF_TRUE 0x43
#define MPY_POP_JUMP_IF_FALSE 0x44
#define MPY_JUMP_IF_TRUE_OR_POP 0x45
#define MPY_JUMP_IF_FALSE_OR_POP 0x46
#define MPY_SETUP_WITH 0x47
#define MPY_SETUP_EXCEPT 0x48
#define MPY_SETUP_FINALLY 0x49
#define MPY_POP_EXCEPT_JUMP 0x4a
#define MPY_FOR_ITER 0x4b
#define MPY_LOAD_CONST_FALSE 0x50
#define MPY_LOAD_CONST_NONE 0x51
#define MPY_LOAD_CONST_TRUE 0x52
#define MPY_LOAD_NULL 0x53
#define MPY_LOAD_BUILD_CLASS 0x54
#define MPY_LOAD_SUBSCR 0x55
#define MPY_STORE_SUBSCR 0x56
#define MPY_DUP_TOP 0x57
#define MPY_DUP_TOP_TWO 0x58
#define MPY_POP_TOP 0x59
#define MPY_ROT_TWO 0x5a
#define MPY_ROT_THREE 0x5b
#define MPY_WITH_CLEANUP 0x5c
#define MPY_END_FINALLY 0x5d
#define MPY_GET_ITER 0x5e
#define MPY_GET_ITER_STACK 0x5f
#define MPY_STORE_MAP 0x62
#define MPY_RETURN_VALUE 0x63
#define MPY_RAISE_LAST 0x64
#define MPY_RAISE_OBJ 0x65
#define MPY_RAISE_FROM 0x66
#define MPY_YIELD_VALUE 0x67
#define MPY_YIELD_FROM 0x68
#define MPY_IMPORT_STAR 0x69
#define MPY_SMALL_INT_MULTI 0x70    // 64 values, -16 .. 47
#define MPY_LOAD_FAST_MULTI 0xb0    // 16
#define MPY_STORE_FAST_MULTI 0xc0   // 16
#define MPY_UNARY_OP_MULTI 0xd0     // 4: + - ~ not
#define MPY_BINARY_OP_MULTI 0xd7    // 35
#define MPY_NUM_BINARY_OPS 35

#define FMT_BYTE 0
#define FMT_QSTR 1
#define FMT_UINT 2
#define FMT_OFFSET 3
#define MPY_OP_FORMAT(op) ((0x000003a4u >> (2 * ((op) >> 4))) & 3)
#define MPY_OP_HAS_EXTRA(op) (((op) & 0x9e) == 0)

#define MAX_NESTING (32)        // blocks open at once
#define MAX_DEPTH (0x7000)      // value stack items
#define MAX_LOCALS (0x7000)

static bool mpy_op_valid(unsigned op) {
    if (op >= MPY_LOAD_CONST_STRING && op <= MPY_IMPORT_FROM) {
        return true;
    }
    if (op >= MPY_MAKE_CLOSURE && op <= MPY_CALL_METHOD_VAR_KW) {
        return true;
    }
    if (op == MPY_UNWIND_JUMP || (op >= MPY_JUMP && op <= MPY_FOR_ITER)) {
        return true;
    }
    if (op >= MPY_LOAD_CONST_FALSE && op <= MPY_GET_ITER_STACK) {
        return true;
    }
    if (op >= MPY_STORE_MAP && op <= MPY_IMPORT_STAR) {
        return true;
    }
    if (op >= MPY_SMALL_INT_MULTI && op < MPY_UNARY_OP_MULTI + 4) {
        return true;
    }
    return op >= MPY_BINARY_OP_MULTI && op < MPY_BINARY_OP_MULTI + MPY_NUM_BINARY_OPS;
}

NORETURN void mpy_raise_incompatible(const char *detail) {
    if (detail == NULL) {
        mp_raise_ValueError("incompatible .mpy file");
    }
    mp_raise_msg_varg(&mp_type_ValueError, "incompatible .mpy file: %s", detail);
}

// ---- decoded instructions ----
typedef struct _insn_t {
    uint8_t op;
    uint8_t extra;
    uint16_t size;
    mp_int_t arg;       // uint / qstr index / signed small int; jump: absolute target pc
} insn_t;

// BLK_AWITH: a SETUP_FINALLY block in MicroPython's `async with` shape (its handler starts by
// testing the value against BaseException; see tr_find_async_with)
enum { BLK_EXCEPT, BLK_FINALLY, BLK_WITH, BLK_AWITH };

typedef struct _tblock_t {
    uint8_t kind;
    uint8_t level;          // nesting level (0 = outermost), selects the data slot
    uint8_t check_len;      // BLK_AWITH: bytes of the BaseException test at the handler
    int16_t parent;
    uint32_t setup, handler, end;
    int32_t base;           // our stack depth (items) saved in the block
    int32_t mp_base;        // MicroPython's depth there
    uint32_t exc_label;     // our SETUP_* target
    size_t n_markers, alloc_markers;
    uint32_t *markers;      // (marker value, continuation label) pairs
} tblock_t;

typedef struct _tbuf_t {
    byte *buf;
    size_t len, alloc;
} tbuf_t;

#define LABEL_UNSET (0xffffffffu)
#define LABEL_STUB (0x80000000u)

typedef struct _tr_t {
    const mpy_module_t *m;
    const byte *code;
    uint32_t len, op_start;
    mp_raw_code_t **children;
    size_t n_children;
    // prelude
    size_t n_state, n_exc, flags, n_pos, n_kwonly, n_def;
    size_t n_free;          // leading closed-over variables (MicroPython locals 0..n_free-1)
    size_t n_mp_locals;
    // per pc (only instruction starts are meaningful)
    uint8_t *is_insn;
    int16_t *blk;
    int32_t *depth;         // MicroPython depth, -1 unreached
    tblock_t *blocks;
    size_t n_blocks;
    size_t max_level;
    int32_t max_mp_depth;   // MicroPython's value stack never exceeds n_state - locals
    int32_t max_ours;
    int32_t floor;          // pass 2: the current instruction may not reach below this depth
    // emission
    tbuf_t main, stub;
    tbuf_t *out;
    uint32_t *labels;       // pc labels 0..len, then stub labels
    size_t n_labels, alloc_labels;
    uint32_t *fixups;       // (position | LABEL_STUB for the stub area, label)
    size_t n_fixups, alloc_fixups;
    mp_obj_t *consts;
    size_t n_consts, alloc_consts;
    int32_t *obj_const, *qstr_const;
    uint32_t *lines;
    size_t n_lines, alloc_lines;
    int32_t next_marker;
    int32_t await_const;    // constant index of mpy_await_iter_obj + 1 (0: not yet added)
} tr_t;

// ---- reading ----

static size_t tr_uint(tr_t *t, uint32_t *pos, uint32_t end) {
    size_t v = 0;
    for (int i = 0;; i++) {
        if (*pos >= end || i >= 5) {
            mpy_raise_incompatible("truncated or oversized integer in bytecode");
        }
        byte b = t->code[(*pos)++];
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            return v;
        }
    }
}

static void tr_decode(tr_t *t, uint32_t pc, insn_t *in) {
    uint32_t p = pc;
    unsigned op = t->code[p++];
    if (!mpy_op_valid(op)) {
        mp_raise_msg_varg(&mp_type_ValueError, "incompatible .mpy file: bad opcode 0x%02x", op);
    }
    in->op = op;
    in->arg = 0;
    in->extra = 0;
    unsigned fmt = MPY_OP_FORMAT(op);
    if (op == MPY_LOAD_CONST_SMALL_INT) {
        if (p >= t->len) {
            mpy_raise_incompatible(NULL);
        }
        int64_t v = t->code[p] & 0x7f;
        if (v & 0x40) {
            v -= 0x80;
        }
        for (int i = 0; t->code[p] & 0x80; i++) {
            p++;
            if (p >= t->len || i >= 8) {
                mpy_raise_incompatible("bad small int");
            }
            v = v * 128 + (t->code[p] & 0x7f);
        }
        p++;
        if (v < MP_SMALL_INT_MIN || v > MP_SMALL_INT_MAX) {
            mpy_raise_incompatible("bad small int");
        }
        in->arg = (mp_int_t)v;
    } else if (fmt == FMT_QSTR || fmt == FMT_UINT) {
        in->arg = tr_uint(t, &p, t->len);
        if (fmt == FMT_QSTR && (size_t)in->arg >= t->m->n_qstr) {
            mpy_raise_incompatible("qstr index out of range");
        }
    } else if (fmt == FMT_OFFSET) {
        if (p >= t->len) {
            mpy_raise_incompatible(NULL);
        }
        mp_int_t off;
        bool sign = op == MPY_UNWIND_JUMP || op == MPY_JUMP || op == MPY_POP_JUMP_IF_TRUE || op == MPY_POP_JUMP_IF_FALSE;
        if (!(t->code[p] & 0x80)) {
            off = t->code[p++];
            if (sign) {
                off -= 0x40;
            }
        } else {
            if (p + 1 >= t->len) {
                mpy_raise_incompatible(NULL);
            }
            off = (t->code[p] & 0x7f) | (t->code[p + 1] << 7);
            p += 2;
            if (sign) {
                off -= 0x4000;
            }
        }
        mp_int_t target = (mp_int_t)p + off;   // relative to the end of the offset field
        if (target < (mp_int_t)t->op_start || target >= (mp_int_t)t->len) {
            mpy_raise_incompatible("jump out of code");
        }
        in->arg = target;
    }
    if (MPY_OP_HAS_EXTRA(op)) {
        if (p >= t->len) {
            mpy_raise_incompatible(NULL);
        }
        in->extra = t->code[p++];
    }
    if (p > t->len) {
        mpy_raise_incompatible(NULL);
    }
    in->size = p - pc;
}

// ---- pass 1: instructions and blocks ----

static bool tr_falls_through(unsigned op) {
    switch (op) {
        case MPY_JUMP:
        case MPY_UNWIND_JUMP:
        case MPY_POP_EXCEPT_JUMP:
        case MPY_RETURN_VALUE:
        case MPY_RAISE_LAST:
        case MPY_RAISE_OBJ:
        case MPY_RAISE_FROM:
            return false;
        default:
            return true;
    }
}

static void tr_note_local(tr_t *t, mp_int_t idx) {
    if (idx < 0 || (size_t)idx >= t->n_state || idx >= MAX_LOCALS) {
        mpy_raise_incompatible("local index out of range");
    }
    if ((size_t)idx + 1 > t->n_mp_locals) {
        t->n_mp_locals = idx + 1;
    }
}

static void tr_scan(tr_t *t) {
    int16_t stack[MAX_NESTING];
    size_t sp = 0;
    uint32_t pc = t->op_start;
    while (pc < t->len) {
        insn_t in;
        tr_decode(t, pc, &in);
        t->is_insn[pc] = 1;
        // a handler label turns its block from body to handler state
        for (size_t i = 0; i < sp; i++) {
            if (t->blocks[stack[i]].handler == pc && i + 1 != sp) {
                mpy_raise_incompatible("badly nested exception blocks");
            }
        }
        t->blk[pc] = sp ? stack[sp - 1] : -1;
        unsigned op = in.op;
        if (op == MPY_SETUP_EXCEPT || op == MPY_SETUP_FINALLY || op == MPY_SETUP_WITH) {
            if (sp >= MAX_NESTING || t->n_blocks >= 0x7fff) {
                mpy_raise_incompatible("exception blocks nested too deeply");
            }
            if ((uint32_t)in.arg <= pc) {
                mpy_raise_incompatible(NULL);
            }
            if (sp > 0 && (uint32_t)in.arg > t->blocks[stack[sp - 1]].handler && pc < t->blocks[stack[sp - 1]].handler) {
                mpy_raise_incompatible("badly nested exception blocks");
            }
            tblock_t *b = &t->blocks[t->n_blocks];
            memset(b, 0, sizeof(*b));
            b->kind = op == MPY_SETUP_EXCEPT ? BLK_EXCEPT : op == MPY_SETUP_FINALLY ? BLK_FINALLY : BLK_WITH;
            b->level = sp;
            b->parent = sp ? stack[sp - 1] : -1;
            b->setup = pc;
            b->handler = in.arg;
            b->end = LABEL_UNSET;
            b->base = -1;
            b->mp_base = -1;
            if (sp + 1 > t->max_level) {
                t->max_level = sp + 1;
            }
            stack[sp++] = t->n_blocks++;
        } else if (op == MPY_END_FINALLY) {
            if (sp == 0 || pc < t->blocks[stack[sp - 1]].handler) {
                mpy_raise_incompatible("END_FINALLY outside a handler");
            }
            tblock_t *b = &t->blocks[stack[sp - 1]];
            b->end = pc;
            if (b->kind == BLK_WITH && (b->handler + 1 != pc || t->code[b->handler] != MPY_WITH_CLEANUP)) {
                mpy_raise_incompatible("unexpected with-statement cleanup");
            }
            sp--;
        } else if (op == MPY_WITH_CLEANUP) {
            if (sp == 0 || t->blocks[stack[sp - 1]].kind != BLK_WITH || t->blocks[stack[sp - 1]].handler != pc) {
                mpy_raise_incompatible("unexpected with-statement cleanup");
            }
        } else if (op == MPY_LOAD_FAST_N || op == MPY_STORE_FAST_N || op == MPY_DELETE_FAST
                   || op == MPY_LOAD_DEREF || op == MPY_STORE_DEREF || op == MPY_DELETE_DEREF) {
            tr_note_local(t, in.arg);
        } else if (op >= MPY_LOAD_FAST_MULTI && op < MPY_STORE_FAST_MULTI + 16) {
            tr_note_local(t, op & 0x0f);
        } else if (op == MPY_LOAD_CONST_OBJ && (size_t)in.arg >= t->m->n_obj) {
            mpy_raise_incompatible("constant index out of range");
        } else if ((op == MPY_MAKE_FUNCTION || op == MPY_MAKE_FUNCTION_DEFARGS || op == MPY_MAKE_CLOSURE
                    || op == MPY_MAKE_CLOSURE_DEFARGS) && (size_t)in.arg >= t->n_children) {
            mpy_raise_incompatible("child index out of range");
        }
        pc += in.size;
    }
    if (sp != 0) {
        mpy_raise_incompatible("unterminated exception block");
    }
}

// MicroPython's `async with` keeps only the manager on the stack and ends its body with
// LOAD_CONST_NONE, ROT_TWO, JUMP noexc (into its own handler); the handler is entered by an
// exception ([mgr, exc]) or by return/break unwinding ([mgr, X, INT]) and tells them apart with
//   DUP_TOP; LOAD_GLOBAL BaseException; BINARY_OP EXCEPTION_MATCH; POP_JUMP_IF_FALSE ret
// whose two paths meet at noexc with different depths. Our translation resolves return/break
// statically (tr_unwind awaits __aexit__ inline), so only exceptions reach the handler: the
// test is dropped, its false branch is never taken (left unreachable), and the body's jump into
// the handler pops our block first.
static void tr_find_async_with(tr_t *t) {
    static const uint8_t shape[4] = { MPY_DUP_TOP, MPY_LOAD_GLOBAL, MPY_BINARY_OP_MULTI + MP_BINARY_OP_EXCEPTION_MATCH, MPY_POP_JUMP_IF_FALSE };
    for (size_t i = 0; i < t->n_blocks; i++) {
        tblock_t *b = &t->blocks[i];
        if (b->kind != BLK_FINALLY) {
            continue;
        }
        uint32_t p = b->handler;
        bool ok = true;
        for (int k = 0; k < 4 && ok; k++) {
            if (p >= t->len || !t->is_insn[p] || t->blk[p] != (int)i) {
                ok = false;
                break;
            }
            insn_t in;
            tr_decode(t, p, &in);
            ok = in.op == shape[k] && (k != 1 || t->m->qstrs[in.arg] == MP_QSTR_BaseException);
            p += in.size;
        }
        if (ok && p - b->handler < 64) {
            b->kind = BLK_AWITH;
            b->check_len = p - b->handler;
        }
    }
}

// ---- pass 2: stack depths ----

static bool tr_in_handler(tr_t *t, int b, uint32_t pc) {
    return pc >= t->blocks[b].handler;
}

// Our extra stack items at pc: one per except or finally block in handler state (the previously
// handled exception our VM saved under the handler's values, or a placeholder for it when a
// finally block is entered without an exception).
static int32_t tr_extra(tr_t *t, uint32_t pc) {
    int32_t n = 0;
    for (int b = t->blk[pc]; b >= 0; b = t->blocks[b].parent) {
        if ((t->blocks[b].kind == BLK_EXCEPT || t->blocks[b].kind == BLK_FINALLY) && tr_in_handler(t, b, pc)) {
            n++;
        }
    }
    return n;
}

static int32_t tr_ours(tr_t *t, uint32_t pc) {
    return t->depth[pc] + tr_extra(t, pc);
}

// Same block context: same innermost block, in the same state.
static void tr_check_ctx(tr_t *t, int want_blk, bool want_handler, uint32_t tgt) {
    if (tgt >= t->len || !t->is_insn[tgt]) {
        mpy_raise_incompatible("jump into an instruction");
    }
    int b = t->blk[tgt];
    if (b != want_blk || (b >= 0 && tr_in_handler(t, b, tgt) != want_handler)) {
        mpy_raise_incompatible("jump across exception blocks");
    }
}

// A jump from the body of an async with block to its handler past the BaseException test: the
// normal end of the body (MicroPython's JUMP noexc).
static bool tr_async_with_exit(tr_t *t, int b, uint32_t pc, uint32_t tgt) {
    if (b < 0 || t->blocks[b].kind != BLK_AWITH || tr_in_handler(t, b, pc)) {
        return false;
    }
    tblock_t *blk = &t->blocks[b];
    if (tgt >= t->len || !t->is_insn[tgt] || t->blk[tgt] != b || tgt < blk->handler + blk->check_len) {
        return false;
    }
    return true;
}

typedef struct _worklist_t {
    uint32_t *items;
    size_t n;
} worklist_t;

static void tr_edge(tr_t *t, worklist_t *w, uint32_t tgt, int32_t d) {
    if (tgt >= t->len || !t->is_insn[tgt]) {
        mpy_raise_incompatible("jump into an instruction");
    }
    if (d < 0 || d > MAX_DEPTH) {
        mpy_raise_incompatible("stack underflow or overflow");
    }
    if (d > t->max_mp_depth) {
        t->max_mp_depth = d;
    }
    if (t->depth[tgt] == -1) {
        t->depth[tgt] = d;
        w->items[w->n++] = tgt;
    } else if (t->depth[tgt] != d) {
        mpy_raise_incompatible("inconsistent stack depth");
    }
}

// d items, the instruction takes (pops, rotates or reads) the top n. Inside an except or
// finally handler our stack holds the previously handled exception (or a placeholder) under the
// handler's values, which MicroPython's stack does not have: code there may not reach below the
// handler's own values (t->floor), or it would move that slot.
static void tr_need_(tr_t *t, int32_t d, int32_t n) {
    if (n < 0 || d < n) {
        mpy_raise_incompatible("stack underflow");
    }
    if (d - n < t->floor) {
        mpy_raise_incompatible("stack underflow in an exception handler");
    }
}
#define tr_need(d, n) tr_need_(t, d, n)

static void tr_depths(tr_t *t) {
    worklist_t w;
    w.items = m_new(uint32_t, t->len + 1);
    w.n = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        t->depth[i] = -1;
    }
    t->depth[t->op_start] = 0;
    w.items[w.n++] = t->op_start;
    while (w.n > 0) {
        uint32_t pc = w.items[--w.n];
        int32_t d = t->depth[pc];
        insn_t in;
        tr_decode(t, pc, &in);
        unsigned op = in.op;
        uint32_t next = pc + in.size;
        int b = t->blk[pc];
        bool hs = b >= 0 && tr_in_handler(t, b, pc);
        int32_t after = d;     // depth on the fall-through edge
        bool falls = tr_falls_through(op);
        mp_int_t a = in.arg;
        t->floor = 0;
        for (int bb = b; bb >= 0; bb = t->blocks[bb].parent) {
            if ((t->blocks[bb].kind == BLK_EXCEPT || t->blocks[bb].kind == BLK_FINALLY) && tr_in_handler(t, bb, pc)) {
                t->floor = t->blocks[bb].mp_base;
                if (t->floor < 0) {
                    mpy_raise_incompatible(NULL);
                }
                break;
            }
        }
        if (b >= 0 && t->blocks[b].kind == BLK_AWITH && pc == t->blocks[b].handler) {
            // the BaseException test of an async with handler: dropped (tr_find_async_with)
            tr_need(d, 1);
            tr_edge(t, &w, pc + t->blocks[b].check_len, d);
            continue;
        }
        switch (op) {
            case MPY_LOAD_CONST_STRING:
            case MPY_LOAD_NAME:
            case MPY_LOAD_GLOBAL:
            case MPY_LOAD_CONST_SMALL_INT:
            case MPY_LOAD_CONST_OBJ:
            case MPY_LOAD_FAST_N:
            case MPY_LOAD_DEREF:
            case MPY_BUILD_MAP:
            case MPY_LOAD_CONST_FALSE:
            case MPY_LOAD_CONST_NONE:
            case MPY_LOAD_CONST_TRUE:
            case MPY_LOAD_NULL:
            case MPY_LOAD_BUILD_CLASS:
                after = d + 1;
                break;
            case MPY_MAKE_FUNCTION:
                if (t->children[a]->n_free != 0) {
                    mpy_raise_incompatible("closure does not match its function");
                }
                after = d + 1;
                break;
            case MPY_LOAD_ATTR:
            case MPY_GET_ITER:
            case MPY_DELETE_NAME:
            case MPY_DELETE_GLOBAL:
            case MPY_DELETE_FAST:
            case MPY_DELETE_DEREF:
                tr_need(d, op == MPY_LOAD_ATTR || op == MPY_GET_ITER);
                break;
            case MPY_LOAD_METHOD:
            case MPY_IMPORT_FROM:
            case MPY_DUP_TOP:
                tr_need(d, 1);
                after = d + 1;
                break;
            case MPY_LOAD_SUPER_METHOD:
                tr_need(d, 3);
                after = d - 1;
                break;
            case MPY_STORE_NAME:
            case MPY_STORE_GLOBAL:
            case MPY_STORE_FAST_N:
            case MPY_STORE_DEREF:
            case MPY_POP_TOP:
            case MPY_IMPORT_STAR:
                tr_need(d, 1);
                after = d - 1;
                break;
            case MPY_STORE_ATTR:
            case MPY_IMPORT_NAME:
            case MPY_LOAD_SUBSCR:
            case MPY_YIELD_FROM:
                tr_need(d, 2);
                after = d - (op == MPY_STORE_ATTR ? 2 : 1);
                break;
            case MPY_STORE_SUBSCR:
                tr_need(d, 3);
                after = d - 3;
                break;
            case MPY_STORE_MAP:
                tr_need(d, 3);
                after = d - 2;
                break;
            case MPY_MAKE_CLOSURE:
            case MPY_MAKE_CLOSURE_DEFARGS: {
                int32_t n = in.extra + (op == MPY_MAKE_CLOSURE_DEFARGS ? 2 : 0);
                if (in.extra == 0 || in.extra != t->children[a]->n_free) {
                    mpy_raise_incompatible("closure does not match its function");
                }
                tr_need(d, n);
                after = d - n + 1;
                break;
            }
            case MPY_MAKE_FUNCTION_DEFARGS:
                if (t->children[a]->n_free != 0) {
                    mpy_raise_incompatible("closure does not match its function");
                }
                tr_need(d, 2);
                after = d - 1;
                break;
            case MPY_BUILD_TUPLE:
            case MPY_BUILD_LIST:
            case MPY_BUILD_SET:
                if (a > 0xffff) {
                    mpy_raise_incompatible(NULL);
                }
                tr_need(d, a);
                after = d - a + 1;
                break;
            case MPY_BUILD_SLICE:
                if (a != 2 && a != 3) {
                    mpy_raise_incompatible(NULL);
                }
                tr_need(d, a);
                after = d - a + 1;
                break;
            case MPY_STORE_COMP: {
                mp_int_t kind = a & 3, dist = a >> 2;
                int32_t n = kind == 1 ? 2 : 1;
                if (kind == 3 || dist < n + 1 - (kind != 1) || dist > d - 1 || d - dist <= t->floor) {
                    mpy_raise_incompatible("bad comprehension store");
                }
                tr_need(d, n + 1);
                after = d - n;
                break;
            }
            case MPY_UNPACK_SEQUENCE:
                if (a > 0xffff) {
                    mpy_raise_incompatible(NULL);
                }
                tr_need(d, 1);
                after = d - 1 + a;
                break;
            case MPY_UNPACK_EX:
                if (a > 0xffff) {
                    mpy_raise_incompatible(NULL);
                }
                tr_need(d, 1);
                after = d - 1 + (a & 0xff) + (a >> 8) + 1;
                break;
            case MPY_CALL_FUNCTION:
            case MPY_CALL_FUNCTION_VAR_KW:
            case MPY_CALL_METHOD:
            case MPY_CALL_METHOD_VAR_KW: {
                if (a > 0xffff) {
                    mpy_raise_incompatible(NULL);
                }
                int32_t n = (a & 0xff) + 2 * (a >> 8) + 1;
                n += (op == MPY_CALL_METHOD || op == MPY_CALL_METHOD_VAR_KW);
                n += (op == MPY_CALL_FUNCTION_VAR_KW || op == MPY_CALL_METHOD_VAR_KW);
                tr_need(d, n);
                after = d - n + 1;
                break;
            }
            case MPY_UNWIND_JUMP: {
                unsigned n = in.extra & 0x7f;
                int32_t withs = 0;
                int bb = b;
                bool bh = hs;
                for (unsigned i = 0; i < n; i++) {
                    if (bb < 0) {
                        mpy_raise_incompatible("unwinding too many blocks");
                    }
                    if (t->blocks[bb].kind == BLK_WITH) {
                        if (tr_in_handler(t, bb, pc)) {
                            mpy_raise_incompatible(NULL);
                        }
                        withs += 2;    // its cleanup removes __exit__ and the manager
                    } else if (t->blocks[bb].kind == BLK_AWITH && !tr_in_handler(t, bb, pc)) {
                        withs++;       // the async manager
                    }
                    bb = t->blocks[bb].parent;
                    bh = bb >= 0 && tr_in_handler(t, bb, pc);
                }
                int32_t dd = d - withs - ((in.extra & 0x80) ? 4 : 0);
                tr_check_ctx(t, bb, bh, a);
                tr_edge(t, &w, a, dd);
                break;
            }
            case MPY_JUMP:
                if (tr_async_with_exit(t, b, pc, a)) {
                    tr_edge(t, &w, a, d);
                    break;
                }
                tr_check_ctx(t, b, hs, a);
                tr_edge(t, &w, a, d);
                break;
            case MPY_POP_JUMP_IF_TRUE:
            case MPY_POP_JUMP_IF_FALSE:
                tr_need(d, 1);
                after = d - 1;
                tr_check_ctx(t, b, hs, a);
                tr_edge(t, &w, a, d - 1);
                break;
            case MPY_JUMP_IF_TRUE_OR_POP:
            case MPY_JUMP_IF_FALSE_OR_POP:
                tr_need(d, 1);
                after = d - 1;
                tr_check_ctx(t, b, hs, a);
                tr_edge(t, &w, a, d);
                break;
            case MPY_SETUP_WITH:
            case MPY_SETUP_EXCEPT:
            case MPY_SETUP_FINALLY: {
                // the block opened here is the innermost one at `next`
                int nb = t->blk[next < t->len ? next : pc];
                if (next >= t->len || nb < 0 || t->blocks[nb].setup != pc) {
                    mpy_raise_incompatible(NULL);
                }
                tblock_t *blk = &t->blocks[nb];
                int32_t ours = d + tr_extra(t, pc);
                blk->mp_base = d;
                if (op == MPY_SETUP_WITH) {
                    tr_need(d, 1);
                    after = d + 2;
                    blk->base = ours + 1;
                    tr_edge(t, &w, blk->handler, d + 2);
                } else {
                    blk->base = ours;
                    tr_edge(t, &w, blk->handler, d + 1);
                }
                break;
            }
            case MPY_POP_EXCEPT_JUMP: {
                if (b < 0 || t->blocks[b].kind != BLK_EXCEPT) {
                    mpy_raise_incompatible("POP_EXCEPT_JUMP outside try/except");
                }
                int p = t->blocks[b].parent;
                tr_check_ctx(t, p, p >= 0 && tr_in_handler(t, p, pc), a);
                tr_edge(t, &w, a, d);
                break;
            }
            case MPY_FOR_ITER:
                tr_need(d, 4);
                after = d + 1;
                tr_check_ctx(t, b, hs, a);
                tr_edge(t, &w, a, d - 4);
                break;
            case MPY_DUP_TOP_TWO:
                tr_need(d, 2);
                after = d + 2;
                break;
            case MPY_ROT_TWO:
            case MPY_ROT_THREE:
                tr_need(d, op == MPY_ROT_TWO ? 2 : 3);
                break;
            case MPY_WITH_CLEANUP:
                tr_need(d, 3);
                after = d - 2;
                break;
            case MPY_END_FINALLY:
                tr_need(d, 1);
                after = d - 1;
                falls = t->blocks[b].kind != BLK_EXCEPT;
                break;
            case MPY_GET_ITER_STACK:
                tr_need(d, 1);
                after = d + 3;
                break;
            case MPY_RETURN_VALUE:
            case MPY_RAISE_OBJ:
                tr_need(d, 1);
                break;
            case MPY_RAISE_FROM:
                tr_need(d, 2);
                break;
            case MPY_RAISE_LAST:
                break;
            case MPY_YIELD_VALUE:
                tr_need(d, 1);
                break;
            default:
                if (op >= MPY_SMALL_INT_MULTI && op < MPY_STORE_FAST_MULTI) {
                    after = d + 1;
                } else if (op >= MPY_STORE_FAST_MULTI && op < MPY_UNARY_OP_MULTI) {
                    tr_need(d, 1);
                    after = d - 1;
                } else if (op >= MPY_UNARY_OP_MULTI && op < MPY_UNARY_OP_MULTI + 4) {
                    tr_need(d, 1);
                } else {
                    tr_need(d, 2);
                    after = d - 1;
                }
                break;
        }
        if (falls) {
            if (next >= t->len) {
                mpy_raise_incompatible("code runs off the end");
            }
            int nb = t->blk[next];
            if (nb != b || (nb >= 0 && tr_in_handler(t, nb, next) != hs)) {
                // allowed: entering a new block, falling into a finally/with handler, leaving
                // a block at its END_FINALLY
                bool ok = false;
                if ((op == MPY_SETUP_EXCEPT || op == MPY_SETUP_FINALLY || op == MPY_SETUP_WITH) && nb >= 0 && t->blocks[nb].setup == pc) {
                    ok = true;
                } else if (nb == b && b >= 0 && t->blocks[b].handler == next && t->blocks[b].kind != BLK_EXCEPT
                           && t->blocks[b].kind != BLK_AWITH
                           && op == MPY_LOAD_CONST_NONE) {
                    ok = true;
                } else if (op == MPY_END_FINALLY && b >= 0 && nb == t->blocks[b].parent) {
                    ok = true;
                }
                if (!ok) {
                    mpy_raise_incompatible("fall-through across exception blocks");
                }
            }
            tr_edge(t, &w, next, after);
        }
    }
    m_del(uint32_t, w.items, t->len + 1);
}

// ---- emission ----

static byte *tr_reserve(tr_t *t, size_t n) {
    tbuf_t *b = t->out;
    if (b->len + n > b->alloc) {
        size_t na = b->alloc * 2 + n + 64;
        b->buf = m_renew(byte, b->buf, b->alloc, na);
        b->alloc = na;
    }
    byte *p = b->buf + b->len;
    b->len += n;
    return p;
}

static void e_u8(tr_t *t, unsigned v) {
    *tr_reserve(t, 1) = (byte)v;
}

static void e_u16(tr_t *t, unsigned v) {
    byte *p = tr_reserve(t, 2);
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
}

static void e_u32(tr_t *t, uint32_t v) {
    byte *p = tr_reserve(t, 4);
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
    p[2] = (byte)(v >> 16);
    p[3] = (byte)(v >> 24);
}

static void e_op(tr_t *t, unsigned op) {
    e_u8(t, op);
}

static void e_op_h(tr_t *t, unsigned op, unsigned h) {
    e_u8(t, op);
    e_u16(t, h);
}

static void e_op_q(tr_t *t, unsigned op, qstr q, int n_cache) {
    e_u8(t, op);
    e_u32(t, q);
    for (int i = 0; i < n_cache; i++) {
        e_u16(t, 0xffff);
    }
}

static uint32_t tr_new_label(tr_t *t) {
    if (t->n_labels >= t->alloc_labels) {
        size_t na = t->alloc_labels * 2 + 16;
        t->labels = m_renew(uint32_t, t->labels, t->alloc_labels, na);
        t->alloc_labels = na;
    }
    t->labels[t->n_labels] = LABEL_UNSET;
    return t->n_labels++;
}

static void tr_place(tr_t *t, uint32_t label) {
    t->labels[label] = t->out->len | (t->out == &t->stub ? LABEL_STUB : 0);
}

static void e_jump(tr_t *t, unsigned op, uint32_t label) {
    e_u8(t, op);
    if (t->n_fixups + 2 > t->alloc_fixups) {
        size_t na = t->alloc_fixups * 2 + 32;
        t->fixups = m_renew(uint32_t, t->fixups, t->alloc_fixups, na);
        t->alloc_fixups = na;
    }
    t->fixups[t->n_fixups++] = t->out->len | (t->out == &t->stub ? LABEL_STUB : 0);
    t->fixups[t->n_fixups++] = label;
    e_u32(t, 0);
}

static void e_small_int(tr_t *t, mp_int_t v) {
    e_u8(t, MP_BC_LOAD_CONST_SMALL_INT);
    e_u32(t, (uint32_t)(int32_t)v);
}

static size_t tr_const(tr_t *t, mp_obj_t o) {
    if (t->n_consts >= 0xffff) {
        mpy_raise_incompatible("too many constants");
    }
    if (t->n_consts >= t->alloc_consts) {
        size_t na = t->alloc_consts * 2 + 8;
        t->consts = m_renew(mp_obj_t, t->consts, t->alloc_consts, na);
        t->alloc_consts = na;
    }
    t->consts[t->n_consts] = o;
    return t->n_consts++;
}

static unsigned tr_slot(tr_t *t, size_t mp_idx) {
    if (mp_idx < t->n_free) {
        return t->n_mp_locals - t->n_free + mp_idx;
    }
    return mp_idx - t->n_free;
}

static unsigned tr_tmp_slot(tr_t *t) {
    return t->n_mp_locals;
}

static unsigned tr_data_slot(tr_t *t, tblock_t *b) {
    return t->n_mp_locals + 1 + b->level;
}

// True while a finally block's code runs because of an exception (our HANDLER block is then on
// the block stack), False when it runs on the normal or the return/break path. A slot beyond
// MicroPython's locals: loaded code cannot change it.
static unsigned tr_mode_slot(tr_t *t, tblock_t *b) {
    return t->n_mp_locals + 1 + t->max_level + b->level;
}

// Leaves the handler state of finally block blk with its placeholder / saved exception on top:
// POP_EXCEPT when entered by an exception (restoring the previously handled one), else POP_TOP.
static void tr_finally_leave(tr_t *t, tblock_t *blk, uint32_t done) {
    uint32_t l_exc = tr_new_label(t);
    e_op_h(t, MP_BC_LOAD_FAST, tr_mode_slot(t, blk));
    e_jump(t, MP_BC_POP_JUMP_IF_TRUE, l_exc);
    e_op(t, MP_BC_POP_TOP);
    e_jump(t, MP_BC_JUMP, done);
    tr_place(t, l_exc);
    e_op(t, MP_BC_POP_EXCEPT);
    e_jump(t, MP_BC_JUMP, done);
}

static void tr_note_depth(tr_t *t, int32_t d) {
    if (d > t->max_ours) {
        t->max_ours = d;
    }
}

static void tr_add_marker(tblock_t *b, uint32_t k, uint32_t label) {
    if (b->n_markers + 2 > b->alloc_markers) {
        size_t na = b->alloc_markers * 2 + 8;
        b->markers = m_renew(uint32_t, b->markers, b->alloc_markers, na);
        b->alloc_markers = na;
    }
    b->markers[b->n_markers++] = k;
    b->markers[b->n_markers++] = label;
}

// `await x` and `yield from x` have one shape in MicroPython's bytecode (GET_ITER,
// LOAD_CONST_NONE, YIELD_FROM) and its format has no coroutine flag, so the GET_ITER of that
// shape calls this helper, held as a constant of the translated code (no user name can shadow
// it): a generator or coroutine is delegated to as is, an object with __await__ through the
// iterator that returns, anything else is iterated (`yield from` of an iterable).
static mp_obj_t mpy_await_iter(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_gen_instance) || mp_obj_is_type(o, &mp_type_coro_instance)) {
        return o;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___await__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    return mp_getiter(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mpy_await_iter_obj, mpy_await_iter);

// [obj] -> [mpy_await_iter(obj)]
static void tr_emit_await_iter(tr_t *t) {
    if (t->await_const == 0) {
        t->await_const = tr_const(t, MP_OBJ_FROM_PTR(&mpy_await_iter_obj)) + 1;
    }
    e_op_h(t, MP_BC_LOAD_CONST, t->await_const - 1);
    e_op(t, MP_BC_ROT_TWO);
    e_u8(t, MP_BC_CALL_FUNCTION);
    e_u16(t, 1);
    e_u16(t, 0);
}

// __exit__(None, None, None) for a with block being left by return/break: the stack holds
// [exit, self] (then the return value when has_data).
static void tr_with_exit(tr_t *t, bool has_data) {
    if (has_data) {
        e_op(t, MP_BC_ROT_THREE);
    }
    e_op(t, MP_BC_LOAD_CONST_NONE);
    e_op(t, MP_BC_LOAD_CONST_NONE);
    e_op(t, MP_BC_LOAD_CONST_NONE);
    e_u8(t, MP_BC_CALL_METHOD);
    e_u16(t, 3);
    e_u16(t, 0);
    e_op(t, MP_BC_POP_TOP);
}

// Leaves blocks from b outward at MicroPython pc `pc`: all of them for a return (value on
// TOS), else n of them and then jumps to `target` (popping a for iterator first if pop_iter).
static void tr_unwind(tr_t *t, int b, int n, bool ret, uint32_t pc, uint32_t target, bool pop_iter, int32_t od) {
    while (b >= 0 && (ret || n > 0)) {
        tblock_t *blk = &t->blocks[b];
        bool in_handler = tr_in_handler(t, b, pc);
        switch (blk->kind) {
            case BLK_EXCEPT:
                if (!in_handler) {
                    e_op(t, MP_BC_POP_BLOCK);
                } else if (ret) {
                    e_op_h(t, MP_BC_STORE_FAST, tr_tmp_slot(t));
                    e_op(t, MP_BC_POP_EXCEPT);
                    e_op_h(t, MP_BC_LOAD_FAST, tr_tmp_slot(t));
                    od = blk->base + 1;
                } else {
                    e_op(t, MP_BC_POP_EXCEPT);
                    od = blk->base;
                }
                break;
            case BLK_FINALLY:
                if (!in_handler) {
                    // run the finally code with a marker, continue in a stub
                    if (ret) {
                        e_op_h(t, MP_BC_STORE_FAST, tr_data_slot(t, blk));
                        od--;
                    }
                    e_op(t, MP_BC_POP_BLOCK);
                    for (; od > blk->base; od--) {
                        e_op(t, MP_BC_POP_TOP);
                    }
                    if (od != blk->base) {
                        mpy_raise_incompatible("stack mismatch in unwind");
                    }
                    uint32_t k = ++t->next_marker;
                    uint32_t cont = tr_new_label(t);
                    tr_add_marker(blk, k, cont);
                    e_op(t, MP_BC_LOAD_CONST_FALSE);
                    e_op_h(t, MP_BC_STORE_FAST, tr_mode_slot(t, blk));
                    e_op(t, MP_BC_LOAD_CONST_NONE);     // the placeholder
                    e_small_int(t, k);
                    tr_note_depth(t, blk->base + 2);
                    e_jump(t, MP_BC_JUMP, blk->handler);
                    t->out = &t->stub;
                    tr_place(t, cont);
                    e_op(t, MP_BC_POP_TOP);     // the marker
                    e_op(t, MP_BC_POP_TOP);     // the placeholder
                    if (ret) {
                        e_op_h(t, MP_BC_LOAD_FAST, tr_data_slot(t, blk));
                        od++;
                    }
                } else {
                    // leaving the finally code itself (MicroPython's code dropped its value)
                    if (ret) {
                        e_op_h(t, MP_BC_STORE_FAST, tr_tmp_slot(t));
                        od--;
                    }
                    if (od < blk->base + 1) {
                        mpy_raise_incompatible("stack mismatch in unwind");
                    }
                    for (; od > blk->base + 1; od--) {
                        e_op(t, MP_BC_POP_TOP);
                    }
                    uint32_t done = tr_new_label(t);
                    tr_finally_leave(t, blk, done);
                    tr_place(t, done);
                    od = blk->base;
                    if (ret) {
                        e_op_h(t, MP_BC_LOAD_FAST, tr_tmp_slot(t));
                        od++;
                    }
                }
                break;
            case BLK_AWITH:
                if (!in_handler) {
                    // await mgr.__aexit__(None, None, None) inline; the manager is consumed
                    e_op(t, MP_BC_POP_BLOCK);
                    if (ret) {
                        for (; od > blk->base + 1; od--) {
                            e_op(t, MP_BC_ROT_TWO);
                            e_op(t, MP_BC_POP_TOP);
                        }
                        e_op(t, MP_BC_ROT_TWO);
                    } else {
                        for (; od > blk->base; od--) {
                            e_op(t, MP_BC_POP_TOP);
                        }
                    }
                    e_op_q(t, MP_BC_LOAD_METHOD, MP_QSTR___aexit__, 2);
                    e_op(t, MP_BC_LOAD_CONST_NONE);
                    e_op(t, MP_BC_LOAD_CONST_NONE);
                    e_op(t, MP_BC_LOAD_CONST_NONE);
                    e_u8(t, MP_BC_CALL_METHOD);
                    e_u16(t, 3);
                    e_u16(t, 0);
                    tr_emit_await_iter(t);
                    e_op(t, MP_BC_LOAD_CONST_NONE);
                    e_op(t, MP_BC_YIELD_FROM);
                    e_op(t, MP_BC_POP_TOP);
                    od = blk->base - 1 + (ret ? 1 : 0);
                    tr_note_depth(t, od + 6);
                }
                break;
            default: // BLK_WITH, body state (the handler holds only cleanup code)
                e_op(t, MP_BC_POP_BLOCK);
                if (ret) {
                    for (; od > blk->base + 1; od--) {
                        e_op(t, MP_BC_ROT_TWO);
                        e_op(t, MP_BC_POP_TOP);
                    }
                } else {
                    for (; od > blk->base; od--) {
                        e_op(t, MP_BC_POP_TOP);
                    }
                }
                tr_with_exit(t, ret);
                od = blk->base - 2 + (ret ? 1 : 0);
                break;
        }
        b = blk->parent;
        n--;
    }
    if (ret) {
        e_op(t, MP_BC_RETURN_VALUE);
        return;
    }
    if (pop_iter) {
        for (int i = 0; i < 4; i++) {
            e_op(t, MP_BC_POP_TOP);
        }
        od -= 4;
    }
    if (od != tr_ours(t, target)) {
        mpy_raise_incompatible("stack mismatch at jump target");
    }
    e_jump(t, MP_BC_JUMP, target);
}

static const uint8_t tr_unary_ops[4] = { MP_UNARY_OP_POSITIVE, MP_UNARY_OP_NEGATIVE, MP_UNARY_OP_INVERT, MP_UNARY_OP_NOT };

static unsigned tr_binary_op(unsigned mp_op) {
    // LESS .. EXCEPTION_MATCH share numbers; ours then has NOT_IN and IS_NOT (compiler only)
    return mp_op <= MP_BINARY_OP_EXCEPTION_MATCH ? mp_op : mp_op + (MP_BINARY_OP_INPLACE_OR - (MP_BINARY_OP_EXCEPTION_MATCH + 1));
}

// END_FINALLY helpers. [..., v]: v is None -> pop it and fall through; else jump to
// `not_none` with v still on the stack.
static void tr_emit_pop_if_none_else(tr_t *t, uint32_t not_none) {
    e_op(t, MP_BC_DUP_TOP);
    e_op(t, MP_BC_LOAD_CONST_NONE);
    e_op(t, MP_BC_BINARY_OP);
    e_u8(t, MP_BINARY_OP_IS);
    e_jump(t, MP_BC_POP_JUMP_IF_FALSE, not_none);
    e_op(t, MP_BC_POP_TOP);
}

// [..., v]: v is one of the block's return/break/continue markers -> jump to its continuation
// (v stays on the stack); else fall through.
static void tr_emit_marker_dispatch(tr_t *t, const tblock_t *blk) {
    for (size_t i = 0; i < blk->n_markers; i += 2) {
        e_op(t, MP_BC_DUP_TOP);
        e_small_int(t, blk->markers[i]);
        e_op(t, MP_BC_BINARY_OP);
        e_u8(t, MP_BINARY_OP_IS);
        e_jump(t, MP_BC_POP_JUMP_IF_TRUE, blk->markers[i + 1]);
    }
}

static void tr_emit_insn(tr_t *t, uint32_t pc, insn_t *in, uint32_t *skip) {
    unsigned op = in->op;
    mp_int_t a = in->arg;
    int b = t->blk[pc];
    int32_t od = tr_ours(t, pc);
    const qstr *qs = t->m->qstrs;
    tr_note_depth(t, od + 2);
    if (b >= 0 && t->blocks[b].kind == BLK_AWITH && pc == t->blocks[b].handler) {
        // only exceptions reach it: drop the BaseException test (tr_find_async_with)
        *skip = 3;
        return;
    }
    switch (op) {
        case MPY_LOAD_CONST_STRING:
            if (t->qstr_const[a] < 0) {
                t->qstr_const[a] = tr_const(t, MP_OBJ_NEW_QSTR(qs[a]));
            }
            e_op_h(t, MP_BC_LOAD_CONST, t->qstr_const[a]);
            break;
        case MPY_LOAD_NAME:
            e_op_q(t, MP_BC_LOAD_NAME, qs[a], 1);
            break;
        case MPY_LOAD_GLOBAL:
            e_op_q(t, MP_BC_LOAD_GLOBAL, qs[a], 1);
            break;
        case MPY_LOAD_ATTR:
            e_op_q(t, MP_BC_LOAD_ATTR, qs[a], 2);
            break;
        case MPY_LOAD_METHOD:
            e_op_q(t, MP_BC_LOAD_METHOD, qs[a], 2);
            break;
        case MPY_LOAD_SUPER_METHOD:
            // [super, __class__, self] -> super(__class__, self).name as a method
            e_u8(t, MP_BC_CALL_FUNCTION);
            e_u16(t, 2);
            e_u16(t, 0);
            e_op_q(t, MP_BC_LOAD_METHOD, qs[a], 2);
            break;
        case MPY_STORE_NAME:
            e_op_q(t, MP_BC_STORE_NAME, qs[a], 0);
            break;
        case MPY_STORE_GLOBAL:
            e_op_q(t, MP_BC_STORE_GLOBAL, qs[a], 0);
            break;
        case MPY_STORE_ATTR:
            e_op_q(t, MP_BC_STORE_ATTR, qs[a], 1);
            break;
        case MPY_DELETE_NAME:
            e_op_q(t, MP_BC_DELETE_NAME, qs[a], 0);
            break;
        case MPY_DELETE_GLOBAL:
            e_op_q(t, MP_BC_DELETE_GLOBAL, qs[a], 0);
            break;
        case MPY_IMPORT_NAME:
            e_op_q(t, MP_BC_IMPORT_NAME, qs[a], 0);
            break;
        case MPY_IMPORT_FROM:
            e_op_q(t, MP_BC_IMPORT_FROM, qs[a], 0);
            break;
        case MPY_MAKE_CLOSURE:
        case MPY_MAKE_CLOSURE_DEFARGS:
            e_op_h(t, MP_BC_MAKE_CLOSURE, a);
            e_u8(t, op == MPY_MAKE_CLOSURE ? 0 : (MP_BC_MAKE_FUN_DEFAULTS | MP_BC_MAKE_FUN_KWDEFAULTS));
            e_u16(t, in->extra);
            break;
        case MPY_LOAD_CONST_SMALL_INT:
            if (a >= INT32_MIN && a <= INT32_MAX) {
                e_small_int(t, a);
            } else {
                e_op_h(t, MP_BC_LOAD_CONST, tr_const(t, mp_obj_new_int(a)));
            }
            break;
        case MPY_LOAD_CONST_OBJ:
            if (t->obj_const[a] < 0) {
                t->obj_const[a] = tr_const(t, t->m->objs[a]);
            }
            e_op_h(t, MP_BC_LOAD_CONST, t->obj_const[a]);
            break;
        case MPY_LOAD_FAST_N:
            e_op_h(t, MP_BC_LOAD_FAST, tr_slot(t, a));
            break;
        case MPY_LOAD_DEREF:
            e_op_h(t, MP_BC_LOAD_DEREF, tr_slot(t, a));
            break;
        case MPY_STORE_FAST_N:
            e_op_h(t, MP_BC_STORE_FAST, tr_slot(t, a));
            break;
        case MPY_STORE_DEREF:
            e_op_h(t, MP_BC_STORE_DEREF, tr_slot(t, a));
            break;
        case MPY_DELETE_FAST:
            e_op_h(t, MP_BC_DELETE_FAST, tr_slot(t, a));
            break;
        case MPY_DELETE_DEREF:
            e_op_h(t, MP_BC_DELETE_DEREF, tr_slot(t, a));
            break;
        case MPY_BUILD_TUPLE:
            e_op_h(t, MP_BC_BUILD_TUPLE, a);
            break;
        case MPY_BUILD_LIST:
            e_op_h(t, MP_BC_BUILD_LIST, a);
            break;
        case MPY_BUILD_MAP:
            e_op_h(t, MP_BC_BUILD_MAP, 0);  // entries follow as STORE_MAP
            break;
        case MPY_BUILD_SET:
            e_op_h(t, MP_BC_BUILD_SET, a);
            break;
        case MPY_BUILD_SLICE:
            e_op(t, MP_BC_BUILD_SLICE);
            e_u8(t, a);
            break;
        case MPY_STORE_COMP: {
            mp_int_t kind = a & 3, dist = a >> 2;
            if (kind == 0) {
                e_op_h(t, MP_BC_LIST_APPEND, dist);
            } else if (kind == 1) {
                // MicroPython: [.., coll, .., value, key]; ours MAP_ADD wants key below value
                e_op(t, MP_BC_ROT_TWO);
                e_op_h(t, MP_BC_MAP_ADD, dist - 1);
            } else {
                e_op_h(t, MP_BC_SET_ADD, dist);
            }
            break;
        }
        case MPY_UNPACK_SEQUENCE:
            e_op_h(t, MP_BC_UNPACK_SEQUENCE, a);
            break;
        case MPY_UNPACK_EX:
            e_op_h(t, MP_BC_UNPACK_EX, a & 0xff);
            e_u16(t, a >> 8);
            break;
        case MPY_MAKE_FUNCTION:
            e_op_h(t, MP_BC_MAKE_FUNCTION, a);
            e_u8(t, 0);
            break;
        case MPY_MAKE_FUNCTION_DEFARGS:
            e_op_h(t, MP_BC_MAKE_FUNCTION, a);
            e_u8(t, MP_BC_MAKE_FUN_DEFAULTS | MP_BC_MAKE_FUN_KWDEFAULTS);
            break;
        case MPY_CALL_FUNCTION:
        case MPY_CALL_METHOD:
            e_op_h(t, op == MPY_CALL_FUNCTION ? MP_BC_CALL_FUNCTION : MP_BC_CALL_METHOD, a & 0xff);
            e_u16(t, a >> 8);
            break;
        case MPY_CALL_FUNCTION_VAR_KW:
        case MPY_CALL_METHOD_VAR_KW:
            e_op_h(t, MP_BC_CALL_VAR_MPY, a & 0xff);
            e_u16(t, a >> 8);
            e_u8(t, op == MPY_CALL_METHOD_VAR_KW);
            break;
        case MPY_UNWIND_JUMP:
            tr_unwind(t, b, in->extra & 0x7f, false, pc, a, in->extra & 0x80, od);
            break;
        case MPY_JUMP:
            if (tr_async_with_exit(t, b, pc, a)) {
                e_op(t, MP_BC_POP_BLOCK);
            }
            e_jump(t, MP_BC_JUMP, a);
            break;
        case MPY_POP_JUMP_IF_TRUE:
            e_jump(t, MP_BC_POP_JUMP_IF_TRUE, a);
            break;
        case MPY_POP_JUMP_IF_FALSE:
            e_jump(t, MP_BC_POP_JUMP_IF_FALSE, a);
            break;
        case MPY_JUMP_IF_TRUE_OR_POP:
            e_jump(t, MP_BC_JUMP_IF_TRUE_OR_POP, a);
            break;
        case MPY_JUMP_IF_FALSE_OR_POP:
            e_jump(t, MP_BC_JUMP_IF_FALSE_OR_POP, a);
            break;
        case MPY_SETUP_WITH:
        case MPY_SETUP_EXCEPT:
        case MPY_SETUP_FINALLY: {
            tblock_t *blk = &t->blocks[t->blk[pc + in->size]];
            tbuf_t *save = t->out;
            if (op == MPY_SETUP_EXCEPT) {
                e_jump(t, MP_BC_SETUP_FINALLY, blk->handler);
                break;
            }
            tr_note_depth(t, blk->base + 4);
            blk->exc_label = tr_new_label(t);
            e_jump(t, op == MPY_SETUP_WITH ? MP_BC_SETUP_WITH : MP_BC_SETUP_FINALLY, blk->exc_label);
            t->out = &t->stub;
            tr_place(t, blk->exc_label);
            if (blk->kind == BLK_FINALLY) {
                // [prev, exc] + HANDLER, kept while the finally code runs: the exception is the
                // one being handled there (a bare raise re-raises it, it is the __context__ of
                // an exception raised there)
                e_op(t, MP_BC_LOAD_CONST_TRUE);
                e_op_h(t, MP_BC_STORE_FAST, tr_mode_slot(t, blk));
                e_jump(t, MP_BC_JUMP, blk->handler);
            } else if (op == MPY_SETUP_FINALLY) {
                // async with: [prev, exc] + HANDLER -> [exc], no block (its handler code reaches
                // the manager below the exception; the previously handled exception is restored
                // first, as when leaving a handler)
                e_op_h(t, MP_BC_STORE_FAST, tr_tmp_slot(t));
                e_op(t, MP_BC_POP_EXCEPT);
                e_op_h(t, MP_BC_LOAD_FAST, tr_tmp_slot(t));
                e_jump(t, MP_BC_JUMP, blk->handler);
            } else {
                // [exit, self, prev, exc] + HANDLER: call __exit__, swallow or re-raise
                uint32_t swallow = tr_new_label(t);
                e_op(t, MP_BC_WITH_EXCEPT_CALL);
                e_jump(t, MP_BC_POP_JUMP_IF_TRUE, swallow);
                e_op(t, MP_BC_RERAISE);
                tr_place(t, swallow);
                e_op(t, MP_BC_POP_EXCEPT);
                e_op(t, MP_BC_POP_TOP);
                e_op(t, MP_BC_POP_TOP);
                // continue after the END_FINALLY (blk->end is set by the block scan)
                e_jump(t, MP_BC_JUMP, blk->end + 1);
                tr_note_depth(t, blk->base + 3);
            }
            t->out = save;
            break;
        }
        case MPY_POP_EXCEPT_JUMP: {
            tblock_t *blk = &t->blocks[b];
            if (tr_in_handler(t, b, pc)) {
                e_op(t, MP_BC_POP_EXCEPT);
                od = blk->base;
            } else {
                e_op(t, MP_BC_POP_BLOCK);
            }
            if (od != tr_ours(t, a)) {
                mpy_raise_incompatible("stack mismatch at jump target");
            }
            e_jump(t, MP_BC_JUMP, a);
            break;
        }
        case MPY_FOR_ITER:
            e_jump(t, MP_BC_FOR_ITER_BUF, a);
            break;
        case MPY_LOAD_CONST_FALSE:
            e_op(t, MP_BC_LOAD_CONST_FALSE);
            break;
        case MPY_LOAD_CONST_NONE:
            e_op(t, MP_BC_LOAD_CONST_NONE);
            break;
        case MPY_LOAD_CONST_TRUE:
            e_op(t, MP_BC_LOAD_CONST_TRUE);
            break;
        case MPY_LOAD_NULL: {
            // deletions: LOAD_NULL ROT_TWO STORE_ATTR / LOAD_NULL ROT_THREE STORE_SUBSCR
            uint32_t p1 = pc + 1, p2 = pc + 2;
            if (p2 < t->len && t->is_insn[p1] && t->is_insn[p2] && t->depth[p1] >= 0 && t->blk[p1] == b && t->blk[p2] == b) {
                if (t->code[p1] == MPY_ROT_THREE && t->code[p2] == MPY_STORE_SUBSCR) {
                    e_op(t, MP_BC_DELETE_SUBSCR);
                    *skip = 2;
                    break;
                }
                if (t->code[p1] == MPY_ROT_TWO && t->code[p2] == MPY_STORE_ATTR) {
                    insn_t st;
                    tr_decode(t, p2, &st);
                    e_op_q(t, MP_BC_DELETE_ATTR, qs[st.arg], 0);
                    *skip = 2;
                    break;
                }
            }
            e_op(t, MP_BC_LOAD_NULL);
            break;
        }
        case MPY_LOAD_BUILD_CLASS:
            e_op(t, MP_BC_LOAD_BUILD_CLASS);
            break;
        case MPY_LOAD_SUBSCR:
            e_op(t, MP_BC_LOAD_SUBSCR);
            break;
        case MPY_STORE_SUBSCR:
            e_op(t, MP_BC_STORE_SUBSCR);
            break;
        case MPY_DUP_TOP:
            e_op(t, MP_BC_DUP_TOP);
            break;
        case MPY_DUP_TOP_TWO:
            e_op(t, MP_BC_DUP_TOP_TWO);
            break;
        case MPY_POP_TOP:
            e_op(t, MP_BC_POP_TOP);
            break;
        case MPY_ROT_TWO:
            e_op(t, MP_BC_ROT_TWO);
            break;
        case MPY_ROT_THREE:
            e_op(t, MP_BC_ROT_THREE);
            break;
        case MPY_WITH_CLEANUP:
            // normal path only: [exit, self, None] -> __exit__(None, None, None) -> [None]
            e_op(t, MP_BC_DUP_TOP);
            e_op(t, MP_BC_DUP_TOP);
            e_u8(t, MP_BC_CALL_METHOD);
            e_u16(t, 3);
            e_u16(t, 0);
            e_op(t, MP_BC_POP_TOP);
            e_op(t, MP_BC_LOAD_CONST_NONE);
            break;
        case MPY_END_FINALLY: {
            tblock_t *blk = &t->blocks[b];
            if (blk->kind == BLK_EXCEPT) {
                e_op(t, MP_BC_RERAISE);
            } else if (blk->kind == BLK_WITH) {
                e_op(t, MP_BC_POP_TOP);
            } else if (blk->kind == BLK_FINALLY) {
                // [placeholder or saved exception, value]: None -> leave the handler state and
                // go on; a marker (only without an exception) -> its continuation; else re-raise
                uint32_t not_none = tr_new_label(t), reraise = tr_new_label(t);
                tr_emit_pop_if_none_else(t, not_none);
                tr_finally_leave(t, blk, pc + 1);
                tr_place(t, not_none);
                e_op_h(t, MP_BC_LOAD_FAST, tr_mode_slot(t, blk));
                e_jump(t, MP_BC_POP_JUMP_IF_TRUE, reraise);
                tr_emit_marker_dispatch(t, blk);
                tr_place(t, reraise);
                e_op(t, MP_BC_RERAISE);
            } else {
                uint32_t not_none = tr_new_label(t);
                tr_emit_pop_if_none_else(t, not_none);
                e_jump(t, MP_BC_JUMP, pc + 1);
                tr_place(t, not_none);
                tr_emit_marker_dispatch(t, blk);
                e_op(t, MP_BC_RERAISE);
            }
            break;
        }
        case MPY_GET_ITER:
            if (pc + 2 < t->len && t->is_insn[pc + 1] && t->is_insn[pc + 2]
                && t->code[pc + 1] == MPY_LOAD_CONST_NONE && t->code[pc + 2] == MPY_YIELD_FROM) {
                tr_emit_await_iter(t);
            } else {
                e_op(t, MP_BC_GET_ITER);
            }
            break;
        case MPY_GET_ITER_STACK:
            // [obj] -> [NULL, iter, NULL, NULL]: MicroPython's iterator buffer shape
            e_op(t, MP_BC_GET_ITER);
            e_op(t, MP_BC_LOAD_NULL);
            e_op(t, MP_BC_ROT_TWO);
            e_op(t, MP_BC_LOAD_NULL);
            e_op(t, MP_BC_LOAD_NULL);
            break;
        case MPY_STORE_MAP:
            // [map, value, key] -> map[key] = value
            e_op(t, MP_BC_ROT_TWO);
            e_op_h(t, MP_BC_MAP_ADD, 1);
            break;
        case MPY_RETURN_VALUE: {
            // finally/with blocks still in their body must run first
            bool plain = true;
            for (int bb = b; bb >= 0; bb = t->blocks[bb].parent) {
                if (t->blocks[bb].kind != BLK_EXCEPT && !tr_in_handler(t, bb, pc)) {
                    plain = false;
                }
                if ((t->blocks[bb].kind == BLK_EXCEPT || t->blocks[bb].kind == BLK_FINALLY) && tr_in_handler(t, bb, pc)) {
                    plain = false;  // restore the handled exception like our compiler does
                }
            }
            if (plain) {
                e_op(t, MP_BC_RETURN_VALUE);
            } else {
                tr_unwind(t, b, 0, true, pc, 0, false, od);
            }
            break;
        }
        case MPY_RAISE_LAST:
            e_op(t, MP_BC_RAISE_VARARGS);
            e_u8(t, 0);
            break;
        case MPY_RAISE_OBJ:
            e_op(t, MP_BC_RAISE_VARARGS);
            e_u8(t, 1);
            break;
        case MPY_RAISE_FROM:
            e_op(t, MP_BC_RAISE_VARARGS);
            e_u8(t, 2);
            break;
        case MPY_YIELD_VALUE:
            e_op(t, MP_BC_YIELD_VALUE);
            break;
        case MPY_YIELD_FROM:
            e_op(t, MP_BC_YIELD_FROM);
            break;
        case MPY_IMPORT_STAR:
            e_op(t, MP_BC_IMPORT_STAR);
            break;
        default:
            if (op < MPY_LOAD_FAST_MULTI) {
                e_small_int(t, (mp_int_t)(op - MPY_SMALL_INT_MULTI) - 16);
            } else if (op < MPY_STORE_FAST_MULTI) {
                e_op_h(t, MP_BC_LOAD_FAST, tr_slot(t, op - MPY_LOAD_FAST_MULTI));
            } else if (op < MPY_UNARY_OP_MULTI) {
                e_op_h(t, MP_BC_STORE_FAST, tr_slot(t, op - MPY_STORE_FAST_MULTI));
            } else if (op < MPY_UNARY_OP_MULTI + 4) {
                if (op - MPY_UNARY_OP_MULTI == 3) {
                    e_op(t, MP_BC_NOT);
                } else {
                    e_op(t, MP_BC_UNARY_OP);
                    e_u8(t, tr_unary_ops[op - MPY_UNARY_OP_MULTI]);
                }
            } else {
                // the operators our VM has fast paths for get their own opcodes
                unsigned bop = tr_binary_op(op - MPY_BINARY_OP_MULTI);
                switch (bop) {
                    case MP_BINARY_OP_LESS:
                        e_op(t, MP_BC_COMPARE_LESS);
                        break;
                    case MP_BINARY_OP_MORE:
                        e_op(t, MP_BC_COMPARE_MORE);
                        break;
                    case MP_BINARY_OP_EQUAL:
                        e_op(t, MP_BC_COMPARE_EQUAL);
                        break;
                    case MP_BINARY_OP_NOT_EQUAL:
                        e_op(t, MP_BC_COMPARE_NOT_EQUAL);
                        break;
                    case MP_BINARY_OP_LESS_EQUAL:
                        e_op(t, MP_BC_COMPARE_LESS_EQUAL);
                        break;
                    case MP_BINARY_OP_MORE_EQUAL:
                        e_op(t, MP_BC_COMPARE_MORE_EQUAL);
                        break;
                    case MP_BINARY_OP_ADD:
                        e_op(t, MP_BC_BINARY_ADD);
                        break;
                    case MP_BINARY_OP_SUBTRACT:
                        e_op(t, MP_BC_BINARY_SUBTRACT);
                        break;
                    case MP_BINARY_OP_MULTIPLY:
                        e_op(t, MP_BC_BINARY_MULTIPLY);
                        break;
                    case MP_BINARY_OP_INPLACE_ADD:
                        e_op(t, MP_BC_INPLACE_ADD);
                        break;
                    case MP_BINARY_OP_INPLACE_SUBTRACT:
                        e_op(t, MP_BC_INPLACE_SUBTRACT);
                        break;
                    default:
                        e_op(t, MP_BC_BINARY_OP);
                        e_u8(t, bop);
                        break;
                }
            }
            break;
    }
}

// ---- prelude and line numbers ----

static void tr_prelude(tr_t *t, mp_raw_code_t *rc) {
    const byte *c = t->code;
    uint32_t p = 0;
    // signature: xSSSSEAA then xFSSKAED groups
    if (p >= t->len) {
        mpy_raise_incompatible("truncated prelude");
    }
    byte z = c[p++];
    size_t S = (z >> 3) & 0xf, E = (z >> 2) & 1, F = 0, A = z & 3, K = 0, D = 0;
    for (unsigned n = 0; z & 0x80; n++) {
        if (p >= t->len || n >= 10) {
            mpy_raise_incompatible("bad prelude");
        }
        z = c[p++];
        S |= (size_t)(z & 0x30) << (2 * n);
        E |= (size_t)(z & 0x02) << n;
        F |= (size_t)((z & 0x40) >> 6) << n;
        A |= (size_t)(z & 0x04) << n;
        K |= (size_t)((z & 0x08) >> 3) << n;
        D |= (size_t)(z & 0x01) << n;
    }
    t->n_state = S + 1;
    t->n_exc = E;
    t->flags = F;
    t->n_pos = A;
    t->n_kwonly = K;
    t->n_def = D;
    if (t->n_state > MAX_LOCALS + MAX_DEPTH || A > 255 || K > 255 || D > A || F > 0x0f) {
        mpy_raise_incompatible("bad prelude");
    }
    // size: xIIIIIIC groups
    size_t I = 0, C = 0;
    for (unsigned n = 0;; n++) {
        if (p >= t->len || n >= 5) {
            mpy_raise_incompatible("bad prelude");
        }
        z = c[p++];
        C |= (size_t)(z & 1) << n;
        I |= (size_t)((z & 0x7e) >> 1) << (6 * n);
        if (!(z & 0x80)) {
            break;
        }
    }
    if (I == 0 || I > t->len - p || C > t->len - p - I) {
        mpy_raise_incompatible("bad prelude");
    }
    uint32_t info = p, info_end = p + I;
    t->op_start = info_end + C;
    size_t nq = t->m->n_qstr;
    size_t name = tr_uint(t, &p, info_end);
    if (name >= nq) {
        mpy_raise_incompatible("qstr index out of range");
    }
    rc->name = t->m->qstrs[name];
    size_t n_names = A + K;
    qstr *names = m_new(qstr, n_names + 1);
    for (size_t i = 0; i < n_names; i++) {
        size_t q = tr_uint(t, &p, info_end);
        if (q >= nq) {
            mpy_raise_incompatible("qstr index out of range");
        }
        names[i] = t->m->qstrs[q];
    }
    // closed-over variables are the first positional parameters (named "*")
    size_t nf = t->n_free;
    if (nf > A) {
        mpy_raise_incompatible("closure does not match its function");
    }
    rc->arg_names = names + nf;
    // the locals are at least the parameters and the closed-over variables
    t->n_mp_locals = A + K + ((F & 0x04) != 0) + ((F & 0x02) != 0);
    if (t->n_mp_locals > t->n_state) {
        mpy_raise_incompatible("bad prelude");
    }
    // line info: 0LLBBBBB or 1LLLBBBB LLLLLLLL (bytecode offset delta, line delta)
    size_t off = 0, line = 1;
    t->lines = m_new(uint32_t, 2 * (info_end - p) + 2);
    t->n_lines = 0;
    t->lines[t->n_lines++] = 0;
    t->lines[t->n_lines++] = 1;
    while (p < info_end) {
        byte l0 = c[p++];
        size_t bd, ld;
        if (!(l0 & 0x80)) {
            bd = l0 & 0x1f;
            ld = l0 >> 5;
        } else {
            if (p >= info_end) {
                mpy_raise_incompatible("bad line info");
            }
            bd = l0 & 0x0f;
            ld = ((l0 << 4) & 0x700) | c[p++];
        }
        off += bd;
        line += ld;
        if (off > 0xffffff || line > 0xffffff) {
            mpy_raise_incompatible("bad line info");
        }
        t->lines[t->n_lines++] = off;   // MicroPython offset, mapped after emission
        t->lines[t->n_lines++] = line;
    }
    (void)info;
    // closure section: locals that hold a new cell at entry
    if (C > 0) {
        uint16_t *cells = m_new(uint16_t, C);
        for (size_t i = 0; i < C; i++) {
            tr_note_local(t, c[info_end + i]);
            cells[i] = c[info_end + i];
        }
        rc->cell_slots = cells;
        rc->n_cells = C;
    }
    if (t->op_start >= t->len) {
        mpy_raise_incompatible("function without code");
    }
}

// ---- entry ----

void mpy_scan_closures(const mpy_module_t *m, const byte *data, size_t len, size_t n_children, int16_t *child_n_free) {
    if (len > 0x1000000) {
        mpy_raise_incompatible("function too large");
    }
    tr_t tr;
    tr_t *t = &tr;
    memset(t, 0, sizeof(*t));
    t->m = m;
    t->code = data;
    t->len = len;
    mp_raw_code_t dummy;
    memset(&dummy, 0, sizeof(dummy));
    tr_prelude(t, &dummy);
    for (size_t i = 0; i < n_children; i++) {
        child_n_free[i] = -1;
    }
    for (uint32_t pc = t->op_start; pc < len;) {
        insn_t in;
        tr_decode(t, pc, &in);
        unsigned op = in.op;
        if (op == MPY_MAKE_FUNCTION || op == MPY_MAKE_FUNCTION_DEFARGS || op == MPY_MAKE_CLOSURE || op == MPY_MAKE_CLOSURE_DEFARGS) {
            if ((size_t)in.arg >= n_children) {
                mpy_raise_incompatible("child index out of range");
            }
            int16_t nf = (op == MPY_MAKE_CLOSURE || op == MPY_MAKE_CLOSURE_DEFARGS) ? in.extra : 0;
            if (child_n_free[in.arg] >= 0 && child_n_free[in.arg] != nf) {
                mpy_raise_incompatible("closure does not match its function");
            }
            child_n_free[in.arg] = nf;
        }
        pc += in.size;
    }
}

mp_raw_code_t *mpy_translate(const mpy_module_t *m, const byte *data, size_t len, mp_raw_code_t **children, size_t n_children, size_t n_free) {
    if (len > 0x1000000) {
        mpy_raise_incompatible("function too large");
    }
    tr_t tr;
    tr_t *t = &tr;
    memset(t, 0, sizeof(*t));
    t->m = m;
    t->code = data;
    t->len = len;
    t->n_free = n_free;
    t->children = children;
    t->n_children = n_children;
    mp_raw_code_t *rc = m_new_obj(mp_raw_code_t);
    memset(rc, 0, sizeof(*rc));
    rc->source_file = m->source_file;
    tr_prelude(t, rc);

    t->is_insn = m_new(uint8_t, len + 1);
    memset(t->is_insn, 0, len + 1);
    t->blk = m_new(int16_t, len + 1);
    memset(t->blk, 0xff, (len + 1) * sizeof(int16_t));
    t->depth = m_new(int32_t, len + 1);
    t->blocks = m_new(tblock_t, MAX_NESTING + len / 2 + 1);
    tr_scan(t);
    tr_find_async_with(t);
    tr_depths(t);
    if ((size_t)t->max_mp_depth + t->n_mp_locals > t->n_state) {
        // MicroPython itself would run its value stack into the locals
        mpy_raise_incompatible("n_state too small for the code");
    }
    if (t->n_mp_locals + 1 + 2 * t->max_level > MAX_LOCALS) {
        mpy_raise_incompatible("too many locals");
    }
    // cells: renumber
    for (size_t i = 0; i < rc->n_cells; i++) {
        ((uint16_t *)rc->cell_slots)[i] = tr_slot(t, rc->cell_slots[i]);
    }

    // labels 0..len are MicroPython pcs
    t->alloc_labels = len + 16;
    t->labels = m_new(uint32_t, t->alloc_labels);
    t->n_labels = len + 1;
    for (size_t i = 0; i <= len; i++) {
        t->labels[i] = LABEL_UNSET;
    }
    t->obj_const = m_new(int32_t, m->n_obj + 1);
    for (size_t i = 0; i < m->n_obj; i++) {
        t->obj_const[i] = -1;
    }
    t->qstr_const = m_new(int32_t, m->n_qstr + 1);
    for (size_t i = 0; i < m->n_qstr; i++) {
        t->qstr_const[i] = -1;
    }
    t->out = &t->main;
    uint32_t prev_pc = 0;
    bool prev_falls = false;
    for (uint32_t pc = t->op_start; pc < len;) {
        insn_t in;
        tr_decode(t, pc, &in);
        if (t->depth[pc] < 0) {
            prev_falls = false;
            pc += in.size;
            continue;
        }
        int b = t->blk[pc];
        if (prev_falls && b >= 0 && t->blocks[b].handler == pc && t->blk[prev_pc] == b) {
            // normal entry into finally/with cleanup code: the block ends here for our VM; a
            // finally handler gets a placeholder where an exception entry has the saved one
            e_op(t, MP_BC_POP_BLOCK);
            if (t->blocks[b].kind == BLK_FINALLY) {
                e_op(t, MP_BC_LOAD_CONST_FALSE);
                e_op_h(t, MP_BC_STORE_FAST, tr_mode_slot(t, &t->blocks[b]));
                e_op(t, MP_BC_LOAD_CONST_NONE);
                e_op(t, MP_BC_ROT_TWO);
            }
        }
        tr_place(t, pc);
        tr_note_depth(t, tr_ours(t, pc) + 4);
        uint32_t skip = 0;
        tr_emit_insn(t, pc, &in, &skip);
        t->out = &t->main;
        uint32_t next = pc + in.size;
        for (; skip > 0; skip--) {
            insn_t s;
            tr_decode(t, next, &s);
            next += s.size;
        }
        prev_falls = tr_falls_through(in.op) && !(in.op == MPY_END_FINALLY && t->blocks[b].kind == BLK_EXCEPT);
        prev_pc = pc;
        pc = next;
    }
    // lay out: main code then stubs; resolve jumps
    size_t main_len = t->main.len;
    size_t total = main_len + t->stub.len;
    if (total > 0xffffff) {
        mpy_raise_incompatible("function too large");
    }
    byte *code = m_new(byte, total ? total : 1);
    memcpy(code, t->main.buf, main_len);
    if (t->stub.len) {
        memcpy(code + main_len, t->stub.buf, t->stub.len);
    }
    for (size_t i = 0; i < t->n_fixups; i += 2) {
        uint32_t at = t->fixups[i];
        uint32_t lab = t->labels[t->fixups[i + 1]];
        if (lab == LABEL_UNSET) {
            mpy_raise_incompatible("jump to unreachable code");
        }
        uint32_t pos = (at & LABEL_STUB) ? main_len + (at & ~LABEL_STUB) : at;
        uint32_t dst = (lab & LABEL_STUB) ? main_len + (lab & ~LABEL_STUB) : lab;
        code[pos] = (byte)dst;
        code[pos + 1] = (byte)(dst >> 8);
        code[pos + 2] = (byte)(dst >> 16);
        code[pos + 3] = (byte)(dst >> 24);
    }
    // line table: MicroPython opcode offsets -> our offsets (next translated instruction)
    uint32_t *next_lab = (uint32_t *)t->depth;  // reused: our offset of the next translated pc
    uint32_t nxt = (uint32_t)main_len;
    for (size_t pc = len; pc-- > 0;) {
        if (t->labels[pc] != LABEL_UNSET && !(t->labels[pc] & LABEL_STUB)) {
            nxt = t->labels[pc];
        }
        next_lab[pc] = nxt;
    }
    size_t nl = 0;
    for (size_t i = 0; i < t->n_lines; i += 2) {
        size_t mp_off = t->op_start + t->lines[i];
        uint32_t ours = mp_off < len ? next_lab[mp_off] : (uint32_t)main_len;
        if (nl >= 2 && t->lines[nl - 2] == ours) {
            nl -= 2;
        }
        if (nl >= 2 && t->lines[nl - 2] > ours) {
            continue;
        }
        t->lines[nl++] = ours;
        t->lines[nl++] = t->lines[i + 1];
    }
    rc->code = code;
    rc->code_len = total;
    // extra slots (the exception stash and one parked return value per nesting level) only
    // for functions with try/with blocks; the value stack: the deepest point seen + headroom
    // for the few items our sequences push (already in max_ours) + our compiler's margin
    rc->n_locals = t->n_mp_locals + (t->max_level ? 1 + 2 * t->max_level : 0);
    int32_t n_stack = t->max_ours + 2;
    if (n_stack > 0xffff) {
        mpy_raise_incompatible("function too large");
    }
    rc->n_stack = n_stack;
    rc->n_exc_stack = t->max_level + 1;
    rc->n_pos_args = t->n_pos - t->n_free;
    rc->n_kwonly_args = t->n_kwonly;
    rc->free_start = t->n_mp_locals - t->n_free;
    rc->n_free = t->n_free;
    rc->scope_flags = ((t->flags & 0x01) ? MP_SCOPE_FLAG_GENERATOR : 0)
        | ((t->flags & 0x04) ? MP_SCOPE_FLAG_VARARGS : 0)
        | ((t->flags & 0x02) ? MP_SCOPE_FLAG_VARKW : 0);
    rc->consts = t->consts;
    rc->n_consts = t->n_consts;
    rc->children = children;
    rc->n_children = n_children;
    rc->line_info = t->lines;
    rc->n_line_info = nl / 2;
    return rc;
}
