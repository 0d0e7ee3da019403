// py/obj.h: the object model.
//
// An object is one machine word, mp_obj_t, tagged in its low bits:
//
//   xxxx...xxx1   small int: value = (mp_int_t)o >> 1, 63 bits on a 64-bit host
//   xxxx...xx10   qstr (interned str): index = (mp_uint_t)o >> 2
//   xxxx...xx00   pointer to an object whose first word is its type (mp_obj_base_t)
//
// Heap and ROM objects start with an mp_obj_base_t. None, True, False, Ellipsis and
// NotImplemented are static ROM objects (compare them by identity). Small ints overflow into
// mp_obj_int_t (py/objint.c, backed by py/mpz.c); the user never sees the seam: every int
// operation must accept both and normalise results that fit back into small ints.
//
// Types are mp_obj_type_t records with slots (below). Built-in types are static and const;
// classes created by `class` statements are heap types (MP_TYPE_FLAG_HEAP) whose slots point
// to generic handlers in py/objtype.c that look up special methods.
#ifndef MICROPY_INCLUDED_PY_OBJ_H
#define MICROPY_INCLUDED_PY_OBJ_H

#include "py/mpconfig.h"
#include "py/misc.h"
#include "py/qstr.h"

typedef void *mp_obj_t;
typedef const void *mp_const_obj_t;
typedef struct _mp_obj_type_t mp_obj_type_t;

typedef struct _mp_obj_base_t {
    const mp_obj_type_t *type;
} mp_obj_base_t;

// Special values, never visible to Python code.
#define MP_OBJ_NULL             ((mp_obj_t)(void *)0)   // "no object", also iterator exhausted
#define MP_OBJ_STOP_ITERATION   MP_OBJ_NULL              // returned by iternext when exhausted
#define MP_OBJ_SENTINEL         ((mp_obj_t)(void *)4)   // "load" marker for subscr/attr slots

#define MP_OBJ_TO_PTR(o) ((void *)(o))
#define MP_OBJ_FROM_PTR(p) ((mp_obj_t)(p))
#define MP_ROM_PTR(p) ((mp_obj_t)(p))
#define MP_ROM_QSTR(q) MP_OBJ_NEW_QSTR(q)
#define MP_ROM_INT(i) MP_OBJ_NEW_SMALL_INT(i)
#define MP_ROM_NONE MP_OBJ_FROM_PTR(&mp_const_none_obj)

// ---- tagging ----
static inline bool mp_obj_is_small_int(mp_const_obj_t o) { return ((mp_uint_t)o & 1) != 0; }
#define MP_OBJ_SMALL_INT_VALUE(o) (((mp_int_t)(o)) >> 1)
#define MP_OBJ_NEW_SMALL_INT(v) ((mp_obj_t)((((mp_uint_t)(v)) << 1) | 1))
static inline bool mp_obj_is_qstr(mp_const_obj_t o) { return ((mp_uint_t)o & 3) == 2; }
#define MP_OBJ_QSTR_VALUE(o) (((mp_uint_t)(o)) >> 2)
#define MP_OBJ_NEW_QSTR(q) ((mp_obj_t)((((mp_uint_t)(q)) << 2) | 2))
static inline bool mp_obj_is_obj(mp_const_obj_t o) { return ((mp_uint_t)o & 3) == 0; }

// Range of small ints: value must survive the 1-bit shift.
#define MP_SMALL_INT_MIN ((mp_int_t)(((mp_int_t)MP_OBJ_SENTINEL_INT_MIN)))
#define MP_OBJ_SENTINEL_INT_MIN (-((mp_int_t)1 << (MP_BITS_PER_WORD - 2)))
#define MP_SMALL_INT_MAX ((mp_int_t)(((mp_int_t)1 << (MP_BITS_PER_WORD - 2)) - 1))
static inline bool mp_small_int_fits(mp_int_t v) { return v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX; }
// CPython's hash of an int that fits a machine word: n mod (2**61 - 1) keeping the sign, and
// -1 maps to -2. Equal numbers of any type (int, bigint, float, complex) hash alike.
static inline mp_int_t mp_small_int_hash(mp_int_t v) {
    const mp_int_t m = ((mp_int_t)1 << 61) - 1;
    if (v >= m || v <= -m) {
        v %= m;
    }
    return v == -1 ? -2 : v;
}

// ---- operators ----
typedef enum {
    MP_UNARY_OP_POSITIVE,
    MP_UNARY_OP_NEGATIVE,
    MP_UNARY_OP_INVERT,
    MP_UNARY_OP_NOT,
    // Below here: not produced by the compiler, used by the runtime (len(), hash(), ...).
    MP_UNARY_OP_BOOL,     // returns mp_const_true/false, or NULL if unsupported (then: truthy)
    MP_UNARY_OP_LEN,      // returns small int, or NULL if unsupported
    MP_UNARY_OP_HASH,     // returns small int, or NULL if unhashable
    MP_UNARY_OP_ABS,
    MP_UNARY_OP_INT,      // __int__ (int(x) conversion), NULL if unsupported
    MP_UNARY_OP_FLOAT,    // __float__
    MP_UNARY_OP_INDEX,    // __index__
    MP_UNARY_OP_SIZEOF,
    MP_UNARY_OP_NUM_RUNTIME,
} mp_unary_op_t;

