// py/objarray.c: bytearray, array.array, memoryview and the `array` module.
//
// bytearray and array share mp_obj_array_t (py/objstr.h): `len` items of `typecode` in a
// separately allocated `items` block with `free` spare items at the end, so append/extend are
// amortised O(1). A bytearray is an array of typecode 'B' whose type is mp_type_bytearray;
// its non-mutating methods are the bytes methods of objstr.c (they accept a bytearray self).
//
// Typecodes and item sizes (Linux, LP64): b B 1, h H 2, i I 4, l L q Q 8, f 4, d 8.
// Items are stored in native byte order and read/written with memcpy (no alignment demands).
//
// A memoryview is a window (items, len, typecode) on another object's buffer; it holds a
// reference to that object so the memory stays alive. Slicing a view makes a new window on
// the same memory, so writes through any of them are seen by all.
//
// Resizing an exported bytearray/array is allowed (CPython raises BufferError; views here are
// GC-managed, so an export count could never drop reliably). Instead a view over a bytearray
// or array remembers its byte offset in the object's buffer and re-derives `items` from the
// object on every access (memoryview_live): it follows the memory when it moves, and when the
// object shrinks below the window the window is cut to what remains (len() drops; indexing
// past it raises IndexError). No view ever reads or writes freed memory.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"

// ---------------------------------------------------------------------------------------------
// Typecodes

size_t mp_array_typecode_size(int typecode) {
    switch (typecode) {
        case 'b': case 'B':
            return 1;
        case 'h': case 'H':
            return 2;
        case 'i': case 'I': case 'f':
            return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'd':
            return 8;
        default:
            return 0;
    }
}

mp_obj_t mp_array_get_item(int typecode, const void *items, size_t index) {
    const byte *p = (const byte *)items + index * mp_array_typecode_size(typecode);
    switch (typecode) {
        case 'b':
            return MP_OBJ_NEW_SMALL_INT(*(const int8_t *)p);
        case 'B':
            return MP_OBJ_NEW_SMALL_INT(*p);
        case 'h': {
            int16_t v;
            memcpy(&v, p, 2);
            return MP_OBJ_NEW_SMALL_INT(v);
        }
        case 'H': {
            uint16_t v;
            memcpy(&v, p, 2);
            return MP_OBJ_NEW_SMALL_INT(v);
        }
        case 'i': {
            int32_t v;
            memcpy(&v, p, 4);
            return MP_OBJ_NEW_SMALL_INT(v);
        }
        case 'I': {
            uint32_t v;
            memcpy(&v, p, 4);
            return mp_obj_new_int_from_uint(v);
        }
        case 'l': case 'q': {
            int64_t v;
            memcpy(&v, p, 8);
            return mp_obj_new_int_from_ll(v);
        }
        case 'L': case 'Q': {
            uint64_t v;
            memcpy(&v, p, 8);
            return mp_obj_new_int_from_ull(v);
        }
        case 'f': {
            float v;
            memcpy(&v, p, 4);
            return mp_obj_new_float(v);
        }
        default: {
            double v;
            memcpy(&v, p, 8);
            return mp_obj_new_float(v);
        }
    }
}

static const char *typecode_desc(int typecode) {
    switch (typecode) {
        case 'b':
            return "signed char";
        case 'B':
            return "unsigned byte integer";
        case 'h':
            return "signed short integer";
        case 'H':
            return "unsigned short";
        case 'i':
            return "signed integer";
        default:
            return "unsigned int";
    }
}

