// py/objtype.c: `type`, `object`, user classes and their instances, super, property,
// staticmethod, classmethod, and __build_class__.
//
// A class statement creates a heap mp_obj_type_t (MP_TYPE_FLAG_HEAP | INSTANCE_TYPE) whose
// slots are the generic instance_* handlers below; they look special methods up along the
// class's MRO. The MRO is computed once, with C3 linearisation, and stored as a tuple (self
// first); built-in types have no MRO tuple and are reached through `parent` links.
//
// Instances are mp_obj_instance_t (py/obj.h): a members map, plus subobj[0] when the class
// derives from a built-in type: the native object that built-in methods and slots operate on.
// Special methods the class does not define fall through to that native object's slots.
#include <string.h>
#include <alloca.h>
#include <math.h>

#include "py/runtime.h"
#include "py/gc.h"

static mp_obj_t instance_make_new(const mp_obj_type_t *self, size_t n_args, size_t n_kw, const mp_obj_t *args);
static void instance_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind);
static mp_obj_t instance_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);
static mp_obj_t instance_unary_op(mp_unary_op_t op, mp_obj_t self_in);
static mp_obj_t instance_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
static void instance_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
static mp_obj_t instance_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
static mp_obj_t instance_getiter(mp_obj_t self_in);
static mp_obj_t instance_iternext(mp_obj_t self_in);
static int instance_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags);

static bool is_user_data_descr(mp_obj_t m);
static void type_link_meta_instance(mp_obj_t o);

// memcpy of call arguments; args may be NULL when there are none.
static inline void copy_args(mp_obj_t *dest, const mp_obj_t *src, size_t n) {
    if (n > 0) {
        memcpy(dest, src, n * sizeof(mp_obj_t));
    }
}

// ---- MRO lookups ----

static inline bool type_is_native(const mp_obj_type_t *t) {
    return !(t->flags & MP_TYPE_FLAG_HEAP);
}

// For an instance of a user metaclass that wraps a class (the class a metaclass made), that
// class; else MP_OBJ_NULL (an ordinary instance, or a metaclass instance still being built).
static inline mp_obj_t meta_instance_class(const mp_obj_instance_t *self) {
    mp_obj_t c = self->subobj[0];
    return (self->base.type->flags & MP_TYPE_FLAG_IS_METACLASS) && c != MP_OBJ_NULL && mp_obj_is_type(c, &mp_type_type)
           ? c : MP_OBJ_NULL;
}

// Looks attr up in one type's own dict (no parents).
static mp_obj_t type_own_lookup(const mp_obj_type_t *t, qstr attr) {
    if (t->locals_dict == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup(&t->locals_dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return e ? e->value : MP_OBJ_NULL;
}

// ---- operator methods of built-in types ----
// Built-in types implement operators through their binary_op/unary_op slots, not through
// locals-dict entries; a lookup of `__add__`, `__radd__`, `__neg__`... that finds nothing
// else yields one of these callables, so that (5).__add__(3), int.__mul__(2, 3),
// hasattr(x, '__sub__') and super().__add__(o) in a subclass of int/str/list work.

// Besides the operators, the protocol slots give __getitem__/__setitem__/__delitem__ (subscr),
// __len__, __iter__ and __contains__, so that super().__getitem__(i) in a subclass of str or bytearray works.
// The conversion methods stand for builtins: x.__format__(s) is format(x, s), __round__ round(),
// __reversed__ reversed(), __trunc__/__floor__/__ceil__ math's, __complex__/__bytes__ the
// value itself; all act on the native value (super().__format__(s) in a subclass of int).
enum { NATIVE_BINARY, NATIVE_UNARY, NATIVE_GETITEM, NATIVE_SETITEM, NATIVE_DELITEM, NATIVE_LEN, NATIVE_ITER, NATIVE_CONTAINS,
       NATIVE_FORMAT, NATIVE_ROUND, NATIVE_REVERSED, NATIVE_TRUNC, NATIVE_FLOOR, NATIVE_CEIL, NATIVE_SELF };

typedef struct _native_op_meth_t {
    mp_obj_base_t base;
    uint16_t op;
    uint16_t kind;      // NATIVE_*
} native_op_meth_t;

static const uint16_t native_slot_names[] = {
    [NATIVE_GETITEM] = MP_QSTR___getitem__, [NATIVE_SETITEM] = MP_QSTR___setitem__,
    [NATIVE_DELITEM] = MP_QSTR___delitem__, [NATIVE_LEN] = MP_QSTR___len__, [NATIVE_ITER] = MP_QSTR___iter__,
    [NATIVE_CONTAINS] = MP_QSTR___contains__, [NATIVE_FORMAT] = MP_QSTR___format__,
    [NATIVE_ROUND] = MP_QSTR___round__, [NATIVE_REVERSED] = MP_QSTR___reversed__,
    [NATIVE_TRUNC] = MP_QSTR___trunc__, [NATIVE_FLOOR] = MP_QSTR___floor__, [NATIVE_CEIL] = MP_QSTR___ceil__,
};

static qstr native_op_meth_name(const native_op_meth_t *self) {
    switch (self->kind) {
        case NATIVE_BINARY: return mp_binary_op_method_name[self->op];
        case NATIVE_UNARY: return mp_unary_op_method_name[self->op];
        case NATIVE_SELF: return self->op;
        default: return native_slot_names[self->kind];
    }
}

// Whether the __eq__/__ne__ of built-in type t (any operator method of a numeric t) takes an
// instance of type o itself (CPython's slots answer NotImplemented otherwise: int.__eq__(1.0),
// (1).__add__(1.0), [].__eq__(0)).
static bool native_eq_accepts(const mp_obj_type_t *t, const mp_obj_type_t *o) {
    bool o_int = mp_obj_is_subclass(o, &mp_type_int);
    if (t == &mp_type_int || t == &mp_type_bool) {
        return o_int;
    }
    if (t == &mp_type_float) {
        return o_int || mp_obj_is_subclass(o, &mp_type_float);
    }
    if (t == &mp_type_complex) {
        return o_int || mp_obj_is_subclass(o, &mp_type_float) || mp_obj_is_subclass(o, &mp_type_complex);
    }
    if (t == &mp_type_set || t == &mp_type_frozenset) {
        return mp_obj_is_subclass(o, &mp_type_set) || mp_obj_is_subclass(o, &mp_type_frozenset);
    }
    return mp_obj_is_subclass(o, t);
}

static mp_obj_t instance_native(mp_obj_t self_in);

// The built-in value a conversion method acts on: an instance of a subclass gives its native
// object (so super().__format__() does not come back to the subclass's own method).
static mp_obj_t native_value(mp_obj_t x) {
    if (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t n = instance_native(x);
        if (n != MP_OBJ_NULL) {
            return n;
        }
    }
    return x;
}

static mp_obj_t native_op_meth_call(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    native_op_meth_t *self = MP_OBJ_TO_PTR(fun);
    qstr name = native_op_meth_name(self);
    static const uint8_t n_wanted[] = {
        [NATIVE_BINARY] = 2, [NATIVE_UNARY] = 1, [NATIVE_GETITEM] = 2, [NATIVE_SETITEM] = 3,
        [NATIVE_DELITEM] = 2, [NATIVE_LEN] = 1, [NATIVE_ITER] = 1, [NATIVE_CONTAINS] = 2,
        [NATIVE_FORMAT] = 2, [NATIVE_ROUND] = 2, [NATIVE_REVERSED] = 1, [NATIVE_TRUNC] = 1,
        [NATIVE_FLOOR] = 1, [NATIVE_CEIL] = 1, [NATIVE_SELF] = 1,
    };
    size_t want = n_wanted[self->kind];
    if (self->kind == NATIVE_ROUND && n_kw == 0 && n_args == 1) {
        want = 1; // __round__(ndigits=None)
    }
    if (n_kw != 0 || n_args != want) {
        mp_raise_msg_varg(&mp_type_TypeError, "%q() takes %d argument%s", name, (int)want, want == 1 ? "" : "s");
    }
    switch (self->kind) {
        case NATIVE_UNARY:
            return mp_unary_op(self->op, native_value(args[0]));
        case NATIVE_GETITEM:
            return mp_obj_subscr(args[0], args[1], MP_OBJ_SENTINEL);
        case NATIVE_SETITEM:
            mp_obj_subscr(args[0], args[1], args[2]);
            return mp_const_none;
        case NATIVE_DELITEM:
            mp_obj_subscr(args[0], args[1], MP_OBJ_NULL);
            return mp_const_none;
        case NATIVE_LEN:
            return mp_obj_len(args[0]);
        case NATIVE_ITER:
            return mp_getiter(args[0]);
        case NATIVE_CONTAINS:
            return mp_binary_op(MP_BINARY_OP_IN, args[1], args[0]);
        case NATIVE_FORMAT:
            return mp_obj_format_value(native_value(args[0]), args[1]);
        case NATIVE_ROUND:
            return mp_obj_round(native_value(args[0]), n_args > 1 ? args[1] : MP_OBJ_NULL);
        case NATIVE_REVERSED: {
            mp_obj_t v = native_value(args[0]);
            return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_reversed), 1, 0, &v);
        }
        case NATIVE_TRUNC:
        case NATIVE_FLOOR:
        case NATIVE_CEIL: {
            mp_obj_t v = native_value(args[0]);
            if (!mp_obj_is_float(v)) {
                return mp_unary_op(MP_UNARY_OP_INT, v);
            }
            double d = mp_obj_float_get(v);
            return mp_obj_new_int_from_float(self->kind == NATIVE_FLOOR ? floor(d) : self->kind == NATIVE_CEIL ? ceil(d) : d);
        }
        case NATIVE_SELF:
            return native_value(args[0]);
        default:
            break;
    }
    mp_binary_op_t op = self->op;
    // self: the native value of a subclass instance (str.__eq__(self, o) in a subclass of str
    // whose own __eq__ calls it must not come back to that __eq__)
    mp_obj_t a[2] = {native_value(args[0]), args[1]};
    args = a;
    const mp_obj_type_t *t0 = mp_obj_get_type(args[0]);
    if (op < MP_BINARY_OP_REVERSE_OR && op != MP_BINARY_OP_DIVMOD && !(t0->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && t0->binary_op != NULL) {
        // x.__add__(y) asks x's own type only: NotImplemented when it cannot (CPython's slot
        // wrappers), where x + y would go on to y's reflected method or raise
        bool numeric = t0 == &mp_type_int || t0 == &mp_type_bool || t0 == &mp_type_float || t0 == &mp_type_complex;
        if ((numeric || op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && !native_eq_accepts(t0, mp_obj_get_type(args[1]))) {
            return mp_const_notimplemented;
        }
        mp_obj_t r = t0->binary_op(op, args[0], args[1]);
        return r == MP_OBJ_NULL ? mp_const_notimplemented : r;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        return mp_binary_op(op - MP_BINARY_OP_REVERSE_OFFSET, args[1], args[0]);
    }
    if (op == MP_BINARY_OP_REVERSE_DIVMOD) {
        return mp_binary_op(MP_BINARY_OP_DIVMOD, args[1], args[0]);
    }
    return mp_binary_op(op, args[0], args[1]);
}

static void native_op_meth_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    native_op_meth_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<slot wrapper '%q'>", native_op_meth_name(self));
}

static const mp_obj_type_t mp_type_native_op_meth = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_function,
    .print = native_op_meth_print,
    .call = native_op_meth_call,
};

_Static_assert(MP_BINARY_OP_NUM <= 64, "binary op bitmask");
#define OPBIT(op) ((uint64_t)1 << (op))
#define OPBIT3(op) (OPBIT(MP_BINARY_OP_##op) | OPBIT(MP_BINARY_OP_REVERSE_##op) | OPBIT(MP_BINARY_OP_INPLACE_##op))
#define OPBIT2(op) (OPBIT(MP_BINARY_OP_##op) | OPBIT(MP_BINARY_OP_REVERSE_##op))

// Which binary operator methods a built-in type has (as CPython's types do); comparisons: all.
static uint64_t native_binary_ops(const mp_obj_type_t *t) {
    uint64_t cmp = OPBIT(MP_BINARY_OP_LESS) | OPBIT(MP_BINARY_OP_MORE) | OPBIT(MP_BINARY_OP_EQUAL)
        | OPBIT(MP_BINARY_OP_LESS_EQUAL) | OPBIT(MP_BINARY_OP_MORE_EQUAL) | OPBIT(MP_BINARY_OP_NOT_EQUAL);
    uint64_t arith = OPBIT2(ADD) | OPBIT2(SUBTRACT) | OPBIT2(MULTIPLY) | OPBIT2(TRUE_DIVIDE)
        | OPBIT2(FLOOR_DIVIDE) | OPBIT2(MODULO) | OPBIT2(POWER) | OPBIT(MP_BINARY_OP_DIVMOD)
        | OPBIT(MP_BINARY_OP_REVERSE_DIVMOD);
    uint64_t bits = OPBIT2(OR) | OPBIT2(XOR) | OPBIT2(AND) | OPBIT2(LSHIFT) | OPBIT2(RSHIFT);
    uint64_t setops = OPBIT2(OR) | OPBIT2(XOR) | OPBIT2(AND) | OPBIT2(SUBTRACT);
    uint64_t seq = OPBIT(MP_BINARY_OP_ADD) | OPBIT2(MULTIPLY);
    if (t == &mp_type_int || t == &mp_type_bool) {
        return cmp | arith | bits;
    } else if (t == &mp_type_float || t == &mp_type_complex) {
        return cmp | arith;
    } else if (t == &mp_type_str || t == &mp_type_bytes) {
        return cmp | seq | OPBIT2(MODULO);
    } else if (t == &mp_type_bytearray) {
        return cmp | seq | OPBIT2(MODULO) | OPBIT(MP_BINARY_OP_INPLACE_ADD) | OPBIT(MP_BINARY_OP_INPLACE_MULTIPLY);
    } else if (t == &mp_type_list || t == &mp_type_array) {
        return cmp | seq | OPBIT(MP_BINARY_OP_INPLACE_ADD) | OPBIT(MP_BINARY_OP_INPLACE_MULTIPLY);
    } else if (t == &mp_type_tuple) {
        return cmp | seq;
    } else if (t == &mp_type_set) {
        return cmp | setops | OPBIT(MP_BINARY_OP_INPLACE_OR) | OPBIT(MP_BINARY_OP_INPLACE_XOR)
               | OPBIT(MP_BINARY_OP_INPLACE_AND) | OPBIT(MP_BINARY_OP_INPLACE_SUBTRACT);
    } else if (t == &mp_type_frozenset) {
        return cmp | setops;
    } else if (t == &mp_type_dict) {
        return cmp | OPBIT3(OR);
    }
    return cmp;
}

