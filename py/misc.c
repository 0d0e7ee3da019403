// py/misc.c: allocation front-end over the GC, vstr, mp_printf, UTF-8 helpers.
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/objstr.h"

// ---- allocation ----

void m_malloc_fail(size_t num_bytes) {
    // The preallocated instance: raising must not need the heap (it is full or locked). The
    // message names the size when three small blocks can still be had (usual after a large
    // request failed); otherwise, or for a size that overflowed ((size_t)-1), it is the plain
    // "memory allocation failed" of the preallocated args.
    mp_obj_exception_t *e = mp_obj_exception_get_native(mp_state.memory_error_obj);
    mp_obj_exception_clear_traceback(mp_state.memory_error_obj);
    e->context = MP_OBJ_NULL;
    e->args = MP_OBJ_TO_PTR(mp_state.memory_error_args);
    if (num_bytes != (size_t)-1) {
        char msg[80];
        int n = snprintf(msg, sizeof(msg), "memory allocation failed, allocating %lu bytes", (unsigned long)num_bytes);
        byte *data;
        mp_obj_t s = mp_obj_str_alloc_maybe(&mp_type_str, (size_t)n, &data);
        mp_obj_tuple_t *t = s != MP_OBJ_NULL ? gc_alloc(sizeof(mp_obj_tuple_t) + sizeof(mp_obj_t), false) : NULL;
        if (t != NULL) {
            memcpy(data, msg, (size_t)n);
            t->base.type = &mp_type_tuple;
            t->len = 1;
            t->items[0] = s;
            e->args = t;
        }
    }
    nlr_raise(mp_state.memory_error_obj);
}

void *m_malloc(size_t num_bytes) {
    void *p = gc_alloc(num_bytes, false);
    if (p == NULL) {
        m_malloc_fail(num_bytes);
    }
    return p;
}

void *m_malloc_uninit(size_t num_bytes) {
    void *p = gc_alloc_uninit(num_bytes);
    if (p == NULL) {
        m_malloc_fail(num_bytes);
    }
    return p;
}

void *m_malloc_maybe(size_t num_bytes) {
    return gc_alloc(num_bytes, false);
}

void *m_malloc_with_finaliser(size_t num_bytes) {
    void *p = gc_alloc(num_bytes, true);
    if (p == NULL) {
        m_malloc_fail(num_bytes);
    }
    return p;
}

void *m_realloc(void *ptr, size_t old_num_bytes, size_t new_num_bytes) {
    (void)old_num_bytes;
    void *p = gc_realloc(ptr, new_num_bytes, true);
    if (p == NULL && new_num_bytes != 0) {
        m_malloc_fail(new_num_bytes);
    }
    return p;
}

void *m_realloc_maybe(void *ptr, size_t old_num_bytes, size_t new_num_bytes, bool allow_move) {
    (void)old_num_bytes;
    return gc_realloc(ptr, new_num_bytes, allow_move);
}

void m_free(void *ptr, size_t num_bytes) {
    (void)num_bytes;
    gc_free(ptr);
}

// ---- vstr ----

void vstr_init(vstr_t *vstr, size_t alloc) {
    if (alloc < 1) {
        alloc = 1;
    }
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = m_new(char, alloc);
    vstr->fixed_buf = false;
}

void vstr_init_len(vstr_t *vstr, size_t len) {
    vstr_init(vstr, len + 1);
    vstr->len = len;
}

void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf) {
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = buf;
    vstr->fixed_buf = true;
}

void vstr_clear(vstr_t *vstr) {
    if (!vstr->fixed_buf) {
        m_del(char, vstr->buf, vstr->alloc);
    }
    vstr->buf = NULL;
    vstr->alloc = 0;
    vstr->len = 0;
}

static bool vstr_ensure_extra(vstr_t *vstr, size_t size) {
    if (vstr->len + size > vstr->alloc) {
        if (vstr->fixed_buf) {
            return false;
        }
        size_t need = mp_size_add(mp_size_add(vstr->len, size), 16);
        size_t new_alloc = vstr->alloc * 2;
        if (new_alloc < need || new_alloc < vstr->alloc) {
            new_alloc = need;
        }
        vstr->buf = m_renew(char, vstr->buf, vstr->alloc, new_alloc);
        vstr->alloc = new_alloc;
    }
    return true;
}

void vstr_hint_size(vstr_t *vstr, size_t size) {
    vstr_ensure_extra(vstr, size);
}

char *vstr_extend(vstr_t *vstr, size_t size) {
    if (!vstr_ensure_extra(vstr, size)) {
        return NULL;
    }
    char *p = vstr->buf + vstr->len;
    vstr->len += size;
    return p;
}

char *vstr_null_terminated_str(vstr_t *vstr) {
    if (vstr->len + 1 > vstr->alloc) {
        if (!vstr_ensure_extra(vstr, 1)) {
            vstr->buf[vstr->alloc - 1] = '\0';
            return vstr->buf;
        }
    }
    vstr->buf[vstr->len] = '\0';
    return vstr->buf;
}