void mp_array_set_item(int typecode, void *items, size_t index, mp_obj_t val) {
    byte *p = (byte *)items + index * mp_array_typecode_size(typecode);
    if (typecode == 'f' || typecode == 'd') {
        double d;
        if (!mp_obj_get_float_maybe(val, &d)) {
            mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(val));
        }
        if (typecode == 'f') {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return;
    }
    if (!mp_obj_is_int(val)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(val));
    }
    if (typecode == 'l' || typecode == 'L' || typecode == 'q' || typecode == 'Q') {
        bool is_signed = typecode == 'l' || typecode == 'q';
        if (!is_signed && mp_obj_int_sign(val) < 0) {
            mp_raise_msg(&mp_type_OverflowError, "unsigned long is less than minimum");
        }
        if (mp_obj_is_small_int(val)) {
            int64_t v = MP_OBJ_SMALL_INT_VALUE(val);
            memcpy(p, &v, 8);
        } else {
            byte buf[8];
            mp_obj_int_to_bytes(val, false, is_signed, 8, buf);
            memcpy(p, buf, 8);
        }
        return;
    }
    mp_int_t v = mp_obj_is_small_int(val) ? MP_OBJ_SMALL_INT_VALUE(val)
        : (mp_obj_int_sign(val) < 0 ? INT64_MIN : INT64_MAX);
    if (mp_obj_is_type(val, &mp_type_bool)) {
        v = val == mp_const_true;
    }
    mp_int_t lo, hi;
    switch (typecode) {
        case 'b':
            lo = -128;
            hi = 127;
            break;
        case 'B':
            lo = 0;
            hi = 255;
            break;
        case 'h':
            lo = -32768;
            hi = 32767;
            break;
        case 'H':
            lo = 0;
            hi = 65535;
            break;
        case 'i':
            lo = INT32_MIN;
            hi = INT32_MAX;
            break;
        default:
            lo = 0;
            hi = UINT32_MAX;
            break;
    }
    if (v < lo || v > hi) {
        mp_raise_msg_varg(&mp_type_OverflowError, "%s is %s than %s", typecode_desc(typecode),
            v < lo ? "less" : "greater", v < lo ? "minimum" : "maximum");
    }
    switch (typecode) {
        case 'b': case 'B':
            *p = (byte)v;
            break;
        case 'h': case 'H': {
            uint16_t x = (uint16_t)v;
            memcpy(p, &x, 2);
            break;
        }
        default: {
            uint32_t x = (uint32_t)v;
            memcpy(p, &x, 4);
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Arrays and bytearrays: storage

static inline size_t itemsize(const mp_obj_array_t *a) {
    return mp_array_typecode_size(a->typecode);
}

static inline bool is_bytearray(mp_const_obj_t o) {
    return mp_obj_is_type(o, &mp_type_bytearray);
}

static mp_obj_array_t *array_new(const mp_obj_type_t *type, int typecode, size_t n) {
    mp_obj_array_t *a = m_new_obj(mp_obj_array_t);
    a->base.type = type;
    a->typecode = typecode;
    a->free = 0;
    a->len = n;
    a->items = m_new(byte, mp_size_mul(n, mp_array_typecode_size(typecode)) + (n == 0 ? 1 : 0));
    return a;
}

// Makes room for at least n more items.
static void array_reserve(mp_obj_array_t *a, size_t n) {
    if (a->free >= n) {
        return;
    }
    size_t sz = itemsize(a);
    size_t old_cap = a->len + a->free;
    size_t new_cap = mp_size_add(a->len, n);
    new_cap = mp_size_add(new_cap, new_cap / 2 + 8);
    a->items = m_renew(byte, a->items, old_cap * sz + (old_cap == 0 ? 1 : 0), mp_size_mul(new_cap, sz));
    a->free = new_cap - a->len;
}

static void array_append_raw(mp_obj_array_t *a, const void *data, size_t n_items) {
    // the data may be a's own items (a += a, a.extend(memoryview(a))), which reserving moves
    uintptr_t base = (uintptr_t)a->items, p = (uintptr_t)data;
    bool own = p >= base && p < base + a->len * itemsize(a);
    array_reserve(a, n_items);
    if (own) {
        data = (const byte *)a->items + (p - base);
    }
    memmove((byte *)a->items + a->len * itemsize(a), data, n_items * itemsize(a));
    a->len += n_items;
    a->free -= n_items;
}

static void array_set_len(mp_obj_array_t *a, size_t new_len) {
    if (new_len > a->len) {
        array_reserve(a, new_len - a->len);
        a->free -= new_len - a->len;
    } else {
        a->free += a->len - new_len;
    }
    a->len = new_len;
}

mp_obj_t mp_obj_new_bytearray(size_t n, const void *items) {
    mp_obj_array_t *a = array_new(&mp_type_bytearray, 'B', n);
    if (items != NULL && n > 0) {
        memcpy(a->items, items, n);
    }
    return MP_OBJ_FROM_PTR(a);
}

mp_obj_t mp_obj_new_bytearray_by_ref(size_t n, void *items) {
    mp_obj_array_t *a = m_new_obj(mp_obj_array_t);
    a->base.type = &mp_type_bytearray;
    a->typecode = 'B';
    a->free = 0;
    a->len = n;
    a->items = items;
    return MP_OBJ_FROM_PTR(a);
}

// Appends every item of an iterable (or the raw bytes of a same-typecode buffer).
static void item_to_raw(mp_obj_array_t *a, mp_obj_t value, uint64_t *raw);

static void array_extend_from(mp_obj_array_t *a, mp_obj_t src) {
    mp_buffer_info_t bi;
    bool is_str = mp_obj_is_qstr(src) || mp_obj_is_type(src, &mp_type_str);
    if (!is_str && !mp_obj_is_int(src) && mp_get_buffer(src, &bi, MP_BUFFER_READ)) {
        // raw bytes: into a bytearray from any buffer, into an array from bytes/bytearray
        // (CPython's frombytes) or from an array of the same typecode
        if (is_bytearray(MP_OBJ_FROM_PTR(a)) || mp_obj_is_type(src, &mp_type_bytes) || is_bytearray(src)
            || (mp_obj_is_type(src, &mp_type_array) && bi.typecode == (int)a->typecode)) {
            size_t sz = itemsize(a);
            if (bi.len % sz != 0) {
                mp_raise_ValueError("bytes length not a multiple of item size");
            }
            array_append_raw(a, bi.buf, bi.len / sz);
            return;
        }
        if (mp_obj_is_type(src, &mp_type_array)) {
            mp_raise_TypeError("can only extend with array of same kind");
        }
    }
    if (is_str) {
        if (is_bytearray(MP_OBJ_FROM_PTR(a))) {
            mp_raise_TypeError("expected iterable of ints, got str");   // not reached via make_new
        }
    }
    mp_obj_t len = mp_obj_len_maybe(src);
    if (len != MP_OBJ_NULL) {
        array_reserve(a, MP_OBJ_SMALL_INT_VALUE(len));
    }
    mp_obj_t it = mp_getiter(src);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        // convert before reserving: the conversion may run user code that resizes a
        uint64_t raw;
        item_to_raw(a, item, &raw);
        array_reserve(a, 1);
        memcpy((byte *)a->items + a->len * itemsize(a), &raw, itemsize(a));
        a->len++;
        a->free--;
    }
}

// ---------------------------------------------------------------------------------------------
// Constructors

static mp_obj_t bytearray_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 3, false);
    if (n_args == 0) {
        return mp_obj_new_bytearray(0, NULL);
    }
    mp_obj_t src = args[0];
    if (mp_obj_is_qstr(src) || mp_obj_isinstance(src, &mp_type_str)) {
        if (n_args < 2) {
            mp_raise_TypeError("string argument without an encoding");
        }
        // encode through bytes(str, encoding[, errors])
        mp_obj_t b = mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_bytes), n_args, 0, args);
        size_t len;
        const char *d = mp_obj_str_get_data(b, &len);
        return mp_obj_new_bytearray(len, d);
    }
    if (n_args > 1) {
        mp_raise_TypeError("encoding without a string argument");
    }
    mp_buffer_info_t bi;
    if (mp_obj_is_int(src) || (mp_obj_is_obj(src) && (mp_obj_get_type(src)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
                               && !mp_get_buffer(src, &bi, MP_BUFFER_READ)
                               && mp_obj_type_lookup(mp_obj_get_type(src), MP_QSTR___index__) != MP_OBJ_NULL)) {
        // bytearray(n): n zero bytes (n may be any object with __index__)
        mp_int_t n = mp_obj_get_int(mp_unary_op(MP_UNARY_OP_INDEX, src));
        if (n < 0) {
            mp_raise_ValueError("negative count");
        }
        mp_obj_array_t *a = array_new(&mp_type_bytearray, 'B', n);
        memset(a->items, 0, n);
        return MP_OBJ_FROM_PTR(a);
    }
    mp_obj_array_t *a = array_new(&mp_type_bytearray, 'B', 0);
    array_extend_from(a, src);
    return MP_OBJ_FROM_PTR(a);
}

static mp_obj_t array_tolist(mp_obj_t self_in);

static mp_obj_t array_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    size_t tl;
    const char *tc = "";
    if (mp_obj_is_qstr(args[0]) || mp_obj_is_type(args[0], &mp_type_str)) {
        tc = mp_obj_str_get_data(args[0], &tl);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, "array() argument 1 must be a unicode character, not %s", mp_obj_get_type_str(args[0]));
    }
    if (tl != 1 || mp_array_typecode_size(tc[0]) == 0) {
        mp_raise_ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    mp_obj_array_t *a = array_new(&mp_type_array, tc[0], 0);
    if (n_args > 1) {
        mp_obj_t src = args[1];
        if (mp_obj_is_qstr(src) || mp_obj_is_type(src, &mp_type_str)) {
            mp_raise_msg_varg(&mp_type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc[0]);
        }
        if (mp_obj_is_type(src, &mp_type_array) && ((mp_obj_array_t *)MP_OBJ_TO_PTR(src))->typecode != (byte)tc[0]) {
            // array('b', array('h', ...)) converts item by item (extend() refuses other kinds)
            src = array_tolist(src);
        }
        array_extend_from(a, src);
    }
    return MP_OBJ_FROM_PTR(a);
}

// ---------------------------------------------------------------------------------------------
// Printing

static void array_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    if (is_bytearray(self_in)) {
        mp_print_str(print, "bytearray(b");
        mp_str_print_bytearray_quoted(print, a->items, a->len);
        mp_print_str(print, ")");
        return;
    }
    mp_printf(print, "array('%c'", (int)a->typecode);
    if (a->len > 0) {
        mp_print_str(print, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, mp_array_get_item(a->typecode, a->items, i), PRINT_REPR);
        }
        mp_print_str(print, "]");
    }
    mp_print_str(print, ")");
}

// ---------------------------------------------------------------------------------------------
// Operators

static mp_obj_t array_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(a->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(a->len);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(*a) + (a->len + a->free) * itemsize(a));
        default:
            return MP_OBJ_NULL;
    }
}

static void array_repeat_inplace(mp_obj_array_t *a, mp_int_t n) {
    size_t sz = itemsize(a);
    size_t old = a->len;
    if (n <= 0 || old == 0) {
        array_set_len(a, 0);
        return;
    }
    array_reserve(a, mp_size_mul(old, (size_t)(n - 1)));
    for (mp_int_t i = 1; i < n; i++) {
        memcpy((byte *)a->items + i * old * sz, a->items, old * sz);
    }
    a->free -= old * (n - 1);
    a->len = old * n;
}

