// py/vm.c: the bytecode interpreter.
//
// mp_execute_bytecode runs one frame (py/bc.h describes the frame and the encoding). The hot
// state (ip, sp, locals, constants) lives in locals of vm_run; cs->ip is stored at every
// instruction start so that an exception knows where it happened (line numbers, handlers) and
// a suspended generator knows where to resume.
//
// Exceptions: vm_run never catches. mp_execute_bytecode wraps it in one nlr_push; when an
// exception arrives it records a traceback entry (unless it is a re-raise), links __context__,
// and pops the frame's block stack looking for a handler (see py/bc.h). If one is found the
// frame is re-entered at the handler, otherwise the exception is handed to the caller.
//
// Dispatch: computed goto through the named table mp_vm_dispatch_table when
// MICROPY_COMPUTED_GOTO, a switch otherwise; the DISPATCH/CASE/NEXT macros hide which.
//
// Profiling (py/profile.h): py/vmprof.c compiles this file a second time with MP_VM_PROFILED=1,
// giving a second VM whose dispatch calls the profiler's per-instruction hook and whose entry
// point records calls. The normal VM hands a frame to it when mp_prof_vm_on is set: at frame
// entry, and after a call or `with` entry returns (where profiling may just have started).
//
// Fast paths, all falling back to the runtime's generic operation:
//   - small-int arithmetic and comparisons on the tagged words, with overflow checks;
//   - list/tuple subscripts with a small int index;
//   - inline caches for globals, names and instance attributes: a hint (the index into the
//     mp_map_t table where the qstr key was last found) stored in the bytecode after the qstr.
//     A hint is validated by `hint < map->used && table[hint].key == key`; deleted entries
//     change their key, so a stale hint just misses.
#include <string.h>

#include "py/bc.h"
#include "py/runtime.h"
#include "py/profile.h"

#ifndef MP_VM_PROFILED
#define MP_VM_PROFILED (0)
#endif
#include "py/persistentcode.h"

#define VM_CACHE_NONE (0xffff)
#define VM_CACHE_BUILTIN (0x8000)   // flag: the hint is a position in the builtins map

// ---- slow paths (kept out of the loop) ----

static inline void vm_clear_words(mp_obj_t *from, mp_obj_t *to) {
    if (from < to) {
        memset(from, 0, (size_t)(to - from) * sizeof(mp_obj_t));
    }
}

// Built-in sequences whose subscript only reads a slice's bounds (never keeps the slice, nor
// puts it in an exception), so a slice on the C stack is safe to hand them.
static inline bool vm_slice_cannot_escape(mp_obj_t base) {
    if (!mp_obj_is_obj(base)) {
        return mp_obj_is_qstr(base);
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(base))->type;
    return t == &mp_type_list || t == &mp_type_tuple || t == &mp_type_str || t == &mp_type_bytes
           || t == &mp_type_bytearray || t == &mp_type_array || t == &mp_type_memoryview;
}

// FOR_RANGE_SETUP: slots[0] is what the name `range` gave, slots[1..n] its arguments. Leaves
// [start, stop, step] (small ints) in slots[0..2] for the built-in range with small-int
// arguments and a non-zero step, else calls the callable and leaves [iterator, NULL, NULL].
MP_NOINLINE static void vm_for_range_setup(mp_obj_t *slots, size_t n) {
    if (slots[0] == MP_OBJ_FROM_PTR(&mp_type_range)) {
        bool small = true;
        for (size_t i = 1; i <= n; i++) {
            small &= mp_obj_is_small_int(slots[i]);
        }
        if (small) {
            mp_obj_t start = n >= 2 ? slots[1] : MP_OBJ_NEW_SMALL_INT(0);
            mp_obj_t stop = n >= 2 ? slots[2] : slots[1];
            mp_obj_t step = n == 3 ? slots[3] : MP_OBJ_NEW_SMALL_INT(1);
            if (step != MP_OBJ_NEW_SMALL_INT(0)) {
                slots[0] = start;
                slots[1] = stop;
                slots[2] = step;
                return;
            }
        }
    }
    mp_obj_t r = mp_call_function_n_kw(slots[0], n, 0, slots + 1);
    slots[0] = mp_getiter(r);
    slots[1] = MP_OBJ_NULL;
    slots[2] = MP_OBJ_NULL;
}

static inline void vm_cache_store(byte *cache, const mp_map_t *map, const mp_map_elem_t *e) {
    size_t idx = e - map->table;
    if (!map->is_fixed && idx < VM_CACHE_BUILTIN) {
        mp_bc_write_u16(cache, (uint16_t)idx);
    }
}

NORETURN MP_NOINLINE static void vm_raise_name_error(qstr q) {
    mp_raise_name_error(q);
}

NORETURN MP_NOINLINE static void vm_raise_unbound_local(void) {
    mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
}

