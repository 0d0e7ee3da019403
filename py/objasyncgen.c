// py/objasyncgen.c: async generators (PEP 525): the async_generator type and its two awaitable
// types, async_generator_asend (made by __anext__ and asend) and async_generator_athrow (made by
// athrow and aclose); and the builtins aiter() and anext() with anext's anext_awaitable.
//
// An async generator is a generator instance (py/objgenerator.h) whose frame suspends for two
// reasons: its own `yield v` (a value for the consumer) and an `await` somewhere inside it (a
// value for the event loop). mp_resume runs one step of the frame; the resume point tells the
// two apart: a frame suspended on MP_BC_YIELD_FROM waits in an await (`yield from` is a
// SyntaxError in async functions, so every YIELD_FROM of an async generator is an await or an
// async comprehension's __anext__), any other suspension is an own yield. An awaitable passes
// await-suspensions through to whoever drives it and turns an own `yield v` into the result of
// the await: StopIteration(v). The end of the body becomes StopAsyncIteration.
//
// Awaitable layout: gen (the async generator), arg (asend: the value sent by the first step;
// athrow: the tuple of its arguments, turned into the exception by the first step, as CPython
// does; aclose: MP_OBJ_NULL), state AW_INIT -> AW_ITER ->
// AW_CLOSED. An awaitable is awaited once: a closed one refuses any further step.
// The generator's ag_flags: MP_ASYNCGEN_RUNNING from an awaitable's first step until it
// completes (ag_running); MP_ASYNCGEN_CLOSED once aclose() began or the body ended by
// StopAsyncIteration/GeneratorExit, after which athrow/aclose finish at once.
#include "py/bc.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

enum {
    AW_INIT,
    AW_ITER,
    AW_CLOSED,
};

typedef struct _mp_obj_asyncgen_aw_t {
    mp_obj_base_t base;
    mp_obj_gen_instance_t *gen;
    mp_obj_t arg;
    uint8_t state;
} mp_obj_asyncgen_aw_t;

// What one step of the generator's frame did, seen from an awaitable.
typedef enum {
    STEP_AWAIT,     // suspended inside an await: *ret goes to the driver
    STEP_YIELD,     // suspended at its own yield: *ret is the value
    STEP_RETURN,    // the body ended
    STEP_RAISE,     // an exception (*ret) left the body, or the step was refused
} asyncgen_step_t;

static asyncgen_step_t asyncgen_step(mp_obj_gen_instance_t *g, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_vm_return_kind_t k = mp_resume(MP_OBJ_FROM_PTR(g), send_value, throw_value, ret);
        nlr_pop();
        if (k == MP_VM_RETURN_YIELD) {
            return *g->cs.ip == MP_BC_YIELD_FROM ? STEP_AWAIT : STEP_YIELD;
        }
        return k == MP_VM_RETURN_NORMAL ? STEP_RETURN : STEP_RAISE;
    }
    // refused before running (already executing, bad send value, not an exception)
    *ret = MP_OBJ_FROM_PTR(nlr.ret_val);
    return STEP_RAISE;
}

static bool asyncgen_exc_ends_gen(mp_obj_t exc) {
    return mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration))
           || mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit));
}

// The result of __anext__/asend/athrow: an await passes through; an own yield completes the
// awaitable with its value; the end of the body is StopAsyncIteration.
static mp_vm_return_kind_t asyncgen_unwrap(mp_obj_asyncgen_aw_t *aw, asyncgen_step_t st, mp_obj_t *ret) {
    mp_obj_gen_instance_t *g = aw->gen;
    if (st == STEP_AWAIT) {
        return MP_VM_RETURN_YIELD;
    }
    g->ag_flags &= ~MP_ASYNCGEN_RUNNING;
    aw->state = AW_CLOSED;
    switch (st) {
        case STEP_YIELD:
            return MP_VM_RETURN_NORMAL;
        case STEP_RETURN:
            g->ag_flags |= MP_ASYNCGEN_CLOSED;
            *ret = mp_obj_new_exception(&mp_type_StopAsyncIteration);
            return MP_VM_RETURN_EXCEPTION;
        default:
            if (asyncgen_exc_ends_gen(*ret)) {
                g->ag_flags |= MP_ASYNCGEN_CLOSED;
            }
            return MP_VM_RETURN_EXCEPTION;
    }
}

