// lib/uctypes/moductypes.c: MicroPython's uctypes module, C structures described by dicts.
//
// A descriptor is a dict {name: field}. A field is either
//   an int (a scalar):  offset | TYPE                       (TYPE one of UINT8 .. FLOAT64)
//                       offset | BFTYPE | pos << BF_POS | len << BF_LEN   (a bitfield)
//   or a tuple (an aggregate):
//                       (offset, {desc})                     nested struct
//                       (offset | PTR, TYPE) / (offset | PTR, {desc})     pointer
//                       (offset | ARRAY, n | TYPE) / (offset | ARRAY, n, {desc})  array
// Bit layout of the ints (all fit a 31-bit signed small int):
//   scalar:  bits 27..30 type (0..7 UINT8,INT8,..,INT64; 8 FLOAT32; 9 FLOAT64; 10..15 BFUINT8,
//            BFINT8, BFUINT16, BFINT16, BFUINT32, BFINT32); bits 0..26 offset, except for
//            bitfields: bits 22..26 len, 17..21 bit position (from the LSB), 0..16 offset
//   tuple[0]: bits 29..30 aggregate kind (0 struct, 1 PTR, 2 ARRAY), bits 0..28 offset
//   ARRAY tuple[1]: n in bits 0..26, element TYPE in bits 27..30 (ignored with a 3rd item)
//
// A struct object (uctypes_struct_t) is (address, descriptor, layout). Its descriptor is a dict
// (a struct: fields as attributes) or an aggregate tuple (an array or pointer: subscripted);
// the aggregate's own offset is already folded into the address.
//
// Safety: raw addresses are trusted, as in C: a wrong address crashes the process. Addresses
// inside the GC heap (addressof(bytearray), a buffer given directly, pointers into the heap)
// are checked: the object remembers the heap allocation holding its address (`owner`, which
// also keeps that memory alive) and `limit`, the bytes usable from the address, and every
// access beyond it raises ValueError. Accesses in the first page (NULL pointers) raise too.
// Descriptors nested deeper than UCTYPES_MAX_DEPTH (or cyclic) raise ValueError.
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"

#define UCTYPES_LITTLE_ENDIAN 0
#define UCTYPES_BIG_ENDIAN 1
#define UCTYPES_NATIVE 2

#define UCTYPES_TYPE_SHIFT 27
#define UCTYPES_BF_POS 17
#define UCTYPES_BF_LEN 22
#define UCTYPES_AGG_SHIFT 29
#define UCTYPES_AGG_STRUCT 0
#define UCTYPES_AGG_PTR 1
#define UCTYPES_AGG_ARRAY 2
#define UCTYPES_OFFSET_MASK (((mp_uint_t)1 << UCTYPES_TYPE_SHIFT) - 1)
#define UCTYPES_BF_OFFSET_MASK (((mp_uint_t)1 << UCTYPES_BF_POS) - 1)
#define UCTYPES_AGG_OFFSET_MASK (((mp_uint_t)1 << UCTYPES_AGG_SHIFT) - 1)
#define UCTYPES_MAX_DEPTH 64
#define UCTYPES_NULL_PAGE 4096

enum {
    UCTYPES_UINT8, UCTYPES_INT8, UCTYPES_UINT16, UCTYPES_INT16,
    UCTYPES_UINT32, UCTYPES_INT32, UCTYPES_UINT64, UCTYPES_INT64,
    UCTYPES_FLOAT32, UCTYPES_FLOAT64,
    UCTYPES_BFUINT8, UCTYPES_BFINT8, UCTYPES_BFUINT16, UCTYPES_BFINT16, UCTYPES_BFUINT32, UCTYPES_BFINT32,
};

typedef struct _uctypes_struct_t {
    mp_obj_base_t base;
    mp_obj_t desc;      // dict (struct) or tuple (aggregate)
    byte *addr;
    void *owner;        // head of the GC allocation holding addr, or NULL (raw memory)
    size_t limit;       // with owner: bytes usable from addr
    uint8_t layout;
} uctypes_struct_t;

extern const mp_obj_type_t uctypes_struct_type;

