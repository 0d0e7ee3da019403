// py/objdict.c: dict, collections.OrderedDict, the dict views (keys/values/items) and the
// dict iterators.
//
// A dict is an mp_obj_dict_t: an mp_map_t (py/map.c) which keeps entries in insertion order,
// so iteration, repr and popitem() (LIFO) follow CPython. OrderedDict shares the struct and all
// of the code; only its type differs (order-sensitive ==, move_to_end, popitem(last=), repr).
//
// The map only hashes keys once it grows an index (more than a few entries); so that an
// unhashable key is rejected at any size, lookups on index-less maps hash non-trivial keys
// first (check_hashable).
//
// Iterators remember the live-entry count at creation and raise RuntimeError if it changes
// ("dictionary changed size during iteration"), as CPython does.
//
// A view is {dict, kind}; it is live (reflects later changes). Keys and items views support
// the set operators by materialising sets (py/objset.c).
#include <string.h>

#include "py/runtime.h"

typedef enum { DICT_KEYS = 0, DICT_VALUES = 1, DICT_ITEMS = 2 } dict_kind_t;

static const mp_obj_type_t dict_values_type;
static const mp_obj_type_t dict_items_type;

// collections.defaultdict: a dict followed by its default_factory.
typedef struct _mp_obj_defaultdict_t {
    mp_obj_dict_t dict;
    mp_obj_t default_factory;   // mp_const_none: behave as a plain dict
} mp_obj_defaultdict_t;

static inline bool is_dict_layout(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict) || mp_obj_is_type(o, &mp_type_ordereddict)
        || mp_obj_is_type(o, &mp_type_defaultdict);
}

// The native dict behind o (dict, OrderedDict, or an instance of a subclass), or NULL.
static mp_obj_dict_t *dict_native(mp_obj_t o) {
    if (is_dict_layout(o)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_isinstance(o, &mp_type_dict)) {
        mp_obj_t n = mp_obj_get_native(o, &mp_type_dict);
        if (n != MP_OBJ_NULL && is_dict_layout(n)) {
            return MP_OBJ_TO_PTR(n);
        }
    }
    return NULL;
}

static inline void check_hashable(const mp_map_t *map, mp_obj_t key) {
    if (map->index == NULL && !mp_obj_is_qstr(key) && !mp_obj_is_small_int(key)) {
        (void)mp_obj_hash(key);
    }
}

static NORETURN void raise_key_error(mp_obj_t key) {
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
}

static mp_obj_dict_t *dict_new_of_type(const mp_obj_type_t *type, size_t n) {
    mp_obj_dict_t *d;
    if (type == &mp_type_defaultdict) {
        mp_obj_defaultdict_t *dd = m_new_obj(mp_obj_defaultdict_t);
        dd->default_factory = mp_const_none;
        d = &dd->dict;
    } else {
        d = m_new_obj(mp_obj_dict_t);
    }
    d->base.type = type;
    mp_map_init(&d->map, n);
    return d;
}

mp_obj_t mp_obj_new_dict(size_t n_args) {
    return MP_OBJ_FROM_PTR(dict_new_of_type(&mp_type_dict, n_args));
}

size_t mp_obj_dict_len(mp_obj_t self_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    return self->map.filled;
}

mp_obj_t mp_obj_dict_get(mp_obj_t self_in, mp_obj_t index) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    check_hashable(&self->map, index);
    mp_map_elem_t *e = mp_map_lookup(&self->map, index, MP_MAP_LOOKUP);
    if (e == NULL) {
        raise_key_error(index);
    }
    return e->value;
}

mp_obj_t mp_obj_dict_store(mp_obj_t self_in, mp_obj_t key, mp_obj_t value) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    check_hashable(&self->map, key);
    mp_map_lookup(&self->map, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return self_in;
}

mp_obj_t mp_obj_dict_delete(mp_obj_t self_in, mp_obj_t key) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    check_hashable(&self->map, key);
    if (mp_map_lookup(&self->map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_key_error(key);
    }
    return self_in;
}