// Binary ops: the order matters. INPLACE_x = x + (MP_BINARY_OP_INPLACE_OR - MP_BINARY_OP_OR);
// REVERSE_x = x + (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR) for OR..POWER.
typedef enum {
    // comparisons (results are bools; types implement them in binary_op)
    MP_BINARY_OP_LESS,
    MP_BINARY_OP_MORE,
    MP_BINARY_OP_EQUAL,
    MP_BINARY_OP_LESS_EQUAL,
    MP_BINARY_OP_MORE_EQUAL,
    MP_BINARY_OP_NOT_EQUAL,
    MP_BINARY_OP_IN,             // compiler: `a in b`; runtime calls b's binary_op(CONTAINS, b, a)
    MP_BINARY_OP_IS,
    MP_BINARY_OP_EXCEPTION_MATCH,
    MP_BINARY_OP_NOT_IN,         // compiler only
    MP_BINARY_OP_IS_NOT,         // compiler only

    MP_BINARY_OP_INPLACE_OR,
    MP_BINARY_OP_INPLACE_XOR,
    MP_BINARY_OP_INPLACE_AND,
    MP_BINARY_OP_INPLACE_LSHIFT,
    MP_BINARY_OP_INPLACE_RSHIFT,
    MP_BINARY_OP_INPLACE_ADD,
    MP_BINARY_OP_INPLACE_SUBTRACT,
    MP_BINARY_OP_INPLACE_MULTIPLY,
    MP_BINARY_OP_INPLACE_MAT_MULTIPLY,
    MP_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    MP_BINARY_OP_INPLACE_TRUE_DIVIDE,
    MP_BINARY_OP_INPLACE_MODULO,
    MP_BINARY_OP_INPLACE_POWER,

    MP_BINARY_OP_OR,
    MP_BINARY_OP_XOR,
    MP_BINARY_OP_AND,
    MP_BINARY_OP_LSHIFT,
    MP_BINARY_OP_RSHIFT,
    MP_BINARY_OP_ADD,
    MP_BINARY_OP_SUBTRACT,
    MP_BINARY_OP_MULTIPLY,
    MP_BINARY_OP_MAT_MULTIPLY,
    MP_BINARY_OP_FLOOR_DIVIDE,
    MP_BINARY_OP_TRUE_DIVIDE,
    MP_BINARY_OP_MODULO,
    MP_BINARY_OP_POWER,

    MP_BINARY_OP_DIVMOD,         // runtime only (divmod())
    MP_BINARY_OP_CONTAINS,       // runtime only: binary_op(CONTAINS, container, item)

    MP_BINARY_OP_REVERSE_OR,
    MP_BINARY_OP_REVERSE_XOR,
    MP_BINARY_OP_REVERSE_AND,
    MP_BINARY_OP_REVERSE_LSHIFT,
    MP_BINARY_OP_REVERSE_RSHIFT,
    MP_BINARY_OP_REVERSE_ADD,
    MP_BINARY_OP_REVERSE_SUBTRACT,
    MP_BINARY_OP_REVERSE_MULTIPLY,
    MP_BINARY_OP_REVERSE_MAT_MULTIPLY,
    MP_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    MP_BINARY_OP_REVERSE_TRUE_DIVIDE,
    MP_BINARY_OP_REVERSE_MODULO,
    MP_BINARY_OP_REVERSE_POWER,
    MP_BINARY_OP_REVERSE_DIVMOD, // runtime only: divmod(a, b) tried as b.__rdivmod__(a)

    MP_BINARY_OP_NUM,
} mp_binary_op_t;

#define MP_BINARY_OP_INPLACE_OFFSET (MP_BINARY_OP_INPLACE_OR - MP_BINARY_OP_OR)
#define MP_BINARY_OP_REVERSE_OFFSET (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR)

// ---- printing ----
typedef enum {
    PRINT_STR = 0,   // str()
    PRINT_REPR = 1,  // repr()
    PRINT_EXC = 2,   // printing an exception in a traceback
} mp_print_kind_t;

// ---- maps (dicts, globals, attribute tables) ----
// An insertion-ordered hash map. `table` holds (key, value) entries in insertion order
// (deleted entries have key == MP_OBJ_SENTINEL and stay until the next rehash); when alloc >
// MP_MAP_LINEAR_MAX an index array follows for hashing (see py/map.c for the layout).
// A fixed map (is_fixed) is a ROM table of `used` entries searched linearly; it cannot change.
typedef struct _mp_map_elem_t {
    mp_obj_t key;
    mp_obj_t value;
} mp_map_elem_t;

typedef struct _mp_rom_map_elem_t {
    mp_obj_t key;
    mp_obj_t value;
} mp_rom_map_elem_t;

typedef struct _mp_map_t {
    size_t all_keys_are_qstrs : 1;
    size_t is_fixed : 1;
    // 1 while no key that names a built-in (nor any non-qstr key) was added since
    // mp_map_watch_builtins (called on module globals). The VM's cache of a built-in, stored
    // after a lookup of its name in the globals failed, is valid only while this is set.
    size_t builtins_unshadowed : 1;
    size_t used : (8 * sizeof(size_t) - 3);  // entries in table incl. deleted ones
    size_t filled;                           // live entries (len())
    size_t alloc;                            // capacity of table (entries)
    mp_map_elem_t *table;
    void *index;                             // NULL, or hash index (py/map.c)
} mp_map_t;

typedef enum {
    MP_MAP_LOOKUP = 0,
    MP_MAP_LOOKUP_ADD_IF_NOT_FOUND = 1,   // returns the elem; value is MP_OBJ_NULL if new
    MP_MAP_LOOKUP_REMOVE_IF_FOUND = 2,    // returns a pointer to a copy of the removed elem
} mp_map_lookup_kind_t;

void mp_map_init(mp_map_t *map, size_t n);
void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table);
mp_map_t *mp_map_new(size_t n);
void mp_map_deinit(mp_map_t *map);
void mp_map_clear(mp_map_t *map);
void mp_map_watch_builtins(mp_map_t *map);
mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t lookup_kind);
// Iterate: `size_t i = 0; mp_map_elem_t *e; while ((e = mp_map_iter_next(map, &i)) != NULL) ...`
mp_map_elem_t *mp_map_iter_next(const mp_map_t *map, size_t *cur);
static inline size_t mp_map_len(const mp_map_t *map) { return map->filled; }

// ---- buffer protocol ----
typedef struct _mp_buffer_info_t {
    void *buf;
    size_t len;     // in bytes
    int typecode;   // struct-module style: 'B' for bytes
} mp_buffer_info_t;
#define MP_BUFFER_READ  (1)
#define MP_BUFFER_WRITE (2)
#define MP_BUFFER_RW (MP_BUFFER_READ | MP_BUFFER_WRITE)

