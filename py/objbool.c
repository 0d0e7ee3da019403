// py/objbool.c: the bool type and its two instances, True and False.
//
// True and False are the ROM objects mp_const_true_obj / mp_const_false_obj (compare them by
// identity). bool derives from int (parent = &mp_type_int, so isinstance(True, int) and int's
// methods apply) and cannot itself be subclassed. Arithmetic treats them as the ints 0 and 1
// by handing over to mp_obj_int_binary_op; only & | ^ between two bools stay bools.
#include "py/runtime.h"

const mp_obj_bool_t mp_const_false_obj = { { &mp_type_bool }, false };
const mp_obj_bool_t mp_const_true_obj = { { &mp_type_bool }, true };

static inline mp_int_t bool_value(mp_obj_t o) {
    return ((mp_obj_bool_t *)MP_OBJ_TO_PTR(o))->value;
}

static void bool_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_print_str(print, bool_value(self_in) ? "True" : "False");
}

static mp_obj_t bool_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("bool() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "bool expected at most 1 argument, got %d", (int)n_args);
    }
    return n_args == 0 ? mp_const_false : mp_obj_new_bool(mp_obj_is_true(args[0]));
}

static mp_obj_t bool_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return o_in;
        case MP_UNARY_OP_NOT:
            return mp_obj_new_bool(!bool_value(o_in));
        default:
            return mp_obj_int_unary_op(op, MP_OBJ_NEW_SMALL_INT(bool_value(o_in)));
    }
}

static mp_obj_t bool_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (mp_obj_is_type(rhs_in, &mp_type_bool)) {
        mp_int_t a = bool_value(lhs_in), b = bool_value(rhs_in);
        switch (op) {
            case MP_BINARY_OP_AND:
            case MP_BINARY_OP_INPLACE_AND:
            case MP_BINARY_OP_REVERSE_AND:
                return mp_obj_new_bool(a & b);
            case MP_BINARY_OP_OR:
            case MP_BINARY_OP_INPLACE_OR:
            case MP_BINARY_OP_REVERSE_OR:
                return mp_obj_new_bool(a | b);
            case MP_BINARY_OP_XOR:
            case MP_BINARY_OP_INPLACE_XOR:
            case MP_BINARY_OP_REVERSE_XOR:
                return mp_obj_new_bool(a ^ b);
            default:
                break;
        }
    }
    return mp_obj_int_binary_op(op, MP_OBJ_NEW_SMALL_INT(bool_value(lhs_in)), rhs_in);
}

// real, imag, numerator, denominator: as for int (int's attr slot unwraps bools)
static void bool_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_type_int.attr(self_in, attr, dest);
}

const mp_obj_type_t mp_type_bool = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_NOT_BASETYPE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    .name = MP_QSTR_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = bool_attr,
    .parent = &mp_type_int,
};
