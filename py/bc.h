// py/bc.h: our bytecode: the opcode list, the raw code object, the frame (code state), and the
// entry points of the compiler (py/compile.c), the VM (py/vm.c), function objects (py/objfun.c)
// and the disassembler (py/showbc.c).
//
// ---- instruction encoding ----
// An instruction is one opcode byte followed by fixed-size little-endian operands; no varints,
// so the VM decodes an operand with a single (unaligned) load. Operand kinds, one letter each
// in the opcode table's format string:
//
//   b  u8     small count / operator / flags
//   h  u16    local slot, constant index, child index, argument count
//   q  u32    a qstr (the name itself, not an index into a per-code table)
//   c  u16    inline cache: a hint index into the mp_map_t table where the name was last found
//   j  u32    absolute jump target, a byte offset from the start of the code
//   i  i32    signed immediate (small int constants)
//
//   LOAD_GLOBAL:  | op | qstr (4 bytes) | cache (2 bytes) |
//   LOAD_METHOD:  | op | qstr | members cache | class dict cache |  (LOAD_ATTR alike)
//   JUMP:         | op | target offset (4 bytes)          |
//
// Code lives in the GC heap (RAM), so the VM rewrites cache operands in place.
//
// ---- frame layout ----
// A frame (mp_code_state_t) is a header followed by `state`:
//
//   state[0 .. n_locals)          local slots: parameters first (positional, keyword-only,
//                                 *args, **kwargs), other locals and cells, then free variables
//                                 (from the closure, starting at free_start), then temporaries
//   state[n_locals .. +n_stack)   the value stack; sp points at the top item (base - 1 if empty)
//   then n_exc_stack blocks       the block stack (mp_exc_block_t), exc_sp at the top block
//
// A slot holding a cell variable (CELL or FREE in the scope) holds the mp_obj_cell_t itself;
// LOAD_DEREF/STORE_DEREF go through it, LOAD_FAST of that slot yields the cell (for closures).
//
// ---- exceptions ----
// SETUP_FINALLY / SETUP_WITH push a FINALLY block (handler address, value stack pointer). When
// an exception reaches the frame, blocks are popped: a HANDLER block restores the exception
// that was being handled before it (mp_state.cur_exception, saved on the value stack); the first
// FINALLY block resets sp to its saved level, pushes the previously handled exception and the
// new one, pushes a HANDLER block pointing at the saved slot and jumps to the handler. POP_EXCEPT
// pops that HANDLER block and restores cur_exception. The compiler duplicates finally bodies,
// so there is no "why" state: return/break/continue run the pending cleanups inline.
#ifndef MICROPY_INCLUDED_PY_BC_H
#define MICROPY_INCLUDED_PY_BC_H

#include "py/obj.h"
#include "py/runtime.h"

