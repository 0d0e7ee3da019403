// py/objstr.c: the str and bytes types.
//
// Representation. A str is either a qstr object (tagged word; text from qstr_data) or an
// mp_obj_str_t whose type is mp_type_str; bytes always use mp_obj_str_t with mp_type_bytes.
// Both forms behave identically: equality compares bytes, and the hash of any str or bytes is
// qstr_compute_hash over its bytes, so dicts mix them freely. Text is UTF-8; len(), indexing,
// slicing and the index arguments/results of find() & co count code points.
//
// Three shapes of mp_obj_str_t, told apart by address arithmetic only:
//   foreign  not in the GC heap (ROM/static: b'', the one-char table, sys.version). NUL after
//            the text; nothing is ever written to it (no hash or char count cached).
//   block    "ours", one allocation: header, a cached "char count + 1" word, the text, NUL
//            (see py/objstr.h); data == the address just past the header.
//   grown    "ours", a bare 4-word header whose data points into a growth buffer (str_buf_t,
//            a separate allocation shared by a chain of strs built by appending).
// Every mp_obj_str_t in the GC heap is a block or a grown header (gc_is_heap_ptr(s) decides
// foreign; data == inline address decides block). A block's data is never block-aligned
// (header is 40 bytes), a grown header's data always is at sizeof(str_buf_t) past a GC block
// start, so the two never look alike. The hash is cached in the header of ours.
//
// In-place append (why `s += t` in a loop is linear). A growth buffer holds `cap` bytes of
// which `used` are written and immutable from then on; several grown strs share it, each
// seeing only its own prefix [0, len). The str whose text ends exactly at `used` is the tail
// owner: `owner + t` with room left copies t to data[used..], bumps `used` and returns a new
// 4-word header on the same buffer; the old owner still reads its own len bytes, unchanged.
// Any other str of the buffer (a shorter prefix: `used` moved past it), or the owner when
// there is no room, gets a fresh buffer of twice the total (amortised O(1) per byte). A
// concatenation of a non-grown str makes a buffer sized to the result (the GC block rounding
// gives the first spare room), so one-off concatenations cost no more memory than a block.
//
// NUL termination. Blocks and foreign strs have data[len] == 0; a grown str has it only while
// it is the owner (data[used] is kept 0), so mp_obj_str_t.data is NOT a C string in general.
// C-string users go through mp_obj_str_get_str / mp_obj_str_get_cstr: an owner is sealed
// (cap = used, so nothing can ever overwrite its NUL) and returned as is; any other grown str
// returns a NUL-terminated copy. Everything else here works on (data, len). Char counts of
// grown strs are cached in the buffer (counted_len, counted_chars) and extended
// incrementally, so len() after each append stays O(appended).
//
// Most methods are written once over a "view" (data, len, kind) of self so that str, bytes
// and bytearray share them; results take the kind of self. Arguments must match the kind:
// str wants str, bytes/bytearray accept any object exporting a buffer.
//
// Small results are shared: '' is the empty qstr and one-char ASCII strs are qstrs cached in
// a table, so chr(), indexing, iteration and split into characters allocate nothing.
#include <stdio.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/gc.h"

// ---------------------------------------------------------------------------------------------
// Blocks, construction

typedef struct _str_block_t {
    mp_obj_str_t s;
    size_t charlen1;    // code points + 1; 0 = not counted yet (str only)
    byte data[];
} str_block_t;

// The block behind s if objstr.c allocated it, else NULL (only address arithmetic on s).
static inline str_block_t *str_block(const mp_obj_str_t *s) {
    str_block_t *b = (str_block_t *)s;
    return s->data == b->data ? b : NULL;
}

// A growth buffer (see the top of the file). data[cap] is the NUL slot, data[used] == 0.
typedef struct _str_buf_t {
    size_t cap;             // bytes of text room in data[]
    size_t used;            // bytes written; [0, used) never changes again
    size_t counted_len;     // data[0, counted_len) holds counted_chars code points (str only)
    size_t counted_chars;
    byte data[];
} str_buf_t;

// A block's data sits 40 bytes into a GC block, a growth buffer's data sizeof(str_buf_t):
// they must differ modulo the block size (see the top of the file).
_Static_assert((sizeof(str_block_t) - sizeof(str_buf_t)) % MP_GC_BLOCK_BYTES != 0,
    "str blocks and growth buffers must not look alike");

// Results shorter than this are plain blocks (copying them is cheaper than a second object).
#define STR_GROW_MIN (24)

// Whether s may have its hash cached (blocks and grown headers: ours, in the heap).
static inline bool str_is_ours(const mp_obj_str_t *s) {
    return gc_is_heap_ptr(s);
}

// The growth buffer of s, or NULL if s is a block or foreign.
static inline str_buf_t *str_grown_buf(const mp_obj_str_t *s) {
    if (!gc_is_heap_ptr(s) || str_block(s) != NULL) {
        return NULL;
    }
    return (str_buf_t *)(s->data - offsetof(str_buf_t, data));
}

// Code points in the first len bytes of a growth buffer, extending the buffer's count cache.
static size_t count_chars(const byte *s, size_t len);
static size_t buf_charlen(str_buf_t *buf, size_t len) {
    if (len >= buf->counted_len) {
        size_t n = buf->counted_chars + count_chars(buf->data + buf->counted_len, len - buf->counted_len);
        buf->counted_len = len;
        buf->counted_chars = n;
        return n;
    }
    if (len >= buf->counted_len / 2) {
        return buf->counted_chars - count_chars(buf->data + len, buf->counted_len - len);
    }
    return count_chars(buf->data, len);
}

// A new grown str: the first len bytes of buf.
static mp_obj_t str_new_grown(const mp_obj_type_t *type, str_buf_t *buf, size_t len) {
    mp_obj_str_t *o = m_malloc(sizeof(mp_obj_str_t));
    o->base.type = type;
    o->hash = 0;
    o->len = len;
    o->data = buf->data;
    return MP_OBJ_FROM_PTR(o);
}

// A new growth buffer with room for cap bytes (rounded up to fill its last GC block).
static str_buf_t *str_buf_new(size_t cap) {
    if (cap > (size_t)-1 / 2) {
        m_malloc_fail((size_t)-1);   // (the rounding below must not wrap)
    }
    size_t bytes = sizeof(str_buf_t) + cap + 1;
    bytes = (bytes + MP_GC_BLOCK_BYTES - 1) & ~(size_t)(MP_GC_BLOCK_BYTES - 1);
    str_buf_t *buf = m_malloc_uninit(bytes);
    buf->cap = bytes - sizeof(str_buf_t) - 1;
    buf->used = 0;
    buf->counted_len = 0;
    buf->counted_chars = 0;
    return buf;
}

const mp_obj_str_t mp_const_empty_bytes_obj = {{&mp_type_bytes}, 5381, 0, (const byte *)""};

// One-char ASCII strs are the qstrs of this table, interned on first use. qstrs are never
// freed nor renumbered (qstr_init keeps the pools of an earlier init), so the table stays
// valid for the life of the process; a qstr result also keeps dicts on their qstr fast path.
static qstr ascii_char_qstr[128];

static MP_NOINLINE qstr ascii_char_intern(byte c) {
    qstr q = qstr_from_strn((const char *)&c, 1);
    ascii_char_qstr[c] = q;
    return q;
}

static inline mp_obj_t ascii_char(byte c) {
    qstr q = ascii_char_qstr[c];
    if (MP_UNLIKELY(q == MP_QSTRnull)) {
        q = ascii_char_intern(c);
    }
    return MP_OBJ_NEW_QSTR(q);
}

mp_obj_t mp_obj_str_ascii_char(byte c) {
    return ascii_char(c & 0x7f);
}

mp_obj_t mp_obj_str_alloc_maybe(const mp_obj_type_t *type, size_t len, byte **data) {
    str_block_t *b = len < (size_t)-1 - sizeof(str_block_t) ? m_malloc_maybe(sizeof(str_block_t) + len + 1) : NULL;
    if (b == NULL) {
        return MP_OBJ_NULL;
    }
    b->s.base.type = type;
    b->s.hash = 0;
    b->s.len = len;
    b->s.data = b->data;
    b->charlen1 = 0;
    b->data[len] = 0;
    *data = b->data;
    return MP_OBJ_FROM_PTR(b);
}

mp_obj_t mp_obj_str_alloc(const mp_obj_type_t *type, size_t len, byte **data) {
    if (len >= (size_t)-1 - sizeof(str_block_t)) {
        m_malloc_fail((size_t)-1);
    }
    str_block_t *b = m_malloc(sizeof(str_block_t) + len + 1);
    b->s.base.type = type;
    b->s.hash = 0;
    b->s.len = len;
    b->s.data = b->data;
    b->charlen1 = 0;
    b->data[len] = 0;
    *data = b->data;
    return MP_OBJ_FROM_PTR(b);
}

mp_obj_t mp_obj_new_str_copy(const mp_obj_type_t *type, const byte *data, size_t len) {
    if (type == &mp_type_str) {
        if (len == 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        if (len == 1 && data[0] < 0x80) {
            return ascii_char(data[0]);
        }
    } else if (type == &mp_type_bytes && len == 0) {
        return mp_const_empty_bytes;
    }
    byte *p;
    mp_obj_t o = mp_obj_str_alloc(type, len, &p);
    memcpy(p, data, len);
    return o;
}

mp_obj_t mp_obj_new_str(const char *data, size_t len) {
    return mp_obj_new_str_copy(&mp_type_str, (const byte *)data, len);
}

mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len) {
    return MP_OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

static mp_obj_t new_from_vstr(const mp_obj_type_t *type, vstr_t *vstr) {
    mp_obj_t o = mp_obj_new_str_copy(type, (const byte *)vstr->buf, vstr->len);
    if (!vstr->fixed_buf) {
        m_free(vstr->buf, vstr->alloc);
        vstr->buf = NULL;
        vstr->alloc = 0;
        vstr->len = 0;
    }
    return o;
}

// "Block vstrs": a vstr whose buffer starts with room for a str_block_t header, so that the
// finished buffer becomes the str object itself (no copy, no second allocation).
#define BVSTR_HEADER sizeof(str_block_t)

static void bvstr_init(vstr_t *vstr, size_t hint) {
    vstr_init(vstr, BVSTR_HEADER + hint + 1);
    vstr->len = BVSTR_HEADER;
}

static mp_obj_t bvstr_finish(vstr_t *vstr, const mp_obj_type_t *type) {
    size_t len = vstr->len - BVSTR_HEADER;
    if (len == 0 || (len == 1 && type == &mp_type_str && (byte)vstr->buf[BVSTR_HEADER] < 0x80)) {
        // shared objects: '' , b'' and the one-char ASCII strs
        mp_obj_t o = mp_obj_new_str_copy(type, (const byte *)vstr->buf + BVSTR_HEADER, len);
        m_free(vstr->buf, vstr->alloc);
        vstr->buf = NULL;
        return o;
    }
    vstr_add_byte(vstr, 0);
    char *buf = vstr->buf;
    if (vstr->alloc > vstr->len + vstr->len / 4 + 32) {
        buf = m_realloc(buf, vstr->alloc, vstr->len);
    }
    vstr->buf = NULL;
    str_block_t *b = (str_block_t *)buf;
    b->s.base.type = type;
    b->s.hash = 0;
    b->s.len = len;
    b->s.data = b->data;
    b->charlen1 = 0;
    return MP_OBJ_FROM_PTR(b);
}

void mp_str_vstr_init(vstr_t *vstr, size_t hint) {
    bvstr_init(vstr, hint);
}

mp_obj_t mp_str_vstr_finish(vstr_t *vstr, const mp_obj_type_t *type) {
    return bvstr_finish(vstr, type);
}

mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr) {
    return new_from_vstr(&mp_type_str, vstr);
}

mp_obj_t mp_obj_new_bytes(const byte *data, size_t len) {
    return mp_obj_new_str_copy(&mp_type_bytes, data, len);
}

mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr) {
    return new_from_vstr(&mp_type_bytes, vstr);
}

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers

// Counts code points: every byte that is not a continuation byte (10xxxxxx) starts one.
static size_t count_chars(const byte *s, size_t len) {
    size_t cont = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t hi = w & 0x8080808080808080ULL;
        if (hi) {
            // bit 7 set and bit 6 clear marks a continuation byte
            cont += __builtin_popcountll(hi & ~(w << 1));
        }
    }
    for (; i < len; i++) {
        cont += utf8_is_cont(s[i]);
    }
    return len - cont;
}