// Quick filter for the lookup-miss paths: whether attr lies within the qstr range of the
// operator method names (static qstrs are sorted, so that is the block of dunder names).
static uint16_t op_name_lo = 0xffff, op_name_hi = 0;

static MP_NOINLINE void op_name_range_init(void) {
    uint16_t lo = 0xffff, hi = 0;
    {
        for (size_t i = 0; i < MP_BINARY_OP_NUM; i++) {
            qstr q = mp_binary_op_method_name[i];
            if (q != MP_QSTRnull) {
                lo = q < lo ? q : lo;
                hi = q > hi ? q : hi;
            }
        }
        for (size_t i = 0; i < MP_UNARY_OP_NUM_RUNTIME; i++) {
            qstr q = mp_unary_op_method_name[i];
            if (q != MP_QSTRnull) {
                lo = q < lo ? q : lo;
                hi = q > hi ? q : hi;
            }
        }
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(native_slot_names); i++) {
        qstr q = native_slot_names[i];
        if (q != MP_QSTRnull) {
            lo = q < lo ? q : lo;
            hi = q > hi ? q : hi;
        }
    }
    static const uint16_t self_names[] = {MP_QSTR___complex__, MP_QSTR___bytes__};
    for (size_t i = 0; i < MP_ARRAY_SIZE(self_names); i++) {
        lo = self_names[i] < lo ? self_names[i] : lo;
        hi = self_names[i] > hi ? self_names[i] : hi;
    }
    op_name_lo = lo;
    op_name_hi = hi;
}

static inline bool maybe_op_name(qstr attr) {
    if (op_name_hi == 0) {
        op_name_range_init();
    }
    return attr >= op_name_lo && attr <= op_name_hi;
}

// The operator method `attr` of built-in type t, or MP_OBJ_NULL.
static mp_obj_t native_op_lookup(const mp_obj_type_t *t, qstr attr) {
    if (!maybe_op_name(attr) || t == NULL || t == &mp_type_object || (t->flags & MP_TYPE_FLAG_HEAP)) {
        return MP_OBJ_NULL;
    }
    int op = -1;
    bool unary = false;
    if (t->binary_op != NULL) {
        for (int i = 0; i < MP_BINARY_OP_NUM; i++) {
            if (mp_binary_op_method_name[i] == attr) {
                // (`in`/__contains__ is a locals entry of the container types that have it)
                if (i != MP_BINARY_OP_IN && i != MP_BINARY_OP_CONTAINS && (native_binary_ops(t) & OPBIT(i))) {
                    op = i;
                }
                break;
            }
        }
    }
    bool numeric = t == &mp_type_int || t == &mp_type_bool || t == &mp_type_float || t == &mp_type_complex;
    int kind = NATIVE_BINARY;
    if (op < 0 && !numeric) {
        // the protocol slots (the types with a locals entry for one of these find that first)
        bool sized = t == &mp_type_str || t == &mp_type_bytes || t == &mp_type_bytearray || t == &mp_type_array
            || t == &mp_type_memoryview || t == &mp_type_set || t == &mp_type_frozenset || t == &mp_type_range
            || t == &mp_type_deque;
        if (t->subscr != NULL && (attr == MP_QSTR___getitem__ || attr == MP_QSTR___setitem__ || attr == MP_QSTR___delitem__)) {
            bool mutable_seq = t == &mp_type_bytearray || t == &mp_type_array || t == &mp_type_memoryview || t == &mp_type_deque;
            kind = attr == MP_QSTR___getitem__ ? NATIVE_GETITEM : attr == MP_QSTR___setitem__ ? NATIVE_SETITEM : NATIVE_DELITEM;
            if (kind == NATIVE_GETITEM || mutable_seq) {
                op = 0;
            }
        } else if (attr == MP_QSTR___len__ && sized && t->unary_op != NULL) {
            kind = NATIVE_LEN;
            op = 0;
        } else if (attr == MP_QSTR___iter__ && t->getiter != NULL) {
            kind = NATIVE_ITER;
            op = 0;
        } else if (attr == MP_QSTR___contains__ && sized && t != &mp_type_memoryview) {
            kind = NATIVE_CONTAINS;
            op = 0;
        }
    }
    bool is_int = t == &mp_type_int || t == &mp_type_bool;
    if (op < 0 && numeric) {
        static const uint8_t unary_ops[] = {MP_UNARY_OP_POSITIVE, MP_UNARY_OP_NEGATIVE, MP_UNARY_OP_INVERT, MP_UNARY_OP_ABS,
                                            MP_UNARY_OP_BOOL, MP_UNARY_OP_INT, MP_UNARY_OP_FLOAT, MP_UNARY_OP_INDEX};
        for (size_t i = 0; i < MP_ARRAY_SIZE(unary_ops); i++) {
            if (mp_unary_op_method_name[unary_ops[i]] == attr) {
                mp_unary_op_t u = unary_ops[i];
                bool ok = u == MP_UNARY_OP_INVERT || u == MP_UNARY_OP_INDEX ? is_int
                    : u == MP_UNARY_OP_INT || u == MP_UNARY_OP_FLOAT ? t != &mp_type_complex : true;
                if (ok) {
                    op = u;
                    unary = true;
                }
                break;
            }
        }
    }
    if (op < 0 && attr == MP_QSTR___hash__ && (numeric || t == &mp_type_str || t == &mp_type_bytes
                                              || t == &mp_type_tuple || t == &mp_type_frozenset || t == &mp_type_range)) {
        op = MP_UNARY_OP_HASH;
        unary = true;
    }
    if (op < 0) {
        // conversion methods standing for builtins
        bool real = is_int || t == &mp_type_float;
        kind = NATIVE_BINARY;
        if (attr == MP_QSTR___format__) {
            kind = NATIVE_FORMAT;
        } else if (real && attr == MP_QSTR___round__) {
            kind = NATIVE_ROUND;
        } else if (real && attr == MP_QSTR___trunc__) {
            kind = NATIVE_TRUNC;
        } else if (real && attr == MP_QSTR___floor__) {
            kind = NATIVE_FLOOR;
        } else if (real && attr == MP_QSTR___ceil__) {
            kind = NATIVE_CEIL;
        } else if ((t == &mp_type_list || t == &mp_type_range) && attr == MP_QSTR___reversed__) {
            kind = NATIVE_REVERSED;
        } else if ((t == &mp_type_complex && attr == MP_QSTR___complex__) || (t == &mp_type_bytes && attr == MP_QSTR___bytes__)) {
            kind = NATIVE_SELF;
        }
        if (kind != NATIVE_BINARY) {
            op = kind == NATIVE_SELF ? (int)attr : 0;
        }
    }
    if (op < 0) {
        return MP_OBJ_NULL;
    }
    native_op_meth_t *m = m_new_obj(native_op_meth_t);
    m->base.type = &mp_type_native_op_meth;
    m->op = op;
    m->kind = unary ? NATIVE_UNARY : kind;
    return MP_OBJ_FROM_PTR(m);
}

bool mp_obj_is_native_op_meth(mp_obj_t m) {
    return mp_obj_is_type(m, &mp_type_native_op_meth);
}

mp_obj_t mp_obj_type_native_op_lookup(const mp_obj_type_t *t, qstr attr) {
    return native_op_lookup(t, attr);
}

// mro_lookup's last resort: an operator method of the built-in type (or built-in base) of type.
static MP_NOINLINE mp_obj_t mro_lookup_native_op(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t *after, const mp_obj_type_t **found_in) {
    const mp_obj_type_t *nb = type;
    if (type->flags & MP_TYPE_FLAG_HEAP) {
        if (!mp_obj_type_find_native_base(type, &nb) || nb == after) {
            return MP_OBJ_NULL;
        }
    }
    mp_obj_t m = native_op_lookup(nb, attr);
    if (m != MP_OBJ_NULL && found_in) {
        *found_in = nb;
    }
    return m;
}

// Looks attr up along the MRO of `type`, starting after `after` (NULL: from the start).
// Returns the raw member and the type it was found in.
static mp_obj_t mro_lookup(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t *after, const mp_obj_type_t **found_in) {
    if (type->mro != NULL) {
        size_t n = type->mro->len;
        size_t i = 0;
        if (after != NULL) {
            for (; i < n; i++) {
                if (MP_OBJ_TO_PTR(type->mro->items[i]) == after) {
                    i++;
                    break;
                }
            }
        }
        for (; i < n; i++) {
            const mp_obj_type_t *t = MP_OBJ_TO_PTR(type->mro->items[i]);
            if (t->mro != NULL && t != type && t->flags & MP_TYPE_FLAG_HEAP) {
                // heap type: own dict only (its bases are later in our MRO)
            }
            mp_obj_t m;
            if (t->flags & MP_TYPE_FLAG_HEAP) {
                m = type_own_lookup(t, attr);
            } else {
                // A built-in type in the MRO stands for its whole parent chain.
                m = MP_OBJ_NULL;
                for (const mp_obj_type_t *p = t; p != NULL; p = p->parent) {
                    m = type_own_lookup(p, attr);
                    if (m != MP_OBJ_NULL) {
                        t = p;
                        break;
                    }
                }
            }
            if (m != MP_OBJ_NULL) {
                if (found_in) {
                    *found_in = t;
                }
                return m;
            }
        }
        // (no operator-method fallback here: this miss path is hot for user classes;
        // super_lookup adds it for subclasses of built-in types)
        return MP_OBJ_NULL;
    }
    bool started = after == NULL;
    for (const mp_obj_type_t *t = type; t != NULL; t = t->parent) {
        if (started) {
            mp_obj_t m = type_own_lookup(t, attr);
            if (m != MP_OBJ_NULL) {
                if (found_in) {
                    *found_in = t;
                }
                return m;
            }
        } else if (t == after) {
            started = true;
        }
    }
    if (!(type->flags & MP_TYPE_FLAG_HEAP) && after == NULL && started && maybe_op_name(attr)) {
        // int.__add__, (5).__mul__, int.__format__...: a built-in type's operator methods,
        // which come before object's (int.__hash__, int.__format__ are int's own)
        mp_obj_t m = mro_lookup_native_op(type, attr, NULL, found_in);
        if (m != MP_OBJ_NULL) {
            return m;
        }
    }
    if (started && type != &mp_type_object && after != &mp_type_object) {
        mp_obj_t m = type_own_lookup(&mp_type_object, attr);
        if (m != MP_OBJ_NULL) {
            if (found_in) {
                *found_in = &mp_type_object;
            }
            return m;
        }
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_type_lookup(const mp_obj_type_t *type, qstr attr) {
    return mro_lookup(type, attr, NULL, NULL);
}

// User-defined special method: only from heap types in the MRO (built-in behaviour comes
// from the native object's slots instead).
static mp_obj_t user_special_lookup(const mp_obj_type_t *type, qstr attr) {
    const mp_obj_type_t *found = NULL;
    mp_obj_t m = mro_lookup(type, attr, NULL, &found);
    if (m == MP_OBJ_NULL || found == NULL || !(found->flags & MP_TYPE_FLAG_HEAP)) {
        return MP_OBJ_NULL;
    }
    return m;
}

size_t mp_obj_type_find_native_base(const mp_obj_type_t *type, const mp_obj_type_t **base) {
    *base = NULL;
    if (!(type->flags & MP_TYPE_FLAG_HEAP)) {
        if (type == &mp_type_object) {
            return 0;
        }
        *base = type;
        return 1;
    }
    if (type->mro == NULL) {
        return 0;
    }
    size_t count = 0;
    for (size_t i = 0; i < type->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(type->mro->items[i]);
        if (!(t->flags & MP_TYPE_FLAG_HEAP) && t != &mp_type_object) {
            // Count distinct native layouts: a parent of one found already is the same one.
            if (*base == NULL) {
                *base = t;
                count = 1;
            } else if (!mp_obj_is_subclass(*base, t)) {
                count++;
            }
        }
    }
    return count;
}

mp_obj_t mp_obj_get_native(mp_obj_t self_in, const mp_obj_type_t *native_type) {
    if (!mp_obj_is_obj(self_in)) {
        return self_in;
    }
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    if ((t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_is_subclass(t, native_type)) {
        mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
        const mp_obj_type_t *nb;
        if (mp_obj_type_find_native_base(t, &nb) && self->subobj[0] != MP_OBJ_NULL) {
            return self->subobj[0];
        }
    }
    return self_in;
}

static inline bool instance_has_native(mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    const mp_obj_type_t *nb;
    return mp_obj_type_find_native_base(t, &nb) != 0;
}

static mp_obj_t instance_native(mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    if (!instance_has_native(self_in)) {
        return MP_OBJ_NULL;
    }
    return self->subobj[0];
}

// ---- instances ----

mp_obj_t mp_obj_new_instance(const mp_obj_type_t *cls, const mp_obj_type_t **native_base) {
    size_t num_native = mp_obj_type_find_native_base(cls, native_base);
    mp_obj_instance_t *o;
    if (cls->flags & MP_TYPE_FLAG_HAS_DEL) {
        o = m_malloc_with_finaliser(sizeof(mp_obj_instance_t) + (num_native ? 1 : 0) * sizeof(mp_obj_t));
    } else {
        o = m_malloc(sizeof(mp_obj_instance_t) + (num_native ? 1 : 0) * sizeof(mp_obj_t));
    }
    o->base.type = cls;
    o->dict_base.type = &mp_type_dict;
    mp_map_init(&o->members, 0);
    return MP_OBJ_FROM_PTR(o);
}

static bool native_is_mutable_container(const mp_obj_type_t *nb) {
    return nb == &mp_type_list || nb == &mp_type_dict || nb == &mp_type_set || nb == &mp_type_bytearray
           || nb == &mp_type_ordereddict || nb == &mp_type_deque;
}

static mp_obj_t instance_make_new(const mp_obj_type_t *self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t init_fn = mp_obj_type_lookup(self, MP_QSTR___init__);
    const mp_obj_type_t *init_in = NULL;
    mro_lookup(self, MP_QSTR___init__, NULL, &init_in);
    bool user_init = init_fn != MP_OBJ_NULL && init_in != NULL && (init_in->flags & MP_TYPE_FLAG_HEAP);

    mp_obj_t obj;
    mp_obj_t native_error = MP_OBJ_NULL;   // why the native part waits for super().__init__()
    const mp_obj_type_t *new_in = NULL;
    mp_obj_t new_fn = mro_lookup(self, MP_QSTR___new__, NULL, &new_in);
    if (new_fn != MP_OBJ_NULL && new_in != NULL && (new_in->flags & MP_TYPE_FLAG_HEAP)) {
        // A user __new__ (stored as a staticmethod): __new__(cls, *args, **kw).
        if (mp_obj_is_type(new_fn, &mp_type_staticmethod)) {
            new_fn = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(new_fn))->fun;
        }
        mp_obj_t *a2 = m_new(mp_obj_t, 1 + n_args + 2 * n_kw);
        a2[0] = MP_OBJ_FROM_PTR(self);
        copy_args(a2 + 1, args, (n_args + 2 * n_kw));
        obj = mp_call_function_n_kw(new_fn, n_args + 1, n_kw, a2);
        if (!mp_obj_isinstance(obj, self)) {
            return obj;   // __init__ is not called, as in CPython
        }
    } else {
        const mp_obj_type_t *native_base;
        obj = mp_obj_new_instance(self, &native_base);
        if (native_base != NULL) {
            mp_obj_instance_t *inst = MP_OBJ_TO_PTR(obj);
            if (native_base->make_new == NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "cannot create '%q' instances", native_base->name);
            }
            if (user_init && native_is_mutable_container(native_base)) {
                inst->subobj[0] = native_base->make_new(native_base, 0, 0, NULL);
            } else if (native_base->flags & MP_TYPE_FLAG_IS_EXCEPTION) {
                inst->subobj[0] = native_base->make_new(native_base, n_args, 0, args);
            } else if (user_init) {
                // CPython's rule (the native part is made from the constructor's arguments) as
                // long as they suit it; if they don't (class SSD1306(framebuf.FrameBuffer) whose
                // __init__(self, w, h, i2c) calls super().__init__(buf, w, h, fmt)), MicroPython's
                // rule: the native part is left to super().__init__(...) in the user __init__.
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    inst->subobj[0] = native_base->make_new(native_base, n_args, 0, args);
                    nlr_pop();
                } else if (mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), MP_OBJ_FROM_PTR(&mp_type_TypeError))
                           || mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), MP_OBJ_FROM_PTR(&mp_type_ValueError))) {
                    inst->subobj[0] = MP_OBJ_NULL;
                    native_error = MP_OBJ_FROM_PTR(nlr.ret_val);
                } else {
                    nlr_jump(nlr.ret_val);
                }
            } else {
                inst->subobj[0] = native_base->make_new(native_base, n_args, n_kw, args);
            }
            if (self->flags & MP_TYPE_FLAG_IS_METACLASS) {
                type_link_meta_instance(obj);
            }
        } else if (!user_init && (n_args > 0 || n_kw > 0)) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q() takes no arguments", self->name);
        }
    }
    if (user_init) {
        mp_obj_t *a2 = alloca((1 + n_args + 2 * n_kw) * sizeof(mp_obj_t));
        a2[0] = obj;
        copy_args(a2 + 1, args, (n_args + 2 * n_kw));
        mp_obj_t r = mp_call_function_n_kw(init_fn, n_args + 1, n_kw, a2);
        if (r != mp_const_none) {
            mp_raise_msg_varg(&mp_type_TypeError, "__init__() should return None, not '%s'", mp_obj_get_type_str(r));
        }
        if (native_error != MP_OBJ_NULL && ((mp_obj_instance_t *)MP_OBJ_TO_PTR(obj))->subobj[0] == MP_OBJ_NULL) {
            nlr_raise(native_error);   // __init__ never made the native part: the arguments' error
        }
    }
    return obj;
}

