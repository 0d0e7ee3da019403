// py/objmethoddescr.c: a built-in method reached through its class, `list.append`.
//
// The C functions in a built-in type's locals dict assume args[0] is an object of that type
// (they cast it without looking). Bound through an instance that holds; fetched from the
// class, the caller chooses args[0], so `list.append(5, 1)` would hand an int to list code.
// type_attr therefore wraps such a function in a method descriptor that checks args[0] on
// every call, and swaps an instance of a user subclass (class L(list)) for the native
// object it carries, which is what the C function expects.
#include <alloca.h>
#include <string.h>

#include "py/runtime.h"

typedef struct _mp_obj_method_descr_t {
    mp_obj_base_t base;
    const mp_obj_type_t *owner; // the built-in type whose locals dict holds fun
    mp_obj_t fun;               // a built-in function object (MP_TYPE_FLAG_BUILTIN_FUN)
    qstr name;
} mp_obj_method_descr_t;

mp_obj_t mp_obj_new_method_descr(const mp_obj_type_t *owner, qstr name, mp_obj_t fun) {
    mp_obj_method_descr_t *o = m_new_obj(mp_obj_method_descr_t);
    o->base.type = &mp_type_method_descr;
    o->owner = owner;
    o->fun = fun;
    o->name = name;
    return MP_OBJ_FROM_PTR(o);
}

static void method_descr_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_method_descr_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<method '%q' of '%q' objects>", self->name, self->owner->name);
}

// The object the C function may safely receive as self, or MP_OBJ_NULL when there is none.
static mp_obj_t method_descr_self(const mp_obj_type_t *owner, mp_obj_t obj) {
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (!mp_obj_is_subclass(t, owner)) {
        return MP_OBJ_NULL;
    }
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        // A user subclass of the built-in type: use the native object inside it.
        obj = mp_obj_get_native(obj, owner);
        t = mp_obj_get_type(obj);
        if ((t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || !mp_obj_is_subclass(t, owner)) {
            return MP_OBJ_NULL;
        }
    }
    return obj;
}

static mp_obj_t method_descr_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_method_descr_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args == 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "unbound method '%q.%q' needs an argument",
            self->owner->name, self->name);
    }
    mp_obj_t native = method_descr_self(self->owner, args[0]);
    if (native == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor '%q' for '%q' objects doesn't apply to a '%q' object",
            self->name, self->owner->name, mp_obj_get_type(args[0])->name);
    }
    if (native == args[0]) {
        return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
    }
    size_t n = n_args + 2 * n_kw;
    mp_obj_t *args2 = alloca(n * sizeof(mp_obj_t));
    memcpy(args2, args, n * sizeof(mp_obj_t));
    args2[0] = native;
    return mp_call_function_n_kw(self->fun, n_args, n_kw, args2);
}

static mp_obj_t method_descr_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    // `list.append == list.append` although each lookup makes a new descriptor
    if (op == MP_BINARY_OP_EQUAL && mp_obj_is_type(rhs_in, &mp_type_method_descr)) {
        mp_obj_method_descr_t *a = MP_OBJ_TO_PTR(lhs_in);
        mp_obj_method_descr_t *b = MP_OBJ_TO_PTR(rhs_in);
        return mp_obj_new_bool(a->owner == b->owner && a->fun == b->fun);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t method_descr_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_method_descr_t *self = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_HASH) {
        // consistent with __eq__ above: equal descriptors hash alike
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)(((uintptr_t)self->fun ^ (uintptr_t)self->owner) >> 3));
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_true;
    }
    return MP_OBJ_NULL;
}

static void method_descr_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_method_descr_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    } else if (attr == MP_QSTR___objclass__) {
        dest[0] = MP_OBJ_FROM_PTR(self->owner);
    }
}

const mp_obj_type_t mp_type_method_descr = {
    {&mp_type_type},
    // BINDS_SELF: `class C(list): add = list.append` binds like the original method
    .flags = MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_BUILTIN_FUN,
    .name = MP_QSTR_method_descriptor,
    .print = method_descr_print,
    .call = method_descr_call,
    .unary_op = method_descr_unary_op,
    .binary_op = method_descr_binary_op,
    .attr = method_descr_attr,
};
