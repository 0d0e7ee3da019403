// py/objlist.c: the list type, its iterator, list.sort (a stable merge sort) and the guard that
// lets containers print themselves recursively as [...].
//
// Layout: mp_obj_list_t {type, alloc, len, items}. items is a separate GC block of `alloc`
// slots; slots [len, alloc) are kept MP_OBJ_NULL so that the collector does not retain objects
// through stale pointers. Growth is geometric (x1.5 + 4), so append is amortised O(1); the block
// shrinks by half when len drops below a quarter of alloc.
//
// The iterator holds the list and an index and re-reads len on every step, so appending while
// iterating yields the new items (as CPython) and shrinking simply ends the loop early.
//
// Sorting detaches the items from the list for the duration (the list looks empty to key
// functions and __lt__ methods); if the list was modified meanwhile, ValueError is raised after
// the sorted items are put back, as CPython does.
#include <string.h>

#include "py/runtime.h"

#define LIST_MIN_ALLOC (4)

// ---- recursion guard for repr ----

static mp_obj_t repr_stack[MP_OBJ_PRINT_GUARD_MAX];
static size_t repr_depth;

void mp_obj_print_guarded(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind, mp_print_fun_t body, const char *recursive_text) {
    for (size_t i = 0; i < repr_depth; i++) {
        if (repr_stack[i] == o) {
            mp_print_str(print, recursive_text);
            return;
        }
    }
    if (repr_depth >= MP_OBJ_PRINT_GUARD_MAX) {
        // very deep nesting: stop tracking (the stack check still bounds recursion)
        body(print, o, kind);
        return;
    }
    repr_stack[repr_depth++] = o;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        body(print, o, kind);
        nlr_pop();
        repr_depth--;
    } else {
        repr_depth--;
        nlr_jump(nlr.ret_val);
    }
}

// With threads the guard belongs to the running thread: a thread switch moves the entries out
// into the leaving thread's record and back in for the arriving one (ports/unix/mpthread.c).
size_t mp_obj_print_guard_save(mp_obj_t *dest) {
    size_t n = repr_depth;
    memcpy(dest, repr_stack, n * sizeof(mp_obj_t));
    repr_depth = 0;
    return n;
}

void mp_obj_print_guard_restore(const mp_obj_t *src, size_t depth) {
    memcpy(repr_stack, src, depth * sizeof(mp_obj_t));
    repr_depth = depth;
}

// ---- storage management ----

static mp_obj_list_t *list_new(size_t alloc) {
    mp_obj_list_t *l = m_new_obj(mp_obj_list_t);
    l->base.type = &mp_type_list;
    l->alloc = alloc < LIST_MIN_ALLOC ? LIST_MIN_ALLOC : alloc;
    l->len = 0;
    l->items = m_new(mp_obj_t, l->alloc);
    return l;
}

// Makes room for at least `need` items.
static void list_reserve(mp_obj_list_t *self, size_t need) {
    if (need <= self->alloc) {
        return;
    }
    size_t new_alloc = self->alloc + self->alloc / 2 + 4;
    if (new_alloc < need) {
        new_alloc = need;
    }
    if (new_alloc > SIZE_MAX / sizeof(mp_obj_t)) {
        m_malloc_fail((size_t)-1);
    }
    self->items = m_renew(mp_obj_t, self->items, self->alloc, new_alloc);
    // m_realloc zeroes the new tail, keeping the [len, alloc) == NULL invariant
    self->alloc = new_alloc;
}

// Called after len decreased: clears the freed slots [len, old_len) and shrinks if sparse.
static void list_trim(mp_obj_list_t *self, size_t old_len) {
    memset(self->items + self->len, 0, (old_len - self->len) * sizeof(mp_obj_t));
    if (self->alloc > 16 && self->len < self->alloc / 4) {
        size_t new_alloc = self->alloc / 2;
        self->items = m_renew(mp_obj_t, self->items, self->alloc, new_alloc);
        self->alloc = new_alloc;
    }
}

mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items) {
    mp_obj_list_t *l = list_new(n);
    l->len = n;
    if (items != NULL) {
        memcpy(l->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(l);
}

mp_obj_t mp_obj_list_append(mp_obj_t self_in, mp_obj_t arg) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    if (MP_UNLIKELY(self->len >= self->alloc)) {
        list_reserve(self, self->len + 1);
    }
    self->items[self->len++] = arg;
    return mp_const_none;
}

void mp_obj_list_get(mp_obj_t self_in, size_t *len, mp_obj_t **items) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    *len = self->len;
    *items = self->items;
}

void mp_obj_list_set_len(mp_obj_t self_in, size_t len) {
    // Only shrinking is meaningful for callers (they filled the items themselves otherwise).
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    if (len > self->alloc) {
        list_reserve(self, len);
    }
    if (len < self->len) {
        size_t old = self->len;
        self->len = len;
        list_trim(self, old);
    } else {
        self->len = len;
    }
}

// The native list behind o (a list, or an instance of a list subclass), or NULL.
static mp_obj_list_t *list_native(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_list)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        && mp_obj_isinstance(o, &mp_type_list)) {
        mp_obj_t n = mp_obj_get_native(o, &mp_type_list);
        if (mp_obj_is_type(n, &mp_type_list)) {
            return MP_OBJ_TO_PTR(n);
        }
    }
    return NULL;
}

static void list_extend_from_array(mp_obj_list_t *self, size_t n, const mp_obj_t *items) {
    list_reserve(self, self->len + n);
    memcpy(self->items + self->len, items, n * sizeof(mp_obj_t));
    self->len += n;
}

static void list_extend_iter(mp_obj_list_t *self, mp_obj_t iterable) {
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(MP_OBJ_FROM_PTR(self), item);
    }
}

static void list_extend(mp_obj_list_t *self, mp_obj_t arg) {
    if (mp_obj_is_type(arg, &mp_type_list) || mp_obj_is_type(arg, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(arg, &n, &items);
        if (MP_OBJ_FROM_PTR(self) == arg) {
            // extending with itself: reserve first, then copy from the (possibly moved) block
            list_reserve(self, self->len * 2);
            memcpy(self->items + n, self->items, n * sizeof(mp_obj_t));
            self->len += n;
        } else {
            list_extend_from_array(self, n, items);
        }
    } else {
        list_extend_iter(self, arg);
    }
}

mp_obj_t mp_obj_list_from_iter(mp_obj_t iterable) {
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(iterable, &n, &items);
        return mp_obj_new_list(n, items);
    }
    mp_obj_list_t *l = list_new(0);
    list_extend_iter(l, iterable);
    return MP_OBJ_FROM_PTR(l);
}

// ---- printing, construction ----

static void list_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "[");
    for (size_t i = 0; i < self->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, self->items[i], PRINT_REPR);
    }
    mp_print_str(print, "]");
}

static void list_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->len == 0) {
        mp_print_str(print, "[]");
        return;
    }
    mp_obj_print_guarded(print, self_in, kind, list_print_body, "[...]");
}

static mp_obj_t list_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(list_new(0));
    }
    return mp_obj_list_from_iter(args[0]);
}

// ---- operators ----

static mp_obj_t list_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_list_t) + self->alloc * sizeof(mp_obj_t));
        default:
            return MP_OBJ_NULL;
    }
}

static bool is_user_instance(mp_obj_t o) {
    return mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE);
}

static bool get_repeat_count(mp_obj_t n_in, size_t *count) {
    if (mp_obj_is_small_int(n_in)) {
        mp_int_t n = MP_OBJ_SMALL_INT_VALUE(n_in);
        *count = n < 0 ? 0 : (size_t)n;
        return true;
    }
    if (!mp_obj_is_int(n_in)) {
        return false;
    }
    // (a count beyond a machine word is CPython's OverflowError, raised by mp_obj_get_int;
    // one within it but too big for the heap fails allocating: MemoryError)
    mp_int_t n = mp_obj_get_int(n_in);
    *count = n < 0 ? 0 : (size_t)n;
    return true;
}