static size_t str_obj_charlen(mp_obj_t o, const byte *data, size_t len) {
    if (mp_obj_is_qstr(o)) {
        return count_chars(data, len);
    }
    mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
    str_block_t *b = str_block(s);
    if (b == NULL) {
        str_buf_t *buf = str_grown_buf(s);
        return buf != NULL ? buf_charlen(buf, len) : count_chars(data, len);
    }
    if (b->charlen1 == 0) {
        b->charlen1 = count_chars(data, len) + 1;
    }
    return b->charlen1 - 1;
}

// Byte offset of code point `ci` (0 <= ci <= number of chars) in a non-ASCII string.
static size_t char_to_byte(const byte *s, size_t len, size_t ci) {
    size_t i = 0;
    while (ci > 0 && i < len) {
        i++;
        while (i < len && utf8_is_cont(s[i])) {
            i++;
        }
        ci--;
    }
    return i;
}

static inline size_t char_len_at(const byte *p) {
    byte c = *p;
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

// ---------------------------------------------------------------------------------------------
// Views of self and arguments

typedef enum { KIND_STR, KIND_BYTES, KIND_BYTEARRAY } str_kind_t;

#define CLEN_UNKNOWN ((size_t)-1)

typedef struct _str_view_t {
    const byte *data;
    size_t len;       // bytes
    size_t clen;      // code points (== len unless a non-ASCII str); CLEN_UNKNOWN until needed
    str_kind_t kind;
    mp_obj_t obj;     // the native object
} str_view_t;

static inline bool is_instance_obj(mp_obj_t o) {
    return mp_obj_is_obj(o) && (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE);
}

// For an instance of a user subclass of str/bytes/bytearray: the native object inside.
static MP_NOINLINE mp_obj_t unwrap_instance(mp_obj_t o) {
    {
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if (mp_obj_is_subclass(t, &mp_type_str)) {
            return mp_obj_get_native(o, &mp_type_str);
        }
        if (mp_obj_is_subclass(t, &mp_type_bytes)) {
            return mp_obj_get_native(o, &mp_type_bytes);
        }
        if (mp_obj_is_subclass(t, &mp_type_bytearray)) {
            return mp_obj_get_native(o, &mp_type_bytearray);
        }
    }
    return o;
}

static inline mp_obj_t unwrap(mp_obj_t o) {
    return is_instance_obj(o) ? unwrap_instance(o) : o;
}

static inline bool is_str(mp_obj_t o) {
    return mp_obj_is_qstr(o) || mp_obj_is_type(o, &mp_type_str);
}

static size_t known_charlen(mp_obj_t o);

static void get_view(mp_obj_t o, str_view_t *v) {
    if (!mp_obj_is_qstr(o)) {
        o = unwrap(o);
    }
    v->obj = o;
    if (mp_obj_is_qstr(o)) {
        v->data = qstr_data(MP_OBJ_QSTR_VALUE(o), &v->len);
        v->kind = KIND_STR;
        v->clen = CLEN_UNKNOWN;
        return;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_str || t == &mp_type_bytes) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        v->data = s->data;
        v->len = s->len;
        if (t == &mp_type_str) {
            v->kind = KIND_STR;
            v->clen = known_charlen(o);
        } else {
            v->kind = KIND_BYTES;
            v->clen = s->len;
        }
        return;
    }
    if (t == &mp_type_bytearray) {
        mp_obj_array_t *a = MP_OBJ_TO_PTR(o);
        v->data = a->items;
        v->len = v->clen = a->len;
        v->kind = KIND_BYTEARRAY;
        return;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "descriptor requires a 'str' object but received a '%s'",
        mp_obj_get_type_str(o));
}

// Code points of the view, counted (and cached in our blocks) on first use.
static inline size_t vclen(str_view_t *v) {
    if (MP_UNLIKELY(v->clen == CLEN_UNKNOWN)) {
        v->clen = str_obj_charlen(v->obj, v->data, v->len);
    }
    return v->clen;
}

#define IS_ASCII(v) (vclen(v) == (v)->len)

// Char count of a str if already known without scanning, else CLEN_UNKNOWN.
static size_t known_charlen(mp_obj_t o) {
    if (mp_obj_is_qstr(o)) {
        size_t l = qstr_len(MP_OBJ_QSTR_VALUE(o));
        return l <= 1 ? l : CLEN_UNKNOWN;
    }
    mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
    str_block_t *b = str_block(s);
    if (b != NULL) {
        return b->charlen1 != 0 ? b->charlen1 - 1 : CLEN_UNKNOWN;
    }
    str_buf_t *buf = str_grown_buf(s);
    return (buf != NULL && buf->counted_len == s->len) ? buf->counted_chars : CLEN_UNKNOWN;
}

static byte byte_arg(mp_obj_t o);

// Data of an argument that must match the kind of self.
static const byte *arg_data(str_kind_t kind, mp_obj_t arg, size_t *len) {
    if (kind == KIND_STR) {
        if (!mp_obj_is_qstr(arg)) {
            arg = unwrap(arg);
        }
        if (!is_str(arg)) {
            mp_raise_msg_varg(&mp_type_TypeError, "must be str, not %s", mp_obj_get_type_str(arg));
        }
        GET_STR_DATA_LEN(arg, d, l);
        *len = l;
        return d;
    }
    if (is_str(arg)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(arg));
    }
    mp_buffer_info_t bi;
    if (!mp_get_buffer(arg, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(arg));
    }
    *len = bi.len;
    return bi.buf;
}

static mp_obj_t new_kind(str_kind_t kind, const byte *data, size_t len) {
    switch (kind) {
        case KIND_STR:
            return mp_obj_new_str_copy(&mp_type_str, data, len);
        case KIND_BYTES:
            return mp_obj_new_bytes(data, len);
        default:
            return mp_obj_new_bytearray(len, data);
    }
}

// Returns self unchanged where immutability allows (a str/bytes), else a copy.
static mp_obj_t same_or_copy(str_view_t *v) {
    if (v->kind == KIND_BYTEARRAY) {
        return mp_obj_new_bytearray(v->len, v->data);
    }
    return v->obj;
}

// Finishes a block vstr (bvstr_init) as a result of the given kind.
static mp_obj_t new_kind_from_vstr(str_kind_t kind, vstr_t *vstr) {
    if (kind == KIND_BYTEARRAY) {
        mp_obj_t o = mp_obj_new_bytearray(vstr->len - BVSTR_HEADER, vstr->buf + BVSTR_HEADER);
        vstr_clear(vstr);
        return o;
    }
    return bvstr_finish(vstr, kind == KIND_STR ? &mp_type_str : &mp_type_bytes);
}

// ---------------------------------------------------------------------------------------------
// Public accessors

// The text of s with a NUL after it: in place unless s is a grown str that is not the tail
// owner of its buffer (then a copy). An owner is sealed so its NUL is never overwritten.
static const char *str_cstr(mp_obj_str_t *s) {
    str_buf_t *buf = str_grown_buf(s);
    if (buf == NULL) {
        return (const char *)s->data;
    }
    if (s->len == buf->used) {
        buf->cap = buf->used;
        return (const char *)s->data;
    }
    char *c = m_malloc_uninit(s->len + 1);
    memcpy(c, s->data, s->len);
    c[s->len] = 0;
    return c;
}

const char *mp_obj_str_get_cstr(mp_obj_t self_in, size_t *len) {
    // (the native part of a str subclass's instance may itself be a qstr: S('A'))
    mp_obj_t o = unwrap(self_in);
    if (mp_obj_is_qstr(o)) {
        return (const char *)qstr_data(MP_OBJ_QSTR_VALUE(o), len);
    }
    if (mp_obj_is_str_or_bytes(o)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        *len = s->len;
        return str_cstr(s);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to str implicitly", mp_obj_get_type_str(self_in));
}

const char *mp_obj_str_get_str(mp_obj_t self_in) {
    mp_obj_t o = unwrap(self_in);
    if (mp_obj_is_qstr(o)) {
        return qstr_str(MP_OBJ_QSTR_VALUE(o));
    }
    if (mp_obj_is_type(o, &mp_type_str)) {
        return str_cstr(MP_OBJ_TO_PTR(o));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to str implicitly", mp_obj_get_type_str(self_in));
}

const char *mp_obj_str_get_data(mp_obj_t self_in, size_t *len) {
    mp_obj_t o = unwrap(self_in);
    if (mp_obj_is_qstr(o)) {
        return (const char *)qstr_data(MP_OBJ_QSTR_VALUE(o), len);
    }
    if (mp_obj_is_str_or_bytes(o)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        *len = s->len;
        return (const char *)s->data;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to str implicitly", mp_obj_get_type_str(self_in));
}

qstr mp_obj_str_get_qstr(mp_obj_t self_in) {
    if (mp_obj_is_qstr(self_in)) {
        return MP_OBJ_QSTR_VALUE(self_in);
    }
    size_t len;
    const char *s = mp_obj_str_get_data(self_in, &len);
    return qstr_from_strn(s, len);
}

mp_obj_t mp_obj_str_intern(mp_obj_t str) {
    return MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(str));
}

size_t mp_obj_str_get_hash(mp_obj_t self_in) {
    mp_obj_t o = unwrap(self_in);
    if (mp_obj_is_qstr(o)) {
        return qstr_hash(MP_OBJ_QSTR_VALUE(o));
    }
    mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
    if (s->hash != 0) {
        return s->hash;
    }
    size_t h = qstr_compute_hash(s->data, s->len);
    if (str_is_ours(s)) {
        s->hash = h;
    }
    return h;
}

bool mp_obj_str_equal(mp_obj_t s1, mp_obj_t s2) {
    if (mp_obj_is_qstr(s1) && mp_obj_is_qstr(s2)) {
        return s1 == s2;
    }
    GET_STR_DATA_LEN(s1, d1, l1);
    GET_STR_DATA_LEN(s2, d2, l2);
    if (l1 != l2) {
        return false;
    }
    if (!mp_obj_is_qstr(s1) && !mp_obj_is_qstr(s2)) {
        size_t h1 = ((mp_obj_str_t *)MP_OBJ_TO_PTR(s1))->hash;
        size_t h2 = ((mp_obj_str_t *)MP_OBJ_TO_PTR(s2))->hash;
        if (h1 != 0 && h2 != 0 && h1 != h2) {
            return false;
        }
    }
    return memcmp(d1, d2, l1) == 0;
}

// ---------------------------------------------------------------------------------------------
// Printing

// escape_single: escape ' even inside "..." (CPython's bytearray repr does).
static void print_quoted_ex(const mp_print_t *print, const byte *s, size_t len, bool is_bytes, bool escape_single) {
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    mp_print_strn(print, &quote, 1);
    const byte *end = s + len;
    const byte *run = s;   // start of pending characters to print verbatim
    char buf[12];
    while (s < end) {
        byte c = *s;
        const char *esc = NULL;
        size_t n = 1;
        if (c >= 0x20 && c < 0x7f) {
            if (c == (byte)quote || c == '\\' || (escape_single && c == '\'')) {
                buf[0] = '\\';
                buf[1] = c;
                buf[2] = 0;
                esc = buf;
            }
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\r') {
            esc = "\\r";
        } else if (c == '\t') {
            esc = "\\t";
        } else if (c < 0x80 || is_bytes) {
            snprintf(buf, sizeof(buf), "\\x%02x", c);
            esc = buf;
        } else {
            n = char_len_at(s);
            if (s + n > end) {
                n = end - s;
            }
            uint32_t ch = utf8_get_char(s);
            if (!mp_uni_isprintable(ch)) {
                if (ch < 0x100) {
                    snprintf(buf, sizeof(buf), "\\x%02x", (unsigned)ch);
                } else if (ch < 0x10000) {
                    snprintf(buf, sizeof(buf), "\\u%04x", (unsigned)ch);
                } else {
                    snprintf(buf, sizeof(buf), "\\U%08x", (unsigned)ch);
                }
                esc = buf;
            }
        }
        if (esc != NULL) {
            if (s > run) {
                mp_print_strn(print, (const char *)run, s - run);
            }
            mp_print_str(print, esc);
            run = s + n;
        }
        s += n;
    }
    if (end > run) {
        mp_print_strn(print, (const char *)run, end - run);
    }
    mp_print_strn(print, &quote, 1);
}

void mp_str_print_quoted(const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes) {
    print_quoted_ex(print, str_data, str_len, is_bytes, false);
}

void mp_str_print_bytearray_quoted(const mp_print_t *print, const byte *data, size_t len) {
    print_quoted_ex(print, data, len, true, true);
}

static void str_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    GET_STR_DATA_LEN(self_in, data, len);
    bool is_bytes = !mp_obj_is_qstr(self_in) && mp_obj_is_type(self_in, &mp_type_bytes);
    if (is_bytes) {
        mp_print_strn(print, "b", 1);
        print_quoted_ex(print, data, len, true, false);
    } else if (kind == PRINT_REPR) {
        print_quoted_ex(print, data, len, false, false);
    } else {
        mp_print_strn(print, (const char *)data, len);
    }
}

// ---------------------------------------------------------------------------------------------
// Constructors

static mp_obj_t str_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t obj = MP_OBJ_NULL, enc = MP_OBJ_NULL, err = MP_OBJ_NULL;
    if (n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "str() takes at most 3 arguments (%u given)", (unsigned)n_args);
    }
    if (n_args > 0) {
        obj = args[0];
    }
    if (n_args > 1) {
        enc = args[1];
    }
    if (n_args > 2) {
        err = args[2];
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        mp_obj_t v = args[n_args + 2 * i + 1];
        if (k == MP_QSTR_object) {
            obj = v;
        } else if (k == MP_QSTR_encoding) {
            enc = v;
        } else if (k == MP_QSTR_errors) {
            err = v;
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for str()", k);
        }
    }
    if (obj == MP_OBJ_NULL) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (enc == MP_OBJ_NULL && err == MP_OBJ_NULL) {
        if (is_str(obj)) {
            return obj;
        }
        vstr_t vstr;
        mp_print_t print;
        bvstr_init(&vstr, 16);
        mp_print_init_vstr(&print, &vstr);
        mp_obj_print_helper(&print, obj, PRINT_STR);
        return bvstr_finish(&vstr, &mp_type_str);
    }
    if (is_str(unwrap(obj))) {
        mp_raise_TypeError("decoding str is not supported");
    }
    mp_buffer_info_t bi;
    if (!mp_get_buffer(obj, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "decoding to str: need a bytes-like object, %s found", mp_obj_get_type_str(obj));
    }
    return mp_str_decode_bytes(bi.buf, bi.len, enc, err);
}

