// lib/heapq/modheapq.c: the heapq module (heappush, heappop, heapify, heappushpop,
// heapreplace, merge, nlargest, nsmallest).
//
// A heap is a list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2], compared with `<`
// only. The list layouts after each operation are CPython's: a push sifts the new item up
// towards the root; a pop/replace moves the smaller child up from the root down to a leaf
// and then sifts the displaced item back up (the "bottom-up" variant, fewer comparisons).
// A comparison can run Python code that mutates the list: its items are re-read after every
// comparison and a size change raises RuntimeError, so nothing reads past the end.
//
// merge() is an iterator over the heads of its inputs ordered by (key, input index), which is
// the stable order CPython's merge gives; nlargest/nsmallest are, as documented,
// sorted(iterable, key=key, reverse=...)[:n], using the stable list sort.
#include <string.h>

#include "py/runtime.h"

static bool heapq_lt(mp_obj_t a, mp_obj_t b) {
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        return MP_OBJ_SMALL_INT_VALUE(a) < MP_OBJ_SMALL_INT_VALUE(b);
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

static mp_obj_t heapq_get_list(mp_obj_t heap, const char *fmt, const char *fname) {
    if (!mp_obj_isinstance(heap, &mp_type_list)) {
        mp_raise_msg_varg(&mp_type_TypeError, fmt, fname, mp_obj_get_type_str(heap));
    }
    return mp_obj_get_native(heap, &mp_type_list);
}

static mp_obj_list_t *heapq_check(mp_obj_list_t *l, size_t n) {
    if (l->len != n) {
        mp_raise_msg(&mp_type_RuntimeError, "list changed size during iteration");
    }
    return l;
}

// Moves heap[pos] up towards start while it is smaller than its parent.
static void heapq_sift_down(mp_obj_list_t *l, size_t start, size_t pos) {
    size_t n = l->len;
    mp_obj_t newitem = l->items[pos];
    while (pos > start) {
        size_t parentpos = (pos - 1) >> 1;
        mp_obj_t parent = l->items[parentpos];
        bool lt = heapq_lt(newitem, parent);
        heapq_check(l, n);
        if (!lt) {
            break;
        }
        l->items[pos] = parent;
        pos = parentpos;
    }
    l->items[pos] = newitem;
}

// Moves the smaller child up from pos down to a leaf, then sifts the old heap[pos] back up.
static void heapq_sift_up(mp_obj_list_t *l, size_t pos) {
    size_t n = l->len;
    size_t start = pos;
    mp_obj_t newitem = l->items[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n) {
            bool lt = heapq_lt(l->items[child], l->items[right]);
            heapq_check(l, n);
            if (!lt) {
                child = right;
            }
        }
        l->items[pos] = l->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    l->items[pos] = newitem;
    heapq_sift_down(l, start, pos);
}

static mp_obj_t heapq_heappush(mp_obj_t heap_in, mp_obj_t item) {
    mp_obj_t heap = heapq_get_list(heap_in, "%s() argument 1 must be list, not %s", "heappush");
    mp_obj_list_append(heap, item);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(heap);
    heapq_sift_down(l, 0, l->len - 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heappush_obj, heapq_heappush);

static mp_obj_t heapq_heappop(mp_obj_t heap_in) {
    mp_obj_t heap = heapq_get_list(heap_in, "%s() argument must be list, not %s", "heappop");
    mp_obj_list_t *l = MP_OBJ_TO_PTR(heap);
    if (l->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    mp_obj_t last = l->items[l->len - 1];
    mp_obj_list_set_len(heap, l->len - 1);
    if (l->len == 0) {
        return last;
    }
    mp_obj_t ret = l->items[0];
    l->items[0] = last;
    heapq_sift_up(l, 0);
    return ret;
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heappop_obj, heapq_heappop);

static mp_obj_t heapq_heapreplace(mp_obj_t heap_in, mp_obj_t item) {
    mp_obj_t heap = heapq_get_list(heap_in, "%s() argument 1 must be list, not %s", "heapreplace");
    mp_obj_list_t *l = MP_OBJ_TO_PTR(heap);
    if (l->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    mp_obj_t ret = l->items[0];
    l->items[0] = item;
    heapq_sift_up(l, 0);
    return ret;
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heapreplace_obj, heapq_heapreplace);

static mp_obj_t heapq_heappushpop(mp_obj_t heap_in, mp_obj_t item) {
    mp_obj_t heap = heapq_get_list(heap_in, "%s() argument 1 must be list, not %s", "heappushpop");
    mp_obj_list_t *l = MP_OBJ_TO_PTR(heap);
    if (l->len == 0) {
        return item;
    }
    mp_obj_t top = l->items[0];
    size_t n = l->len;
    bool lt = heapq_lt(top, item);
    heapq_check(l, n);
    if (!lt) {
        return item;
    }
    l->items[0] = item;
    heapq_sift_up(l, 0);
    return top;
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heappushpop_obj, heapq_heappushpop);

static mp_obj_t heapq_heapify(mp_obj_t heap_in) {
    mp_obj_t heap = heapq_get_list(heap_in, "%s() argument must be list, not %s", "heapify");
    mp_obj_list_t *l = MP_OBJ_TO_PTR(heap);
    for (size_t i = l->len / 2; i-- > 0;) {
        heapq_sift_up(l, i);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heapify_obj, heapq_heapify);

// ---- merge ----

typedef struct _heapq_merge_t {
    mp_obj_base_t base;
    mp_obj_t key;          // MP_OBJ_NULL: none
    bool reverse;
    bool started;
    size_t n;              // number of inputs
    size_t live;           // inputs not yet exhausted
    mp_obj_t *iters;       // n iterators (MP_OBJ_NULL once exhausted)
    mp_obj_t *heads;       // current head value of each live input
    mp_obj_t *keys;        // key(head) of each live input
} heapq_merge_t;

static void heapq_merge_advance(heapq_merge_t *m, size_t i) {
    mp_obj_t v = mp_iternext(m->iters[i]);
    if (v == MP_OBJ_STOP_ITERATION) {
        m->iters[i] = MP_OBJ_NULL;
        m->heads[i] = MP_OBJ_NULL;
        m->keys[i] = MP_OBJ_NULL;
        m->live--;
        return;
    }
    m->heads[i] = v;
    m->keys[i] = m->key == MP_OBJ_NULL ? v : mp_call_function_1(m->key, v);
}

static mp_obj_t heapq_merge_iternext(mp_obj_t self_in) {
    heapq_merge_t *m = MP_OBJ_TO_PTR(self_in);
    if (!m->started) {
        m->started = true;
        for (size_t i = 0; i < m->n; i++) {
            heapq_merge_advance(m, i);
        }
    }
    if (m->live == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    // The head that comes first by (key, input index): strictly better keys replace it.
    size_t best = m->n;
    for (size_t i = 0; i < m->n; i++) {
        if (m->iters[i] == MP_OBJ_NULL) {
            continue;
        }
        if (best == m->n) {
            best = i;
            continue;
        }
        bool better = m->reverse ? heapq_lt(m->keys[best], m->keys[i]) : heapq_lt(m->keys[i], m->keys[best]);
        if (better) {
            best = i;
        }
    }
    mp_obj_t v = m->heads[best];
    heapq_merge_advance(m, best);
    return v;
}

static mp_obj_t heapq_merge_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t heapq_type_merge = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_merge,
    .getiter = heapq_merge_getiter,
    .iternext = heapq_merge_iternext,
};

static mp_obj_t heapq_merge(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t key = MP_OBJ_NULL;
    bool reverse = false;
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(kw, &cur)) != NULL) {
        qstr k = mp_obj_str_get_qstr(e->key);
        if (k == MP_QSTR_key) {
            key = e->value == mp_const_none ? MP_OBJ_NULL : e->value;
        } else if (k == MP_QSTR_reverse) {
            reverse = mp_obj_is_true(e->value);
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "merge() got an unexpected keyword argument '%q'", k);
        }
    }
    heapq_merge_t *m = m_new_obj(heapq_merge_t);
    m->base.type = &heapq_type_merge;
    m->key = key;
    m->reverse = reverse;
    m->started = false;
    m->n = n_args;
    m->live = n_args;
    m->iters = m_new(mp_obj_t, n_args + 1);
    m->heads = m_new(mp_obj_t, n_args + 1);
    m->keys = m_new(mp_obj_t, n_args + 1);
    for (size_t i = 0; i < n_args; i++) {
        m->iters[i] = mp_getiter(args[i]);
        m->heads[i] = MP_OBJ_NULL;
        m->keys[i] = MP_OBJ_NULL;
    }
    return MP_OBJ_FROM_PTR(m);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_merge_obj, 0, heapq_merge);

// ---- nlargest / nsmallest ----

static mp_obj_t heapq_nselect(size_t n_args, const mp_obj_t *args, mp_map_t *kw, bool largest) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_n, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_key, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, a);
    if (!mp_obj_is_int(a[0].u_obj)) {
        mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    mp_int_t n = mp_obj_get_int(a[0].u_obj);
    mp_obj_t list = mp_obj_list_from_iter(a[1].u_obj);
    if (n <= 0) {
        return mp_obj_new_list(0, NULL);
    }
    mp_obj_t sort_kw[4] = {
        MP_OBJ_NEW_QSTR(MP_QSTR_key), a[2].u_obj,
        MP_OBJ_NEW_QSTR(MP_QSTR_reverse), mp_obj_new_bool(largest),
    };
    mp_map_t kwmap;
    mp_map_init(&kwmap, 2);
    mp_map_lookup(&kwmap, sort_kw[0], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = sort_kw[1];
    mp_map_lookup(&kwmap, sort_kw[2], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = sort_kw[3];
    mp_obj_list_sort(1, &list, &kwmap);
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(list, &len, &items);
    if ((size_t)n < len) {
        mp_obj_list_set_len(list, n);
    }
    return list;
}

static mp_obj_t heapq_nlargest(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return heapq_nselect(n_args, args, kw, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_nlargest_obj, 0, heapq_nlargest);

static mp_obj_t heapq_nsmallest(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return heapq_nselect(n_args, args, kw, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_nsmallest_obj, 0, heapq_nsmallest);

static const mp_rom_map_elem_t heapq_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_heapq) },
    { MP_ROM_QSTR(MP_QSTR_heappush), MP_ROM_PTR(&heapq_heappush_obj) },
    { MP_ROM_QSTR(MP_QSTR_heappop), MP_ROM_PTR(&heapq_heappop_obj) },
    { MP_ROM_QSTR(MP_QSTR_heapify), MP_ROM_PTR(&heapq_heapify_obj) },
    { MP_ROM_QSTR(MP_QSTR_heappushpop), MP_ROM_PTR(&heapq_heappushpop_obj) },
    { MP_ROM_QSTR(MP_QSTR_heapreplace), MP_ROM_PTR(&heapq_heapreplace_obj) },
    { MP_ROM_QSTR(MP_QSTR_merge), MP_ROM_PTR(&heapq_merge_obj) },
    { MP_ROM_QSTR(MP_QSTR_nlargest), MP_ROM_PTR(&heapq_nlargest_obj) },
    { MP_ROM_QSTR(MP_QSTR_nsmallest), MP_ROM_PTR(&heapq_nsmallest_obj) },
};
MP_DEFINE_CONST_MODULE(heapq_module, heapq_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_heapq, heapq_module);