static void list_repeat_into(mp_obj_list_t *dest, const mp_obj_t *items, size_t len, size_t n) {
    if (len != 0 && n > (SIZE_MAX / sizeof(mp_obj_t)) / len) {
        m_malloc_fail((size_t)-1);
    }
    list_reserve(dest, len * n);
    for (size_t i = 0; i < n; i++) {
        memcpy(dest->items + i * len, items, len * sizeof(mp_obj_t));
    }
    dest->len = len * n;
}

// Comparison, search and count re-read the list's items and length after every __eq__/__lt__,
// which may resize the list (its item array then moves): as CPython's list code does.
static mp_int_t list_find(mp_obj_list_t *l, mp_obj_t value, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < l->len; i++) {
        mp_obj_t x = l->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

static bool list_cmp(mp_binary_op_t op, mp_obj_list_t *a, mp_obj_list_t *b) {
    mp_stack_check();
    bool is_eq = op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL;
    if (is_eq && a->len != b->len) {
        return op == MP_BINARY_OP_NOT_EQUAL;
    }
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        mp_obj_t x = a->items[i], y = b->items[i];
        if (x != y && !mp_obj_equal(x, y)) {
            break;
        }
    }
    size_t la = a->len, lb = b->len;
    if (i < la && i < lb) {
        // the first differing items decide
        if (is_eq) {
            return op == MP_BINARY_OP_NOT_EQUAL;
        }
        return mp_obj_is_true(mp_binary_op(op, a->items[i], b->items[i]));
    }
    switch (op) {
        case MP_BINARY_OP_EQUAL:
            return la == lb;
        case MP_BINARY_OP_NOT_EQUAL:
            return la != lb;
        case MP_BINARY_OP_LESS:
            return la < lb;
        case MP_BINARY_OP_LESS_EQUAL:
            return la <= lb;
        case MP_BINARY_OP_MORE:
            return la > lb;
        default: // MORE_EQUAL
            return la >= lb;
    }
}

static mp_obj_t list_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_list_t *lhs = MP_OBJ_TO_PTR(lhs_in);
    switch (op) {
        case MP_BINARY_OP_ADD: {
            mp_obj_list_t *rhs = list_native(rhs_in);
            if (rhs == NULL) {
                if (!is_user_instance(rhs_in)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate list (not \"%s\") to list",
                        mp_obj_get_type_str(rhs_in));
                }
                return MP_OBJ_NULL;
            }
            mp_obj_list_t *res = list_new(lhs->len + rhs->len);
            memcpy(res->items, lhs->items, lhs->len * sizeof(mp_obj_t));
            memcpy(res->items + lhs->len, rhs->items, rhs->len * sizeof(mp_obj_t));
            res->len = lhs->len + rhs->len;
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_ADD:
            list_extend(lhs, rhs_in);
            return lhs_in;
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            size_t n;
            if (!get_repeat_count(rhs_in, &n)) {
                if (!is_user_instance(rhs_in)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                        mp_obj_get_type_str(rhs_in));
                }
                return MP_OBJ_NULL;
            }
            if (op == MP_BINARY_OP_INPLACE_MULTIPLY) {
                size_t old = lhs->len;
                if (n == 0) {
                    lhs->len = 0;
                    list_trim(lhs, old);
                } else if (n > 1) {
                    if (old != 0 && n > (SIZE_MAX / sizeof(mp_obj_t)) / old) {
                        m_malloc_fail((size_t)-1);
                    }
                    list_reserve(lhs, old * n);
                    for (size_t i = 1; i < n; i++) {
                        memcpy(lhs->items + i * old, lhs->items, old * sizeof(mp_obj_t));
                    }
                    lhs->len = old * n;
                }
                return lhs_in;
            }
            mp_obj_list_t *res = list_new(0);
            list_repeat_into(res, lhs->items, lhs->len, n);
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_list_t *rhs = list_native(rhs_in);
            if (rhs == NULL) {
                if (!is_user_instance(rhs_in)) {
                    if (op == MP_BINARY_OP_EQUAL) {
                        return mp_const_false;
                    }
                    if (op == MP_BINARY_OP_NOT_EQUAL) {
                        return mp_const_true;
                    }
                }
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(list_cmp(op, lhs, rhs));
        }
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_new_bool(list_find(lhs, rhs_in, 0, (size_t)-1) >= 0);
        default:
            return MP_OBJ_NULL;
    }
}

