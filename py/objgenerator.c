// py/objgenerator.c: generators and coroutines, and mp_resume (the engine behind next(),
// send(), throw(), close(), `yield from` and `await`).
//
// A generator instance owns a heap frame (mp_code_state_t, py/bc.h) that survives between
// resumptions: calling a generator function (mp_type_gen_wrap, py/objfun.c) binds the arguments
// into a new frame and runs nothing. Coroutines (`async def`) are the same object with type
// mp_type_coro_instance: awaitable, not iterable. Async generators (`yield` inside `async def`)
// are the same object again with type mp_type_async_gen_instance; their Python-level protocol
// (asend/athrow/aclose and the awaitables) lives in py/objasyncgen.c, but each step of their
// frame is run by mp_resume here.
//
// States: NOT_STARTED -> (RUNNING <-> SUSPENDED)* -> FINISHED. While RUNNING, any re-entry is
// refused ("generator already executing"). On resume the sent value is pushed on the frame's
// stack (it becomes the value of the `yield` expression); a thrown exception is injected by the
// VM at the resume point (or delegated to the sub-iterator of a pending `yield from`).
//
// The exception being handled (mp_state.cur_exception) belongs to whoever runs: on resume the
// generator's own handled exception (saved when it yielded inside an except block) is put back,
// and on suspension the caller's is restored.
#include <string.h>

#include "py/bc.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

mp_obj_t mp_obj_new_gen_instance(const mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    size_t words = mp_code_state_words(fun->rc);
    mp_obj_gen_instance_t *g = m_malloc(sizeof(mp_obj_gen_instance_t) + words * sizeof(mp_obj_t));
    unsigned kind = fun->rc->scope_flags & (MP_SCOPE_FLAG_COROUTINE | MP_SCOPE_FLAG_GENERATOR);
    g->base.type = kind == (MP_SCOPE_FLAG_COROUTINE | MP_SCOPE_FLAG_GENERATOR) ? &mp_type_async_gen_instance
        : kind == MP_SCOPE_FLAG_COROUTINE ? &mp_type_coro_instance : &mp_type_gen_instance;
    g->globals = fun->globals;
    g->state = GEN_NOT_STARTED;
    g->ag_flags = 0;
    g->exc_state = MP_OBJ_NULL;
    mp_setup_code_state(&g->cs, fun, n_args, n_kw, args);
    return MP_OBJ_FROM_PTR(g);
}

static bool gen_is_instance(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_gen_instance) || mp_obj_is_type(o, &mp_type_coro_instance)
           || mp_obj_is_type(o, &mp_type_async_gen_instance);
}

// "generator", "coroutine" or "async generator", for messages
static const char *gen_kind_str(mp_obj_t self_in) {
    if (mp_obj_is_type(self_in, &mp_type_coro_instance)) {
        return "coroutine";
    }
    return mp_obj_is_type(self_in, &mp_type_async_gen_instance) ? "async generator" : "generator";
}

static mp_obj_t gen_make_exception(mp_obj_t exc) {
    if (mp_obj_is_exception_type(exc)) {
        exc = mp_call_function_0(exc);
    }
    if (!mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError("exceptions must derive from BaseException");
    }
    return exc;
}

// `yield from` / `await` on something that is not one of our generators.
static mp_vm_return_kind_t resume_other(mp_obj_t it, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r;
        mp_obj_t dest[3];
        if (throw_value != MP_OBJ_NULL) {
            if (mp_obj_exception_match(throw_value, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))) {
                mp_load_method_maybe(it, MP_QSTR_close, dest);
                if (dest[0] != MP_OBJ_NULL) {
                    mp_call_method_n_kw(0, 0, dest);
                }
                nlr_pop();
                *ret_val = throw_value;
                return MP_VM_RETURN_EXCEPTION;
            }
            mp_load_method_maybe(it, MP_QSTR_throw, dest);
            if (dest[0] == MP_OBJ_NULL) {
                nlr_pop();
                *ret_val = throw_value;
                return MP_VM_RETURN_EXCEPTION;
            }
            dest[2] = throw_value;
            r = mp_call_method_n_kw(1, 0, dest);
        } else if (send_value == MP_OBJ_NULL || send_value == mp_const_none) {
            mp_state.stop_iteration_arg = MP_OBJ_NULL;
            r = mp_iternext(it);
            if (r == MP_OBJ_STOP_ITERATION) {
                // an iternext slot may leave the value of its StopIteration beside it
                nlr_pop();
                *ret_val = mp_state.stop_iteration_arg != MP_OBJ_NULL ? mp_state.stop_iteration_arg : mp_const_none;
                mp_state.stop_iteration_arg = MP_OBJ_NULL;
                return MP_VM_RETURN_NORMAL;
            }
        } else {
            mp_load_method(it, MP_QSTR_send, dest);
            dest[2] = send_value;
            r = mp_call_method_n_kw(1, 0, dest);
        }
        nlr_pop();
        *ret_val = r;
        return MP_VM_RETURN_YIELD;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
            *ret_val = mp_obj_exception_get_value(exc);
            return MP_VM_RETURN_NORMAL;
        }
        *ret_val = exc;
        return MP_VM_RETURN_EXCEPTION;
    }
}

