// py/objset.c: set and frozenset.
//
// A set is an open-addressing hash table of (key, hash) entries:
//
//   table[0 .. mask]   key == MP_OBJ_NULL: never used; key == MP_OBJ_SENTINEL: deleted (dummy)
//   used               live entries (len)
//   fill               live + dummy entries; the table grows (and drops dummies) when
//                      fill*5 >= mask*3, to the smallest power of two > 4*used (2*used if huge)
//
// Probing: start at hash & mask, look at up to LINEAR_PROBES following slots (cache friendly),
// then jump pseudo-randomly with i = 5*i + 1 + perturb, perturb being the hash shifted right by
// PERTURB_SHIFT bits each round, so every bit of the hash takes part. Sizes start at 8.
// With ints hashing to themselves, small int sets therefore list their items in the same
// order as CPython's sets, which tests printing sets rely on.
//
// Old tables are left to the garbage collector rather than freed: an __eq__ called during a
// probe may resize the set while the prober still points into the old table.
//
// frozenset shares everything; its hash is an order-independent mix of the item hashes and is
// cached. Lookups (in, remove, discard) of a set key use the frozenset hash of its contents,
// so `{1} in {frozenset({1})}` works as in CPython.
#include <string.h>

#include "py/runtime.h"

#define SET_MIN_SIZE (8)
#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)

typedef struct _set_entry_t {
    mp_obj_t key;
    mp_uint_t hash;
} set_entry_t;

typedef struct _mp_obj_set_t {
    mp_obj_base_t base;
    size_t mask;
    size_t fill;
    size_t used;
    size_t finger;          // where pop() starts looking
    mp_int_t hash;          // frozenset: cached hash, or -1 if not computed yet
    set_entry_t *table;
} mp_obj_set_t;

static mp_obj_t set_getiter(mp_obj_t self_in);

static inline bool is_set_layout(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_set) || mp_obj_is_type(o, &mp_type_frozenset);
}

// The native set behind o (set, frozenset or an instance of a subclass), or NULL.
static mp_obj_set_t *set_native(mp_obj_t o) {
    if (is_set_layout(o)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        const mp_obj_type_t *native = mp_obj_isinstance(o, &mp_type_set) ? &mp_type_set
            : mp_obj_isinstance(o, &mp_type_frozenset) ? &mp_type_frozenset : NULL;
        if (native != NULL) {
            mp_obj_t n = mp_obj_get_native(o, native);
            if (n != MP_OBJ_NULL && is_set_layout(n)) {
                return MP_OBJ_TO_PTR(n);
            }
        }
    }
    return NULL;
}

static mp_obj_set_t *set_alloc(const mp_obj_type_t *type, size_t size) {
    mp_obj_set_t *s = m_new_obj(mp_obj_set_t);
    s->base.type = type;
    s->mask = size - 1;
    s->fill = 0;
    s->used = 0;
    s->finger = 0;
    s->hash = -1;
    s->table = m_new(set_entry_t, size);
    return s;
}

static mp_uint_t frozenset_hash_of(mp_obj_set_t *s);

static inline mp_uint_t key_hash(mp_obj_t key) {
    if (mp_obj_is_small_int(key)) {
        return (mp_uint_t)mp_small_int_hash(MP_OBJ_SMALL_INT_VALUE(key));
    }
    if (mp_obj_is_qstr(key)) {
        return qstr_hash(MP_OBJ_QSTR_VALUE(key));
    }
    return (mp_uint_t)mp_obj_hash(key);
}

// Hash for looking a key up: a (mutable) set is looked up as the frozenset of its items.
static mp_uint_t lookup_hash(mp_obj_t key) {
    if (mp_obj_is_type(key, &mp_type_set)) {
        return frozenset_hash_of(MP_OBJ_TO_PTR(key));
    }
    return key_hash(key);
}

static inline bool keys_equal(mp_obj_t a, mp_obj_t b) {
    if (a == b) {
        return true;
    }
    if ((mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) || (mp_obj_is_qstr(a) && mp_obj_is_qstr(b))) {
        return false;
    }
    return mp_obj_equal(a, b);
}