// X(name, operand format). Stack effects are documented per opcode in py/vm.c.
#define MP_BC_OPCODES(X) \
    X(NOP, "") \
    X(LOAD_CONST_NONE, "") \
    X(LOAD_CONST_TRUE, "") \
    X(LOAD_CONST_FALSE, "") \
    X(LOAD_CONST_SMALL_INT, "i") \
    X(LOAD_CONST, "h") \
    X(LOAD_NULL, "") \
    X(LOAD_FAST, "h") \
    X(STORE_FAST, "h") \
    X(DELETE_FAST, "h") \
    X(LOAD_DEREF, "h") \
    X(STORE_DEREF, "h") \
    X(DELETE_DEREF, "h") \
    X(LOAD_CLASSDEREF, "hq") \
    X(LOAD_NAME, "qc") \
    X(STORE_NAME, "q") \
    X(DELETE_NAME, "q") \
    X(LOAD_GLOBAL, "qc") \
    X(STORE_GLOBAL, "q") \
    X(DELETE_GLOBAL, "q") \
    X(LOAD_ATTR, "qcc") \
    X(STORE_ATTR, "qc") \
    X(DELETE_ATTR, "q") \
    X(LOAD_METHOD, "qcc") \
    X(LOAD_SUPER_METHOD, "q") \
    X(LOAD_BUILD_CLASS, "") \
    X(LOAD_ASSERTION_ERROR, "") \
    X(LOAD_SUBSCR, "") \
    X(STORE_SUBSCR, "") \
    X(DELETE_SUBSCR, "") \
    X(POP_TOP, "") \
    X(ROT_TWO, "") \
    X(ROT_THREE, "") \
    X(DUP_TOP, "") \
    X(DUP_TOP_TWO, "") \
    X(UNARY_OP, "b") \
    X(NOT, "") \
    X(BINARY_OP, "b") \
    X(BINARY_ADD, "") \
    X(BINARY_SUBTRACT, "") \
    X(BINARY_MULTIPLY, "") \
    X(INPLACE_ADD, "") \
    X(INPLACE_SUBTRACT, "") \
    X(COMPARE_LESS, "") \
    X(COMPARE_MORE, "") \
    X(COMPARE_EQUAL, "") \
    X(COMPARE_NOT_EQUAL, "") \
    X(COMPARE_LESS_EQUAL, "") \
    X(COMPARE_MORE_EQUAL, "") \
    X(JUMP, "j") \
    X(POP_JUMP_IF_FALSE, "j") \
    X(POP_JUMP_IF_TRUE, "j") \
    X(JUMP_IF_FALSE_OR_POP, "j") \
    X(JUMP_IF_TRUE_OR_POP, "j") \
    X(GET_ITER, "") \
    X(FOR_ITER, "j") \
    X(FOR_RANGE_SETUP, "b") \
    X(FOR_RANGE_ITER, "j") \
    X(SETUP_FINALLY, "j") \
    X(SETUP_WITH, "j") \
    X(SETUP_ASYNC_WITH, "j") \
    X(POP_BLOCK, "") \
    X(POP_EXCEPT, "") \
    X(RERAISE, "") \
    X(JUMP_IF_NOT_EXC_MATCH, "j") \
    X(WITH_EXCEPT_CALL, "") \
    X(RAISE_VARARGS, "b") \
    X(RETURN_VALUE, "") \
    X(YIELD_VALUE, "") \
    X(YIELD_FROM, "") \
    X(GET_YIELD_FROM_ITER, "") \
    X(GET_AWAITABLE, "") \
    X(GET_AITER, "") \
    X(GET_ANEXT, "") \
    X(BEFORE_ASYNC_WITH, "") \
    X(END_ASYNC_FOR, "") \
    X(CALL_FUNCTION, "hh") \
    X(CALL_METHOD, "hh") \
    X(CALL_FUNCTION_EX, "") \
    X(MAKE_FUNCTION, "hb") \
    X(MAKE_CLOSURE, "hbh") \
    X(BUILD_TUPLE, "h") \
    X(BUILD_LIST, "h") \
    X(BUILD_SET, "h") \
    X(BUILD_MAP, "h") \
    X(BUILD_SLICE, "b") \
    X(LIST_APPEND, "h") \
    X(SET_ADD, "h") \
    X(MAP_ADD, "h") \
    X(LIST_EXTEND, "h") \
    X(SET_UPDATE, "h") \
    X(DICT_UPDATE, "h") \
    X(DICT_MERGE, "h") \
    X(LIST_TO_TUPLE, "") \
    X(UNPACK_SEQUENCE, "h") \
    X(UNPACK_EX, "hh") \
    X(FORMAT_VALUE, "b") \
    X(BUILD_STRING, "h") \
    X(IMPORT_NAME, "q") \
    X(IMPORT_FROM, "q") \
    X(IMPORT_STAR, "") \
    X(PRINT_EXPR, "") \
    X(FOR_ITER_BUF, "j") \
    X(CALL_VAR_MPY, "hhb") \
    X(CALL_FUNCTION_FRAME, "hh")

typedef enum {
#define MP_BC_X_ENUM(name, fmt) MP_BC_##name,
    MP_BC_OPCODES(MP_BC_X_ENUM)
#undef MP_BC_X_ENUM
    MP_BC_NUM_OPCODES
} mp_bc_opcode_t;

// Operand formats and names, indexed by opcode (py/showbc.c).
extern const char *const mp_bc_opcode_names[MP_BC_NUM_OPCODES];
extern const char *const mp_bc_opcode_formats[MP_BC_NUM_OPCODES];
size_t mp_bc_operand_size(char fmt);
size_t mp_bc_insn_size(const byte *ip);

// MAKE_FUNCTION / MAKE_CLOSURE flags: which optional items are on the stack (below the cells).
#define MP_BC_MAKE_FUN_DEFAULTS (1)     // a tuple of positional defaults
#define MP_BC_MAKE_FUN_KWDEFAULTS (2)   // a dict of keyword-only defaults
// FORMAT_VALUE flags: conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii), spec on stack.
#define MP_BC_FORMAT_CONV_MASK (3)
#define MP_BC_FORMAT_HAS_SPEC (4)