// Compares two arrays item by item (for different typecodes) or bytewise.
static int array_compare(mp_obj_array_t *a, mp_obj_t rhs_in, bool *ok) {
    *ok = true;
    if (mp_obj_is_type(rhs_in, &mp_type_array)) {
        mp_obj_array_t *b = MP_OBJ_TO_PTR(rhs_in);
        size_t n = a->len < b->len ? a->len : b->len;
        for (size_t i = 0; i < n; i++) {
            mp_obj_t x = mp_array_get_item(a->typecode, a->items, i);
            mp_obj_t y = mp_array_get_item(b->typecode, b->items, i);
            if (!mp_obj_equal(x, y)) {
                return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, x, y)) ? -1 : 1;
            }
        }
        return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    }
    *ok = false;
    return 0;
}

static mp_obj_t array_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(lhs_in);
    if (is_bytearray(lhs_in)) {
        switch (op) {
            case MP_BINARY_OP_INPLACE_ADD: {
                mp_buffer_info_t bi;
                if (mp_obj_is_qstr(rhs_in) || mp_obj_is_type(rhs_in, &mp_type_str) || !mp_get_buffer(rhs_in, &bi, MP_BUFFER_READ)) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can't concat %s to bytearray", mp_obj_get_type_str(rhs_in));
                }
                array_append_raw(a, bi.buf, bi.len);
                return lhs_in;
            }
            case MP_BINARY_OP_INPLACE_MULTIPLY: {
                mp_int_t n;
                if (!mp_obj_get_int_maybe(rhs_in, &n)) {
                    return MP_OBJ_NULL;
                }
                array_repeat_inplace(a, n);
                return lhs_in;
            }
            default:
                return mp_obj_str_binary_op(op, lhs_in, rhs_in);
        }
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            if (!mp_obj_is_type(rhs_in, &mp_type_array)) {
                if (op == MP_BINARY_OP_ADD) {
                    mp_raise_msg_varg(&mp_type_TypeError, "can only append array (not \"%s\") to array", mp_obj_get_type_str(rhs_in));
                }
                return MP_OBJ_NULL;
            }
            mp_obj_array_t *b = MP_OBJ_TO_PTR(rhs_in);
            if (b->typecode != a->typecode) {
                mp_raise_TypeError("bad argument type for built-in operation");
            }
            size_t blen = b->len;
            if (op == MP_BINARY_OP_INPLACE_ADD) {
                array_append_raw(a, b->items, blen);
                return lhs_in;
            }
            mp_obj_array_t *r = array_new(&mp_type_array, a->typecode, a->len + blen);
            memcpy(r->items, a->items, a->len * itemsize(a));
            memcpy((byte *)r->items + a->len * itemsize(a), b->items, blen * itemsize(a));
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            mp_int_t n;
            if (!mp_obj_get_int_maybe(rhs_in, &n)) {
                return MP_OBJ_NULL;
            }
            if (op == MP_BINARY_OP_INPLACE_MULTIPLY) {
                array_repeat_inplace(a, n);
                return lhs_in;
            }
            mp_obj_array_t *r = array_new(&mp_type_array, a->typecode, 0);
            array_append_raw(r, a->items, a->len);
            array_repeat_inplace(r, n);
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < a->len; i++) {
                if (mp_obj_equal(mp_array_get_item(a->typecode, a->items, i), rhs_in)) {
                    return mp_const_true;
                }
            }
            return mp_const_false;
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            bool ok;
            int c = array_compare(a, rhs_in, &ok);
            if (!ok) {
                if (op == MP_BINARY_OP_EQUAL) {
                    return mp_const_false;
                }
                if (op == MP_BINARY_OP_NOT_EQUAL) {
                    return mp_const_true;
                }
                return MP_OBJ_NULL;
            }
            switch (op) {
                case MP_BINARY_OP_EQUAL:
                    return mp_obj_new_bool(c == 0);
                case MP_BINARY_OP_NOT_EQUAL:
                    return mp_obj_new_bool(c != 0);
                case MP_BINARY_OP_LESS:
                    return mp_obj_new_bool(c < 0);
                case MP_BINARY_OP_LESS_EQUAL:
                    return mp_obj_new_bool(c <= 0);
                case MP_BINARY_OP_MORE:
                    return mp_obj_new_bool(c > 0);
                default:
                    return mp_obj_new_bool(c >= 0);
            }
        }
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------------------------
// Subscription (shared by arrays and memoryviews through a small descriptor)

static size_t norm_index(mp_obj_t index, size_t len, const char *what) {
    mp_int_t i;
    if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)) {
        mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (!mp_obj_get_int_maybe(index, &i)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s indices must be integers, not %s", what, mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || (size_t)i >= len) {
        mp_raise_msg_varg(&mp_type_IndexError, "%s index out of range", what);
    }
    return i;
}

static size_t slice_count(const mp_bound_slice_t *b) {
    if (b->step > 0) {
        return b->stop > b->start ? (b->stop - b->start + b->step - 1) / b->step : 0;
    }
    return b->start > b->stop ? (b->start - b->stop - b->step - 1) / -b->step : 0;
}

// Converts value to one raw item of a's typecode (itemsize(a) <= 8 bytes at raw). For arrays
// this may run user code (__index__, __float__) that resizes `a`: convert before placing.
static void item_to_raw(mp_obj_array_t *a, mp_obj_t value, uint64_t *raw) {
    if (is_bytearray(MP_OBJ_FROM_PTR(a))) {
        mp_int_t v;
        if (!mp_obj_is_int(value) || !mp_obj_get_int_maybe(value, &v)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(value));
        }
        if (v < 0 || v > 255) {
            mp_raise_ValueError("byte must be in range(0, 256)");
        }
        *(byte *)raw = (byte)v;
    } else {
        mp_array_set_item(a->typecode, raw, 0, value);
    }
}

// a[i] = value, for i < a->len
static void value_item(mp_obj_array_t *a, mp_obj_t value, size_t i) {
    uint64_t raw;
    item_to_raw(a, value, &raw);
    if (i >= a->len) {
        mp_raise_msg(&mp_type_IndexError, "array assignment index out of range");
    }
    memcpy((byte *)a->items + i * itemsize(a), &raw, itemsize(a));
}

// Whether [p, p + n) shares bytes with a's items (the source of a slice assignment is `a`
// itself or a view of it: it must be copied before `a` is rearranged).
static bool overlaps_items(mp_obj_array_t *a, const void *p, size_t n) {
    uintptr_t lo = (uintptr_t)a->items, hi = lo + a->len * itemsize(a);
    uintptr_t s = (uintptr_t)p;
    return n > 0 && s < hi && s + n > lo;
}