// The live entry holding key, or NULL.
// An __eq__ that changes the set makes the search start again on the current table (as
// CPython), so the entry returned always belongs to s's table as it is now. One that changes
// it on every call would restart forever: the result for the key object that caused the
// restart is reused when the search meets it again (a C local keeps it alive), and the search
// restarts at most 1000 times, then RuntimeError.
static set_entry_t *set_find(mp_obj_set_t *s, mp_obj_t key, mp_uint_t hash) {
    mp_obj_t last_ek = MP_OBJ_NULL;
    bool last_eq = false;
    size_t restarts = 0;
restart:;
    set_entry_t *table = s->table;
    size_t mask = s->mask;
    size_t i = hash & mask;
    mp_uint_t perturb = hash;
    for (;;) {
        set_entry_t *e = &table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            mp_obj_t ek = e->key;
            if (ek == MP_OBJ_NULL) {
                return NULL;
            }
            if (ek != MP_OBJ_SENTINEL && e->hash == hash) {
                bool eq = ek == last_ek ? last_eq : keys_equal(ek, key);
                if (MP_UNLIKELY(s->table != table || s->mask != mask || e->key != ek)) {
                    if (++restarts > 1000) {
                        mp_raise_msg(&mp_type_RuntimeError, "set changed size during lookup");
                    }
                    last_ek = ek;
                    last_eq = eq;
                    goto restart;
                }
                if (eq) {
                    return e;
                }
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Places an entry known to be absent into a table without dummies.
static void set_insert_clean(set_entry_t *table, size_t mask, mp_obj_t key, mp_uint_t hash) {
    size_t i = hash & mask;
    mp_uint_t perturb = hash;
    for (;;) {
        set_entry_t *e = &table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == MP_OBJ_NULL) {
                e->key = key;
                e->hash = hash;
                return;
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power-of-two size greater than min_used.
static void set_resize(mp_obj_set_t *s, size_t min_used) {
    size_t size = SET_MIN_SIZE;
    while (size <= min_used) {
        size <<= 1;
    }
    set_entry_t *old = s->table;
    size_t old_size = s->mask + 1;
    set_entry_t *t = m_new(set_entry_t, size);
    for (size_t i = 0; i < old_size; i++) {
        if (old[i].key != MP_OBJ_NULL && old[i].key != MP_OBJ_SENTINEL) {
            set_insert_clean(t, size - 1, old[i].key, old[i].hash);
        }
    }
    s->table = t;
    s->mask = size - 1;
    s->fill = s->used;
}

// Adds key (with its hash); returns false if it was already present.
static bool set_add_hashed(mp_obj_set_t *s, mp_obj_t key, mp_uint_t hash) {
    if (set_find(s, key, hash) != NULL) {
        return false;
    }
    // set_find may have run __eq__ which could have changed the table: probe afresh
    size_t mask = s->mask;
    size_t i = hash & mask;
    mp_uint_t perturb = hash;
    set_entry_t *slot = NULL;
    for (;;) {
        set_entry_t *e = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == MP_OBJ_NULL || e->key == MP_OBJ_SENTINEL) {
                slot = e;
                break;
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        if (slot != NULL) {
            break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    bool fresh = slot->key == MP_OBJ_NULL;
    slot->key = key;
    slot->hash = hash;
    s->used++;
    if (fresh) {
        s->fill++;
        if (s->fill * 5 >= mask * 3) {
            set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
        }
    }
    return true;
}

static inline bool set_add(mp_obj_set_t *s, mp_obj_t key) {
    return set_add_hashed(s, key, key_hash(key));
}

static bool set_discard_key(mp_obj_set_t *s, mp_obj_t key) {
    set_entry_t *e = set_find(s, key, lookup_hash(key));
    if (e == NULL) {
        return false;
    }
    e->key = MP_OBJ_SENTINEL;
    s->used--;
    return true;
}

static inline bool set_contains(mp_obj_set_t *s, mp_obj_t key) {
    return set_find(s, key, lookup_hash(key)) != NULL;
}

// Adds all items of another set, in its table order.
static void set_merge(mp_obj_set_t *s, mp_obj_set_t *other) {
    if (other->used == 0 || s == other) {
        return;
    }
    if ((s->fill + other->used) * 5 >= s->mask * 3) {
        set_resize(s, (s->used + other->used) * 2);
    }
    size_t n = other->mask + 1;
    set_entry_t *snap = other->table; // a snapshot: callbacks may replace the table
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        // empty target of the same size: the layout can be copied as is
        memcpy(s->table, other->table, n * sizeof(set_entry_t));
        s->fill = s->used = other->used;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &snap[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
            set_add_hashed(s, e->key, e->hash);
        }
    }
}

static void set_update_from(mp_obj_set_t *s, mp_obj_t iterable) {
    mp_obj_set_t *other = set_native(iterable);
    if (other != NULL) {
        set_merge(s, other);
        return;
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        set_add(s, item);
    }
}

static mp_obj_set_t *set_copy_as(mp_obj_set_t *s, const mp_obj_type_t *type) {
    mp_obj_set_t *res = set_alloc(type, SET_MIN_SIZE);
    set_merge(res, s);
    return res;
}

// A set/frozenset made of iterable's items (reuses iterable if it already is one of that type).
static mp_obj_set_t *set_of(mp_obj_t iterable, const mp_obj_type_t *type) {
    mp_obj_set_t *res = set_alloc(type, SET_MIN_SIZE);
    set_update_from(res, iterable);
    return res;
}

// ---- public API ----

mp_obj_t mp_obj_new_set(size_t n_args, mp_obj_t *items) {
    mp_obj_set_t *s = set_alloc(&mp_type_set, SET_MIN_SIZE);
    for (size_t i = 0; i < n_args; i++) {
        set_add(s, items[i]);
    }
    return MP_OBJ_FROM_PTR(s);
}

void mp_obj_set_store(mp_obj_t self_in, mp_obj_t item) {
    set_add(MP_OBJ_TO_PTR(self_in), item);
}

// ---- hashing ----

static mp_uint_t frozenset_hash_of(mp_obj_set_t *s) {
    mp_stack_check(); // frozensets of frozensets hash recursively
    // xor of scrambled item hashes: independent of order and of the table layout
    mp_uint_t h = 0;
    size_t n = s->mask + 1;
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &s->table[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
            mp_uint_t x = e->hash;
            x = (x ^ (x >> 31) ^ 0x9e3779b97f4a7c15ULL) * 0xbf58476d1ce4e5b9ULL;
            h ^= x ^ (x >> 29);
        }
    }
    h ^= ((mp_uint_t)s->used + 1) * 0x94d049bb133111ebULL;
    h ^= h >> 32;
    return h & (mp_uint_t)MP_SMALL_INT_MAX;
}

// ---- printing, construction ----

static void set_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    bool frozen = self->base.type == &mp_type_frozenset;
    if (self->used == 0) {
        mp_print_str(print, frozen ? "frozenset()" : "set()");
        return;
    }
    if (frozen) {
        mp_print_str(print, "frozenset(");
    }
    mp_print_str(print, "{");
    bool first = true;
    size_t n = self->mask + 1;
    set_entry_t *snap = self->table; // a snapshot: callbacks may replace the table
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &snap[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
            if (!first) {
                mp_print_str(print, ", ");
            }
            first = false;
            mp_obj_print_helper(print, e->key, PRINT_REPR);
        }
    }
    mp_print_str(print, "}");
    if (frozen) {
        mp_print_str(print, ")");
    }
}

static mp_obj_t set_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *native = &mp_type_set;
    if (type == &mp_type_frozenset || (type != &mp_type_set && mp_obj_is_subclass(type, &mp_type_frozenset))) {
        native = &mp_type_frozenset;
    }
    if (n_kw != 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "%q() takes no keyword arguments", (qstr)native->name);
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "%q expected at most 1 argument, got %u", (qstr)native->name, (unsigned)n_args);
    }
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(set_alloc(native, SET_MIN_SIZE));
    }
    if (native == &mp_type_frozenset && type == native && mp_obj_is_type(args[0], &mp_type_frozenset)) {
        return args[0];
    }
    return MP_OBJ_FROM_PTR(set_of(args[0], native));
}