// ---- type slots ----
typedef void (*mp_print_fun_t)(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
// args: n_args positional, then n_kw (key, value) pairs: args[n_args + 2*i] is a str/qstr key.
typedef mp_obj_t (*mp_make_new_fun_t)(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
typedef mp_obj_t (*mp_call_fun_t)(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// Returns MP_OBJ_NULL when the op is not supported for this operand (runtime raises TypeError).
typedef mp_obj_t (*mp_unary_op_fun_t)(mp_unary_op_t op, mp_obj_t o);
// Called with lhs of this type. Returns MP_OBJ_NULL when not supported (NotImplemented); the
// runtime then tries the reflected op on rhs's type, then raises TypeError.
typedef mp_obj_t (*mp_binary_op_fun_t)(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
// Attribute access, one slot for load/store/delete:
//   load:   dest[0] == MP_OBJ_NULL on entry. Set dest[0] = value; or for a method, dest[0] =
//           function and dest[1] = self (the runtime binds lazily). Leave dest[0] NULL if absent;
//           then the runtime continues with locals_dict lookup.
//   store:  dest[0] == MP_OBJ_SENTINEL, dest[1] = value. Set dest[0] = MP_OBJ_NULL on success.
//   delete: dest[0] == MP_OBJ_SENTINEL, dest[1] = MP_OBJ_NULL. Set dest[0] = MP_OBJ_NULL on success.
typedef void (*mp_attr_fun_t)(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
// value == MP_OBJ_SENTINEL: load (return the item); MP_OBJ_NULL: delete; else store.
// Return MP_OBJ_NULL if unsupported, else the loaded item (or mp_const_none for store/delete).
typedef mp_obj_t (*mp_subscr_fun_t)(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
typedef mp_obj_t (*mp_getiter_fun_t)(mp_obj_t self_in);
// Room for a short-lived iterator object on the C stack (see mp_getiter_buf).
typedef struct _mp_obj_iter_buf_t {
    mp_obj_t words[4];
} mp_obj_iter_buf_t;
mp_obj_t mp_obj_tuple_getiter_buf(mp_obj_t self_in, mp_obj_iter_buf_t *buf);
mp_obj_t mp_obj_list_getiter_buf(mp_obj_t self_in, mp_obj_iter_buf_t *buf);
// Returns the next item, or MP_OBJ_STOP_ITERATION when exhausted (no exception needed).
typedef mp_obj_t (*mp_iternext_fun_t)(mp_obj_t self_in);
// Returns 0 on success, non-zero if no buffer of the requested kind.
typedef int (*mp_buffer_fun_t)(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);

// Type flags
#define MP_TYPE_FLAG_NONE             (0x0000)
#define MP_TYPE_FLAG_HEAP             (0x0001)  // created by a class statement / type(); mp_obj_type_t is on the heap
#define MP_TYPE_FLAG_EQ_NOT_REFLEXIVE (0x0002)  // x == x may be False (float nan)
#define MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE (0x0004) // __eq__ may be True for another type
#define MP_TYPE_FLAG_EQ_HAS_NEQ_TEST  (0x0008)
#define MP_TYPE_FLAG_BINDS_SELF       (0x0010)  // a function-like type: bound when loaded from a class
#define MP_TYPE_FLAG_BUILTIN_FUN      (0x0020)
#define MP_TYPE_FLAG_ITER_IS_GETITER  (0x0040)  // getiter returns self (iterator types)
#define MP_TYPE_FLAG_IS_EXCEPTION     (0x0080)  // instances are mp_obj_exception_t (or subclass)
#define MP_TYPE_FLAG_INSTANCE_TYPE    (0x0100)  // instances are mp_obj_instance_t (user classes)
#define MP_TYPE_FLAG_NOT_BASETYPE     (0x0200)  // cannot be subclassed (bool, NoneType, ...)
#define MP_TYPE_FLAG_HAS_GETATTR      (0x0400)  // user class defines __getattr__
#define MP_TYPE_FLAG_HAS_DEL          (0x0800)  // user class defines __del__
#define MP_TYPE_FLAG_HAS_SETATTR      (0x1000)  // user class defines __setattr__ or __delattr__
#define MP_TYPE_FLAG_HAS_DATA_DESCR   (0x2000)  // some class in the MRO holds a property (or other data descriptor)
#define MP_TYPE_FLAG_HAS_SLOTS       (0x4000)  // every class in the MRO has __slots__ (no __dict__): other attributes can't be set
#define MP_TYPE_FLAG_USER_SETATTR    (0x8000)  // with HAS_SLOTS: the HAS_SETATTR is (also) for a user __setattr__/__delattr__
#define MP_TYPE_FLAG_HAS_GETATTRIBUTE (0x10000) // user class defines __getattribute__: every load goes through it
#define MP_TYPE_FLAG_IS_METACLASS     (0x20000) // user class deriving from type: its instances wrap a class

struct _mp_obj_dict_t;
struct _mp_obj_tuple_t;

struct _mp_obj_type_t {
    mp_obj_base_t base;         // &mp_type_type
    uint32_t flags;             // MP_TYPE_FLAG_*
    uint16_t name;              // qstr
    uint16_t qualname;          // heap types: qstr of __qualname__ when it differs from name, else 0
    mp_print_fun_t print;
    mp_make_new_fun_t make_new; // called by type.__call__: the constructor
    mp_call_fun_t call;         // makes instances callable
    mp_unary_op_fun_t unary_op;
    mp_binary_op_fun_t binary_op;
    mp_attr_fun_t attr;         // custom attribute handling, before locals_dict
    mp_subscr_fun_t subscr;
    mp_getiter_fun_t getiter;
    mp_iternext_fun_t iternext;
    mp_buffer_fun_t buffer;
    const void *protocol;       // type-specific extras (stream protocol, ...)
    // Single base: parent points to the base type. Multiple bases: parent points to a tuple
    // of types and MP_TYPE_FLAG_MULTI_BASE... (we use the mro field instead): parent is the
    // first base, and `mro` holds the full C3 linearisation (a tuple of types, self first).
    const void *parent;
    struct _mp_obj_tuple_t *bases;  // heap types: tuple of direct bases (NULL for builtins)
    struct _mp_obj_tuple_t *mro;    // heap types: C3 MRO (self first); NULL for builtins
    struct _mp_obj_dict_t *locals_dict; // methods and class attributes
    // A class made by a user metaclass is an instance of it (mp_obj_instance_t) whose native
    // part is this type; that instance is the class Python code sees (type(x), x.__class__,
    // __bases__, __mro__). NULL for every other type.
    mp_obj_t meta_instance;
};

// Static type definition helper: designated initialisers, e.g.
//   const mp_obj_type_t mp_type_list = { {&mp_type_type}, .name = MP_QSTR_list, .print = list_print, ... };

// ---- constants ----
typedef struct _mp_obj_none_t { mp_obj_base_t base; } mp_obj_none_t;
typedef struct _mp_obj_bool_t { mp_obj_base_t base; bool value; } mp_obj_bool_t;
typedef struct _mp_obj_singleton_t { mp_obj_base_t base; qstr name; } mp_obj_singleton_t;
extern const mp_obj_none_t mp_const_none_obj;
extern const mp_obj_bool_t mp_const_false_obj;
extern const mp_obj_bool_t mp_const_true_obj;
extern const mp_obj_singleton_t mp_const_ellipsis_obj;
extern const mp_obj_singleton_t mp_const_notimplemented_obj;
#define mp_const_none (MP_OBJ_FROM_PTR(&mp_const_none_obj))
#define mp_const_false (MP_OBJ_FROM_PTR(&mp_const_false_obj))
#define mp_const_true (MP_OBJ_FROM_PTR(&mp_const_true_obj))
#define mp_const_ellipsis (MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj))
#define mp_const_notimplemented (MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj))
static inline mp_obj_t mp_obj_new_bool(mp_int_t x) { return x ? mp_const_true : mp_const_false; }
extern const struct _mp_obj_tuple_t mp_const_empty_tuple_obj;
#define mp_const_empty_tuple (MP_OBJ_FROM_PTR(&mp_const_empty_tuple_obj))
extern const struct _mp_obj_str_t mp_const_empty_bytes_obj;
#define mp_const_empty_bytes (MP_OBJ_FROM_PTR(&mp_const_empty_bytes_obj))

// ---- built-in types ----
extern const mp_obj_type_t mp_type_type;
extern const mp_obj_type_t mp_type_object;
extern const mp_obj_type_t mp_type_NoneType;
extern const mp_obj_type_t mp_type_bool;
extern const mp_obj_type_t mp_type_int;
extern const mp_obj_type_t mp_type_str;
extern const mp_obj_type_t mp_type_bytes;
extern const mp_obj_type_t mp_type_bytearray;
extern const mp_obj_type_t mp_type_memoryview;
extern const mp_obj_type_t mp_type_float;
extern const mp_obj_type_t mp_type_complex;
extern const mp_obj_type_t mp_type_tuple;
extern const mp_obj_type_t mp_type_list;
extern const mp_obj_type_t mp_type_map;       // map(), not dict
extern const mp_obj_type_t mp_type_enumerate;
extern const mp_obj_type_t mp_type_filter;
extern const mp_obj_type_t mp_type_deque;
extern const mp_obj_type_t mp_type_dict;
extern const mp_obj_type_t mp_type_ordereddict;
extern const mp_obj_type_t mp_type_defaultdict;    // collections.defaultdict (py/objdict.c)
extern const mp_obj_type_t mp_type_range;
extern const mp_obj_type_t mp_type_set;
extern const mp_obj_type_t mp_type_frozenset;
extern const mp_obj_type_t mp_type_slice;
extern const mp_obj_type_t mp_type_zip;
extern const mp_obj_type_t mp_type_reversed;
extern const mp_obj_type_t mp_type_array;
extern const mp_obj_type_t mp_type_super;
extern const mp_obj_type_t mp_type_gen_wrap;
extern const mp_obj_type_t mp_type_gen_instance;
extern const mp_obj_type_t mp_type_coro_instance;   // (optional: coroutines may reuse gen_instance)
extern const mp_obj_type_t mp_type_async_gen_instance;   // py/objasyncgen.c
extern const mp_obj_type_t mp_type_fun_builtin_0;
extern const mp_obj_type_t mp_type_fun_builtin_1;
extern const mp_obj_type_t mp_type_fun_builtin_2;
extern const mp_obj_type_t mp_type_fun_builtin_3;
extern const mp_obj_type_t mp_type_fun_builtin_var;
extern const mp_obj_type_t mp_type_fun_bc;
extern const mp_obj_type_t mp_type_closure;
extern const mp_obj_type_t mp_type_cell;
extern const mp_obj_type_t mp_type_bound_meth;
extern const mp_obj_type_t mp_type_method_descr;    // list.append: checks self (py/objmethoddescr.c)
extern const mp_obj_type_t mp_type_module;
extern const mp_obj_type_t mp_type_staticmethod;
extern const mp_obj_type_t mp_type_classmethod;
extern const mp_obj_type_t mp_type_property;
extern const mp_obj_type_t mp_type_stringio;
extern const mp_obj_type_t mp_type_bytesio;
extern const mp_obj_type_t mp_type_iobase;
extern const mp_obj_type_t mp_type_polymorph_iter;
extern const mp_obj_type_t mp_type_dict_view;

// Exceptions (py/objexcept.c)
extern const mp_obj_type_t mp_type_BaseException;
extern const mp_obj_type_t mp_type_ArithmeticError;
extern const mp_obj_type_t mp_type_AssertionError;
extern const mp_obj_type_t mp_type_AttributeError;
extern const mp_obj_type_t mp_type_EOFError;
extern const mp_obj_type_t mp_type_Exception;
extern const mp_obj_type_t mp_type_GeneratorExit;
extern const mp_obj_type_t mp_type_ImportError;
extern const mp_obj_type_t mp_type_IndentationError;
extern const mp_obj_type_t mp_type_IndexError;
extern const mp_obj_type_t mp_type_KeyboardInterrupt;
extern const mp_obj_type_t mp_type_KeyError;
extern const mp_obj_type_t mp_type_LookupError;
extern const mp_obj_type_t mp_type_MemoryError;
extern const mp_obj_type_t mp_type_NameError;
extern const mp_obj_type_t mp_type_NotImplementedError;
extern const mp_obj_type_t mp_type_OSError;
extern const mp_obj_type_t mp_type_OverflowError;
extern const mp_obj_type_t mp_type_RuntimeError;
extern const mp_obj_type_t mp_type_RecursionError;  // alias? CPython has it; MicroPython raises RuntimeError
extern const mp_obj_type_t mp_type_StopAsyncIteration;
extern const mp_obj_type_t mp_type_StopIteration;
extern const mp_obj_type_t mp_type_SyntaxError;
extern const mp_obj_type_t mp_type_SystemExit;
extern const mp_obj_type_t mp_type_TypeError;
extern const mp_obj_type_t mp_type_UnboundLocalError;
extern const mp_obj_type_t mp_type_UnicodeError;
extern const mp_obj_type_t mp_type_ValueError;
extern const mp_obj_type_t mp_type_ZeroDivisionError;
extern const mp_obj_type_t mp_type_ModuleNotFoundError;
extern const mp_obj_type_t mp_type_FileNotFoundError;
extern const mp_obj_type_t mp_type_FileExistsError;
extern const mp_obj_type_t mp_type_PermissionError;
extern const mp_obj_type_t mp_type_IsADirectoryError;
extern const mp_obj_type_t mp_type_NotADirectoryError;
extern const mp_obj_type_t mp_type_TimeoutError;
extern const mp_obj_type_t mp_type_BlockingIOError;
extern const mp_obj_type_t mp_type_ConnectionError;
extern const mp_obj_type_t mp_type_BrokenPipeError;
extern const mp_obj_type_t mp_type_ConnectionRefusedError;
extern const mp_obj_type_t mp_type_ConnectionResetError;
extern const mp_obj_type_t mp_type_InterruptedError;
extern const mp_obj_type_t mp_type_UnicodeDecodeError;
extern const mp_obj_type_t mp_type_UnicodeEncodeError;
extern const mp_obj_type_t mp_type_Warning;
extern const mp_obj_type_t mp_type_BufferError;
extern const mp_obj_type_t mp_type_ReferenceError;
extern const mp_obj_type_t mp_type_ProcessLookupError;
extern const mp_obj_type_t mp_type_ChildProcessError;
extern const mp_obj_type_t mp_type_ConnectionAbortedError;
extern const mp_obj_type_t mp_type_UserWarning;
extern const mp_obj_type_t mp_type_DeprecationWarning;
extern const mp_obj_type_t mp_type_RuntimeWarning;

// ---- type queries ----
static inline const mp_obj_type_t *mp_obj_get_type(mp_const_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return &mp_type_int;
    } else if (mp_obj_is_qstr(o)) {
        return &mp_type_str;
    }
    return ((const mp_obj_base_t *)o)->type;
}
#define mp_obj_is_type(o, t) (mp_obj_is_obj(o) && (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == (t)))
#define mp_obj_is_exact_type(o, t) mp_obj_is_type(o, t)
#define mp_obj_is_int(o) (mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int) || mp_obj_is_type(o, &mp_type_bool))
#define mp_obj_is_str(o) (mp_obj_is_qstr(o) || mp_obj_is_type(o, &mp_type_str))
#define mp_obj_is_str_or_bytes(o) (mp_obj_is_qstr(o) || (mp_obj_is_obj(o) && (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_str || ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_bytes)))
#define mp_obj_is_float(o) mp_obj_is_type(o, &mp_type_float)
const char *mp_obj_get_type_str(mp_const_obj_t o_in);
bool mp_obj_is_subclass(const mp_obj_type_t *a, const mp_obj_type_t *b);
bool mp_obj_isinstance(mp_obj_t obj, const mp_obj_type_t *t); // incl. subclasses
bool mp_obj_is_callable(mp_obj_t o_in);
bool mp_obj_is_exception_type(mp_obj_t o);
bool mp_obj_is_exception_instance(mp_obj_t o);

// ---- generic object operations (py/obj.c) ----
void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind);
void mp_obj_print(mp_obj_t o, mp_print_kind_t kind);  // to stdout
// Traceback + "Type: msg". Never raises (a failing __str__ prints "<exception str() failed>")
// and needs no heap for built-in exceptions with str/int arguments.
void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc);
// Prints o; an exception raised while printing is swallowed (returns false).
bool mp_obj_print_protected(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
bool mp_obj_is_true(mp_obj_t arg);
bool mp_obj_equal(mp_obj_t o1, mp_obj_t o2);      // ==, may call __eq__
mp_obj_t mp_obj_equal_not_equal(mp_binary_op_t op, mp_obj_t o1, mp_obj_t o2);
mp_int_t mp_obj_hash(mp_obj_t o);                 // raises TypeError if unhashable
mp_int_t mp_obj_get_int(mp_const_obj_t arg);      // int/bool (or __index__); raises TypeError; OverflowError if too big
mp_int_t mp_obj_get_int_truncated(mp_const_obj_t arg); // low bits of an int
bool mp_obj_get_int_maybe(mp_const_obj_t arg, mp_int_t *value);
bool mp_obj_int_as_int_maybe(mp_const_obj_t arg, mp_int_t *value); // an exact int: false when it does not fit
double mp_obj_get_float(mp_obj_t self_in);        // int, bool, float (and __float__); raises TypeError
bool mp_obj_get_float_maybe(mp_obj_t arg, double *value);
void mp_obj_get_complex(mp_obj_t self_in, double *real, double *imag);
void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items); // tuple or list (no copy)
void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items); // raises ValueError on size mismatch
size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice); // normalises, raises IndexError "<type> index out of range"
mp_obj_t mp_obj_len(mp_obj_t o_in);               // raises TypeError "object of type 'X' has no len()"
mp_obj_t mp_obj_len_maybe(mp_obj_t o_in);         // MP_OBJ_NULL if no len
mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t val); // generic subscr (raises)
mp_obj_t mp_obj_id(mp_obj_t o_in);
mp_obj_t mp_generic_unary_op(mp_unary_op_t op, mp_obj_t o_in); // hash by identity