// Source data for a slice assignment: raw bytes of `len` items of a's typecode.
static const byte *slice_source(mp_obj_array_t *a, mp_obj_t value, size_t *n_items) {
    size_t sz = itemsize(a);
    if (is_bytearray(MP_OBJ_FROM_PTR(a))) {
        if (mp_obj_is_int(value)) {
            mp_raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        mp_buffer_info_t bi;
        if (!(mp_obj_is_qstr(value) || mp_obj_is_type(value, &mp_type_str)) && mp_get_buffer(value, &bi, MP_BUFFER_READ)) {
            if (!overlaps_items(a, bi.buf, bi.len)) {
                *n_items = bi.len;   // no copy, no heap (the source is not `a` nor a view of it)
                return bi.buf;
            }
            byte *copy = m_new(byte, bi.len + 1);
            memcpy(copy, bi.buf, bi.len);
            *n_items = bi.len;
            return copy;
        }
        if (mp_obj_is_qstr(value) || mp_obj_is_type(value, &mp_type_str)) {
            mp_raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        mp_obj_array_t *tmp = array_new(&mp_type_bytearray, 'B', 0);
        array_extend_from(tmp, value);
        *n_items = tmp->len;
        return tmp->items;
    }
    if (!mp_obj_is_type(value, &mp_type_array)) {
        mp_raise_msg_varg(&mp_type_TypeError, "can only assign array (not \"%s\") to array slice", mp_obj_get_type_str(value));
    }
    mp_obj_array_t *b = MP_OBJ_TO_PTR(value);
    if (b->typecode != a->typecode) {
        mp_raise_TypeError("bad argument type for built-in operation");
    }
    if (!overlaps_items(a, b->items, b->len * sz)) {
        *n_items = b->len;
        return b->items;
    }
    byte *copy = m_new(byte, b->len * sz + 1);
    memcpy(copy, b->items, b->len * sz);
    *n_items = b->len;
    return copy;
}

static mp_obj_t array_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    size_t sz = itemsize(a);
    const char *what = is_bytearray(self_in) ? "bytearray" : "array";
    if (mp_obj_is_type(index, &mp_type_slice)) {
        // Both the source (an iterable) and the bounds (__index__) may run user code that
        // resizes `a`: convert the source first, then the bounds against the length as it is.
        size_t src_n = 0;
        const byte *src = NULL;
        if (value != MP_OBJ_NULL && value != MP_OBJ_SENTINEL) {
            src = slice_source(a, value, &src_n);
        }
        mp_bound_slice_t b;
        mp_obj_slice_indices_live(index, &a->len, &b);
        size_t n = slice_count(&b);
        if (value == MP_OBJ_SENTINEL) {
            mp_obj_array_t *r = array_new(a->base.type, a->typecode, n);
            if (b.step == 1) {
                memcpy(r->items, (byte *)a->items + b.start * sz, n * sz);
            } else {
                for (size_t i = 0; i < n; i++) {
                    memcpy((byte *)r->items + i * sz, (byte *)a->items + (b.start + (mp_int_t)i * b.step) * sz, sz);
                }
            }
            return MP_OBJ_FROM_PTR(r);
        }
        if (b.step == 1 || (value == MP_OBJ_NULL && n == 0)) {
            // replace [start, start + n) by src_n items
            size_t start = b.start;
            if (b.step == 1 && b.stop < b.start) {
                n = 0;
            }
            size_t tail = a->len - start - n;
            size_t new_len = a->len - n + src_n;
            if (src_n > n) {
                array_set_len(a, new_len);
                memmove((byte *)a->items + (start + src_n) * sz, (byte *)a->items + (start + n) * sz, tail * sz);
            } else {
                memmove((byte *)a->items + (start + src_n) * sz, (byte *)a->items + (start + n) * sz, tail * sz);
                array_set_len(a, new_len);
            }
            if (src_n > 0) {
                memcpy((byte *)a->items + start * sz, src, src_n * sz);
            }
            return mp_const_none;
        }
        if (value == MP_OBJ_NULL) {
            // delete an extended slice: keep the items not selected
            bool *drop = m_new(bool, a->len + 1);
            memset(drop, 0, a->len + 1);
            for (size_t i = 0; i < n; i++) {
                drop[b.start + (mp_int_t)i * b.step] = true;
            }
            size_t w = 0;
            for (size_t i = 0; i < a->len; i++) {
                if (!drop[i]) {
                    memmove((byte *)a->items + w * sz, (byte *)a->items + i * sz, sz);
                    w++;
                }
            }
            array_set_len(a, w);
            return mp_const_none;
        }
        if (src_n != n) {
            mp_raise_msg_varg(&mp_type_ValueError, "attempt to assign bytes of size %u to extended slice of size %u",
                (unsigned)src_n, (unsigned)n);
        }
        for (size_t i = 0; i < n; i++) {
            memcpy((byte *)a->items + (b.start + (mp_int_t)i * b.step) * sz, src + i * sz, sz);
        }
        return mp_const_none;
    }
    size_t i = norm_index(index, a->len, what);
    if (i >= a->len) {
        // index.__index__() shrank the array
        mp_raise_msg_varg(&mp_type_IndexError, "%s index out of range", what);
    }
    if (value == MP_OBJ_SENTINEL) {
        return mp_array_get_item(a->typecode, a->items, i);
    }
    if (value == MP_OBJ_NULL) {
        memmove((byte *)a->items + i * sz, (byte *)a->items + (i + 1) * sz, (a->len - i - 1) * sz);
        array_set_len(a, a->len - 1);
        return mp_const_none;
    }
    value_item(a, value, i);
    return mp_const_none;
}

// ---------------------------------------------------------------------------------------------
// Iteration (arrays, bytearrays and memoryviews)

static mp_obj_memoryview_t *memoryview_live(mp_obj_t self_in);

typedef struct _array_it_t {
    mp_obj_base_t base;
    mp_obj_t obj;
    size_t index;
} array_it_t;

static mp_obj_t array_it_iternext(mp_obj_t self_in) {
    array_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_type(it->obj, &mp_type_memoryview)) {
        mp_obj_memoryview_t *m = memoryview_live(it->obj);
        if (m->shape != NULL) {
            mp_raise_NotImplementedError("multi-dimensional sub-views are not implemented");
        }
        if (it->index >= m->len) {
            return MP_OBJ_STOP_ITERATION;
        }
        return mp_array_get_item(m->typecode, m->items + (mp_int_t)it->index++ * m->stride, 0);
    }
    mp_obj_array_t *a = MP_OBJ_TO_PTR(it->obj);
    if (it->index >= a->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    return mp_array_get_item(a->typecode, a->items, it->index++);
}

static mp_obj_t it_self(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t array_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_iterator,
    .getiter = it_self,
    .iternext = array_it_iternext,
};

static mp_obj_t array_getiter(mp_obj_t self_in) {
    array_it_t *it = m_new_obj(array_it_t);
    it->base.type = &array_iterator_type;
    it->obj = self_in;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int array_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    bufinfo->buf = a->items;
    bufinfo->len = a->len * itemsize(a);
    bufinfo->typecode = a->typecode;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Methods (array and bytearray)

static mp_obj_t array_append(mp_obj_t self_in, mp_obj_t item) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    uint64_t raw;
    item_to_raw(a, item, &raw);
    array_reserve(a, 1);
    memcpy((byte *)a->items + a->len * itemsize(a), &raw, itemsize(a));
    a->len++;
    a->free--;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_bytearray_append_obj, array_append);

static mp_obj_t array_extend(mp_obj_t self_in, mp_obj_t src) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    if (is_bytearray(self_in) && (mp_obj_is_qstr(src) || mp_obj_is_type(src, &mp_type_str))) {
        mp_raise_TypeError("expected iterable of ints, got str");
    }
    if (!is_bytearray(self_in) && !mp_obj_is_type(src, &mp_type_array)) {
        // arrays extend from iterables too
        array_extend_from(a, src);
        return mp_const_none;
    }
    array_extend_from(a, src);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_bytearray_extend_obj, array_extend);

static mp_obj_t array_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(args[0]);
    const char *what = is_bytearray(args[0]) ? "bytearray" : "array";
    if (a->len == 0) {
        mp_raise_msg_varg(&mp_type_IndexError, "pop from empty %s", what);
    }
    size_t i = a->len - 1;
    if (n_args > 1) {
        mp_int_t k = mp_obj_get_int(args[1]);
        if (k < 0) {
            k += a->len;
        }
        if (k < 0 || (size_t)k >= a->len) {
            mp_raise_msg(&mp_type_IndexError, "pop index out of range");
        }
        i = k;
    }
    mp_obj_t r = mp_array_get_item(a->typecode, a->items, i);
    size_t sz = itemsize(a);
    memmove((byte *)a->items + i * sz, (byte *)a->items + (i + 1) * sz, (a->len - i - 1) * sz);
    array_set_len(a, a->len - 1);
    return r;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_bytearray_pop_obj, 1, 2, array_pop);