// Calls a user special method if the class defines one: returns MP_OBJ_NULL if it doesn't.
static mp_obj_t call_special(mp_obj_t self_in, qstr name, size_t n, const mp_obj_t *extra) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_obj_t m = user_special_lookup(t, name);
    if (m == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t dest[2 + 3] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_convert_member_lookup(self_in, t, m, dest);
    if (dest[0] == mp_const_none && dest[1] == MP_OBJ_NULL) {
        return MP_OBJ_SENTINEL; // e.g. __hash__ = None
    }
    for (size_t i = 0; i < n; i++) {
        dest[2 + i] = extra[i];
    }
    return mp_call_method_n_kw(n, 0, dest);
}

// object.__repr__: <module.Name object at 0x...> (the module only for user classes)
static void print_default_repr(const mp_print_t *print, mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_map_elem_t *e = NULL;
    if ((t->flags & MP_TYPE_FLAG_HEAP) && t->locals_dict != NULL) {
        e = mp_map_lookup(&t->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP);
    }
    if (e != NULL && mp_obj_is_str(e->value)) {
        mp_printf(print, "<%s.%q object at %p>", mp_obj_str_get_str(e->value), t->qualname ? t->qualname : t->name, MP_OBJ_TO_PTR(self_in));
    } else {
        mp_printf(print, "<%q object at %p>", t->name, MP_OBJ_TO_PTR(self_in));
    }
}

static void instance_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_t r = MP_OBJ_NULL;
    if (kind == PRINT_STR) {
        r = call_special(self_in, MP_QSTR___str__, 0, NULL);
    }
    mp_obj_t native = instance_native(self_in);
    if (r == MP_OBJ_NULL && kind == PRINT_STR && native != MP_OBJ_NULL) {
        // BaseException, str and bytes have their own __str__, which wins over a user __repr__
        const mp_obj_type_t *nt = mp_obj_get_type(native);
        if ((nt->flags & MP_TYPE_FLAG_IS_EXCEPTION) || nt == &mp_type_str || nt == &mp_type_bytes) {
            mp_obj_print_helper(print, native, PRINT_STR);
            return;
        }
    }
    if (r == MP_OBJ_NULL) {
        r = call_special(self_in, MP_QSTR___repr__, 0, NULL);
    }
    if (r != MP_OBJ_NULL && r != MP_OBJ_SENTINEL) {
        if (!mp_obj_is_str(r)) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s returned non-string (type %s)",
                kind == PRINT_STR && mp_obj_type_lookup(mp_obj_get_type(self_in), MP_QSTR___str__) != MP_OBJ_NULL ? "__str__" : "__repr__",
                mp_obj_get_type_str(r));
        }
        mp_obj_print_helper(print, r, PRINT_STR);
        return;
    }
    if (native != MP_OBJ_NULL) {
        const mp_obj_type_t *nt = mp_obj_get_type(native);
        if (nt->flags & MP_TYPE_FLAG_IS_EXCEPTION && kind == PRINT_REPR) {
            // MyError('x'): the class's name with the native args, no trailing comma for one arg
            mp_obj_exception_t *exc = mp_obj_exception_get_native(self_in);
            size_t n = exc->args ? exc->args->len : 0;
            mp_printf(print, "%q(", mp_obj_get_type(self_in)->name);
            for (size_t i = 0; i < n; i++) {
                if (i > 0) {
                    mp_print_str(print, ", ");
                }
                mp_obj_print_helper(print, exc->args->items[i], PRINT_REPR);
            }
            mp_print_str(print, ")");
            return;
        }
        if (nt == &mp_type_bytearray || nt == &mp_type_set || nt == &mp_type_frozenset) {
            // these reprs name the type, so a subclass's instance shows its own:
            // MyBytes(b'x'), MySet({1}), MyFrozen() (and what is inside as the built-in's)
            vstr_t vstr;
            vstr_init(&vstr, 16);
            mp_print_t p;
            mp_print_init_vstr(&p, &vstr);
            mp_obj_print_helper(&p, native, PRINT_REPR);
            const char *inner = vstr_str(&vstr);
            size_t n = vstr_len(&vstr);
            if (nt != &mp_type_set) {
                // strip "bytearray(" / "frozenset(" and the closing parenthesis
                const char *open = memchr(inner, '(', n);
                if (open != NULL && n >= 2 && inner[n - 1] == ')') {
                    n = n - 1 - (size_t)(open + 1 - inner);
                    inner = open + 1;
                }
            } else if (n == 5 && memcmp(inner, "set()", 5) == 0) {
                n = 0;
            }
            mp_printf(print, "%q(", mp_obj_get_type(self_in)->name);
            mp_print_strn(print, inner, n);
            mp_print_str(print, ")");
            vstr_clear(&vstr);
            return;
        }
        mp_obj_print_helper(print, native, kind);
        return;
    }
    print_default_repr(print, self_in);
}

static mp_obj_t instance_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_obj_t m = mp_obj_type_lookup(t, MP_QSTR___call__);
    if (m == MP_OBJ_NULL) {
        mp_obj_t native = instance_native(self_in);
        if (native != MP_OBJ_NULL) {
            return mp_call_function_n_kw(native, n_args, n_kw, args);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't callable", t->name);
    }
    mp_obj_t *a2 = alloca((2 + n_args + 2 * n_kw) * sizeof(mp_obj_t));
    mp_convert_member_lookup(self_in, t, m, a2);
    copy_args(a2 + 2, args, (n_args + 2 * n_kw));
    return mp_call_method_n_kw(n_args, n_kw, a2);
}