static void dict_copy_into(mp_obj_dict_t *dest, const mp_obj_dict_t *src) {
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(&src->map, &cur)) != NULL) {
        mp_map_lookup(&dest->map, e->key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
    }
}

// Adds the (key, value) pairs of an iterable: each item must be a 2-sequence.
static void dict_update_from_pairs(mp_obj_dict_t *self, mp_obj_t iterable) {
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    size_t n = 0;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        size_t len;
        mp_obj_t *items;
        if (!mp_obj_is_type(item, &mp_type_tuple) && !mp_obj_is_type(item, &mp_type_list)) {
            const mp_obj_type_t *t = mp_obj_get_type(item);
            if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                mp_raise_msg_varg(&mp_type_TypeError,
                    "cannot convert dictionary update sequence element #%u to a sequence", (unsigned)n);
            }
            item = mp_obj_tuple_from_iter(item);
        }
        mp_obj_get_array(item, &len, &items);
        if (len != 2) {
            mp_raise_msg_varg(&mp_type_ValueError,
                "dictionary update sequence element #%u has length %u; 2 is required", (unsigned)n, (unsigned)len);
        }
        mp_obj_dict_store(MP_OBJ_FROM_PTR(self), items[0], items[1]);
        n++;
    }
}

// dict.update(arg): a dict, anything with keys() (then arg[k]), or an iterable of pairs.
static void dict_update_from(mp_obj_dict_t *self, mp_obj_t arg) {
    mp_obj_dict_t *other = dict_native(arg);
    if (other != NULL) {
        if (other != self) {
            dict_copy_into(self, other);
        }
        return;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(arg, MP_QSTR_keys, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t keys = mp_call_method_n_kw(0, 0, dest);
        mp_obj_t it = mp_getiter(keys);
        mp_obj_t k;
        while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_dict_store(MP_OBJ_FROM_PTR(self), k, mp_obj_subscr(arg, k, MP_OBJ_SENTINEL));
        }
        return;
    }
    dict_update_from_pairs(self, arg);
}

static void dict_update_from_kw(mp_obj_dict_t *self, size_t n_kw, const mp_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(self), kw[2 * i], kw[2 * i + 1]);
    }
}

// ---- printing ----

static void dict_print_items(const mp_print_t *print, mp_obj_dict_t *self) {
    mp_print_str(print, "{");
    size_t cur = 0;
    mp_map_elem_t *e;
    bool first = true;
    while ((e = mp_map_iter_next(&self->map, &cur)) != NULL) {
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        // (copied first: a __repr__ may change the dict and move its table)
        mp_obj_t k = e->key, v = e->value;
        mp_obj_print_helper(print, k, PRINT_REPR);
        mp_print_str(print, ": ");
        mp_obj_print_helper(print, v, PRINT_REPR);
    }
    mp_print_str(print, "}");
}

static void dict_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->base.type == &mp_type_ordereddict) {
        // CPython 3.11: OrderedDict([('a', 1), ('b', 2)])
        mp_print_str(print, "OrderedDict([");
        size_t cur = 0;
        mp_map_elem_t *e;
        bool first = true;
        while ((e = mp_map_iter_next(&self->map, &cur)) != NULL) {
            if (!first) {
                mp_print_str(print, ", ");
            }
            first = false;
            mp_print_str(print, "(");
            mp_obj_t k = e->key, v = e->value;
            mp_obj_print_helper(print, k, PRINT_REPR);
            mp_print_str(print, ", ");
            mp_obj_print_helper(print, v, PRINT_REPR);
            mp_print_str(print, ")");
        }
        mp_print_str(print, "])");
        return;
    }
    dict_print_items(print, self);
}

static void dict_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->map.filled == 0) {
        mp_print_str(print, self->base.type == &mp_type_ordereddict ? "OrderedDict()" : "{}");
        return;
    }
    mp_obj_print_guarded(print, self_in, kind, dict_print_body, "{...}");
}

// ---- construction ----