static mp_obj_t array_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t item) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = mp_obj_get_int(index);
    // convert (validate) before moving anything; both conversions may run user code that
    // resizes a, so a->len is only read afterwards
    uint64_t raw;
    item_to_raw(a, item, &raw);
    if (i < 0) {
        i += a->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > a->len) {
        i = a->len;
    }
    array_reserve(a, 1);
    size_t sz = itemsize(a);
    memmove((byte *)a->items + (i + 1) * sz, (byte *)a->items + i * sz, (a->len - i) * sz);
    memcpy((byte *)a->items + i * sz, &raw, sz);
    a->len++;
    a->free--;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_bytearray_insert_obj, array_insert);

static mp_int_t array_find(mp_obj_array_t *a, mp_obj_t item) {
    for (size_t i = 0; i < a->len; i++) {
        if (mp_obj_equal(mp_array_get_item(a->typecode, a->items, i), item)) {
            return i;
        }
    }
    return -1;
}

static mp_obj_t array_remove(mp_obj_t self_in, mp_obj_t item) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    if (is_bytearray(self_in)) {
        uint64_t raw;
        item_to_raw(a, item, &raw); // bytearray.remove('x') / (256): CPython's TypeError / ValueError
    }
    mp_int_t i = array_find(a, item);
    if (i < 0) {
        mp_raise_ValueError(is_bytearray(self_in) ? "value not found in bytearray" : "array.remove(x): x not in array");
    }
    size_t sz = itemsize(a);
    memmove((byte *)a->items + i * sz, (byte *)a->items + (i + 1) * sz, (a->len - i - 1) * sz);
    array_set_len(a, a->len - 1);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_bytearray_remove_obj, array_remove);

static mp_obj_t array_clear(mp_obj_t self_in) {
    array_set_len(MP_OBJ_TO_PTR(self_in), 0);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_bytearray_clear_obj, array_clear);

static mp_obj_t array_reverse(mp_obj_t self_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    size_t sz = itemsize(a);
    byte tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        byte *x = (byte *)a->items + i * sz, *y = (byte *)a->items + (j - 1) * sz;
        memcpy(tmp, x, sz);
        memcpy(x, y, sz);
        memcpy(y, tmp, sz);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_bytearray_reverse_obj, array_reverse);

static mp_obj_t array_copy(mp_obj_t self_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    mp_obj_array_t *r = array_new(a->base.type, a->typecode, a->len);
    memcpy(r->items, a->items, a->len * itemsize(a));
    return MP_OBJ_FROM_PTR(r);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_bytearray_copy_obj, array_copy);

static mp_obj_t array_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(args[0]);
    mp_int_t i = array_find(a, args[1]);
    if (i < 0) {
        mp_raise_ValueError("array.index(x): x not in array");
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(array_index_obj, 2, 4, array_index);

static mp_obj_t array_count(mp_obj_t self_in, mp_obj_t item) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    size_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += mp_obj_equal(mp_array_get_item(a->typecode, a->items, i), item);
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_count_obj, array_count);

static mp_obj_t array_tobytes(mp_obj_t self_in) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(self_in, &bi, MP_BUFFER_READ);
    return mp_obj_new_bytes(bi.buf, bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_tobytes_obj, array_tobytes);

static mp_obj_t array_frombytes(mp_obj_t self_in, mp_obj_t src) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(src, &bi, MP_BUFFER_READ);
    if (bi.len % itemsize(a) != 0) {
        mp_raise_ValueError("bytes length not a multiple of item size");
    }
    array_append_raw(a, bi.buf, bi.len / itemsize(a));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_frombytes_obj, array_frombytes);

static mp_obj_t array_tolist(mp_obj_t self_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    mp_obj_t list = mp_obj_new_list(a->len, NULL);
    mp_obj_t *items;
    size_t n;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        items[i] = mp_array_get_item(a->typecode, a->items, i);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_tolist_obj, array_tolist);

static mp_obj_t array_buffer_info(mp_obj_t self_in) {
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    mp_obj_t t[2] = {mp_obj_new_int_from_uint((mp_uint_t)a->items), MP_OBJ_NEW_SMALL_INT(a->len)};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_buffer_info_obj, array_buffer_info);

static void array_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_typecode) {
        char c = (char)a->typecode;
        dest[0] = mp_obj_new_str(&c, 1);
    } else if (attr == MP_QSTR_itemsize) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(itemsize(a));
    }
}

static const mp_rom_map_elem_t array_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&mp_bytearray_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_buffer_info), MP_ROM_PTR(&array_buffer_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&array_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&mp_bytearray_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_frombytes), MP_ROM_PTR(&array_frombytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&array_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&mp_bytearray_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&mp_bytearray_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&mp_bytearray_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&mp_bytearray_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&array_tobytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&array_tolist_obj) },
};
static MP_DEFINE_CONST_DICT(array_locals_dict, array_locals_dict_table);

const mp_obj_type_t mp_type_bytearray = {
    {&mp_type_type},
    .name = MP_QSTR_bytearray,
    .print = array_print,
    .make_new = bytearray_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&mp_bytearray_locals_dict,
};

const mp_obj_type_t mp_type_array = {
    {&mp_type_type},
    .name = MP_QSTR_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&array_locals_dict,
};

static const mp_rom_map_elem_t mp_module_array_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_array) },
    { MP_ROM_QSTR(MP_QSTR_array), MP_ROM_PTR(&mp_type_array) },
    { MP_ROM_QSTR(MP_QSTR_typecodes), MP_ROM_QSTR(MP_QSTR_bBhHiIlLqQfd) },
};
MP_DEFINE_CONST_MODULE(mp_module_array, mp_module_array_globals_table);
MP_REGISTER_MODULE(MP_QSTR_array, mp_module_array);

// ---------------------------------------------------------------------------------------------
// memoryview
//
// A 1-D view addresses item i at items + i * stride (bytes; negative for reversed slices), so
// step slices are views too; stride == itemsize is the contiguous case. cast(fmt, shape) makes
// an N-D view, always C-contiguous: `shape` (ndim sizes) is kept and `len` counts all items.

mp_obj_t mp_obj_new_memoryview(byte typecode, size_t nitems, void *items) {
    mp_obj_memoryview_t *m = m_new_obj(mp_obj_memoryview_t);
    m->base.type = &mp_type_memoryview;
    m->typecode = typecode;
    m->readonly = false;
    m->ndim = 1;
    m->len = nitems;
    m->items = items;
    m->stride = (mp_int_t)mp_array_typecode_size(typecode);
    m->shape = NULL;
    m->obj = MP_OBJ_NULL;
    m->offset = 0;
    return MP_OBJ_FROM_PTR(m);
}

static inline byte *mv_item(const mp_obj_memoryview_t *m, size_t i) {
    return m->items + (mp_int_t)i * m->stride;
}

static inline bool mv_is_contiguous(const mp_obj_memoryview_t *m) {
    return m->len <= 1 || m->stride == (mp_int_t)mp_array_typecode_size(m->typecode);
}