// Bytes of a scalar type (bitfields: of their storage unit).
static size_t uctypes_scalar_size(unsigned t) {
    static const uint8_t sizes[16] = {1, 1, 2, 2, 4, 4, 8, 8, 4, 8, 1, 1, 2, 2, 4, 4};
    return sizes[t & 15];
}

static bool uctypes_is_dict(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict);
}

static bool uctypes_is_tuple(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_tuple);
}

static mp_uint_t uctypes_get_uint(mp_obj_t o, const char *what) {
    mp_int_t v;
    if (!mp_obj_is_int(o) || !mp_obj_get_int_maybe(o, &v) || v < 0 || v > 0x7fffffff) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: %s must be a non-negative int below 2**31", what);
    }
    return (mp_uint_t)v;
}

// An aggregate tuple's items, checked: 2 or 3 items, the first an int.
static void uctypes_agg_get(mp_obj_t t, size_t *n, mp_obj_t **items, unsigned *kind, size_t *offset) {
    mp_obj_tuple_get(t, n, items);
    if (*n < 2 || *n > 3) {
        mp_raise_TypeError("uctypes: aggregate descriptor must be a tuple of 2 or 3 items");
    }
    mp_uint_t v = uctypes_get_uint((*items)[0], "aggregate offset");
    *kind = (unsigned)(v >> UCTYPES_AGG_SHIFT);
    *offset = v & UCTYPES_AGG_OFFSET_MASK;
    if (*kind > UCTYPES_AGG_ARRAY) {
        mp_raise_ValueError("uctypes: bad aggregate type");
    }
    if (*kind != UCTYPES_AGG_ARRAY && *n != 2) {
        mp_raise_TypeError("uctypes: struct and PTR descriptors are 2-tuples");
    }
}

static size_t uctypes_desc_size(mp_obj_t desc, int layout, size_t *align, int depth);

static void uctypes_check_depth(int depth) {
    if (depth > UCTYPES_MAX_DEPTH) {
        mp_raise_ValueError("uctypes: descriptor nested too deeply (cyclic?)");
    }
    mp_stack_check();
}

// Size (and alignment) of one field: an int scalar or an aggregate tuple, ignoring its offset.
static size_t uctypes_field_size(mp_obj_t field, int layout, size_t *align, int depth, size_t *offset) {
    uctypes_check_depth(depth);
    if (mp_obj_is_int(field)) {
        mp_uint_t v = uctypes_get_uint(field, "field");
        unsigned t = (unsigned)(v >> UCTYPES_TYPE_SHIFT);
        size_t s = uctypes_scalar_size(t);
        *offset = t >= UCTYPES_BFUINT8 ? (v & UCTYPES_BF_OFFSET_MASK) : (v & UCTYPES_OFFSET_MASK);
        *align = s;
        return s;
    }
    if (!uctypes_is_tuple(field)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: field descriptor must be int or tuple, not '%s'", mp_obj_get_type_str(field));
    }
    size_t n;
    mp_obj_t *items;
    unsigned kind;
    uctypes_agg_get(field, &n, &items, &kind, offset);
    switch (kind) {
        case UCTYPES_AGG_STRUCT:
            return uctypes_desc_size(items[1], layout, align, depth + 1);
        case UCTYPES_AGG_PTR:
            *align = sizeof(void *);
            return sizeof(void *);
        default: {
            mp_uint_t v = uctypes_get_uint(items[1], "array length");
            size_t count, elem;
            if (n == 3) {
                count = v;
                elem = uctypes_desc_size(items[2], layout, align, depth + 1);
            } else {
                count = v & UCTYPES_OFFSET_MASK;
                unsigned t = (unsigned)(v >> UCTYPES_TYPE_SHIFT);
                if (t >= UCTYPES_BFUINT8) {
                    mp_raise_ValueError("uctypes: array of bitfields");
                }
                elem = uctypes_scalar_size(t);
                *align = elem;
            }
            return mp_size_mul(count, elem);
        }
    }
}