static mp_obj_t bytes_from_iterable(mp_obj_t iterable) {
    vstr_t vstr;
    mp_obj_t len = mp_obj_len_maybe(iterable);
    bvstr_init(&vstr, len == MP_OBJ_NULL ? 16 : (size_t)MP_OBJ_SMALL_INT_VALUE(len) + 1);
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_int_t v = mp_obj_get_int(item);
        if (v < 0 || v > 255) {
            mp_raise_ValueError("bytes must be in range(0, 256)");
        }
        vstr_add_byte(&vstr, (byte)v);
    }
    return bvstr_finish(&vstr, &mp_type_bytes);
}

static mp_obj_t bytes_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t obj = MP_OBJ_NULL, enc = MP_OBJ_NULL, err = MP_OBJ_NULL;
    if (n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "bytes() takes at most 3 arguments (%u given)", (unsigned)n_args);
    }
    if (n_args > 0) {
        obj = args[0];
    }
    if (n_args > 1) {
        enc = args[1];
    }
    if (n_args > 2) {
        err = args[2];
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        mp_obj_t v = args[n_args + 2 * i + 1];
        if (k == MP_QSTR_source) {
            obj = v;
        } else if (k == MP_QSTR_encoding) {
            enc = v;
        } else if (k == MP_QSTR_errors) {
            err = v;
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for bytes()", k);
        }
    }
    if (obj == MP_OBJ_NULL) {
        return mp_const_empty_bytes;
    }
    mp_obj_t u = unwrap(obj);
    if (is_str(u)) {
        if (enc == MP_OBJ_NULL) {
            mp_raise_TypeError("string argument without an encoding");
        }
        GET_STR_DATA_LEN(u, d, l);
        return mp_str_encode(d, l, enc, err);
    }
    if (enc != MP_OBJ_NULL) {
        mp_raise_TypeError("encoding without a string argument");
    }
    if (mp_obj_is_type(u, &mp_type_bytes)) {
        return u;
    }
    if (mp_obj_is_int(obj) || (is_instance_obj(obj) && !mp_get_buffer(obj, &(mp_buffer_info_t){0}, MP_BUFFER_READ)
                               && mp_obj_type_lookup(mp_obj_get_type(obj), MP_QSTR___index__) != MP_OBJ_NULL
                               && mp_obj_type_lookup(mp_obj_get_type(obj), MP_QSTR___bytes__) == MP_OBJ_NULL)) {
        // bytes(n): n zero bytes (n may be any object with __index__)
        mp_int_t n = mp_obj_get_int(mp_unary_op(MP_UNARY_OP_INDEX, obj));
        if (n < 0) {
            mp_raise_ValueError("negative count");
        }
        byte *p;
        mp_obj_t o = mp_obj_str_alloc(&mp_type_bytes, n, &p);
        memset(p, 0, n);
        return o;
    }
    mp_buffer_info_t bi;
    if (mp_get_buffer(obj, &bi, MP_BUFFER_READ)) {
        return mp_obj_new_bytes(bi.buf, bi.len);
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___bytes__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // not iterable (None, a float, a function, ...)
        mp_raise_msg_varg(&mp_type_TypeError, "cannot convert '%s' object to bytes", mp_obj_get_type_str(obj));
    }
    return bytes_from_iterable(obj);
}

// ---------------------------------------------------------------------------------------------
// Operators

static mp_obj_t str_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    switch (op) {
        case MP_UNARY_OP_BOOL: {
            GET_STR_DATA_LEN(self_in, d, l);
            (void)d;
            return mp_obj_new_bool(l != 0);
        }
        case MP_UNARY_OP_LEN: {
            GET_STR_DATA_LEN(self_in, d, l);
            if (!mp_obj_is_qstr(self_in) && mp_obj_is_type(self_in, &mp_type_bytes)) {
                return MP_OBJ_NEW_SMALL_INT(l);
            }
            return MP_OBJ_NEW_SMALL_INT(str_obj_charlen(self_in, d, l));
        }
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(mp_obj_str_get_hash(self_in));
        case MP_UNARY_OP_SIZEOF: {
            GET_STR_DATA_LEN(self_in, d, l);
            (void)d;
            return MP_OBJ_NEW_SMALL_INT(sizeof(str_block_t) + l + 1);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t repeat(str_view_t *v, mp_obj_t n_in) {
    mp_int_t n;
    if (is_instance_obj(n_in)) {
        // a user object (even one with __index__) first gets its __rmul__: the runtime
        // repeats by its __index__ only after that (as CPython's number-then-sequence order)
        return MP_OBJ_NULL;
    }
    if (!mp_obj_get_int_maybe(n_in, &n)) {
        return MP_OBJ_NULL;
    }
    if (n <= 0) {
        n = 0;
    }
    if (n == 1 && v->kind != KIND_BYTEARRAY) {
        return v->obj;
    }
    if (v->len != 0 && (size_t)n > ((size_t)-1 >> 2) / v->len) {
        if (v->kind != KIND_BYTEARRAY && (size_t)n > (size_t)MP_SMALL_INT_MAX * 2 / v->len) {
            // past the largest Py_ssize_t, as CPython
            mp_raise_msg(&mp_type_OverflowError, v->kind == KIND_STR ? "repeated string is too long" : "repeated bytes are too long");
        }
        m_malloc_fail((size_t)-1);
    }
    size_t total = v->len * n;
    if (v->kind == KIND_BYTEARRAY) {
        vstr_t vstr;
        bvstr_init(&vstr, total + 1);
        for (mp_int_t i = 0; i < n; i++) {
            vstr_add_strn(&vstr, (const char *)v->data, v->len);
        }
        return new_kind_from_vstr(KIND_BYTEARRAY, &vstr);
    }
    if (total == 0 || (total == 1 && v->kind == KIND_STR)) {
        return new_kind(v->kind, v->data, total);
    }
    byte *p;
    mp_obj_t o = mp_obj_str_alloc(v->kind == KIND_STR ? &mp_type_str : &mp_type_bytes, total, &p);
    if (v->len == 1) {
        memset(p, v->data[0], total);
    } else if (total > 0) {
        // doubling copy: O(total) with few memcpy calls
        memcpy(p, v->data, v->len);
        size_t done = v->len;
        while (done < total) {
            size_t chunk = done <= total - done ? done : total - done;
            memcpy(p + done, p, chunk);
            done += chunk;
        }
    }
    if (v->kind == KIND_STR) {
        if (v->clen != CLEN_UNKNOWN) {
            ((str_block_t *)MP_OBJ_TO_PTR(o))->charlen1 = v->clen * n + 1;
        }
    }
    return o;
}

// v + (d2, l2) for a str/bytes v, into a growth buffer: in place when v is its buffer's tail
// owner and there is room (see the top of the file). c2: code points of d2 or CLEN_UNKNOWN.
static mp_obj_t concat_grow(str_view_t *v, const byte *d2, size_t l2, size_t c2, const mp_obj_type_t *type) {
    size_t total = v->len + l2;
    if (total < v->len) {
        m_malloc_fail((size_t)-1);
    }
    str_buf_t *buf = mp_obj_is_qstr(v->obj) ? NULL : str_grown_buf(MP_OBJ_TO_PTR(v->obj));
    size_t chars = CLEN_UNKNOWN;
    if (v->kind == KIND_STR && c2 != CLEN_UNKNOWN) {
        chars = v->clen != CLEN_UNKNOWN ? v->clen : known_charlen(v->obj);
        if (chars != CLEN_UNKNOWN) {
            chars += c2;
        }
    }
    if (buf != NULL && v->len == buf->used && buf->cap - buf->used >= l2) {
        // the tail owner with room: d2 may lie inside [0, used) of this very buffer (s += s),
        // never in [used, used + l2), so the copy does not overlap
        memcpy(buf->data + buf->used, d2, l2);
        buf->used = total;
        buf->data[total] = 0;
    } else {
        const byte *d1 = v->data;
        buf = str_buf_new(buf != NULL && total < ((size_t)-1 >> 2) ? total * 2 : total);
        memcpy(buf->data, d1, v->len);
        memcpy(buf->data + v->len, d2, l2);
        buf->used = total;
        buf->data[total] = 0;
    }
    if (chars != CLEN_UNKNOWN && buf->counted_len <= total) {
        buf->counted_len = total;
        buf->counted_chars = chars;
    }
    return str_new_grown(type, buf, total);
}

static mp_obj_t concat(str_view_t *v, const byte *d2, size_t l2, size_t c2, mp_obj_t rhs_obj) {
    if (v->kind == KIND_BYTEARRAY) {
        vstr_t vstr;
        bvstr_init(&vstr, v->len + l2 + 1);
        vstr_add_strn(&vstr, (const char *)v->data, v->len);
        vstr_add_strn(&vstr, (const char *)d2, l2);
        return new_kind_from_vstr(KIND_BYTEARRAY, &vstr);
    }
    size_t total = v->len + l2;
    const mp_obj_type_t *exact = v->kind == KIND_STR ? &mp_type_str : &mp_type_bytes;
    if (l2 == 0 && mp_obj_get_type(v->obj) == exact) {
        return v->obj;
    }
    if (v->len == 0 && rhs_obj != MP_OBJ_NULL && mp_obj_get_type(rhs_obj) == exact) {
        return rhs_obj;   // b'' + b'1' is the right operand itself, as CPython (no heap)
    }
    if (total <= 1) {
        byte tmp[1] = {v->len ? v->data[0] : (l2 ? d2[0] : 0)};
        return new_kind(v->kind, tmp, total);
    }
    if (total >= STR_GROW_MIN) {
        return concat_grow(v, d2, l2, c2, exact);
    }
    byte *p;
    mp_obj_t o = mp_obj_str_alloc(exact, total, &p);
    memcpy(p, v->data, v->len);
    memcpy(p + v->len, d2, l2);
    if (v->kind == KIND_STR) {
        if (v->clen != CLEN_UNKNOWN && c2 != CLEN_UNKNOWN) {
            ((str_block_t *)MP_OBJ_TO_PTR(o))->charlen1 = v->clen + c2 + 1;
        }
    }
    return o;
}

static int compare_bytes(const byte *d1, size_t l1, const byte *d2, size_t l2) {
    size_t n = l1 < l2 ? l1 : l2;
    int c = n ? memcmp(d1, d2, n) : 0;
    if (c != 0) {
        return c;
    }
    return l1 < l2 ? -1 : l1 > l2 ? 1 : 0;
}

static mp_obj_t contains(str_view_t *v, mp_obj_t item);

// Shared by str, bytes and (via objarray.c) bytearray.
static mp_obj_t str_bytes_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    str_view_t v;
    get_view(lhs_in, &v);
    if (op == MP_BINARY_OP_MODULO && v.kind != KIND_BYTEARRAY) {
        return mp_obj_str_modulo(v.obj, rhs_in, v.kind == KIND_BYTES);
    }
    if (op == MP_BINARY_OP_MODULO) {
        // bytearray % args: format as bytes, then copy into a new bytearray
        mp_obj_t r = mp_obj_str_modulo(mp_obj_new_bytes(v.data, v.len), rhs_in, true);
        GET_STR_DATA_LEN(r, rd, rl);
        return mp_obj_new_bytearray(rl, rd);
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY || op == MP_BINARY_OP_REVERSE_MULTIPLY) {
        if (op == MP_BINARY_OP_INPLACE_MULTIPLY && v.kind == KIND_BYTEARRAY) {
            return MP_OBJ_NULL;   // objarray.c handles in-place repeat
        }
        mp_obj_t r = repeat(&v, rhs_in);
        if (r == MP_OBJ_NULL && !is_instance_obj(rhs_in) && !mp_obj_is_float(rhs_in) && !mp_obj_is_type(rhs_in, &mp_type_complex)) {
            mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'", mp_obj_get_type_str(rhs_in));
        }
        return r;
    }
    if (op == MP_BINARY_OP_CONTAINS) {
        return contains(&v, rhs_in);
    }
    mp_obj_t rhs = unwrap(rhs_in);
    const byte *d2;
    size_t l2, c2 = 0;
    if (v.kind == KIND_STR) {
        if (!is_str(rhs)) {
            if (op == MP_BINARY_OP_ADD && !is_instance_obj(rhs_in)) {
                mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate str (not \"%s\") to str", mp_obj_get_type_str(rhs_in));
            }
            return MP_OBJ_NULL;
        }
        GET_STR_DATA_LEN(rhs, dd, ll);
        d2 = dd;
        l2 = ll;
        if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
            c2 = known_charlen(rhs);
        }
    } else {
        if (is_str(rhs)) {
            if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
                mp_raise_msg_varg(&mp_type_TypeError, "can't concat str to %s", v.kind == KIND_BYTES ? "bytes" : "bytearray");
            }
            return MP_OBJ_NULL;
        }
        mp_buffer_info_t bi;
        if (!mp_get_buffer(rhs, &bi, MP_BUFFER_READ)) {
            if ((op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) && !is_instance_obj(rhs_in)) {
                mp_raise_msg_varg(&mp_type_TypeError, "can't concat %s to %s", mp_obj_get_type_str(rhs_in), v.kind == KIND_BYTES ? "bytes" : "bytearray");
            }
            return MP_OBJ_NULL;
        }
        d2 = bi.buf;
        l2 = bi.len;
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD:
            if (op == MP_BINARY_OP_INPLACE_ADD && v.kind == KIND_BYTEARRAY) {
                return MP_OBJ_NULL;
            }
            return concat(&v, d2, l2, c2, rhs_in);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(v.len == l2 && memcmp(v.data, d2, l2) == 0);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(!(v.len == l2 && memcmp(v.data, d2, l2) == 0));
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(compare_bytes(v.data, v.len, d2, l2) < 0);
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(compare_bytes(v.data, v.len, d2, l2) <= 0);
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(compare_bytes(v.data, v.len, d2, l2) > 0);
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(compare_bytes(v.data, v.len, d2, l2) >= 0);
        default:
            return MP_OBJ_NULL;
    }
}

mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    // fast paths for the commonest cases on two plain strs
    if (op == MP_BINARY_OP_EQUAL && is_str(rhs_in) && is_str(lhs_in)) {
        return mp_obj_new_bool(mp_obj_str_equal(lhs_in, rhs_in));
    }
    return str_bytes_binary_op(op, lhs_in, rhs_in);
}

// ---------------------------------------------------------------------------------------------
// Searching

// First occurrence of needle in [h, h + hl), or NULL.
static const byte *find_sub(const byte *h, size_t hl, const byte *n, size_t nl) {
    if (nl == 0) {
        return h;
    }
    if (nl > hl) {
        return NULL;
    }
    if (nl == 1) {
        return memchr(h, n[0], hl);
    }
    const byte *last = h + hl - nl;
    byte first = n[0];
    while (h <= last) {
        const byte *p = memchr(h, first, last - h + 1);
        if (p == NULL) {
            return NULL;
        }
        if (memcmp(p + 1, n + 1, nl - 1) == 0) {
            return p;
        }
        h = p + 1;
    }
    return NULL;
}

// Last occurrence of needle in [h, h + hl), or NULL.
static const byte *rfind_sub(const byte *h, size_t hl, const byte *n, size_t nl) {
    if (nl == 0) {
        return h + hl;
    }
    if (nl > hl) {
        return NULL;
    }
    for (const byte *p = h + hl - nl;; p--) {
        if (*p == n[0] && memcmp(p, n, nl) == 0) {
            return p;
        }
        if (p == h) {
            return NULL;
        }
    }
}

static mp_obj_t contains(str_view_t *v, mp_obj_t item) {
    if (v->kind == KIND_STR) {
        mp_obj_t u = mp_obj_is_qstr(item) ? item : unwrap(item);
        if (!is_str(u)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'in <string>' requires string as left operand, not %s", mp_obj_get_type_str(item));
        }
        GET_STR_DATA_LEN(u, d, l);
        return mp_obj_new_bool(find_sub(v->data, v->len, d, l) != NULL);
    }
    if (!mp_obj_is_int(item) && is_instance_obj(item) && !mp_obj_isinstance(item, &mp_type_str)
        && mp_obj_type_lookup(mp_obj_get_type(item), MP_QSTR___index__) != MP_OBJ_NULL) {
        item = mp_unary_op(MP_UNARY_OP_INDEX, item); // MyInt(97) in b'a', as an int
    }
    if (mp_obj_is_int(item)) {
        byte b = byte_arg(item);
        return mp_obj_new_bool(v->len > 0 && memchr(v->data, b, v->len) != NULL);
    }
    if (mp_obj_is_str(item) || mp_obj_isinstance(item, &mp_type_str)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(item));
    }
    size_t l;
    const byte *d = arg_data(v->kind, item, &l);
    return mp_obj_new_bool(find_sub(v->data, v->len, d, l) != NULL);
}

// An int argument naming one byte (bytes.find(97), 97 in b'a'): 0..255, else ValueError (big
// ints too, as CPython).
static byte byte_arg(mp_obj_t o) {
    mp_int_t b;
    if (!mp_obj_is_small_int(o) || (b = MP_OBJ_SMALL_INT_VALUE(o)) < 0 || b > 255) {
        if (mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int)) {
            mp_raise_ValueError("byte must be in range(0, 256)");
        }
        b = mp_obj_get_int(o); // bool or __index__
        if (b < 0 || b > 255) {
            mp_raise_ValueError("byte must be in range(0, 256)");
        }
    }
    return (byte)b;
}

// Methods with optional arguments that take at most `max` positional ones besides self.
static void check_max_args(size_t n_args, size_t max, const char *name) {
    if (n_args > max + 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() takes at most %u argument%s (%u given)", name,
            (unsigned)max, max == 1 ? "" : "s", (unsigned)(n_args - 1));
    }
}

// A start/end argument of find, count, startswith, ...: an index, clamped when it does not fit
// a word (CPython's slice-index rule: 'abc'.find('c', 10**30) is -1, not an OverflowError).
static mp_int_t range_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    if (mp_obj_is_type(o, &mp_type_int)) {
        return mp_obj_int_sign(o) < 0 ? MP_SMALL_INT_MIN : MP_SMALL_INT_MAX;
    }
    mp_int_t i;
    if (!mp_obj_get_int_maybe(o, &i)) {
        mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return i;
}

// Python's slice-style adjustment of optional start/end args (in chars), into a byte range.
// Returns false when start lies beyond the end of the string or beyond end.
static bool get_range(str_view_t *v, size_t n_args, const mp_obj_t *args, size_t first,
    size_t *bstart, size_t *bend, size_t *cstart) {
    mp_int_t clen = vclen(v);
    mp_int_t start = 0, end = clen;
    if (n_args > first && args[first] != mp_const_none) {
        start = range_arg(args[first]);
    }
    if (n_args > first + 1 && args[first + 1] != mp_const_none) {
        end = range_arg(args[first + 1]);
    }
    if (end > clen) {
        end = clen;
    } else if (end < 0) {
        end += clen;
        if (end < 0) {
            end = 0;
        }
    }
    if (start < 0) {
        start += clen;
        if (start < 0) {
            start = 0;
        }
    }
    if (start > clen || start > end) {
        // an empty range that starts past its end matches nothing, not even ""
        return false;
    }
    *cstart = start;
    if (IS_ASCII(v)) {
        *bstart = start;
        *bend = end < start ? start : end;
    } else {
        *bstart = char_to_byte(v->data, v->len, start);
        *bend = end <= start ? *bstart : *bstart + char_to_byte(v->data + *bstart, v->len - *bstart, end - start);
    }
    return true;
}

// Char index of byte offset `off` within the view.
static size_t byte_to_char(str_view_t *v, size_t off) {
    return IS_ASCII(v) ? off : count_chars(v->data, off);
}

// find/rfind/index/rindex: returns the char index or -1.
static mp_int_t find_generic(size_t n_args, const mp_obj_t *args, bool reverse, str_view_t *v) {
    get_view(args[0], v);
    for (size_t i = 2; i < n_args; i++) {
        if (args[i] != mp_const_none) {
            range_arg(args[i]); // CPython checks start/end before the needle
        }
    }
    size_t nl;
    const byte *needle;
    byte bytebuf;
    if (v->kind != KIND_STR && mp_obj_is_int(args[1])) {
        bytebuf = byte_arg(args[1]);
        needle = &bytebuf;
        nl = 1;
    } else {
        needle = arg_data(v->kind, args[1], &nl);
    }
    size_t bs, be, cs;
    if (!get_range(v, n_args, args, 2, &bs, &be, &cs)) {
        return -1;
    }
    const byte *p = reverse ? rfind_sub(v->data + bs, be - bs, needle, nl) : find_sub(v->data + bs, be - bs, needle, nl);
    if (p == NULL) {
        return -1;
    }
    return byte_to_char(v, p - v->data);
}

static mp_obj_t str_find(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    return MP_OBJ_NEW_SMALL_INT(find_generic(n_args, args, false, &v));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_find_obj, 2, 4, str_find);

static mp_obj_t str_rfind(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    return MP_OBJ_NEW_SMALL_INT(find_generic(n_args, args, true, &v));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_rfind_obj, 2, 4, str_rfind);