static mp_obj_t memoryview_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_t src = args[0];
    if (mp_obj_is_type(src, &mp_type_memoryview)) {
        // a view of a view: the same window (strides and shape included)
        mp_obj_memoryview_t *parent = memoryview_live(src);
        mp_obj_memoryview_t *m = m_new_obj(mp_obj_memoryview_t);
        *m = *parent;
        return MP_OBJ_FROM_PTR(m);
    }
    mp_buffer_info_t bi;
    if (mp_obj_is_str(src) || mp_obj_isinstance(src, &mp_type_str) || !mp_get_buffer(src, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "memoryview: a bytes-like object is required, not '%s'", mp_obj_get_type_str(src));
    }
    int tc = bi.typecode;
    size_t sz = mp_array_typecode_size(tc);
    if (sz == 0) {
        tc = 'B';
        sz = 1;
    }
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(mp_obj_new_memoryview(tc, bi.len / sz, bi.buf));
    mp_buffer_info_t wi;
    m->readonly = !mp_get_buffer(src, &wi, MP_BUFFER_WRITE) || mp_obj_is_type(src, &mp_type_bytes);
    m->obj = src;
    return MP_OBJ_FROM_PTR(m);
}

// release() leaves typecode 0 behind, which no live view ever has.
static bool memoryview_is_released(mp_obj_memoryview_t *m) {
    return m->typecode == 0;
}

// Re-derives a view's window from a resizable exporter (see the top of the file): `offset` is
// where item 0 lies; items that no longer fit are cut off the end of the window.
static void memoryview_follow(mp_obj_memoryview_t *m) {
    mp_obj_t o = m->obj;
    if (o == MP_OBJ_NULL || !mp_obj_is_obj(o)) {
        return;
    }
    if (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        mp_obj_t n = mp_obj_get_native(o, &mp_type_bytearray);
        o = n != o ? n : mp_obj_get_native(o, &mp_type_array);
    }
    if (!mp_obj_is_type(o, &mp_type_bytearray) && !mp_obj_is_type(o, &mp_type_array)) {
        return;
    }
    mp_obj_array_t *a = MP_OBJ_TO_PTR(o);
    size_t bytes = a->len * itemsize(a);
    size_t sz = mp_array_typecode_size(m->typecode);
    size_t avail;
    if (m->offset + sz > bytes) {
        avail = 0;
    } else if (m->stride < 0) {
        avail = m->offset / (size_t)-m->stride + 1; // items run down to the buffer's start
    } else if (m->stride == 0) {
        avail = m->len;
    } else {
        avail = (bytes - m->offset - sz) / (size_t)m->stride + 1;
    }
    m->items = m->offset <= bytes ? (byte *)a->items + m->offset : (byte *)a->items;
    if (m->len > avail) {
        // (an N-D view cut short loses its shape: it reads as the 1-D remainder)
        m->len = avail;
        m->ndim = 1;
        m->shape = NULL;
    }
}

static mp_obj_memoryview_t *memoryview_live(mp_obj_t self_in) {
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(self_in);
    if (memoryview_is_released(m)) {
        mp_raise_ValueError("operation forbidden on released memoryview object");
    }
    memoryview_follow(m);
    return m;
}

NORETURN static void memoryview_raise_nd(void) {
    mp_raise_NotImplementedError("multi-dimensional sub-views are not implemented");
}

static void memoryview_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, memoryview_is_released(m) ? "<released memory at %p>" : "<memory at %p>", MP_OBJ_TO_PTR(self_in));
}

static mp_obj_t memoryview_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_BOOL || op == MP_UNARY_OP_LEN) {
        memoryview_live(self_in);
    }
    size_t n = m->shape != NULL ? m->shape[0] : m->len;
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(n != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(n);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t memoryview_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(lhs_in);
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    bool eq = false;
    mp_buffer_info_t bi;
    if (lhs_in == rhs_in) {
        eq = true;
    } else if (memoryview_is_released(m)
               || (mp_obj_is_type(rhs_in, &mp_type_memoryview) && memoryview_is_released(MP_OBJ_TO_PTR(rhs_in)))) {
        eq = false;
    } else if (!(mp_obj_is_qstr(rhs_in) || mp_obj_is_type(rhs_in, &mp_type_str)) && mp_get_buffer(rhs_in, &bi, MP_BUFFER_READ)) {
        memoryview_follow(m);
        size_t sz = mp_array_typecode_size(m->typecode);
        int rtc = mp_array_typecode_size(bi.typecode) ? bi.typecode : 'B';
        if (mv_is_contiguous(m) && (rtc == m->typecode || (sz == 1 && mp_array_typecode_size(rtc) == 1 && (rtc == 'B') == (m->typecode == 'B')))) {
            eq = bi.len == m->len * sz && memcmp(bi.buf, m->items, bi.len) == 0;
        } else {
            size_t rn = bi.len / mp_array_typecode_size(rtc);
            eq = rn == m->len;
            for (size_t i = 0; eq && i < rn; i++) {
                eq = mp_obj_equal(mp_array_get_item(m->typecode, mv_item(m, i), 0), mp_array_get_item(rtc, bi.buf, i));
            }
        }
    }
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

static void memoryview_store_item(mp_obj_memoryview_t *m, byte *p, mp_obj_t value) {
    if (m->typecode == 'B') {
        mp_int_t v;
        if (!mp_obj_is_int(value) || !mp_obj_get_int_maybe(value, &v)) {
            mp_raise_msg_varg(&mp_type_TypeError, "memoryview: invalid type for format 'B'");
        }
        if (v < 0 || v > 255) {
            mp_raise_msg_varg(&mp_type_ValueError, "memoryview: invalid value for format 'B'");
        }
        *p = (byte)v;
    } else {
        mp_array_set_item(m->typecode, p, 0, value);
    }
}

// One index of a tuple key along a dimension of n items (CPython's errors and messages).
static size_t memoryview_nd_index(mp_obj_t key, size_t n, size_t dim) {
    mp_int_t i;
    if (!mp_obj_is_int(key)) {
        mp_raise_TypeError("memoryview: invalid slice key");
    }
    if (!mp_obj_get_int_maybe(key, &i)) {
        mp_raise_msg_varg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) {
        i += (mp_int_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        mp_raise_msg_varg(&mp_type_IndexError, "index out of bounds on dimension %u", (unsigned)dim + 1);
    }
    return (size_t)i;
}

// Subscription of an N-D view (or of any view by a tuple): m[i, j, ...] with one integer per
// dimension reaches an item (read or written); m[a:b] slices the first dimension (step 1 keeps
// the view C-contiguous, the only N-D layout there is). Anything that would need a sub-view
// with other strides raises NotImplementedError, as CPython does for the cases it lacks.
static mp_obj_t memoryview_subscr_nd(mp_obj_memoryview_t *m, mp_obj_t index, mp_obj_t value) {
    size_t ndim = m->shape != NULL ? m->ndim : 1;
    if (mp_obj_is_type(index, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *keys;
        mp_obj_tuple_get(index, &n, &keys);
        bool all_slices = n > 0;
        for (size_t d = 0; d < n; d++) {
            all_slices = all_slices && mp_obj_is_type(keys[d], &mp_type_slice);
        }
        if (all_slices) {
            mp_raise_NotImplementedError("multi-dimensional slicing is not implemented");
        }
        for (size_t d = 0; d < n; d++) {
            if (!mp_obj_is_int(keys[d])) {
                mp_raise_TypeError("memoryview: invalid slice key");
            }
        }
        if (n > ndim) {
            mp_raise_msg_varg(&mp_type_TypeError, "cannot index %u-dimension view with %u-element tuple", (unsigned)ndim, (unsigned)n);
        }
        if (n < ndim) {
            mp_raise_NotImplementedError("sub-views are not implemented");
        }
        size_t flat;
        if (m->shape == NULL) {
            flat = memoryview_nd_index(keys[0], m->len, 0);
        } else {
            flat = 0; // C order: the last index varies fastest
            for (size_t d = 0; d < n; d++) {
                flat = flat * m->shape[d] + memoryview_nd_index(keys[d], m->shape[d], d);
            }
        }
        if (value == MP_OBJ_SENTINEL) {
            return mp_array_get_item(m->typecode, mv_item(m, flat), 0);
        }
        memoryview_store_item(m, mv_item(m, flat), value);
        return mp_const_none;
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        if (value != MP_OBJ_SENTINEL) {
            mp_raise_NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
        }
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, m->shape[0], &b);
        size_t n = slice_count(&b);
        if (n > 1 && b.step != 1) {
            mp_raise_NotImplementedError("multi-dimensional sub-views are not implemented");
        }
        size_t row = m->len / m->shape[0]; // items per index of the first dimension
        size_t start = n > 0 ? (size_t)b.start : 0;
        mp_obj_memoryview_t *r = m_new_obj(mp_obj_memoryview_t);
        *r = *m;
        r->shape = m_new(size_t, m->ndim);
        memcpy(r->shape, m->shape, m->ndim * sizeof(size_t));
        r->shape[0] = n;
        r->len = n * row;
        r->items = mv_item(m, start * row);
        r->offset = m->offset + start * row * mp_array_typecode_size(m->typecode);
        return MP_OBJ_FROM_PTR(r);
    }
    if (!mp_obj_is_int(index)) {
        mp_raise_TypeError("memoryview: invalid slice key");
    }
    if (value == MP_OBJ_SENTINEL) {
        memoryview_raise_nd();
    }
    mp_raise_NotImplementedError("sub-views are not implemented");
}

static mp_obj_t memoryview_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_memoryview_t *m = memoryview_live(self_in);
    size_t sz = mp_array_typecode_size(m->typecode);
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError("cannot delete memory");
    }
    if (value != MP_OBJ_SENTINEL && m->readonly) {
        mp_raise_TypeError("cannot modify read-only memory");
    }
    if (m->shape != NULL || mp_obj_is_type(index, &mp_type_tuple)) {
        return memoryview_subscr_nd(m, index, value);
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, m->len, &b);
        size_t n = slice_count(&b);
        byte *first = mv_item(m, n > 0 ? (size_t)b.start : 0);
        if (n == 0) {
            first = m->items;
        }
        if (value == MP_OBJ_SENTINEL) {
            mp_obj_memoryview_t *r = MP_OBJ_TO_PTR(mp_obj_new_memoryview(m->typecode, n, first));
            r->readonly = m->readonly;
            r->obj = m->obj;
            r->stride = n > 1 ? m->stride * b.step : (mp_int_t)sz;
            r->offset = m->offset + (first - m->items);
            return MP_OBJ_FROM_PTR(r);
        }
        // m[a:b:c] = buffer: the same number of items of the same format
        mp_buffer_info_t bi;
        mp_get_buffer_raise(value, &bi, MP_BUFFER_READ);
        int vtc = mp_array_typecode_size(bi.typecode) ? bi.typecode : 'B';
        bool same_fmt = vtc == m->typecode || (sz == 1 && mp_array_typecode_size(vtc) == 1 && (vtc == 'B') == (m->typecode == 'B'));
        if (!same_fmt || bi.len != n * sz) {
            mp_raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        if (n <= 1 || m->stride * b.step == (mp_int_t)sz) {
            memmove(first, bi.buf, bi.len);
            return mp_const_none;
        }
        // the source may overlap the destination (m[::2] = m[1::2]): copy it out first
        byte *tmp = m_new(byte, bi.len + 1);
        memcpy(tmp, bi.buf, bi.len);
        for (size_t k = 0; k < n; k++) {
            memcpy(first + (mp_int_t)k * m->stride * b.step, tmp + k * sz, sz);
        }
        m_free(tmp, bi.len + 1);
        return mp_const_none;
    }
    size_t i = norm_index(index, m->len, "memoryview");
    if (value == MP_OBJ_SENTINEL) {
        return mp_array_get_item(m->typecode, mv_item(m, i), 0);
    }
    memoryview_store_item(m, mv_item(m, i), value);
    return mp_const_none;
}

