// py/objtuple.c: the tuple type, its iterator, and helpers shared by all sequence types.
//
// Layout: mp_obj_tuple_t is one allocation, a header {type, len} followed by len items.
// Tuples never change after construction, so the iterator keeps a pointer to the tuple and
// an index, no copy.
//
// "Tuple layout": besides tuple itself, the types made by collections.namedtuple share this
// layout and the tuple getiter slot; tuple_layout() recognises both, and unwraps instances of
// user classes deriving from tuple (whose native tuple lives in subobj[0]).
//
// The empty tuple is the single ROM object mp_const_empty_tuple_obj: every way of making an
// empty tuple returns it.
#include <string.h>

#include "py/runtime.h"

const mp_obj_tuple_t mp_const_empty_tuple_obj = {{&mp_type_tuple}, 0};

static mp_obj_t tuple_getiter(mp_obj_t self_in);

// ---- sequence helpers shared with list, deque and namedtuple ----

bool mp_seq_cmp_objs(mp_binary_op_t op, const mp_obj_t *items1, size_t len1, const mp_obj_t *items2, size_t len2) {
    // items may be containers themselves: [[[...]]] == [[[...]]] recurses once per level
    mp_stack_check();
    if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
        bool eq = len1 == len2;
        for (size_t i = 0; eq && i < len1; i++) {
            // identity first, as CPython does: [nan] == [nan] holds for the same nan object
            if (items1[i] != items2[i] && !mp_obj_equal(items1[i], items2[i])) {
                eq = false;
            }
        }
        return op == MP_BINARY_OP_EQUAL ? eq : !eq;
    }
    size_t n = len1 < len2 ? len1 : len2;
    for (size_t i = 0; i < n; i++) {
        if (items1[i] == items2[i] || mp_obj_equal(items1[i], items2[i])) {
            continue;
        }
        // first differing item decides
        return mp_obj_is_true(mp_binary_op(op, items1[i], items2[i]));
    }
    switch (op) {
        case MP_BINARY_OP_LESS:
            return len1 < len2;
        case MP_BINARY_OP_LESS_EQUAL:
            return len1 <= len2;
        case MP_BINARY_OP_MORE:
            return len1 > len2;
        default: // MORE_EQUAL
            return len1 >= len2;
    }
}

size_t mp_seq_count_obj(const mp_obj_t *items, size_t len, mp_obj_t value) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            n++;
        }
    }
    return n;
}

mp_int_t mp_seq_find_obj(const mp_obj_t *items, size_t len, mp_obj_t value, size_t start, size_t stop) {
    if (stop > len) {
        stop = len;
    }
    for (size_t i = start; i < stop; i++) {
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

// ---- tuple ----

static bool is_tuple_layout(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return t->getiter == tuple_getiter && !(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE);
}

// The native tuple behind o (tuple, namedtuple, or an instance of a tuple subclass), or NULL.
static mp_obj_tuple_t *tuple_native(mp_obj_t o) {
    if (is_tuple_layout(o)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_isinstance(o, &mp_type_tuple)) {
        mp_obj_t n = mp_obj_get_native(o, &mp_type_tuple);
        if (n != MP_OBJ_NULL && is_tuple_layout(n)) {
            return MP_OBJ_TO_PTR(n);
        }
    }
    return NULL;
}

mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items) {
    if (n == 0) {
        return mp_const_empty_tuple;
    }
    mp_obj_tuple_t *t = m_new_obj_var(mp_obj_tuple_t, mp_obj_t, n);
    t->base.type = &mp_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(t);
}

void mp_obj_tuple_get(mp_obj_t self_in, size_t *len, mp_obj_t **items) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    *len = self->len;
    *items = self->items;
}

mp_obj_t mp_obj_tuple_from_iter(mp_obj_t iterable) {
    if (mp_obj_is_type(iterable, &mp_type_tuple)) {
        return iterable;
    }
    if (mp_obj_is_type(iterable, &mp_type_list)) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(iterable);
        return mp_obj_new_tuple(l->len, l->items);
    }
    mp_obj_t list = mp_obj_list_from_iter(iterable);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    mp_obj_t t = mp_obj_new_tuple(l->len, l->items);
    m_del(mp_obj_t, l->items, l->alloc);
    l->items = NULL;
    l->len = l->alloc = 0;
    return t;
}

