// py/objfun.c: function objects: built-in (C) functions, bytecode functions and closures,
// cells, bound methods, and binding of call arguments into a bytecode frame.
//
// A bytecode function (mp_obj_fun_bc_t, py/bc.h) is its raw code, the globals dict it was
// defined in, its defaults and, for closures, the cells of its free variables in a trailing
// array (so closures need no separate wrapper object and share the fun_bc fast paths).
// Calling one builds the frame on the C stack (a VLA sized from the raw code) and runs the VM:
// no heap allocation per call unless the frame is huge or *args/**kwargs/cells are involved.
#include <string.h>

#include "py/bc.h"
#include "py/runtime.h"

// Frames up to this many words live on the C stack; larger ones go to the heap.
#define FUN_BC_MAX_STACK_FRAME_WORDS (2048)

// ---- built-in functions ----

NORETURN static void fun_raise_arg_count(size_t expected, size_t given) {
    mp_raise_msg_varg(&mp_type_TypeError, "function takes %d positional arguments but %d were given", (int)expected, (int)given);
}

NORETURN static void fun_raise_no_kw(void) {
    mp_raise_TypeError("function doesn't take keyword arguments");
}

static void fun_builtin_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_printf(print, "<function>");
}

static mp_obj_t fun_builtin_0_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw) {
        fun_raise_no_kw();
    }
    if (n_args != 0) {
        fun_raise_arg_count(0, n_args);
    }
    return self->fun._0();
}

static mp_obj_t fun_builtin_1_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw) {
        fun_raise_no_kw();
    }
    if (n_args != 1) {
        fun_raise_arg_count(1, n_args);
    }
    return self->fun._1(args[0]);
}

static mp_obj_t fun_builtin_2_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw) {
        fun_raise_no_kw();
    }
    if (n_args != 2) {
        fun_raise_arg_count(2, n_args);
    }
    return self->fun._2(args[0], args[1]);
}

static mp_obj_t fun_builtin_3_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw) {
        fun_raise_no_kw();
    }
    if (n_args != 3) {
        fun_raise_arg_count(3, n_args);
    }
    return self->fun._3(args[0], args[1], args[2]);
}

static mp_obj_t fun_builtin_var_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_var_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args < self->n_args_min) {
        mp_raise_msg_varg(&mp_type_TypeError, "function missing %d required positional arguments", (int)(self->n_args_min - n_args));
    }
    if (n_args > self->n_args_max) {
        fun_raise_arg_count(self->n_args_max, n_args);
    }
    if (self->takes_kw) {
        mp_map_t kw_map;
        mp_map_init_from_kw_args(&kw_map, n_kw, args + n_args);
        return self->fun.kw(n_args, args, &kw_map);
    }
    if (n_kw) {
        fun_raise_no_kw();
    }
    return self->fun.var(n_args, args);
}

#define FUN_BUILTIN_TYPE(type_name, call_fun) \
    const mp_obj_type_t type_name = { \
        {&mp_type_type}, \
        .flags = MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_BUILTIN_FUN, \
        .name = MP_QSTR_function, \
        .print = fun_builtin_print, \
        .call = call_fun, \
        .unary_op = mp_generic_unary_op, \
    }

FUN_BUILTIN_TYPE(mp_type_fun_builtin_0, fun_builtin_0_call);
FUN_BUILTIN_TYPE(mp_type_fun_builtin_1, fun_builtin_1_call);
FUN_BUILTIN_TYPE(mp_type_fun_builtin_2, fun_builtin_2_call);
FUN_BUILTIN_TYPE(mp_type_fun_builtin_3, fun_builtin_3_call);
FUN_BUILTIN_TYPE(mp_type_fun_builtin_var, fun_builtin_var_call);

// ---- argument binding ----

static qstr fun_kw_name(mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return MP_OBJ_QSTR_VALUE(key);
    }
    return mp_obj_str_get_qstr(key);
}