// One step of an asend awaitable: send_value is what the driver sent (MP_OBJ_NULL: none),
// throw_value an exception the driver throws in (MP_OBJ_NULL: none).
static mp_vm_return_kind_t asyncgen_asend_resume(mp_obj_asyncgen_aw_t *aw, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_gen_instance_t *g = aw->gen;
    if (aw->state == AW_CLOSED) {
        mp_raise_msg(&mp_type_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    if (throw_value == MP_OBJ_NULL) {
        if (aw->state == AW_INIT) {
            if (g->ag_flags & MP_ASYNCGEN_RUNNING) {
                mp_raise_msg(&mp_type_RuntimeError, "anext(): asynchronous generator is already running");
            }
            if (send_value == MP_OBJ_NULL || send_value == mp_const_none) {
                send_value = aw->arg;
            }
            aw->state = AW_ITER;
        }
        g->ag_flags |= MP_ASYNCGEN_RUNNING;
    }
    asyncgen_step_t st = asyncgen_step(g, send_value, throw_value, ret);
    return asyncgen_unwrap(aw, st, ret);
}

// throw(exc) / throw(type[, value[, traceback]]) arguments -> the exception to throw (a type
// is instantiated later, by mp_resume)
static mp_obj_t asyncgen_exc_from_args(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError("athrow expected at least 1 argument, got 0");
    }
    mp_obj_t exc = args[0];
    if (n_args >= 2 && args[1] != mp_const_none) {
        if (mp_obj_is_exception_type(exc)) {
            exc = mp_obj_is_exception_instance(args[1]) ? args[1] : mp_call_function_1(exc, args[1]);
        } else if (mp_obj_is_exception_instance(exc)) {
            mp_raise_TypeError("instance exception may not have a separate value");
        }
    }
    if (!mp_obj_is_exception_type(exc) && !mp_obj_is_exception_instance(exc)) {
        mp_raise_msg_varg(&mp_type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
            mp_obj_get_type_str(exc));
    }
    return exc;
}

// One step of an athrow awaitable, or of an aclose one (arg == MP_OBJ_NULL): the first step
// throws the exception (GeneratorExit for aclose) in at the generator's suspension point.
static mp_vm_return_kind_t asyncgen_athrow_resume(mp_obj_asyncgen_aw_t *aw, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_gen_instance_t *g = aw->gen;
    bool is_aclose = aw->arg == MP_OBJ_NULL;
    if (aw->state == AW_CLOSED) {
        mp_raise_msg(&mp_type_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (throw_value == MP_OBJ_NULL) {
        if (g->state == GEN_FINISHED) {
            aw->state = AW_CLOSED;
            *ret = mp_const_none;
            return MP_VM_RETURN_NORMAL;
        }
        if (aw->state == AW_INIT) {
            if (g->ag_flags & MP_ASYNCGEN_RUNNING) {
                aw->state = AW_CLOSED;
                mp_raise_msg_varg(&mp_type_RuntimeError, "%s(): asynchronous generator is already running",
                    is_aclose ? "aclose" : "athrow");
            }
            if (g->ag_flags & MP_ASYNCGEN_CLOSED) {
                aw->state = AW_CLOSED;
                *ret = mp_obj_new_exception(&mp_type_StopAsyncIteration);
                return MP_VM_RETURN_EXCEPTION;
            }
            if (send_value != MP_OBJ_NULL && send_value != mp_const_none) {
                mp_raise_msg(&mp_type_RuntimeError, "can't send non-None value to a just-started coroutine");
            }
            if (is_aclose) {
                g->ag_flags |= MP_ASYNCGEN_CLOSED;
                throw_value = mp_obj_new_exception(&mp_type_GeneratorExit);
            } else {
                size_t n;
                mp_obj_t *items;
                mp_obj_tuple_get(aw->arg, &n, &items);
                aw->state = AW_CLOSED;   // (should the arguments be refused: this await is over)
                throw_value = asyncgen_exc_from_args(n, items);
            }
            aw->state = AW_ITER;
            g->ag_flags |= MP_ASYNCGEN_RUNNING;
            send_value = MP_OBJ_NULL;
        }
    }
    asyncgen_step_t st = asyncgen_step(g, send_value, throw_value, ret);
    if (!is_aclose) {
        return asyncgen_unwrap(aw, st, ret);
    }
    if (st == STEP_AWAIT) {
        return MP_VM_RETURN_YIELD;
    }
    g->ag_flags &= ~MP_ASYNCGEN_RUNNING;
    aw->state = AW_CLOSED;
    if (st == STEP_YIELD) {
        mp_raise_msg(&mp_type_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (st == STEP_RAISE && !asyncgen_exc_ends_gen(*ret)) {
        return MP_VM_RETURN_EXCEPTION;
    }
    // closed: the await of aclose() completes with None
    *ret = mp_const_none;
    return MP_VM_RETURN_NORMAL;
}

static mp_vm_return_kind_t asyncgen_aw_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_asyncgen_aw_t *aw = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_type(self_in, &mp_type_async_gen_asend)) {
        return asyncgen_asend_resume(aw, send_value, throw_value, ret);
    }
    return asyncgen_athrow_resume(aw, send_value, throw_value, ret);
}

// Abandons the await. The generator stays suspended where it was and, as in CPython 3.11,
// still counts as running (ag_running), so later asend/athrow/aclose are refused.
static mp_obj_t asyncgen_aw_close(mp_obj_t self_in) {
    mp_obj_asyncgen_aw_t *aw = MP_OBJ_TO_PTR(self_in);
    aw->state = AW_CLOSED;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_aw_close_obj, asyncgen_aw_close);

// mp_resume's entry for these awaitables (the VM's `await`, i.e. YIELD_FROM, drives them).
// GeneratorExit thrown at the await means the awaiting coroutine is being closed: like
// `yield from` on a generator it closes the awaitable, which leaves the generator alone.
mp_vm_return_kind_t mp_asyncgen_awaitable_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    if (throw_value != MP_OBJ_NULL && mp_obj_exception_match(throw_value, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))) {
        asyncgen_aw_close(self_in);
        *ret_val = throw_value;
        return MP_VM_RETURN_EXCEPTION;
    }
    return asyncgen_aw_resume(self_in, send_value, throw_value, ret_val);
}

static mp_obj_t asyncgen_aw_resume_and_raise(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = asyncgen_aw_resume(self_in, send_value, throw_value, &ret);
    return mp_gen_outcome_raise(kind, ret);
}

static mp_obj_t asyncgen_aw_iternext(mp_obj_t self_in) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = asyncgen_aw_resume(self_in, MP_OBJ_NULL, MP_OBJ_NULL, &ret);
    return mp_gen_outcome_iternext(kind, ret);
}

