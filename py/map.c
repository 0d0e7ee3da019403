// py/map.c: the insertion-ordered hash map behind dict, globals and attribute tables.
//
// Layout of a growable map:
//
//   table: [e0][e1][e2][~~][e4] ...      (key, value) entries in insertion order;
//            ^ used = 5 slots consumed    a deleted entry keeps key == MP_OBJ_SENTINEL (tombstone)
//   index: uint32_t[2 * alloc]           open addressing by hash; slot holds entry position + 1
//                                        (0 = empty); only when alloc > MP_MAP_LINEAR_MAX
//
// Small maps (alloc <= MP_MAP_LINEAR_MAX) and fixed ROM maps have no index and are searched
// linearly. Positions of entries only change on a rehash, which the VM's inline caches rely
// on: a cached position is valid iff table[pos].key is the expected key.
// Invariants: filled <= used <= alloc; alloc is a power of two when an index exists; the index
// never points at a position >= used.
#include <string.h>

#include "py/runtime.h"

#define MP_MAP_LINEAR_MAX (8)
// Restarts of one search after an __eq__ changed the map (see mp_map_lookup): then RuntimeError.
#define MAP_MAX_RESTARTS (1000)

// Whether a table key a (not identical to b) must be compared with b by mp_obj_equal (which
// may run user code): not for deleted/empty slots, nor two qstrs or two small ints.
static inline bool map_key_needs_eq(mp_obj_t a, mp_obj_t b) {
    if ((mp_obj_is_qstr(a) && mp_obj_is_qstr(b)) || (mp_obj_is_small_int(a) && mp_obj_is_small_int(b))) {
        return false;
    }
    return a != MP_OBJ_SENTINEL && a != MP_OBJ_NULL;
}

static inline size_t map_hash(mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return qstr_hash(MP_OBJ_QSTR_VALUE(key));
    }
    if (mp_obj_is_small_int(key)) {
        return (size_t)mp_small_int_hash(MP_OBJ_SMALL_INT_VALUE(key));
    }
    return (size_t)mp_obj_hash(key);
}

// Next index slot after a collision at slot i. Ints hash to themselves, so consecutive int
// keys fill one contiguous run of slots; stepping by +1 would make every other key that lands
// inside the run walk all of it. Folding in the higher hash bits (perturb, shifted down each
// step) jumps out at once; when perturb reaches 0, i -> 5i+1 mod 2^k visits every slot.
static inline size_t map_probe_next(size_t i, size_t *perturb, size_t mask) {
    *perturb >>= 5;
    return (5 * i + 1 + *perturb) & mask;
}

static size_t round_pow2(size_t n) {
    size_t p = 4;
    while (p < n) {
        p <<= 1;
    }
    return p;
}

static void map_build_index(mp_map_t *map) {
    size_t n = 2 * map->alloc;
    uint32_t *idx = m_new(uint32_t, n);  // zeroed
    size_t mask = n - 1;
    mp_map_elem_t *table = map->table;
    size_t alloc = map->alloc;
    for (size_t pos = 0; pos < map->used; pos++) {
        mp_obj_t k = table[pos].key;
        if (k == MP_OBJ_SENTINEL || k == MP_OBJ_NULL) {
            continue;
        }
        size_t perturb = map_hash(k);
        if (MP_UNLIKELY(map->table != table || map->alloc != alloc || map->index != NULL)) {
            // a __hash__ changed the map: it stays without an index (searched linearly, and
            // indexed again by a later add)
            return;
        }
        size_t i = perturb & mask;
        while (idx[i] != 0) {
            i = map_probe_next(i, &perturb, mask);
        }
        idx[i] = (uint32_t)(pos + 1);
    }
    map->index = idx;
}

void mp_map_init(mp_map_t *map, size_t n) {
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->builtins_unshadowed = 0;
    map->used = 0;
    map->filled = 0;
    map->index = NULL;
    if (n == 0) {
        map->alloc = 0;
        map->table = NULL;
        return;
    }
    if (n > MP_MAP_LINEAR_MAX) {
        n = round_pow2(n);
    }
    map->alloc = n;
    map->table = m_new(mp_map_elem_t, n);
    if (n > MP_MAP_LINEAR_MAX) {
        map_build_index(map);
    }
}