// ---- subscription ----

static mp_int_t index_value(mp_obj_t index) {
    if (mp_obj_is_int(index) || is_user_instance(index)) {
        if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)) {
            mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return mp_obj_get_int(index);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "list indices must be integers or slices, not %s",
        mp_obj_get_type_str(index));
}

static size_t slice_count(const mp_bound_slice_t *b) {
    if (b->step > 0) {
        return b->start < b->stop ? (size_t)((b->stop - b->start - 1) / b->step + 1) : 0;
    }
    return b->start > b->stop ? (size_t)((b->start - b->stop - 1) / (-b->step) + 1) : 0;
}

// Deletes the items selected by a normalised slice.
static void list_delete_slice(mp_obj_list_t *self, mp_bound_slice_t *b) {
    size_t n = slice_count(b);
    if (n == 0) {
        return;
    }
    size_t old = self->len;
    if (b->step == 1 || b->step == -1) {
        size_t lo = b->step == 1 ? (size_t)b->start : (size_t)(b->start - (mp_int_t)n + 1);
        memmove(self->items + lo, self->items + lo + n, (old - lo - n) * sizeof(mp_obj_t));
    } else {
        // walk the selected indices upwards, compacting the survivors
        mp_int_t step = b->step > 0 ? b->step : -b->step;
        size_t first = b->step > 0 ? (size_t)b->start : (size_t)(b->start + (mp_int_t)(n - 1) * b->step);
        size_t dst = first;
        size_t next_del = first;
        size_t deleted = 0;
        for (size_t src = first; src < old; src++) {
            if (deleted < n && src == next_del) {
                deleted++;
                next_del += (size_t)step;
                continue;
            }
            self->items[dst++] = self->items[src];
        }
    }
    self->len = old - n;
    list_trim(self, old);
}

// self[slice] = value
static void list_assign_slice(mp_obj_list_t *self, mp_obj_t slice, mp_obj_t value) {
    size_t n_new;
    mp_obj_t *new_items;
    mp_obj_t seq = value;
    if (!(mp_obj_is_type(value, &mp_type_list) || mp_obj_is_type(value, &mp_type_tuple))
        || value == MP_OBJ_FROM_PTR(self)) {
        if (mp_obj_get_type(value)->getiter == NULL && !is_user_instance(value)) {
            mp_raise_TypeError("can only assign an iterable");
        }
        seq = mp_obj_list_from_iter(value);
    }
    mp_obj_get_array(seq, &n_new, &new_items);
    mp_bound_slice_t b;
    mp_obj_slice_indices_live(slice, &self->len, &b);
    if (b.step == 1) {
        size_t start = (size_t)b.start;
        size_t stop = b.stop < b.start ? start : (size_t)b.stop;
        size_t n_old = stop - start;
        size_t old_len = self->len;
        size_t new_len = old_len - n_old + n_new;
        if (new_len > old_len) {
            list_reserve(self, new_len);
        }
        memmove(self->items + start + n_new, self->items + stop, (old_len - stop) * sizeof(mp_obj_t));
        memcpy(self->items + start, new_items, n_new * sizeof(mp_obj_t));
        self->len = new_len;
        if (new_len < old_len) {
            list_trim(self, old_len);
        }
        return;
    }
    size_t n = slice_count(&b);
    if (n != n_new) {
        mp_raise_msg_varg(&mp_type_ValueError, "attempt to assign sequence of size %u to extended slice of size %u",
            (unsigned)n_new, (unsigned)n);
    }
    for (size_t k = 0; k < n; k++) {
        self->items[b.start + (mp_int_t)k * b.step] = new_items[k];
    }
}