// Size of a descriptor: a dict (the end of its furthest field, in NATIVE layout rounded up to
// the largest field alignment) or an aggregate tuple.
static size_t uctypes_desc_size(mp_obj_t desc, int layout, size_t *align, int depth) {
    uctypes_check_depth(depth);
    if (uctypes_is_tuple(desc)) {
        size_t off;
        return uctypes_field_size(desc, layout, align, depth, &off);
    }
    if (!uctypes_is_dict(desc)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: descriptor must be dict or tuple, not '%s'", mp_obj_get_type_str(desc));
    }
    mp_map_t *map = mp_obj_dict_get_map(desc);
    size_t total = 0, max_align = 1;
    size_t i = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &i)) != NULL) {
        size_t a = 1, off = 0;
        size_t s = uctypes_field_size(e->value, layout, &a, depth + 1, &off);
        size_t end = mp_size_add(off, s);
        if (end > total) {
            total = end;
        }
        if (a > max_align) {
            max_align = a;
        }
    }
    if (layout == UCTYPES_NATIVE && total % max_align != 0) {
        total = mp_size_add(total, max_align - total % max_align);
    }
    *align = layout == UCTYPES_NATIVE ? max_align : 1;
    return total;
}

// ---- memory access ----

// The object for desc at addr, with the bounds of the heap allocation holding addr (if any).
static mp_obj_t uctypes_new(mp_obj_t desc, byte *addr, int layout, void *owner, size_t limit) {
    uctypes_struct_t *o = m_new_obj(uctypes_struct_t);
    o->base.type = &uctypes_struct_type;
    o->desc = desc;
    o->addr = addr;
    o->layout = (uint8_t)layout;
    o->owner = owner;
    o->limit = limit;
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t uctypes_new_at(mp_obj_t desc, byte *addr, int layout) {
    size_t n = 0;
    byte *head = gc_alloc_containing(addr, &n);
    size_t limit = head == NULL ? 0 : n - (size_t)(addr - head);
    return uctypes_new(desc, addr, layout, head, limit);
}

// A sub-object at self->addr + off, inheriting the bounds.
static mp_obj_t uctypes_new_sub(uctypes_struct_t *self, mp_obj_t desc, size_t off) {
    size_t limit = self->owner == NULL ? 0 : (off > self->limit ? 0 : self->limit - off);
    return uctypes_new(desc, self->addr + off, self->layout, self->owner, limit);
}

// Pointer to size bytes at self->addr + off, after the checks described at the top.
static byte *uctypes_at(uctypes_struct_t *self, size_t off, size_t size) {
    if (self->owner != NULL) {
        if (off > self->limit || size > self->limit - off) {
            mp_raise_ValueError("uctypes: access beyond the end of the buffer");
        }
    } else if ((uintptr_t)self->addr + off < UCTYPES_NULL_PAGE) {
        mp_raise_ValueError("uctypes: access to a NULL pointer");
    }
    return self->addr + off;
}

static uint64_t uctypes_load_uint(const byte *p, size_t size, int layout) {
    uint64_t v = 0;
    if (layout == UCTYPES_NATIVE) {
        uint8_t b8; uint16_t b16; uint32_t b32;
        switch (size) {
            case 1: memcpy(&b8, p, 1); return b8;
            case 2: memcpy(&b16, p, 2); return b16;
            case 4: memcpy(&b32, p, 4); return b32;
            default: memcpy(&v, p, 8); return v;
        }
    }
    for (size_t i = 0; i < size; i++) {
        size_t k = layout == UCTYPES_BIG_ENDIAN ? i : size - 1 - i;
        v = (v << 8) | p[k];
    }
    return v;
}

static void uctypes_store_uint(byte *p, size_t size, int layout, uint64_t v) {
    if (layout == UCTYPES_NATIVE) {
        uint8_t b8 = (uint8_t)v; uint16_t b16 = (uint16_t)v; uint32_t b32 = (uint32_t)v;
        switch (size) {
            case 1: memcpy(p, &b8, 1); return;
            case 2: memcpy(p, &b16, 2); return;
            case 4: memcpy(p, &b32, 4); return;
            default: memcpy(p, &v, 8); return;
        }
    }
    for (size_t i = 0; i < size; i++) {
        size_t k = layout == UCTYPES_BIG_ENDIAN ? size - 1 - i : i;
        p[k] = (byte)v;
        v >>= 8;
    }
}

static mp_obj_t uctypes_load_scalar(const byte *p, unsigned t, int layout) {
    size_t size = uctypes_scalar_size(t);
    uint64_t v = uctypes_load_uint(p, size, layout);
    switch (t) {
        case UCTYPES_FLOAT32: {
            uint32_t u = (uint32_t)v;
            float f;
            memcpy(&f, &u, 4);
            return mp_obj_new_float(f);
        }
        case UCTYPES_FLOAT64: {
            double d;
            memcpy(&d, &v, 8);
            return mp_obj_new_float(d);
        }
        case UCTYPES_INT8: return MP_OBJ_NEW_SMALL_INT((int8_t)v);
        case UCTYPES_INT16: return MP_OBJ_NEW_SMALL_INT((int16_t)v);
        case UCTYPES_INT32: return mp_obj_new_int_from_ll((int32_t)v);
        case UCTYPES_INT64: return mp_obj_new_int_from_ll((int64_t)v);
        default: return mp_obj_new_int_from_ull(v);
    }
}

static uint64_t uctypes_int_bits(mp_obj_t value) {
    if (!mp_obj_is_int(value)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: can't store '%s' in an integer field", mp_obj_get_type_str(value));
    }
    // Two's complement low 64 bits of any int.
    mp_int_t small;
    if (mp_obj_int_as_int_maybe(value, &small)) {
        return (uint64_t)(int64_t)small;
    }
    mp_obj_t low = mp_obj_int_binary_op(MP_BINARY_OP_AND, value, mp_obj_new_int_from_ull(UINT64_MAX));
    byte buf[8];
    mp_obj_int_to_bytes(low, false, false, 8, buf);
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | buf[i];
    }
    return v;
}