// Built-ins found after a failed globals lookup: the cache holds VM_CACHE_BUILTIN | position in
// the builtins map, valid while the globals map stays builtins_unshadowed (py/obj.h).
static mp_obj_t vm_load_builtin(qstr q, byte *cache, const mp_map_t *globals) {
    mp_map_t *bmap = &mp_state.dict_builtins->map;
    mp_map_elem_t *e = mp_map_lookup(bmap, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
    if (e == NULL) {
        vm_raise_name_error(q);
    }
    size_t idx = e - bmap->table;
    if (globals->builtins_unshadowed && !bmap->is_fixed && idx < VM_CACHE_BUILTIN - 1) {
        mp_bc_write_u16(cache, (uint16_t)(VM_CACHE_BUILTIN | idx));
    }
    return e->value;
}

// The cached built-in for q, or NULL; `cache` holds h.
static inline mp_obj_t vm_cached_builtin(qstr q, size_t h, const mp_map_t *globals) {
    if ((h & VM_CACHE_BUILTIN) && globals->builtins_unshadowed) {
        const mp_map_t *bmap = &mp_state.dict_builtins->map;
        h &= ~(size_t)VM_CACHE_BUILTIN;
        if (h < bmap->used && bmap->table[h].key == MP_OBJ_NEW_QSTR(q)) {
            return bmap->table[h].value;
        }
    }
    return MP_OBJ_NULL;
}

MP_NOINLINE static mp_obj_t vm_load_global_slow(qstr q, byte *cache) {
    mp_map_t *map = &mp_state.dict_globals->map;
    mp_obj_t v = vm_cached_builtin(q, mp_bc_read_u16(cache), map);
    if (v != MP_OBJ_NULL) {
        return v;
    }
    mp_map_elem_t *e = mp_map_lookup(map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
    if (e != NULL) {
        vm_cache_store(cache, map, e);
        return e->value;
    }
    return vm_load_builtin(q, cache, map);
}

MP_NOINLINE static mp_obj_t vm_load_name_slow(qstr q, byte *cache) {
    mp_map_t *map = &mp_state.dict_locals->map;
    if (mp_state.dict_globals == mp_state.dict_locals) {
        mp_obj_t v = vm_cached_builtin(q, mp_bc_read_u16(cache), map);
        if (v != MP_OBJ_NULL) {
            return v;
        }
    }
    mp_map_elem_t *e = mp_map_lookup(map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
    if (e != NULL) {
        vm_cache_store(cache, map, e);
        return e->value;
    }
    if (mp_state.dict_globals != mp_state.dict_locals) {
        e = mp_map_lookup(&mp_state.dict_globals->map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
        mp_obj_t v = mp_builtins_lookup(q);
        if (v == MP_OBJ_NULL) {
            vm_raise_name_error(q);
        }
        return v;
    }
    return vm_load_builtin(q, cache, map);
}

// Instances whose attribute lookup may be served straight from their members map.
static inline bool vm_is_plain_instance(mp_obj_t o, uint32_t extra_flags) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    return (t->flags & (MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_HAS_DATA_DESCR | extra_flags)) == MP_TYPE_FLAG_INSTANCE_TYPE;
}

// Looks attr up in a plain instance's members using the cache; NULL when absent.
static inline mp_obj_t vm_member_lookup(mp_obj_t obj, qstr q, byte *cache) {
    mp_map_t *m = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(obj))->members;
    mp_obj_t key = MP_OBJ_NEW_QSTR(q);
    size_t h = mp_bc_read_u16(cache);
    if (h < m->used && m->table[h].key == key) {
        return m->table[h].value;
    }
    mp_map_elem_t *e = mp_map_lookup(m, key, MP_MAP_LOOKUP);
    if (e == NULL) {
        return MP_OBJ_NULL;
    }
    vm_cache_store(cache, m, e);
    return e->value;
}

// Class attributes found in the instance's own type dict (first in the MRO), through the
// second cache slot. Only valid for plain instances that missed in their members.
static inline mp_obj_t vm_class_dict_lookup(mp_obj_t obj, qstr q, byte *cache) {
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
    if (t->locals_dict == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_t *m = &t->locals_dict->map;
    mp_obj_t key = MP_OBJ_NEW_QSTR(q);
    size_t h = mp_bc_read_u16(cache);
    if (h < m->used && m->table[h].key == key) {
        return m->table[h].value;
    }
    mp_map_elem_t *e = mp_map_lookup(m, key, MP_MAP_LOOKUP);
    if (e == NULL) {
        return MP_OBJ_NULL;
    }
    vm_cache_store(cache, m, e);
    return e->value;
}

// Class attribute values that are returned as they are (no binding, no descriptor protocol).
static inline bool vm_is_plain_value(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return true;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(v))->type;
    return t == &mp_type_int || t == &mp_type_float || t == &mp_type_str || t == &mp_type_tuple
           || t == &mp_type_NoneType || t == &mp_type_bool || t == &mp_type_bytes;
}

// Instances of a class whose only reason for HAS_SETATTR is __slots__ (no user __setattr__ or
// __delattr__, no data descriptors): stores go to the members like a plain instance's, except
// that a new attribute must be one of the slots.
static inline bool vm_is_slots_instance(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    return (t->flags & (MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_HAS_DATA_DESCR | MP_TYPE_FLAG_HAS_SLOTS | MP_TYPE_FLAG_USER_SETATTR))
           == (MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_HAS_SLOTS);
}

MP_NOINLINE static void vm_store_attr(mp_obj_t obj, qstr q, mp_obj_t value, byte *cache) {
    bool slots = false;
    if (vm_is_plain_instance(obj, MP_TYPE_FLAG_HAS_SETATTR) || (slots = vm_is_slots_instance(obj))) {
        mp_map_t *m = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(obj))->members;
        mp_obj_t key = MP_OBJ_NEW_QSTR(q);
        size_t h = mp_bc_read_u16(cache);
        if (h < m->used && m->table[h].key == key) {
            m->table[h].value = value;
            return;
        }
        // obj.__class__ = C / obj.__dict__ = d are not plain members (py/objtype.c): one range
        // test covers both (and the rare dunder names sorted between them, stored the slow way)
        _Static_assert(MP_QSTR___class__ < MP_QSTR___dict__, "qstr order");
        if (MP_UNLIKELY((size_t)(q - MP_QSTR___class__) <= (size_t)(MP_QSTR___dict__ - MP_QSTR___class__))) {
            mp_store_attr(obj, q, value);
            return;
        }
        mp_map_elem_t *e = mp_map_lookup(m, key, slots ? MP_MAP_LOOKUP : MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (e == NULL) {
            const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
            if (!mp_obj_type_slot_allowed(t, q)) {
                mp_store_attr(obj, q, value);   // raises the AttributeError
                return;
            }
            e = mp_map_lookup(m, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        e->value = value;
        vm_cache_store(cache, m, e);
        return;
    }
    mp_store_attr(obj, q, value);
}

// A with statement's manager methods: a TypeError when either is missing (CPython 3.11).
MP_NOINLINE static void vm_load_context_methods(mp_obj_t mgr, qstr enter_name, qstr exit_name, mp_obj_t *enter, mp_obj_t *exit) {
    const char *kind = enter_name == MP_QSTR___enter__ ? "" : "asynchronous ";
    mp_load_method_maybe(mgr, enter_name, enter);
    if (enter[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object does not support the %scontext manager protocol",
            mp_obj_get_type_str(mgr), kind);
    }
    mp_load_method_maybe(mgr, exit_name, exit);
    if (exit[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object does not support the %scontext manager protocol (missed %q method)",
            mp_obj_get_type_str(mgr), kind, exit_name);
    }
}

static mp_obj_t vm_make_exception(mp_obj_t o, const char *msg) {
    if (mp_obj_is_exception_type(o) || mp_obj_is_exception_type(mp_obj_get_native(o, &mp_type_type))) {
        o = mp_call_function_0(o);
    }
    if (!mp_obj_is_exception_instance(o)) {
        mp_raise_TypeError(msg);
    }
    return o;
}

MP_NOINLINE static mp_obj_t vm_prepare_raise(mp_obj_t exc, mp_obj_t cause, bool has_cause) {
    exc = vm_make_exception(exc, "exceptions must derive from BaseException");
    if (has_cause) {
        mp_obj_exception_t *native = mp_obj_exception_get_native(exc);
        if (cause == mp_const_none) {
            native->cause = MP_OBJ_NULL;
        } else {
            native->cause = vm_make_exception(cause, "exception causes must derive from BaseException");
        }
        native->suppress_context = true;
    }
    return exc;
}

static bool vm_exc_match(mp_obj_t exc, mp_obj_t type) {
    if (mp_obj_is_type(type, &mp_type_tuple)) {
        mp_stack_check(); // except ((((E,),),),): tuples may nest arbitrarily deep
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(type, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (vm_exc_match(exc, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mp_obj_is_exception_type(type)) {
        type = mp_obj_get_native(type, &mp_type_type); // (an exception class made by a user metaclass)
        if (!mp_obj_is_exception_type(type)) {
            mp_raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }
    return mp_obj_exception_match(exc, type);
}

static bool vm_is_gen_or_coro(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_gen_instance) || mp_obj_is_type(o, &mp_type_coro_instance);
}

// err: the TypeError's format (one %s: the type name) when o is not awaitable
static mp_obj_t vm_get_awaitable(mp_obj_t o, const char *err) {
    if (vm_is_gen_or_coro(o)) {
        return o;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___await__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, err, mp_obj_get_type_str(o));
    }
    return mp_call_method_n_kw(0, 0, dest);
}

static mp_obj_t vm_call_special(mp_obj_t o, qstr meth, const char *err) {
    mp_obj_t dest[2];
    mp_load_method_maybe(o, meth, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, err, mp_obj_get_type_str(o));
    }
    return mp_call_method_n_kw(0, 0, dest);
}

static void vm_extend(mp_obj_t target, mp_obj_t iterable, bool is_set) {
    if (!is_set && (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple))) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(iterable, &n, &items);
        for (size_t i = 0; i < n; i++) {
            mp_obj_list_append(target, items[i]);
        }
        return;
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t v;
    while ((v = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (is_set) {
            mp_obj_set_store(target, v);
        } else {
            mp_obj_list_append(target, v);
        }
    }
}

static void vm_dict_update(mp_obj_t dict, mp_obj_t other, bool check_dups) {
    if (mp_obj_is_type(other, &mp_type_dict) || mp_obj_is_type(other, &mp_type_ordereddict)) {
        mp_map_t *m = mp_obj_dict_get_map(other);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(m, &cur)) != NULL) {
            mp_obj_t key = e->key;
            if (check_dups) {
                key = mp_obj_kwarg_key(key);
                if (mp_map_lookup(mp_obj_dict_get_map(dict), key, MP_MAP_LOOKUP) != NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "function got multiple values for keyword argument '%s'", mp_obj_str_get_str(key));
                }
            }
            mp_obj_dict_store(dict, key, e->value);
        }
        return;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(other, MP_QSTR_keys, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not a mapping", mp_obj_get_type_str(other));
    }
    mp_obj_t it = mp_getiter(mp_call_method_n_kw(0, 0, dest));
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (check_dups && mp_map_lookup(mp_obj_dict_get_map(dict), k, MP_MAP_LOOKUP) != NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "function got multiple values for keyword argument '%s'", mp_obj_str_get_str(k));
        }
        mp_obj_dict_store(dict, k, mp_obj_subscr(other, k, MP_OBJ_SENTINEL));
    }
}

static mp_obj_t vm_build_string(size_t n, mp_obj_t *items) {
    vstr_t vstr;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        GET_STR_DATA_LEN(items[i], s, len);
        (void)s;
        total += len;
    }
    vstr_init(&vstr, total + 1);
    for (size_t i = 0; i < n; i++) {
        GET_STR_DATA_LEN(items[i], s, len);
        vstr_add_strn(&vstr, (const char *)s, len);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

static mp_obj_t vm_format_value(mp_obj_t v, unsigned flags, mp_obj_t spec) {
    switch (flags & MP_BC_FORMAT_CONV_MASK) {
        case 1:
            v = mp_obj_str(v);
            break;
        case 2:
            v = mp_obj_repr(v);
            break;
        case 3: {
            mp_obj_t ascii_fun = mp_builtins_lookup(MP_QSTR_ascii);
            v = ascii_fun != MP_OBJ_NULL ? mp_call_function_1(ascii_fun, v) : mp_obj_repr(v);
            break;
        }
        default:
            break;
    }
    if (spec != MP_OBJ_NULL) {
        return mp_obj_format_value(v, spec);
    }
    if (mp_obj_is_str(v)) {
        return v;
    }
    if (mp_obj_is_obj(v) && (mp_obj_get_type(v)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // a user class may define __format__, which f'{x}' calls with ''
        return mp_obj_format_value(v, MP_OBJ_NEW_QSTR(MP_QSTR_));
    }
    return mp_obj_str(v);
}

// Small-int binary operations on untagged values; false when the result needs the runtime.
static bool vm_small_int_binop(mp_binary_op_t op, mp_int_t a, mp_int_t b, mp_obj_t *out) {
    mp_int_t r;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    switch (op) {
        case MP_BINARY_OP_LESS:
            *out = mp_obj_new_bool(a < b);
            return true;
        case MP_BINARY_OP_MORE:
            *out = mp_obj_new_bool(a > b);
            return true;
        case MP_BINARY_OP_EQUAL:
            *out = mp_obj_new_bool(a == b);
            return true;
        case MP_BINARY_OP_LESS_EQUAL:
            *out = mp_obj_new_bool(a <= b);
            return true;
        case MP_BINARY_OP_MORE_EQUAL:
            *out = mp_obj_new_bool(a >= b);
            return true;
        case MP_BINARY_OP_NOT_EQUAL:
            *out = mp_obj_new_bool(a != b);
            return true;
        case MP_BINARY_OP_OR:
            r = a | b;
            break;
        case MP_BINARY_OP_XOR:
            r = a ^ b;
            break;
        case MP_BINARY_OP_AND:
            r = a & b;
            break;
        case MP_BINARY_OP_LSHIFT:
            if (b < 0 || b >= (mp_int_t)MP_BITS_PER_WORD - 1) {
                if (a == 0 && b >= 0) {
                    r = 0;
                    break;
                }
                return false;
            }
            r = (mp_int_t)((mp_uint_t)a << b);
            if ((r >> b) != a) {
                return false;
            }
            break;
        case MP_BINARY_OP_RSHIFT:
            if (b < 0) {
                return false;
            }
            r = b >= (mp_int_t)MP_BITS_PER_WORD ? (a < 0 ? -1 : 0) : a >> b;
            break;
        case MP_BINARY_OP_ADD:
            r = a + b;
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = a - b;
            break;
        case MP_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return false;
            }
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO: {
            if (b == 0) {
                return false;
            }
            mp_int_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q -= 1;
                m += b;
            }
            r = op == MP_BINARY_OP_MODULO ? m : q;
            break;
        }
        case MP_BINARY_OP_POWER: {
            if (b < 0) {
                return false;
            }
            mp_int_t base = a, acc = 1;
            while (b > 0) {
                if (b & 1) {
                    if (__builtin_mul_overflow(acc, base, &acc)) {
                        return false;
                    }
                }
                b >>= 1;
                if (b > 0 && __builtin_mul_overflow(base, base, &base)) {
                    return false;
                }
            }
            r = acc;
            break;
        }
        default:
            return false;
    }
    if (!mp_small_int_fits(r)) {
        return false;
    }
    *out = MP_OBJ_NEW_SMALL_INT(r);
    return true;
}

static inline bool vm_both_small(mp_obj_t a, mp_obj_t b) {
    return ((mp_uint_t)a & (mp_uint_t)b & 1) != 0;
}

// Float operands (a float with a float or a small int) computed here; anything else, and
// anything that could raise (division by zero) or lose exactness, goes to mp_binary_op.
MP_NOINLINE static mp_obj_t vm_binop_slow(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    bool lf = mp_obj_is_float(lhs), rf = mp_obj_is_float(rhs);
    if ((lf && (rf || mp_obj_is_small_int(rhs))) || (rf && mp_obj_is_small_int(lhs))) {
        // ints beyond 2**53 do not convert exactly: comparisons must stay exact
        const mp_int_t exact = (mp_int_t)1 << 53;
        mp_int_t iv = !lf ? MP_OBJ_SMALL_INT_VALUE(lhs) : !rf ? MP_OBJ_SMALL_INT_VALUE(rhs) : 0;
        bool int_exact = iv >= -exact && iv <= exact;
        double a = lf ? mp_obj_float_get(lhs) : (double)MP_OBJ_SMALL_INT_VALUE(lhs);
        double b = rf ? mp_obj_float_get(rhs) : (double)MP_OBJ_SMALL_INT_VALUE(rhs);
        switch (op) {
            case MP_BINARY_OP_ADD:
            case MP_BINARY_OP_INPLACE_ADD:
                return mp_obj_new_float(a + b);
            case MP_BINARY_OP_SUBTRACT:
            case MP_BINARY_OP_INPLACE_SUBTRACT:
                return mp_obj_new_float(a - b);
            case MP_BINARY_OP_MULTIPLY:
            case MP_BINARY_OP_INPLACE_MULTIPLY:
                return mp_obj_new_float(a * b);
            case MP_BINARY_OP_TRUE_DIVIDE:
            case MP_BINARY_OP_INPLACE_TRUE_DIVIDE:
                if (b != 0.0) {
                    return mp_obj_new_float(a / b);
                }
                break;
            case MP_BINARY_OP_LESS:
                if (int_exact) {
                    return mp_obj_new_bool(a < b);
                }
                break;
            case MP_BINARY_OP_MORE:
                if (int_exact) {
                    return mp_obj_new_bool(a > b);
                }
                break;
            case MP_BINARY_OP_LESS_EQUAL:
                if (int_exact) {
                    return mp_obj_new_bool(a <= b);
                }
                break;
            case MP_BINARY_OP_MORE_EQUAL:
                if (int_exact) {
                    return mp_obj_new_bool(a >= b);
                }
                break;
            case MP_BINARY_OP_EQUAL:
                if (int_exact) {
                    return mp_obj_new_bool(a == b);
                }
                break;
            case MP_BINARY_OP_NOT_EQUAL:
                if (int_exact) {
                    return mp_obj_new_bool(a != b);
                }
                break;
            default:
                break;
        }
    }
    return mp_binary_op(op, lhs, rhs);
}

static inline mp_obj_t vm_binop(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t r;
    if (vm_both_small(lhs, rhs) && vm_small_int_binop(op, MP_OBJ_SMALL_INT_VALUE(lhs), MP_OBJ_SMALL_INT_VALUE(rhs), &r)) {
        return r;
    }
    return vm_binop_slow(op, lhs, rhs);
}

static inline mp_obj_t vm_call(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (mp_obj_is_type(fun, &mp_type_fun_bc)) {
        return mp_obj_fun_bc_call(fun, n_args, n_kw, args);
    }
    return mp_call_function_n_kw(fun, n_args, n_kw, args);
}

// ---- the interpreter loop ----

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))
#define READ_U16(off) mp_bc_read_u16(ip + (off))
#define READ_U32(off) mp_bc_read_u32(ip + (off))
#define JUMP_TARGET(off) (code + READ_U32(off))
#define PENDING_CHECK() \
    do { \
        if (MP_UNLIKELY(mp_state.pending_exception != MP_OBJ_NULL)) { \
            mp_handle_pending(true); \
        } \
    } while (0)