static mp_obj_t dict_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "dict expected at most 1 argument, got %u", (unsigned)n_args);
    }
    const mp_obj_type_t *native = &mp_type_dict;
    if (type == &mp_type_ordereddict || (type != &mp_type_dict && mp_obj_is_subclass(type, &mp_type_ordereddict))) {
        native = &mp_type_ordereddict;
    }
    mp_obj_dict_t *self = dict_new_of_type(native, 0);
    if (n_args == 1) {
        dict_update_from(self, args[0]);
    }
    dict_update_from_kw(self, n_kw, args + n_args);
    return MP_OBJ_FROM_PTR(self);
}

// ---- operators ----

static mp_obj_t dict_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->map.filled != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->map.filled);
        default:
            return MP_OBJ_NULL; // unhashable
    }
}

static bool dict_equal(mp_obj_dict_t *a, mp_obj_dict_t *b) {
    if (a == b) {
        return true;
    }
    if (a->map.filled != b->map.filled) {
        return false;
    }
    if (a->base.type == &mp_type_ordereddict && b->base.type == &mp_type_ordereddict) {
        // order matters between two OrderedDicts
        size_t ca = 0, cb = 0;
        mp_map_elem_t *ea, *eb;
        while ((ea = mp_map_iter_next(&a->map, &ca)) != NULL) {
            eb = mp_map_iter_next(&b->map, &cb);
            if (eb == NULL) {
                return false;
            }
            // (copied first: __eq__ may change either dict and move its table)
            mp_obj_t ka = ea->key, va = ea->value, kb = eb->key, vb = eb->value;
            if (!mp_obj_equal(ka, kb) || (va != vb && !mp_obj_equal(va, vb))) {
                return false;
            }
        }
        return true;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(&a->map, &cur)) != NULL) {
        mp_obj_t k = e->key, v = e->value;
        mp_map_elem_t *o = mp_map_lookup(&b->map, k, MP_MAP_LOOKUP);
        if (o == NULL) {
            return false;
        }
        mp_obj_t ov = o->value;
        if (ov != v && !mp_obj_equal(v, ov)) {
            return false;
        }
    }
    return true;
}

static mp_obj_t dict_copy(mp_obj_t self_in);

static mp_obj_t dict_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(lhs_in);
    mp_stack_check(); // comparing nested dicts recurses through their values
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            check_hashable(&self->map, rhs_in);
            return mp_obj_new_bool(mp_map_lookup(&self->map, rhs_in, MP_MAP_LOOKUP) != NULL);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            mp_obj_dict_t *other = dict_native(rhs_in);
            if (other == NULL) {
                if (mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
                    return MP_OBJ_NULL;
                }
                return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
            }
            bool eq = dict_equal(self, other);
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        case MP_BINARY_OP_OR: {
            mp_obj_dict_t *other = dict_native(rhs_in);
            if (other == NULL) {
                return MP_OBJ_NULL;
            }
            mp_obj_t res = dict_copy(lhs_in);
            dict_copy_into(MP_OBJ_TO_PTR(res), other);
            return res;
        }
        case MP_BINARY_OP_INPLACE_OR:
            dict_update_from(self, rhs_in);
            return lhs_in;
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value == MP_OBJ_SENTINEL) {
        return mp_obj_dict_get(self_in, index);
    } else if (value == MP_OBJ_NULL) {
        mp_obj_dict_delete(self_in, index);
    } else {
        mp_obj_dict_store(self_in, index, value);
    }
    return mp_const_none;
}

// ---- iterators ----

typedef struct _dict_it_t {
    mp_obj_base_t base;
    mp_obj_dict_t *dict;
    size_t cur;
    size_t filled;   // live entries when the iterator was made
    dict_kind_t kind;
} dict_it_t;