// The general case: keywords, defaults, *args, **kwargs, keyword-only parameters.
static void fun_bind_args_slow(mp_obj_t *locals, const mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_raw_code_t *rc = fun->rc;
    size_t n_pos = rc->n_pos_args;
    size_t n_kwonly = rc->n_kwonly_args;
    size_t slot = n_pos + n_kwonly;

    if (n_args > n_pos && !(rc->scope_flags & MP_SCOPE_FLAG_VARARGS)) {
        fun_raise_arg_count(n_pos, n_args);
    }
    size_t n_copy = n_args < n_pos ? n_args : n_pos;
    for (size_t i = 0; i < n_copy; i++) {
        locals[i] = args[i];
    }
    if (rc->scope_flags & MP_SCOPE_FLAG_VARARGS) {
        if (n_args > n_pos) {
            locals[slot] = mp_obj_new_tuple(n_args - n_pos, args + n_pos);
        } else {
            locals[slot] = mp_const_empty_tuple;
        }
        slot++;
    }
    mp_obj_t kw_dict = MP_OBJ_NULL;
    if (rc->scope_flags & MP_SCOPE_FLAG_VARKW) {
        kw_dict = mp_obj_new_dict(0);
        locals[slot] = kw_dict;
    }

    const mp_obj_t *kw = args + n_args;
    for (size_t i = 0; i < n_kw; i++) {
        qstr name = fun_kw_name(kw[2 * i]);
        size_t j;
        for (j = rc->n_posonly_args; j < n_pos + n_kwonly; j++) {
            if (rc->arg_names[j] == name) {
                break;
            }
        }
        if (j < n_pos + n_kwonly) {
            if (locals[j] != MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "function got multiple values for argument '%q'", name);
            }
            locals[j] = kw[2 * i + 1];
        } else if (kw_dict != MP_OBJ_NULL) {
            mp_obj_dict_store(kw_dict, MP_OBJ_NEW_QSTR(name), kw[2 * i + 1]);
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "unexpected keyword argument '%q'", name);
        }
    }

    // positional defaults cover the last len(def_args) positional parameters
    size_t n_def = 0;
    mp_obj_t *defs = NULL;
    if (fun->def_args != MP_OBJ_NULL) {
        mp_obj_tuple_get(fun->def_args, &n_def, &defs);
    }
    size_t n_missing = 0;
    for (size_t i = 0; i < n_pos; i++) {
        if (locals[i] == MP_OBJ_NULL) {
            if (i + n_def >= n_pos) {
                locals[i] = defs[i + n_def - n_pos];
            } else {
                n_missing++;
            }
        }
    }
    if (n_missing) {
        mp_raise_msg_varg(&mp_type_TypeError, "function missing %d required positional arguments", (int)n_missing);
    }
    for (size_t i = n_pos; i < n_pos + n_kwonly; i++) {
        if (locals[i] == MP_OBJ_NULL) {
            mp_map_elem_t *e = NULL;
            if (fun->def_kw_args != MP_OBJ_NULL) {
                e = mp_map_lookup(mp_obj_dict_get_map(fun->def_kw_args), MP_OBJ_NEW_QSTR(rc->arg_names[i]), MP_MAP_LOOKUP);
            }
            if (e == NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "function missing required keyword argument '%q'", rc->arg_names[i]);
            }
            locals[i] = e->value;
        }
    }
}

void mp_setup_code_state(mp_code_state_t *cs, const mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_raw_code_t *rc = fun->rc;
    mp_obj_t *locals = cs->state;
    cs->fun = fun;
    cs->ip = rc->code;
    cs->sp = locals + rc->n_locals - 1;
    cs->exc_sp = mp_code_state_exc_base(cs) - 1;
    cs->result = MP_OBJ_NULL;
    cs->reraise = false;
    if (MP_LIKELY(n_kw == 0 && n_args == rc->n_pos_args
        && !(rc->scope_flags & (MP_SCOPE_FLAG_VARARGS | MP_SCOPE_FLAG_VARKW)) && rc->n_kwonly_args == 0)) {
        for (size_t i = 0; i < n_args; i++) {
            locals[i] = args[i];
        }
        for (size_t i = n_args; i < rc->n_locals; i++) {
            locals[i] = MP_OBJ_NULL;
        }
    } else {
        for (size_t i = 0; i < rc->n_locals; i++) {
            locals[i] = MP_OBJ_NULL;
        }
        fun_bind_args_slow(locals, fun, n_args, n_kw, args);
    }
    for (size_t i = 0; i < rc->n_cells; i++) {
        size_t s = rc->cell_slots[i];
        locals[s] = mp_obj_new_cell(locals[s]);
    }
    for (size_t i = 0; i < rc->n_free; i++) {
        locals[rc->free_start + i] = fun->closed[i];
    }
}