// A vm_run result: the frame moves to the profiled VM (state saved in cs, resume at cs->ip).
#define VM_SWITCH ((mp_vm_return_kind_t)-2)
#if MP_VM_PROFILED && MICROPY_COMPUTED_GOTO
// The pair (previous opcode, this one) with no state per instruction: every handler knows its
// own opcode. CASE(name) opens a one-pass `for` whose variable vm_prof_prev (= MP_BC_name)
// shadows the outer one, so the NEXT of a handler counts (name, next opcode) in a constant row;
// the first dispatch of a vm_run call sees the outer one, the "frame start" row. (A handler
// that falls off its end leaves the `for` and falls through as it would without it.)
// Two opcodes sharing one handler must be written CASE2(a, b), whose opcode is read from the
// bytecode: with CASE(a) CASE(b) the pairs of `a` would be counted as `b`'s.
#define VM_PROF_LOCALS const unsigned vm_prof_prev = MP_BC_NUM_OPCODES;
#define VM_PROF_FOR(first) \
    for (unsigned vm_prof_prev = (first); vm_prof_prev != MP_BC_NUM_OPCODES + 1; vm_prof_prev = MP_BC_NUM_OPCODES + 1)
#define VM_PROF_CASE(name) VM_PROF_FOR(MP_BC_##name)
#define VM_PROF_CASE2 VM_PROF_FOR(ip[-1])
#define VM_PROF_OP() ((void)0)
// the opcode is read once (a counter's store would make the compiler read it again)
#define VM_GOTO_NEXT_OP() \
    do { \
        unsigned op_ = *ip++; \
        mp_prof_op(cs, op_, (size_t)vm_prof_prev << MP_PROF_PAIR_SHIFT); \
        goto *mp_vm_dispatch_table[op_]; \
    } while (0)
