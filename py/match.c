// py/match.c: run-time helpers of the match statement (see py/match.h for the calling
// convention: a tuple of the values to match sub-patterns against, None on failure, or a bool
// when there are no values).
//
// The checks follow PEP 634 and CPython's observable behaviour: a sequence pattern accepts the
// sequence types (not str/bytes/bytearray) and compares the length first; a mapping pattern
// compares len(subject) with the number of keys before any lookup, looks keys up in order
// (failing at the first missing one, a repeated key raising ValueError when it is reached); a
// class pattern checks isinstance first, then resolves positional sub-patterns through
// __match_args__, a missing attribute making the pattern fail.
#include <string.h>

#include "py/match.h"
#include "py/runtime.h"

// memcpy of n objects; src may be NULL when n is 0 (an empty list's items)
static void match_copy(mp_obj_t *dst, const mp_obj_t *src, size_t n) {
    if (n > 0) {
        memcpy(dst, src, n * sizeof(mp_obj_t));
    }
}

static mp_obj_t match_result(mp_obj_t *values, size_t n, bool ok) {
    if (n == 0) {
        return mp_obj_new_bool(ok);
    }
    return ok ? mp_obj_new_tuple(n, values) : mp_const_none;
}

// ---- sequence patterns ----

static bool match_is_sequence(mp_obj_t o) {
    static const mp_obj_type_t *const seq_types[] = {
        &mp_type_list, &mp_type_tuple, &mp_type_range, &mp_type_memoryview, &mp_type_array,
        &mp_type_deque,
    };
    if (!mp_obj_is_obj(o)) {
        return false;   // small int or interned str
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    for (size_t i = 0; i < MP_ARRAY_SIZE(seq_types); i++) {
        if (t == seq_types[i] || mp_obj_is_subclass(t, seq_types[i])) {
            return true;
        }
    }
    return false;
}

static mp_obj_t match_sequence(size_t n_args, const mp_obj_t *args) {
    mp_obj_t subject = args[0];
    size_t n_fixed = mp_obj_get_int(args[1]);
    mp_int_t star = mp_obj_get_int(args[2]);
    bool star_capture = mp_obj_is_true(args[3]);
    size_t n_values = n_fixed + (star >= 0 && star_capture ? 1 : 0);
    if (!match_is_sequence(subject)) {
        return match_result(NULL, n_values, false);
    }
    size_t len = mp_obj_get_int(mp_obj_len(subject));
    if (star < 0 ? len != n_fixed : len < n_fixed) {
        return match_result(NULL, n_values, false);
    }
    if (n_values == 0) {
        return mp_const_true;
    }
    if (star < 0 && (mp_obj_is_type(subject, &mp_type_tuple) || mp_obj_is_type(subject, &mp_type_list))) {
        // already a non-empty tuple/list of exactly the values: UNPACK_SEQUENCE takes it as is
        return subject;
    }
    // the items, by iteration (the protocol unpacking uses); a subject whose iteration
    // disagrees with its len() does not match
    mp_obj_t *items;
    size_t n_items;
    mp_obj_t list = MP_OBJ_NULL;
    if (mp_obj_is_type(subject, &mp_type_tuple)) {
        mp_obj_tuple_get(subject, &n_items, &items);
    } else if (mp_obj_is_type(subject, &mp_type_list)) {
        mp_obj_list_get(subject, &n_items, &items);
    } else {
        list = mp_obj_list_from_iter(subject);
        mp_obj_list_get(list, &n_items, &items);
    }
    if (n_items != len) {
        return mp_const_none;
    }
    mp_obj_t result = mp_obj_new_tuple(n_values, NULL);
    mp_obj_t *values;
    size_t n_out;
    mp_obj_tuple_get(result, &n_out, &values);
    if (star < 0) {
        match_copy(values, items, n_fixed);
        return result;
    }
    size_t n_before = (size_t)star;
    size_t n_after = n_fixed - n_before;
    size_t n_star = len - n_fixed;
    match_copy(values, items, n_before);
    size_t k = n_before;
    if (star_capture) {
        values[k++] = n_star > 0 ? mp_obj_new_list(n_star, items + n_before) : mp_obj_new_list(0, NULL);
    }
    if (n_after > 0) {
        match_copy(values + k, items + n_before + n_star, n_after);
    }
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_match_sequence_obj, 4, 4, match_sequence);

// ---- mapping patterns ----

static bool match_is_plain_dict(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict) || mp_obj_is_type(o, &mp_type_ordereddict)
           || mp_obj_is_type(o, &mp_type_defaultdict);
}

// A marker that no user `get` method can return by accident.
static const mp_obj_base_t match_missing_obj = { &mp_type_object };
#define MATCH_MISSING (MP_OBJ_FROM_PTR(&match_missing_obj))

static mp_obj_t match_mapping_get(mp_obj_t subject, mp_obj_t key) {
    if (match_is_plain_dict(subject)) {
        // like dict.get: no __missing__ (defaultdict does not create the key)
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(subject), key, MP_MAP_LOOKUP);
        return e != NULL ? e->value : MATCH_MISSING;
    }
    mp_obj_t call[4];
    mp_load_method(subject, MP_QSTR_get, call);
    call[2] = key;
    call[3] = MATCH_MISSING;
    return mp_call_method_n_kw(2, 0, call);
}

