// tests/fuzz/fuzz_pyfunc.h: harness body for targets written in Python. A harness defines
// FUZZ_PY_SRC: trusted Python source that defines `fuzz(data)` taking the input as bytes; the
// body compiles it (outside the budget) and calls it under the budget. Any exception escaping
// fuzz() is acceptable; crashes, sanitizer reports and hangs are bugs.
#ifndef FUZZ_PYFUNC_H
#define FUZZ_PYFUNC_H
#include "fuzz_common.h"

typedef struct { mp_obj_t fn; mp_obj_t arg; } fuzz_pyfunc_arg_t;

static void fuzz_pyfunc_run(void *p) {
    fuzz_pyfunc_arg_t *a = p;
    mp_call_function_1(a->fn, a->arg);
}

static void fuzz_body(const uint8_t *data, size_t size) {
    fuzz_pyfunc_arg_t a;
    a.fn = fuzz_def(FUZZ_PY_SRC, "fuzz");
    a.arg = mp_obj_new_bytes(data, size);
    fuzz_protect(fuzz_pyfunc_run, &a);
}
#endif
