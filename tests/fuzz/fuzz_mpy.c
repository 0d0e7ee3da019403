// tests/fuzz/fuzz_mpy.c: libFuzzer target for the .mpy loader (py/persistentcode.c,
// py/mpytranslate.c). Each input is a whole .mpy image; loading it must either succeed or
// raise ValueError (MemoryError for absurd sizes); any crash, sanitizer report, hang or other
// exception is a bug. The interpreter is initialised once, with a 32 MiB heap; the GC scans
// the stack from this target's frame. Build and run: tests/fuzz/run.sh (see its header).
#include <stdlib.h>
#include <stdio.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/persistentcode.h"

const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    // the GC scans the real C stack conservatively (see ports/unix/main.c)
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_HEAP_BYTES (32 * 1024 * 1024)

static MP_NOINLINE void fuzz_one(const uint8_t *data, size_t size) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_raw_code_t *rc = mp_raw_code_load_mem(data, size);
        (void)rc;
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (!mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_ValueError)
            && !mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_MemoryError)) {
            mp_obj_print_exception(&mp_stderr_print, exc);
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static char *heap;
    mp_stack_set_top(__builtin_frame_address(0));
    if (heap == NULL) {
        mp_stack_set_limit(4 * 1024 * 1024);
        heap = calloc(1, FUZZ_HEAP_BYTES);   // gc_init expects zeroed tables
        gc_init(heap, heap + FUZZ_HEAP_BYTES);
        mp_init();
        mp_stack_set_top(__builtin_frame_address(0));
        mp_stack_set_limit(4 * 1024 * 1024);
    }
    fuzz_one(data, size);
    return 0;
}