static void uctypes_store_scalar(byte *p, unsigned t, int layout, mp_obj_t value) {
    size_t size = uctypes_scalar_size(t);
    uint64_t v;
    if (t == UCTYPES_FLOAT32) {
        float f = (float)mp_obj_get_float(value);
        uint32_t u;
        memcpy(&u, &f, 4);
        v = u;
    } else if (t == UCTYPES_FLOAT64) {
        double d = mp_obj_get_float(value);
        memcpy(&v, &d, 8);
    } else {
        v = uctypes_int_bits(value);
    }
    uctypes_store_uint(p, size, layout, v);
}

// Loads (value == MP_OBJ_NULL) or stores the scalar/bitfield field `v` of self.
static mp_obj_t uctypes_scalar_field(uctypes_struct_t *self, mp_uint_t v, mp_obj_t value) {
    unsigned t = (unsigned)(v >> UCTYPES_TYPE_SHIFT);
    size_t size = uctypes_scalar_size(t);
    if (t < UCTYPES_BFUINT8) {
        byte *p = uctypes_at(self, v & UCTYPES_OFFSET_MASK, size);
        if (value == MP_OBJ_NULL) {
            return uctypes_load_scalar(p, t, self->layout);
        }
        uctypes_store_scalar(p, t, self->layout, value);
        return mp_const_none;
    }
    unsigned pos = (v >> UCTYPES_BF_POS) & 31, len = (v >> UCTYPES_BF_LEN) & 31;
    if (len == 0 || pos + len > size * 8) {
        mp_raise_ValueError("uctypes: bitfield does not fit its storage unit");
    }
    byte *p = uctypes_at(self, v & UCTYPES_BF_OFFSET_MASK, size);
    uint64_t word = uctypes_load_uint(p, size, self->layout);
    uint64_t mask = (((uint64_t)1 << len) - 1);
    if (value == MP_OBJ_NULL) {
        uint64_t bits = (word >> pos) & mask;
        bool is_signed = (t - UCTYPES_BFUINT8) & 1;
        if (is_signed && (bits >> (len - 1)) & 1) {
            return mp_obj_new_int_from_ll((int64_t)(bits | ~mask));
        }
        return mp_obj_new_int_from_ull(bits);
    }
    uint64_t bits = uctypes_int_bits(value) & mask;
    word = (word & ~(mask << pos)) | (bits << pos);
    uctypes_store_uint(p, size, self->layout, word);
    return mp_const_none;
}