static mp_obj_t asyncgen_aw_self(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_aw_self_obj, asyncgen_aw_self);

static mp_obj_t asyncgen_aw_next(mp_obj_t self_in) {
    return asyncgen_aw_resume_and_raise(self_in, MP_OBJ_NULL, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_aw_next_obj, asyncgen_aw_next);

static mp_obj_t asyncgen_aw_send(mp_obj_t self_in, mp_obj_t value) {
    return asyncgen_aw_resume_and_raise(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(asyncgen_aw_send_obj, asyncgen_aw_send);

static mp_obj_t asyncgen_aw_throw(size_t n_args, const mp_obj_t *args) {
    return asyncgen_aw_resume_and_raise(args[0], MP_OBJ_NULL, asyncgen_exc_from_args(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(asyncgen_aw_throw_obj, 2, 4, asyncgen_aw_throw);

static void asyncgen_aw_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_printf(print, "<%q object at %p>", mp_obj_get_type(self_in)->name, self_in);
}

static const mp_rom_map_elem_t asyncgen_aw_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&asyncgen_aw_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&asyncgen_aw_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&asyncgen_aw_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&asyncgen_aw_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&asyncgen_aw_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&asyncgen_aw_next_obj) },
};
static MP_DEFINE_CONST_DICT(asyncgen_aw_locals_dict, asyncgen_aw_locals_dict_table);

const mp_obj_type_t mp_type_async_gen_asend = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_async_generator_asend,
    .print = asyncgen_aw_print,
    .unary_op = mp_generic_unary_op,
    .getiter = asyncgen_aw_self,
    .iternext = asyncgen_aw_iternext,
    .locals_dict = (mp_obj_dict_t *)&asyncgen_aw_locals_dict,
};

const mp_obj_type_t mp_type_async_gen_athrow = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_async_generator_athrow,
    .print = asyncgen_aw_print,
    .unary_op = mp_generic_unary_op,
    .getiter = asyncgen_aw_self,
    .iternext = asyncgen_aw_iternext,
    .locals_dict = (mp_obj_dict_t *)&asyncgen_aw_locals_dict,
};