// What len() makes of a __len__ result: an int through __index__ (True is 1), >= 0, within a word.
static mp_obj_t len_result(mp_obj_t r) {
    if (!mp_obj_is_small_int(r)) {
        if (r == mp_const_true || r == mp_const_false) {
            return MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
        }
        if (!mp_obj_is_int(r)) {
            r = mp_unary_op(MP_UNARY_OP_INDEX, r);
        }
    }
    if (mp_obj_int_sign(r) < 0) {
        mp_raise_ValueError("__len__() should return >= 0");
    }
    if (!mp_obj_is_small_int(r)) {
        mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return r;
}

static mp_obj_t instance_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    qstr name = mp_unary_op_method_name[op];
    mp_obj_t r = MP_OBJ_NULL;
    if (name != MP_QSTRnull) {
        r = call_special(self_in, name, 0, NULL);
    }
    if (r == MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // __hash__ = None: unhashable
    }
    if (r != MP_OBJ_NULL) {
        if (op == MP_UNARY_OP_LEN) {
            return len_result(r);
        }
        if (op == MP_UNARY_OP_HASH) {
            if (!mp_obj_is_int(r)) {
                mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(r));
            }
            if (!mp_obj_is_small_int(r)) {
                r = MP_OBJ_NEW_SMALL_INT(mp_obj_get_int_truncated(r));
            }
        } else if (op == MP_UNARY_OP_BOOL && !mp_obj_is_type(r, &mp_type_bool)) {
            mp_raise_msg_varg(&mp_type_TypeError, "__bool__ should return bool, returned %s", mp_obj_get_type_str(r));
        }
        return r;
    }
    if (op == MP_UNARY_OP_BOOL) {
        // __len__ decides truth if there is no __bool__
        r = call_special(self_in, MP_QSTR___len__, 0, NULL);
        if (r != MP_OBJ_NULL && r != MP_OBJ_SENTINEL) {
            return mp_obj_new_bool(len_result(r) != MP_OBJ_NEW_SMALL_INT(0));
        }
    }
    if (op == MP_UNARY_OP_INDEX || op == MP_UNARY_OP_INT) {
        // int() falls back to __index__ ... and index to __int__? (CPython: int() uses __index__ as fallback)
        if (op == MP_UNARY_OP_INT) {
            r = call_special(self_in, MP_QSTR___index__, 0, NULL);
            if (r != MP_OBJ_NULL && r != MP_OBJ_SENTINEL) {
                return r;
            }
        }
    }
    mp_obj_t native = instance_native(self_in);
    if (native != MP_OBJ_NULL) {
        if (op == MP_UNARY_OP_HASH && user_special_lookup(t, MP_QSTR___eq__) != MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        return mp_unary_op(op, native);
    }
    if (op == MP_UNARY_OP_HASH) {
        // A class that defines __eq__ but not __hash__ is unhashable (CPython rule).
        if (user_special_lookup(t, MP_QSTR___eq__) != MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        return mp_generic_unary_op(op, self_in);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t instance_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    qstr name = mp_binary_op_method_name[op];
    mp_obj_t r = MP_OBJ_NULL;
    if (name != MP_QSTRnull) {
        r = call_special(lhs_in, name, 1, &rhs_in);
    }
    if (r == MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    if (r != MP_OBJ_NULL) {
        if (r == mp_const_notimplemented) {
            return MP_OBJ_NULL;
        }
        return r;
    }
    mp_obj_t native = instance_native(lhs_in);
    if (native != MP_OBJ_NULL) {
        const mp_obj_type_t *nt = mp_obj_get_type(native);
        if (nt->binary_op != NULL) {
            // unwrap the rhs too if it is an instance of the same native kind (or, for
            // numbers, of any numeric one: MyInt(2) * MyFloat(1.5))
            mp_obj_t rhs_native = mp_obj_get_native(rhs_in, nt);
            if (rhs_native == rhs_in && mp_obj_is_obj(rhs_in) && (mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
                && (nt == &mp_type_int || nt == &mp_type_float || nt == &mp_type_complex || nt == &mp_type_bool)) {
                static const mp_obj_type_t *const numeric[] = {&mp_type_int, &mp_type_float, &mp_type_complex};
                for (size_t i = 0; i < MP_ARRAY_SIZE(numeric) && rhs_native == rhs_in; i++) {
                    rhs_native = mp_obj_get_native(rhs_in, numeric[i]);
                }
            }
            return nt->binary_op(op, native, rhs_native);
        }
    }
    return MP_OBJ_NULL;
}

// An operator or conversion method of an instance's built-in base, bound to its native part.
static MP_NOINLINE bool instance_native_op(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_t native = instance_native(self_in);
    if (native != MP_OBJ_NULL) {
        mp_obj_t nm = native_op_lookup(mp_obj_get_type(native), attr);
        if (nm != MP_OBJ_NULL) {
            dest[0] = nm;
            dest[1] = native;
            return true;
        }
    }
    return false;
}

// object.__getattribute__ for instances: data descriptors, then the instance's own
// attributes, then the class MRO, then the native object's attributes. Leaves dest[0] NULL
// when not found. With getattr_fallback, a data descriptor raising AttributeError counts as
// not found (the caller then tries __getattr__, as CPython does).
static void instance_load_generic(mp_obj_t self_in, qstr attr, mp_obj_t *dest, bool getattr_fallback) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *type = self->base.type;
    {
        if (type->flags & MP_TYPE_FLAG_HAS_DATA_DESCR) {
            mp_obj_t m = mp_obj_type_lookup(type, attr);
            if (m != MP_OBJ_NULL && (mp_obj_is_type(m, &mp_type_property) || is_user_data_descr(m))) {
                if (!getattr_fallback) {
                    mp_convert_member_lookup(self_in, type, m, dest);
                    return;
                }
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    mp_convert_member_lookup(self_in, type, m, dest);
                    nlr_pop();
                    return;
                }
                if (!mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
                    nlr_jump(nlr.ret_val);
                }
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
        mp_map_elem_t *e = mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
        if (attr == MP_QSTR___dict__) {
            mp_obj_t cls = meta_instance_class(self);
            if (cls != MP_OBJ_NULL) {
                mp_load_method(cls, attr, dest); // the class's own dict
                return;
            }
            dest[0] = MP_OBJ_FROM_PTR(&self->dict_base);
            return;
        }
        const mp_obj_type_t *found = NULL;
        mp_obj_t m = mro_lookup(type, attr, NULL, &found);
        if (m != MP_OBJ_NULL) {
            mp_obj_t bind_self = self_in;
            if (found != NULL && type_is_native(found)) {
                if (found == &mp_type_object) {
                    // a subclass of a built-in type: the type's own operator and conversion
                    // methods (MyStr('a').__format__) come before object's
                    if (maybe_op_name(attr) && instance_native_op(self_in, attr, dest)) {
                        return;
                    }
                } else {
                    mp_obj_t native = instance_native(self_in);
                    if (native != MP_OBJ_NULL) {
                        bind_self = native;
                    } else if (!(found->flags & MP_TYPE_FLAG_IS_EXCEPTION)
                               && (mp_obj_get_type(m)->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
                        // a C method expects the native object, which super().__init__() has yet to make
                        mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't initialised: call super().__init__() first", found->name);
                    }
                    if (found == &mp_type_type && bind_self != self_in && mp_obj_is_obj(m) && (mp_obj_get_type(m)->flags & MP_TYPE_FLAG_BINDS_SELF)) {
                        // type's own methods (C.mro()) on a class made by a user metaclass
                        dest[0] = m;
                        dest[1] = bind_self;
                        return;
                    }
                }
            }
            mp_convert_member_lookup(bind_self, type, m, dest);
            return;
        }
        // a subclass of a built-in type: the type's operator and conversion methods (MyInt(3).__add__)
        if (maybe_op_name(attr) && instance_native_op(self_in, attr, dest)) {
            return;
        }
        // The native object's own attributes (exception.args, int.real, ...).
        mp_obj_t native = instance_native(self_in);
        if (native != MP_OBJ_NULL) {
            const mp_obj_type_t *nt = mp_obj_get_type(native);
            if (nt->attr != NULL) {
                nt->attr(native, attr, dest);
            }
        }
    }
}

// A user __getattribute__(self, name): its result is the attribute (never a method to bind).
// An AttributeError from it falls back to __getattr__ when the class has one.
static void instance_load_user_getattribute(mp_obj_t self_in, const mp_obj_type_t *type, qstr attr, mp_obj_t *dest) {
    mp_obj_t m = user_special_lookup(type, MP_QSTR___getattribute__);
    if (m == MP_OBJ_NULL) {
        instance_load_generic(self_in, attr, dest, type->flags & MP_TYPE_FLAG_HAS_GETATTR);
        return;
    }
    mp_obj_t d2[3];
    mp_convert_member_lookup(self_in, type, m, d2);
    d2[2] = MP_OBJ_NEW_QSTR(attr);
    if (!(type->flags & MP_TYPE_FLAG_HAS_GETATTR)) {
        dest[0] = mp_call_method_n_kw(1, 0, d2);
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        dest[0] = mp_call_method_n_kw(1, 0, d2);
        nlr_pop();
        return;
    }
    if (!mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
        nlr_jump(nlr.ret_val);
    }
    dest[0] = MP_OBJ_NULL;
}

// obj.__class__ = cls: allowed between user classes whose instances have the same layout
// (the same native base, the same __slots__ storage), as CPython.
static MP_NOINLINE void instance_set_class(mp_obj_instance_t *self, mp_obj_t value) {
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError("can't delete __class__ attribute");
    }
    value = mp_obj_get_native(value, &mp_type_type); // (a class made by a user metaclass)
    if (!mp_obj_is_type(value, &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_TypeError, "__class__ must be set to a class, not '%s' object", mp_obj_get_type_str(value));
    }
    const mp_obj_type_t *old = self->base.type;
    const mp_obj_type_t *new_type = MP_OBJ_TO_PTR(value);
    if (!(new_type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_raise_TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    const mp_obj_type_t *nb_old, *nb_new;
    size_t n_old = mp_obj_type_find_native_base(old, &nb_old);
    size_t n_new = mp_obj_type_find_native_base(new_type, &nb_new);
    if (n_old != n_new || nb_old != nb_new || (old->flags & MP_TYPE_FLAG_HAS_SLOTS) || (new_type->flags & MP_TYPE_FLAG_HAS_SLOTS)) {
        if (old != new_type) {
            mp_raise_msg_varg(&mp_type_TypeError, "__class__ assignment: '%q' object layout differs from '%q'", new_type->name, old->name);
        }
    }
    self->base.type = new_type;
}

// The stores instance_attr leaves to this (rare) path: obj.__class__ = C, obj.__dict__ = d,
// and C.x = v / del C.x on a class made by a user metaclass (they act on the class itself,
// unless the metaclass has a data descriptor for x or its own __setattr__/__delattr__).
static MP_NOINLINE bool instance_store_special(mp_obj_instance_t *self, qstr attr, mp_obj_t value) {
    const mp_obj_type_t *type = self->base.type;
    if (attr == MP_QSTR___class__) {
        instance_set_class(self, value);
        return true;
    }
    if (type->flags & MP_TYPE_FLAG_IS_METACLASS) {
        mp_obj_t cls = meta_instance_class(self);
        if ((type->flags & MP_TYPE_FLAG_USER_SETATTR) || cls == MP_OBJ_NULL) {
            return false;
        }
        mp_obj_t m = mp_obj_type_lookup(type, attr);
        if (m != MP_OBJ_NULL && (mp_obj_is_type(m, &mp_type_property) || is_user_data_descr(m))) {
            return false;
        }
        mp_store_attr(cls, attr, value);
        return true;
    }
    if (type->flags & MP_TYPE_FLAG_HAS_SLOTS) {
        return false;
    }
    // obj.__dict__ = d: the members become a copy of d (CPython shares d itself)
    if (value == MP_OBJ_NULL || !mp_obj_isinstance(value, &mp_type_dict)) {
        mp_raise_msg_varg(&mp_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
            value == MP_OBJ_NULL ? "NoneType" : mp_obj_get_type_str(value));
    }
    mp_map_t *src = mp_obj_dict_get_map(mp_obj_get_native(value, &mp_type_dict));
    mp_map_t copy;
    mp_map_init(&copy, src->used);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(src, &cur)) != NULL) {
        mp_map_lookup(&copy, e->key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
    }
    self->members = copy;
    return true;
}

// C.x for a class made by a user metaclass, in CPython's order: the metaclass's data
// descriptors, then the class and its bases (A.__init__ is A's, not the metaclass's), then
// (false: the generic instance path) the metaclass's other attributes and its __getattr__.
static MP_NOINLINE bool metaclass_instance_load(mp_obj_instance_t *self, qstr attr, mp_obj_t *dest) {
    mp_obj_t cls = meta_instance_class(self);
    if (cls == MP_OBJ_NULL) {
        return false;
    }
    mp_obj_t m = mro_lookup(self->base.type, attr, NULL, NULL);
    if (m != MP_OBJ_NULL && (mp_obj_is_type(m, &mp_type_property) || is_user_data_descr(m))) {
        return false;
    }
    mp_load_method_maybe(cls, attr, dest);
    return dest[0] != MP_OBJ_NULL;
}

static void instance_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *type = self->base.type;
    if (dest[0] == MP_OBJ_NULL) {
        // ---- load ----
        if (MP_UNLIKELY(type->flags & MP_TYPE_FLAG_IS_METACLASS) && metaclass_instance_load(self, attr, dest)) {
            return;
        }
        if (MP_UNLIKELY(type->flags & MP_TYPE_FLAG_HAS_GETATTRIBUTE)) {
            instance_load_user_getattribute(self_in, type, attr, dest);
        } else {
            instance_load_generic(self_in, attr, dest, type->flags & MP_TYPE_FLAG_HAS_GETATTR);
        }
        if (dest[0] != MP_OBJ_NULL) {
            return;
        }
        if (type->flags & MP_TYPE_FLAG_HAS_GETATTR) {
            mp_obj_t ga = mp_obj_type_lookup(type, MP_QSTR___getattr__);
            if (ga != MP_OBJ_NULL) {
                mp_obj_t d2[3];
                mp_convert_member_lookup(self_in, type, ga, d2);
                d2[2] = MP_OBJ_NEW_QSTR(attr);
                dest[0] = mp_call_method_n_kw(1, 0, d2);
            }
        }
        return;
    }
    // ---- store / delete ----
    mp_obj_t value = dest[1];
    if (MP_UNLIKELY(attr == MP_QSTR___class__ || attr == MP_QSTR___dict__ || (type->flags & MP_TYPE_FLAG_IS_METACLASS))
        && instance_store_special(self, attr, value)) {
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (type->flags & (MP_TYPE_FLAG_HAS_DATA_DESCR | MP_TYPE_FLAG_HAS_SETATTR)) {
        if (type->flags & MP_TYPE_FLAG_HAS_DATA_DESCR) {
            mp_obj_t m = mp_obj_type_lookup(type, attr);
            if (m != MP_OBJ_NULL && mp_obj_is_type(m, &mp_type_property)) {
                mp_obj_t *p = MP_OBJ_TO_PTR(m);
                mp_obj_t fn = value == MP_OBJ_NULL ? p[3] : p[2];
                if (fn == mp_const_none || fn == MP_OBJ_NULL) {
                    mp_raise_msg_varg(&mp_type_AttributeError, "property '%q' of '%q' object has no %s",
                        attr, type->name, value == MP_OBJ_NULL ? "deleter" : "setter");
                }
                if (value == MP_OBJ_NULL) {
                    mp_call_function_1(fn, self_in);
                } else {
                    mp_call_function_2(fn, self_in, value);
                }
                dest[0] = MP_OBJ_NULL;
                return;
            }
            if (m != MP_OBJ_NULL && is_user_data_descr(m)) {
                const mp_obj_type_t *mt = mp_obj_get_type(m);
                mp_obj_t fn = mp_obj_type_lookup(mt, value == MP_OBJ_NULL ? MP_QSTR___delete__ : MP_QSTR___set__);
                if (fn == MP_OBJ_NULL) {
                    mp_raise_msg(&mp_type_AttributeError, value == MP_OBJ_NULL ? "can't delete attribute" : "can't set attribute");
                }
                mp_obj_t args[3] = {m, self_in, value};
                mp_call_function_n_kw(fn, value == MP_OBJ_NULL ? 2 : 3, 0, args);
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
        if ((type->flags & MP_TYPE_FLAG_HAS_SETATTR)
            && (!(type->flags & MP_TYPE_FLAG_HAS_SLOTS) || (type->flags & MP_TYPE_FLAG_USER_SETATTR))) {
            qstr name = value == MP_OBJ_NULL ? MP_QSTR___delattr__ : MP_QSTR___setattr__;
            mp_obj_t m = user_special_lookup(type, name);
            if (m != MP_OBJ_NULL) {
                mp_obj_t d2[4];
                mp_convert_member_lookup(self_in, type, m, d2);
                d2[2] = MP_OBJ_NEW_QSTR(attr);
                d2[3] = value;
                mp_call_method_n_kw(value == MP_OBJ_NULL ? 1 : 2, 0, d2);
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
    }
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (type->flags & MP_TYPE_FLAG_HAS_SLOTS) {
        // a slot already set is stored again; a new attribute must be one of the slots
        mp_map_elem_t *e = mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e == NULL) {
            if (!mp_obj_type_slot_allowed(type, attr)) {
                mp_raise_msg_varg(&mp_type_AttributeError, "'%q' object has no attribute '%q'", type->name, attr);
            }
            e = mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        e->value = value;
        dest[0] = MP_OBJ_NULL;
        return;
    }
    mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    dest[0] = MP_OBJ_NULL;
}

static mp_obj_t instance_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_t r;
    mp_obj_t args[2] = {index, value};
    if (value == MP_OBJ_SENTINEL) {
        r = call_special(self_in, MP_QSTR___getitem__, 1, args);
        if (r == MP_OBJ_NULL) {
            r = MP_OBJ_NULL;
        } else {
            return r;
        }
    } else if (value == MP_OBJ_NULL) {
        r = call_special(self_in, MP_QSTR___delitem__, 1, args);
        if (r != MP_OBJ_NULL) {
            return mp_const_none;
        }
    } else {
        r = call_special(self_in, MP_QSTR___setitem__, 2, args);
        if (r != MP_OBJ_NULL) {
            return mp_const_none;
        }
    }
    mp_obj_t native = instance_native(self_in);
    if (native != MP_OBJ_NULL) {
        if (value == MP_OBJ_SENTINEL && mp_obj_is_type(native, &mp_type_dict)) {
            // dict subclasses: __missing__ decides about absent keys
            mp_obj_t missing = user_special_lookup(mp_obj_get_type(self_in), MP_QSTR___missing__);
            if (missing != MP_OBJ_NULL) {
                mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(native), index, MP_MAP_LOOKUP);
                if (e != NULL) {
                    return e->value;
                }
                return call_special(self_in, MP_QSTR___missing__, 1, &index);
            }
        }
        return mp_obj_subscr(native, index, value);
    }
    if (value == MP_OBJ_SENTINEL && mp_obj_is_type(self_in, &mp_type_type)) {
        return MP_OBJ_NULL;
    }
    return MP_OBJ_NULL;
}

static mp_obj_t instance_getiter(mp_obj_t self_in) {
    mp_obj_t r = call_special(self_in, MP_QSTR___iter__, 0, NULL);
    if (r != MP_OBJ_NULL && r != MP_OBJ_SENTINEL) {
        const mp_obj_type_t *rt = mp_obj_get_type(r);
        if (rt->iternext == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "iter() returned non-iterator of type '%q'", rt->name);
        }
        return r;
    }
    mp_obj_t native = instance_native(self_in);
    if (native != MP_OBJ_NULL) {
        return mp_getiter(native);
    }
    if (mp_obj_type_lookup(mp_obj_get_type(self_in), MP_QSTR___getitem__) != MP_OBJ_NULL) {
        return mp_obj_new_getitem_iter(self_in);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t instance_iternext(mp_obj_t self_in) {
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_obj_t m = user_special_lookup(t, MP_QSTR___next__);
    if (m == MP_OBJ_NULL) {
        mp_obj_t native = instance_native(self_in);
        if (native != MP_OBJ_NULL) {
            return mp_iternext(native);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "'%q' object isn't an iterator", t->name);
    }
    mp_obj_t dest[2];
    mp_convert_member_lookup(self_in, t, m, dest);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        nlr_pop();
        return r;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_StopIteration)) {
            // its value travels beside STOP, for `yield from` / `await` (as gen_iternext's)
            mp_obj_t v = mp_obj_exception_get_value(exc);
            mp_state.stop_iteration_arg = v == mp_const_none ? MP_OBJ_NULL : v;
            return MP_OBJ_STOP_ITERATION;
        }
        nlr_jump(nlr.ret_val);
    }
}

static int instance_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_t native = instance_native(self_in);
    if (native != MP_OBJ_NULL && mp_get_buffer(native, bufinfo, flags)) {
        return 0;
    }
    return 1;
}

// ---- type ----

static void type_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->flags & MP_TYPE_FLAG_HEAP) {
        mp_map_elem_t *e = mp_map_lookup(&self->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP);
        if (e != NULL && mp_obj_is_str(e->value) && !(mp_obj_is_qstr(e->value) && MP_OBJ_QSTR_VALUE(e->value) == MP_QSTR_builtins)) {
            mp_printf(print, "<class '%s.%q'>", mp_obj_str_get_str(e->value), self->qualname ? self->qualname : self->name);
            return;
        }
    }
    mp_printf(print, "<class '%q'>", self->name);
}

// C3 linearisation of a new class's bases.
static mp_obj_t compute_mro(mp_obj_t self_in, size_t n_bases, mp_obj_t *bases) {
    if (n_bases == 1 && ((const mp_obj_type_t *)MP_OBJ_TO_PTR(bases[0]))->mro != NULL) {
        // single inheritance from a class: self, then the base's MRO (what C3 gives)
        const mp_obj_tuple_t *bm = ((const mp_obj_type_t *)MP_OBJ_TO_PTR(bases[0]))->mro;
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(bm->len + 1, NULL));
        t->items[0] = self_in;
        memcpy(t->items + 1, bm->items, bm->len * sizeof(mp_obj_t));
        return MP_OBJ_FROM_PTR(t);
    }
    // Build the lists to merge: each base's MRO, then the list of bases.
    size_t n_seqs = n_bases + 1;
    mp_obj_t *seqs = m_new(mp_obj_t, n_seqs);
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        mp_obj_t lst;
        if (b->mro != NULL) {
            lst = mp_obj_new_list(b->mro->len, b->mro->items);
        } else {
            lst = mp_obj_new_list(0, NULL);
            for (const mp_obj_type_t *p = b; p != NULL; p = p->parent) {
                mp_obj_list_append(lst, MP_OBJ_FROM_PTR(p));
            }
            if (b != &mp_type_object) {
                mp_obj_list_append(lst, MP_OBJ_FROM_PTR(&mp_type_object));
            }
        }
        seqs[i] = lst;
    }
    seqs[n_bases] = mp_obj_new_list(n_bases, bases);
    mp_obj_t result = mp_obj_new_list(0, NULL);
    mp_obj_list_append(result, self_in);
    size_t *heads = m_new(size_t, n_seqs);
    for (;;) {
        // Done when every sequence is consumed.
        bool all_empty = true;
        mp_obj_t candidate = MP_OBJ_NULL;
        for (size_t i = 0; i < n_seqs; i++) {
            size_t len;
            mp_obj_t *items;
            mp_obj_list_get(seqs[i], &len, &items);
            if (heads[i] >= len) {
                continue;
            }
            all_empty = false;
            mp_obj_t c = items[heads[i]];
            // c is good if it is in no other sequence's tail
            bool in_tail = false;
            for (size_t j = 0; j < n_seqs && !in_tail; j++) {
                size_t len2;
                mp_obj_t *items2;
                mp_obj_list_get(seqs[j], &len2, &items2);
                for (size_t k = heads[j] + 1; k < len2; k++) {
                    if (items2[k] == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                candidate = c;
                break;
            }
        }
        if (all_empty) {
            break;
        }
        if (candidate == MP_OBJ_NULL) {
            mp_raise_TypeError("Cannot create a consistent method resolution order (MRO)");
        }
        mp_obj_list_append(result, candidate);
        for (size_t i = 0; i < n_seqs; i++) {
            size_t len;
            mp_obj_t *items;
            mp_obj_list_get(seqs[i], &len, &items);
            if (heads[i] < len && items[heads[i]] == candidate) {
                heads[i]++;
            }
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(result, &n, &items);
    return mp_obj_new_tuple(n, items);
}

// A user object whose class defines __set__ or __delete__ (a data descriptor).
static bool is_user_data_descr(mp_obj_t m) {
    if (!mp_obj_is_obj(m)) {
        return false;
    }
    const mp_obj_type_t *mt = mp_obj_get_type(m);
    return (mt->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
           && (mp_obj_type_lookup(mt, MP_QSTR___set__) != MP_OBJ_NULL || mp_obj_type_lookup(mt, MP_QSTR___delete__) != MP_OBJ_NULL);
}

static bool dict_has_data_descr(const mp_obj_dict_t *d) {
    if (d == NULL) {
        return false;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(&d->map, &cur)) != NULL) {
        if (mp_obj_is_type(e->value, &mp_type_property) || is_user_data_descr(e->value)) {
            return true;
        }
    }
    return false;
}

// Whether a __slots__ value (a str or an iterable of str) names attr.
static bool slots_any(mp_obj_t slots, qstr attr) {
    if (mp_obj_is_str(slots)) {
        return mp_obj_str_get_qstr(slots) == attr;
    }
    if (mp_obj_is_type(slots, &mp_type_tuple) || mp_obj_is_type(slots, &mp_type_list)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(slots, &n, &items);
        mp_obj_t key = MP_OBJ_NEW_QSTR(attr);
        for (size_t i = 0; i < n; i++) {
            if (items[i] == key) {
                return true;
            }
        }
        for (size_t i = 0; i < n; i++) {
            if (!mp_obj_is_qstr(items[i]) && mp_obj_is_str(items[i]) && mp_obj_str_get_qstr(items[i]) == attr) {
                return true;
            }
        }
        return false;
    }
    // another iterable (dict, set...): any element
    mp_obj_t it = mp_getiter(slots);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_str(item) && mp_obj_str_get_qstr(item) == attr) {
            return true;
        }
    }
    return false;
}

bool mp_obj_type_slot_allowed(const mp_obj_type_t *type, qstr attr) {
    for (size_t i = 0; i < type->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(type->mro->items[i]);
        if (t->flags & MP_TYPE_FLAG_HEAP) {
            mp_obj_t slots = type_own_lookup(t, MP_QSTR___slots__);
            if (slots != MP_OBJ_NULL && slots_any(slots, attr)) {
                return true;
            }
        }
    }
    return false;
}

// A class gets MP_TYPE_FLAG_HAS_SLOTS when it and every class it derives from (other than
// object) define __slots__, without '__dict__' among them.
static bool type_has_only_slots(const mp_obj_type_t *o) {
    const mp_obj_type_t *nb;
    if (mp_obj_type_find_native_base(o, &nb)) {
        return false;
    }
    for (size_t i = 0; i < o->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(o->mro->items[i]);
        if (t->flags & MP_TYPE_FLAG_HEAP) {
            mp_obj_t slots = type_own_lookup(t, MP_QSTR___slots__);
            if (slots == MP_OBJ_NULL || slots_any(slots, MP_QSTR___dict__)) {
                return false;
            }
        }
    }
    return true;
}

static void type_update_flags(mp_obj_type_t *o) {
    o->flags &= ~(MP_TYPE_FLAG_HAS_GETATTR | MP_TYPE_FLAG_HAS_GETATTRIBUTE | MP_TYPE_FLAG_HAS_SETATTR | MP_TYPE_FLAG_HAS_DEL | MP_TYPE_FLAG_HAS_DATA_DESCR
                  | MP_TYPE_FLAG_HAS_SLOTS | MP_TYPE_FLAG_USER_SETATTR);
    if (type_has_only_slots(o)) {
        // (HAS_SETATTR too: the VM's store fast path must leave new attributes to instance_attr)
        o->flags |= MP_TYPE_FLAG_HAS_SLOTS | MP_TYPE_FLAG_HAS_SETATTR;
    }
    if (mp_obj_type_lookup(o, MP_QSTR___getattr__) != MP_OBJ_NULL) {
        o->flags |= MP_TYPE_FLAG_HAS_GETATTR;
    }
    if (user_special_lookup(o, MP_QSTR___getattribute__) != MP_OBJ_NULL) {
        o->flags |= MP_TYPE_FLAG_HAS_GETATTRIBUTE;
    }
    if (user_special_lookup(o, MP_QSTR___setattr__) != MP_OBJ_NULL || user_special_lookup(o, MP_QSTR___delattr__) != MP_OBJ_NULL) {
        o->flags |= MP_TYPE_FLAG_HAS_SETATTR | MP_TYPE_FLAG_USER_SETATTR;
    }
    if (user_special_lookup(o, MP_QSTR___del__) != MP_OBJ_NULL) {
        o->flags |= MP_TYPE_FLAG_HAS_DEL;
    }
    if (mp_obj_is_subclass(o, &mp_type_type)) {
        // a metaclass: stores on its instances (classes) go to the class (instance_attr),
        // never to the VM's fast path into the members
        o->flags |= MP_TYPE_FLAG_IS_METACLASS | MP_TYPE_FLAG_HAS_SETATTR;
    }
    for (size_t i = 0; i < o->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(o->mro->items[i]);
        if ((t->flags & MP_TYPE_FLAG_HEAP) && dict_has_data_descr(t->locals_dict)) {
            o->flags |= MP_TYPE_FLAG_HAS_DATA_DESCR;
        }
    }
}

static mp_obj_t type_new_kw(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict, mp_map_t *kw);

mp_obj_t mp_obj_new_type(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict) {
    return type_new_kw(name, bases_tuple, locals_dict, NULL);
}

// kw: the class statement's keywords other than metaclass, passed on to __init_subclass__.
static mp_obj_t type_new_kw(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict, mp_map_t *kw) {
    size_t n_bases;
    mp_obj_t *bases;
    mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
    mp_obj_t object_only = MP_OBJ_FROM_PTR(&mp_type_object);
    if (n_bases == 0) {
        bases_tuple = mp_obj_new_tuple(1, &object_only);
        mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
    }
    uint32_t flags = MP_TYPE_FLAG_HEAP | MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE;
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type(bases[i], &mp_type_type)) {
            // a base made by a user metaclass: use the type it wraps
            mp_obj_t b = mp_obj_get_native(bases[i], &mp_type_type);
            if (b != bases[i] && mp_obj_is_type(b, &mp_type_type)) {
                bases_tuple = mp_obj_new_tuple(n_bases, bases);
                mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
                for (size_t j = i; j < n_bases; j++) {
                    bases[j] = mp_obj_get_native(bases[j], &mp_type_type);
                }
            }
        }
        if (!mp_obj_is_type(bases[i], &mp_type_type)) {
            mp_raise_TypeError("bases must be types");
        }
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        if (b->flags & MP_TYPE_FLAG_NOT_BASETYPE) {
            mp_raise_msg_varg(&mp_type_TypeError, "type '%q' is not an acceptable base type", b->name);
        }
        if (b->flags & MP_TYPE_FLAG_IS_EXCEPTION) {
            flags |= MP_TYPE_FLAG_IS_EXCEPTION;
        }
    }
    mp_obj_type_t *o = m_new0(mp_obj_type_t, 1);
    o->base.type = &mp_type_type;
    o->flags = flags;
    o->name = name;
    o->print = instance_print;
    o->make_new = instance_make_new;
    o->call = instance_call;
    o->unary_op = instance_unary_op;
    o->binary_op = instance_binary_op;
    o->attr = instance_attr;
    o->subscr = instance_subscr;
    o->getiter = instance_getiter;
    o->iternext = instance_iternext;
    o->buffer = instance_get_buffer;
    o->parent = MP_OBJ_TO_PTR(bases[0]);
    o->bases = MP_OBJ_TO_PTR(bases_tuple);
    o->locals_dict = MP_OBJ_TO_PTR(locals_dict);
    if (o->locals_dict != NULL) {
        // the class body's __qualname__ (set by the compiler) moves from the dict to the type
        mp_map_elem_t *qe = mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_MAP_LOOKUP);
        if (qe != NULL) {
            if (!mp_obj_is_str(qe->value)) {
                mp_raise_msg_varg(&mp_type_TypeError, "type __qualname__ must be a str, not %s", mp_obj_get_type_str(qe->value));
            }
            qstr qn = mp_obj_str_get_qstr(qe->value);
            if (qn != name && qn <= 0xffff) {
                o->qualname = (uint16_t)qn;
            }
            mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
        // defining __eq__ without __hash__ makes instances unhashable: __hash__ = None, as CPython
        if (mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___eq__), MP_MAP_LOOKUP) != NULL
            && mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___hash__), MP_MAP_LOOKUP) == NULL) {
            mp_obj_dict_store(MP_OBJ_FROM_PTR(o->locals_dict), MP_OBJ_NEW_QSTR(MP_QSTR___hash__), mp_const_none);
        }
    }
    o->mro = MP_OBJ_TO_PTR(compute_mro(MP_OBJ_FROM_PTR(o), n_bases, bases));
    const mp_obj_type_t *nb;
    if (mp_obj_type_find_native_base(o, &nb) > 1) {
        mp_raise_TypeError("multiple bases have instance lay-out conflict");
    }
    type_update_flags(o);
    // __set_name__(owner, name) of descriptors defined in the class body
    if (o->locals_dict != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(&o->locals_dict->map, &cur)) != NULL) {
            const mp_obj_type_t *vt = mp_obj_get_type(e->value);
            if (vt->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
                mp_obj_t sn = user_special_lookup(vt, MP_QSTR___set_name__);
                if (sn != MP_OBJ_NULL) {
                    mp_obj_t d2[4];
                    mp_convert_member_lookup(e->value, vt, sn, d2);
                    d2[2] = MP_OBJ_FROM_PTR(o);
                    d2[3] = e->key;
                    mp_call_method_n_kw(2, 0, d2);
                }
            }
        }
    }
    // __init_subclass__ of a parent class (a user one; object's is a no-op).
    const mp_obj_type_t *found = NULL;
    mp_obj_t isc = mro_lookup(o, MP_QSTR___init_subclass__, o, &found);
    if (isc != MP_OBJ_NULL && found != NULL && (found->flags & MP_TYPE_FLAG_HEAP)) {
        mp_obj_t dest[2];
        if (mp_obj_is_type(isc, &mp_type_classmethod) || mp_obj_is_type(isc, &mp_type_staticmethod)) {
            mp_convert_member_lookup(MP_OBJ_FROM_PTR(o), o, isc, dest);
        } else {
            // implicitly a classmethod
            dest[0] = isc;
            dest[1] = MP_OBJ_FROM_PTR(o);
        }
        size_t n_kw = 0;
        mp_obj_t *a = dest;
        if (kw != NULL && kw->filled > 0) {
            a = m_new(mp_obj_t, 2 + 2 * kw->filled);
            a[0] = dest[0];
            a[1] = dest[1];
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
                if (e->key != MP_OBJ_NEW_QSTR(MP_QSTR_metaclass)) {
                    a[2 + 2 * n_kw] = e->key;
                    a[3 + 2 * n_kw] = e->value;
                    n_kw++;
                }
            }
        }
        mp_call_method_n_kw(0, n_kw, a);
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t type_make_new(const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return mp_obj_type_public(mp_obj_get_type(args[0]));
    }
    if (n_args == 3) {
        if (!mp_obj_is_type(args[2], &mp_type_dict)) {
            mp_raise_TypeError("type() argument 3 must be dict");
        }
        mp_obj_t bases = args[1];
        if (!mp_obj_is_type(bases, &mp_type_tuple)) {
            mp_raise_TypeError("type() argument 2 must be tuple");
        }
        // copy the dict: the class owns its namespace
        mp_obj_t d = mp_obj_new_dict(0);
        mp_map_t *src = mp_obj_dict_get_map(args[2]);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(src, &cur)) != NULL) {
            mp_obj_dict_store(d, e->key, e->value);
        }
        // __module__ defaults to the calling module's name, as for a class statement
        mp_map_t *dm = mp_obj_dict_get_map(d);
        mp_map_elem_t *modname = mp_map_lookup(&mp_state.dict_globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        if (modname != NULL && mp_map_lookup(dm, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP) == NULL) {
            mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(MP_QSTR___module__), modname->value);
        }
        // type(name, bases, ns, **kw): the keywords go to __init_subclass__
        mp_map_t kw;
        mp_map_init_fixed_table(&kw, n_kw, args + 3);
        return type_new_kw(mp_obj_str_get_qstr(args[0]), bases, d, n_kw ? &kw : NULL);
    }
    mp_raise_TypeError("type() takes 1 or 3 arguments");
}

