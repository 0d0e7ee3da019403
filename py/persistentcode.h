// py/persistentcode.h: MicroPython .mpy files (version 6, bytecode only): the loader
// (py/persistentcode.c reads the container, py/mpytranslate.c verifies MicroPython's bytecode
// and translates it into ours). docs/mpy.md describes the format.
//
// Invariants: every loaded raw code is ours (py/bc.h) and passed the same checks our compiler
// guarantees by construction: operands in range, jump targets on instruction starts, a value
// stack depth that is the same on every path into an instruction and within n_stack, and a
// block stack that matches the static nesting of try/with regions. Bad input raises
// ValueError("incompatible .mpy file") or a more precise ValueError; it never reads outside
// the buffer.
#ifndef MICROPY_INCLUDED_PY_PERSISTENTCODE_H
#define MICROPY_INCLUDED_PY_PERSISTENTCODE_H

#include "py/bc.h"

#define MPY_VERSION (6)
#define MPY_SUB_VERSION (3)
#define MPY_SMALL_INT_BITS (MP_BITS_PER_WORD - 1)
#define MPY_NUM_STATIC_QSTRS (165)   // MicroPython's fixed qstrs 1..165 ("" .. "zip")

// The strings of MicroPython's static qstrs; index 0 is its qstr 1 ("").
extern const char *const mpy_static_qstrs[MPY_NUM_STATIC_QSTRS];

// The module-wide tables of one .mpy file.
typedef struct _mpy_module_t {
    const qstr *qstrs;
    size_t n_qstr;
    const mp_obj_t *objs;
    size_t n_obj;
    qstr source_file;
} mpy_module_t;

// Loads a whole .mpy image; returns the module's raw code (name "<module>").
mp_raw_code_t *mp_raw_code_load_mem(const byte *buf, size_t len);
// Reads and loads a file (OSError if unreadable).
mp_raw_code_t *mp_raw_code_load_file(const char *path);
// True if the first bytes look like an .mpy header ('M', version byte).
bool mp_raw_code_is_mpy(const byte *buf, size_t len);

// py/mpytranslate.c: one bytecode raw code (its fun_data, already-loaded children).
// n_free: closed-over variables, known from the parent's MAKE_CLOSURE (mpy_scan_closures).
mp_raw_code_t *mpy_translate(const mpy_module_t *m, const byte *data, size_t len, mp_raw_code_t **children, size_t n_children, size_t n_free);
// Finds how each child of a function is made: child_n_free[i] = cells passed by MAKE_CLOSURE,
// 0 for MAKE_FUNCTION, -1 when unused.
void mpy_scan_closures(const mpy_module_t *m, const byte *data, size_t len, size_t n_children, int16_t *child_n_free);
NORETURN void mpy_raise_incompatible(const char *detail);

// Runs a module-level raw code with globals = locals = `globals` (py/builtinimport.c);
// `-v -v` disassembles it first.
void mp_exec_raw_code(const mp_raw_code_t *rc, mp_obj_dict_t *globals);

// Runtime helper behind MP_BC_CALL_VAR_MPY: args = fun, [self], positional, kw pairs, bitmap of
// *-unpacked positional args; a kw pair with a NULL key is a **mapping.
mp_obj_t mp_mpy_call_var(bool have_self, size_t n_args, size_t n_kw, const mp_obj_t *args);

#endif // MICROPY_INCLUDED_PY_PERSISTENTCODE_H