mp_obj_t mp_code_state_locals_dict(const mp_code_state_t *cs) {
    const mp_raw_code_t *rc = cs->fun->rc;
    if (rc->slot_names == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t d = mp_obj_new_dict(0);
    for (size_t i = 0; i < rc->n_slot_names && i < rc->n_locals; i++) {
        mp_obj_t v = cs->state[i];
        if (rc->slot_names[i] == MP_QSTRnull || v == MP_OBJ_NULL) {
            continue;
        }
        if (mp_obj_is_type(v, &mp_type_cell)) {
            v = mp_obj_cell_get(v);
            if (v == MP_OBJ_NULL) {
                continue;
            }
        }
        mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(rc->slot_names[i]), v);
    }
    return d;
}

// ---- bytecode functions ----

mp_obj_t mp_obj_new_fun_bc(const mp_raw_code_t *rc, mp_obj_t def_args, mp_obj_t def_kw_args, size_t n_closed, const mp_obj_t *closed) {
    // our compiler guarantees these shapes; code translated from .mpy files is checked here
    if ((def_args != MP_OBJ_NULL && !mp_obj_is_type(def_args, &mp_type_tuple))
        || (def_kw_args != MP_OBJ_NULL && !mp_obj_is_type(def_kw_args, &mp_type_dict))) {
        mp_raise_TypeError("bad function defaults");
    }
    for (size_t i = 0; i < n_closed; i++) {
        if (!mp_obj_is_type(closed[i], &mp_type_cell)) {
            mp_raise_TypeError("bad closure cell");
        }
    }
    mp_obj_fun_bc_t *o = m_new_obj_var(mp_obj_fun_bc_t, mp_obj_t, n_closed);
    o->base.type = (rc->scope_flags & (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_COROUTINE)) ? &mp_type_gen_wrap : &mp_type_fun_bc;
    o->rc = rc;
    o->globals = mp_state.dict_globals;
    o->def_args = def_args;
    o->def_kw_args = def_kw_args;
    o->dict = MP_OBJ_NULL;
    o->n_closed = n_closed;
    for (size_t i = 0; i < n_closed; i++) {
        o->closed[i] = closed[i];
    }
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_make_function_from_raw_code(const mp_raw_code_t *rc, mp_obj_t def_args, mp_obj_t def_kw_args) {
    return mp_obj_new_fun_bc(rc, def_args, def_kw_args, 0, NULL);
}

static mp_obj_t fun_bc_run(const mp_obj_fun_bc_t *fun, mp_code_state_t *cs, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_setup_code_state(cs, fun, n_args, n_kw, args);
    mp_obj_dict_t *old_globals = mp_state.dict_globals;
    mp_state.dict_globals = fun->globals;
    mp_vm_return_kind_t kind = mp_execute_bytecode(cs, MP_OBJ_NULL);
    mp_state.dict_globals = old_globals;
    if (MP_LIKELY(kind == MP_VM_RETURN_NORMAL)) {
        return cs->result;
    }
    nlr_jump(MP_OBJ_TO_PTR(cs->result));
}

mp_obj_t mp_obj_fun_bc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_stack_check();
    // loop-free code (deep recursion) must still see Ctrl-C: check pending work per call too
    if (MP_UNLIKELY(mp_state.pending_exception != MP_OBJ_NULL)) {
        mp_handle_pending(true);
    }
    const mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(self_in);
    size_t words = sizeof(mp_code_state_t) / sizeof(mp_obj_t) + mp_code_state_words(fun->rc);
    if (MP_LIKELY(words <= FUN_BC_MAX_STACK_FRAME_WORDS)) {
        mp_obj_t frame[words];
        return fun_bc_run(fun, (mp_code_state_t *)frame, n_args, n_kw, args);
    }
    mp_code_state_t *cs = m_malloc(words * sizeof(mp_obj_t));
    mp_obj_t ret = fun_bc_run(fun, cs, n_args, n_kw, args);
    m_free(cs, words * sizeof(mp_obj_t));
    return ret;
}