static mp_obj_t type_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->make_new == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot create '%q' instances", self->name);
    }
    return self->make_new(self, n_args, n_kw, args);
}

static const mp_obj_dict_t type_locals_dict;

// A tuple of types as Python code sees it: classes made by a user metaclass appear as their
// metaclass instances (the tuple itself when none does).
static mp_obj_t public_types_tuple(mp_obj_t tuple) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(tuple, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_type(items[i], &mp_type_type) && ((mp_obj_type_t *)MP_OBJ_TO_PTR(items[i]))->meta_instance != MP_OBJ_NULL) {
            mp_obj_t r = mp_obj_new_tuple(n, items);
            mp_obj_t *ritems;
            mp_obj_tuple_get(r, &n, &ritems);
            for (size_t j = i; j < n; j++) {
                if (mp_obj_is_type(ritems[j], &mp_type_type)) {
                    ritems[j] = mp_obj_type_public(MP_OBJ_TO_PTR(ritems[j]));
                }
            }
            return r;
        }
    }
    return tuple;
}

// Records metaclass instance o, whose native part is a new class, as that class's public face.
static void type_link_meta_instance(mp_obj_t o) {
    if (!mp_obj_is_obj(o) || !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_IS_METACLASS)) {
        return;
    }
    mp_obj_t n = meta_instance_class(MP_OBJ_TO_PTR(o));
    if (n != MP_OBJ_NULL) {
        mp_obj_type_t *nt = MP_OBJ_TO_PTR(n);
        if ((nt->flags & MP_TYPE_FLAG_HEAP) && nt->meta_instance == MP_OBJ_NULL) {
            nt->meta_instance = o;
        }
    }
}