// ---- iterator ----

typedef struct _set_it_t {
    mp_obj_base_t base;
    mp_obj_set_t *set;
    size_t pos;
    size_t used;   // len when the iterator was made
} set_it_t;

static mp_obj_t set_it_iternext(mp_obj_t self_in) {
    set_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_set_t *s = self->set;
    if (s == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (s->used != self->used) {
        self->set = NULL;
        mp_raise_msg(&mp_type_RuntimeError, "Set changed size during iteration");
    }
    size_t n = s->mask + 1;
    while (self->pos < n) {
        set_entry_t *e = &s->table[self->pos++];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
            return e->key;
        }
    }
    self->set = NULL;
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t set_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_set_iterator,
    .getiter = it_self_getiter,
    .iternext = set_it_iternext,
};

static mp_obj_t set_getiter(mp_obj_t self_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    set_it_t *it = m_new_obj(set_it_t);
    it->base.type = &set_iterator_type;
    it->set = self;
    it->pos = 0;
    it->used = self->used;
    return MP_OBJ_FROM_PTR(it);
}

// ---- set algebra ----

static bool set_is_subset(mp_obj_set_t *a, mp_obj_set_t *b) {
    if (a->used > b->used) {
        return false;
    }
    size_t n = a->mask + 1;
    set_entry_t *snap = a->table; // a snapshot: callbacks may replace the table
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &snap[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL && set_find(b, e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

static mp_obj_set_t *set_intersect(mp_obj_set_t *s, mp_obj_t other_in, const mp_obj_type_t *type) {
    mp_obj_set_t *res = set_alloc(type, SET_MIN_SIZE);
    mp_obj_set_t *other = set_native(other_in);
    if (other != NULL) {
        // walk the smaller one
        mp_obj_set_t *small = s, *big = other;
        if (other->used < s->used) {
            small = other;
            big = s;
        }
        size_t n = small->mask + 1;
        set_entry_t *snap = small->table; // a snapshot: callbacks may replace the table
        for (size_t i = 0; i < n; i++) {
            set_entry_t *e = &snap[i];
            if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL && set_find(big, e->key, e->hash) != NULL) {
                set_add_hashed(res, e->key, e->hash);
            }
        }
        return res;
    }
    mp_obj_t it = mp_getiter(other_in);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_uint_t h = key_hash(item);
        if (set_find(s, item, h) != NULL) {
            set_add_hashed(res, item, h);
        }
    }
    return res;
}

static void set_difference_update_one(mp_obj_set_t *s, mp_obj_t other_in) {
    mp_obj_set_t *other = set_native(other_in);
    if (other == s) {
        memset(s->table, 0, (s->mask + 1) * sizeof(set_entry_t));
        s->used = s->fill = 0;
        return;
    }
    if (other != NULL) {
        size_t n = other->mask + 1;
        set_entry_t *snap = other->table; // a snapshot: callbacks may replace the table
        for (size_t i = 0; i < n; i++) {
            set_entry_t *e = &snap[i];
            if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
                set_entry_t *f = set_find(s, e->key, e->hash);
                if (f != NULL) {
                    f->key = MP_OBJ_SENTINEL;
                    s->used--;
                }
            }
        }
        return;
    }
    mp_obj_t it = mp_getiter(other_in);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        set_discard_key(s, item);
    }
}