mp_vm_return_kind_t mp_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    mp_stack_check();
    if (throw_value != MP_OBJ_NULL) {
        throw_value = gen_make_exception(throw_value);
    }
    if (!gen_is_instance(self_in)) {
        if (mp_obj_is_type(self_in, &mp_type_async_gen_asend) || mp_obj_is_type(self_in, &mp_type_async_gen_athrow)) {
            return mp_asyncgen_awaitable_resume(self_in, send_value, throw_value, ret_val);
        }
        return resume_other(self_in, send_value, throw_value, ret_val);
    }
    mp_obj_gen_instance_t *g = MP_OBJ_TO_PTR(self_in);
    if (g->state == GEN_RUNNING) {
        mp_raise_msg_varg(&mp_type_ValueError, "%s already executing", gen_kind_str(self_in));
    }
    if (g->state == GEN_FINISHED) {
        if (throw_value != MP_OBJ_NULL) {
            *ret_val = throw_value;
            return MP_VM_RETURN_EXCEPTION;
        }
        *ret_val = mp_const_none;
        return MP_VM_RETURN_NORMAL;
    }
    if (send_value == MP_OBJ_NULL) {
        send_value = mp_const_none;
    }
    if (g->state == GEN_NOT_STARTED) {
        if (throw_value == MP_OBJ_NULL && send_value != mp_const_none) {
            mp_raise_msg_varg(&mp_type_TypeError, "can't send non-None value to a just-started %s", gen_kind_str(self_in));
        }
    } else if (throw_value == MP_OBJ_NULL) {
        *++g->cs.sp = send_value;
    }

    mp_obj_dict_t *old_globals = mp_state.dict_globals;
    mp_obj_t caller_exc = mp_state.cur_exception;
    mp_state.dict_globals = g->globals;
    if (g->exc_state != MP_OBJ_NULL) {
        mp_state.cur_exception = g->exc_state;
    }
    g->state = GEN_RUNNING;
    mp_vm_return_kind_t k = mp_execute_bytecode(&g->cs, throw_value);
    mp_state.dict_globals = old_globals;
    *ret_val = g->cs.result;
    switch (k) {
        case MP_VM_RETURN_YIELD:
            g->state = GEN_SUSPENDED;
            g->exc_state = mp_state.cur_exception != caller_exc ? mp_state.cur_exception : MP_OBJ_NULL;
            break;
        case MP_VM_RETURN_NORMAL:
            g->state = GEN_FINISHED;
            g->exc_state = MP_OBJ_NULL;
            break;
        default:
            g->state = GEN_FINISHED;
            g->exc_state = MP_OBJ_NULL;
            // PEP 479: a StopIteration escaping the body must not look like exhaustion (nor, for
            // an async generator, a StopAsyncIteration: PEP 525)
            if (mp_obj_exception_match(*ret_val, MP_OBJ_FROM_PTR(&mp_type_StopIteration))
                || (mp_obj_is_type(self_in, &mp_type_async_gen_instance)
                    && mp_obj_exception_match(*ret_val, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration)))) {
                mp_obj_t e = mp_obj_new_exception_msg_varg(&mp_type_RuntimeError, "%s raised %s", gen_kind_str(self_in),
                    mp_obj_exception_match(*ret_val, MP_OBJ_FROM_PTR(&mp_type_StopIteration)) ? "StopIteration" : "StopAsyncIteration");
                mp_obj_exception_get_native(e)->cause = *ret_val;
                mp_obj_exception_get_native(e)->context = *ret_val;
                *ret_val = e;
            }
            break;
    }
    mp_state.cur_exception = caller_exc;
    return k;
}

mp_obj_t mp_gen_outcome_raise(mp_vm_return_kind_t kind, mp_obj_t ret) {
    switch (kind) {
        case MP_VM_RETURN_YIELD:
            return ret;
        case MP_VM_RETURN_NORMAL:
            mp_raise_StopIteration(ret == mp_const_none ? MP_OBJ_NULL : ret);
        default:
            nlr_jump(MP_OBJ_TO_PTR(ret));
    }
}