static void type_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        switch (attr) {
            case MP_QSTR___name__:
                dest[0] = MP_OBJ_NEW_QSTR(self->name);
                return;
            case MP_QSTR___qualname__:
                dest[0] = MP_OBJ_NEW_QSTR(self->qualname != 0 ? self->qualname : self->name);
                return;
            case MP_QSTR___bases__:
                if (self->bases != NULL) {
                    dest[0] = public_types_tuple(MP_OBJ_FROM_PTR(self->bases));
                } else if (self == &mp_type_object) {
                    dest[0] = mp_const_empty_tuple;
                } else {
                    mp_obj_t p = MP_OBJ_FROM_PTR(self->parent ? self->parent : &mp_type_object);
                    dest[0] = mp_obj_new_tuple(1, &p);
                }
                return;
            case MP_QSTR___base__:
                dest[0] = self->parent ? mp_obj_type_public(self->parent) : (self == &mp_type_object ? mp_const_none : MP_OBJ_FROM_PTR(&mp_type_object));
                return;
            case MP_QSTR___mro__:
                if (self->mro != NULL) {
                    dest[0] = public_types_tuple(MP_OBJ_FROM_PTR(self->mro));
                } else {
                    mp_obj_t lst = mp_obj_new_list(0, NULL);
                    for (const mp_obj_type_t *p = self; p != NULL; p = p->parent) {
                        mp_obj_list_append(lst, MP_OBJ_FROM_PTR(p));
                    }
                    if (self != &mp_type_object) {
                        mp_obj_list_append(lst, MP_OBJ_FROM_PTR(&mp_type_object));
                    }
                    dest[0] = mp_obj_tuple_from_iter(lst);
                }
                return;
            case MP_QSTR___dict__:
                dest[0] = self->locals_dict ? MP_OBJ_FROM_PTR(self->locals_dict) : mp_obj_new_dict(0);
                return;
            case MP_QSTR___module__:
                if (!(self->flags & MP_TYPE_FLAG_HEAP)) {
                    dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_builtins);
                    return;
                }
                break;
            case MP_QSTR___doc__:
                if (type_own_lookup(self, MP_QSTR___doc__) == MP_OBJ_NULL) {
                    dest[0] = mp_const_none;
                    return;
                }
                break;
            default:
                break;
        }
        const mp_obj_type_t *found = NULL;
        mp_obj_t m = mro_lookup(self, attr, NULL, &found);
        if (m != MP_OBJ_NULL) {
            if (found != NULL && type_is_native(found) && found != &mp_type_object && mp_obj_is_obj(m)
                && (mp_obj_get_type(m)->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
                // list.append: the C method must not see a self of the wrong type
                dest[0] = mp_obj_new_method_descr(found, attr, m);
                return;
            }
            mp_convert_member_lookup(self_in, self, m, dest);
            if (mp_obj_is_type(m, &mp_type_property)) {
                dest[0] = m;
                dest[1] = MP_OBJ_NULL;
            }
            return;
        }
        // methods of the metatype itself: C.mro()
        mp_map_elem_t *me = mp_map_lookup((mp_map_t *)&type_locals_dict.map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (me != NULL) {
            dest[0] = me->value;
            dest[1] = self_in;
        }
        return;
    }
    if (!(self->flags & MP_TYPE_FLAG_HEAP)) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot set '%q' attribute of immutable type '%q'", attr, self->name);
    }
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        // kept on the type itself, not in its dict
        if (dest[1] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "cannot delete '%q' attribute of immutable type '%q'", attr, self->name);
        }
        if (!mp_obj_is_str(dest[1])) {
            mp_raise_msg_varg(&mp_type_TypeError, "can only assign string to %q.%q, not '%s'", self->name, attr, mp_obj_get_type_str(dest[1]));
        }
        qstr q = mp_obj_str_get_qstr(dest[1]);
        if (attr == MP_QSTR___name__) {
            if (self->qualname == 0) {
                self->qualname = self->name; // __qualname__ stays
            }
            self->name = q;
        } else {
            self->qualname = q;
        }
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        if (mp_map_lookup(&self->locals_dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
    } else {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(self->locals_dict), MP_OBJ_NEW_QSTR(attr), dest[1]);
        dest[0] = MP_OBJ_NULL;
    }
    type_update_flags(self);
}

