// py/mpthread.h: the hooks through which the core cooperates with a port's threads (the GIL).
//
// With MICROPY_PY_THREAD (the unix port) several OS threads run Python code, one at a time: the
// thread holding the global interpreter lock (GIL) owns mp_state and nlr_top. The port keeps
// a record per thread (ports/unix/mpthread.c) holding what is per-thread while it does not run.
// The core calls only these hooks:
//   - mp_handle_pending() calls mp_thread_pending_hook(): a thread waiting for the GIL asks the
//     holder to yield by making mp_state.pending_exception non-NULL, the check the VM already
//     does at backward jumps and calls; so the VM's hot path gains nothing.
//   - gc_collect_start() calls mp_thread_gc_others(): the C stacks, saved registers and saved
//     roots of the threads that are not running.
//   - blocking calls release the GIL around the syscall:
//         MP_THREAD_GIL_EXIT();            // no heap, no mp_state, no Python objects after this
//         r = read(fd, buf, n);
//         MP_THREAD_GIL_ENTER();
//     Both are no-ops while the process has one thread, and without MICROPY_PY_THREAD.
#ifndef MICROPY_INCLUDED_PY_MPTHREAD_H
#define MICROPY_INCLUDED_PY_MPTHREAD_H

#include "py/mpconfig.h"

// 1: the port provides threads and the hooks below (the unix port's Makefile sets it).
#ifndef MICROPY_PY_THREAD
#define MICROPY_PY_THREAD (0)
#endif

#if MICROPY_PY_THREAD

struct _mp_thread_t;
struct _mp_obj_t;

// Releases the GIL, saving this thread's state; NULL (nothing released) when it is the only
// thread. Pass the result to mp_thread_gil_enter.
struct _mp_thread_t *mp_thread_gil_exit(void);
void mp_thread_gil_enter(struct _mp_thread_t *self);

// Called by mp_handle_pending with the pending value it just took; yields the GIL when another
// thread asked for it, and returns what this thread must handle (a KeyboardInterrupt taken by a
// thread other than the main one is handed to the main thread: the result is then NULL).
void *mp_thread_pending_hook(void *exc);

// Scans the stacks, registers and saved roots of the threads other than the running one.
void mp_thread_gc_others(void);

#define MP_THREAD_GIL_EXIT() struct _mp_thread_t *mp_thread_gil_self_ = mp_thread_gil_exit()
#define MP_THREAD_GIL_ENTER() mp_thread_gil_enter(mp_thread_gil_self_)

#else

#define MP_THREAD_GIL_EXIT() ((void)0)
#define MP_THREAD_GIL_ENTER() ((void)0)

#endif

#endif
