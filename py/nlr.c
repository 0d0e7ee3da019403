// py/nlr.c: non-local return over _setjmp/_longjmp (see py/nlr.h).
#include <stdio.h>
#include <stdlib.h>

#include "py/nlr.h"

nlr_buf_t *nlr_top;

void nlr_jump(void *val) {
    nlr_buf_t *top = nlr_top;
    if (top == NULL) {
        nlr_jump_fail(val);
    }
    top->ret_val = val;
    nlr_top = top->prev;
    _longjmp(top->jmpbuf, 1);
}

void nlr_jump_fail(void *val) {
    fprintf(stderr, "FATAL: uncaught exception %p\n", val);
    abort();
}