static mp_obj_t type_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_OR || op == MP_BINARY_OP_REVERSE_OR) {
        // int | None (PEP 604) used in annotations: return a tuple, good enough for isinstance
        mp_obj_t items[2] = {lhs, rhs};
        return mp_obj_new_tuple(2, items);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t type_mro(mp_obj_t self_in) {
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    type_attr(self_in, MP_QSTR___mro__, dest);
    return mp_obj_list_from_iter(dest[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(type_mro_obj, type_mro);

static mp_obj_t type_subclasses(mp_obj_t self_in) {
    return mp_obj_new_list(0, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(type_subclasses_obj, type_subclasses);

// type.__call__(cls, *args, **kw): what super().__call__ reaches from a metaclass's __call__.
static mp_obj_t type___call__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t cls = args[0];
    if (!mp_obj_is_type(cls, &mp_type_type)) {
        cls = mp_obj_get_native(cls, &mp_type_type);
    }
    if (!mp_obj_is_type(cls, &mp_type_type)) {
        mp_raise_TypeError("descriptor '__call__' requires a 'type' object");
    }
    size_t n_kw = kw ? mp_map_len(kw) : 0;
    mp_obj_t *a = m_new(mp_obj_t, n_args - 1 + 2 * n_kw);
    copy_args(a, args + 1, (n_args - 1));
    size_t cur = 0, i = n_args - 1;
    mp_map_elem_t *e;
    while (kw && (e = mp_map_iter_next(kw, &cur)) != NULL) {
        a[i++] = e->key;
        a[i++] = e->value;
    }
    return type_call(cls, n_args - 1, n_kw, a);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(type___call___obj, 1, type___call__);

static const mp_rom_map_elem_t type_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___call__), MP_ROM_PTR(&type___call___obj) },
    { MP_ROM_QSTR(MP_QSTR_mro), MP_ROM_PTR(&type_mro_obj) },
    { MP_ROM_QSTR(MP_QSTR___subclasses__), MP_ROM_PTR(&type_subclasses_obj) },
};
static MP_DEFINE_CONST_DICT(type_locals_dict, type_locals_dict_table);

const mp_obj_type_t mp_type_type = {
    {&mp_type_type},
    .name = MP_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .unary_op = mp_generic_unary_op,
    .binary_op = type_binary_op,
    .attr = type_attr,
    .subscr = NULL,
    .locals_dict = (mp_obj_dict_t *)&type_locals_dict,
};

// ---- object ----

static mp_obj_t object_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        mp_raise_TypeError("object() takes no arguments");
    }
    mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
    o->type = &mp_type_object;
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t object___init__(size_t n_args, const mp_obj_t *args) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(object___init___obj, 1, object___init__);

static mp_obj_t object___new__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t cls_in = mp_obj_get_native(args[0], &mp_type_type); // (a class made by a user metaclass)
    if (!mp_obj_is_type(cls_in, &mp_type_type)) {
        mp_raise_TypeError("object.__new__(X): X is not a type object");
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(cls_in);
    // keywords reach only type.__new__ (a metaclass's super().__new__(mcs, name, bases, ns, **kw)),
    // which hands them to __init_subclass__; other constructors take none this way
    size_t n_kw = 0;
    mp_obj_t *a = (mp_obj_t *)args + 1;
    if (kw_args != NULL && kw_args->used > 0 && mp_obj_is_subclass(cls, &mp_type_type)) {
        n_kw = kw_args->used;
        a = m_new(mp_obj_t, n_args - 1 + 2 * n_kw);
        memcpy(a, args + 1, (n_args - 1) * sizeof(mp_obj_t));
        size_t cur = 0, k = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(kw_args, &cur)) != NULL) {
            a[n_args - 1 + 2 * k] = e->key;
            a[n_args - 1 + 2 * k + 1] = e->value;
            k++;
        }
    }
    if (!(cls->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        if (cls == &mp_type_object) {
            return object_make_new(cls, 0, 0, NULL);
        }
        return cls->make_new(cls, n_args - 1, n_kw, a);
    }
    const mp_obj_type_t *native_base;
    mp_obj_t o = mp_obj_new_instance(cls, &native_base);
    if (native_base != NULL) {
        mp_obj_instance_t *inst = MP_OBJ_TO_PTR(o);
        inst->subobj[0] = native_base->make_new(native_base, n_args - 1, n_kw, a);
        type_link_meta_instance(o);
    }
    return o;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(object___new___fun_obj, 1, object___new__);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(object___new___obj, MP_ROM_PTR(&object___new___fun_obj));

static mp_obj_t object___repr__(mp_obj_t self_in) {
    vstr_t vstr;
    vstr_init(&vstr, 32);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    // A built-in type without its own __repr__ entry resolves to this one: list.__repr__(x),
    // or super().__repr__() in a subclass of list/int/str..., must use the native printer.
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_obj_t native = (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) ? instance_native(self_in) : self_in;
    const mp_obj_type_t *nt = native != MP_OBJ_NULL ? mp_obj_get_type(native) : NULL;
    if (nt != NULL && nt != &mp_type_object && nt->print != NULL && !(nt->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_print_helper(&print, native, PRINT_REPR);
    } else {
        print_default_repr(&print, self_in);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___repr___obj, object___repr__);

// The built-in value behind o: o itself for a built-in object, the native part of an instance
// of a subclass of a built-in type; MP_OBJ_NULL for plain objects and user instances.
static mp_obj_t builtin_part(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        return instance_native(o);
    }
    return t == &mp_type_object ? MP_OBJ_NULL : o;
}

// object.__eq__/__ne__ are what str.__eq__, int.__ne__... resolve to: on built-in values
// they compare the values (str.__eq__(tag, 'x') in a str subclass's own __eq__).
static mp_obj_t object___eq__(mp_obj_t self, mp_obj_t other) {
    mp_obj_t a = builtin_part(self);
    if (a != MP_OBJ_NULL) {
        mp_obj_t b = builtin_part(other);
        return mp_binary_op(MP_BINARY_OP_EQUAL, a, b != MP_OBJ_NULL ? b : other);
    }
    return self == other ? mp_const_true : mp_const_notimplemented;
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___eq___obj, object___eq__);

static mp_obj_t object___ne__(mp_obj_t self, mp_obj_t other) {
    mp_obj_t a = builtin_part(self);
    if (a != MP_OBJ_NULL) {
        mp_obj_t b = builtin_part(other);
        return mp_binary_op(MP_BINARY_OP_NOT_EQUAL, a, b != MP_OBJ_NULL ? b : other);
    }
    mp_obj_t r = mp_binary_op(MP_BINARY_OP_EQUAL, self, other);
    return mp_obj_new_bool(!mp_obj_is_true(r));
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___ne___obj, object___ne__);

static mp_obj_t object___hash__(mp_obj_t self) {
    // str.__hash__, int.__hash__ ... resolve here: a built-in value (or the built-in part of
    // an instance of a subclass) hashes as that value does (`__hash__ = str.__hash__`)
    const mp_obj_type_t *t = mp_obj_get_type(self);
    mp_obj_t native = (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) ? instance_native(self) : self;
    if (native != MP_OBJ_NULL && native != self) {
        return mp_unary_op(MP_UNARY_OP_HASH, native);
    }
    if (native == self && t != &mp_type_object && !(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && t->unary_op != NULL) {
        return mp_unary_op(MP_UNARY_OP_HASH, self);
    }
    return mp_generic_unary_op(MP_UNARY_OP_HASH, self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___hash___obj, object___hash__);

static mp_obj_t object___setattr__(mp_obj_t self_in, mp_obj_t attr, mp_obj_t value) {
    if (!mp_obj_is_obj(self_in) || !(mp_obj_get_type(self_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_raise_TypeError("can't apply this __setattr__ to object");
    }
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *type = mp_obj_get_type(self_in);
    qstr q = mp_obj_str_get_qstr(attr);
    if ((type->flags & MP_TYPE_FLAG_HAS_SLOTS) && !mp_obj_type_slot_allowed(type, q)) {
        mp_raise_msg_varg(&mp_type_AttributeError, "'%q' object has no attribute '%q'", type->name, q);
    }
    mp_obj_t cls = meta_instance_class(self);
    if (cls != MP_OBJ_NULL) {
        mp_store_attr(cls, q, value); // a metaclass's super().__setattr__: on the class
        return mp_const_none;
    }
    mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(object___setattr___obj, object___setattr__);

static mp_obj_t object___delattr__(mp_obj_t self_in, mp_obj_t attr) {
    if (!mp_obj_is_obj(self_in) || !(mp_obj_get_type(self_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_raise_TypeError("can't apply this __delattr__ to object");
    }
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t cls = meta_instance_class(self);
    if (cls != MP_OBJ_NULL) {
        mp_store_attr(cls, mp_obj_str_get_qstr(attr), MP_OBJ_NULL);
        return mp_const_none;
    }
    if (mp_map_lookup(&self->members, MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(attr)), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "'%s' object has no attribute '%q'", mp_obj_get_type_str(self_in), mp_obj_str_get_qstr(attr));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___delattr___obj, object___delattr__);

static mp_obj_t object___getattribute__(mp_obj_t self_in, mp_obj_t attr) {
    if (!mp_obj_is_str(attr)) {
        mp_raise_msg_varg(&mp_type_TypeError, "attribute name must be string, not '%s'", mp_obj_get_type_str(attr));
    }
    qstr q = mp_obj_str_get_qstr(attr);
    if (!mp_obj_is_obj(self_in) || !(mp_obj_get_type(self_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return mp_load_attr(self_in, q);
    }
    // the generic lookup only: neither the class's __getattribute__ nor its __getattr__
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    instance_load_generic(self_in, q, dest, false);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "'%s' object has no attribute '%q'", mp_obj_get_type_str(self_in), q);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___getattribute___obj, object___getattribute__);

static mp_obj_t object___init_subclass__(mp_obj_t cls) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___init_subclass___fun_obj, object___init_subclass__);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(object___init_subclass___obj, MP_ROM_PTR(&object___init_subclass___fun_obj));

static mp_obj_t object___format__(mp_obj_t self_in, mp_obj_t spec) {
    size_t len;
    mp_obj_str_get_data(spec, &len);
    if (len != 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "unsupported format string passed to %s.__format__", mp_obj_get_type_str(self_in));
    }
    return mp_obj_str(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___format___obj, object___format__);

static mp_obj_t object___str__(mp_obj_t self_in) {
    // str has no __str__ entry of its own: str.__str__(s) and super().__str__() in a str
    // subclass give the text itself
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_obj_t native = (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) ? instance_native(self_in) : self_in;
    if (native != MP_OBJ_NULL && mp_obj_is_str(native)) {
        return mp_obj_str(native);
    }
    return mp_obj_repr(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___str___obj, object___str__);

static const mp_rom_map_elem_t object_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&object___init___obj) },
    { MP_ROM_QSTR(MP_QSTR___new__), MP_ROM_PTR(&object___new___obj) },
    { MP_ROM_QSTR(MP_QSTR___repr__), MP_ROM_PTR(&object___repr___obj) },
    { MP_ROM_QSTR(MP_QSTR___str__), MP_ROM_PTR(&object___str___obj) },
    { MP_ROM_QSTR(MP_QSTR___eq__), MP_ROM_PTR(&object___eq___obj) },
    { MP_ROM_QSTR(MP_QSTR___ne__), MP_ROM_PTR(&object___ne___obj) },
    { MP_ROM_QSTR(MP_QSTR___hash__), MP_ROM_PTR(&object___hash___obj) },
    { MP_ROM_QSTR(MP_QSTR___setattr__), MP_ROM_PTR(&object___setattr___obj) },
    { MP_ROM_QSTR(MP_QSTR___delattr__), MP_ROM_PTR(&object___delattr___obj) },
    { MP_ROM_QSTR(MP_QSTR___getattribute__), MP_ROM_PTR(&object___getattribute___obj) },
    { MP_ROM_QSTR(MP_QSTR___init_subclass__), MP_ROM_PTR(&object___init_subclass___obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&object___format___obj) },
};
static MP_DEFINE_CONST_DICT(object_locals_dict, object_locals_dict_table);

static void object_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_printf(print, "<object object at %p>", MP_OBJ_TO_PTR(self_in));
}

const mp_obj_type_t mp_type_object = {
    {&mp_type_type},
    .name = MP_QSTR_object,
    .print = object_print,
    .make_new = object_make_new,
    .unary_op = mp_generic_unary_op,
    .locals_dict = (mp_obj_dict_t *)&object_locals_dict,
};

// ---- super ----

typedef struct _mp_obj_super_t {
    mp_obj_base_t base;
    mp_obj_t type;
    mp_obj_t obj;
} mp_obj_super_t;

static void super_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "<super: ");
    mp_obj_print_helper(print, self->type, PRINT_STR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, self->obj, PRINT_STR);
    mp_print_str(print, ">");
}

static mp_obj_t super_make_new(const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args != 2 || n_kw != 0) {
        mp_raise_msg(&mp_type_RuntimeError, "super() can't find self");
    }
    // (a class made by a user metaclass is an instance of it wrapping the type)
    mp_obj_t type = mp_obj_get_native(args[0], &mp_type_type);
    if (!mp_obj_is_type(type, &mp_type_type)) {
        mp_raise_TypeError("super() argument 1 must be a type");
    }
    mp_obj_t cls = mp_obj_get_native(args[1], &mp_type_type);
    if (!mp_obj_is_type(cls, &mp_type_type) && !mp_obj_is_subclass(mp_obj_get_type(args[1]), MP_OBJ_TO_PTR(type))) {
        mp_raise_TypeError("super(type, obj): obj must be an instance or subtype of type");
    }
    mp_obj_super_t *o = m_new_obj(mp_obj_super_t);
    o->base.type = &mp_type_super;
    o->type = type;
    o->obj = args[1];
    return MP_OBJ_FROM_PTR(o);
}

// Replaces the native sub-object of an instance: super().__init__(...) of a built-in base.
static mp_obj_t native_base_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t self_in = args[0];
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    const mp_obj_type_t *nb;
    if ((t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_type_find_native_base(t, &nb) && nb != &mp_type_type) {
        // (type.__init__ does nothing: the class was made by type.__new__)
        size_t n_kw = kw ? mp_map_len(kw) : 0;
        mp_obj_t *a = m_new(mp_obj_t, n_args - 1 + 2 * n_kw);
        copy_args(a, args + 1, (n_args - 1));
        size_t cur = 0, i = n_args - 1;
        mp_map_elem_t *e;
        while (kw && (e = mp_map_iter_next(kw, &cur)) != NULL) {
            a[i++] = e->key;
            a[i++] = e->value;
        }
        mp_obj_instance_t *inst = MP_OBJ_TO_PTR(self_in);
        inst->subobj[0] = nb->make_new(nb, n_args - 1, n_kw, a);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(native_base_init_obj, 1, native_base_init);

static void super_lookup(mp_obj_t type_in, mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    // a class made by a user metaclass is an instance of it wrapping the type: both the
    // __class__ cell of its methods and cls in its classmethods may be such wrappers; both are
    // unwrapped, except obj in a metaclass's own methods (there it is rightly an instance of it)
    const mp_obj_type_t *start_after = MP_OBJ_TO_PTR(mp_obj_get_native(type_in, &mp_type_type));
    mp_obj_t obj_cls = mp_obj_is_subclass(start_after, &mp_type_type) ? obj : mp_obj_get_native(obj, &mp_type_type);
    const mp_obj_type_t *obj_type = mp_obj_is_type(obj_cls, &mp_type_type) ? MP_OBJ_TO_PTR(obj_cls) : mp_obj_get_type(obj);
    const mp_obj_type_t *found = NULL;
    mp_obj_t m = mro_lookup(obj_type, attr, start_after, &found);
    if ((m == MP_OBJ_NULL || found == &mp_type_object) && maybe_op_name(attr) && (obj_type->flags & MP_TYPE_FLAG_HEAP)) {
        // super().__add__(o) in a subclass of int, str, list...; the built-in type's own
        // method comes before object's (super().__format__(spec) in a subclass of int)
        const mp_obj_type_t *nfound = NULL;
        mp_obj_t nm = mro_lookup_native_op(obj_type, attr, start_after, &nfound);
        if (nm != MP_OBJ_NULL) {
            m = nm;
            found = nfound;
        }
    }
    if (m == MP_OBJ_NULL || (found != NULL && type_is_native(found) && attr == MP_QSTR___init__)) {
        if (attr == MP_QSTR___init__) {
            const mp_obj_type_t *nb;
            if (!mp_obj_is_type(obj, &mp_type_type) && (obj_type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && mp_obj_type_find_native_base(obj_type, &nb)) {
                dest[0] = MP_OBJ_FROM_PTR(&native_base_init_obj);
                dest[1] = obj;
                return;
            }
            if (m == MP_OBJ_NULL) {
                dest[0] = MP_OBJ_FROM_PTR(&object___init___obj);
                dest[1] = obj;
                return;
            }
        }
        if (m == MP_OBJ_NULL) {
            return;
        }
    }
    mp_obj_t bind = obj;
    // (exception methods take the instance itself: BaseException.__repr__ needs the class name)
    if (found != NULL && type_is_native(found) && found != &mp_type_object && !mp_obj_is_type(obj, &mp_type_type)
        && !(found->flags & MP_TYPE_FLAG_IS_EXCEPTION)) {
        mp_obj_t native = mp_obj_get_native(obj, found);
        bind = native;
    }
    if (found == &mp_type_type && !mp_obj_is_type(obj, &mp_type_type)) {
        // a metaclass method reaching type's own (type.__call__): bind to the class itself
        dest[0] = m;
        dest[1] = bind;
        return;
    }
    if (mp_obj_is_type(m, &mp_type_staticmethod) && attr == MP_QSTR___new__) {
        dest[0] = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(m))->fun;
        return;
    }
    if (mp_obj_is_type(obj, &mp_type_type)) {
        // super() in a classmethod: bind classmethods to the class, leave functions unbound
        mp_convert_member_lookup(obj, obj_type, m, dest);
        return;
    }
    mp_convert_member_lookup(bind, obj_type, m, dest);
}

static void super_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    super_lookup(self->type, self->obj, attr, dest);
}

void mp_load_super_method(qstr attr, mp_obj_t *dest) {
    mp_obj_t type = dest[0];
    mp_obj_t obj = dest[1];
    dest[0] = dest[1] = MP_OBJ_NULL;
    super_lookup(type, obj, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "'super' object has no attribute '%q'", attr);
    }
}

const mp_obj_type_t mp_type_super = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};

// ---- staticmethod / classmethod ----

static mp_obj_t static_class_method_make_new(const mp_obj_type_t *self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_rom_obj_static_class_method_t *o = m_new_obj(mp_rom_obj_static_class_method_t);
    o->base.type = self;
    o->fun = args[0];
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t staticmethod_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_rom_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
}

// descr.__get__(instance, owner=None) of the built-in function-like descriptors (functions,
// staticmethod, classmethod), for decorators written as classes that delegate to them.
static mp_obj_t descr_get(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    mp_obj_t inst = args[1];
    mp_obj_t owner = n_args > 2 ? args[2] : mp_const_none;
    const mp_obj_type_t *st = mp_obj_get_type(self);
    if (st == &mp_type_staticmethod || st == &mp_type_classmethod) {
        mp_obj_t fun = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(self))->fun;
        if (st == &mp_type_staticmethod) {
            return fun;
        }
        if (owner == mp_const_none) {
            owner = mp_obj_type_public(mp_obj_get_type(inst));
        }
        return mp_obj_new_bound_meth(fun, owner);
    }
    if (inst == mp_const_none) {
        return self;
    }
    return mp_obj_new_bound_meth(self, inst);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_descr_get_obj, 2, 3, descr_get);

static void static_class_method_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___func__) {
        dest[0] = ((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(self_in))->fun;
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___get__) {
        dest[0] = MP_OBJ_FROM_PTR(&mp_descr_get_obj);
        dest[1] = self_in;
    }
}

const mp_obj_type_t mp_type_staticmethod = {
    {&mp_type_type},
    .name = MP_QSTR_staticmethod,
    .make_new = static_class_method_make_new,
    .call = staticmethod_call,
    .attr = static_class_method_attr,
};

const mp_obj_type_t mp_type_classmethod = {
    {&mp_type_type},
    .name = MP_QSTR_classmethod,
    .make_new = static_class_method_make_new,
    .attr = static_class_method_attr,
};

// ---- property ----
// Layout: base, fget, fset, fdel, doc (the runtime reads fget at index 1).

typedef struct _mp_obj_property_t {
    mp_obj_base_t base;
    mp_obj_t proxy[4];   // fget, fset, fdel, doc
} mp_obj_property_t;

static mp_obj_t property_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_fget, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_fset, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_fdel, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_doc, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t vals[4];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 4, allowed, vals);
    mp_obj_property_t *o = m_new_obj(mp_obj_property_t);
    o->base.type = type;
    for (int i = 0; i < 4; i++) {
        o->proxy[i] = vals[i].u_obj;
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t property_copy_with(mp_obj_t self_in, int idx, mp_obj_t fn) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_property_t *o = m_new_obj(mp_obj_property_t);
    *o = *self;
    o->proxy[idx] = fn;
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t property_getter(mp_obj_t self_in, mp_obj_t fn) {
    return property_copy_with(self_in, 0, fn);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_getter_obj, property_getter);

static mp_obj_t property_setter(mp_obj_t self_in, mp_obj_t fn) {
    return property_copy_with(self_in, 1, fn);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_setter_obj, property_setter);

static mp_obj_t property_deleter(mp_obj_t self_in, mp_obj_t fn) {
    return property_copy_with(self_in, 2, fn);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_deleter_obj, property_deleter);

static void property_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_fget) {
        dest[0] = self->proxy[0];
    } else if (attr == MP_QSTR_fset) {
        dest[0] = self->proxy[1];
    } else if (attr == MP_QSTR_fdel) {
        dest[0] = self->proxy[2];
    } else if (attr == MP_QSTR___doc__) {
        dest[0] = self->proxy[3];
    }
}

