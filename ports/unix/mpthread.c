// ports/unix/mpthread.c: OS threads for the unix port, serialised by a global interpreter lock.
//
// Design. The interpreter state stays global: mp_state and nlr_top belong to whichever thread
// holds the GIL, so the VM never looks up thread-local storage. The per-thread parts live in
// the thread's record (mp_thread_t, ports/unix/mpthread.h) while it does not run:
//
//   mp_thread_gil_exit():   nlr_top, mp_state.{dict_globals, dict_locals, cur_exception,
//                           stop_iteration_arg, compile_state_root, map_removed[2],
//                           stack_top, stack_limit, stack_limit_bytes}, errno, the repr
//                           recursion guard (py/objlist.c), the registers and the stack
//                           pointer  -> record;  then the GIL is released
//   mp_thread_gil_enter():  the GIL is taken;  record -> the same globals
//
// The GIL is a ticket lock (FIFO) under gil_mutex: a thread takes ticket gil_next, and holds
// the GIL while gil_serving equals its ticket; releasing is gil_serving++ and a broadcast.
// FIFO order makes "release then take again" a real hand-off to the longest waiter.
//
// Hand-off from a running thread. A waiter that has waited SWITCH_INTERVAL_NS sets
// gil_drop_request and then turns mp_state.pending_exception from NULL into MP_OBJ_SENTINEL
// (compare-and-swap): the VM already tests pending_exception at backward jumps and calls, so it
// calls mp_handle_pending, which takes the value atomically and calls mp_thread_pending_hook,
// which releases and takes back the GIL. Ordering (all seq_cst): waiter [store request; CAS
// pending], holder [exchange pending; load request]: either the holder sees the request, or the
// exchange came first and the CAS finds NULL and sets it. The waiter repeats this every
// interval while it waits, so a request lost to any other writer of pending_exception is only
// late. The VM's hot path is unchanged.
//
// Blocking calls (sleep, lock.acquire, reads and writes of fds, poll/select, the REPL's wait
// for input) run without the GIL (MP_THREAD_GIL_EXIT/ENTER, py/mpthread.h). While the process
// has one thread those are a load and a compare: the lone thread keeps the GIL throughout.
//
// GC. The collector runs in the GIL holder and scans its own stack as always; then
// mp_thread_gc_others scans, for every other started thread, [saved_sp, stack_top) of its C
// stack, its saved registers and its saved roots, and for every thread its start roots (the
// callable and arguments). Records are malloc'd (not on the GC heap) and linked from
// mp_thread_list, which only the GIL holder reads or changes.
//
// Signals. New threads block SIGINT, so Ctrl-C interrupts the main thread's syscalls; the
// handler only sets mp_state.pending_exception. If another thread takes that KeyboardInterrupt
// it parks it in the main record (pending_kbd) and the main thread raises it when it runs.
//
// Exit. The main thread's end ends the process (mp_thread_deinit: the main thread keeps the GIL
// from then on, so the others stay parked until exit() ends them). A thread ending with an
// exception other than SystemExit prints "Unhandled exception in thread started by <repr>"
// and the traceback on stderr.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "ports/unix/mpthread.h"

#define SWITCH_INTERVAL_NS (5 * 1000 * 1000)   // a waiter asks the holder to yield after 5 ms
#define STACK_DEFAULT (1024 * 1024)            // usable C stack of a new thread (stack_size 0)
#define STACK_MARGIN (256 * 1024)              // beyond the recursion limit, for C code between checks

mp_thread_t *mp_thread_cur;
static mp_thread_t thread_main;
static mp_thread_t *thread_list;       // all live records (GIL holder only)
static size_t thread_count = 1;        // live threads (GIL holder only)
static size_t thread_stack_size;       // _thread.stack_size() (GIL holder only)
static bool thread_exiting;            // the main thread is ending the process

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond;
static uint64_t gil_next = 1;          // next ticket (the main thread holds ticket 0)
static uint64_t gil_serving;           // the holder's ticket
static int gil_drop_request;           // atomic: a waiter wants the holder to yield

static void thread_time_after(struct timespec *ts, uint64_t ns) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += (time_t)(ns / 1000000000u);
    ts->tv_nsec += (long)(ns % 1000000000u);
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_nsec -= 1000000000L;
        ts->tv_sec++;
    }
}