static mp_obj_t dict_it_iternext(mp_obj_t self_in) {
    dict_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->dict == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->dict->map.filled != self->filled) {
        self->dict = NULL; // stays exhausted afterwards
        mp_raise_msg(&mp_type_RuntimeError, "dictionary changed size during iteration");
    }
    mp_map_elem_t *e = mp_map_iter_next(&self->dict->map, &self->cur);
    if (e == NULL) {
        self->dict = NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    switch (self->kind) {
        case DICT_KEYS:
            return e->key;
        case DICT_VALUES:
            return e->value;
        default: {
            mp_obj_t pair[2] = {e->key, e->value};
            return mp_obj_new_tuple(2, pair);
        }
    }
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t dict_keyiterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_dict_keyiterator,
    .getiter = it_self_getiter,
    .iternext = dict_it_iternext,
};
static const mp_obj_type_t dict_valueiterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_dict_valueiterator,
    .getiter = it_self_getiter,
    .iternext = dict_it_iternext,
};
static const mp_obj_type_t dict_itemiterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_dict_itemiterator,
    .getiter = it_self_getiter,
    .iternext = dict_it_iternext,
};

static mp_obj_t dict_new_iter(mp_obj_dict_t *dict, dict_kind_t kind) {
    static const mp_obj_type_t *const types[3] = {
        &dict_keyiterator_type, &dict_valueiterator_type, &dict_itemiterator_type,
    };
    dict_it_t *it = m_new_obj(dict_it_t);
    it->base.type = types[kind];
    it->dict = dict;
    it->cur = 0;
    it->filled = dict->map.filled;
    it->kind = kind;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t dict_getiter(mp_obj_t self_in) {
    return dict_new_iter(MP_OBJ_TO_PTR(self_in), DICT_KEYS);
}

// ---- views ----

typedef struct _dict_view_t {
    mp_obj_base_t base;
    mp_obj_dict_t *dict;
    dict_kind_t kind;
} dict_view_t;

static mp_obj_t dict_new_view(mp_obj_t dict_in, dict_kind_t kind) {
    static const mp_obj_type_t *const types[3] = {
        &mp_type_dict_view, &dict_values_type, &dict_items_type,
    };
    dict_view_t *v = m_new_obj(dict_view_t);
    v->base.type = types[kind];
    v->dict = MP_OBJ_TO_PTR(dict_in);
    v->kind = kind;
    return MP_OBJ_FROM_PTR(v);
}

static void dict_view_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    dict_view_t *self = MP_OBJ_TO_PTR(self_in);
    static const char *const names[3] = {"keys", "values", "items"};
    mp_printf(print, "%s_%s([", self->dict->base.type == &mp_type_ordereddict ? "odict" : "dict",
        names[self->kind]);
    mp_obj_t it = dict_new_iter(self->dict, self->kind);
    mp_obj_t item;
    bool first = true;
    while ((item = dict_it_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        mp_obj_print_helper(print, item, PRINT_REPR);
    }
    mp_print_str(print, "])");
}

static void dict_view_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_print_guarded(print, self_in, kind, dict_view_print_body, "...");
}

static mp_obj_t dict_view_getiter(mp_obj_t self_in) {
    dict_view_t *self = MP_OBJ_TO_PTR(self_in);
    return dict_new_iter(self->dict, self->kind);
}

static mp_obj_t dict_view_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    dict_view_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->dict->map.filled != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->dict->map.filled);
        default:
            return MP_OBJ_NULL;
    }
}

static bool dict_view_contains(dict_view_t *self, mp_obj_t item) {
    mp_map_t *map = &self->dict->map;
    switch (self->kind) {
        case DICT_KEYS:
            check_hashable(map, item);
            return mp_map_lookup(map, item, MP_MAP_LOOKUP) != NULL;
        case DICT_ITEMS: {
            if (!mp_obj_is_type(item, &mp_type_tuple)) {
                return false;
            }
            size_t len;
            mp_obj_t *items;
            mp_obj_tuple_get(item, &len, &items);
            if (len != 2) {
                return false;
            }
            check_hashable(map, items[0]);
            mp_map_elem_t *e = mp_map_lookup(map, items[0], MP_MAP_LOOKUP);
            return e != NULL && (e->value == items[1] || mp_obj_equal(e->value, items[1]));
        }
        default: {
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_iter_next(map, &cur)) != NULL) {
                if (e->value == item || mp_obj_equal(e->value, item)) {
                    return true;
                }
            }
            return false;
        }
    }
}