static mp_obj_t list_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i;
    if (MP_LIKELY(mp_obj_is_small_int(index))) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (mp_obj_is_type(index, &mp_type_slice)) {
        if (value == MP_OBJ_SENTINEL) {
            mp_bound_slice_t b;
            mp_obj_slice_indices_live(index, &self->len, &b);
            size_t n = slice_count(&b);
            mp_obj_list_t *res = list_new(n);
            if (b.step == 1) {
                memcpy(res->items, self->items + b.start, n * sizeof(mp_obj_t));
            } else {
                for (size_t k = 0; k < n; k++) {
                    res->items[k] = self->items[b.start + (mp_int_t)k * b.step];
                }
            }
            res->len = n;
            return MP_OBJ_FROM_PTR(res);
        } else if (value == MP_OBJ_NULL) {
            mp_bound_slice_t b;
            mp_obj_slice_indices_live(index, &self->len, &b);
            list_delete_slice(self, &b);
        } else {
            list_assign_slice(self, index, value);
        }
        return mp_const_none;
    } else {
        i = index_value(index);
    }
    if (i < 0) {
        i += (mp_int_t)self->len;
    }
    if (MP_UNLIKELY(i < 0 || (size_t)i >= self->len)) {
        mp_raise_msg(&mp_type_IndexError, value == MP_OBJ_SENTINEL
            ? "list index out of range" : "list assignment index out of range");
    }
    if (value == MP_OBJ_SENTINEL) {
        return self->items[i];
    }
    if (value == MP_OBJ_NULL) {
        size_t old = self->len;
        memmove(self->items + i, self->items + i + 1, (old - (size_t)i - 1) * sizeof(mp_obj_t));
        self->len = old - 1;
        list_trim(self, old);
    } else {
        self->items[i] = value;
    }
    return mp_const_none;
}

// ---- iterator ----

typedef struct _list_it_t {
    mp_obj_base_t base;
    mp_obj_list_t *list;
    size_t cur;
} list_it_t;

static mp_obj_t list_it_iternext(mp_obj_t self_in) {
    list_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->cur < self->list->len) {
        return self->list->items[self->cur++];
    }
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t list_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_list_iterator,
    .getiter = it_self_getiter,
    .iternext = list_it_iternext,
};