// ---- None / bool ----
// py/objnone.c, py/objbool.c

// ---- int (py/objint.c; bigints in py/mpz.c) ----
typedef struct _mp_obj_int_t mp_obj_int_t; // opaque outside objint.c (holds an mpz_t)
mp_obj_t mp_obj_new_int(mp_int_t value);            // small int if it fits, else bigint
mp_obj_t mp_obj_new_int_from_uint(mp_uint_t value);
mp_obj_t mp_obj_new_int_from_ll(long long val);
mp_obj_t mp_obj_new_int_from_ull(unsigned long long val);
mp_obj_t mp_obj_new_int_from_float(double val);     // truncates; raises OverflowError/ValueError for inf/nan
// Parses an int literal/int() string: optional whitespace, sign, base prefix (if base 0 or
// matching), underscores between digits. Raises ValueError "invalid literal for int() with base %d: %r".
mp_obj_t mp_obj_new_int_from_str_len(const char **str, size_t len, bool neg, unsigned int base);
mp_obj_t mp_parse_num_integer(const char *restrict str, size_t len, int base);
mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in); // either may be small or big
mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o_in);
mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exponent, mp_obj_t modulus);
bool mp_obj_int_is_big(mp_const_obj_t o);
int mp_obj_int_sign(mp_obj_t self_in);
mp_obj_t mp_obj_int_abs(mp_obj_t self_in);
double mp_obj_int_as_float(mp_obj_t self_in);      // correctly rounded; raises OverflowError
// Formats an int (small or big) in `base` with optional prefix ("0x"), into a vstr.
void mp_obj_int_format(vstr_t *vstr, mp_obj_t self_in, int base, const char *prefix, bool upper);
void mp_obj_int_to_bytes(mp_obj_t self_in, bool big_endian, bool is_signed, size_t len, byte *buf); // raises OverflowError
mp_obj_t mp_obj_int_from_bytes(bool big_endian, bool is_signed, size_t len, const byte *buf);
mp_obj_t mp_obj_int_gcd(mp_obj_t a, mp_obj_t b);        // ints (small or big); result >= 0

