// py/objstr.h: internals shared by the str/bytes/bytearray/array/io files (objstr.c,
// objstrcodec.c, objstrformat.c, objarray.c, modio.c). Not part of the public contract (see py/obj.h).
//
// Layout of a str/bytes object created by objstr.c: one heap block
//
//   +-------------+------+-----+------+-------------+-----------+-----+
//   | base (type) | hash | len | data | charlen + 1 | bytes ... | NUL |
//   +-------------+------+-----+------+-------------+-----------+-----+
//   \_______ mp_obj_str_t ____________/              ^ data points here
//
// `data` pointing just past the header is how we recognise a block. The other shape of heap
// str, a bare header on a shared growth buffer made by concatenation, is described at the top
// of py/objstr.c; every mp_obj_str_t in the GC heap must be one of the two (allocate strs only
// through these functions), and only those cache their hash (a str built elsewhere may be ROM).
#ifndef MICROPY_INCLUDED_PY_OBJSTR_H
#define MICROPY_INCLUDED_PY_OBJSTR_H

#include "py/obj.h"

// bytearray and array.array: `len` items of `typecode`, `free` spare items allocated after them.
typedef struct _mp_obj_array_t {
    mp_obj_base_t base;
    size_t typecode : 8;
    size_t free : (8 * sizeof(size_t) - 8);
    size_t len;        // in items
    void *items;
} mp_obj_array_t;

// memoryview: a window of `len` items on memory owned by `obj` (kept alive through this pointer).
// Item i of a 1-D view is at items + i * stride; an N-D view (cast with a shape) is C-contiguous
// with `shape` holding its ndim sizes and `len` their product. py/objarray.c has the details.
typedef struct _mp_obj_memoryview_t {
    mp_obj_base_t base;
    byte typecode;
    bool readonly;
    uint8_t ndim;      // 1, or the length of shape
    size_t len;        // in items (all dimensions)
    byte *items;       // item 0
    mp_int_t stride;   // 1-D: bytes from one item to the next (negative: reversed); N-D: itemsize
    size_t *shape;     // N-D views only, else NULL
    mp_obj_t obj;      // the exporter (may be MP_OBJ_NULL for views over C memory)
    size_t offset;     // bytes from the start of obj's buffer to items (resizable exporters)
} mp_obj_memoryview_t;

// Size in bytes of one item of an array typecode ('b', 'H', 'd', ...); 0 if invalid.
size_t mp_array_typecode_size(int typecode);
// Reads/writes item `index` of an array of `typecode` at `items`.
mp_obj_t mp_array_get_item(int typecode, const void *items, size_t index);
void mp_array_set_item(int typecode, void *items, size_t index, mp_obj_t val);

// A new str/bytes of `len` bytes whose contents the caller fills in (data[len] is already NUL).
mp_obj_t mp_obj_str_alloc(const mp_obj_type_t *type, size_t len, byte **data);
// The same, but MP_OBJ_NULL instead of MemoryError (for the MemoryError path itself).
mp_obj_t mp_obj_str_alloc_maybe(const mp_obj_type_t *type, size_t len, byte **data);

// A vstr that becomes a str/bytes object without a copy: its first MP_STR_VSTR_HEADER bytes are
// reserved for the object header (vstr->len starts there); append content with the vstr_*
// functions, then finish. The vstr must not be used afterwards.
void mp_str_vstr_init(vstr_t *vstr, size_t hint);
mp_obj_t mp_str_vstr_finish(vstr_t *vstr, const mp_obj_type_t *type);

// Codecs (py/objstrcodec.c). enc/err are str objects or MP_OBJ_NULL (utf-8, strict).
// Unicode classes and case mappings of one code point (py/unicode.c).
bool mp_uni_isupper(uint32_t c);
bool mp_uni_islower(uint32_t c);
bool mp_uni_iscased(uint32_t c);
bool mp_uni_isupper_or_title(uint32_t c);
bool mp_uni_isalpha(uint32_t c);
bool mp_uni_isdigit(uint32_t c);
bool mp_uni_isdecimal(uint32_t c);
bool mp_uni_isnumeric(uint32_t c);
bool mp_uni_isspace(uint32_t c);
bool mp_uni_isprintable(uint32_t c);
bool mp_uni_isident(uint32_t c, bool first);
// The full case mapping of c into out[0..2]; returns the number of code points.
enum { MP_UNI_LOWER, MP_UNI_UPPER, MP_UNI_TITLE, MP_UNI_FOLD };
size_t mp_uni_map_full(uint32_t c, int kind, uint32_t out[3]);
// int()/float() text with Unicode decimal digits and spaces made ASCII, or NULL (py/objstr.c).
char *mp_str_ascii_numeric(const char *s, size_t len, size_t *out_len);
mp_obj_t mp_str_decode_bytes(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err);
mp_obj_t mp_str_encode(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err);

// `fmt % args` for str and bytes (py/objstrformat.c).
mp_obj_t mp_obj_str_modulo(mp_obj_t fmt, mp_obj_t args, bool is_bytes);

// bytearray's methods: the bytes methods of objstr.c (they accept a bytearray self and keep its
// kind in results) plus the mutating ones below, defined in objarray.c. The table lives in
// objstr.c next to the bytes table it mirrors.
extern const mp_obj_dict_t mp_bytearray_locals_dict;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_append_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_extend_obj;
extern const mp_obj_fun_builtin_var_t mp_bytearray_pop_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_insert_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_remove_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_clear_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_reverse_obj;
extern const mp_obj_fun_builtin_fixed_t mp_bytearray_copy_obj;

// bytes.hex / bytearray.hex / memoryview.hex over any buffer.
mp_obj_t mp_obj_bytes_hex(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs);
extern const mp_obj_fun_builtin_var_t mp_obj_bytes_hex_obj;
extern const mp_obj_fun_builtin_var_t mp_obj_bytes_decode_obj;
extern const mp_rom_obj_static_class_method_t mp_obj_bytes_fromhex_obj;   // classmethod (py/objstrcodec.c)

#endif