mp_obj_t mp_obj_list_getiter_buf(mp_obj_t self_in, mp_obj_iter_buf_t *buf) {
    _Static_assert(sizeof(list_it_t) <= sizeof(mp_obj_iter_buf_t), "iterator fits the buffer");
    list_it_t *it = (list_it_t *)buf;
    it->base.type = &list_iterator_type;
    it->list = MP_OBJ_TO_PTR(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t list_getiter(mp_obj_t self_in) {
    list_it_t *it = m_new_obj(list_it_t);
    it->base.type = &list_iterator_type;
    it->list = MP_OBJ_TO_PTR(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---- sort ----
// Stable merge sort over keys[] (with vals[] moved in step when a key function is used).
// Runs up to SORT_SMALL items are sorted by binary insertion (few comparisons: comparisons may
// call Python code). A merge is skipped when the two halves are already in order, so sorted
// input costs O(n) comparisons.

#define SORT_SMALL (16)

typedef struct _sort_ctx_t {
    mp_obj_t *keys;
    mp_obj_t *vals;     // NULL when keys are the values themselves
    mp_obj_t *tmp_keys; // scratch for merges, n/2+1 slots
    mp_obj_t *tmp_vals;
    bool reverse;
} sort_ctx_t;

// a < b under the sort order (b < a when reversed, which keeps equal items in input order).
static inline bool sort_lt(const sort_ctx_t *ctx, mp_obj_t a, mp_obj_t b) {
    if (ctx->reverse) {
        mp_obj_t t = a;
        a = b;
        b = t;
    }
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        return MP_OBJ_SMALL_INT_VALUE(a) < MP_OBJ_SMALL_INT_VALUE(b);
    }
    if (mp_obj_is_str(a) && mp_obj_is_str(b)) {
        // UTF-8 byte order is code point order
        GET_STR_DATA_LEN(a, da, la);
        GET_STR_DATA_LEN(b, db, lb);
        int c = memcmp(da, db, la < lb ? la : lb);
        return c < 0 || (c == 0 && la < lb);
    }
    if (mp_obj_is_float(a) && mp_obj_is_float(b)) {
        return mp_obj_float_get(a) < mp_obj_float_get(b);
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

static void sort_insertion(sort_ctx_t *ctx, size_t lo, size_t hi) {
    mp_obj_t *k = ctx->keys;
    mp_obj_t *v = ctx->vals;
    for (size_t i = lo + 1; i < hi; i++) {
        mp_obj_t key = k[i];
        // already in place? (common for nearly sorted input)
        if (!sort_lt(ctx, key, k[i - 1])) {
            continue;
        }
        // find the first position p in [lo, i-1) whose item is greater than key
        size_t a = lo, b = i - 1;
        while (a < b) {
            size_t m = a + (b - a) / 2;
            if (sort_lt(ctx, key, k[m])) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        memmove(k + a + 1, k + a, (i - a) * sizeof(mp_obj_t));
        k[a] = key;
        if (v != NULL) {
            mp_obj_t val = v[i];
            memmove(v + a + 1, v + a, (i - a) * sizeof(mp_obj_t));
            v[a] = val;
        }
    }
}

static void sort_range(sort_ctx_t *ctx, size_t lo, size_t hi) {
    if (hi - lo <= SORT_SMALL) {
        sort_insertion(ctx, lo, hi);
        return;
    }
    mp_stack_check();
    size_t mid = lo + (hi - lo) / 2;
    sort_range(ctx, lo, mid);
    sort_range(ctx, mid, hi);
    mp_obj_t *k = ctx->keys;
    mp_obj_t *v = ctx->vals;
    if (!sort_lt(ctx, k[mid], k[mid - 1])) {
        return; // halves already in order
    }
    // copy the left half out, then merge it with the right half back into place
    size_t nl = mid - lo;
    memcpy(ctx->tmp_keys, k + lo, nl * sizeof(mp_obj_t));
    if (v != NULL) {
        memcpy(ctx->tmp_vals, v + lo, nl * sizeof(mp_obj_t));
    }
    size_t i = 0, j = mid, d = lo;
    while (i < nl && j < hi) {
        // take from the right only when strictly smaller: stability
        if (sort_lt(ctx, k[j], ctx->tmp_keys[i])) {
            if (v != NULL) {
                v[d] = v[j];
            }
            k[d++] = k[j++];
        } else {
            if (v != NULL) {
                v[d] = ctx->tmp_vals[i];
            }
            k[d++] = ctx->tmp_keys[i++];
        }
    }
    while (i < nl) {
        if (v != NULL) {
            v[d] = ctx->tmp_vals[i];
        }
        k[d++] = ctx->tmp_keys[i++];
    }
}

static void sort_items(mp_obj_t *items, size_t n, mp_obj_t key_fn, bool reverse) {
    sort_ctx_t ctx;
    ctx.reverse = reverse;
    ctx.vals = NULL;
    ctx.tmp_vals = NULL;
    if (key_fn != mp_const_none) {
        ctx.keys = m_new(mp_obj_t, n);
        for (size_t i = 0; i < n; i++) {
            ctx.keys[i] = mp_call_function_1(key_fn, items[i]);
        }
        ctx.vals = items;
        ctx.tmp_vals = m_new(mp_obj_t, n / 2 + 1);
    } else {
        ctx.keys = items;
    }
    ctx.tmp_keys = m_new(mp_obj_t, n / 2 + 1);
    sort_range(&ctx, 0, n);
    m_del(mp_obj_t, ctx.tmp_keys, n / 2 + 1);
    if (ctx.vals != NULL) {
        m_del(mp_obj_t, ctx.tmp_vals, n / 2 + 1);
        m_del(mp_obj_t, ctx.keys, n);
    }
}

mp_obj_t mp_obj_list_sort(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    if (n_args > 1) {
        mp_raise_TypeError("sort() takes no positional arguments");
    }
    static const mp_arg_t allowed[] = {
        { MP_QSTR_key, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_reverse, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all(0, NULL, kwargs, 2, allowed, vals);
    mp_obj_t key_fn = vals[0].u_obj;
    bool reverse = vals[1].u_bool;
    mp_obj_list_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t n = self->len;
    if (n < 2) {
        return mp_const_none;
    }
    if (key_fn == mp_const_none && !reverse) {
        // cheap pre-pass: all small ints already ascending? (sorting sorted data is common)
        bool sorted = true;
        for (size_t i = 1; i < n; i++) {
            mp_obj_t a = self->items[i - 1], b = self->items[i];
            if (!(mp_obj_is_small_int(a) && mp_obj_is_small_int(b)
                  && MP_OBJ_SMALL_INT_VALUE(a) <= MP_OBJ_SMALL_INT_VALUE(b))) {
                sorted = false;
                break;
            }
        }
        if (sorted) {
            return mp_const_none;
        }
    }
    // detach the items: the list is empty while key functions and comparisons run
    mp_obj_t *items = self->items;
    size_t alloc = self->alloc;
    self->items = m_new(mp_obj_t, LIST_MIN_ALLOC);
    self->alloc = LIST_MIN_ALLOC;
    self->len = 0;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        sort_items(items, n, key_fn, reverse);
        nlr_pop();
    } else {
        self->items = items;
        self->alloc = alloc;
        self->len = n;
        nlr_jump(nlr.ret_val);
    }
    bool modified = self->len != 0;
    self->items = items;
    self->alloc = alloc;
    self->len = n;
    if (modified) {
        mp_raise_ValueError("list modified during sort");
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(list_sort_obj, 1, mp_obj_list_sort);

// ---- methods ----

static MP_DEFINE_CONST_FUN_OBJ_2(list_append_obj, mp_obj_list_append);

static mp_obj_t list_extend_meth(mp_obj_t self_in, mp_obj_t arg) {
    list_extend(MP_OBJ_TO_PTR(self_in), arg);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_extend_obj, list_extend_meth);

static mp_obj_t list_clear(mp_obj_t self_in) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    self->len = 0;
    self->alloc = LIST_MIN_ALLOC;
    self->items = m_new(mp_obj_t, LIST_MIN_ALLOC);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_clear_obj, list_clear);

static mp_obj_t list_copy(mp_obj_t self_in) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_list(self->len, self->items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_copy_obj, list_copy);

static mp_obj_t list_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = 0;
    for (size_t i = 0; i < self->len; i++) {
        mp_obj_t x = self->items[i];
        n += x == value || mp_obj_equal(x, value);
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_count_obj, list_count);

static size_t clamp_bound(mp_obj_t arg, size_t len) {
    if (mp_obj_is_type(arg, &mp_type_int) && mp_obj_int_is_big(arg)) {
        return mp_obj_int_sign(arg) < 0 ? 0 : len;
    }
    mp_int_t i = mp_obj_get_int(arg);
    if (i < 0) {
        i += (mp_int_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static NORETURN void raise_not_in_list(mp_obj_t value) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init(&vstr, 16);
    mp_print_init_vstr(&print, &vstr);
    mp_obj_print_helper(&print, value, PRINT_REPR);
    mp_raise_msg_varg(&mp_type_ValueError, "%s is not in list", vstr_null_terminated_str(&vstr));
}

static mp_obj_t list_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t start = n_args > 2 ? clamp_bound(args[2], self->len) : 0;
    size_t stop = n_args > 3 ? clamp_bound(args[3], self->len) : self->len;
    mp_int_t i = list_find(self, args[1], start, stop);
    if (i < 0) {
        raise_not_in_list(args[1]);
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(list_index_obj, 2, 4, list_index);

static mp_obj_t list_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    // unlike index()'s bounds, an insert position past a machine word is CPython's OverflowError
    size_t i = clamp_bound(mp_obj_new_int(mp_obj_get_int(index)), self->len);
    if (i > self->len) {
        i = self->len; // index.__index__() may have shrunk the list
    }
    list_reserve(self, self->len + 1);
    memmove(self->items + i + 1, self->items + i, (self->len - i) * sizeof(mp_obj_t));
    self->items[i] = value;
    self->len++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(list_insert_obj, list_insert);

static mp_obj_t list_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(args[0]);
    if (self->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from empty list");
    }
    mp_int_t i = (mp_int_t)self->len - 1;
    if (n_args > 1) {
        i = mp_obj_get_int(args[1]);   // OverflowError past a machine word, as CPython
        if (i < 0) {
            i += (mp_int_t)self->len;
        }
        if (i < 0 || (size_t)i >= self->len) {
            mp_raise_msg(&mp_type_IndexError, "pop index out of range");
        }
    }
    mp_obj_t item = self->items[i];
    size_t old = self->len;
    memmove(self->items + i, self->items + i + 1, (old - (size_t)i - 1) * sizeof(mp_obj_t));
    self->len = old - 1;
    list_trim(self, old);
    return item;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(list_pop_obj, 1, 2, list_pop);

static mp_obj_t list_remove(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = list_find(self, value, 0, (size_t)-1);
    if (i < 0) {
        mp_raise_ValueError("list.remove(x): x not in list");
    }
    // the comparison may have run Python code that shrank the list
    if ((size_t)i < self->len) {
        size_t old = self->len;
        memmove(self->items + i, self->items + i + 1, (old - (size_t)i - 1) * sizeof(mp_obj_t));
        self->len = old - 1;
        list_trim(self, old);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_remove_obj, list_remove);

static mp_obj_t list_reverse(mp_obj_t self_in) {
    mp_obj_list_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->len < 2) {
        return mp_const_none;
    }
    for (size_t a = 0, b = self->len - 1; a < b; a++, b--) {
        mp_obj_t t = self->items[a];
        self->items[a] = self->items[b];
        self->items[b] = t;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_reverse_obj, list_reverse);

// Special methods, for explicit calls such as super().__getitem__(i) in subclasses.
static mp_obj_t list_getitem_meth(mp_obj_t self_in, mp_obj_t index) {
    return list_subscr(self_in, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_getitem_obj, list_getitem_meth);

static mp_obj_t list_setitem_meth(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    return list_subscr(self_in, index, value);
}
static MP_DEFINE_CONST_FUN_OBJ_3(list_setitem_obj, list_setitem_meth);

static mp_obj_t list_delitem_meth(mp_obj_t self_in, mp_obj_t index) {
    return list_subscr(self_in, index, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_delitem_obj, list_delitem_meth);

static mp_obj_t list_len_meth(mp_obj_t self_in) {
    return list_unary_op(MP_UNARY_OP_LEN, self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_len_obj, list_len_meth);

static mp_obj_t list_contains_meth(mp_obj_t self_in, mp_obj_t value) {
    return list_binary_op(MP_BINARY_OP_CONTAINS, self_in, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_contains_obj, list_contains_meth);

static MP_DEFINE_CONST_FUN_OBJ_1(list_iter_obj, list_getiter);

static const mp_rom_map_elem_t list_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&list_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&list_setitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&list_delitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&list_len_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&list_contains_obj) },
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&list_iter_obj) },
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&list_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&list_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&list_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&list_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&list_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&list_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&list_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&list_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&list_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&list_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_sort), MP_ROM_PTR(&list_sort_obj) },
};
static MP_DEFINE_CONST_DICT(list_locals_dict, list_locals_dict_table);

const mp_obj_type_t mp_type_list = {
    {&mp_type_type},
    .name = MP_QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = (mp_obj_dict_t *)&list_locals_dict,
};