static void fun_bc_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(o);
    // the qualified name, as CPython (code from .mpy files has only the plain one)
    mp_printf(print, "<function %q at %p>", fun->rc->qualname != MP_QSTRnull ? fun->rc->qualname : fun->rc->name, o);
}

static void fun_bc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_SENTINEL) {
        if (attr == MP_QSTR___defaults__ || attr == MP_QSTR___kwdefaults__) {
            // f.__defaults__ = (..) / None, del f.__kwdefaults__: replace what calls bind
            mp_obj_t v = dest[1];
            bool is_pos = attr == MP_QSTR___defaults__;
            if (v == MP_OBJ_NULL || v == mp_const_none) {
                v = MP_OBJ_NULL;
            } else if (is_pos && !mp_obj_is_type(v, &mp_type_tuple)) {
                mp_raise_TypeError("__defaults__ must be set to a tuple object");
            } else if (!is_pos && !mp_obj_is_type(v, &mp_type_dict)) {
                mp_raise_TypeError("__kwdefaults__ must be set to a dict object");
            }
            if (is_pos) {
                fun->def_args = v;
            } else {
                fun->def_kw_args = v;
            }
            dest[0] = MP_OBJ_NULL;
            return;
        }
        // store / delete a function attribute (f.x = 1): kept in a dict made on first use
        if (fun->dict == MP_OBJ_NULL) {
            if (dest[1] == MP_OBJ_NULL) {
                return;
            }
            fun->dict = mp_obj_new_dict(0);
        }
        mp_map_t *m = mp_obj_dict_get_map(fun->dict);
        if (dest[1] == MP_OBJ_NULL) {
            if (mp_map_lookup(m, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
                dest[0] = MP_OBJ_NULL;
            }
        } else {
            mp_map_lookup(m, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (fun->dict != MP_OBJ_NULL) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(fun->dict), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
    }
    if (attr == MP_QSTR___dict__) {
        if (fun->dict == MP_OBJ_NULL) {
            fun->dict = mp_obj_new_dict(0);
        }
        dest[0] = fun->dict;
    } else if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(fun->rc->name);
    } else if (attr == MP_QSTR___qualname__) {
        // code loaded from .mpy files has no qualified name: its plain name stands in
        dest[0] = MP_OBJ_NEW_QSTR(fun->rc->qualname != MP_QSTRnull ? fun->rc->qualname : fun->rc->name);
    } else if (attr == MP_QSTR___defaults__) {
        dest[0] = fun->def_args != MP_OBJ_NULL ? fun->def_args : mp_const_none;
    } else if (attr == MP_QSTR___kwdefaults__) {
        dest[0] = fun->def_kw_args != MP_OBJ_NULL ? fun->def_kw_args : mp_const_none;
    } else if (attr == MP_QSTR___globals__) {
        dest[0] = MP_OBJ_FROM_PTR(fun->globals);
    } else if (attr == MP_QSTR___module__) {
        mp_map_elem_t *e = mp_map_lookup(&fun->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        dest[0] = e != NULL ? e->value : mp_const_none;
    } else if (attr == MP_QSTR___doc__) {
        dest[0] = mp_const_none; // docstrings are not kept (as MicroPython)
    } else if (attr == MP_QSTR___get__) {
        dest[0] = MP_OBJ_FROM_PTR(&mp_descr_get_obj);
        dest[1] = self_in;
    }
}

const mp_obj_type_t mp_type_fun_bc = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_function,
    .print = fun_bc_print,
    .call = mp_obj_fun_bc_call,
    .unary_op = mp_generic_unary_op,
    .attr = fun_bc_attr,
};

// Closures are fun_bc objects with captured cells; this type exists for code that asks for it.
const mp_obj_type_t mp_type_closure = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_closure,
    .print = fun_bc_print,
    .call = mp_obj_fun_bc_call,
    .unary_op = mp_generic_unary_op,
    .attr = fun_bc_attr,
};

// Generator functions: same object layout; calling one makes a generator (py/objgenerator.c).
static mp_obj_t gen_wrap_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return mp_obj_new_gen_instance(MP_OBJ_TO_PTR(self_in), n_args, n_kw, args);
}

const mp_obj_type_t mp_type_gen_wrap = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_function,
    .print = fun_bc_print,
    .call = gen_wrap_call,
    .unary_op = mp_generic_unary_op,
    .attr = fun_bc_attr,
};