// The value of an aggregate field `t` found at self->addr + its offset.
static mp_obj_t uctypes_aggregate_field(uctypes_struct_t *self, mp_obj_t t) {
    size_t n, off;
    mp_obj_t *items;
    unsigned kind;
    uctypes_agg_get(t, &n, &items, &kind, &off);
    if (kind == UCTYPES_AGG_STRUCT) {
        if (!uctypes_is_dict(items[1]) && !uctypes_is_tuple(items[1])) {
            mp_raise_TypeError("uctypes: nested struct descriptor must be a dict");
        }
        return uctypes_new_sub(self, items[1], off);
    }
    if (self->owner == NULL) {
        uctypes_at(self, off, 0); // NULL check only
    }
    return uctypes_new_sub(self, t, off);
}

// ---- the struct type ----

static void uctypes_struct_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    uctypes_struct_t *self = MP_OBJ_TO_PTR(self_in);
    const char *what = "STRUCT";
    if (uctypes_is_tuple(self->desc)) {
        size_t n, off;
        mp_obj_t *items;
        unsigned k;
        uctypes_agg_get(self->desc, &n, &items, &k, &off);
        what = k == UCTYPES_AGG_PTR ? "PTR" : k == UCTYPES_AGG_ARRAY ? "ARRAY" : "STRUCT";
    }
    mp_printf(print, "<struct %s %p>", what, (void *)self->addr);
}

static void uctypes_struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    uctypes_struct_t *self = MP_OBJ_TO_PTR(self_in);
    if (!uctypes_is_dict(self->desc)) {
        return;
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->desc), MP_OBJ_NEW_QSTR(attr), 0);
    if (e == NULL) {
        return; // AttributeError
    }
    mp_obj_t field = e->value;
    bool load = dest[0] == MP_OBJ_NULL;
    if (!load && dest[1] == MP_OBJ_NULL) {
        mp_raise_TypeError("uctypes: can't delete a struct field");
    }
    if (mp_obj_is_int(field)) {
        mp_uint_t v = uctypes_get_uint(field, "field");
        if (load) {
            dest[0] = uctypes_scalar_field(self, v, MP_OBJ_NULL);
        } else {
            uctypes_scalar_field(self, v, dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (!uctypes_is_tuple(field)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: field descriptor must be int or tuple, not '%s'", mp_obj_get_type_str(field));
    }
    if (!load) {
        mp_raise_TypeError("uctypes: can't assign to an aggregate field");
    }
    dest[0] = uctypes_aggregate_field(self, field);
}

static mp_obj_t uctypes_struct_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    uctypes_struct_t *self = MP_OBJ_TO_PTR(self_in);
    if (!uctypes_is_tuple(self->desc)) {
        mp_raise_TypeError("uctypes: struct can't be indexed");
    }
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError("uctypes: can't delete items");
    }
    size_t n, off;
    mp_obj_t *items;
    unsigned kind;
    uctypes_agg_get(self->desc, &n, &items, &kind, &off);
    if (kind == UCTYPES_AGG_STRUCT) {
        mp_raise_TypeError("uctypes: struct can't be indexed");
    }
    if (!mp_obj_is_int(index)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: indices must be integers, not '%s'", mp_obj_get_type_str(index));
    }
    mp_int_t i = mp_obj_get_int(index);
    bool load = value == MP_OBJ_SENTINEL;
    if (kind == UCTYPES_AGG_ARRAY) {
        mp_uint_t v = uctypes_get_uint(items[1], "array length");
        size_t count = n == 3 ? v : (v & UCTYPES_OFFSET_MASK);
        if (i < 0) {
            i += (mp_int_t)count;
        }
        if (i < 0 || (size_t)i >= count) {
            mp_raise_msg(&mp_type_IndexError, "uctypes: array index out of range");
        }
        if (n == 3) {
            if (!load) {
                mp_raise_TypeError("uctypes: can't assign to an aggregate item");
            }
            size_t a;
            size_t elem = uctypes_desc_size(items[2], self->layout, &a, 0);
            return uctypes_new_sub(self, items[2], mp_size_mul((size_t)i, elem));
        }
        unsigned t = (unsigned)(v >> UCTYPES_TYPE_SHIFT);
        if (t >= UCTYPES_BFUINT8) {
            mp_raise_ValueError("uctypes: array of bitfields");
        }
        size_t size = uctypes_scalar_size(t);
        byte *p = uctypes_at(self, mp_size_mul((size_t)i, size), size);
        if (load) {
            return uctypes_load_scalar(p, t, self->layout);
        }
        uctypes_store_scalar(p, t, self->layout, value);
        return mp_const_none;
    }
    // PTR: read the pointer, then index its target like C does (p[i] is *(p + i)).
    void *target;
    memcpy(&target, uctypes_at(self, 0, sizeof(void *)), sizeof(void *));
    mp_obj_t tdesc = items[1];
    size_t elem;
    unsigned t = 0;
    if (mp_obj_is_int(tdesc)) {
        t = (unsigned)(uctypes_get_uint(tdesc, "pointer target") >> UCTYPES_TYPE_SHIFT);
        if (t >= UCTYPES_BFUINT8) {
            mp_raise_ValueError("uctypes: pointer to a bitfield");
        }
        elem = uctypes_scalar_size(t);
    } else {
        size_t a;
        elem = uctypes_desc_size(tdesc, self->layout, &a, 0);
    }
    mp_int_t byte_off;
    if (__builtin_mul_overflow(i, (mp_int_t)elem, &byte_off)) {
        mp_raise_msg(&mp_type_OverflowError, "uctypes: pointer index too large");
    }
    uctypes_struct_t *base = MP_OBJ_TO_PTR(uctypes_new_at(tdesc, (byte *)target + byte_off, self->layout));
    if (!mp_obj_is_int(tdesc)) {
        if (!load) {
            mp_raise_TypeError("uctypes: can't assign to an aggregate item");
        }
        if (base->owner == NULL) {
            uctypes_at(base, 0, 0);
        }
        return MP_OBJ_FROM_PTR(base);
    }
    byte *p = uctypes_at(base, 0, elem);
    if (load) {
        return uctypes_load_scalar(p, t, self->layout);
    }
    uctypes_store_scalar(p, t, self->layout, value);
    return mp_const_none;
}