// The buffer protocol hands out contiguous memory: a strided view gives a fresh copy of its
// items for reading and cannot be written through.
static int memoryview_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_memoryview_t *m = memoryview_live(self_in);
    if ((flags & MP_BUFFER_WRITE) && (m->readonly || !mv_is_contiguous(m))) {
        return 1;
    }
    size_t sz = mp_array_typecode_size(m->typecode);
    bufinfo->typecode = m->typecode;
    bufinfo->len = m->len * sz;
    if (mv_is_contiguous(m)) {
        bufinfo->buf = m->items;
        return 0;
    }
    byte *copy = m_new(byte, bufinfo->len);
    for (size_t i = 0; i < m->len; i++) {
        memcpy(copy + i * sz, mv_item(m, i), sz);
    }
    bufinfo->buf = copy;
    return 0;
}

// Nested lists along the shape (item k of the flat C-order sequence at *k).
static mp_obj_t memoryview_tolist_dim(mp_obj_memoryview_t *m, size_t dim, size_t *k) {
    size_t n = m->shape != NULL ? m->shape[dim] : m->len;
    mp_obj_t list = mp_obj_new_list(n, NULL);
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (m->shape != NULL && dim + 1 < m->ndim) {
            items[i] = memoryview_tolist_dim(m, dim + 1, k);
        } else {
            items[i] = mp_array_get_item(m->typecode, mv_item(m, (*k)++), 0);
        }
    }
    return list;
}

static mp_obj_t memoryview_tolist(mp_obj_t self_in) {
    mp_obj_memoryview_t *m = memoryview_live(self_in);
    size_t k = 0;
    return memoryview_tolist_dim(m, 0, &k);
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_tolist_obj, memoryview_tolist);

static mp_obj_t memoryview_release(mp_obj_t self_in) {
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(self_in);
    m->typecode = 0;
    m->len = 0;
    m->items = NULL;
    m->obj = MP_OBJ_NULL;
    m->shape = NULL;
    m->ndim = 1;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_release_obj, memoryview_release);

static mp_obj_t memoryview_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_enter_obj, memoryview_enter);

static mp_obj_t memoryview_exit(size_t n_args, const mp_obj_t *args) {
    memoryview_release(args[0]);
    return mp_const_none;
}

static mp_int_t memoryview_shape_item(mp_obj_t o) {
    mp_int_t d;
    if (!mp_obj_is_int(o) || !mp_obj_get_int_maybe(o, &d)) {
        mp_raise_TypeError("memoryview.cast(): elements of shape must be integers");
    }
    if (d <= 0) {
        mp_raise_ValueError("memoryview.cast(): elements of shape must be integers > 0");
    }
    return d;
}

