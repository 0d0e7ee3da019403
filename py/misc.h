// py/misc.h: memory allocation front-end, growable strings (vstr), printers, UTF-8 helpers.
//
// All memory of the interpreter comes from the GC heap through m_malloc & co; they never return
// NULL: on exhaustion they raise MemoryError (via nlr). Sizes passed to m_free/m_realloc are hints
// (the GC knows block sizes) kept for symmetry with a future tracking allocator.
#ifndef MICROPY_INCLUDED_PY_MISC_H
#define MICROPY_INCLUDED_PY_MISC_H

#include "py/mpconfig.h"
#include <string.h>
#include <stdarg.h>

// ---- allocation ----
void *m_malloc(size_t num_bytes);                   // zeroed memory; raises MemoryError
void *m_malloc_uninit(size_t num_bytes);            // contents unspecified; raises MemoryError
void *m_malloc_maybe(size_t num_bytes);             // zeroed memory or NULL
void *m_malloc_with_finaliser(size_t num_bytes);    // block gets its finaliser bit set
void *m_realloc(void *ptr, size_t old_num_bytes, size_t new_num_bytes); // new tail zeroed
void *m_realloc_maybe(void *ptr, size_t old_num_bytes, size_t new_num_bytes, bool allow_move);
void m_free(void *ptr, size_t num_bytes);
NORETURN void m_malloc_fail(size_t num_bytes);

// ---- checked size arithmetic ----
// Byte counts computed from user-controlled values (item counts times item sizes, lengths times
// repeat counts, length plus growth) must not wrap around: these raise MemoryError (no heap can
// hold the result) where they would. One predictable branch each.
static inline size_t mp_size_mul(size_t a, size_t b) {
    size_t r;
    if (MP_UNLIKELY(__builtin_mul_overflow(a, b, &r))) {
        m_malloc_fail((size_t)-1);
    }
    return r;
}
static inline size_t mp_size_add(size_t a, size_t b) {
    size_t r;
    if (MP_UNLIKELY(__builtin_add_overflow(a, b, &r))) {
        m_malloc_fail((size_t)-1);
    }
    return r;
}
// The same as predicates: true when a * b (a + b) does not fit a size_t.
static inline bool mp_mul_overflow(size_t a, size_t b, size_t *res) {
    return __builtin_mul_overflow(a, b, res);
}
static inline bool mp_add_overflow(size_t a, size_t b, size_t *res) {
    return __builtin_add_overflow(a, b, res);
}

#define m_new(type, num) ((type *)(m_malloc(mp_size_mul(sizeof(type), (num)))))
#define m_new0(type, num) m_new(type, num)
#define m_new_obj(type) (m_new(type, 1))
#define m_new_obj_var(obj_type, var_type, var_num) ((obj_type *)m_malloc(mp_size_add(sizeof(obj_type), mp_size_mul(sizeof(var_type), (var_num)))))
#define m_new_obj_with_finaliser(type) ((type *)(m_malloc_with_finaliser(sizeof(type))))
#define m_renew(type, ptr, old_num, new_num) ((type *)(m_realloc((ptr), sizeof(type) * (old_num), mp_size_mul(sizeof(type), (new_num)))))
#define m_del(type, ptr, num) m_free(ptr, sizeof(type) * (num))
#define m_del_obj(type, ptr) (m_del(type, ptr, 1))

// ---- vstr: a growable byte buffer on the GC heap ----
typedef struct _vstr_t {
    size_t alloc;
    size_t len;
    char *buf;
    bool fixed_buf;   // buf is caller-owned and must not grow
} vstr_t;

void vstr_init(vstr_t *vstr, size_t alloc);
void vstr_init_len(vstr_t *vstr, size_t len);
void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf);
void vstr_clear(vstr_t *vstr);
char *vstr_extend(vstr_t *vstr, size_t size);          // returns pointer to the new space
void vstr_hint_size(vstr_t *vstr, size_t size);
char *vstr_null_terminated_str(vstr_t *vstr);
void vstr_add_byte(vstr_t *vstr, byte v);
void vstr_add_char(vstr_t *vstr, uint32_t chr);         // UTF-8 encodes chr
void vstr_add_str(vstr_t *vstr, const char *str);
void vstr_add_strn(vstr_t *vstr, const char *str, size_t len);
void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b);
void vstr_ins_strn(vstr_t *vstr, size_t byte_pos, const char *str, size_t len);
void vstr_cut_head_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_tail_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_out_bytes(vstr_t *vstr, size_t byte_pos, size_t bytes_to_cut);
void vstr_printf(vstr_t *vstr, const char *fmt, ...);
static inline size_t vstr_len(const vstr_t *v) { return v->len; }
static inline char *vstr_str(const vstr_t *v) { return v->buf; }
static inline void vstr_reset(vstr_t *v) { v->len = 0; }

// ---- printers: where print() and repr() output goes ----
typedef void (*mp_print_strn_t)(void *data, const char *str, size_t len);
typedef struct _mp_print_t {
    void *data;
    mp_print_strn_t print_strn;
} mp_print_t;

extern const mp_print_t mp_plat_print;   // stdout of the port (mp_hal_stdout_tx_strn)
extern const mp_print_t mp_stderr_print; // stderr of the port
void mp_print_init_vstr(mp_print_t *print, vstr_t *vstr); // printer that appends to vstr
int mp_print_str(const mp_print_t *print, const char *str);
int mp_print_strn(const mp_print_t *print, const char *str, size_t len);
int mp_printf(const mp_print_t *print, const char *fmt, ...);
int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args);
// mp_printf understands the C formats %d %u %x %s %c %p %ld %lu %lx %zu %zd %%, precision/width,
// plus %q (a qstr: its text) and %.*s.

// ---- UTF-8 ----
// Strings are stored as UTF-8 and indexed by code point.
static inline bool utf8_is_cont(byte c) { return (c & 0xc0) == 0x80; }
uint32_t utf8_get_char(const byte *s);                  // decodes the char starting at s
const byte *utf8_next_char(const byte *s);
size_t utf8_charlen(const byte *str, size_t len);       // number of code points
bool utf8_check(const byte *p, size_t len);             // well-formed UTF-8?
size_t utf8_encode(uint32_t c, byte *out);              // 1..4 bytes written

// ---- misc ----
static inline bool unichar_isspace(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0; }
static inline bool unichar_isdigit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool unichar_isxdigit(uint32_t c) { return unichar_isdigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static inline bool unichar_isalpha(uint32_t c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
static inline bool unichar_isupper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool unichar_islower(uint32_t c) { return c >= 'a' && c <= 'z'; }
static inline bool unichar_isident(uint32_t c) { return unichar_isalpha(c) || unichar_isdigit(c) || c == '_' || c >= 0x80; }
static inline uint32_t unichar_tolower(uint32_t c) { return unichar_isupper(c) ? c + 0x20 : c; }
static inline uint32_t unichar_toupper(uint32_t c) { return unichar_islower(c) ? c - 0x20 : c; }
static inline int unichar_xdigit_value(uint32_t c) { return c <= '9' ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10); }

#endif