static mp_obj_t uctypes_struct_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    uctypes_struct_t *self = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_LEN && uctypes_is_tuple(self->desc)) {
        size_t n, off;
        mp_obj_t *items;
        unsigned kind;
        uctypes_agg_get(self->desc, &n, &items, &kind, &off);
        if (kind == UCTYPES_AGG_ARRAY) {
            mp_uint_t v = uctypes_get_uint(items[1], "array length");
            return MP_OBJ_NEW_SMALL_INT(n == 3 ? v : (v & UCTYPES_OFFSET_MASK));
        }
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_true;
    }
    return MP_OBJ_NULL;
}

static int uctypes_struct_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    (void)flags;
    uctypes_struct_t *self = MP_OBJ_TO_PTR(self_in);
    size_t a;
    size_t size = uctypes_desc_size(self->desc, self->layout, &a, 0);
    bufinfo->buf = uctypes_at(self, 0, size);
    bufinfo->len = size;
    bufinfo->typecode = 'B';
    return 0;
}

static int uctypes_get_layout(mp_obj_t o) {
    mp_int_t layout = mp_obj_get_int(o);
    if (layout < UCTYPES_LITTLE_ENDIAN || layout > UCTYPES_NATIVE) {
        mp_raise_ValueError("uctypes: layout must be LITTLE_ENDIAN, BIG_ENDIAN or NATIVE");
    }
    return (int)layout;
}

static void uctypes_check_desc(mp_obj_t desc) {
    if (!uctypes_is_dict(desc) && !uctypes_is_tuple(desc)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: descriptor must be dict or tuple, not '%s'", mp_obj_get_type_str(desc));
    }
}

// struct(addr, descriptor, layout=NATIVE): addr is an int, or (an extension) any writable
// buffer, which is then bounds-checked by its own length.
static mp_obj_t uctypes_struct_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 2, 3, false);
    uctypes_check_desc(args[1]);
    int layout = n_args > 2 ? uctypes_get_layout(args[2]) : UCTYPES_NATIVE;
    if (mp_obj_is_int(args[0])) {
        byte *addr = (byte *)(uintptr_t)mp_obj_get_int_truncated(args[0]);
        return uctypes_new_at(args[1], addr, layout);
    }
    mp_buffer_info_t bi;
    if (!mp_get_buffer(args[0], &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "uctypes: address must be int or a buffer, not '%s'", mp_obj_get_type_str(args[0]));
    }
    size_t n = 0;
    byte *head = gc_alloc_containing(bi.buf, &n);
    if (head == NULL) {
        // Outside the heap (a static constant): the exporter itself is kept alive as owner.
        head = MP_OBJ_TO_PTR(args[0]);
    }
    return uctypes_new(args[1], bi.buf, layout, head, bi.len);
}