static mp_obj_t index_result(mp_int_t r, str_view_t *v) {
    if (r < 0) {
        mp_raise_ValueError(v->kind == KIND_STR ? "substring not found" : "subsection not found");
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}

static mp_obj_t str_index(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    mp_int_t r = find_generic(n_args, args, false, &v);
    return index_result(r, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_index_obj, 2, 4, str_index);

static mp_obj_t str_rindex(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    mp_int_t r = find_generic(n_args, args, true, &v);
    return index_result(r, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_rindex_obj, 2, 4, str_rindex);

static mp_obj_t str_count(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    get_view(args[0], &v);
    size_t nl;
    const byte *needle;
    byte bytebuf;
    if (v.kind != KIND_STR && mp_obj_is_int(args[1])) {
        bytebuf = byte_arg(args[1]);
        needle = &bytebuf;
        nl = 1;
    } else {
        needle = arg_data(v.kind, args[1], &nl);
    }
    size_t bs, be, cs;
    if (!get_range(&v, n_args, args, 2, &bs, &be, &cs)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (nl == 0) {
        // one more than the number of chars in the range
        return MP_OBJ_NEW_SMALL_INT((IS_ASCII(&v) ? be - bs : count_chars(v.data + bs, be - bs)) + 1);
    }
    size_t n = 0;
    const byte *h = v.data + bs, *end = v.data + be;
    const byte *p;
    while ((p = find_sub(h, end - h, needle, nl)) != NULL) {
        n++;
        h = p + nl;
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_count_obj, 2, 4, str_count);

static mp_obj_t starts_ends(size_t n_args, const mp_obj_t *args, bool ends) {
    str_view_t v;
    get_view(args[0], &v);
    size_t n_items = 1;
    mp_obj_t *items = (mp_obj_t *)&args[1];
    if (mp_obj_is_type(args[1], &mp_type_tuple)) {
        mp_obj_tuple_get(args[1], &n_items, &items);
    } else if (v.kind == KIND_STR ? !is_str(unwrap(args[1])) : is_str(args[1])) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s first arg must be %s or a tuple of %s, not %s",
            ends ? "endswith" : "startswith", v.kind == KIND_STR ? "str" : "bytes", v.kind == KIND_STR ? "str" : "bytes",
            mp_obj_get_type_str(args[1]));
    }
    // CPython's order: each prefix is type-checked when its turn comes (even when start lies past
    // the end, so nothing can match), and the first match ends the search
    size_t bs, be, cs;
    bool range_ok = get_range(&v, n_args, args, 2, &bs, &be, &cs);
    const byte *d = v.data + (range_ok ? bs : 0);
    size_t l = range_ok ? be - bs : 0;
    for (size_t i = 0; i < n_items; i++) {
        if (v.kind == KIND_STR && !is_str(unwrap(items[i]))) {
            mp_raise_msg_varg(&mp_type_TypeError, "tuple for %s must only contain str, not %s",
                ends ? "endswith" : "startswith", mp_obj_get_type_str(items[i]));
        }
        size_t pl;
        const byte *p = arg_data(v.kind, items[i], &pl);
        if (range_ok && pl <= l && memcmp(ends ? d + l - pl : d, p, pl) == 0) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}

static mp_obj_t str_startswith(size_t n_args, const mp_obj_t *args) {
    return starts_ends(n_args, args, false);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_startswith_obj, 2, 4, str_startswith);

static mp_obj_t str_endswith(size_t n_args, const mp_obj_t *args) {
    return starts_ends(n_args, args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_endswith_obj, 2, 4, str_endswith);

// ---------------------------------------------------------------------------------------------
// Splitting and joining

// Byte length of the whitespace char at p (< end), or 0.
static inline size_t space_at(const byte *p, const byte *end, bool is_str) {
    byte c = *p;
    if (c < 0x80) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            return 1;
        }
        return (is_str && c >= 0x1c && c <= 0x1f) ? 1 : 0;
    }
    if (!is_str) {
        return 0;
    }
    size_t n = char_len_at(p);
    if (p + n > end) {
        return 0;
    }
    return mp_uni_isspace(utf8_get_char(p)) ? n : 0;
}

// Byte length of the whitespace char ending just before p (> start), or 0.
static inline size_t space_before(const byte *start, const byte *p, bool is_str) {
    const byte *q = p - 1;
    if (*q < 0x80) {
        return space_at(q, p, is_str);
    }
    while (q > start && utf8_is_cont(*q)) {
        q--;
    }
    return space_at(q, p, is_str) == (size_t)(p - q) ? (size_t)(p - q) : 0;
}

static mp_obj_t split_args(size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_obj_t *sep, mp_int_t *maxsplit) {
    *sep = n_args > 1 ? args[1] : mp_const_none;
    *maxsplit = -1;
    mp_obj_t ms = n_args > 2 ? args[2] : MP_OBJ_NULL;
    if (kw != NULL && kw->used > 0) {
        size_t found = 0;
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_sep), MP_MAP_LOOKUP);
        if (e != NULL) {
            if (n_args > 1) {
                mp_raise_TypeError("argument for split() given by name ('sep') and position (1)");
            }
            *sep = e->value;
            found++;
        }
        e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_maxsplit), MP_MAP_LOOKUP);
        if (e != NULL) {
            if (n_args > 2) {
                mp_raise_TypeError("argument for split() given by name ('maxsplit') and position (2)");
            }
            ms = e->value;
            found++;
        }
        if (found != kw->used) {
            mp_raise_TypeError("split() got an unexpected keyword argument");
        }
    }
    if (ms != MP_OBJ_NULL) {
        *maxsplit = mp_obj_get_int(ms);
    }
    return MP_OBJ_NULL;
}

static void list_append_kind(mp_obj_t list, str_kind_t kind, const byte *d, size_t l) {
    mp_obj_list_append(list, new_kind(kind, d, l));
}

static mp_obj_t str_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    str_view_t v;
    get_view(args[0], &v);
    check_max_args(n_args, 2, "split");
    mp_obj_t sep;
    mp_int_t maxsplit;
    split_args(n_args, args, kw, &sep, &maxsplit);
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *p = v.data, *end = v.data + v.len;
    bool s = v.kind == KIND_STR;
    if (sep == mp_const_none) {
        for (;;) {
            size_t n;
            while (p < end && (n = space_at(p, end, s)) != 0) {
                p += n;
            }
            if (p == end) {
                break;
            }
            if (maxsplit == 0) {
                list_append_kind(res, v.kind, p, end - p);
                break;
            }
            const byte *q = p;
            while (q < end && space_at(q, end, s) == 0) {
                q += s ? char_len_at(q) : 1;
            }
            if (q > end) {
                q = end;
            }
            list_append_kind(res, v.kind, p, q - p);
            p = q;
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
        return res;
    }
    size_t sl;
    const byte *sd = arg_data(v.kind, sep, &sl);
    if (sl == 0) {
        mp_raise_ValueError("empty separator");
    }
    for (;;) {
        const byte *q = maxsplit == 0 ? NULL : find_sub(p, end - p, sd, sl);
        if (q == NULL) {
            list_append_kind(res, v.kind, p, end - p);
            break;
        }
        list_append_kind(res, v.kind, p, q - p);
        p = q + sl;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_split_obj, 1, str_split);

static void list_reverse(mp_obj_t list) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n / 2; i++) {
        mp_obj_t t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

static mp_obj_t str_rsplit(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    str_view_t v;
    get_view(args[0], &v);
    check_max_args(n_args, 2, "rsplit");
    mp_obj_t sep;
    mp_int_t maxsplit;
    split_args(n_args, args, kw, &sep, &maxsplit);
    if (maxsplit < 0) {
        if (sep == mp_const_none) {
            return str_split(n_args, args, kw);
        }
        // with overlapping separators ("XX" in "aXXXb") the split points
        // found from the right differ from those found from the left
        maxsplit = v.len + 1;
    }
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *start = v.data, *p = v.data + v.len;
    bool s = v.kind == KIND_STR;
    if (sep == mp_const_none) {
        for (;;) {
            size_t n;
            while (p > start && (n = space_before(start, p, s)) != 0) {
                p -= n;
            }
            if (p == start) {
                break;
            }
            if (maxsplit == 0) {
                list_append_kind(res, v.kind, start, p - start);
                break;
            }
            const byte *q = p;
            while (q > start && space_before(start, q, s) == 0) {
                q--;
                while (s && q > start && utf8_is_cont(*q)) {
                    q--;
                }
            }
            list_append_kind(res, v.kind, q, p - q);
            p = q;
            maxsplit--;
        }
    } else {
        size_t sl;
        const byte *sd = arg_data(v.kind, sep, &sl);
        if (sl == 0) {
            mp_raise_ValueError("empty separator");
        }
        for (;;) {
            const byte *q = maxsplit == 0 ? NULL : rfind_sub(start, p - start, sd, sl);
            if (q == NULL) {
                list_append_kind(res, v.kind, start, p - start);
                break;
            }
            list_append_kind(res, v.kind, q + sl, p - q - sl);
            p = q;
            maxsplit--;
        }
    }
    list_reverse(res);
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_rsplit_obj, 1, str_rsplit);

static mp_obj_t str_splitlines(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    str_view_t v;
    get_view(args[0], &v);
    check_max_args(n_args, 1, "splitlines");
    mp_obj_t ke = n_args > 1 ? args[1] : MP_OBJ_NULL;
    if (ke == MP_OBJ_NULL && kw != NULL && kw->used > 0) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_keepends), MP_MAP_LOOKUP);
        if (e != NULL) {
            ke = e->value;
        }
    }
    bool keepends = false;
    if (ke != MP_OBJ_NULL) {
        if (!mp_obj_is_int(ke)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(ke));
        }
        keepends = mp_obj_is_true(ke);
    }
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *p = v.data, *end = v.data + v.len, *line = p;
    bool s = v.kind == KIND_STR;
    while (p < end) {
        byte c = *p;
        size_t n = 0;   // length of the line break at p
        if (c == '\n') {
            n = 1;
        } else if (c == '\r') {
            n = (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else if (s && (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e))) {
            n = 1;
        } else if (s && c >= 0x80) {
            size_t cl = char_len_at(p);
            if (p + cl <= end) {
                uint32_t ch = utf8_get_char(p);
                if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                    n = cl;
                }
            }
            if (n == 0) {
                p += cl;
                continue;
            }
        }
        if (n == 0) {
            p++;
            continue;
        }
        list_append_kind(res, v.kind, line, (p - line) + (keepends ? n : 0));
        p += n;
        line = p;
    }
    if (line < end) {
        list_append_kind(res, v.kind, line, end - line);
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_splitlines_obj, 1, str_splitlines);

static mp_obj_t str_join(mp_obj_t self_in, mp_obj_t iterable) {
    str_view_t v;
    get_view(self_in, &v);
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        mp_obj_get_array(iterable, &n, &items);
    } else {
        mp_obj_t list = mp_obj_list_from_iter(iterable);
        mp_obj_list_get(list, &n, &items);
    }
    if (n == 1 && v.kind == KIND_STR && mp_obj_is_qstr(items[0])) {
        return items[0];
    }
    // pass 1: total size and type check
    size_t total = n > 0 ? v.len * (n - 1) : 0;
    // the result's char count, when every part's is known without scanning
    size_t total_chars = n > 1 ? (v.clen == CLEN_UNKNOWN ? CLEN_UNKNOWN : v.clen * (n - 1)) : 0;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t it = items[i];
        if (v.kind == KIND_STR) {
            if (!mp_obj_is_qstr(it)) {
                it = unwrap(it);
            }
            if (!is_str(it)) {
                mp_raise_msg_varg(&mp_type_TypeError, "sequence item %u: expected str instance, %s found",
                    (unsigned)i, mp_obj_get_type_str(items[i]));
            }
            total += mp_obj_is_qstr(it) ? qstr_len(MP_OBJ_QSTR_VALUE(it)) : ((mp_obj_str_t *)MP_OBJ_TO_PTR(it))->len;
            if (total_chars != CLEN_UNKNOWN) {
                size_t c = known_charlen(it);
                total_chars = c == CLEN_UNKNOWN ? CLEN_UNKNOWN : total_chars + c;
            }
        } else {
            mp_buffer_info_t bi;
            if (is_str(it) || !mp_get_buffer(it, &bi, MP_BUFFER_READ)) {
                mp_raise_msg_varg(&mp_type_TypeError, "sequence item %u: expected a bytes-like object, %s found",
                    (unsigned)i, mp_obj_get_type_str(items[i]));
            }
            total += bi.len;
        }
    }
    // pass 2: copy
    byte *out;
    mp_obj_t res;
    vstr_t vstr;
    if (v.kind == KIND_BYTEARRAY) {
        bvstr_init(&vstr, total);
        out = (byte *)vstr_extend(&vstr, total);
        res = MP_OBJ_NULL;
    } else {
        if (total == 0) {
            return new_kind(v.kind, NULL, 0);
        }
        res = mp_obj_str_alloc(v.kind == KIND_STR ? &mp_type_str : &mp_type_bytes, total, &out);
    }
    byte *p = out;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && v.len > 0) {
            memcpy(p, v.data, v.len);
            p += v.len;
        }
        mp_obj_t it = items[i];
        const byte *d;
        size_t l;
        if (v.kind == KIND_STR) {
            if (!mp_obj_is_qstr(it)) {
                it = unwrap(it);
            }
            GET_STR_DATA_LEN(it, dd, ll);
            d = dd;
            l = ll;
        } else {
            mp_buffer_info_t bi;
            mp_get_buffer_raise(it, &bi, MP_BUFFER_READ);
            d = bi.buf;
            l = bi.len;
        }
        memcpy(p, d, l);
        p += l;
    }
    if (v.kind == KIND_BYTEARRAY) {
        return new_kind_from_vstr(KIND_BYTEARRAY, &vstr);
    }
    if (v.kind == KIND_STR) {
        if (total == 1 && out[0] < 0x80) {
            return ascii_char(out[0]);
        }
        if (total_chars != CLEN_UNKNOWN) {
            ((str_block_t *)MP_OBJ_TO_PTR(res))->charlen1 = total_chars + 1;
        }
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_join_obj, str_join);