#define VM_SWITCH_CHECK() ((void)0)
#elif MP_VM_PROFILED
// switch dispatch: the previous opcode's row is a local of the running vm_run
#define VM_PROF_LOCALS unsigned vm_prof_row = MP_PROF_ROW_START;
#define VM_PROF_CASE(name)
#define VM_PROF_CASE2
#define VM_PROF_OP() \
    do { \
        mp_prof_op(cs, *ip, vm_prof_row); \
        vm_prof_row = (unsigned)*ip << MP_PROF_PAIR_SHIFT; \
    } while (0)
#define VM_SWITCH_CHECK() ((void)0)
#else
#define VM_PROF_LOCALS
#define VM_PROF_CASE(name)
#define VM_PROF_CASE2
#define VM_PROF_OP() ((void)0)
#define VM_GOTO_NEXT_OP() goto *mp_vm_dispatch_table[*ip++]
#define VM_SWITCH_CHECK() \
    do { \
        if (MP_UNLIKELY(mp_prof_vm_on)) { \
            cs->ip = ip; \
            cs->sp = sp; \
            return VM_SWITCH; \
        } \
    } while (0)
#endif

// Debug builds check the compiler's stack-depth accounting at every instruction.
#define VM_CHECK_SP() mp_assert(sp >= locals + rc->n_locals - 1 && sp < locals + rc->n_locals + rc->n_stack)
#define VM_CHECK_EXC_SP() mp_assert(cs->exc_sp < (mp_exc_block_t *)&locals[rc->n_locals + rc->n_stack] + rc->n_exc_stack)

// A port may charge each executed instruction (the simulated board's virtual-time cost model).
// The hook runs before an instruction, with cs->ip at it: it may call Python code and raise.
#ifndef MICROPY_VM_DISPATCH_HOOK
#define MICROPY_VM_DISPATCH_HOOK()
#endif

#if MICROPY_COMPUTED_GOTO
#define VM_LABEL_ADDR(name, fmt) [MP_BC_##name] = &&op_##name,
#define DISPATCH() \
    do { \
        VM_CHECK_SP(); \
        cs->ip = ip; \
        MICROPY_VM_DISPATCH_HOOK(); \
        VM_GOTO_NEXT_OP(); \
    } while (0)
#define CASE(name) op_##name: VM_PROF_CASE(name)
#define CASE2(a, b) op_##a: op_##b: VM_PROF_CASE2
#define NEXT DISPATCH()
#else
#define CASE(name) case MP_BC_##name:
#define CASE2(a, b) case MP_BC_##a: case MP_BC_##b:
#define NEXT goto dispatch_top
#endif