static void tuple_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "(");
    for (size_t i = 0; i < self->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, self->items[i], PRINT_REPR);
    }
    if (self->len == 1) {
        mp_print_str(print, ",");
    }
    mp_print_str(print, ")");
}

static void tuple_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->len == 0) {
        mp_print_str(print, "()");
        return;
    }
    mp_obj_print_guarded(print, self_in, kind, tuple_print_body, "(...)");
}

static mp_obj_t tuple_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return mp_const_empty_tuple;
    }
    return mp_obj_tuple_from_iter(args[0]);
}

mp_obj_t mp_obj_tuple_hash(mp_obj_t self_in) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    mp_stack_check(); // ((((),),),) hashes recursively
    // FNV-1a style mixing of the item hashes, seeded with the length; order sensitive.
    mp_uint_t acc = (mp_uint_t)0xcbf29ce484222325ULL ^ self->len;
    for (size_t i = 0; i < self->len; i++) {
        mp_uint_t h = (mp_uint_t)mp_obj_hash(self->items[i]);
        acc = (acc ^ h) * (mp_uint_t)0x100000001b3ULL;
        acc ^= acc >> 29;
    }
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)(acc & (mp_uint_t)MP_SMALL_INT_MAX));
}

static mp_obj_t tuple_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        case MP_UNARY_OP_HASH:
            return mp_obj_tuple_hash(self_in);
        default:
            return MP_OBJ_NULL;
    }
}

// Number of repetitions for seq * n; NULL-returning caller handles non-ints.
static bool seq_repeat_count(mp_obj_t n_in, size_t *count) {
    if (mp_obj_is_small_int(n_in)) {
        mp_int_t n = MP_OBJ_SMALL_INT_VALUE(n_in);
        *count = n < 0 ? 0 : (size_t)n;
        return true;
    }
    if (mp_obj_is_int(n_in)) {
        // (a count beyond a machine word is CPython's OverflowError, raised by mp_obj_get_int;
        // one within it but too big for the heap fails allocating: MemoryError)
        mp_int_t n = mp_obj_get_int(n_in);
        *count = n < 0 ? 0 : (size_t)n;
        return true;
    }
    return false;
}

static mp_obj_t tuple_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_tuple_t *lhs = MP_OBJ_TO_PTR(lhs_in);
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            mp_obj_tuple_t *rhs = tuple_native(rhs_in);
            if (rhs == NULL) {
                if (!(mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        mp_obj_get_type_str(rhs_in));
                }
                return MP_OBJ_NULL;
            }
            if (rhs->len == 0 && mp_obj_is_type(lhs_in, &mp_type_tuple)) {
                return lhs_in;
            }
            mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(lhs->len + rhs->len, NULL));
            memcpy(res->items, lhs->items, lhs->len * sizeof(mp_obj_t));
            memcpy(res->items + lhs->len, rhs->items, rhs->len * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            size_t n;
            if (!seq_repeat_count(rhs_in, &n)) {
                if (!(mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                        mp_obj_get_type_str(rhs_in));
                }
                return MP_OBJ_NULL;
            }
            if (n == 0 || lhs->len == 0) {
                return mp_const_empty_tuple;
            }
            if (n == 1 && mp_obj_is_type(lhs_in, &mp_type_tuple)) {
                return lhs_in;
            }
            if (lhs->len > (SIZE_MAX / sizeof(mp_obj_t)) / n) {
                m_malloc_fail((size_t)-1);
            }
            mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(lhs->len * n, NULL));
            for (size_t i = 0; i < n; i++) {
                memcpy(res->items + i * lhs->len, lhs->items, lhs->len * sizeof(mp_obj_t));
            }
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_tuple_t *rhs = tuple_native(rhs_in);
            if (rhs == NULL) {
                if (!(mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                    if (op == MP_BINARY_OP_EQUAL) {
                        return mp_const_false;
                    }
                    if (op == MP_BINARY_OP_NOT_EQUAL) {
                        return mp_const_true;
                    }
                }
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(mp_seq_cmp_objs(op, lhs->items, lhs->len, rhs->items, rhs->len));
        }
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_new_bool(mp_seq_find_obj(lhs->items, lhs->len, rhs_in, 0, lhs->len) >= 0);
        default:
            return MP_OBJ_NULL;
    }
}

// Number of items selected by a normalised slice.
static size_t slice_count(const mp_bound_slice_t *b) {
    if (b->step > 0) {
        return b->start < b->stop ? (size_t)((b->stop - b->start - 1) / b->step + 1) : 0;
    }
    return b->start > b->stop ? (size_t)((b->start - b->stop - 1) / (-b->step) + 1) : 0;
}