static void gil_take(void) {
    pthread_mutex_lock(&gil_mutex);
    uint64_t ticket = gil_next++;
    while (gil_serving != ticket) {
        struct timespec ts;
        thread_time_after(&ts, SWITCH_INTERVAL_NS);
        int r = 0;
        while (gil_serving != ticket && r != ETIMEDOUT) {
            r = pthread_cond_timedwait(&gil_cond, &gil_mutex, &ts);
        }
        if (gil_serving != ticket) {
            __atomic_store_n(&gil_drop_request, 1, __ATOMIC_SEQ_CST);
            mp_obj_t expected = MP_OBJ_NULL;
            __atomic_compare_exchange_n(&mp_state.pending_exception, &expected, MP_OBJ_SENTINEL,
                false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        }
    }
    pthread_mutex_unlock(&gil_mutex);
}

static void gil_give(void) {
    pthread_mutex_lock(&gil_mutex);
    gil_serving++;
    pthread_cond_broadcast(&gil_cond);
    pthread_mutex_unlock(&gil_mutex);
}

// Spills the callee-saved registers, so that pointers held only in registers are scanned.
static void thread_save_regs(mp_thread_t *t) {
    #if defined(__x86_64__)
    __asm__ volatile (
        "movq %%rbx, 0(%0)\n\t"
        "movq %%rbp, 8(%0)\n\t"
        "movq %%r12, 16(%0)\n\t"
        "movq %%r13, 24(%0)\n\t"
        "movq %%r14, 32(%0)\n\t"
        "movq %%r15, 40(%0)\n\t"
        : : "r" (t->saved_regs) : "memory");
    #else
    setjmp(t->saved_jmp);
    #endif
}

static void thread_save(mp_thread_t *t) {
    t->saved_errno = errno;
    t->nlr_top = nlr_top;
    t->stack_top = mp_state.stack_top;
    t->stack_limit = mp_state.stack_limit;
    t->stack_limit_bytes = mp_state.stack_limit_bytes;
    t->saved_roots[0] = MP_OBJ_FROM_PTR(mp_state.dict_globals);
    t->saved_roots[1] = MP_OBJ_FROM_PTR(mp_state.dict_locals);
    t->saved_roots[2] = mp_state.cur_exception;
    t->saved_roots[3] = mp_state.stop_iteration_arg;
    t->saved_roots[4] = mp_state.compile_state_root;
    t->saved_roots[5] = mp_state.map_removed[0];
    t->saved_roots[6] = mp_state.map_removed[1];
    t->repr_depth = mp_obj_print_guard_save(t->repr_stack);
}

static void thread_restore(mp_thread_t *t) {
    nlr_top = t->nlr_top;
    mp_state.stack_top = t->stack_top;
    mp_state.stack_limit = t->stack_limit;
    mp_state.stack_limit_bytes = t->stack_limit_bytes;
    mp_state.dict_globals = MP_OBJ_TO_PTR(t->saved_roots[0]);
    mp_state.dict_locals = MP_OBJ_TO_PTR(t->saved_roots[1]);
    mp_state.cur_exception = t->saved_roots[2];
    mp_state.stop_iteration_arg = t->saved_roots[3];
    mp_state.compile_state_root = t->saved_roots[4];
    mp_state.map_removed[0] = t->saved_roots[5];
    mp_state.map_removed[1] = t->saved_roots[6];
    memset(t->saved_roots, 0, sizeof(t->saved_roots));
    mp_obj_print_guard_restore(t->repr_stack, t->repr_depth);
    t->saved_sp = NULL;
    if (t->pending_kbd != MP_OBJ_NULL) {
        __atomic_store_n(&mp_state.pending_exception, t->pending_kbd, __ATOMIC_SEQ_CST);
        __atomic_store_n(&t->pending_kbd, MP_OBJ_NULL, __ATOMIC_SEQ_CST);
    }
    mp_thread_cur = t;
    errno = t->saved_errno;
}

MP_NOINLINE struct _mp_thread_t *mp_thread_gil_exit(void) {
    if (thread_count <= 1 || thread_exiting || mp_thread_cur == NULL) {
        return NULL;
    }
    mp_thread_t *self = mp_thread_cur;
    volatile char sp_mark;
    thread_save(self);
    thread_save_regs(self);
    self->saved_sp = (void *)&sp_mark;
    mp_thread_cur = NULL;
    gil_give();
    errno = self->saved_errno;
    return self;
}

void mp_thread_gil_enter(struct _mp_thread_t *self) {
    if (self == NULL) {
        return;
    }
    int e = errno;
    gil_take();
    self->saved_errno = e;
    thread_restore(self);
}

void *mp_thread_pending_hook(void *exc) {
    if (__atomic_load_n(&gil_drop_request, __ATOMIC_SEQ_CST)) {
        __atomic_store_n(&gil_drop_request, 0, __ATOMIC_SEQ_CST);
        mp_thread_gil_enter(mp_thread_gil_exit());
    }
    if (exc == mp_state.keyboard_interrupt_obj && exc != MP_OBJ_NULL && mp_thread_cur != NULL
        && !mp_thread_cur->is_main) {
        __atomic_store_n(&thread_main.pending_kbd, exc, __ATOMIC_SEQ_CST);
        return MP_OBJ_NULL;
    }
    return exc;
}

bool mp_thread_main_interrupted(void) {
    mp_obj_t kbd = mp_state.keyboard_interrupt_obj;
    return __atomic_load_n(&mp_state.pending_exception, __ATOMIC_SEQ_CST) == kbd
           || __atomic_load_n(&thread_main.pending_kbd, __ATOMIC_SEQ_CST) != MP_OBJ_NULL;
}

void mp_thread_gc_others(void) {
    for (mp_thread_t *t = thread_list; t != NULL; t = t->next) {
        gc_collect_root((void **)t->start_roots, MP_ARRAY_SIZE(t->start_roots));
        gc_collect_root((void **)&t->pending_kbd, 1);
        if (t == mp_thread_cur || !t->started || t->saved_sp == NULL) {
            continue;
        }
        gc_collect_root((void **)t->saved_roots, MP_ARRAY_SIZE(t->saved_roots));
        gc_collect_stack_range((void **)t->saved_regs, (void **)(t->saved_regs + MP_ARRAY_SIZE(t->saved_regs)));
        gc_collect_stack_range((void **)&t->saved_jmp, (void **)((char *)&t->saved_jmp + sizeof(t->saved_jmp)));
        uintptr_t lo = (uintptr_t)t->saved_sp & ~(uintptr_t)(sizeof(void *) - 1);
        gc_collect_stack_range((void **)lo, (void **)t->stack_top);
    }
}

void mp_thread_init(void) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&gil_cond, &attr);
    pthread_condattr_destroy(&attr);
    thread_main.id = pthread_self();
    thread_main.is_main = true;
    thread_main.started = true;
    thread_main.next = NULL;
    thread_list = &thread_main;
    mp_thread_cur = &thread_main;
}