static mp_obj_t partition(mp_obj_t self_in, mp_obj_t sep, bool reverse) {
    str_view_t v;
    get_view(self_in, &v);
    size_t sl;
    const byte *sd = arg_data(v.kind, sep, &sl);
    if (sl == 0) {
        mp_raise_ValueError("empty separator");
    }
    mp_obj_t empty = new_kind(v.kind, NULL, 0);
    mp_obj_t items[3];
    const byte *p = reverse ? rfind_sub(v.data, v.len, sd, sl) : find_sub(v.data, v.len, sd, sl);
    if (p == NULL) {
        if (reverse) {
            items[0] = empty;
            items[1] = v.kind == KIND_BYTEARRAY ? new_kind(v.kind, NULL, 0) : empty;
            items[2] = same_or_copy(&v);
        } else {
            items[0] = same_or_copy(&v);
            items[1] = empty;
            items[2] = v.kind == KIND_BYTEARRAY ? new_kind(v.kind, NULL, 0) : empty;
        }
    } else {
        items[0] = new_kind(v.kind, v.data, p - v.data);
        items[1] = new_kind(v.kind, sd, sl);
        items[2] = new_kind(v.kind, p + sl, v.data + v.len - p - sl);
    }
    return mp_obj_new_tuple(3, items);
}

static mp_obj_t str_partition(mp_obj_t self_in, mp_obj_t sep) {
    return partition(self_in, sep, false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_partition_obj, str_partition);

static mp_obj_t str_rpartition(mp_obj_t self_in, mp_obj_t sep) {
    return partition(self_in, sep, true);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_rpartition_obj, str_rpartition);

// ---------------------------------------------------------------------------------------------
// Stripping, padding, replacing

// Is the char (or byte) at p, of byte length n, one of `chars`?
static inline bool in_chars(const byte *chars, size_t nchars, const byte *p, size_t n) {
    return find_sub(chars, nchars, p, n) != NULL;
}

// which: 1 = left, 2 = right, 3 = both
static mp_obj_t strip_generic(size_t n_args, const mp_obj_t *args, int which) {
    str_view_t v;
    get_view(args[0], &v);
    const byte *chars = NULL;
    size_t nchars = 0;
    if (n_args > 1 && args[1] != mp_const_none) {
        if (v.kind == KIND_STR && !is_str(unwrap(args[1]))) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s arg must be None or str", which == 1 ? "lstrip" : which == 2 ? "rstrip" : "strip");
        }
        chars = arg_data(v.kind, args[1], &nchars);
    }
    bool s = v.kind == KIND_STR;
    const byte *p = v.data, *end = v.data + v.len;
    if (which & 1) {
        while (p < end) {
            size_t n;
            if (chars == NULL) {
                n = space_at(p, end, s);
            } else {
                n = s ? char_len_at(p) : 1;
                if (!in_chars(chars, nchars, p, n)) {
                    n = 0;
                }
            }
            if (n == 0) {
                break;
            }
            p += n;
        }
    }
    if (which & 2) {
        while (end > p) {
            size_t n;
            if (chars == NULL) {
                n = space_before(p, end, s);
            } else {
                const byte *q = end - 1;
                if (s) {
                    while (q > p && utf8_is_cont(*q)) {
                        q--;
                    }
                }
                n = end - q;
                if (!in_chars(chars, nchars, q, n)) {
                    n = 0;
                }
            }
            if (n == 0) {
                break;
            }
            end -= n;
        }
    }
    if (p == v.data && end == v.data + v.len) {
        return same_or_copy(&v);
    }
    return new_kind(v.kind, p, end - p);
}

static mp_obj_t str_strip(size_t n_args, const mp_obj_t *args) {
    return strip_generic(n_args, args, 3);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_strip_obj, 1, 2, str_strip);