static mp_vm_return_kind_t vm_run(mp_code_state_t *cs, mp_obj_t inject_exc) {
    #if MICROPY_COMPUTED_GOTO
    static const void *const mp_vm_dispatch_table[MP_BC_NUM_OPCODES] = { MP_BC_OPCODES(VM_LABEL_ADDR) };
    #endif
    const mp_raw_code_t *rc = cs->fun->rc;
    byte *const code = rc->code;
    mp_obj_t *const locals = cs->state;
    mp_obj_t *const consts = rc->consts;
    const byte *ip = cs->ip;
    VM_PROF_LOCALS
    mp_obj_t *sp = cs->sp;
    mp_obj_t pending_throw = MP_OBJ_NULL;

    if (inject_exc != MP_OBJ_NULL) {
        if (*ip == MP_BC_YIELD_FROM) {
            // delegate the throw to the sub-iterator; a placeholder stands for the sent value
            pending_throw = inject_exc;
            PUSH(mp_const_none);
        } else {
            nlr_jump(MP_OBJ_TO_PTR(inject_exc));
        }
    }

    #if MICROPY_COMPUTED_GOTO
    DISPATCH();
    {
    #else
dispatch_top:
    VM_CHECK_SP();
    cs->ip = ip;
    MICROPY_VM_DISPATCH_HOOK();
    VM_PROF_OP();
    switch (*ip++) {
    #endif

        CASE(NOP) {
            NEXT;
        }
        CASE(LOAD_CONST_NONE) {
            PUSH(mp_const_none);
            NEXT;
        }
        CASE(LOAD_CONST_TRUE) {
            PUSH(mp_const_true);
            NEXT;
        }
        CASE(LOAD_CONST_FALSE) {
            PUSH(mp_const_false);
            NEXT;
        }
        CASE(LOAD_CONST_SMALL_INT) {
            int32_t v = (int32_t)READ_U32(0);
            ip += 4;
            PUSH(MP_OBJ_NEW_SMALL_INT(v));
            NEXT;
        }
        CASE(LOAD_CONST) {
            PUSH(consts[READ_U16(0)]);
            ip += 2;
            NEXT;
        }
        CASE(LOAD_NULL) {
            PUSH(MP_OBJ_NULL);
            NEXT;
        }
        CASE(LOAD_FAST) {
            mp_obj_t v = locals[READ_U16(0)];
            ip += 2;
            if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
                vm_raise_unbound_local();
            }
            PUSH(v);
            NEXT;
        }
        CASE(STORE_FAST) {
            locals[READ_U16(0)] = POP();
            ip += 2;
            NEXT;
        }
        CASE(DELETE_FAST) {
            size_t i = READ_U16(0);
            ip += 2;
            if (locals[i] == MP_OBJ_NULL) {
                vm_raise_unbound_local();
            }
            locals[i] = MP_OBJ_NULL;
            NEXT;
        }
        CASE(LOAD_DEREF) {
            size_t slot = READ_U16(0);
            mp_obj_t v = mp_obj_cell_get(locals[slot]);
            ip += 2;
            if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
                if (slot >= rc->free_start && slot < rc->free_start + rc->n_free) {
                    mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
                }
                vm_raise_unbound_local();
            }
            PUSH(v);
            NEXT;
        }
        CASE(STORE_DEREF) {
            mp_obj_cell_set(locals[READ_U16(0)], POP());
            ip += 2;
            NEXT;
        }
        CASE(DELETE_DEREF) {
            mp_obj_t cell = locals[READ_U16(0)];
            ip += 2;
            if (mp_obj_cell_get(cell) == MP_OBJ_NULL) {
                vm_raise_unbound_local();
            }
            mp_obj_cell_set(cell, MP_OBJ_NULL);
            NEXT;
        }
        CASE(LOAD_CLASSDEREF) {
            mp_obj_t cell = locals[READ_U16(0)];
            qstr q = READ_U32(2);
            ip += 6;
            mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_locals->map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
            if (e != NULL) {
                PUSH(e->value);
            } else {
                mp_obj_t v = mp_obj_cell_get(cell);
                if (v == MP_OBJ_NULL) {
                    vm_raise_name_error(q);
                }
                PUSH(v);
            }
            NEXT;
        }
        CASE(LOAD_NAME) {
            qstr q = READ_U32(0);
            byte *cache = (byte *)ip + 4;
            ip += 6;
            mp_map_t *map = &mp_state.dict_locals->map;
            size_t h = mp_bc_read_u16(cache);
            if (h < map->used && map->table[h].key == MP_OBJ_NEW_QSTR(q)) {
                PUSH(map->table[h].value);
            } else {
                PUSH(vm_load_name_slow(q, cache));
            }
            NEXT;
        }
        CASE(STORE_NAME) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_store_name(q, POP());
            NEXT;
        }
        CASE(DELETE_NAME) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_delete_name(q);
            NEXT;
        }
        CASE(LOAD_GLOBAL) {
            qstr q = READ_U32(0);
            byte *cache = (byte *)ip + 4;
            ip += 6;
            mp_map_t *map = &mp_state.dict_globals->map;
            size_t h = mp_bc_read_u16(cache);
            mp_obj_t v;
            if (h < map->used && map->table[h].key == MP_OBJ_NEW_QSTR(q)) {
                PUSH(map->table[h].value);
            } else if ((v = vm_cached_builtin(q, h, map)) != MP_OBJ_NULL) {
                PUSH(v);
            } else {
                PUSH(vm_load_global_slow(q, cache));
            }
            NEXT;
        }
        CASE(STORE_GLOBAL) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_store_global(q, POP());
            NEXT;
        }
        CASE(DELETE_GLOBAL) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_delete_global(q);
            NEXT;
        }
        CASE(LOAD_ATTR) {
            qstr q = READ_U32(0);
            byte *cache = (byte *)ip + 4;
            ip += 8;
            mp_obj_t obj = TOP();
            if (vm_is_plain_instance(obj, MP_TYPE_FLAG_HAS_GETATTR | MP_TYPE_FLAG_HAS_GETATTRIBUTE | MP_TYPE_FLAG_IS_METACLASS)) {
                mp_obj_t v = vm_member_lookup(obj, q, cache);
                if (v == MP_OBJ_NULL) {
                    v = vm_class_dict_lookup(obj, q, cache + 2);
                    if (v != MP_OBJ_NULL && !vm_is_plain_value(v)) {
                        v = MP_OBJ_NULL;
                    }
                }
                if (v != MP_OBJ_NULL) {
                    SET_TOP(v);
                    NEXT;
                }
            }
            SET_TOP(mp_load_attr(obj, q));
            NEXT;
        }
        CASE(STORE_ATTR) {
            qstr q = READ_U32(0);
            byte *cache = (byte *)ip + 4;
            ip += 6;
            vm_store_attr(sp[0], q, sp[-1], cache);
            sp -= 2;
            NEXT;
        }
        CASE(DELETE_ATTR) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_store_attr(POP(), q, MP_OBJ_NULL);
            NEXT;
        }
        CASE(LOAD_METHOD) {
            qstr q = READ_U32(0);
            byte *cache = (byte *)ip + 4;
            ip += 8;
            mp_obj_t obj = TOP();
            if (vm_is_plain_instance(obj, MP_TYPE_FLAG_HAS_GETATTR | MP_TYPE_FLAG_HAS_GETATTRIBUTE | MP_TYPE_FLAG_IS_METACLASS)) {
                mp_obj_t v = vm_member_lookup(obj, q, cache);
                if (v != MP_OBJ_NULL) {
                    SET_TOP(v);
                    PUSH(MP_OBJ_NULL);
                    NEXT;
                }
                // a plain function in the class's own dict: call it with self, no bound method
                v = vm_class_dict_lookup(obj, q, cache + 2);
                if (v != MP_OBJ_NULL && mp_obj_is_type(v, &mp_type_fun_bc)) {
                    SET_TOP(v);
                    PUSH(obj);
                    NEXT;
                }
            }
            mp_load_method(obj, q, sp);
            sp++;
            NEXT;
        }
        CASE(LOAD_SUPER_METHOD) {
            // [super, __class__, self] -> [method, self or NULL]
            qstr q = READ_U32(0);
            ip += 4;
            sp--;
            if (MP_LIKELY(sp[-1] == MP_OBJ_FROM_PTR(&mp_type_super))) {
                sp[-1] = sp[0];
                sp[0] = sp[1];
                mp_load_super_method(q, sp - 1);
            } else {
                mp_obj_t s = mp_call_function_2(sp[-1], sp[0], sp[1]);
                mp_load_method(s, q, sp - 1);
            }
            NEXT;
        }
        CASE(LOAD_BUILD_CLASS) {
            PUSH(mp_load_build_class());
            NEXT;
        }
        CASE(LOAD_ASSERTION_ERROR) {
            PUSH(MP_OBJ_FROM_PTR(&mp_type_AssertionError));
            NEXT;
        }
        CASE(LOAD_SUBSCR) {
            mp_obj_t index = POP();
            mp_obj_t base = TOP();
            if (mp_obj_is_small_int(index) && mp_obj_is_obj(base)) {
                const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(base))->type;
                mp_int_t i = MP_OBJ_SMALL_INT_VALUE(index);
                if (t == &mp_type_list) {
                    mp_obj_list_t *l = MP_OBJ_TO_PTR(base);
                    if (i < 0) {
                        i += l->len;
                    }
                    if ((mp_uint_t)i < l->len) {
                        SET_TOP(l->items[i]);
                        NEXT;
                    }
                } else if (t == &mp_type_tuple) {
                    mp_obj_tuple_t *tu = MP_OBJ_TO_PTR(base);
                    if (i < 0) {
                        i += tu->len;
                    }
                    if ((mp_uint_t)i < tu->len) {
                        SET_TOP(tu->items[i]);
                        NEXT;
                    }
                }
            }
            SET_TOP(mp_obj_subscr(base, index, MP_OBJ_SENTINEL));
            NEXT;
        }
        CASE(STORE_SUBSCR) {
            mp_obj_t index = sp[0], base = sp[-1], value = sp[-2];
            sp -= 3;
            if (mp_obj_is_small_int(index) && mp_obj_is_type(base, &mp_type_list)) {
                mp_obj_list_t *l = MP_OBJ_TO_PTR(base);
                mp_int_t i = MP_OBJ_SMALL_INT_VALUE(index);
                if (i < 0) {
                    i += l->len;
                }
                if ((mp_uint_t)i < l->len) {
                    l->items[i] = value;
                    NEXT;
                }
            }
            mp_obj_subscr(base, index, value);
            NEXT;
        }
        CASE(DELETE_SUBSCR) {
            mp_obj_t index = sp[0], base = sp[-1];
            sp -= 2;
            mp_obj_subscr(base, index, MP_OBJ_NULL);
            NEXT;
        }
        CASE(POP_TOP) {
            sp--;
            NEXT;
        }
        CASE(ROT_TWO) {
            mp_obj_t t = sp[0];
            sp[0] = sp[-1];
            sp[-1] = t;
            NEXT;
        }
        CASE(ROT_THREE) {
            // [a, b, c] -> [c, a, b]
            mp_obj_t t = sp[0];
            sp[0] = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = t;
            NEXT;
        }
        CASE(DUP_TOP) {
            mp_obj_t t = TOP();
            PUSH(t);
            NEXT;
        }
        CASE(DUP_TOP_TWO) {
            sp += 2;
            sp[0] = sp[-2];
            sp[-1] = sp[-3];
            NEXT;
        }
        CASE(UNARY_OP) {
            mp_unary_op_t uop = ip[0];
            ip += 1;
            mp_obj_t v = TOP();
            if (uop == MP_UNARY_OP_NEGATIVE && mp_obj_is_small_int(v) && MP_OBJ_SMALL_INT_VALUE(v) != MP_SMALL_INT_MIN) {
                SET_TOP(MP_OBJ_NEW_SMALL_INT(-MP_OBJ_SMALL_INT_VALUE(v)));
            } else {
                SET_TOP(mp_unary_op(uop, v));
            }
            NEXT;
        }
        CASE(NOT) {
            mp_obj_t v = TOP();
            if (v == mp_const_true) {
                SET_TOP(mp_const_false);
            } else if (v == mp_const_false) {
                SET_TOP(mp_const_true);
            } else {
                SET_TOP(mp_obj_new_bool(!mp_obj_is_true(v)));
            }
            NEXT;
        }
        CASE(BINARY_OP) {
            mp_binary_op_t bop = ip[0];
            ip += 1;
            mp_obj_t rhs = POP();
            mp_obj_t lhs = TOP();
            if (bop == MP_BINARY_OP_IS) {
                SET_TOP(mp_obj_new_bool(lhs == rhs));
            } else {
                SET_TOP(vm_binop(bop, lhs, rhs));
            }
            NEXT;
        }
        CASE2(BINARY_ADD, INPLACE_ADD) {
            mp_obj_t rhs = POP();
            mp_obj_t lhs = TOP();
            mp_int_t r;
            // tagged: (2a+1) + 2b = 2(a+b)+1; overflow of the word means the sum is not small
            if (vm_both_small(lhs, rhs) && !__builtin_add_overflow((mp_int_t)lhs, (mp_int_t)rhs - 1, &r)) {
                SET_TOP((mp_obj_t)r);
            } else {
                SET_TOP(vm_binop_slow(ip[-1] == MP_BC_BINARY_ADD ? MP_BINARY_OP_ADD : MP_BINARY_OP_INPLACE_ADD, lhs, rhs));
            }
            NEXT;
        }
        CASE2(BINARY_SUBTRACT, INPLACE_SUBTRACT) {
            mp_obj_t rhs = POP();
            mp_obj_t lhs = TOP();
            mp_int_t r;
            if (vm_both_small(lhs, rhs) && !__builtin_sub_overflow((mp_int_t)lhs, (mp_int_t)rhs - 1, &r)) {
                SET_TOP((mp_obj_t)r);
            } else {
                SET_TOP(vm_binop_slow(ip[-1] == MP_BC_BINARY_SUBTRACT ? MP_BINARY_OP_SUBTRACT : MP_BINARY_OP_INPLACE_SUBTRACT, lhs, rhs));
            }
            NEXT;
        }
        CASE(BINARY_MULTIPLY) {
            mp_obj_t rhs = POP();
            SET_TOP(vm_binop(MP_BINARY_OP_MULTIPLY, TOP(), rhs));
            NEXT;
        }
        // Tagging preserves order, so tagged words compare like their values.
        #define VM_COMPARE(name, cop, bop) \
    CASE(name) { \
        mp_obj_t rhs = POP(); \
        mp_obj_t lhs = TOP(); \
        if (vm_both_small(lhs, rhs)) { \
            SET_TOP(mp_obj_new_bool((mp_int_t)lhs cop (mp_int_t)rhs)); \
        } else { \
            SET_TOP(vm_binop_slow(bop, lhs, rhs)); \
        } \
        NEXT; \
    }
        VM_COMPARE(COMPARE_LESS, <, MP_BINARY_OP_LESS)
        VM_COMPARE(COMPARE_MORE, >, MP_BINARY_OP_MORE)
        VM_COMPARE(COMPARE_EQUAL, ==, MP_BINARY_OP_EQUAL)
        VM_COMPARE(COMPARE_NOT_EQUAL, !=, MP_BINARY_OP_NOT_EQUAL)
        VM_COMPARE(COMPARE_LESS_EQUAL, <=, MP_BINARY_OP_LESS_EQUAL)
        VM_COMPARE(COMPARE_MORE_EQUAL, >=, MP_BINARY_OP_MORE_EQUAL)
        #undef VM_COMPARE
        CASE(JUMP) {
            const byte *target = JUMP_TARGET(0);
            if (target <= ip) {
                PENDING_CHECK();
            }
            ip = target;
            NEXT;
        }
        CASE(POP_JUMP_IF_FALSE) {
            mp_obj_t v = POP();
            if (v == mp_const_false || (v != mp_const_true && !mp_obj_is_true(v))) {
                const byte *target = JUMP_TARGET(0);
                if (target <= ip) {
                    PENDING_CHECK();
                }
                ip = target;
            } else {
                ip += 4;
            }
            NEXT;
        }
        CASE(POP_JUMP_IF_TRUE) {
            mp_obj_t v = POP();
            if (v == mp_const_true || (v != mp_const_false && mp_obj_is_true(v))) {
                const byte *target = JUMP_TARGET(0);
                if (target <= ip) {
                    PENDING_CHECK();
                }
                ip = target;
            } else {
                ip += 4;
            }
            NEXT;
        }
        CASE(JUMP_IF_FALSE_OR_POP) {
            mp_obj_t v = TOP();
            if (v == mp_const_false || (v != mp_const_true && !mp_obj_is_true(v))) {
                ip = JUMP_TARGET(0);
            } else {
                sp--;
                ip += 4;
            }
            NEXT;
        }
        CASE(JUMP_IF_TRUE_OR_POP) {
            mp_obj_t v = TOP();
            if (v == mp_const_true || (v != mp_const_false && mp_obj_is_true(v))) {
                ip = JUMP_TARGET(0);
            } else {
                sp--;
                ip += 4;
            }
            NEXT;
        }
        CASE(GET_ITER) {
            SET_TOP(mp_getiter(TOP()));
            NEXT;
        }
        CASE(FOR_ITER) {
            mp_obj_t v = mp_iternext(TOP());
            if (v == MP_OBJ_STOP_ITERATION) {
                sp--;
                ip = JUMP_TARGET(0);
            } else {
                PUSH(v);
                ip += 4;
            }
            NEXT;
        }
        CASE(FOR_RANGE_SETUP) {
            size_t n = ip[0];
            ip += 1;
            sp -= n;
            vm_for_range_setup(sp, n);
            sp += 2;
            NEXT;
        }
        CASE(FOR_RANGE_ITER) {
            // [cur, stop, step] small ints, or [iterator, NULL, NULL]
            if (MP_LIKELY(sp[0] != MP_OBJ_NULL)) {
                mp_int_t cur = MP_OBJ_SMALL_INT_VALUE(sp[-2]);
                mp_int_t stop = MP_OBJ_SMALL_INT_VALUE(sp[-1]);
                mp_int_t step = MP_OBJ_SMALL_INT_VALUE(sp[0]);
                if (step > 0 ? cur < stop : cur > stop) {
                    // two small ints never overflow a mp_int_t; past the small-int range the
                    // next value is past stop too
                    mp_int_t next = cur + step;
                    sp[-2] = MP_OBJ_NEW_SMALL_INT(mp_small_int_fits(next) ? next : stop);
                    PUSH(MP_OBJ_NEW_SMALL_INT(cur));
                    ip += 4;
                } else {
                    sp -= 3;
                    ip = JUMP_TARGET(0);
                    // the loop body's values linger above the stack top, where the conservative
                    // GC would see them: forget them once, at loop exit
                    vm_clear_words(sp + 1, locals + rc->n_locals + rc->n_stack);
                }
            } else {
                mp_obj_t v = mp_iternext(sp[-2]);
                if (v == MP_OBJ_STOP_ITERATION) {
                    sp -= 3;
                    ip = JUMP_TARGET(0);
                    vm_clear_words(sp + 1, locals + rc->n_locals + rc->n_stack);
                } else {
                    PUSH(v);
                    ip += 4;
                }
            }
            NEXT;
        }
        CASE(SETUP_FINALLY) {
            mp_exc_block_t *b = ++cs->exc_sp;
            VM_CHECK_EXC_SP();
            b->handler = JUMP_TARGET(0);
            b->sp = sp;
            b->kind = MP_EXC_BLOCK_FINALLY;
            ip += 4;
            NEXT;
        }
        CASE(SETUP_WITH) {
            mp_obj_t mgr = TOP();
            mp_obj_t enter[2];
            vm_load_context_methods(mgr, MP_QSTR___enter__, MP_QSTR___exit__, enter, sp);
            sp++;
            // __enter__ runs before the block exists: if it raises, __exit__ is not called
            mp_obj_t res = mp_call_method_n_kw(0, 0, enter);
            mp_exc_block_t *b = ++cs->exc_sp;
            VM_CHECK_EXC_SP();
            b->handler = JUMP_TARGET(0);
            b->sp = sp;
            b->kind = MP_EXC_BLOCK_FINALLY;
            ip += 4;
            PUSH(res);
            VM_SWITCH_CHECK();
            NEXT;
        }
        CASE(SETUP_ASYNC_WITH) {
            mp_obj_t res = POP();
            mp_exc_block_t *b = ++cs->exc_sp;
            VM_CHECK_EXC_SP();
            b->handler = JUMP_TARGET(0);
            b->sp = sp;
            b->kind = MP_EXC_BLOCK_FINALLY;
            ip += 4;
            PUSH(res);
            NEXT;
        }
        CASE(BEFORE_ASYNC_WITH) {
            mp_obj_t mgr = TOP();
            mp_obj_t enter[2];
            vm_load_context_methods(mgr, MP_QSTR___aenter__, MP_QSTR___aexit__, enter, sp);
            sp++;
            PUSH(mp_call_method_n_kw(0, 0, enter));
            NEXT;
        }
        CASE(POP_BLOCK) {
            cs->exc_sp--;
            NEXT;
        }
        CASE(POP_EXCEPT) {
            mp_exc_block_t *b = cs->exc_sp--;
            mp_state.cur_exception = *b->sp;
            sp = b->sp - 1;
            NEXT;
        }
        CASE(RERAISE) {
            mp_obj_t exc = POP();
            if (MP_UNLIKELY(!mp_obj_is_exception_instance(exc))) {
                // only reachable from translated .mpy code that misuses its finally value
                mp_raise_TypeError("exceptions must derive from BaseException");
            }
            cs->reraise = true;
            nlr_jump(MP_OBJ_TO_PTR(exc));
        }
        CASE(JUMP_IF_NOT_EXC_MATCH) {
            mp_obj_t type = POP();
            if (!vm_exc_match(TOP(), type)) {
                ip = JUMP_TARGET(0);
            } else {
                ip += 4;
            }
            NEXT;
        }
        CASE(WITH_EXCEPT_CALL) {
            // [exit, self, prev_exc, exc] -> [..., exit(self, type, exc, None)]
            mp_obj_t exc = sp[0];
            mp_obj_t args[5] = { sp[-3], sp[-2], MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), exc, mp_const_none };
            mp_obj_t res = mp_call_method_n_kw(3, 0, args);
            PUSH(res);
            NEXT;
        }
        CASE(RAISE_VARARGS) {
            unsigned n = ip[0];
            mp_obj_t exc;
            if (n == 0) {
                exc = mp_state.cur_exception;
                if (exc == MP_OBJ_NULL) {
                    mp_raise_msg(&mp_type_RuntimeError, "No active exception to reraise");
                }
                cs->reraise = true;
            } else if (n == 1) {
                exc = vm_prepare_raise(POP(), MP_OBJ_NULL, false);
            } else {
                mp_obj_t cause = POP();
                exc = vm_prepare_raise(POP(), cause, true);
            }
            nlr_jump(MP_OBJ_TO_PTR(exc));
        }
        CASE(RETURN_VALUE) {
            cs->result = TOP();
            cs->sp = sp - 1;
            return MP_VM_RETURN_NORMAL;
        }
        CASE(YIELD_VALUE) {
            cs->result = POP();
            cs->ip = ip;
            cs->sp = sp;
            return MP_VM_RETURN_YIELD;
        }
        CASE(YIELD_FROM) {
            mp_obj_t send = POP();
            mp_obj_t throw_val = pending_throw;
            pending_throw = MP_OBJ_NULL;
            mp_obj_t ret;
            mp_vm_return_kind_t k = mp_resume(TOP(), throw_val != MP_OBJ_NULL ? MP_OBJ_NULL : send, throw_val, &ret);
            if (k == MP_VM_RETURN_YIELD) {
                // resume here (cs->ip is this instruction) with the next sent value pushed
                cs->result = ret;
                cs->sp = sp;
                return MP_VM_RETURN_YIELD;
            }
            if (k == MP_VM_RETURN_NORMAL) {
                SET_TOP(ret);
                NEXT;
            }
            nlr_jump(MP_OBJ_TO_PTR(ret));
        }
        CASE(GET_YIELD_FROM_ITER) {
            mp_obj_t v = TOP();
            if (!vm_is_gen_or_coro(v)) {
                SET_TOP(mp_getiter(v));
            }
            NEXT;
        }
        CASE(GET_AWAITABLE) {
            SET_TOP(vm_get_awaitable(TOP(), "object %s can't be used in 'await' expression"));
            NEXT;
        }
        CASE(GET_AITER) {
            mp_obj_t ait = vm_call_special(TOP(), MP_QSTR___aiter__, "'async for' requires an object with __aiter__ method, got %s");
            mp_obj_t dest[2];
            mp_load_method_maybe(ait, MP_QSTR___anext__, dest);
            if (dest[0] == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError,
                    "'async for' received an object from __aiter__ that does not implement __anext__: %s", mp_obj_get_type_str(ait));
            }
            SET_TOP(ait);
            NEXT;
        }
        CASE(GET_ANEXT) {
            mp_obj_t aw = vm_call_special(TOP(), MP_QSTR___anext__, "'async for' requires an iterator with __anext__ method, got %s");
            PUSH(vm_get_awaitable(aw, "'async for' received an invalid object from __anext__: %s"));
            NEXT;
        }
        CASE(END_ASYNC_FOR) {
            mp_obj_t exc = TOP();
            if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration))) {
                mp_exc_block_t *b = cs->exc_sp--;
                mp_state.cur_exception = *b->sp;
                sp = b->sp - 2;   // drop the saved exception and the async iterator
                NEXT;
            }
            cs->reraise = true;
            nlr_jump(MP_OBJ_TO_PTR(exc));
        }
        CASE(CALL_FUNCTION) {
            size_t n_args = READ_U16(0);
            size_t n_kw = READ_U16(2);
            ip += 4;
            sp -= n_args + 2 * n_kw;
            SET_TOP(vm_call(TOP(), n_args, n_kw, sp + 1));
            VM_SWITCH_CHECK();
            NEXT;
        }
        CASE(CALL_METHOD) {
            size_t n_args = READ_U16(0);
            size_t n_kw = READ_U16(2);
            ip += 4;
            sp -= n_args + 2 * n_kw + 1;
            mp_obj_t res;
            if (sp[1] == MP_OBJ_NULL) {
                res = vm_call(sp[0], n_args, n_kw, sp + 2);
            } else {
                res = vm_call(sp[0], n_args + 1, n_kw, sp + 1);
            }
            SET_TOP(res);
            VM_SWITCH_CHECK();
            NEXT;
        }
        CASE(CALL_FUNCTION_EX) {
            mp_obj_t kw = POP();
            mp_obj_t pos = POP();
            SET_TOP(mp_call_function_star(TOP(), 0, NULL, pos, kw));
            VM_SWITCH_CHECK();
            NEXT;
        }
        CASE(MAKE_FUNCTION) {
            const mp_raw_code_t *child = rc->children[READ_U16(0)];
            unsigned flags = ip[2];
            ip += 3;
            mp_obj_t kwdefs = (flags & MP_BC_MAKE_FUN_KWDEFAULTS) ? POP() : MP_OBJ_NULL;
            mp_obj_t defs = (flags & MP_BC_MAKE_FUN_DEFAULTS) ? POP() : MP_OBJ_NULL;
            PUSH(mp_obj_new_fun_bc(child, defs, kwdefs, 0, NULL));
            NEXT;
        }
        CASE(MAKE_CLOSURE) {
            const mp_raw_code_t *child = rc->children[READ_U16(0)];
            unsigned flags = ip[2];
            size_t n_closed = READ_U16(3);
            ip += 5;
            sp -= n_closed;
            mp_obj_t *cells = sp + 1;
            mp_obj_t kwdefs = (flags & MP_BC_MAKE_FUN_KWDEFAULTS) ? POP() : MP_OBJ_NULL;
            mp_obj_t defs = (flags & MP_BC_MAKE_FUN_DEFAULTS) ? POP() : MP_OBJ_NULL;
            mp_obj_t f = mp_obj_new_fun_bc(child, defs, kwdefs, n_closed, cells);
            PUSH(f);
            NEXT;
        }
        CASE(BUILD_TUPLE) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t *items = sp - n + 1;
            mp_obj_t t = mp_obj_new_tuple(n, items);
            sp = items;
            *sp = t;
            NEXT;
        }
        CASE(BUILD_LIST) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t *items = sp - n + 1;
            mp_obj_t l = mp_obj_new_list(n, items);
            sp = items;
            *sp = l;
            NEXT;
        }
        CASE(BUILD_SET) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t *items = sp - n + 1;
            mp_obj_t s = mp_obj_new_set(n, items);
            sp = items;
            *sp = s;
            NEXT;
        }
        CASE(BUILD_MAP) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t *items = sp - 2 * n + 1;
            mp_obj_t d = mp_obj_new_dict(n);
            for (size_t i = 0; i < n; i++) {
                mp_obj_dict_store(d, items[2 * i], items[2 * i + 1]);
            }
            sp = items;
            *sp = d;
            NEXT;
        }
        CASE(BUILD_SLICE) {
            unsigned n = ip[0];
            ip += 1;
            mp_obj_t step = n == 3 ? POP() : mp_const_none;
            mp_obj_t stop = POP();
            if ((*ip == MP_BC_LOAD_SUBSCR || *ip == MP_BC_STORE_SUBSCR) && vm_slice_cannot_escape(sp[-1])) {
                // x[a:b] / x[a:b] = v on a built-in sequence: the slice lives on the C stack
                // (no heap: runs with the heap locked) and the subscript runs here.
                mp_obj_slice_t slice = {{&mp_type_slice}, TOP(), stop, step};
                mp_obj_t base = sp[-1];
                if (*ip++ == MP_BC_LOAD_SUBSCR) {
                    sp--;
                    SET_TOP(mp_obj_subscr(base, MP_OBJ_FROM_PTR(&slice), MP_OBJ_SENTINEL));
                } else {
                    mp_obj_t value = sp[-2];
                    sp -= 3;
                    mp_obj_subscr(base, MP_OBJ_FROM_PTR(&slice), value);
                }
                NEXT;
            }
            SET_TOP(mp_obj_new_slice(TOP(), stop, step));
            NEXT;
        }
        CASE(LIST_APPEND) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            mp_obj_list_append(sp[1 - (mp_int_t)n], v);
            NEXT;
        }
        CASE(SET_ADD) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            mp_obj_set_store(sp[1 - (mp_int_t)n], v);
            NEXT;
        }
        CASE(MAP_ADD) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            mp_obj_t k = POP();
            mp_obj_dict_store(sp[1 - (mp_int_t)n], k, v);
            NEXT;
        }
        CASE(LIST_EXTEND) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            vm_extend(sp[1 - (mp_int_t)n], v, false);
            NEXT;
        }
        CASE(SET_UPDATE) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            vm_extend(sp[1 - (mp_int_t)n], v, true);
            NEXT;
        }
        CASE(DICT_UPDATE) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            vm_dict_update(sp[1 - (mp_int_t)n], v, false);
            NEXT;
        }
        CASE(DICT_MERGE) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t v = POP();
            vm_dict_update(sp[1 - (mp_int_t)n], v, true);
            NEXT;
        }
        CASE(LIST_TO_TUPLE) {
            size_t n;
            mp_obj_t *items;
            mp_obj_list_get(TOP(), &n, &items);
            SET_TOP(mp_obj_new_tuple(n, items));
            NEXT;
        }
        CASE(UNPACK_SEQUENCE) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t seq = POP();
            if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
                size_t len;
                mp_obj_t *items;
                mp_obj_get_array(seq, &len, &items);
                if (len == n) {
                    for (size_t i = n; i > 0; i--) {
                        PUSH(items[i - 1]);
                    }
                    NEXT;
                }
            }
            mp_unpack_sequence(seq, n, sp + 1);
            sp += n;
            NEXT;
        }
        CASE(UNPACK_EX) {
            size_t before = READ_U16(0);
            size_t after = READ_U16(2);
            ip += 4;
            mp_obj_t seq = POP();
            mp_unpack_ex(seq, before | (after << 8), sp + 1);
            sp += before + after + 1;
            NEXT;
        }
        CASE(FORMAT_VALUE) {
            unsigned flags = ip[0];
            ip += 1;
            mp_obj_t spec = (flags & MP_BC_FORMAT_HAS_SPEC) ? POP() : MP_OBJ_NULL;
            SET_TOP(vm_format_value(TOP(), flags, spec));
            NEXT;
        }
        CASE(BUILD_STRING) {
            size_t n = READ_U16(0);
            ip += 2;
            mp_obj_t *items = sp - n + 1;
            mp_obj_t s = vm_build_string(n, items);
            sp = items;
            *sp = s;
            NEXT;
        }
        CASE(IMPORT_NAME) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_obj_t fromlist = POP();
            SET_TOP(mp_import_name(q, fromlist, TOP()));
            NEXT;
        }
        CASE(IMPORT_FROM) {
            qstr q = READ_U32(0);
            ip += 4;
            mp_obj_t v = mp_import_from(TOP(), q);
            PUSH(v);
            NEXT;
        }
        CASE(IMPORT_STAR) {
            mp_import_all(POP());
            NEXT;
        }
        CASE(FOR_ITER_BUF) {
            // MicroPython's 4-slot iterator buffer (loaded .mpy code): [NULL, iterator, -, -]
            if (sp[-3] != MP_OBJ_NULL) {
                mp_raise_TypeError("bad iterator buffer");
            }
            mp_obj_t v = mp_iternext(sp[-2]);
            if (v == MP_OBJ_STOP_ITERATION) {
                sp -= 4;
                ip = JUMP_TARGET(0);
            } else {
                PUSH(v);
                ip += 4;
            }
            NEXT;
        }
        CASE(CALL_FUNCTION_FRAME) {
            // a call of eval/exec/locals by name from a function: they may read this frame
            size_t n_args = READ_U16(0);
            size_t n_kw = READ_U16(2);
            ip += 4;
            sp -= n_args + 2 * n_kw;
            SET_TOP(mp_builtin_call_frame(cs, TOP(), n_args, n_kw, sp + 1));
            VM_SWITCH_CHECK();
            NEXT;
        }
        CASE(CALL_VAR_MPY) {
            // MicroPython's CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW (loaded .mpy code)
            size_t n_args = READ_U16(0);
            size_t n_kw = READ_U16(2);
            bool have_self = ip[4];
            ip += 5;
            sp -= n_args + 2 * n_kw + 1 + have_self;
            SET_TOP(mp_mpy_call_var(have_self, n_args, n_kw, sp));
            NEXT;
        }
        CASE(PRINT_EXPR) {
            mp_obj_t v = POP();
            if (v != mp_const_none) {
                mp_obj_print_helper(&mp_plat_print, v, PRINT_REPR);
                mp_print_str(&mp_plat_print, "\n");
                mp_state.repl_last_value = v;
            }
            NEXT;
        }

    #if !MICROPY_COMPUTED_GOTO
        default:
            mp_raise_msg(&mp_type_RuntimeError, "bad opcode");
    #endif
    }
    #if !MICROPY_COMPUTED_GOTO
    return MP_VM_RETURN_EXCEPTION; // not reached
    #elif MP_VM_PROFILED
    __builtin_unreachable(); // every handler ends in NEXT, a return or a raise (see VM_PROF_CASE)
    #endif
}