static mp_obj_t set_from_iterable(mp_obj_t iterable) {
    mp_obj_t s = mp_obj_new_set(0, NULL);
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_set_store(s, item);
    }
    return s;
}

static bool is_setlike(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_set) || mp_obj_is_type(o, &mp_type_frozenset)
        || mp_obj_is_type(o, &mp_type_dict_view) || mp_obj_is_type(o, &dict_items_type);
}

static mp_obj_t dict_view_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    dict_view_t *self = MP_OBJ_TO_PTR(lhs_in);
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(dict_view_contains(self, rhs_in));
    }
    if (self->kind == DICT_VALUES) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
            if (!is_setlike(rhs_in)) {
                if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
                    if (mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
                        return MP_OBJ_NULL;
                    }
                    return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
                }
                return MP_OBJ_NULL;
            }
            return mp_binary_op(op, set_from_iterable(lhs_in),
                (mp_obj_is_type(rhs_in, &mp_type_set) || mp_obj_is_type(rhs_in, &mp_type_frozenset))
                ? rhs_in : set_from_iterable(rhs_in));
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_AND:
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_XOR:
            if (mp_obj_get_type(rhs_in)->getiter == NULL) {
                return MP_OBJ_NULL;
            }
            return mp_binary_op(op, set_from_iterable(lhs_in), set_from_iterable(rhs_in));
        case MP_BINARY_OP_REVERSE_OR:
        case MP_BINARY_OP_REVERSE_AND:
        case MP_BINARY_OP_REVERSE_SUBTRACT:
        case MP_BINARY_OP_REVERSE_XOR:
            if (mp_obj_get_type(rhs_in)->getiter == NULL) {
                return MP_OBJ_NULL;
            }
            return mp_binary_op(op - MP_BINARY_OP_REVERSE_OFFSET, set_from_iterable(rhs_in), set_from_iterable(lhs_in));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_view_isdisjoint(mp_obj_t self_in, mp_obj_t other) {
    dict_view_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t it = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (dict_view_contains(self, item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_2(dict_view_isdisjoint_obj, dict_view_isdisjoint);

// reversed(view): the view's items, last inserted first
static mp_obj_t dict_view_reversed(mp_obj_t self_in) {
    mp_obj_t list = mp_obj_list_from_iter(self_in);
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(list, &len, &items);
    for (size_t a = 0, b = len; a + 1 < b; a++, b--) {
        mp_obj_t t = items[a];
        items[a] = items[b - 1];
        items[b - 1] = t;
    }
    return mp_getiter(list);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_view_reversed_obj, dict_view_reversed);

static const mp_rom_map_elem_t dict_view_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&dict_view_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict_view_reversed_obj) },
};
static MP_DEFINE_CONST_DICT(dict_view_locals_dict, dict_view_locals_dict_table);

static const mp_rom_map_elem_t dict_values_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict_view_reversed_obj) },
};
static MP_DEFINE_CONST_DICT(dict_values_locals_dict, dict_values_locals_dict_table);

const mp_obj_type_t mp_type_dict_view = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_dict_keys,
    .print = dict_view_print,
    .unary_op = dict_view_unary_op,
    .binary_op = dict_view_binary_op,
    .getiter = dict_view_getiter,
    .locals_dict = (mp_obj_dict_t *)&dict_view_locals_dict,
};

static const mp_obj_type_t dict_values_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_dict_values,
    .print = dict_view_print,
    .unary_op = dict_view_unary_op,
    .binary_op = dict_view_binary_op,
    .getiter = dict_view_getiter,
    .locals_dict = (mp_obj_dict_t *)&dict_values_locals_dict,
};

static const mp_obj_type_t dict_items_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_dict_items,
    .print = dict_view_print,
    .unary_op = dict_view_unary_op,
    .binary_op = dict_view_binary_op,
    .getiter = dict_view_getiter,
    .locals_dict = (mp_obj_dict_t *)&dict_view_locals_dict,
};

// ---- methods ----

static mp_obj_t dict_clear(mp_obj_t self_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_clear(&self->map);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_clear_obj, dict_clear);