static mp_obj_t tuple_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // immutable
    }
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, self->len, &b);
        if (b.step == 1 && b.start == 0 && b.stop == (mp_int_t)self->len && mp_obj_is_type(self_in, &mp_type_tuple)) {
            return self_in;
        }
        size_t n = slice_count(&b);
        mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
        for (size_t k = 0; k < n; k++) {
            res->items[k] = self->items[b.start + (mp_int_t)k * b.step];
        }
        return MP_OBJ_FROM_PTR(res);
    } else if (mp_obj_is_int(index) || (mp_obj_get_type(index)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)) {
            mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        i = mp_obj_get_int(index);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "tuple indices must be integers or slices, not %s",
            mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += (mp_int_t)self->len;
    }
    if (i < 0 || (size_t)i >= self->len) {
        mp_raise_msg(&mp_type_IndexError, "tuple index out of range");
    }
    return self->items[i];
}

// ---- iterator ----

typedef struct _tuple_it_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *tuple;
    size_t cur;
} tuple_it_t;

static mp_obj_t tuple_it_iternext(mp_obj_t self_in) {
    tuple_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->cur < self->tuple->len) {
        return self->tuple->items[self->cur++];
    }
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t tuple_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_tuple_iterator,
    .getiter = it_self_getiter,
    .iternext = tuple_it_iternext,
};

mp_obj_t mp_obj_tuple_getiter_buf(mp_obj_t self_in, mp_obj_iter_buf_t *buf) {
    _Static_assert(sizeof(tuple_it_t) <= sizeof(mp_obj_iter_buf_t), "iterator fits the buffer");
    tuple_it_t *it = (tuple_it_t *)buf;
    it->base.type = &tuple_iterator_type;
    it->tuple = MP_OBJ_TO_PTR(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t tuple_getiter(mp_obj_t self_in) {
    tuple_it_t *it = m_new_obj(tuple_it_t);
    it->base.type = &tuple_iterator_type;
    it->tuple = MP_OBJ_TO_PTR(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---- methods ----

static mp_obj_t tuple_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(mp_seq_count_obj(self->items, self->len, value));
}
static MP_DEFINE_CONST_FUN_OBJ_2(tuple_count_obj, tuple_count);

// Clamps an index argument of index() to [0, len] the way slice bounds are clamped.
static size_t clamp_bound(mp_obj_t arg, size_t len) {
    mp_int_t i;
    if (mp_obj_is_type(arg, &mp_type_int) && mp_obj_int_is_big(arg)) {
        return mp_obj_int_sign(arg) < 0 ? 0 : len;
    }
    i = mp_obj_get_int(arg);
    if (i < 0) {
        i += (mp_int_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static mp_obj_t tuple_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t start = n_args > 2 ? clamp_bound(args[2], self->len) : 0;
    size_t stop = n_args > 3 ? clamp_bound(args[3], self->len) : self->len;
    mp_int_t i = mp_seq_find_obj(self->items, self->len, args[1], start, stop);
    if (i < 0) {
        mp_raise_ValueError("tuple.index(x): x not in tuple");
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(tuple_index_obj, 2, 4, tuple_index);

// Special methods, for explicit calls such as super().__getitem__(i) in subclasses.
static mp_obj_t tuple_getitem_meth(mp_obj_t self_in, mp_obj_t index) {
    return tuple_subscr(self_in, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(tuple_getitem_obj, tuple_getitem_meth);

static mp_obj_t tuple_len_meth(mp_obj_t self_in) {
    return tuple_unary_op(MP_UNARY_OP_LEN, self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(tuple_len_obj, tuple_len_meth);

static mp_obj_t tuple_contains_meth(mp_obj_t self_in, mp_obj_t value) {
    return tuple_binary_op(MP_BINARY_OP_CONTAINS, self_in, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(tuple_contains_obj, tuple_contains_meth);

static const mp_rom_map_elem_t tuple_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&tuple_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&tuple_len_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&tuple_contains_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&tuple_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&tuple_index_obj) },
};
static MP_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_dict_table);

const mp_obj_type_t mp_type_tuple = {
    {&mp_type_type},
    .name = MP_QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = (mp_obj_dict_t *)&tuple_locals_dict,
};