// ---- cells ----

static void cell_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const mp_obj_cell_t *c = MP_OBJ_TO_PTR(o);
    if (c->obj == MP_OBJ_NULL) {
        mp_printf(print, "<cell at %p: empty>", o);
    } else {
        mp_printf(print, "<cell at %p: %s object at %p>", o, mp_obj_get_type_str(c->obj), c->obj);
    }
}

const mp_obj_type_t mp_type_cell = {
    {&mp_type_type},
    .name = MP_QSTR_cell,
    .print = cell_print,
};

mp_obj_t mp_obj_new_cell(mp_obj_t obj) {
    mp_obj_cell_t *c = m_new_obj(mp_obj_cell_t);
    c->base.type = &mp_type_cell;
    c->obj = obj;
    return MP_OBJ_FROM_PTR(c);
}

// ---- bound methods ----

typedef struct _mp_obj_bound_meth_t {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} mp_obj_bound_meth_t;

// Small calls prepend self in a C-stack array; big ones use the heap.
#define BOUND_METH_STACK_ARGS (16)

static mp_obj_t bound_meth_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n_total = n_args + 2 * n_kw;
    if (n_total < BOUND_METH_STACK_ARGS) {
        mp_obj_t buf[BOUND_METH_STACK_ARGS];
        buf[0] = self->self;
        memcpy(buf + 1, args, n_total * sizeof(mp_obj_t));
        return mp_call_function_n_kw(self->meth, n_args + 1, n_kw, buf);
    }
    mp_obj_t *buf = m_new(mp_obj_t, n_total + 1);
    buf[0] = self->self;
    memcpy(buf + 1, args, n_total * sizeof(mp_obj_t));
    mp_obj_t ret = mp_call_function_n_kw(self->meth, n_args + 1, n_kw, buf);
    m_del(mp_obj_t, buf, n_total + 1);
    return ret;
}

static void bound_meth_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(o);
    mp_printf(print, "<bound_method %p ", o);
    mp_obj_print_helper(print, self->self, PRINT_REPR);
    mp_print_str(print, ".");
    mp_obj_print_helper(print, self->meth, PRINT_REPR);
    mp_print_str(print, ">");
}

static void bound_meth_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    const mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___self__) {
        dest[0] = self->self;
    } else if (attr == MP_QSTR___func__) {
        dest[0] = self->meth;
    } else {
        dest[0] = mp_load_attr(self->meth, attr);
    }
}

static mp_obj_t bound_meth_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_type(rhs_in, &mp_type_bound_meth)) {
        return op == MP_BINARY_OP_EQUAL ? mp_const_false : mp_const_true;
    }
    const mp_obj_bound_meth_t *a = MP_OBJ_TO_PTR(lhs_in);
    const mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(rhs_in);
    bool eq = a->self == b->self && mp_obj_equal(a->meth, b->meth);
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

static mp_obj_t bound_meth_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    if (op == MP_UNARY_OP_HASH) {
        const mp_obj_bound_meth_t *self = MP_OBJ_TO_PTR(o_in);
        return MP_OBJ_NEW_SMALL_INT(((mp_uint_t)self->self >> 3) ^ ((mp_uint_t)self->meth >> 3));
    }
    return MP_OBJ_NULL;
}

const mp_obj_type_t mp_type_bound_meth = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    .name = MP_QSTR_bound_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};

mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self) {
    mp_obj_bound_meth_t *o = m_new_obj(mp_obj_bound_meth_t);
    o->base.type = &mp_type_bound_meth;
    o->meth = meth;
    o->self = self;
    return MP_OBJ_FROM_PTR(o);
}

qstr mp_obj_fun_get_name(mp_const_obj_t fun_in) {
    if (mp_obj_is_obj(fun_in)) {
        const mp_obj_type_t *t = ((const mp_obj_base_t *)fun_in)->type;
        if (t == &mp_type_fun_bc || t == &mp_type_gen_wrap || t == &mp_type_closure) {
            return ((const mp_obj_fun_bc_t *)fun_in)->rc->name;
        }
        if (t == &mp_type_bound_meth) {
            return mp_obj_fun_get_name(((const mp_obj_bound_meth_t *)fun_in)->meth);
        }
    }
    return MP_QSTR_;
}