static inline uint16_t mp_bc_read_u16(const byte *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline uint32_t mp_bc_read_u32(const byte *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline void mp_bc_write_u16(byte *p, uint16_t v) { p[0] = (byte)v; p[1] = (byte)(v >> 8); }

// ---- raw code: one compiled function, class body or module ----
#define MP_SCOPE_FLAG_GENERATOR (0x01)
#define MP_SCOPE_FLAG_VARARGS   (0x02)
#define MP_SCOPE_FLAG_VARKW     (0x04)
#define MP_SCOPE_FLAG_COROUTINE (0x08)

typedef struct _mp_raw_code_t {
    byte *code;                 // bytecode (heap, writable: inline caches)
    uint32_t code_len;
    uint16_t n_locals;          // all local slots (params, locals, cells, frees, temporaries)
    uint16_t n_stack;           // maximum value stack depth
    uint16_t n_exc_stack;       // maximum block stack depth
    uint16_t n_pos_args;        // positional parameters (positional-only included)
    uint16_t n_posonly_args;
    uint16_t n_kwonly_args;
    uint16_t n_cells;           // slots that must hold a new cell at entry (cell_slots)
    uint16_t free_start;        // first slot of the free variables copied from the closure
    uint16_t n_free;
    uint16_t n_consts;
    uint16_t n_children;
    uint8_t scope_flags;
    qstr name;                  // function name, "<module>", "<lambda>", "<listcomp>", ...
    qstr qualname;              // dotted path from the module ("f.<locals>.g", "A.B.m"); MP_QSTRnull if unknown
    qstr source_file;
    const qstr *arg_names;      // n_pos_args + n_kwonly_args names
    const uint16_t *cell_slots;
    mp_obj_t *consts;
    struct _mp_raw_code_t **children;
    const uint32_t *line_info;  // n_line_info pairs (bytecode offset, line), offsets ascending
    uint32_t n_line_info;
    // Names of the local slots [0, n_slot_names) (MP_QSTRnull: a temporary), kept only for code
    // that calls eval/exec/locals (CALL_FUNCTION_FRAME), else NULL.
    const qstr *slot_names;
    uint16_t n_slot_names;
    // The profiler's slot (py/profile.c): index + 1 of this code's record in the running
    // profile, 0 when unknown. Written while profiling (raw codes are heap data, zeroed when
    // made); a stale value from an earlier profile is caught by checking the record's rc.
    uint32_t prof_index;
} mp_raw_code_t;

size_t mp_raw_code_get_line(const mp_raw_code_t *rc, size_t offset);

// ---- function objects (py/objfun.c) ----
typedef struct _mp_obj_fun_bc_t {
    mp_obj_base_t base;         // mp_type_fun_bc or mp_type_gen_wrap
    const mp_raw_code_t *rc;
    mp_obj_dict_t *globals;
    mp_obj_t def_args;          // tuple of positional defaults, or MP_OBJ_NULL
    mp_obj_t def_kw_args;       // dict of keyword-only defaults, or MP_OBJ_NULL
    mp_obj_t dict;              // function attributes (f.x = 1), or MP_OBJ_NULL until first store
    size_t n_closed;
    mp_obj_t closed[];          // cells of the free variables (rc->n_free of them)
} mp_obj_fun_bc_t;

mp_obj_t mp_obj_new_fun_bc(const mp_raw_code_t *rc, mp_obj_t def_args, mp_obj_t def_kw_args, size_t n_closed, const mp_obj_t *closed);
mp_obj_t mp_obj_fun_bc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);

// ---- frames ----
#define MP_EXC_BLOCK_FINALLY (0)    // a handler to jump to
#define MP_EXC_BLOCK_HANDLER (1)    // an active except/finally handler; sp -> saved exception
typedef struct _mp_exc_block_t {
    const byte *handler;
    mp_obj_t *sp;
    uintptr_t kind;
} mp_exc_block_t;

typedef struct _mp_code_state_t {
    const mp_obj_fun_bc_t *fun;
    const byte *ip;             // running: start of the current instruction; suspended: resume point
    mp_obj_t *sp;               // suspended: top of the value stack
    mp_exc_block_t *exc_sp;     // top block (exc_base - 1 when empty)
    mp_obj_t result;            // return value, yielded value or exception after execution
    bool reraise;               // the pending exception is re-raised: no new traceback entry
    mp_obj_t state[];
} mp_code_state_t;

// Words of state a frame for rc needs (locals + value stack + block stack).
static inline size_t mp_code_state_words(const mp_raw_code_t *rc) {
    return rc->n_locals + rc->n_stack + rc->n_exc_stack * (sizeof(mp_exc_block_t) / sizeof(mp_obj_t));
}
static inline mp_exc_block_t *mp_code_state_exc_base(mp_code_state_t *cs) {
    return (mp_exc_block_t *)&cs->state[cs->fun->rc->n_locals + cs->fun->rc->n_stack];
}
// Binds arguments into a fresh frame (locals zeroed first) and resets ip/sp/exc_sp.
void mp_setup_code_state(mp_code_state_t *cs, const mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args);

// A dict snapshot of the frame's named local slots (cells dereferenced, unbound ones left out),
// for eval/exec/locals() called from a function; NULL when the code kept no slot names.
mp_obj_t mp_code_state_locals_dict(const mp_code_state_t *cs);
// CALL_FUNCTION_FRAME (py/modbuiltins.c): calls fun; the built-in eval/exec/locals get cs's locals.
mp_obj_t mp_builtin_call_frame(const mp_code_state_t *cs, mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);

// Runs the frame from cs->ip. inject_exc, if not NULL, is raised at the resume point (generator
// throw). NORMAL: cs->result is the return value; YIELD: cs->result yielded, cs->ip/sp saved;
// EXCEPTION: cs->result is the exception.
mp_vm_return_kind_t mp_execute_bytecode(mp_code_state_t *cs, mp_obj_t inject_exc);

// ---- generators (py/objgenerator.c) ----
mp_obj_t mp_obj_new_gen_instance(const mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args);

// ---- disassembler (py/showbc.c) ----
void mp_bytecode_print(const mp_print_t *print, const struct _mp_raw_code_t *rc);

#endif // MICROPY_INCLUDED_PY_BC_H
