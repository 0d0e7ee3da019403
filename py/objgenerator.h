// py/objgenerator.h: the generator instance shared by generators, coroutines and async
// generators (py/objgenerator.c, py/objasyncgen.c).
//
// Layout: one heap block run = this header followed by the frame (mp_code_state_t, py/bc.h)
// whose value and exception stacks are variable length, so `cs` must stay the last member.
// Invariants:
//   state == GEN_RUNNING exactly while mp_execute_bytecode runs the frame (re-entry refused);
//   state == GEN_SUSPENDED means cs.ip is the resume point: *cs.ip == MP_BC_YIELD_FROM when
//     the frame waits in a `yield from`/`await`, anything else after a plain `yield`;
//   ag_flags is used by async generators only (zero for the other kinds).
#ifndef MICROPY_INCLUDED_PY_OBJGENERATOR_H
#define MICROPY_INCLUDED_PY_OBJGENERATOR_H

#include "py/bc.h"

enum {
    GEN_NOT_STARTED,
    GEN_SUSPENDED,
    GEN_RUNNING,
    GEN_FINISHED,
};

// async generator flags (CPython's ag_running_async and ag_closed)
#define MP_ASYNCGEN_RUNNING (0x01)   // an asend/athrow/aclose awaitable is in progress
#define MP_ASYNCGEN_CLOSED  (0x02)   // aclose() started, or the body ended by StopAsyncIteration/GeneratorExit

typedef struct _mp_obj_gen_instance_t {
    mp_obj_base_t base;
    mp_obj_dict_t *globals;
    int8_t state;
    uint8_t ag_flags;
    mp_obj_t exc_state;        // exception being handled inside the generator when it yielded
    mp_code_state_t cs;        // variable length: must be last
} mp_obj_gen_instance_t;

// print and attr slots shared by the three types (__name__, __qualname__, ag_running)
void mp_obj_gen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind);
void mp_obj_gen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
// A resumed step's outcome (kind, ret from a resume function) for the Python-level methods
// (send, throw, __next__): the yielded value, StopIteration(value) raised on return, the
// exception re-raised. And for the iternext slot: the return value travels beside
// MP_OBJ_STOP_ITERATION in mp_state.stop_iteration_arg instead.
mp_obj_t mp_gen_outcome_raise(mp_vm_return_kind_t kind, mp_obj_t ret);
mp_obj_t mp_gen_outcome_iternext(mp_vm_return_kind_t kind, mp_obj_t ret);

// the async generator awaitables (py/objasyncgen.c); mp_resume hands them their steps
extern const mp_obj_type_t mp_type_async_gen_asend;
extern const mp_obj_type_t mp_type_async_gen_athrow;
mp_vm_return_kind_t mp_asyncgen_awaitable_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val);

#endif // MICROPY_INCLUDED_PY_OBJGENERATOR_H