void mp_thread_deinit(void) {
    thread_exiting = true;
}

size_t mp_thread_count(void) {
    return thread_count;
}

size_t mp_thread_get_stack_size(void) {
    return thread_stack_size;
}

void mp_thread_set_stack_size(size_t bytes) {
    thread_stack_size = bytes;
}

// ---- a new thread's life ----

static void thread_unlink(mp_thread_t *self) {
    for (mp_thread_t **p = &thread_list; *p != NULL; p = &(*p)->next) {
        if (*p == self) {
            *p = self->next;
            break;
        }
    }
}

// Prints an exception that ended a thread (not SystemExit), as MicroPython does.
static void thread_report(mp_obj_t fun, mp_obj_t exc) {
    if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_SystemExit)) {
        return;
    }
    fflush(stdout);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_print_str(&mp_stderr_print, "Unhandled exception in thread started by ");
        mp_obj_print_protected(&mp_stderr_print, fun, PRINT_REPR);
        mp_print_str(&mp_stderr_print, "\n");
        mp_obj_print_exception(&mp_stderr_print, exc);
        nlr_pop();
    }
}

static void *thread_entry(void *arg) {
    mp_thread_t *self = arg;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    // The record's stack fields are this thread's; gil_enter installs them in mp_state.
    self->stack_top = (char *)__builtin_frame_address(0);
    self->stack_limit = self->stack_top - self->stack_limit_bytes;
    self->saved_errno = 0;
    gil_take();
    self->started = true;
    thread_restore(self);

    mp_obj_t fun = self->start_roots[0];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_call_function_star(fun, 0, NULL, self->start_roots[1], self->start_roots[2]);
        nlr_pop();
    } else {
        thread_report(fun, MP_OBJ_FROM_PTR(nlr.ret_val));
    }

    // Still holding the GIL: leave the list, then hand the GIL on without saving anything.
    thread_unlink(self);
    thread_count--;
    mp_thread_cur = NULL;
    nlr_top = NULL;
    gil_give();
    free(self);
    return NULL;
}

mp_obj_t mp_thread_start(mp_obj_t fun, mp_obj_t args, mp_obj_t kwargs) {
    if (mp_thread_cur == NULL) {
        mp_raise_msg(&mp_type_RuntimeError, "can't start new thread");
    }
    mp_thread_t *t = calloc(1, sizeof(*t));
    if (t == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    size_t usable = thread_stack_size != 0 ? thread_stack_size : STACK_DEFAULT;
    t->stack_limit_bytes = usable;
    t->start_roots[0] = fun;
    t->start_roots[1] = args;
    t->start_roots[2] = kwargs;
    // It starts in the creator's namespace (a bytecode function switches to its own globals).
    t->saved_roots[0] = MP_OBJ_FROM_PTR(mp_state.dict_globals);
    t->saved_roots[1] = MP_OBJ_FROM_PTR(mp_state.dict_locals);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, usable + STACK_MARGIN);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    // Linked (and counted) before it runs: the GC sees its start roots from now on, and the
    // creator releases the GIL at its next blocking call.
    t->next = thread_list;
    thread_list = t;
    thread_count++;
    int r = pthread_create(&t->id, &attr, thread_entry, t);
    pthread_attr_destroy(&attr);
    if (r != 0) {
        thread_unlink(t);
        thread_count--;
        free(t);
        mp_raise_msg(&mp_type_RuntimeError, "can't start new thread");
    }
    return mp_obj_new_int_from_uint((mp_uint_t)t->id);
}