// ---- the async_generator object ----

static mp_obj_t asyncgen_new_aw(const mp_obj_type_t *type, mp_obj_t gen, mp_obj_t arg) {
    mp_obj_asyncgen_aw_t *aw = m_new_obj(mp_obj_asyncgen_aw_t);
    aw->base.type = type;
    aw->gen = MP_OBJ_TO_PTR(gen);
    aw->arg = arg;
    aw->state = AW_INIT;
    return MP_OBJ_FROM_PTR(aw);
}

static mp_obj_t asyncgen_aiter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_aiter_obj, asyncgen_aiter);

static mp_obj_t asyncgen_anext(mp_obj_t self_in) {
    return asyncgen_new_aw(&mp_type_async_gen_asend, self_in, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_anext_obj, asyncgen_anext);

static mp_obj_t asyncgen_asend(mp_obj_t self_in, mp_obj_t value) {
    return asyncgen_new_aw(&mp_type_async_gen_asend, self_in, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(asyncgen_asend_obj, asyncgen_asend);

static mp_obj_t asyncgen_athrow(size_t n_args, const mp_obj_t *args) {
    return asyncgen_new_aw(&mp_type_async_gen_athrow, args[0], mp_obj_new_tuple(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(asyncgen_athrow_obj, 1, 4, asyncgen_athrow);

static mp_obj_t asyncgen_aclose(mp_obj_t self_in) {
    return asyncgen_new_aw(&mp_type_async_gen_athrow, self_in, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncgen_aclose_obj, asyncgen_aclose);

static const mp_rom_map_elem_t asyncgen_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___aiter__), MP_ROM_PTR(&asyncgen_aiter_obj) },
    { MP_ROM_QSTR(MP_QSTR___anext__), MP_ROM_PTR(&asyncgen_anext_obj) },
    { MP_ROM_QSTR(MP_QSTR_asend), MP_ROM_PTR(&asyncgen_asend_obj) },
    { MP_ROM_QSTR(MP_QSTR_athrow), MP_ROM_PTR(&asyncgen_athrow_obj) },
    { MP_ROM_QSTR(MP_QSTR_aclose), MP_ROM_PTR(&asyncgen_aclose_obj) },
};
static MP_DEFINE_CONST_DICT(asyncgen_locals_dict, asyncgen_locals_dict_table);

const mp_obj_type_t mp_type_async_gen_instance = {
    {&mp_type_type},
    .name = MP_QSTR_async_generator,
    .print = mp_obj_gen_print,
    .unary_op = mp_generic_unary_op,
    .attr = mp_obj_gen_attr,
    .locals_dict = (mp_obj_dict_t *)&asyncgen_locals_dict,
};

// ---- aiter(), anext() ----

// anext(it, default) returns an anext_awaitable: it awaits it.__anext__() and completes with
// `default` where that raises StopAsyncIteration. Layout: wrapped (the __anext__ awaitable),
// iter (MP_OBJ_NULL until the first step, then what drives it: wrapped itself or its
// __await__()), default_value.
typedef struct _mp_obj_anext_aw_t {
    mp_obj_base_t base;
    mp_obj_t wrapped;
    mp_obj_t iter;
    mp_obj_t default_value;
} mp_obj_anext_aw_t;

static bool asyncgen_has_method(mp_obj_t o, qstr name) {
    mp_obj_t dest[2];
    mp_load_method_maybe(o, name, dest);
    return dest[0] != MP_OBJ_NULL;
}

static mp_obj_t anext_aw_get_iter(mp_obj_anext_aw_t *self) {
    if (self->iter == MP_OBJ_NULL) {
        mp_obj_t w = self->wrapped;
        if (mp_obj_is_type(w, &mp_type_coro_instance) || mp_obj_is_type(w, &mp_type_async_gen_asend)
            || mp_obj_is_type(w, &mp_type_async_gen_athrow)) {
            self->iter = w;
        } else {
            mp_obj_t dest[2];
            mp_load_method_maybe(w, MP_QSTR___await__, dest);
            if (dest[0] == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "object %s can't be used in 'await' expression", mp_obj_get_type_str(w));
            }
            self->iter = mp_call_method_n_kw(0, 0, dest);
        }
    }
    return self->iter;
}

static mp_vm_return_kind_t anext_aw_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_anext_aw_t *self = MP_OBJ_TO_PTR(self_in);
    mp_vm_return_kind_t k = mp_resume(anext_aw_get_iter(self), send_value, throw_value, ret);
    if (k == MP_VM_RETURN_EXCEPTION && mp_obj_exception_match(*ret, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration))) {
        *ret = self->default_value;
        return MP_VM_RETURN_NORMAL;
    }
    return k;
}

static mp_obj_t anext_aw_resume_and_raise(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = anext_aw_resume(self_in, send_value, throw_value, &ret);
    return mp_gen_outcome_raise(kind, ret);
}

static mp_obj_t anext_aw_iternext(mp_obj_t self_in) {
    mp_obj_t ret;
    mp_vm_return_kind_t kind = anext_aw_resume(self_in, MP_OBJ_NULL, MP_OBJ_NULL, &ret);
    return mp_gen_outcome_iternext(kind, ret);
}

static mp_obj_t anext_aw_next(mp_obj_t self_in) {
    return anext_aw_resume_and_raise(self_in, MP_OBJ_NULL, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(anext_aw_next_obj, anext_aw_next);

static mp_obj_t anext_aw_send(mp_obj_t self_in, mp_obj_t value) {
    return anext_aw_resume_and_raise(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(anext_aw_send_obj, anext_aw_send);

static mp_obj_t anext_aw_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t exc = asyncgen_exc_from_args(n_args - 1, args + 1);
    return anext_aw_resume_and_raise(args[0], MP_OBJ_NULL, exc);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(anext_aw_throw_obj, 2, 4, anext_aw_throw);

static mp_obj_t anext_aw_close(mp_obj_t self_in) {
    mp_obj_t it = anext_aw_get_iter(MP_OBJ_TO_PTR(self_in));
    mp_obj_t dest[2];
    mp_load_method_maybe(it, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(anext_aw_close_obj, anext_aw_close);

static const mp_rom_map_elem_t anext_aw_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&anext_aw_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&anext_aw_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&anext_aw_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&asyncgen_aw_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&asyncgen_aw_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&anext_aw_next_obj) },
};
static MP_DEFINE_CONST_DICT(anext_aw_locals_dict, anext_aw_locals_dict_table);

static const mp_obj_type_t mp_type_anext_awaitable = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_anext_awaitable,
    .print = asyncgen_aw_print,
    .unary_op = mp_generic_unary_op,
    .getiter = asyncgen_aw_self,
    .iternext = anext_aw_iternext,
    .locals_dict = (mp_obj_dict_t *)&anext_aw_locals_dict,
};

// calls o.name() when o has it, else raises TypeError(msg % type name)
static mp_obj_t asyncgen_call_special(mp_obj_t o, qstr name, const char *msg) {
    mp_obj_t dest[2];
    mp_load_method_maybe(o, name, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, msg, mp_obj_get_type_str(o));
    }
    return mp_call_method_n_kw(0, 0, dest);
}

static mp_obj_t asyncgen_builtin_aiter(mp_obj_t o) {
    mp_obj_t it = asyncgen_call_special(o, MP_QSTR___aiter__, "'%s' object is not an async iterable");
    if (!asyncgen_has_method(it, MP_QSTR___anext__)) {
        mp_raise_msg_varg(&mp_type_TypeError, "aiter() returned not an async iterator of type '%s'", mp_obj_get_type_str(it));
    }
    return it;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_aiter_obj, asyncgen_builtin_aiter);

static mp_obj_t asyncgen_builtin_anext(size_t n_args, const mp_obj_t *args) {
    mp_obj_t aw = asyncgen_call_special(args[0], MP_QSTR___anext__, "'%s' object is not an async iterator");
    if (n_args == 1) {
        return aw;
    }
    mp_obj_anext_aw_t *self = m_new_obj(mp_obj_anext_aw_t);
    self->base.type = &mp_type_anext_awaitable;
    self->wrapped = aw;
    self->iter = MP_OBJ_NULL;
    self->default_value = args[1];
    return MP_OBJ_FROM_PTR(self);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_anext_obj, 1, 2, asyncgen_builtin_anext);