static mp_obj_set_t *set_difference(mp_obj_set_t *s, mp_obj_t other_in, const mp_obj_type_t *type) {
    mp_obj_set_t *other = set_native(other_in);
    if (other == NULL) {
        mp_obj_set_t *res = set_copy_as(s, type);
        set_difference_update_one(res, other_in);
        return res;
    }
    mp_obj_set_t *res = set_alloc(type, SET_MIN_SIZE);
    size_t n = s->mask + 1;
    set_entry_t *snap = s->table; // a snapshot: callbacks may replace the table
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &snap[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL && set_find(other, e->key, e->hash) == NULL) {
            set_add_hashed(res, e->key, e->hash);
        }
    }
    return res;
}

static void set_symmetric_update(mp_obj_set_t *s, mp_obj_t other_in) {
    mp_obj_set_t *other = set_native(other_in);
    if (other == s) {
        memset(s->table, 0, (s->mask + 1) * sizeof(set_entry_t));
        s->used = s->fill = 0;
        return;
    }
    if (other == NULL) {
        other = set_of(other_in, &mp_type_set);
    }
    size_t n = other->mask + 1;
    set_entry_t *snap = other->table; // a snapshot: callbacks may replace the table
    for (size_t i = 0; i < n; i++) {
        set_entry_t *e = &snap[i];
        if (e->key != MP_OBJ_NULL && e->key != MP_OBJ_SENTINEL) {
            set_entry_t *f = set_find(s, e->key, e->hash);
            if (f != NULL) {
                f->key = MP_OBJ_SENTINEL;
                s->used--;
            } else {
                set_add_hashed(s, e->key, e->hash);
            }
        }
    }
}

// ---- operators ----