// ---- exception handling ----

// Records where exc passed and finds a handler in this frame; false if none.
static bool vm_handle_exception(mp_code_state_t *cs, mp_obj_t exc) {
    const mp_raw_code_t *rc = cs->fun->rc;
    if (!cs->reraise) {
        size_t line = mp_raw_code_get_line(rc, cs->ip - rc->code);
        mp_obj_exception_add_traceback(exc, rc->source_file, line, rc->name);
        mp_obj_t cur = mp_state.cur_exception;
        if (cur != MP_OBJ_NULL && cur != exc) {
            mp_obj_exception_t *native = mp_obj_exception_get_native(exc);
            if (native != NULL && native->context == MP_OBJ_NULL) {
                native->context = cur;
            }
        }
    }
    cs->reraise = false;
    mp_exc_block_t *base = mp_code_state_exc_base(cs);
    mp_exc_block_t *b = cs->exc_sp;
    while (b >= base) {
        if (b->kind == MP_EXC_BLOCK_HANDLER) {
            mp_state.cur_exception = *b->sp;
            b--;
            continue;
        }
        // a FINALLY block becomes the HANDLER block of its handler
        const byte *handler = b->handler;
        mp_obj_t *sp = b->sp;
        *++sp = mp_state.cur_exception;
        b->kind = MP_EXC_BLOCK_HANDLER;
        b->sp = sp;
        b->handler = NULL;
        *++sp = exc;
        mp_state.cur_exception = exc;
        cs->exc_sp = b;
        cs->sp = sp;
        cs->ip = handler;
        return true;
    }
    cs->exc_sp = base - 1;
    return false;
}