static mp_obj_t dict_copy(mp_obj_t self_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_dict_t *res = dict_new_of_type(self->base.type, self->map.filled);
    if (self->base.type == &mp_type_defaultdict) {
        ((mp_obj_defaultdict_t *)res)->default_factory = ((mp_obj_defaultdict_t *)self)->default_factory;
    }
    dict_copy_into(res, self);
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_copy_obj, dict_copy);

static mp_obj_t dict_fromkeys(size_t n_args, const mp_obj_t *args) {
    mp_obj_t cls = args[0];
    mp_obj_t value = n_args > 2 ? args[2] : mp_const_none;
    mp_obj_t d;
    if (cls == MP_OBJ_FROM_PTR(&mp_type_dict) || cls == MP_OBJ_FROM_PTR(&mp_type_ordereddict)
        || cls == MP_OBJ_FROM_PTR(&mp_type_defaultdict)) {
        d = MP_OBJ_FROM_PTR(dict_new_of_type(MP_OBJ_TO_PTR(cls), 0));
    } else {
        d = mp_call_function_0(cls);
    }
    mp_obj_t it = mp_getiter(args[1]);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_subscr(d, k, value);
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(dict_fromkeys_obj, MP_ROM_PTR(&dict_fromkeys_fun_obj));

static mp_obj_t dict_get(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(args[0]);
    check_hashable(&self->map, args[1]);
    mp_map_elem_t *e = mp_map_lookup(&self->map, args[1], MP_MAP_LOOKUP);
    if (e == NULL) {
        return n_args > 2 ? args[2] : mp_const_none;
    }
    return e->value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_get_obj, 2, 3, dict_get);

static mp_obj_t dict_keys(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_KEYS);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_keys_obj, dict_keys);

static mp_obj_t dict_values(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_VALUES);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_values_obj, dict_values);

static mp_obj_t dict_items(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_ITEMS);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_items_obj, dict_items);

static mp_obj_t dict_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(args[0]);
    check_hashable(&self->map, args[1]);
    mp_map_elem_t *e = mp_map_lookup(&self->map, args[1], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        raise_key_error(args[1]);
    }
    return e->value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_pop_obj, 2, 3, dict_pop);