// The descriptor methods, for property.__get__(p, obj) and for subclasses of property, which
// the attribute machinery reaches as user descriptors. self may be such a subclass's instance.
static mp_obj_property_t *property_native(mp_obj_t self_in) {
    mp_obj_t n = mp_obj_get_native(self_in, &mp_type_property);
    if (!mp_obj_is_type(n, &mp_type_property)) {
        mp_raise_TypeError("descriptor requires a 'property' object");
    }
    return MP_OBJ_TO_PTR(n);
}

static mp_obj_t property___get__(size_t n_args, const mp_obj_t *args) {
    mp_obj_property_t *self = property_native(args[0]);
    if (args[1] == mp_const_none) {
        return args[0];
    }
    if (self->proxy[0] == mp_const_none) {
        mp_raise_msg(&mp_type_AttributeError, "property has no getter");
    }
    return mp_call_function_1(self->proxy[0], args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(property___get___obj, 2, 3, property___get__);

static mp_obj_t property___set__(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value) {
    mp_obj_property_t *self = property_native(self_in);
    if (self->proxy[1] == mp_const_none) {
        mp_raise_msg_varg(&mp_type_AttributeError, "property of '%s' object has no setter", mp_obj_get_type_str(obj));
    }
    mp_call_function_2(self->proxy[1], obj, value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(property___set___obj, property___set__);

static mp_obj_t property___delete__(mp_obj_t self_in, mp_obj_t obj) {
    mp_obj_property_t *self = property_native(self_in);
    if (self->proxy[2] == mp_const_none) {
        mp_raise_msg_varg(&mp_type_AttributeError, "property of '%s' object has no deleter", mp_obj_get_type_str(obj));
    }
    mp_call_function_1(self->proxy[2], obj);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(property___delete___obj, property___delete__);

static const mp_rom_map_elem_t property_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&property___get___obj) },
    { MP_ROM_QSTR(MP_QSTR___set__), MP_ROM_PTR(&property___set___obj) },
    { MP_ROM_QSTR(MP_QSTR___delete__), MP_ROM_PTR(&property___delete___obj) },
    { MP_ROM_QSTR(MP_QSTR_getter), MP_ROM_PTR(&property_getter_obj) },
    { MP_ROM_QSTR(MP_QSTR_setter), MP_ROM_PTR(&property_setter_obj) },
    { MP_ROM_QSTR(MP_QSTR_deleter), MP_ROM_PTR(&property_deleter_obj) },
};
static MP_DEFINE_CONST_DICT(property_locals_dict, property_locals_dict_table);

const mp_obj_type_t mp_type_property = {
    {&mp_type_type},
    .name = MP_QSTR_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = (mp_obj_dict_t *)&property_locals_dict,
};

// ---- __build_class__ ----

static mp_obj_t builtin___build_class__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args < 2) {
        mp_raise_TypeError("__build_class__: not enough arguments");
    }
    mp_obj_t body = args[0];
    mp_obj_t name = args[1];
    mp_obj_t bases = mp_obj_new_tuple(n_args - 2, args + 2);
    // PEP 560: a base that is not a class may stand for others through __mro_entries__(bases)
    mp_obj_t resolved = MP_OBJ_NULL; // a list, made at the first such base
    for (size_t i = 2; i < n_args; i++) {
        mp_obj_t b = args[i];
        mp_obj_t dest[3] = {MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL};
        if (!mp_obj_is_type(b, &mp_type_type) && mp_obj_is_obj(b) && (mp_obj_get_type(b)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
            && !(mp_obj_get_type(b)->flags & MP_TYPE_FLAG_IS_METACLASS)) {
            // (not for classes made by a user metaclass: only non-classes have __mro_entries__)
            mp_load_method_maybe(b, MP_QSTR___mro_entries__, dest);
        }
        if (dest[0] != MP_OBJ_NULL) {
            dest[2] = bases;
            mp_obj_t entries = mp_call_method_n_kw(1, 0, dest);
            if (!mp_obj_is_type(entries, &mp_type_tuple)) {
                mp_raise_TypeError("__mro_entries__ must return a tuple");
            }
            if (resolved == MP_OBJ_NULL) {
                resolved = mp_obj_new_list(i - 2, (mp_obj_t *)args + 2);
            }
            size_t n;
            mp_obj_t *items;
            mp_obj_tuple_get(entries, &n, &items);
            for (size_t j = 0; j < n; j++) {
                mp_obj_list_append(resolved, items[j]);
            }
        } else if (resolved != MP_OBJ_NULL) {
            mp_obj_list_append(resolved, b);
        }
    }
    if (resolved != MP_OBJ_NULL) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(resolved, &n, &items);
        bases = mp_obj_new_tuple(n, items);
    }
    mp_obj_t meta = MP_OBJ_NULL;
    if (kw != NULL) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_metaclass), MP_MAP_LOOKUP);
        if (e != NULL) {
            meta = e->value;
        }
    }
    size_t n_bases;
    mp_obj_t *base_items;
    mp_obj_tuple_get(bases, &n_bases, &base_items);
    if (meta == MP_OBJ_NULL) {
        // the metaclass is inherited from a base made by a user metaclass
        for (size_t i = 0; i < n_bases; i++) {
            const mp_obj_type_t *bt = mp_obj_get_type(base_items[i]);
            if ((bt->flags & MP_TYPE_FLAG_HEAP) && mp_obj_is_subclass(bt, &mp_type_type)) {
                meta = MP_OBJ_FROM_PTR(bt);
                break;
            }
        }
    }
    bool user_meta = meta != MP_OBJ_NULL && meta != MP_OBJ_FROM_PTR(&mp_type_type);
    // the class statement's keywords but metaclass: for __prepare__ and the metaclass call
    size_t n_kw = 0;
    mp_obj_t *call_args = NULL;
    if (user_meta) {
        size_t n_kw_max = kw != NULL ? kw->used : 0;
        call_args = m_new(mp_obj_t, 3 + 2 * n_kw_max);
        if (kw != NULL) {
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
                if (e->key != MP_OBJ_NEW_QSTR(MP_QSTR_metaclass)) {
                    call_args[3 + 2 * n_kw] = e->key;
                    call_args[4 + 2 * n_kw] = e->value;
                    n_kw++;
                }
            }
        }
    }
    mp_obj_t ns = MP_OBJ_NULL;
    if (user_meta) {
        // metaclass.__prepare__(name, bases, **kw) makes the namespace (a dict or a subclass)
        mp_obj_t dest[2];
        mp_load_method_maybe(meta, MP_QSTR___prepare__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            // [self,] name, bases, keywords
            size_t n_self = dest[1] != MP_OBJ_NULL ? 1 : 0;
            mp_obj_t *pargs = m_new(mp_obj_t, 3 + 2 * n_kw);
            pargs[0] = dest[1];
            pargs[1] = name;
            pargs[2] = bases;
            memcpy(pargs + 3, call_args + 3, 2 * n_kw * sizeof(mp_obj_t));
            mp_obj_t r = mp_call_function_n_kw(dest[0], 2 + n_self, n_kw, pargs + 1 - n_self);
            ns = mp_obj_get_native(r, &mp_type_dict);
            if (!mp_obj_is_type(ns, &mp_type_dict) && !mp_obj_is_type(ns, &mp_type_ordereddict)) {
                mp_raise_msg_varg(&mp_type_TypeError, "__prepare__() must return a mapping, not %s", mp_obj_get_type_str(r));
            }
        }
    }
    if (ns == MP_OBJ_NULL) {
        ns = mp_obj_new_dict(0);
    }
    // __module__ first, so that it appears in the class dict like CPython's
    mp_map_elem_t *modname = mp_map_lookup(&mp_state.dict_globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    if (modname != NULL) {
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), modname->value);
    }
    mp_obj_dict_t *old_locals = mp_state.dict_locals;
    mp_state.dict_locals = MP_OBJ_TO_PTR(ns);
    mp_obj_t body_ret = MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // a class body translated from an .mpy file returns its __class__ cell (MicroPython's
        // protocol); ours stores it in the namespace as __classcell__
        body_ret = mp_call_function_0(body);
        nlr_pop();
        mp_state.dict_locals = old_locals;
    } else {
        mp_state.dict_locals = old_locals;
        nlr_jump(nlr.ret_val);
    }
    mp_map_elem_t *cell = mp_map_lookup(mp_obj_dict_get_map(ns), MP_OBJ_NEW_QSTR(MP_QSTR___classcell__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    mp_obj_t cell_obj = cell ? cell->value : body_ret;
    mp_obj_t cls;
    if (user_meta) {
        call_args[0] = name;
        call_args[1] = bases;
        call_args[2] = ns;
        cls = mp_call_function_n_kw(meta, 3, n_kw, call_args);
    } else {
        cls = type_new_kw(mp_obj_str_get_qstr(name), bases, ns, kw);
    }
    type_link_meta_instance(cls);
    if (cell_obj != MP_OBJ_NULL && mp_obj_is_type(cell_obj, &mp_type_cell)) {
        mp_obj_cell_set(cell_obj, cls);
    }
    return cls;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin___build_class___obj, 2, builtin___build_class__);