#define VM_HANDLED ((mp_vm_return_kind_t)-1)

// One protected run: returns the frame's result kind, or VM_HANDLED when an exception was
// caught by a handler of this frame (run again from cs->ip).
static mp_vm_return_kind_t vm_run_protected(mp_code_state_t *cs, mp_obj_t inject_exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_vm_return_kind_t k = vm_run(cs, inject_exc);
        nlr_pop();
        return k;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (vm_handle_exception(cs, exc)) {
        return VM_HANDLED;
    }
    cs->result = exc;
    return MP_VM_RETURN_EXCEPTION;
}

mp_vm_return_kind_t mp_vm_execute_profiled(mp_code_state_t *cs, mp_obj_t inject_exc, bool entered);

#if MP_VM_PROFILED
// The profiled VM's entry: `entered` is false for a frame that started in the normal VM.
mp_vm_return_kind_t mp_vm_execute_profiled(mp_code_state_t *cs, mp_obj_t inject_exc, bool entered) {
    mp_prof_token_t token = mp_prof_enter(cs, entered);
    mp_vm_return_kind_t k = vm_run_protected(cs, inject_exc);
    while (k == VM_HANDLED) {
        k = vm_run_protected(cs, MP_OBJ_NULL);
    }
    mp_prof_exit(cs, token);
    return k;
}
#else
mp_vm_return_kind_t mp_execute_bytecode(mp_code_state_t *cs, mp_obj_t inject_exc) {
    if (MP_UNLIKELY(mp_prof_vm_on)) {
        return mp_vm_execute_profiled(cs, inject_exc, true);
    }
    mp_vm_return_kind_t k = vm_run_protected(cs, inject_exc);
    while (k == VM_HANDLED) {
        k = vm_run_protected(cs, MP_OBJ_NULL);
    }
    if (MP_UNLIKELY(k == VM_SWITCH)) {
        return mp_vm_execute_profiled(cs, MP_OBJ_NULL, false);
    }
    return k;
}
#endif