void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table) {
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 1;
    map->builtins_unshadowed = 0;
    map->used = n;
    map->filled = n;
    map->alloc = n;
    map->table = (mp_map_elem_t *)table;
    map->index = NULL;
}

mp_map_t *mp_map_new(size_t n) {
    mp_map_t *map = m_new(mp_map_t, 1);
    mp_map_init(map, n);
    return map;
}

void mp_map_deinit(mp_map_t *map) {
    if (!map->is_fixed) {
        m_del(mp_map_elem_t, map->table, map->alloc);
        if (map->index) {
            m_del(uint32_t, map->index, 2 * map->alloc);
        }
    }
    map->used = map->filled = map->alloc = 0;
    map->table = NULL;
    map->index = NULL;
}

void mp_map_clear(mp_map_t *map) {
    mp_map_deinit(map);
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->builtins_unshadowed = 0;
}

// Keys present now do not matter: the VM caches a built-in for name q only after a lookup of q
// in this map failed, so what must not go unseen is a later add of q (see mp_map_lookup).
void mp_map_watch_builtins(mp_map_t *map) {
    map->builtins_unshadowed = map->all_keys_are_qstrs;
}

// Rebuilds the table with room for at least `need` live entries, dropping tombstones.
static void map_rehash(mp_map_t *map, size_t need) {
    size_t new_alloc = need <= MP_MAP_LINEAR_MAX ? (need < 4 ? 4 : need) : round_pow2(need);
    if (new_alloc > MP_MAP_LINEAR_MAX) {
        new_alloc = round_pow2(new_alloc);
    }
    mp_map_elem_t *old = map->table;
    size_t old_used = map->used;
    size_t old_alloc = map->alloc;
    uint32_t *old_index = map->index;
    mp_map_elem_t *t = m_new(mp_map_elem_t, new_alloc);
    size_t j = 0;
    for (size_t i = 0; i < old_used; i++) {
        if (old[i].key != MP_OBJ_SENTINEL && old[i].key != MP_OBJ_NULL) {
            t[j++] = old[i];
        }
    }
    map->table = t;
    map->alloc = new_alloc;
    map->used = j;
    map->filled = j;
    map->index = NULL;
    if (new_alloc > MP_MAP_LINEAR_MAX) {
        map_build_index(map);
    }
    if (old_index) {
        m_del(uint32_t, old_index, 2 * old_alloc);
    }
    m_del(mp_map_elem_t, old, old_alloc);
}

// One more restart of a search whose __eq__ changed the map; past MAP_MAX_RESTARTS, RuntimeError.
static void map_count_restart(size_t *restarts) {
    if (++*restarts > MAP_MAX_RESTARTS) {
        mp_raise_msg(&mp_type_RuntimeError, "dict changed size during lookup");
    }
}

mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    // A heap str key can only match a qstr key if its text is interned already.
    if (map->all_keys_are_qstrs && mp_obj_is_type(key, &mp_type_str)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(key);
        qstr q = qstr_find_strn((const char *)s->data, s->len);
        if (q != MP_QSTRnull) {
            key = MP_OBJ_NEW_QSTR(q);
        } else if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
    }
    // Comparing keys (__eq__) and hashing the key (__hash__) may run user code that changes
    // this very map (clears it, grows it, deletes the entry being compared). After each such
    // call the table is re-validated before it is touched again, and the search restarts when
    // it changed, as CPython does; nothing stale is ever dereferenced.
    // An __eq__ that changes the map on every call would restart the search forever: the
    // result of the comparison that caused a restart is kept for that key object (a C local,
    // so the key stays alive), so the search goes past it when it meets it again (CPython
    // does, when the table it finds again looks unchanged), and a search restarts at most
    // MAP_MAX_RESTARTS times.
    mp_obj_t last_ek = MP_OBJ_NULL;
    bool last_eq = false;
    size_t restarts = 0;
    mp_map_elem_t *found;
    size_t idx_slot;
    size_t h;