// Removes and returns the last (or first) entry as a (key, value) tuple.
static mp_obj_t dict_pop_end(mp_obj_dict_t *self, bool last) {
    mp_map_t *map = &self->map;
    if (map->filled == 0) {
        nlr_raise(mp_obj_new_exception_msg(&mp_type_KeyError,
            self->base.type == &mp_type_ordereddict ? "dictionary is empty" : "popitem(): dictionary is empty"));
    }
    mp_map_elem_t *e = NULL;
    if (last) {
        for (size_t i = map->used; i-- > 0;) {
            if (map->table[i].key != MP_OBJ_SENTINEL && map->table[i].key != MP_OBJ_NULL) {
                e = &map->table[i];
                break;
            }
        }
    } else {
        size_t cur = 0;
        e = mp_map_iter_next(map, &cur);
    }
    mp_obj_t pair[2] = {e->key, e->value};
    mp_map_lookup(map, pair[0], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_obj_new_tuple(2, pair);
}

static mp_obj_t dict_popitem(mp_obj_t self_in) {
    return dict_pop_end(MP_OBJ_TO_PTR(self_in), true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_popitem_obj, dict_popitem);

static mp_obj_t dict_setdefault(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(args[0]);
    check_hashable(&self->map, args[1]);
    mp_map_elem_t *e = mp_map_lookup(&self->map, args[1], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == MP_OBJ_NULL) {
        e->value = n_args > 2 ? args[2] : mp_const_none;
    }
    return e->value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_setdefault_obj, 2, 3, dict_setdefault);

static mp_obj_t dict_update(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "update expected at most 1 argument, got %u", (unsigned)(n_args - 1));
    }
    if (n_args == 2) {
        dict_update_from(self, args[1]);
    }
    if (kwargs != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(kwargs, &cur)) != NULL) {
            mp_obj_dict_store(args[0], e->key, e->value);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(dict_update_obj, 1, dict_update);

static mp_obj_t dict_getitem_meth(mp_obj_t self_in, mp_obj_t key) {
    return mp_obj_dict_get(self_in, key);
}
static MP_DEFINE_CONST_FUN_OBJ_2(dict_getitem_obj, dict_getitem_meth);

static mp_obj_t dict_setitem_meth(mp_obj_t self_in, mp_obj_t key, mp_obj_t value) {
    mp_obj_dict_store(self_in, key, value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(dict_setitem_obj, dict_setitem_meth);

static mp_obj_t dict_delitem_meth(mp_obj_t self_in, mp_obj_t key) {
    mp_obj_dict_delete(self_in, key);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(dict_delitem_obj, dict_delitem_meth);

static mp_obj_t dict_contains_meth(mp_obj_t self_in, mp_obj_t key) {
    return dict_binary_op(MP_BINARY_OP_CONTAINS, self_in, key);
}
static MP_DEFINE_CONST_FUN_OBJ_2(dict_contains_obj, dict_contains_meth);

// reversed(d): the keys, last inserted first
static mp_obj_t dict_reversed(mp_obj_t self_in) {
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t list = mp_obj_new_list(self->map.filled, NULL);
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(list, &len, &items);
    size_t cur = 0, i = len;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(&self->map, &cur)) != NULL && i > 0) {
        items[--i] = e->key;
    }
    return mp_getiter(list);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_reversed_obj, dict_reversed);

static mp_obj_t dict_len_meth(mp_obj_t self_in) {
    return dict_unary_op(MP_UNARY_OP_LEN, self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_len_obj, dict_len_meth);

static MP_DEFINE_CONST_FUN_OBJ_1(dict_iter_obj, dict_getiter);

#define DICT_COMMON_METHODS \
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&dict_clear_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&dict_copy_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_fromkeys), MP_ROM_PTR(&dict_fromkeys_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&dict_get_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&dict_items_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&dict_keys_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&dict_pop_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&dict_setdefault_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dict_update_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&dict_values_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&dict_getitem_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&dict_setitem_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&dict_delitem_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&dict_contains_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict_reversed_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&dict_len_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&dict_iter_obj) }

static const mp_rom_map_elem_t dict_locals_dict_table[] = {
    DICT_COMMON_METHODS,
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dict_popitem_obj) },
};
static MP_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_dict_table);

const mp_obj_type_t mp_type_dict = {
    {&mp_type_type},
    .name = MP_QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = (mp_obj_dict_t *)&dict_locals_dict,
};

// ---- OrderedDict ----

static mp_obj_t odict_popitem(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_last, MP_ARG_BOOL, {.u_bool = true} },
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all(n_args - 1, args + 1, kwargs, 1, allowed, vals);
    return dict_pop_end(MP_OBJ_TO_PTR(args[0]), vals[0].u_bool);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(odict_popitem_obj, 1, odict_popitem);

