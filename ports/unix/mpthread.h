// ports/unix/mpthread.h: the unix port's thread records and GIL (ports/unix/mpthread.c), as the
// _thread module (ports/unix/modthread.c) and main.c use them. The hooks the core calls are
// declared in py/mpthread.h.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_MPTHREAD_H
#define MICROPY_INCLUDED_PORTS_UNIX_MPTHREAD_H

#include <pthread.h>
#include "py/runtime.h"
#include "py/mpthread.h"

// One record per live thread. The main thread's is static; the others are malloc'd by
// start_new_thread and freed by the thread itself as it ends. All are linked from
// mp_thread_list; the list and the "saved" fields are only touched by the GIL holder.
typedef struct _mp_thread_t {
    struct _mp_thread_t *next;
    pthread_t id;
    bool is_main;
    bool started;                // has held the GIL once (its stack is in use)
    // Saved by mp_thread_gil_exit, restored by mp_thread_gil_enter (valid while not running):
    void *saved_sp;              // lowest stack address in use at the release
    uintptr_t saved_regs[8];     // callee-saved registers at the release (x86-64; else jmp_buf)
    jmp_buf saved_jmp;
    nlr_buf_t *nlr_top;
    char *stack_top;
    char *stack_limit;
    size_t stack_limit_bytes;
    int saved_errno;
    // GC roots saved from mp_state while the thread does not run (scanned only then):
    mp_obj_t saved_roots[7];
    // The repr recursion guard's entries (py/objlist.c); the objects are on this thread's stack.
    size_t repr_depth;
    mp_obj_t repr_stack[MP_OBJ_PRINT_GUARD_MAX];
    // GC roots for the thread's whole life: the callable, its args tuple and kwargs dict.
    mp_obj_t start_roots[3];
    // A KeyboardInterrupt taken by another thread, delivered when the main thread runs again.
    mp_obj_t pending_kbd;
} mp_thread_t;

extern mp_thread_t *mp_thread_cur;       // the GIL holder's record (NULL before mp_thread_init)

void mp_thread_init(void);               // main: after mp_init
void mp_thread_deinit(void);             // main, at exit: keep the GIL from now on
size_t mp_thread_count(void);            // live threads, the main one included

// Starts a thread running fun(*args, **kwargs) (kwargs may be MP_OBJ_NULL); returns its ident.
mp_obj_t mp_thread_start(mp_obj_t fun, mp_obj_t args, mp_obj_t kwargs);
size_t mp_thread_get_stack_size(void);
void mp_thread_set_stack_size(size_t bytes);

// Whether a KeyboardInterrupt waits for the main thread (for waits that run without the GIL).
bool mp_thread_main_interrupted(void);

#endif