const mp_obj_type_t uctypes_struct_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_struct,
    .print = uctypes_struct_print,
    .make_new = uctypes_struct_make_new,
    .unary_op = uctypes_struct_unary_op,
    .attr = uctypes_struct_attr,
    .subscr = uctypes_struct_subscr,
    .buffer = uctypes_struct_buffer,
};

// ---- module functions ----

static mp_obj_t uctypes_sizeof(size_t n_args, const mp_obj_t *args) {
    mp_obj_t desc = args[0];
    int layout = n_args > 1 ? uctypes_get_layout(args[1]) : UCTYPES_NATIVE;
    if (mp_obj_is_type(desc, &uctypes_struct_type)) {
        uctypes_struct_t *s = MP_OBJ_TO_PTR(desc);
        desc = s->desc;
        layout = s->layout;
    }
    uctypes_check_desc(desc);
    size_t a;
    return mp_obj_new_int_from_uint(uctypes_desc_size(desc, layout, &a, 0));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(uctypes_sizeof_obj, 1, 2, uctypes_sizeof);

static mp_obj_t uctypes_addressof(mp_obj_t obj) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(obj, &bi, MP_BUFFER_READ);
    return mp_obj_new_int_from_uint((mp_uint_t)(uintptr_t)bi.buf);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uctypes_addressof_obj, uctypes_addressof);

// The checked pointer to size bytes at addr (see the top of the file).
static byte *uctypes_raw(mp_obj_t addr_in, mp_obj_t size_in, size_t *size) {
    mp_int_t n = mp_obj_get_int(size_in);
    if (n < 0) {
        mp_raise_ValueError("uctypes: negative size");
    }
    *size = (size_t)n;
    byte *addr = (byte *)(uintptr_t)mp_obj_get_int_truncated(addr_in);
    uctypes_struct_t *o = MP_OBJ_TO_PTR(uctypes_new_at(mp_const_none, addr, UCTYPES_NATIVE));
    if (*size == 0) {
        return addr;
    }
    return uctypes_at(o, 0, *size);
}