static mp_obj_t str_lstrip(size_t n_args, const mp_obj_t *args) {
    return strip_generic(n_args, args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_lstrip_obj, 1, 2, str_lstrip);

static mp_obj_t str_rstrip(size_t n_args, const mp_obj_t *args) {
    return strip_generic(n_args, args, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_rstrip_obj, 1, 2, str_rstrip);

// which: 0 = center, 1 = ljust, 2 = rjust
static mp_obj_t justify(size_t n_args, const mp_obj_t *args, int which) {
    str_view_t v;
    get_view(args[0], &v);
    mp_int_t width = mp_obj_get_int(args[1]);
    const byte *fill = (const byte *)" ";
    size_t fill_len = 1;
    if (n_args > 2) {
        size_t fl;
        fill = arg_data(v.kind, args[2], &fl);
        if ((v.kind == KIND_STR ? count_chars(fill, fl) : fl) != 1) {
            mp_raise_TypeError(v.kind == KIND_STR ? "The fill character must be exactly one character long"
                : "argument 2 must be a byte string of length 1");
        }
        fill_len = fl;
    }
    if (width <= (mp_int_t)vclen(&v)) {
        return same_or_copy(&v);
    }
    size_t pad = width - vclen(&v);
    size_t left;
    if (which == 1) {
        left = 0;
    } else if (which == 2) {
        left = pad;
    } else {
        // CPython puts the extra char on the left when the pad is odd and the width is odd
        left = pad / 2 + (pad & width & 1);
    }
    size_t right = pad - left;
    vstr_t vstr;
    bvstr_init(&vstr, v.len + pad * fill_len + 1);
    for (size_t i = 0; i < left; i++) {
        vstr_add_strn(&vstr, (const char *)fill, fill_len);
    }
    vstr_add_strn(&vstr, (const char *)v.data, v.len);
    for (size_t i = 0; i < right; i++) {
        vstr_add_strn(&vstr, (const char *)fill, fill_len);
    }
    return new_kind_from_vstr(v.kind, &vstr);
}

static mp_obj_t str_center(size_t n_args, const mp_obj_t *args) {
    return justify(n_args, args, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_center_obj, 2, 3, str_center);

static mp_obj_t str_ljust(size_t n_args, const mp_obj_t *args) {
    return justify(n_args, args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_ljust_obj, 2, 3, str_ljust);

static mp_obj_t str_rjust(size_t n_args, const mp_obj_t *args) {
    return justify(n_args, args, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_rjust_obj, 2, 3, str_rjust);

static mp_obj_t str_zfill(mp_obj_t self_in, mp_obj_t width_in) {
    str_view_t v;
    get_view(self_in, &v);
    mp_int_t width = mp_obj_get_int(width_in);
    if (width <= (mp_int_t)vclen(&v)) {
        return same_or_copy(&v);
    }
    size_t pad = width - vclen(&v);
    vstr_t vstr;
    bvstr_init(&vstr, v.len + pad + 1);
    size_t i = 0;
    if (v.len > 0 && (v.data[0] == '+' || v.data[0] == '-')) {
        vstr_add_byte(&vstr, v.data[0]);
        i = 1;
    }
    for (size_t k = 0; k < pad; k++) {
        vstr_add_byte(&vstr, '0');
    }
    vstr_add_strn(&vstr, (const char *)v.data + i, v.len - i);
    return new_kind_from_vstr(v.kind, &vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_zfill_obj, str_zfill);

static mp_obj_t str_replace(size_t n_args, const mp_obj_t *args) {
    str_view_t v;
    get_view(args[0], &v);
    size_t ol, nl;
    const byte *od = arg_data(v.kind, args[1], &ol);
    const byte *nd = arg_data(v.kind, args[2], &nl);
    mp_int_t count = -1;
    if (n_args > 3) {
        count = mp_obj_get_int(args[3]);
    }
    if (count == 0) {
        return same_or_copy(&v);
    }
    const byte *end = v.data + v.len;
    vstr_t vstr;
    if (ol == 0) {
        // insert `new` before every char and at the end
        size_t slots = vclen(&v) + 1;
        if (count >= 0 && (size_t)count < slots) {
            slots = count;
        }
        bvstr_init(&vstr, v.len + slots * nl + 1);
        const byte *p = v.data;
        size_t done = 0;
        while (done < slots) {
            vstr_add_strn(&vstr, (const char *)nd, nl);
            done++;
            if (p == end) {
                break;
            }
            size_t n = v.kind == KIND_STR ? char_len_at(p) : 1;
            vstr_add_strn(&vstr, (const char *)p, n);
            p += n;
        }
        vstr_add_strn(&vstr, (const char *)p, end - p);
        return new_kind_from_vstr(v.kind, &vstr);
    }
    // pass 1: count matches to size the result exactly
    size_t n = 0;
    const byte *p = v.data, *q;
    while ((count < 0 || (mp_int_t)n < count) && (q = find_sub(p, end - p, od, ol)) != NULL) {
        n++;
        p = q + ol;
    }
    if (n == 0) {
        return same_or_copy(&v);
    }
    bvstr_init(&vstr, v.len - n * ol + n * nl + 1);
    p = v.data;
    for (size_t i = 0; i < n; i++) {
        q = find_sub(p, end - p, od, ol);
        vstr_add_strn(&vstr, (const char *)p, q - p);
        vstr_add_strn(&vstr, (const char *)nd, nl);
        p = q + ol;
    }
    vstr_add_strn(&vstr, (const char *)p, end - p);
    return new_kind_from_vstr(v.kind, &vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_replace_obj, 3, 4, str_replace);

static mp_obj_t remove_affix(mp_obj_t self_in, mp_obj_t affix, bool suffix) {
    str_view_t v;
    get_view(self_in, &v);
    size_t al;
    const byte *ad = arg_data(v.kind, affix, &al);
    if (al > 0 && al <= v.len) {
        if (!suffix && memcmp(v.data, ad, al) == 0) {
            return new_kind(v.kind, v.data + al, v.len - al);
        }
        if (suffix && memcmp(v.data + v.len - al, ad, al) == 0) {
            return new_kind(v.kind, v.data, v.len - al);
        }
    }
    return same_or_copy(&v);
}

static mp_obj_t str_removeprefix(mp_obj_t self_in, mp_obj_t affix) {
    return remove_affix(self_in, affix, false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_removeprefix_obj, str_removeprefix);

static mp_obj_t str_removesuffix(mp_obj_t self_in, mp_obj_t affix) {
    return remove_affix(self_in, affix, true);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_removesuffix_obj, str_removesuffix);

static mp_obj_t str_expandtabs(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    str_view_t v;
    get_view(args[0], &v);
    check_max_args(n_args, 1, "expandtabs");
    mp_int_t tabsize = 8;
    if (n_args > 1) {
        tabsize = mp_obj_get_int(args[1]);
    } else if (kw != NULL && kw->used > 0) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_tabsize), MP_MAP_LOOKUP);
        if (e != NULL) {
            tabsize = mp_obj_get_int(e->value);
        }
    }
    vstr_t vstr;
    bvstr_init(&vstr, v.len + 16);
    size_t col = 0;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        byte c = *p;
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = tabsize - col % tabsize;
                for (size_t i = 0; i < n; i++) {
                    vstr_add_byte(&vstr, ' ');
                }
                col += n;
            }
            p++;
        } else if (c == '\n' || c == '\r') {
            vstr_add_byte(&vstr, c);
            col = 0;
            p++;
        } else {
            size_t n = v.kind == KIND_STR ? char_len_at(p) : 1;
            vstr_add_strn(&vstr, (const char *)p, n);
            p += n;
            col++;
        }
    }
    return new_kind_from_vstr(v.kind, &vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_expandtabs_obj, 1, str_expandtabs);

// ---------------------------------------------------------------------------------------------
// Case conversion and classification

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } case_op_t;

static mp_obj_t change_case(mp_obj_t self_in, case_op_t op) {
    str_view_t v;
    get_view(self_in, &v);
    vstr_t vstr;
    bvstr_init(&vstr, v.len + 1);
    bool prev_cased = false;
    bool first = true;
    bool s = v.kind == KIND_STR;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        uint32_t c;
        size_t n;
        if (*p < 0x80 || !s) {
            c = *p;
            n = 1;
        } else {
            c = utf8_get_char(p);
            n = char_len_at(p);
        }
        if (!s && c >= 0x80) {
            vstr_add_byte(&vstr, (byte)c);
            p += n;
            continue;
        }
        uint32_t out[3] = {c};
        size_t nout = 1;
        int kind = -1;
        switch (op) {
            case CASE_LOWER:
                kind = MP_UNI_LOWER;
                break;
            case CASE_UPPER:
                kind = MP_UNI_UPPER;
                break;
            case CASE_SWAP:
                kind = mp_uni_isupper(c) ? MP_UNI_LOWER : mp_uni_islower(c) ? MP_UNI_UPPER : -1;
                break;
            case CASE_TITLE:
                kind = prev_cased ? MP_UNI_LOWER : MP_UNI_TITLE;
                break;
            case CASE_CAPITALIZE:
                kind = first ? MP_UNI_TITLE : MP_UNI_LOWER;
                break;
            case CASE_FOLD:
                kind = MP_UNI_FOLD;
                break;
        }
        if (kind >= 0) {
            nout = mp_uni_map_full(c, kind, out);
        }
        if (s && c == 0x3a3 && kind == MP_UNI_LOWER && prev_cased) {
            // final sigma: a capital sigma lowered at the end of a word becomes U+03C2
            bool next_cased = false;
            if (p + n < end) {
                uint32_t nc = p[n] < 0x80 ? p[n] : utf8_get_char(p + n);
                next_cased = mp_uni_iscased(nc);
            }
            if (!next_cased) {
                out[0] = 0x3c2;
            }
        }
        for (size_t i = 0; i < nout; i++) {
            if (out[i] < 0x80 || !s) {
                vstr_add_byte(&vstr, (byte)out[i]);
            } else {
                vstr_add_char(&vstr, out[i]);
            }
        }
        prev_cased = mp_uni_iscased(c);
        first = false;
        p += n;
    }
    return new_kind_from_vstr(v.kind, &vstr);
}

static mp_obj_t str_lower(mp_obj_t self_in) {
    return change_case(self_in, CASE_LOWER);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_lower_obj, str_lower);

static mp_obj_t str_upper(mp_obj_t self_in) {
    return change_case(self_in, CASE_UPPER);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_upper_obj, str_upper);

static mp_obj_t str_swapcase(mp_obj_t self_in) {
    return change_case(self_in, CASE_SWAP);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_swapcase_obj, str_swapcase);

static mp_obj_t str_title(mp_obj_t self_in) {
    return change_case(self_in, CASE_TITLE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_title_obj, str_title);

static mp_obj_t str_capitalize(mp_obj_t self_in) {
    return change_case(self_in, CASE_CAPITALIZE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_capitalize_obj, str_capitalize);

static mp_obj_t str_casefold(mp_obj_t self_in) {
    return change_case(self_in, CASE_FOLD);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_casefold_obj, str_casefold);

typedef enum {
    CLS_ALPHA, CLS_DIGIT, CLS_DECIMAL, CLS_NUMERIC, CLS_ALNUM, CLS_SPACE, CLS_ASCII, CLS_PRINTABLE,
} char_class_t;

static bool char_is(uint32_t c, char_class_t cls) {
    switch (cls) {
        case CLS_ALPHA:
            return mp_uni_isalpha(c);
        case CLS_DIGIT:
            return mp_uni_isdigit(c);
        case CLS_DECIMAL:
            return mp_uni_isdecimal(c);
        case CLS_NUMERIC:
            return mp_uni_isnumeric(c);
        case CLS_ALNUM:
            return mp_uni_isalpha(c) || mp_uni_isnumeric(c);
        case CLS_SPACE:
            return mp_uni_isspace(c);
        case CLS_ASCII:
            return c < 0x80;
        default:
            return mp_uni_isprintable(c);
    }
}

static mp_obj_t classify(mp_obj_t self_in, char_class_t cls) {
    str_view_t v;
    get_view(self_in, &v);
    if (v.len == 0) {
        return mp_obj_new_bool(cls == CLS_ASCII || cls == CLS_PRINTABLE);
    }
    bool s = v.kind == KIND_STR;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        uint32_t c = *p;
        if (c >= 0x80 && s) {
            c = utf8_get_char(p);
            p += char_len_at(p);
        } else {
            p++;
            if (!s && c >= 0x80) {
                return mp_const_false;
            }
        }
        if (!char_is(c, cls)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}

static mp_obj_t str_isalpha(mp_obj_t self_in) {
    return classify(self_in, CLS_ALPHA);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isalpha_obj, str_isalpha);

static mp_obj_t str_isdigit(mp_obj_t self_in) {
    return classify(self_in, CLS_DIGIT);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isdigit_obj, str_isdigit);

static mp_obj_t str_isdecimal(mp_obj_t self_in) {
    return classify(self_in, CLS_DECIMAL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isdecimal_obj, str_isdecimal);

static mp_obj_t str_isnumeric(mp_obj_t self_in) {
    return classify(self_in, CLS_NUMERIC);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isnumeric_obj, str_isnumeric);

static mp_obj_t str_isalnum(mp_obj_t self_in) {
    return classify(self_in, CLS_ALNUM);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isalnum_obj, str_isalnum);

static mp_obj_t str_isspace(mp_obj_t self_in) {
    return classify(self_in, CLS_SPACE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isspace_obj, str_isspace);

static mp_obj_t str_isascii(mp_obj_t self_in) {
    return classify(self_in, CLS_ASCII);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isascii_obj, str_isascii);

static mp_obj_t str_isprintable(mp_obj_t self_in) {
    return classify(self_in, CLS_PRINTABLE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isprintable_obj, str_isprintable);

// islower/isupper: at least one cased char and none of the other case.
static mp_obj_t case_check(mp_obj_t self_in, bool want_upper) {
    str_view_t v;
    get_view(self_in, &v);
    bool any = false;
    bool s = v.kind == KIND_STR;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        uint32_t c = *p;
        if (c >= 0x80 && s) {
            c = utf8_get_char(p);
            p += char_len_at(p);
        } else {
            p++;
            if (c >= 0x80) {
                continue;
            }
        }
        // a title-case letter (U+01C5) is neither: it makes both checks fail
        if (want_upper ? (mp_uni_islower(c) || (mp_uni_isupper_or_title(c) && !mp_uni_isupper(c))) : mp_uni_isupper_or_title(c)) {
            return mp_const_false;
        }
        if (want_upper ? mp_uni_isupper(c) : mp_uni_islower(c)) {
            any = true;
        }
    }
    return mp_obj_new_bool(any);
}

static mp_obj_t str_islower(mp_obj_t self_in) {
    return case_check(self_in, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_islower_obj, str_islower);

static mp_obj_t str_isupper(mp_obj_t self_in) {
    return case_check(self_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isupper_obj, str_isupper);

static mp_obj_t str_istitle(mp_obj_t self_in) {
    str_view_t v;
    get_view(self_in, &v);
    bool prev_cased = false, any = false;
    bool s = v.kind == KIND_STR;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        uint32_t c = *p;
        if (c >= 0x80 && s) {
            c = utf8_get_char(p);
            p += char_len_at(p);
        } else {
            p++;
        }
        if (mp_uni_isupper_or_title(c)) {
            if (prev_cased) {
                return mp_const_false;
            }
            prev_cased = any = true;
        } else if (mp_uni_islower(c)) {
            if (!prev_cased) {
                return mp_const_false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    return mp_obj_new_bool(any);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_istitle_obj, str_istitle);

static mp_obj_t str_isidentifier(mp_obj_t self_in) {
    str_view_t v;
    get_view(self_in, &v);
    if (v.len == 0) {
        return mp_const_false;
    }
    bool first = true;
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        uint32_t c = *p;
        if (c >= 0x80) {
            c = utf8_get_char(p);
            p += char_len_at(p);
            if (!mp_uni_isident(c, first)) {
                return mp_const_false;
            }
        } else {
            p++;
            if (!(unichar_isalpha(c) || c == '_' || (!first && unichar_isdigit(c)))) {
                return mp_const_false;
            }
        }
        first = false;
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isidentifier_obj, str_isidentifier);

// ---------------------------------------------------------------------------------------------
// encode / translate / maketrans / format (decode, hex and fromhex: py/objstrcodec.c)

static mp_obj_t kw_or_pos(size_t n_args, const mp_obj_t *args, mp_map_t *kw, size_t pos, qstr name) {
    if (n_args > pos) {
        return args[pos];
    }
    if (kw != NULL && kw->used > 0) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return MP_OBJ_NULL;
}

static mp_obj_t str_encode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    str_view_t v;
    get_view(args[0], &v);
    check_max_args(n_args, 2, "encode");
    return mp_str_encode(v.data, v.len, kw_or_pos(n_args, args, kw, 1, MP_QSTR_encoding),
        kw_or_pos(n_args, args, kw, 2, MP_QSTR_errors));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_encode_obj, 1, str_encode);

// table[key], or MP_OBJ_NULL if that raises LookupError.
static mp_obj_t subscr_or_null(mp_obj_t table, mp_obj_t key) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_obj_subscr(table, key, MP_OBJ_SENTINEL);
        nlr_pop();
        return r;
    }
    if (!mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_LookupError)) {
        nlr_jump(nlr.ret_val);
    }
    return MP_OBJ_NULL;
}

// bytes/bytearray.translate(table[, delete]): bytes in `delete` are dropped before mapping.
static mp_obj_t bytes_translate_del(mp_obj_t self_in, mp_obj_t table, mp_obj_t del) {
    str_view_t v;
    get_view(self_in, &v);
    vstr_t vstr;
    bvstr_init(&vstr, v.len + 1);
    mp_buffer_info_t bi = {0};
    if (table != mp_const_none) {
        if (mp_obj_is_str(table)) {
            mp_raise_TypeError("a bytes-like object is required, not 'str'");
        }
        mp_get_buffer_raise(table, &bi, MP_BUFFER_READ);
        if (bi.len != 256) {
            mp_raise_ValueError("translation table must be 256 characters long");
        }
    }
    mp_buffer_info_t di = {0};
    if (del != MP_OBJ_NULL) {
        if (mp_obj_is_str(del)) {
            mp_raise_TypeError("a bytes-like object is required, not 'str'");
        }
        mp_get_buffer_raise(del, &di, MP_BUFFER_READ);
    }
    for (size_t i = 0; i < v.len; i++) {
        if (di.len > 0 && memchr(di.buf, v.data[i], di.len) != NULL) {
            continue;
        }
        vstr_add_byte(&vstr, table == mp_const_none ? v.data[i] : ((const byte *)bi.buf)[v.data[i]]);
    }
    return new_kind_from_vstr(v.kind, &vstr);
}

static mp_obj_t bytes_translate(size_t n_args, const mp_obj_t *args) {
    return bytes_translate_del(args[0], args[1], n_args > 2 ? args[2] : MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(bytes_translate_obj, 2, 3, bytes_translate);

static mp_obj_t str_translate(mp_obj_t self_in, mp_obj_t table) {
    str_view_t v;
    get_view(self_in, &v);
    if (v.kind != KIND_STR) {
        return bytes_translate_del(self_in, table, MP_OBJ_NULL);
    }
    vstr_t vstr;
    bvstr_init(&vstr, v.len + 1);
    for (const byte *p = v.data, *end = v.data + v.len; p < end;) {
        size_t n = char_len_at(p);
        uint32_t c = *p < 0x80 ? *p : utf8_get_char(p);
        mp_obj_t r = subscr_or_null(table, MP_OBJ_NEW_SMALL_INT(c));
        if (r == MP_OBJ_NULL) {
            vstr_add_strn(&vstr, (const char *)p, n);
        } else if (r == mp_const_none) {
            // deleted
        } else if (mp_obj_is_int(r)) {
            mp_int_t ch = mp_obj_is_small_int(r) ? MP_OBJ_SMALL_INT_VALUE(r) : -1;
            if (ch < 0 || ch > 0x10ffff) {
                mp_raise_ValueError("character mapping must be in range(0x110000)");
            }
            vstr_add_char(&vstr, ch);
        } else {
            size_t rl;
            if (!is_str(unwrap(r))) {
                mp_raise_TypeError("character mapping must return integer, None or str");
            }
            const byte *rd = arg_data(KIND_STR, r, &rl);
            vstr_add_strn(&vstr, (const char *)rd, rl);
        }
        p += n;
    }
    return bvstr_finish(&vstr, &mp_type_str);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_translate_obj, str_translate);

static mp_obj_t str_maketrans(size_t n_args, const mp_obj_t *args) {
    mp_obj_t d = mp_obj_new_dict(0);
    if (n_args == 1) {
        mp_obj_t src = mp_obj_get_native(args[0], &mp_type_dict);
        if (!mp_obj_isinstance(src, &mp_type_dict) || (mp_obj_get_type(src)->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            mp_raise_TypeError("if you give only one argument to maketrans it must be a dict");
        }
        mp_map_t *m = mp_obj_dict_get_map(src);
        size_t i = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(m, &i)) != NULL) {
            mp_obj_t k = e->key;
            if (is_str(k)) {
                GET_STR_DATA_LEN(k, kd, kl);
                if (count_chars(kd, kl) != 1) {
                    mp_raise_ValueError("string keys in translate table must be of length 1");
                }
                k = MP_OBJ_NEW_SMALL_INT(utf8_get_char(kd));
            }
            mp_obj_dict_store(d, k, e->value);
        }
        return d;
    }
    size_t l1, l2;
    const byte *a = arg_data(KIND_STR, args[0], &l1);
    const byte *b = arg_data(KIND_STR, args[1], &l2);
    if (count_chars(a, l1) != count_chars(b, l2)) {
        mp_raise_ValueError("the first two maketrans arguments must have equal length");
    }
    const byte *ae = a + l1;
    while (a < ae) {
        mp_obj_dict_store(d, MP_OBJ_NEW_SMALL_INT(utf8_get_char(a)), MP_OBJ_NEW_SMALL_INT(utf8_get_char(b)));
        a += char_len_at(a);
        b += char_len_at(b);
    }
    if (n_args > 2) {
        size_t l3;
        const byte *c = arg_data(KIND_STR, args[2], &l3);
        for (const byte *ce = c + l3; c < ce; c += char_len_at(c)) {
            mp_obj_dict_store(d, MP_OBJ_NEW_SMALL_INT(utf8_get_char(c)), mp_const_none);
        }
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_maketrans_fun_obj, 1, 3, str_maketrans);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(str_maketrans_obj, MP_ROM_PTR(&str_maketrans_fun_obj));

static mp_obj_t bytes_maketrans(mp_obj_t from, mp_obj_t to) {
    size_t l1, l2;
    const byte *a = arg_data(KIND_BYTES, from, &l1);
    const byte *b = arg_data(KIND_BYTES, to, &l2);
    if (l1 != l2) {
        mp_raise_ValueError("maketrans arguments must have same length");
    }
    byte *p;
    mp_obj_t o = mp_obj_str_alloc(&mp_type_bytes, 256, &p);
    for (int i = 0; i < 256; i++) {
        p[i] = (byte)i;
    }
    for (size_t i = 0; i < l1; i++) {
        p[a[i]] = b[i];
    }
    return o;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytes_maketrans_fun_obj, bytes_maketrans);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(bytes_maketrans_obj, MP_ROM_PTR(&bytes_maketrans_fun_obj));

static mp_obj_t str_format_method(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (!is_str(args[0])) {
        mp_obj_t self = unwrap(args[0]);
        if (self != args[0]) {
            mp_obj_t *a2 = m_new(mp_obj_t, n_args);
            memcpy(a2, args, n_args * sizeof(mp_obj_t));
            a2[0] = self;
            return mp_obj_str_format(n_args, a2, kw);
        }
    }
    return mp_obj_str_format(n_args, args, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_format_obj, 1, str_format_method);

static mp_obj_t str_format_map(mp_obj_t self_in, mp_obj_t mapping) {
    return mp_obj_str_format_map(unwrap(self_in), mapping);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_format_map_obj, str_format_map);

static mp_obj_t str___format__(mp_obj_t self_in, mp_obj_t spec) {
    return mp_obj_format_value(unwrap(self_in), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___format___obj, str___format__);

// ---------------------------------------------------------------------------------------------
// Subscription and iteration

static mp_obj_t str_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;   // immutable
    }
    str_view_t v;
    get_view(self_in, &v);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, vclen(&v), &b);
        if (b.step == 1) {
            if (b.stop <= b.start) {
                return new_kind(v.kind, NULL, 0);
            }
            if (b.start == 0 && (size_t)b.stop == vclen(&v)) {
                return v.obj;
            }
            if (IS_ASCII(&v)) {
                mp_obj_t o = new_kind(v.kind, v.data + b.start, b.stop - b.start);
                return o;
            }
            size_t bs = char_to_byte(v.data, v.len, b.start);
            size_t be = bs + char_to_byte(v.data + bs, v.len - bs, b.stop - b.start);
            return new_kind(v.kind, v.data + bs, be - bs);
        }
        // general step: gather the chars
        mp_int_t n = b.step > 0 ? (b.stop > b.start ? (b.stop - b.start + b.step - 1) / b.step : 0)
            : (b.start > b.stop ? (b.start - b.stop - b.step - 1) / -b.step : 0);
        vstr_t vstr;
        if (IS_ASCII(&v)) {
            bvstr_init(&vstr, n + 1);
            for (mp_int_t i = 0, k = b.start; i < n; i++, k += b.step) {
                vstr_add_byte(&vstr, v.data[k]);
            }
        } else {
            // offsets of every char, then pick
            size_t *offs = m_new(size_t, vclen(&v) + 1);
            size_t k = 0;
            for (size_t i = 0; i < v.len; i += char_len_at(v.data + i)) {
                offs[k++] = i;
            }
            offs[k] = v.len;
            bvstr_init(&vstr, n * 2 + 1);
            for (mp_int_t i = 0, c = b.start; i < n; i++, c += b.step) {
                vstr_add_strn(&vstr, (const char *)v.data + offs[c], offs[c + 1] - offs[c]);
            }
            m_del(size_t, offs, vclen(&v) + 1);
        }
        return new_kind_from_vstr(v.kind, &vstr);
    }
    mp_int_t i;
    if (mp_obj_is_type(index, &mp_type_int) && mp_obj_int_is_big(index)) {
        mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (!mp_obj_get_int_maybe(index, &i)) {
        if (v.kind == KIND_STR) {
            mp_raise_msg_varg(&mp_type_TypeError, "string indices must be integers, not '%s'", mp_obj_get_type_str(index));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "byte indices must be integers or slices, not %s", mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += vclen(&v);
    }
    if (i < 0 || (size_t)i >= vclen(&v)) {
        mp_raise_msg(&mp_type_IndexError, v.kind == KIND_STR ? "string index out of range" : "index out of range");
    }
    if (v.kind != KIND_STR) {
        return MP_OBJ_NEW_SMALL_INT(v.data[i]);
    }
    if (IS_ASCII(&v)) {
        return ascii_char(v.data[i]);
    }
    size_t off;
    if ((size_t)i > vclen(&v) / 2) {
        // walk from the end
        off = v.len;
        for (size_t k = vclen(&v) - i; k > 0; k--) {
            off--;
            while (utf8_is_cont(v.data[off])) {
                off--;
            }
        }
    } else {
        off = char_to_byte(v.data, v.len, i);
    }
    if (v.data[off] < 0x80) {
        return ascii_char(v.data[off]);
    }
    return mp_obj_new_str_copy(&mp_type_str, v.data + off, char_len_at(v.data + off));
}

typedef struct _str_it_t {
    mp_obj_base_t base;
    mp_obj_t str;
    size_t pos;
} str_it_t;

static mp_obj_t str_it_iternext(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    GET_STR_DATA_LEN(it->str, d, l);
    if (it->pos >= l) {
        return MP_OBJ_STOP_ITERATION;
    }
    byte c = d[it->pos];
    if (c < 0x80) {
        it->pos++;
        return ascii_char(c);
    }
    size_t n = char_len_at(d + it->pos);
    if (it->pos + n > l) {
        n = l - it->pos;
    }
    mp_obj_t o = mp_obj_new_str_copy(&mp_type_str, d + it->pos, n);
    it->pos += n;
    return o;
}

static mp_obj_t bytes_it_iternext(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    GET_STR_DATA_LEN(it->str, d, l);
    if (it->pos >= l) {
        return MP_OBJ_STOP_ITERATION;
    }
    return MP_OBJ_NEW_SMALL_INT(d[it->pos++]);
}

static mp_obj_t it_self(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t str_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_str_iterator,
    .getiter = it_self,
    .iternext = str_it_iternext,
};

static const mp_obj_type_t bytes_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_bytes_iterator,
    .getiter = it_self,
    .iternext = bytes_it_iternext,
};

static mp_obj_t str_getiter(mp_obj_t self_in) {
    str_it_t *it = m_new_obj(str_it_t);
    mp_obj_t o = unwrap(self_in);
    bool is_bytes = !mp_obj_is_qstr(o) && mp_obj_is_type(o, &mp_type_bytes);
    it->base.type = is_bytes ? &bytes_iterator_type : &str_iterator_type;
    it->str = o;
    it->pos = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------------------------
// Buffer protocol

static int str_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    if (flags & MP_BUFFER_WRITE) {
        return 1;
    }
    GET_STR_DATA_LEN(self_in, d, l);
    bufinfo->buf = (void *)d;
    bufinfo->len = l;
    bufinfo->typecode = 'B';
    return 0;
}

bool mp_get_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    if (mp_obj_is_small_int(obj)) {
        return false;
    }
    if (mp_obj_is_qstr(obj)) {
        return str_get_buffer(obj, bufinfo, flags) == 0;
    }
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (t->buffer != NULL) {
        return t->buffer(obj, bufinfo, flags) == 0;
    }
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        const mp_obj_type_t *native = NULL;
        if (mp_obj_type_find_native_base(t, &native) > 0 && native != NULL && native->buffer != NULL) {
            mp_obj_t n = mp_obj_get_native(obj, native);
            if (n != MP_OBJ_NULL && n != obj) {
                return native->buffer(n, bufinfo, flags) == 0;
            }
        }
    }
    return false;
}

void mp_get_buffer_raise(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    if (!mp_get_buffer(obj, bufinfo, flags)) {
        if (flags & MP_BUFFER_WRITE) {
            mp_buffer_info_t tmp;
            if (mp_get_buffer(obj, &tmp, MP_BUFFER_READ)) {
                mp_raise_TypeError("buffer is read-only");
            }
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(obj));
    }
}

// ---------------------------------------------------------------------------------------------
// Method tables and types

static const mp_rom_map_elem_t str_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&str___format___obj) },
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_casefold), MP_ROM_PTR(&str_casefold_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_encode), MP_ROM_PTR(&str_encode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&str_find_obj) },
    { MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&str_format_obj) },
    { MP_ROM_QSTR(MP_QSTR_format_map), MP_ROM_PTR(&str_format_map_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdecimal), MP_ROM_PTR(&str_isdecimal_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_isidentifier), MP_ROM_PTR(&str_isidentifier_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnumeric), MP_ROM_PTR(&str_isnumeric_obj) },
    { MP_ROM_QSTR(MP_QSTR_isprintable), MP_ROM_PTR(&str_isprintable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&str_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&str_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&str_zfill_obj) },
};
static MP_DEFINE_CONST_DICT(str_locals_dict, str_locals_dict_table);