// ---- float / complex (py/objfloat.c, py/objcomplex.c, py/formatfloat.c) ----
typedef struct _mp_obj_float_t { mp_obj_base_t base; double value; } mp_obj_float_t;
mp_obj_t mp_obj_new_float(double value);
static inline double mp_obj_float_get(mp_obj_t self_in) { return ((mp_obj_float_t *)MP_OBJ_TO_PTR(self_in))->value; }
mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, double lhs_val, mp_obj_t rhs); // NULL if unsupported
mp_obj_t mp_obj_new_complex(double real, double imag);
mp_obj_t mp_obj_complex_binary_op(mp_binary_op_t op, double lhs_real, double lhs_imag, mp_obj_t rhs_in);
// Parses a float literal or float() argument ("1.5e3", "inf", "nan", "-0"); raises ValueError.
mp_obj_t mp_parse_num_float(const char *str, size_t len, bool allow_imag, bool force_complex);
// Shortest round-trip repr, exactly as CPython's repr(float): "0.1", "1e+16", "inf", "-0.0".
void mp_format_float_repr(vstr_t *vstr, double d);
// printf-style formatting for %e %f %g %E %F %G and format-spec types; precision < 0 = default.
void mp_format_float(vstr_t *vstr, double d, char fmt, int precision, bool alt_form);
// complex(str): "1+2j", "(-j)", " 3.5 "; raises ValueError "complex() arg is a malformed string".
mp_obj_t mp_parse_num_complex(const char *str, size_t len);
// round(x) / round(x, ndigits): ints and floats (half-even, exact), else x.__round__(...).
mp_obj_t mp_obj_round(mp_obj_t x, mp_obj_t ndigits_or_null);