static mp_obj_t uctypes_bytes_at(mp_obj_t addr, mp_obj_t size) {
    size_t n;
    byte *p = uctypes_raw(addr, size, &n);
    return mp_obj_new_bytes(p, n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(uctypes_bytes_at_obj, uctypes_bytes_at);

static mp_obj_t uctypes_bytearray_at(mp_obj_t addr, mp_obj_t size) {
    size_t n;
    byte *p = uctypes_raw(addr, size, &n);
    return mp_obj_new_bytearray_by_ref(n, p);
}
static MP_DEFINE_CONST_FUN_OBJ_2(uctypes_bytearray_at_obj, uctypes_bytearray_at);

#define UCTYPES_T(t) MP_ROM_INT((mp_int_t)(t) << UCTYPES_TYPE_SHIFT)

static const mp_rom_map_elem_t uctypes_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uctypes) },
    { MP_ROM_QSTR(MP_QSTR_struct), MP_ROM_PTR(&uctypes_struct_type) },
    { MP_ROM_QSTR(MP_QSTR_sizeof), MP_ROM_PTR(&uctypes_sizeof_obj) },
    { MP_ROM_QSTR(MP_QSTR_addressof), MP_ROM_PTR(&uctypes_addressof_obj) },
    { MP_ROM_QSTR(MP_QSTR_bytes_at), MP_ROM_PTR(&uctypes_bytes_at_obj) },
    { MP_ROM_QSTR(MP_QSTR_bytearray_at), MP_ROM_PTR(&uctypes_bytearray_at_obj) },
    { MP_ROM_QSTR(MP_QSTR_NATIVE), MP_ROM_INT(UCTYPES_NATIVE) },
    { MP_ROM_QSTR(MP_QSTR_LITTLE_ENDIAN), MP_ROM_INT(UCTYPES_LITTLE_ENDIAN) },
    { MP_ROM_QSTR(MP_QSTR_BIG_ENDIAN), MP_ROM_INT(UCTYPES_BIG_ENDIAN) },
    { MP_ROM_QSTR(MP_QSTR_VOID), UCTYPES_T(UCTYPES_UINT8) },
    { MP_ROM_QSTR(MP_QSTR_UINT8), UCTYPES_T(UCTYPES_UINT8) },
    { MP_ROM_QSTR(MP_QSTR_INT8), UCTYPES_T(UCTYPES_INT8) },
    { MP_ROM_QSTR(MP_QSTR_UINT16), UCTYPES_T(UCTYPES_UINT16) },
    { MP_ROM_QSTR(MP_QSTR_INT16), UCTYPES_T(UCTYPES_INT16) },
    { MP_ROM_QSTR(MP_QSTR_UINT32), UCTYPES_T(UCTYPES_UINT32) },
    { MP_ROM_QSTR(MP_QSTR_INT32), UCTYPES_T(UCTYPES_INT32) },
    { MP_ROM_QSTR(MP_QSTR_UINT64), UCTYPES_T(UCTYPES_UINT64) },
    { MP_ROM_QSTR(MP_QSTR_INT64), UCTYPES_T(UCTYPES_INT64) },
    // the C type names of this host (LP64), as MicroPython's unix port has them
    { MP_ROM_QSTR(MP_QSTR_SHORT), UCTYPES_T(UCTYPES_INT16) },
    { MP_ROM_QSTR(MP_QSTR_USHORT), UCTYPES_T(UCTYPES_UINT16) },
    { MP_ROM_QSTR(MP_QSTR_INT), UCTYPES_T(UCTYPES_INT32) },
    { MP_ROM_QSTR(MP_QSTR_UINT), UCTYPES_T(UCTYPES_UINT32) },
    { MP_ROM_QSTR(MP_QSTR_LONG), UCTYPES_T(UCTYPES_INT64) },
    { MP_ROM_QSTR(MP_QSTR_ULONG), UCTYPES_T(UCTYPES_UINT64) },
    { MP_ROM_QSTR(MP_QSTR_LONGLONG), UCTYPES_T(UCTYPES_INT64) },
    { MP_ROM_QSTR(MP_QSTR_ULONGLONG), UCTYPES_T(UCTYPES_UINT64) },
    { MP_ROM_QSTR(MP_QSTR_FLOAT32), UCTYPES_T(UCTYPES_FLOAT32) },
    { MP_ROM_QSTR(MP_QSTR_FLOAT64), UCTYPES_T(UCTYPES_FLOAT64) },
    { MP_ROM_QSTR(MP_QSTR_BFUINT8), UCTYPES_T(UCTYPES_BFUINT8) },
    { MP_ROM_QSTR(MP_QSTR_BFINT8), UCTYPES_T(UCTYPES_BFINT8) },
    { MP_ROM_QSTR(MP_QSTR_BFUINT16), UCTYPES_T(UCTYPES_BFUINT16) },
    { MP_ROM_QSTR(MP_QSTR_BFINT16), UCTYPES_T(UCTYPES_BFINT16) },
    { MP_ROM_QSTR(MP_QSTR_BFUINT32), UCTYPES_T(UCTYPES_BFUINT32) },
    { MP_ROM_QSTR(MP_QSTR_BFINT32), UCTYPES_T(UCTYPES_BFINT32) },
    { MP_ROM_QSTR(MP_QSTR_BF_POS), MP_ROM_INT(UCTYPES_BF_POS) },
    { MP_ROM_QSTR(MP_QSTR_BF_LEN), MP_ROM_INT(UCTYPES_BF_LEN) },
    { MP_ROM_QSTR(MP_QSTR_PTR), MP_ROM_INT((mp_int_t)UCTYPES_AGG_PTR << UCTYPES_AGG_SHIFT) },
    { MP_ROM_QSTR(MP_QSTR_ARRAY), MP_ROM_INT((mp_int_t)UCTYPES_AGG_ARRAY << UCTYPES_AGG_SHIFT) },
};
MP_DEFINE_CONST_MODULE(mp_module_uctypes, uctypes_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_uctypes, mp_module_uctypes);