restart:
    found = NULL;
    idx_slot = 0;
    h = 0;
    if (map->index == NULL) {
        mp_map_elem_t *table = map->table;
        size_t used = map->used, alloc = map->alloc;
        if (map->all_keys_are_qstrs && mp_obj_is_qstr(key)) {
            for (size_t j = 0; j < used; j++) {
                if (table[j].key == key) {
                    found = &table[j];
                    break;
                }
            }
        } else {
            for (size_t j = 0; j < used; j++) {
                mp_obj_t ek = table[j].key;
                if (ek == key) {
                    found = &table[j];
                    break;
                }
                if (!map_key_needs_eq(ek, key)) {
                    continue;
                }
                bool eq = ek == last_ek ? last_eq : mp_obj_equal(ek, key);
                if (MP_UNLIKELY(map->table != table || map->alloc != alloc || map->used != used || map->index != NULL || table[j].key != ek)) {
                    last_ek = ek;
                    last_eq = eq;
                    map_count_restart(&restarts);
                    goto restart;
                }
                if (eq) {
                    found = &table[j];
                    break;
                }
            }
        }
    } else {
        h = map_hash(key);
        if (MP_UNLIKELY(map->index == NULL)) {
            goto restart;
        }
        uint32_t *index = map->index;
        mp_map_elem_t *table = map->table;
        size_t alloc = map->alloc;
        size_t mask = 2 * alloc - 1;
        size_t perturb = h;
        size_t i = h & mask;
        bool qstr_key = map->all_keys_are_qstrs && mp_obj_is_qstr(key);
        for (;; i = map_probe_next(i, &perturb, mask)) {
            uint32_t v = index[i];
            if (v == 0) {
                idx_slot = i;
                break;
            }
            mp_map_elem_t *e = &table[v - 1];
            mp_obj_t ek = e->key;
            if (ek == key) {
                found = e;
                break;
            }
            if (qstr_key || !map_key_needs_eq(ek, key)) {
                continue;
            }
            if ((mp_obj_is_small_int(ek) || mp_obj_is_qstr(ek)) && map_hash(ek) != h) {
                continue;   // equal keys hash equal: no __eq__ call (CPython compares hashes first)
            }
            bool eq = ek == last_ek ? last_eq : mp_obj_equal(ek, key);
            if (MP_UNLIKELY(map->index != index || map->table != table || map->alloc != alloc || e->key != ek)) {
                last_ek = ek;
                last_eq = eq;
                map_count_restart(&restarts);
                goto restart;
            }
            if (eq) {
                found = e;
                break;
            }
        }
    }

    if (found != NULL) {
        if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
            mp_state.map_removed[0] = found->key;
            mp_state.map_removed[1] = found->value;
            found->key = MP_OBJ_SENTINEL;
            found->value = MP_OBJ_NULL;
            map->filled--;
            if (map->filled == 0) {
                // Cheap reset so that add/remove cycles do not accumulate tombstones.
                map->used = 0;
                if (map->index) {
                    memset(map->index, 0, 2 * map->alloc * sizeof(uint32_t));
                }
            }
            return (mp_map_elem_t *)&mp_state.map_removed;
        }
        return found;
    }
    if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND || map->is_fixed) {
        return NULL;
    }
    // Add.
    if (map->used >= map->alloc) {
        map_rehash(map, map->filled < map->alloc / 2 ? map->alloc : 2 * (map->filled + 1));
        // (rebuilding the index hashes keys: user code may have run) look again, which also
        // finds the free index slot
        goto restart;
    }
    size_t pos = map->used++;
    mp_map_elem_t *e = &map->table[pos];
    e->key = key;
    e->value = MP_OBJ_NULL;
    map->filled++;
    if (!mp_obj_is_qstr(key)) {
        map->all_keys_are_qstrs = 0;
        map->builtins_unshadowed = 0;
    } else if (map->builtins_unshadowed && mp_builtins_lookup(MP_OBJ_QSTR_VALUE(key)) != MP_OBJ_NULL) {
        map->builtins_unshadowed = 0;
    }
    if (map->index) {
        ((uint32_t *)map->index)[idx_slot] = (uint32_t)(pos + 1);
    } else if (map->alloc > MP_MAP_LINEAR_MAX) {
        // (only after a build was abandoned, see map_build_index) hashing may change the map
        mp_map_elem_t *table = map->table;
        map_build_index(map);
        if (map->table != table) {
            goto restart;
        }
    }
    return e;
}

mp_map_elem_t *mp_map_iter_next(const mp_map_t *map, size_t *cur) {
    for (size_t i = *cur; i < map->used; i++) {
        mp_obj_t k = map->table[i].key;
        if (k != MP_OBJ_SENTINEL && k != MP_OBJ_NULL) {
            *cur = i + 1;
            return &map->table[i];
        }
    }
    *cur = map->used;
    return NULL;
}