static mp_obj_t set_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->used != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->used);
        case MP_UNARY_OP_HASH:
            if (self->base.type != &mp_type_frozenset) {
                return MP_OBJ_NULL; // unhashable
            }
            if (self->hash < 0) {
                self->hash = (mp_int_t)frozenset_hash_of(self);
            }
            return MP_OBJ_NEW_SMALL_INT(self->hash);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t set_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(lhs_in);
    mp_stack_check(); // comparing nested frozensets recurses through their items
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(set_contains(self, rhs_in));
    }
    mp_obj_set_t *other = set_native(rhs_in);
    if (other == NULL) {
        if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
            // instances and dict views (set-like) get their reflected turn
            if ((mp_obj_get_type(rhs_in)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
                || mp_obj_get_type(rhs_in)->binary_op == mp_type_dict_view.binary_op) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
        }
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *type = self->base.type;
    bool mutable_self = type == &mp_type_set;
    switch (op) {
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(self->used == other->used && set_is_subset(self, other));
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(!(self->used == other->used && set_is_subset(self, other)));
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(set_is_subset(self, other));
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(self->used < other->used && set_is_subset(self, other));
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(set_is_subset(other, self));
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(other->used < self->used && set_is_subset(other, self));
        case MP_BINARY_OP_OR: {
            mp_obj_set_t *res = set_copy_as(self, type);
            set_merge(res, other);
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_AND:
            return MP_OBJ_FROM_PTR(set_intersect(self, rhs_in, type));
        case MP_BINARY_OP_SUBTRACT:
            return MP_OBJ_FROM_PTR(set_difference(self, rhs_in, type));
        case MP_BINARY_OP_XOR: {
            mp_obj_set_t *res = set_copy_as(self, type);
            set_symmetric_update(res, rhs_in);
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_OR:
        case MP_BINARY_OP_INPLACE_AND:
        case MP_BINARY_OP_INPLACE_SUBTRACT:
        case MP_BINARY_OP_INPLACE_XOR:
            if (!mutable_self) {
                // frozenset: x op= y rebinds x to a new frozenset
                return set_binary_op(op - MP_BINARY_OP_INPLACE_OFFSET, lhs_in, rhs_in);
            }
            switch (op) {
                case MP_BINARY_OP_INPLACE_OR:
                    set_merge(self, other);
                    break;
                case MP_BINARY_OP_INPLACE_AND: {
                    mp_obj_set_t *res = set_intersect(self, rhs_in, &mp_type_set);
                    *self = *res;
                    self->base.type = type;
                    break;
                }
                case MP_BINARY_OP_INPLACE_SUBTRACT:
                    set_difference_update_one(self, rhs_in);
                    break;
                default:
                    set_symmetric_update(self, rhs_in);
                    break;
            }
            return lhs_in;
        default:
            return MP_OBJ_NULL;
    }
}

// ---- methods ----

static mp_obj_t set_add_meth(mp_obj_t self_in, mp_obj_t item) {
    set_add(MP_OBJ_TO_PTR(self_in), item);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_add_obj, set_add_meth);

static mp_obj_t set_clear(mp_obj_t self_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    self->table = m_new(set_entry_t, SET_MIN_SIZE);
    self->mask = SET_MIN_SIZE - 1;
    self->used = self->fill = 0;
    self->finger = 0;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_clear_obj, set_clear);

static mp_obj_t set_copy(mp_obj_t self_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_FROM_PTR(set_copy_as(self, self->base.type));
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_copy_obj, set_copy);

static mp_obj_t set_discard(mp_obj_t self_in, mp_obj_t item) {
    set_discard_key(MP_OBJ_TO_PTR(self_in), item);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_discard_obj, set_discard);

static mp_obj_t set_remove(mp_obj_t self_in, mp_obj_t item) {
    if (!set_discard_key(MP_OBJ_TO_PTR(self_in), item)) {
        nlr_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, item));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_remove_obj, set_remove);

static mp_obj_t set_pop(mp_obj_t self_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->used == 0) {
        nlr_raise(mp_obj_new_exception_msg(&mp_type_KeyError, "pop from an empty set"));
    }
    size_t i = self->finger & self->mask;
    while (self->table[i].key == MP_OBJ_NULL || self->table[i].key == MP_OBJ_SENTINEL) {
        i = (i + 1) & self->mask;
    }
    mp_obj_t key = self->table[i].key;
    self->table[i].key = MP_OBJ_SENTINEL;
    self->used--;
    self->finger = i + 1;
    return key;
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_pop_obj, set_pop);

