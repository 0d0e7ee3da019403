// tests/fuzz/fuzz_common.h: the shared part of the libFuzzer harnesses of tests/fuzz/run-all.sh.
// Each harness includes this header once and defines FUZZ_HEAP_BYTES and fuzz_body(data, size).
// Per input, the interpreter is rebuilt from nothing (gc_init + mp_init over a static heap of
// FUZZ_HEAP_BYTES), so one input cannot leave state for the next one. Budgets: every bytecode
// instruction costs one unit of fuzz_vm_budget (FUZZ_VM_BUDGET per input); when it runs out the
// harness jumps straight back to its own nlr buffer (no Python handler can catch it), and an
// interval timer (SIGALRM every 50 ms) raises KeyboardInterrupt through the pending-exception
// path to interrupt blocking calls. Any Python exception is an acceptable outcome; the sanitizers
// and libFuzzer's -timeout find the bugs. Input code runs in a scratch directory with stdin and
// stdout on /dev/null.
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/time.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/nlr.h"

#ifndef FUZZ_VM_BUDGET
#define FUZZ_VM_BUDGET 200000
#endif

const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    // the GC scans the real C stack conservatively, and the board loader keeps its board
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
static void fuzz_body(const uint8_t *data, size_t size);

long fuzz_vm_budget;
static nlr_buf_t *fuzz_top_nlr;
static char fuzz_heap[FUZZ_HEAP_BYTES] __attribute__((aligned(16)));

void fuzz_vm_budget_exhausted(void) {
    // abandon the program: every frame between here and the harness is dropped, which is safe
    // because the next input rebuilds the interpreter
    fuzz_vm_budget = 0;
    nlr_top = fuzz_top_nlr;
    nlr_jump(MP_OBJ_TO_PTR(mp_state.keyboard_interrupt_obj));
}

static void fuzz_alarm(int sig) {
    (void)sig;
    if (fuzz_vm_budget > 0) {
        mp_state.pending_exception = mp_state.keyboard_interrupt_obj;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    char dir[] = "/tmp/mpfuzz.XXXXXX";
    if (mkdtemp(dir) != NULL && chdir(dir) == 0) {
        // scratch directory: input programs may create files
    }
    int fd = open("/dev/null", O_RDWR);
    if (fd >= 0) {
        dup2(fd, 0);
        if (getenv("FUZZ_SHOW_OUTPUT") == NULL) {
            dup2(fd, 1);
        }
        close(fd);
    }
    signal(SIGALRM, fuzz_alarm);
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

// Runs fn(arg) with the budget armed; returns the escaping exception or MP_OBJ_NULL.
static MP_NOINLINE mp_obj_t fuzz_protect(void (*fn)(void *), void *arg) {
    nlr_buf_t nlr;
    mp_obj_t ret = MP_OBJ_NULL;
    if (nlr_push(&nlr) == 0) {
        fuzz_top_nlr = &nlr;
        fuzz_vm_budget = FUZZ_VM_BUDGET;
        fn(arg);
        fuzz_vm_budget = 0;
        mp_state.pending_exception = MP_OBJ_NULL;
        nlr_pop();
    } else {
        fuzz_vm_budget = 0;
        mp_state.pending_exception = MP_OBJ_NULL;
        ret = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    fuzz_top_nlr = NULL;
    return ret;
}

// Compiles py_src (trusted harness code) in a fresh module dict and returns its global `name`.
static mp_obj_t fuzz_def(const char *py_src, const char *name) {
    mp_obj_t g = mp_obj_new_dict(0);
    mp_parse_compile_execute(py_src, strlen(py_src), qstr_from_str("<harness>"), MP_PARSE_FILE_INPUT,
        MP_OBJ_TO_PTR(g), MP_OBJ_TO_PTR(g));
    return mp_obj_dict_get(g, MP_OBJ_NEW_QSTR(qstr_from_str(name)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mp_stack_set_top(__builtin_frame_address(0));
    mp_stack_set_limit(1024 * 1024);
    memset(fuzz_heap, 0, sizeof(fuzz_heap)); // gc_init wants zeroed tables (fresh memory)
    gc_init(fuzz_heap, fuzz_heap + sizeof(fuzz_heap));
    mp_init();
    mp_stack_set_top(__builtin_frame_address(0));
    mp_stack_set_limit(1024 * 1024);
    struct itimerval it = { { 0, 50000 }, { 0, 50000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        fuzz_body(data, size);
        nlr_pop();
    } else {
        // an exception from the harness itself (not from the input's code): a harness bug
        mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
        abort();
    }
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    mp_state.pending_exception = MP_OBJ_NULL;
    mp_deinit();
    return 0;
}

#endif