mp_obj_t mp_gen_outcome_iternext(mp_vm_return_kind_t kind, mp_obj_t ret) {
    switch (kind) {
        case MP_VM_RETURN_YIELD:
            return ret;
        case MP_VM_RETURN_NORMAL:
            mp_state.stop_iteration_arg = ret == mp_const_none ? MP_OBJ_NULL : ret;
            return MP_OBJ_STOP_ITERATION;
        default:
            nlr_jump(MP_OBJ_TO_PTR(ret));
    }
}

// Runs one step and converts the outcome for the Python-level methods.
static mp_obj_t gen_resume_and_raise(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_resume(self_in, send_value, throw_value, &ret);
    return mp_gen_outcome_raise(kind, ret);
}

static mp_obj_t gen_iternext(mp_obj_t self_in) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_resume(self_in, mp_const_none, MP_OBJ_NULL, &ret);
    return mp_gen_outcome_iternext(kind, ret);
}

static mp_obj_t gen_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t gen_next(mp_obj_t self_in) {
    return gen_resume_and_raise(self_in, mp_const_none, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_next_obj, gen_next);

static mp_obj_t gen_send(mp_obj_t self_in, mp_obj_t value) {
    return gen_resume_and_raise(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(gen_send_obj, gen_send);

// throw(exc) or throw(type[, value[, traceback]])
static mp_obj_t gen_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t exc = args[1];
    if (n_args >= 3 && args[2] != mp_const_none && mp_obj_is_exception_type(exc)) {
        if (mp_obj_is_exception_instance(args[2])) {
            exc = args[2];
        } else {
            exc = mp_call_function_1(exc, args[2]);
        }
    }
    return gen_resume_and_raise(args[0], MP_OBJ_NULL, exc);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gen_throw_obj, 2, 4, gen_throw);

static mp_obj_t gen_close(mp_obj_t self_in) {
    mp_obj_gen_instance_t *g = MP_OBJ_TO_PTR(self_in);
    if (g->state == GEN_NOT_STARTED || g->state == GEN_FINISHED) {
        g->state = GEN_FINISHED;
        return mp_const_none;
    }
    mp_obj_t ret;
    switch (mp_resume(self_in, MP_OBJ_NULL, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit), &ret)) {
        case MP_VM_RETURN_YIELD:
            mp_raise_msg(&mp_type_RuntimeError, "generator ignored GeneratorExit");
        case MP_VM_RETURN_NORMAL:
            return mp_const_none;
        default:
            if (mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))
                || mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
                return mp_const_none;
            }
            nlr_jump(MP_OBJ_TO_PTR(ret));
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_close_obj, gen_close);

static mp_obj_t coro_await(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro_await_obj, coro_await);

void mp_obj_gen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_gen_instance_t *g = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%q object %q at %p>", mp_obj_get_type(self_in)->name, g->cs.fun->rc->name, self_in);
}

void mp_obj_gen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_gen_instance_t *g = MP_OBJ_TO_PTR(self_in);
    const mp_raw_code_t *rc = g->cs.fun->rc;
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(rc->name);
    } else if (attr == MP_QSTR___qualname__) {
        dest[0] = MP_OBJ_NEW_QSTR(rc->qualname != MP_QSTRnull ? rc->qualname : rc->name);
    } else if (attr == MP_QSTR_ag_running && mp_obj_is_type(self_in, &mp_type_async_gen_instance)) {
        // CPython's ag_running: an asend/athrow/aclose awaitable is being awaited
        dest[0] = mp_obj_new_bool(g->ag_flags & MP_ASYNCGEN_RUNNING);
    }
}

static const mp_rom_map_elem_t gen_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&gen_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
};
static MP_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_dict_table);

const mp_obj_type_t mp_type_gen_instance = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_generator,
    .print = mp_obj_gen_print,
    .unary_op = mp_generic_unary_op,
    .attr = mp_obj_gen_attr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals_dict = (mp_obj_dict_t *)&gen_locals_dict,
};

static const mp_rom_map_elem_t coro_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&coro_await_obj) },
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&gen_next_obj) },
};
static MP_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_dict_table);

const mp_obj_type_t mp_type_coro_instance = {
    {&mp_type_type},
    .name = MP_QSTR_coroutine,
    .print = mp_obj_gen_print,
    .unary_op = mp_generic_unary_op,
    .attr = mp_obj_gen_attr,
    .iternext = gen_iternext,
    .locals_dict = (mp_obj_dict_t *)&coro_locals_dict,
};