void vstr_add_byte(vstr_t *vstr, byte b) {
    if (vstr->len + 1 > vstr->alloc && !vstr_ensure_extra(vstr, 1)) {
        return;
    }
    vstr->buf[vstr->len++] = (char)b;
}

void vstr_add_char(vstr_t *vstr, uint32_t c) {
    byte tmp[4];
    size_t n = utf8_encode(c, tmp);
    vstr_add_strn(vstr, (const char *)tmp, n);
}

void vstr_add_str(vstr_t *vstr, const char *str) {
    vstr_add_strn(vstr, str, strlen(str));
}

void vstr_add_strn(vstr_t *vstr, const char *str, size_t len) {
    if (!vstr_ensure_extra(vstr, len)) {
        len = vstr->alloc - vstr->len;
    }
    memmove(vstr->buf + vstr->len, str, len);
    vstr->len += len;
}

void vstr_ins_strn(vstr_t *vstr, size_t byte_pos, const char *str, size_t len) {
    if (byte_pos > vstr->len) {
        byte_pos = vstr->len;
    }
    if (!vstr_ensure_extra(vstr, len)) {
        return;
    }
    memmove(vstr->buf + byte_pos + len, vstr->buf + byte_pos, vstr->len - byte_pos);
    memcpy(vstr->buf + byte_pos, str, len);
    vstr->len += len;
}

void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b) {
    vstr_ins_strn(vstr, byte_pos, (const char *)&b, 1);
}

void vstr_cut_head_bytes(vstr_t *vstr, size_t n) {
    if (n > vstr->len) {
        n = vstr->len;
    }
    memmove(vstr->buf, vstr->buf + n, vstr->len - n);
    vstr->len -= n;
}

void vstr_cut_tail_bytes(vstr_t *vstr, size_t n) {
    vstr->len = n > vstr->len ? 0 : vstr->len - n;
}

void vstr_cut_out_bytes(vstr_t *vstr, size_t byte_pos, size_t n) {
    if (byte_pos >= vstr->len) {
        return;
    }
    if (byte_pos + n >= vstr->len) {
        vstr->len = byte_pos;
        return;
    }
    memmove(vstr->buf + byte_pos, vstr->buf + byte_pos + n, vstr->len - byte_pos - n);
    vstr->len -= n;
}

static void vstr_print_strn(void *data, const char *str, size_t len) {
    vstr_add_strn((vstr_t *)data, str, len);
}

void mp_print_init_vstr(mp_print_t *print, vstr_t *vstr) {
    print->data = vstr;
    print->print_strn = vstr_print_strn;
}

void vstr_printf(vstr_t *vstr, const char *fmt, ...) {
    mp_print_t print;
    mp_print_init_vstr(&print, vstr);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
}

// ---- printf ----

int mp_print_strn(const mp_print_t *print, const char *str, size_t len) {
    if (len) {
        print->print_strn(print->data, str, len);
    }
    return (int)len;
}

int mp_print_str(const mp_print_t *print, const char *str) {
    return mp_print_strn(print, str, strlen(str));
}