// ---- str / bytes (py/objstr.c, py/objstrunicode.c) ----
typedef struct _mp_obj_str_t {
    mp_obj_base_t base;
    size_t hash;        // 0 = not yet computed
    size_t len;         // bytes (UTF-8 for str)
    const byte *data;   // NOT always NUL-terminated (strs sharing a growth buffer, py/objstr.c):
                        // for a C string use mp_obj_str_get_str / mp_obj_str_get_cstr
} mp_obj_str_t;
mp_obj_t mp_obj_new_str(const char *data, size_t len);      // interns short strings? no: heap str; checks nothing
mp_obj_t mp_obj_new_str_copy(const mp_obj_type_t *type, const byte *data, size_t len);
mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len); // interns: returns a qstr object
mp_obj_t mp_obj_str_ascii_char(byte c);                      // the shared one-char str of c < 0x80 (a qstr)
mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr);            // takes ownership of vstr's buffer
mp_obj_t mp_obj_new_bytes(const byte *data, size_t len);
mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr);
mp_obj_t mp_obj_new_bytearray(size_t n, const void *items);
mp_obj_t mp_obj_new_bytearray_by_ref(size_t n, void *items);
mp_obj_t mp_obj_new_memoryview(byte typecode, size_t nitems, void *items);
const char *mp_obj_str_get_str(mp_obj_t self_in);           // str/qstr only (TypeError else); NUL-terminated
const char *mp_obj_str_get_data(mp_obj_t self_in, size_t *len); // str, qstr or bytes; NOT NUL-terminated
const char *mp_obj_str_get_cstr(mp_obj_t self_in, size_t *len); // str, qstr or bytes; NUL-terminated (maybe a copy)
qstr mp_obj_str_get_qstr(mp_obj_t self_in);                 // interns if needed
size_t mp_obj_str_get_hash(mp_obj_t self_in);
bool mp_obj_str_equal(mp_obj_t s1, mp_obj_t s2);
mp_obj_t mp_obj_str_intern(mp_obj_t str);                   // str -> qstr object
void mp_str_print_quoted(const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes);
void mp_str_print_bytearray_quoted(const mp_print_t *print, const byte *data, size_t len);
mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
// str % args and str.format(*args, **kwargs) (py/objstr.c or py/modformat.c)
mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs);
mp_obj_t mp_obj_str_format_map(mp_obj_t template, mp_obj_t mapping); // named fields: mapping[name]
// format(value, spec): the format-spec mini-language for int/float/str/complex
mp_obj_t mp_obj_format_value(mp_obj_t value, mp_obj_t spec);
extern const struct _mp_obj_fun_builtin_var_t mp_builtin_format_obj; // format(value[, spec]) (py/objstrformat.c)
bool mp_get_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);
void mp_get_buffer_raise(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);
#define GET_STR_DATA_LEN(str_obj_in, str, str_len) \
    const byte *str; size_t str_len; \
    if (mp_obj_is_qstr(str_obj_in)) { str = qstr_data(MP_OBJ_QSTR_VALUE(str_obj_in), &str_len); } \
    else { str_len = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->len; str = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->data; }

// ---- tuple / list (py/objtuple.c, py/objlist.c) ----
typedef struct _mp_obj_tuple_t {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[];
} mp_obj_tuple_t;
typedef struct _mp_obj_list_t {
    mp_obj_base_t base;
    size_t alloc;
    size_t len;
    mp_obj_t *items;
} mp_obj_list_t;
mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items);  // items may be NULL: then zero-filled
mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items);   // items may be NULL: len n of MP_OBJ_NULL (fill them!)
mp_obj_t mp_obj_list_append(mp_obj_t self_in, mp_obj_t arg);
void mp_obj_list_get(mp_obj_t self_in, size_t *len, mp_obj_t **items);
void mp_obj_list_set_len(mp_obj_t self_in, size_t len);
void mp_obj_tuple_get(mp_obj_t self_in, size_t *len, mp_obj_t **items);
mp_obj_t mp_obj_list_sort(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs); // list.sort(key=, reverse=)
mp_obj_t mp_obj_tuple_hash(mp_obj_t self_in);
// Helpers shared by the sequence types (py/objtuple.c): lexicographic comparison for op in
// LESS/MORE/LESS_EQUAL/MORE_EQUAL/EQUAL/NOT_EQUAL; count of items equal to value; first index of
// value in items[start:stop] or -1.
bool mp_seq_cmp_objs(mp_binary_op_t op, const mp_obj_t *items1, size_t len1, const mp_obj_t *items2, size_t len2);
size_t mp_seq_count_obj(const mp_obj_t *items, size_t len, mp_obj_t value);
mp_int_t mp_seq_find_obj(const mp_obj_t *items, size_t len, mp_obj_t value, size_t start, size_t stop);
// Prints o with body(), or `recursive_text` if o is already being printed further up (a list
// containing itself prints as [...]). Used by the container types (py/objlist.c).
void mp_obj_print_guarded(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind, mp_print_fun_t body, const char *recursive_text);
#define MP_OBJ_PRINT_GUARD_MAX (64)   // objects the repr recursion guard tracks
size_t mp_obj_print_guard_save(mp_obj_t *dest);   // dest: MP_OBJ_PRINT_GUARD_MAX slots; returns the depth
void mp_obj_print_guard_restore(const mp_obj_t *src, size_t depth);