// cast(format[, shape]): the same bytes seen as items of another typecode (one side must be a
// byte format), optionally as an N-D array of the given shape; only C-contiguous views cast.
static mp_obj_t memoryview_cast(size_t n_args, const mp_obj_t *args) {
    mp_obj_memoryview_t *m = memoryview_live(args[0]);
    if (!mp_obj_is_str(args[1])) {
        mp_raise_msg_varg(&mp_type_TypeError, "cast() argument 'format' must be str, not %s", mp_obj_get_type_str(args[1]));
    }
    size_t fl;
    const char *fmt = mp_obj_str_get_data(args[1], &fl);
    if (fl == 2 && fmt[0] == '@') {
        fmt++;
        fl--;
    }
    size_t nsz = fl == 1 ? mp_array_typecode_size(fmt[0]) : 0;
    if (nsz == 0) {
        mp_raise_ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (!mv_is_contiguous(m)) {
        mp_raise_TypeError("memoryview: casts are restricted to C-contiguous views");
    }
    size_t n_shape = 0;
    mp_obj_t *shape_items = NULL;
    bool have_shape = n_args > 2 && args[2] != mp_const_none;
    if (have_shape) {
        if (mp_obj_is_type(args[2], &mp_type_list)) {
            mp_obj_list_get(args[2], &n_shape, &shape_items);
        } else if (mp_obj_is_type(args[2], &mp_type_tuple)) {
            mp_obj_tuple_get(args[2], &n_shape, &shape_items);
        } else {
            mp_raise_TypeError("shape must be a list or a tuple");
        }
        if (n_shape > 64) {
            mp_raise_ValueError("memoryview: number of dimensions must not exceed 64");
        }
        if (m->shape != NULL && n_shape != 1) {
            mp_raise_TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
    }
    size_t osz = mp_array_typecode_size(m->typecode);
    bool obyte = m->typecode == 'B' || m->typecode == 'b' || m->typecode == 'c';
    bool nbyte = fmt[0] == 'B' || fmt[0] == 'b' || fmt[0] == 'c';
    if (!obyte && !nbyte) {
        mp_raise_TypeError("memoryview: cannot cast between two non-byte formats");
    }
    size_t nbytes = m->len * osz;
    size_t *shape = NULL;
    size_t n_items = nbytes / nsz;
    if (have_shape && n_shape != 1) {
        if (n_shape == 0) {
            mp_raise_NotImplementedError("memoryview: zero-dimensional views are not supported");
        }
        shape = m_new(size_t, n_shape);
        size_t prod = 1;
        for (size_t i = 0; i < n_shape; i++) {
            mp_int_t d = memoryview_shape_item(shape_items[i]);
            shape[i] = (size_t)d;
            if (__builtin_mul_overflow(prod, shape[i], &prod)) {
                mp_raise_ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
        }
        if (prod * nsz != nbytes) {
            mp_raise_TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        n_items = prod;
    } else {
        if (have_shape) {
            mp_int_t d = memoryview_shape_item(shape_items[0]);
            if ((size_t)d * nsz != nbytes) {
                mp_raise_TypeError("memoryview: product(shape) * itemsize != buffer size");
            }
        } else if (nbytes % nsz != 0) {
            mp_raise_TypeError("memoryview: length is not a multiple of itemsize");
        }
    }
    mp_obj_memoryview_t *r = MP_OBJ_TO_PTR(mp_obj_new_memoryview((byte)fmt[0], n_items, m->items));
    r->readonly = m->readonly;
    r->obj = m->obj;
    r->offset = m->offset;
    if (shape != NULL) {
        r->shape = shape;
        r->ndim = (uint8_t)n_shape;
    }
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(memoryview_cast_obj, 2, 3, memoryview_cast);
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(memoryview_exit_obj, 1, 4, memoryview_exit);

static mp_obj_t memoryview_toreadonly(mp_obj_t self_in) {
    mp_obj_memoryview_t *m = memoryview_live(self_in);
    mp_obj_memoryview_t *r = m_new_obj(mp_obj_memoryview_t);
    *r = *m;
    r->readonly = true;
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_toreadonly_obj, memoryview_toreadonly);

// shape (in items) or strides (in bytes) as a tuple
static mp_obj_t memoryview_dims(mp_obj_memoryview_t *m, bool strides) {
    size_t sz = mp_array_typecode_size(m->typecode);
    mp_obj_t t = mp_obj_new_tuple(m->ndim, NULL);
    mp_obj_t *items;
    size_t n;
    mp_obj_tuple_get(t, &n, &items);
    if (m->shape == NULL) {
        items[0] = strides ? mp_obj_new_int(m->stride) : mp_obj_new_int_from_uint(m->len);
        return t;
    }
    size_t step = sz;
    for (size_t i = m->ndim; i-- > 0;) {
        items[i] = mp_obj_new_int_from_uint(strides ? step : m->shape[i]);
        step *= m->shape[i];
    }
    return t;
}

// C-contiguous (fortran: F-contiguous): every dimension longer than 1 has the stride that
// packing the later (fortran: earlier) dimensions gives; an empty view is both.
static bool memoryview_contiguous(mp_obj_memoryview_t *m, bool fortran) {
    if (m->len == 0 || m->shape == NULL) {
        return mv_is_contiguous(m);
    }
    if (!fortran) {
        return true;
    }
    size_t longer = 0;
    for (size_t i = 0; i < m->ndim; i++) {
        longer += m->shape[i] > 1;
    }
    return longer <= 1;
}

static void memoryview_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_memoryview_t *m = MP_OBJ_TO_PTR(self_in);
    if (memoryview_is_released(m) && (attr == MP_QSTR_readonly || attr == MP_QSTR_itemsize || attr == MP_QSTR_nbytes
                                      || attr == MP_QSTR_format || attr == MP_QSTR_obj || attr == MP_QSTR_ndim
                                      || attr == MP_QSTR_shape || attr == MP_QSTR_strides || attr == MP_QSTR_suboffsets
                                      || attr == MP_QSTR_contiguous || attr == MP_QSTR_c_contiguous
                                      || attr == MP_QSTR_f_contiguous)) {
        memoryview_live(self_in);
    }
    if (!memoryview_is_released(m)) {
        memoryview_follow(m);
    }
    size_t sz = mp_array_typecode_size(m->typecode);
    if (attr == MP_QSTR_readonly) {
        dest[0] = mp_obj_new_bool(m->readonly);
    } else if (attr == MP_QSTR_itemsize) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(sz);
    } else if (attr == MP_QSTR_nbytes) {
        dest[0] = mp_obj_new_int_from_uint(m->len * sz);
    } else if (attr == MP_QSTR_format) {
        char c = (char)m->typecode;
        dest[0] = mp_obj_new_str(&c, 1);
    } else if (attr == MP_QSTR_obj) {
        dest[0] = m->obj == MP_OBJ_NULL ? mp_const_none : m->obj;
    } else if (attr == MP_QSTR_ndim) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(m->ndim);
    } else if (attr == MP_QSTR_shape) {
        dest[0] = memoryview_dims(m, false);
    } else if (attr == MP_QSTR_strides) {
        dest[0] = memoryview_dims(m, true);
    } else if (attr == MP_QSTR_suboffsets) {
        dest[0] = mp_const_empty_tuple;
    } else if (attr == MP_QSTR_contiguous || attr == MP_QSTR_c_contiguous) {
        dest[0] = mp_obj_new_bool(memoryview_contiguous(m, false));
    } else if (attr == MP_QSTR_f_contiguous) {
        dest[0] = mp_obj_new_bool(memoryview_contiguous(m, true));
    }
}

static const mp_rom_map_elem_t memoryview_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&memoryview_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&memoryview_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_cast), MP_ROM_PTR(&memoryview_cast_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_obj_bytes_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&memoryview_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&array_tobytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&memoryview_tolist_obj) },
    { MP_ROM_QSTR(MP_QSTR_toreadonly), MP_ROM_PTR(&memoryview_toreadonly_obj) },
};
static MP_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_dict_table);

const mp_obj_type_t mp_type_memoryview = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_memoryview,
    .print = memoryview_print,
    .make_new = memoryview_make_new,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .getiter = array_getiter,
    .buffer = memoryview_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&memoryview_locals_dict,
};