// Handles the C conversions by delegating each one to snprintf, plus %q (a qstr's text).
int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args) {
    int total = 0;
    while (*fmt) {
        const char *pct = strchr(fmt, '%');
        if (pct == NULL) {
            total += mp_print_str(print, fmt);
            break;
        }
        if (pct > fmt) {
            total += mp_print_strn(print, fmt, pct - fmt);
        }
        // Collect the conversion spec.
        char spec[32];
        size_t n = 0;
        const char *p = pct;
        spec[n++] = *p++;
        while (*p && strchr("-+ #0", *p) && n < 20) {
            spec[n++] = *p++;
        }
        bool star_width = false, star_prec = false;
        if (*p == '*') {
            star_width = true;
            spec[n++] = *p++;
        }
        while (*p >= '0' && *p <= '9' && n < 20) {
            spec[n++] = *p++;
        }
        if (*p == '.') {
            spec[n++] = *p++;
            if (*p == '*') {
                star_prec = true;
                spec[n++] = *p++;
            }
            while (*p >= '0' && *p <= '9' && n < 24) {
                spec[n++] = *p++;
            }
        }
        int lmod = 0;   // 1: l, 2: ll, 3: z
        if (*p == 'l') {
            spec[n++] = *p++;
            lmod = 1;
            if (*p == 'l') {
                spec[n++] = *p++;
                lmod = 2;
            }
        } else if (*p == 'z') {
            spec[n++] = *p++;
            lmod = 3;
        }
        char conv = *p;
        if (conv == '\0') {
            break;
        }
        p++;
        spec[n] = '\0';   // the flags/width/precision so far, for the %s case below
        int width = 0, prec = -1;
        if (star_width) {
            width = va_arg(args, int);
        }
        if (star_prec) {
            prec = va_arg(args, int);
        }
        char buf[64];
        int len;
        switch (conv) {
            case '%':
                total += mp_print_strn(print, "%", 1);
                fmt = p;
                continue;
            case 'q': {
                qstr q = va_arg(args, qstr);
                size_t ql;
                const byte *qd = qstr_data(q, &ql);
                total += mp_print_strn(print, (const char *)qd, ql);
                fmt = p;
                continue;
            }
            case 's': {
                const char *s = va_arg(args, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t sl = strlen(s);
                if (star_prec || strchr(spec, '.')) {
                    if (!star_prec) {
                        prec = atoi(strchr(spec, '.') + 1);
                    }
                    if (prec >= 0 && (size_t)prec < sl) {
                        sl = prec;
                    }
                }
                if (!star_width) {
                    const char *w = spec + 1;
                    while (*w && strchr("-+ #0", *w)) {
                        w++;
                    }
                    width = atoi(w);
                }
                bool left = strchr(spec, '-') != NULL;
                if (!left) {
                    for (int i = (int)sl; i < width; i++) {
                        total += mp_print_strn(print, " ", 1);
                    }
                }
                total += mp_print_strn(print, s, sl);
                if (left) {
                    for (int i = (int)sl; i < width; i++) {
                        total += mp_print_strn(print, " ", 1);
                    }
                }
                fmt = p;
                continue;
            }
            default:
                break;
        }
        spec[n++] = conv;
        spec[n] = '\0';
        // Rebuild without '*' (values already fetched) for snprintf.
        char spec2[48];
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            if (spec[i] == '*') {
                m += snprintf(spec2 + m, sizeof(spec2) - m, "%d", spec[i - 1] == '.' ? prec : width);
            } else {
                spec2[m++] = spec[i];
            }
        }
        spec2[m] = '\0';
        switch (conv) {
            case 'd': case 'i':
                if (lmod == 1) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, long));
                } else if (lmod == 2) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, long long));
                } else if (lmod == 3) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, ssize_t));
                } else {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, int));
                }
                break;
            case 'u': case 'x': case 'X': case 'o':
                if (lmod == 1) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, unsigned long));
                } else if (lmod == 2) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, unsigned long long));
                } else if (lmod == 3) {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, size_t));
                } else {
                    len = snprintf(buf, sizeof(buf), spec2, va_arg(args, unsigned int));
                }
                break;
            case 'c': {
                int c = va_arg(args, int);
                byte tmp[4];
                size_t cl = utf8_encode((uint32_t)c, tmp);
                total += mp_print_strn(print, (const char *)tmp, cl);
                fmt = p;
                continue;
            }
            case 'p':
                len = snprintf(buf, sizeof(buf), "%p", va_arg(args, void *));
                break;
            case 'f': case 'e': case 'g': case 'F': case 'E': case 'G':
                len = snprintf(buf, sizeof(buf), spec2, va_arg(args, double));
                break;
            default:
                len = 0;
                break;
        }
        if (len > (int)sizeof(buf) - 1) {
            len = sizeof(buf) - 1;
        }
        if (len > 0) {
            total += mp_print_strn(print, buf, len);
        }
        fmt = p;
    }
    return total;
}

int mp_printf(const mp_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mp_vprintf(print, fmt, ap);
    va_end(ap);
    return n;
}

// ---- UTF-8 ----

uint32_t utf8_get_char(const byte *s) {
    uint32_t c = *s++;
    if (c < 0x80) {
        return c;
    }
    int extra;
    if (c >= 0xf0) {
        c &= 0x07;
        extra = 3;
    } else if (c >= 0xe0) {
        c &= 0x0f;
        extra = 2;
    } else {
        c &= 0x1f;
        extra = 1;
    }
    while (extra-- > 0 && utf8_is_cont(*s)) {
        c = (c << 6) | (*s++ & 0x3f);
    }
    return c;
}

const byte *utf8_next_char(const byte *s) {
    s++;
    while (utf8_is_cont(*s)) {
        s++;
    }
    return s;
}

size_t utf8_charlen(const byte *str, size_t len) {
    size_t n = 0;
    for (const byte *top = str + len; str < top; str++) {
        if (!utf8_is_cont(*str)) {
            n++;
        }
    }
    return n;
}

bool utf8_check(const byte *p, size_t len) {
    const byte *end = p + len;
    while (p < end) {
        byte c = *p++;
        if (c < 0x80) {
            continue;
        }
        int extra;
        uint32_t cp;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < extra) {
            return false;
        }
        for (int i = 0; i < extra; i++) {
            if (!utf8_is_cont(p[i])) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff))
            || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
        p += extra;
    }
    return true;
}

size_t utf8_encode(uint32_t c, byte *out) {
    if (c < 0x80) {
        out[0] = (byte)c;
        return 1;
    } else if (c < 0x800) {
        out[0] = (byte)(0xc0 | (c >> 6));
        out[1] = (byte)(0x80 | (c & 0x3f));
        return 2;
    } else if (c < 0x10000) {
        out[0] = (byte)(0xe0 | (c >> 12));
        out[1] = (byte)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (byte)(0x80 | (c & 0x3f));
        return 3;
    } else {
        out[0] = (byte)(0xf0 | (c >> 18));
        out[1] = (byte)(0x80 | ((c >> 12) & 0x3f));
        out[2] = (byte)(0x80 | ((c >> 6) & 0x3f));
        out[3] = (byte)(0x80 | (c & 0x3f));
        return 4;
    }
}