// ---- dict / set (py/objdict.c, py/objset.c) ----
typedef struct _mp_obj_dict_t {
    mp_obj_base_t base;
    mp_map_t map;
} mp_obj_dict_t;
mp_obj_t mp_obj_new_dict(size_t n_args);
size_t mp_obj_dict_len(mp_obj_t self_in);
mp_obj_t mp_obj_dict_get(mp_obj_t self_in, mp_obj_t index); // raises KeyError
mp_obj_t mp_obj_dict_store(mp_obj_t self_in, mp_obj_t key, mp_obj_t value);
mp_obj_t mp_obj_dict_delete(mp_obj_t self_in, mp_obj_t key);
static inline mp_map_t *mp_obj_dict_get_map(mp_obj_t dict) { return &((mp_obj_dict_t *)MP_OBJ_TO_PTR(dict))->map; }
// A ROM dict: static const table of qstr keys, e.g. the methods of a built-in type.
#define MP_DEFINE_CONST_DICT(dict_name, table_name) \
    const mp_obj_dict_t dict_name = { \
        .base = {&mp_type_dict}, \
        .map = { .all_keys_are_qstrs = 1, .is_fixed = 1, \
                 .used = MP_ARRAY_SIZE(table_name), .filled = MP_ARRAY_SIZE(table_name), \
                 .alloc = MP_ARRAY_SIZE(table_name), \
                 .table = (mp_map_elem_t *)(mp_rom_map_elem_t *)table_name, .index = NULL, }, \
    }
mp_obj_t mp_obj_new_set(size_t n_args, mp_obj_t *items);
void mp_obj_set_store(mp_obj_t self_in, mp_obj_t item);

// ---- slice / range ----
typedef struct _mp_obj_slice_t {
    mp_obj_base_t base;
    mp_obj_t start, stop, step;
} mp_obj_slice_t;
typedef struct { mp_int_t start, stop, step; } mp_bound_slice_t;
mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
// Python's slice.indices(len): returns normalised start/stop/step; raises ValueError for step 0.
void mp_obj_slice_indices(mp_obj_t self_in, mp_int_t length, mp_bound_slice_t *result);
// The same for a mutable sequence: *length is read after the bounds are converted (which may
// run __index__ and resize the sequence), so the result fits the sequence as it is then.
void mp_obj_slice_indices_live(mp_obj_t self_in, const size_t *length, mp_bound_slice_t *result);
mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_obj_range_reversed(mp_obj_t self_in);          // range(...)[::-1] without overflow

// ---- functions (py/objfun.c) ----
// Built-in (C) functions. Define with the macros below; they are ROM objects.
typedef mp_obj_t (*mp_fun_0_t)(void);
typedef mp_obj_t (*mp_fun_1_t)(mp_obj_t);
typedef mp_obj_t (*mp_fun_2_t)(mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_3_t)(mp_obj_t, mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_var_t)(size_t n, const mp_obj_t *);
// kwargs: a map of the keyword args (keys are qstr objects) — may be an empty map
typedef mp_obj_t (*mp_fun_kw_t)(size_t n, const mp_obj_t *, mp_map_t *);

typedef struct _mp_obj_fun_builtin_fixed_t {
    mp_obj_base_t base;
    union { mp_fun_0_t _0; mp_fun_1_t _1; mp_fun_2_t _2; mp_fun_3_t _3; } fun;
} mp_obj_fun_builtin_fixed_t;

#define MP_OBJ_FUN_ARGS_MAX (0xffff)
typedef struct _mp_obj_fun_builtin_var_t {
    mp_obj_base_t base;
    uint16_t n_args_min;   // inclusive
    uint16_t n_args_max;   // inclusive
    bool takes_kw;
    union { mp_fun_var_t var; mp_fun_kw_t kw; } fun;
} mp_obj_fun_builtin_var_t;

#define MP_DEFINE_CONST_FUN_OBJ_0(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = {{&mp_type_fun_builtin_0}, .fun._0 = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_1(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = {{&mp_type_fun_builtin_1}, .fun._1 = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_2(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = {{&mp_type_fun_builtin_2}, .fun._2 = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_3(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = {{&mp_type_fun_builtin_3}, .fun._3 = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_VAR(obj_name, n_args_min, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = {{&mp_type_fun_builtin_var}, n_args_min, MP_OBJ_FUN_ARGS_MAX, false, .fun.var = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(obj_name, n_args_min, n_args_max, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = {{&mp_type_fun_builtin_var}, n_args_min, n_args_max, false, .fun.var = fun_name}
#define MP_DEFINE_CONST_FUN_OBJ_KW(obj_name, n_args_min, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = {{&mp_type_fun_builtin_var}, n_args_min, MP_OBJ_FUN_ARGS_MAX, true, .fun.kw = fun_name}

// Static/class methods wrapping a ROM function (for locals dicts of built-in types).
typedef struct _mp_rom_obj_static_class_method_t {
    mp_obj_base_t base;
    mp_obj_t fun;
} mp_rom_obj_static_class_method_t;
#define MP_DEFINE_CONST_STATICMETHOD_OBJ(obj_name, fun_name) \
    const mp_rom_obj_static_class_method_t obj_name = {{&mp_type_staticmethod}, fun_name}
#define MP_DEFINE_CONST_CLASSMETHOD_OBJ(obj_name, fun_name) \
    const mp_rom_obj_static_class_method_t obj_name = {{&mp_type_classmethod}, fun_name}

mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self);
mp_obj_t mp_obj_new_cell(mp_obj_t obj);
typedef struct _mp_obj_cell_t { mp_obj_base_t base; mp_obj_t obj; } mp_obj_cell_t; // obj NULL = empty
static inline mp_obj_t mp_obj_cell_get(mp_obj_t self_in) { return ((mp_obj_cell_t *)MP_OBJ_TO_PTR(self_in))->obj; }
static inline void mp_obj_cell_set(mp_obj_t self_in, mp_obj_t obj) { ((mp_obj_cell_t *)MP_OBJ_TO_PTR(self_in))->obj = obj; }
qstr mp_obj_fun_get_name(mp_const_obj_t fun);

// ---- modules (py/objmodule.c) ----
typedef struct _mp_obj_module_t {
    mp_obj_base_t base;
    mp_obj_dict_t *globals;
} mp_obj_module_t;
mp_obj_t mp_obj_new_module(qstr module_name);
static inline mp_obj_dict_t *mp_obj_module_get_globals(mp_obj_t module) { return ((mp_obj_module_t *)MP_OBJ_TO_PTR(module))->globals; }
// Built-in modules register themselves; tools/makemoduledefs.py collects these lines:
//   MP_REGISTER_MODULE(MP_QSTR_math, mp_module_math);
#define MP_REGISTER_MODULE(module_name, obj_module)

// ---- exceptions (py/objexcept.c) ----
typedef struct _mp_obj_exception_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *args;
    size_t traceback_alloc : (8 * sizeof(size_t) / 2);
    size_t traceback_len : (8 * sizeof(size_t) / 2);
    size_t *traceback_data;           // triples: (file qstr, line, block/function qstr)
    mp_obj_t cause;                   // __cause__ (raise ... from), or NULL
    mp_obj_t context;                 // __context__, or NULL
    bool suppress_context;
    struct _mp_obj_dict_t *dict;      // attributes assigned to the instance (e.extra = 1), or NULL
} mp_obj_exception_t;
mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type);
mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg);
mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg);
mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...); // mp_printf formats
mp_obj_t mp_obj_new_exception_msg_vlist(const mp_obj_type_t *exc_type, const char *fmt, va_list ap);
bool mp_obj_exception_match(mp_obj_t exc, mp_const_obj_t exc_type); // exc instance matches type (or subclass)
void mp_obj_exception_clear_traceback(mp_obj_t self_in);
void mp_obj_exception_reserve_traceback(mp_obj_t self_in, size_t n_frames); // room for n frames, allocated now
void mp_obj_exception_add_traceback(mp_obj_t self_in, qstr file, size_t line, qstr block);
void mp_obj_exception_get_traceback(mp_obj_t self_in, size_t *n, size_t **values);
mp_obj_t mp_obj_exception_get_value(mp_obj_t self_in); // args[0] or None (StopIteration.value)
mp_obj_exception_t *mp_obj_exception_get_native(mp_obj_t self_in); // for instances of subclasses too

// ---- instances of user classes (py/objtype.c) ----
// Attribute lookup order: data descriptors (property) of the class MRO, then `members`, then
// the class MRO's dicts (methods are bound lazily). When the type lacks
// MP_TYPE_FLAG_HAS_DATA_DESCR, a hit in `members` is final (the VM's fast path relies on it).
// subobj[0] holds the native object when the class derives from a built-in type other than
// object (list, dict, int, str, Exception, ...); it is MP_OBJ_NULL until __init__/__new__ ran.
// (dict_base, members) has the layout of an mp_obj_dict_t: obj.__dict__ is that embedded dict,
// so mutating __dict__ mutates the attributes (an interior pointer keeps the instance alive).
typedef struct _mp_obj_instance_t {
    mp_obj_base_t base;
    mp_obj_base_t dict_base;   // always &mp_type_dict
    mp_map_t members;
    mp_obj_t subobj[];
} mp_obj_instance_t;
mp_obj_t mp_obj_new_instance(const mp_obj_type_t *cls, const mp_obj_type_t **native_base);
mp_obj_t mp_obj_new_type(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict); // type(name, bases, dict)
// The built-in type a class derives from (NULL if only object); returns how many such bases.
size_t mp_obj_type_find_native_base(const mp_obj_type_t *type, const mp_obj_type_t **base);
// Looks `attr` up along type's MRO; returns the raw class attribute or MP_OBJ_NULL.
mp_obj_t mp_obj_type_lookup(const mp_obj_type_t *type, qstr attr);
// A built-in type's operator method (__add__, __radd__, __neg__...) made from its slots, or MP_OBJ_NULL.
mp_obj_t mp_obj_type_native_op_lookup(const mp_obj_type_t *type, qstr attr);
// Whether m is one of the methods the lookup above makes (a built-in's own, not user code).
bool mp_obj_is_native_op_meth(mp_obj_t m);
// f.__get__(obj, owner=None) for functions, staticmethod and classmethod (py/objtype.c)
extern const struct _mp_obj_fun_builtin_var_t mp_descr_get_obj;
// The object that stands for type t in Python code: its metaclass instance, or t itself.
static inline mp_obj_t mp_obj_type_public(const mp_obj_type_t *t) {
    return t->meta_instance != MP_OBJ_NULL ? t->meta_instance : MP_OBJ_FROM_PTR(t);
}
// For a class with MP_TYPE_FLAG_HAS_SLOTS: whether attr is one of the __slots__ along its MRO.
bool mp_obj_type_slot_allowed(const mp_obj_type_t *type, qstr attr);
// For a native (built-in) object wrapped in an instance: the native object, else self.
mp_obj_t mp_obj_get_native(mp_obj_t self_in, const mp_obj_type_t *native_type);
// A built-in method fetched from its class: calling it checks (and unwraps) self first.
mp_obj_t mp_obj_new_method_descr(const mp_obj_type_t *owner, qstr name, mp_obj_t fun);

// ---- iteration helpers (py/runtime.c) ----
mp_obj_t mp_obj_new_getitem_iter(mp_obj_t obj); // iterator over __getitem__ with 0,1,2...
// An iterator whose next step is a C function stored in the object (py/objpolyiter.c): make
// the struct the first member of your iterator and set base.type = &mp_type_polymorph_iter.
typedef struct _mp_obj_polymorph_iter_t {
    mp_obj_base_t base;
    mp_fun_1_t iternext;   // returns MP_OBJ_STOP_ITERATION when exhausted
} mp_obj_polymorph_iter_t;

#endif // MICROPY_INCLUDED_PY_OBJ_H
