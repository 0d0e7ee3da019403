// py/nlr.h: non-local return, the one way Python exceptions cross C frames.
//
//   nlr_buf_t nlr;
//   if (nlr_push(&nlr) == 0) {
//       ... code that may raise ...
//       nlr_pop();                       // exactly once on the normal path
//   } else {
//       mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);  // the chain is already popped here
//   }
//
// The chain of active buffers is mp_state.nlr_top (a plain global: no thread-local lookups).
// nlr_jump() restores the C state saved by the innermost nlr_push; the innermost buffer is
// unlinked before control arrives in its else branch. The debug build asserts push/pop pairing.
#ifndef MICROPY_INCLUDED_PY_NLR_H
#define MICROPY_INCLUDED_PY_NLR_H

#include <setjmp.h>
#include "py/mpconfig.h"

typedef struct _nlr_buf_t {
    struct _nlr_buf_t *prev;
    void *ret_val;          // the raised exception object (an mp_obj_base_t *)
    void *saved_sp_limit;   // unused for now; room for per-buffer state
    jmp_buf jmpbuf;
} nlr_buf_t;

extern nlr_buf_t *nlr_top;

#define nlr_push(buf) (nlr_push_tail(buf), _setjmp((buf)->jmpbuf))

static inline void nlr_push_tail(nlr_buf_t *buf) {
    buf->prev = nlr_top;
    nlr_top = buf;
}

static inline void nlr_pop(void) {
    nlr_top = nlr_top->prev;
}

NORETURN void nlr_jump(void *val);
NORETURN void nlr_jump_fail(void *val); // no handler at all: fatal

#endif