static mp_obj_t odict_move_to_end(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_key, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_last, MP_ARG_BOOL, {.u_bool = true} },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all(n_args - 1, args + 1, kwargs, 2, allowed, vals);
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t key = vals[0].u_obj;
    check_hashable(&self->map, key);
    mp_map_elem_t *e = mp_map_lookup(&self->map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        raise_key_error(key);
    }
    mp_obj_t k = e->key, v = e->value;
    if (vals[1].u_bool) {
        mp_map_lookup(&self->map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
    } else {
        // rebuild with the key first
        mp_map_t old = self->map;
        mp_map_init(&self->map, old.filled + 1);
        mp_map_lookup(&self->map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
        size_t cur = 0;
        mp_map_elem_t *o;
        while ((o = mp_map_iter_next(&old, &cur)) != NULL) {
            mp_map_lookup(&self->map, o->key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = o->value;
        }
        mp_map_deinit(&old);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(odict_move_to_end_obj, 2, odict_move_to_end);

static const mp_rom_map_elem_t odict_locals_dict_table[] = {
    DICT_COMMON_METHODS,
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&odict_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_move_to_end), MP_ROM_PTR(&odict_move_to_end_obj) },
};
static MP_DEFINE_CONST_DICT(odict_locals_dict, odict_locals_dict_table);

const mp_obj_type_t mp_type_ordereddict = {
    {&mp_type_type},
    .name = MP_QSTR_OrderedDict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .parent = &mp_type_dict,
    .locals_dict = (mp_obj_dict_t *)&odict_locals_dict,
};

// ---- defaultdict ----

static mp_obj_t defaultdict_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t factory = mp_const_none;
    if (n_args > 0) {
        factory = args[0];
        if (factory != mp_const_none && !mp_obj_is_callable(factory)) {
            mp_raise_TypeError("first argument must be callable or None");
        }
        args++;
        n_args--;
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "defaultdict expected at most 2 arguments, got %u", (unsigned)(n_args + 1));
    }
    mp_obj_defaultdict_t *self = (mp_obj_defaultdict_t *)dict_new_of_type(&mp_type_defaultdict, 0);
    self->default_factory = factory;
    if (n_args == 1) {
        dict_update_from(&self->dict, args[0]);
    }
    dict_update_from_kw(&self->dict, n_kw, args + n_args);
    return MP_OBJ_FROM_PTR(self);
}

static void defaultdict_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_defaultdict_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "defaultdict(");
    mp_obj_print_helper(print, self->default_factory, PRINT_REPR);
    mp_print_str(print, ", ");
    dict_print_items(print, &self->dict);
    mp_print_str(print, ")");
}

static void defaultdict_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_print_guarded(print, self_in, kind, defaultdict_print_body, "...");
}

static mp_obj_t defaultdict_missing(mp_obj_t self_in, mp_obj_t key) {
    mp_obj_defaultdict_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->default_factory == mp_const_none) {
        raise_key_error(key);
    }
    mp_obj_t value = mp_call_function_0(self->default_factory);
    mp_obj_dict_store(self_in, key, value);
    return value;
}
static MP_DEFINE_CONST_FUN_OBJ_2(defaultdict_missing_obj, defaultdict_missing);

static mp_obj_t defaultdict_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_dict_t *self = MP_OBJ_TO_PTR(self_in);
        check_hashable(&self->map, index);
        mp_map_elem_t *e = mp_map_lookup(&self->map, index, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
        return defaultdict_missing(self_in, index);
    }
    return dict_subscr(self_in, index, value);
}

static mp_obj_t defaultdict_getitem_meth(mp_obj_t self_in, mp_obj_t key) {
    return defaultdict_subscr(self_in, key, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(defaultdict_getitem_obj, defaultdict_getitem_meth);

static void defaultdict_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (attr != MP_QSTR_default_factory) {
        return;
    }
    mp_obj_defaultdict_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        dest[0] = self->default_factory;
    } else if (dest[1] != MP_OBJ_NULL) {
        self->default_factory = dest[1];
        dest[0] = MP_OBJ_NULL;
    }
}

static const mp_rom_map_elem_t defaultdict_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&dict_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&dict_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromkeys), MP_ROM_PTR(&dict_fromkeys_obj) },
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&dict_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&dict_items_obj) },
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&dict_keys_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&dict_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dict_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&dict_setdefault_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dict_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&dict_values_obj) },
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&defaultdict_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&dict_setitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&dict_delitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&dict_contains_obj) },
    { MP_ROM_QSTR(MP_QSTR___missing__), MP_ROM_PTR(&defaultdict_missing_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict_reversed_obj) },
};
static MP_DEFINE_CONST_DICT(defaultdict_locals_dict, defaultdict_locals_dict_table);

const mp_obj_type_t mp_type_defaultdict = {
    {&mp_type_type},
    .name = MP_QSTR_defaultdict,
    .print = defaultdict_print,
    .make_new = defaultdict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .attr = defaultdict_attr,
    .subscr = defaultdict_subscr,
    .getiter = dict_getiter,
    .parent = &mp_type_dict,
    .locals_dict = (mp_obj_dict_t *)&defaultdict_locals_dict,
};