static const mp_rom_map_elem_t bytes_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&mp_obj_bytes_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&str_find_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&mp_obj_bytes_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_obj_bytes_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&bytes_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&bytes_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&str_zfill_obj) },
};
static MP_DEFINE_CONST_DICT(bytes_locals_dict, bytes_locals_dict_table);

// bytearray: the bytes methods (they keep the kind of self) plus the mutators of objarray.c.
static const mp_rom_map_elem_t bytearray_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&mp_bytearray_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&mp_bytearray_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&mp_bytearray_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&mp_obj_bytes_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&mp_bytearray_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&str_find_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&mp_obj_bytes_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_obj_bytes_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&mp_bytearray_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&bytes_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&mp_bytearray_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&mp_bytearray_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&mp_bytearray_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&bytes_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&str_zfill_obj) },
};
MP_DEFINE_CONST_DICT(mp_bytearray_locals_dict, bytearray_locals_dict_table);

const mp_obj_type_t mp_type_str = {
    {&mp_type_type},
    .name = MP_QSTR_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = mp_obj_str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&str_locals_dict,
};

const mp_obj_type_t mp_type_bytes = {
    {&mp_type_type},
    .name = MP_QSTR_bytes,
    .print = str_print,
    .make_new = bytes_make_new,
    .unary_op = str_unary_op,
    .binary_op = mp_obj_str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&bytes_locals_dict,
};