static mp_obj_t set_union(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_set_t *res = set_copy_as(self, self->base.type);
    for (size_t i = 1; i < n_args; i++) {
        set_update_from(res, args[i]);
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_union_obj, 1, set_union);

static mp_obj_t set_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_update_from(self, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_update_obj, 1, set_update);

static mp_obj_t set_intersection(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return MP_OBJ_FROM_PTR(set_copy_as(self, self->base.type));
    }
    mp_obj_set_t *res = self;
    for (size_t i = 1; i < n_args; i++) {
        res = set_intersect(res, args[i], self->base.type);
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_intersection_obj, 1, set_intersection);

static mp_obj_t set_intersection_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_set_t *res = self;
    for (size_t i = 1; i < n_args; i++) {
        res = set_intersect(res, args[i], &mp_type_set);
    }
    if (res != self) {
        const mp_obj_type_t *type = self->base.type;
        *self = *res;
        self->base.type = type;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_intersection_update_obj, 1, set_intersection_update);

static mp_obj_t set_difference_meth(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return MP_OBJ_FROM_PTR(set_copy_as(self, self->base.type));
    }
    mp_obj_set_t *res = set_difference(self, args[1], self->base.type);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update_one(res, args[i]);
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_difference_obj, 1, set_difference_meth);

static mp_obj_t set_difference_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update_one(self, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_difference_update_obj, 1, set_difference_update);

static mp_obj_t set_symmetric_difference(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_set_t *res = set_copy_as(self, self->base.type);
    set_symmetric_update(res, other);
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_symmetric_difference_obj, set_symmetric_difference);

static mp_obj_t set_symmetric_difference_update(mp_obj_t self_in, mp_obj_t other) {
    set_symmetric_update(MP_OBJ_TO_PTR(self_in), other);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);

static mp_obj_t set_isdisjoint(mp_obj_t self_in, mp_obj_t other_in) {
    mp_obj_set_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t it = mp_getiter(other_in);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (set_contains(self, item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_isdisjoint_obj, set_isdisjoint);

static mp_obj_t set_issubset(mp_obj_t self_in, mp_obj_t other_in) {
    mp_obj_set_t *other = set_native(other_in);
    if (other == NULL) {
        other = set_of(other_in, &mp_type_set);
    }
    return mp_obj_new_bool(set_is_subset(MP_OBJ_TO_PTR(self_in), other));
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_issubset_obj, set_issubset);

static mp_obj_t set_issuperset(mp_obj_t self_in, mp_obj_t other_in) {
    mp_obj_set_t *other = set_native(other_in);
    if (other == NULL) {
        other = set_of(other_in, &mp_type_set);
    }
    return mp_obj_new_bool(set_is_subset(other, MP_OBJ_TO_PTR(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_issuperset_obj, set_issuperset);

static mp_obj_t set_contains_meth(mp_obj_t self_in, mp_obj_t item) {
    return mp_obj_new_bool(set_contains(MP_OBJ_TO_PTR(self_in), item));
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_contains_obj, set_contains_meth);

static const mp_rom_map_elem_t set_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_add), MP_ROM_PTR(&set_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&set_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&set_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference), MP_ROM_PTR(&set_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference_update), MP_ROM_PTR(&set_difference_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_discard), MP_ROM_PTR(&set_discard_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection), MP_ROM_PTR(&set_intersection_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection_update), MP_ROM_PTR(&set_intersection_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&set_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubset), MP_ROM_PTR(&set_issubset_obj) },
    { MP_ROM_QSTR(MP_QSTR_issuperset), MP_ROM_PTR(&set_issuperset_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&set_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&set_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference), MP_ROM_PTR(&set_symmetric_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference_update), MP_ROM_PTR(&set_symmetric_difference_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_union), MP_ROM_PTR(&set_union_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&set_update_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&set_contains_obj) },
};
static MP_DEFINE_CONST_DICT(set_locals_dict, set_locals_dict_table);

const mp_obj_type_t mp_type_set = {
    {&mp_type_type},
    .name = MP_QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (mp_obj_dict_t *)&set_locals_dict,
};

static const mp_rom_map_elem_t frozenset_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&set_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference), MP_ROM_PTR(&set_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection), MP_ROM_PTR(&set_intersection_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&set_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubset), MP_ROM_PTR(&set_issubset_obj) },
    { MP_ROM_QSTR(MP_QSTR_issuperset), MP_ROM_PTR(&set_issuperset_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference), MP_ROM_PTR(&set_symmetric_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_union), MP_ROM_PTR(&set_union_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&set_contains_obj) },
};
static MP_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_dict_table);

const mp_obj_type_t mp_type_frozenset = {
    {&mp_type_type},
    .name = MP_QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (mp_obj_dict_t *)&frozenset_locals_dict,
};
