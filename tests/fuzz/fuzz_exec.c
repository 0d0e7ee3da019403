// tests/fuzz/fuzz_exec.c: libFuzzer target for the whole interpreter: each input is Python
// source compiled and run in a fresh __main__-like dict, under a 512 KiB heap, an instruction
// budget of FUZZ_VM_BUDGET bytecodes and a 50 ms KeyboardInterrupt timer (see fuzz_common.h).
// Acceptable outcomes: normal completion or any Python exception; a crash, sanitizer report or
// libFuzzer timeout is a bug.
#define FUZZ_HEAP_BYTES (512 * 1024)
#include "fuzz_common.h"

typedef struct { const char *src; size_t len; } fuzz_exec_arg_t;

static void fuzz_exec_run(void *p) {
    fuzz_exec_arg_t *a = p;
    // modules that reach outside the process (shell, processes, sockets, arbitrary C calls) are
    // pre-loaded as None: `import os` succeeds and binds None
    static const char *const blocked[] = { "os", "uos", "ffi", "socket", "select", "machine", "termios", "vfs" };
    for (size_t i = 0; i < MP_ARRAY_SIZE(blocked); i++) {
        mp_obj_dict_store(mp_state.loaded_modules, MP_OBJ_NEW_QSTR(qstr_from_str(blocked[i])), mp_const_none);
    }
    mp_obj_t g = mp_obj_new_dict(0);
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR___main__));
    mp_parse_compile_execute(a->src, a->len, qstr_from_str("<fuzz>"), MP_PARSE_FILE_INPUT,
        MP_OBJ_TO_PTR(g), MP_OBJ_TO_PTR(g));
}

static void fuzz_body(const uint8_t *data, size_t size) {
    fuzz_exec_arg_t a = { (const char *)data, size };
    fuzz_protect(fuzz_exec_run, &a);
}