static mp_obj_t match_mapping(size_t n_args, const mp_obj_t *args) {
    mp_obj_t subject = args[0];
    size_t n_keys;
    mp_obj_t *keys;
    mp_obj_tuple_get(args[1], &n_keys, &keys);
    bool want_rest = mp_obj_is_true(args[2]);
    size_t n_values = n_keys + (want_rest ? 1 : 0);
    if (!mp_obj_is_obj(subject) || !mp_obj_isinstance(subject, &mp_type_dict)) {
        return match_result(NULL, n_values, false);
    }
    if (n_keys > 0 && (size_t)mp_obj_get_int(mp_obj_len(subject)) < n_keys) {
        return match_result(NULL, n_values, false);
    }
    if (n_values == 0) {
        return mp_const_true;
    }
    mp_obj_t result = mp_obj_new_tuple(n_values, NULL);
    mp_obj_t *values;
    size_t n_out;
    mp_obj_tuple_get(result, &n_out, &values);
    for (size_t i = 0; i < n_keys; i++) {
        for (size_t j = 0; j < i; j++) {
            if (mp_obj_equal(keys[j], keys[i])) {
                mp_obj_t r = mp_obj_repr(keys[i]);
                mp_raise_msg_varg(&mp_type_ValueError, "mapping pattern checks duplicate key (%s)", mp_obj_str_get_str(r));
            }
        }
        values[i] = match_mapping_get(subject, keys[i]);
        if (values[i] == MATCH_MISSING) {
            return mp_const_none;
        }
    }
    if (want_rest) {
        mp_obj_t rest = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), subject);
        mp_map_t *map = mp_obj_dict_get_map(rest);
        for (size_t i = 0; i < n_keys; i++) {
            mp_map_lookup(map, keys[i], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
        values[n_keys] = rest;
    }
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_match_mapping_obj, 3, 3, match_mapping);

// ---- class patterns ----

// The built-in types whose instances (and those of subclasses without __match_args__) match a
// single positional sub-pattern against themselves: `case int(x)`.
static bool match_self_type(const mp_obj_type_t *cls) {
    static const mp_obj_type_t *const self_types[] = {
        &mp_type_bool, &mp_type_bytearray, &mp_type_bytes, &mp_type_dict, &mp_type_float,
        &mp_type_frozenset, &mp_type_int, &mp_type_list, &mp_type_set, &mp_type_str,
        &mp_type_tuple,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(self_types); i++) {
        if (cls == self_types[i] || mp_obj_is_subclass(cls, self_types[i])) {
            return true;
        }
    }
    return false;
}

// getattr(subject, attr) after the repeated-name check; MP_OBJ_NULL on AttributeError.
static mp_obj_t match_class_attr(const mp_obj_type_t *cls, mp_obj_t subject, qstr attr, qstr *seen, size_t *n_seen) {
    for (size_t i = 0; i < *n_seen; i++) {
        if (seen[i] == attr) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q() got multiple sub-patterns for attribute '%q'", (qstr)cls->name, attr);
        }
    }
    seen[(*n_seen)++] = attr;
    mp_obj_t dest[2];
    mp_load_method_protected(subject, attr, dest, false);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
}

static mp_obj_t match_class(size_t n_args, const mp_obj_t *args) {
    mp_obj_t subject = args[0];
    mp_obj_t cls_in = args[1];
    size_t n_pos = mp_obj_get_int(args[2]);
    size_t n_kw;
    mp_obj_t *kw_names;
    mp_obj_tuple_get(args[3], &n_kw, &kw_names);
    size_t n_values = n_pos + n_kw;
    if (!mp_obj_is_obj(cls_in) || !mp_obj_isinstance(cls_in, &mp_type_type)) {
        mp_raise_TypeError("called match pattern must be a type");
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(cls_in);
    if (!mp_obj_isinstance(subject, cls)) {
        return match_result(NULL, n_values, false);
    }
    if (n_values == 0) {
        return mp_const_true;
    }
    mp_obj_t result = mp_obj_new_tuple(n_values, NULL);
    mp_obj_t *values;
    size_t n_out;
    mp_obj_tuple_get(result, &n_out, &values);
    qstr *seen = m_new(qstr, n_values);
    size_t n_seen = 0;
    if (n_pos > 0) {
        mp_obj_t dest[2];
        mp_load_method_protected(cls_in, MP_QSTR___match_args__, dest, false);
        mp_obj_t match_args = dest[0];
        bool match_self = false;
        size_t n_allowed = 0;
        mp_obj_t *names = NULL;
        if (match_args == MP_OBJ_NULL) {
            match_self = match_self_type(cls);
            n_allowed = match_self ? 1 : 0;
        } else if (!mp_obj_is_type(match_args, &mp_type_tuple)) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q.__match_args__ must be a tuple (got %s)",
                (qstr)cls->name, mp_obj_get_type_str(match_args));
        } else {
            mp_obj_tuple_get(match_args, &n_allowed, &names);
        }
        if (n_allowed < n_pos) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q() accepts %u positional sub-pattern%s (%u given)",
                (qstr)cls->name, (unsigned)n_allowed, n_allowed == 1 ? "" : "s", (unsigned)n_pos);
        }
        if (match_self) {
            values[0] = subject;
        } else {
            for (size_t i = 0; i < n_pos; i++) {
                if (!mp_obj_is_str(names[i])) {
                    mp_raise_msg_varg(&mp_type_TypeError, "__match_args__ elements must be strings (got %s)",
                        mp_obj_get_type_str(names[i]));
                }
                values[i] = match_class_attr(cls, subject, mp_obj_str_get_qstr(names[i]), seen, &n_seen);
                if (values[i] == MP_OBJ_NULL) {
                    return mp_const_none;
                }
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        values[n_pos + i] = match_class_attr(cls, subject, mp_obj_str_get_qstr(kw_names[i]), seen, &n_seen);
        if (values[n_pos + i] == MP_OBJ_NULL) {
            return mp_const_none;
        }
    }
    m_del(qstr, seen, n_values);
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_match_class_obj, 4, 4, match_class);
