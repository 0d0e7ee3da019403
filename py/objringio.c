// py/objringio.c: micropython.RingIO, a fixed-size byte FIFO with a (non-blocking) stream
// interface: any, read([n]), readline([n]), readinto(buf[, n]), write(buf), close, ioctl.
//
// Layout: the classic ring buffer over `buf` of `size` bytes, with a read index `get` and a
// write index `put`, both in [0, size):
//
//   get == put                      empty
//   (put + 1) % size == get         full: one byte always stays unused, so a RingIO(n) owns
//                                   n + 1 bytes and RingIO(bytearray(n)) holds n - 1 bytes
//   bytes held = (put - get) mod size
//
// Built on a caller's buffer (RingIO(bytearray(...))) the data lives in that buffer, in place.
// size is at least 2 and at most 65535 (MicroPython keeps it in 16 bits).
#include <string.h>

#include "py/runtime.h"

#define RINGIO_MAX_SIZE (0xffff)

// MicroPython's stream ioctl request and poll flags (ioctl(MP_STREAM_POLL, flags)).
#define RINGIO_STREAM_POLL (3)
#define RINGIO_POLL_RD (0x0001)
#define RINGIO_POLL_WR (0x0004)

typedef struct _mp_obj_ringio_t {
    mp_obj_base_t base;
    byte *buf;
    size_t size;
    size_t get;
    size_t put;
} mp_obj_ringio_t;

static size_t ringio_used(const mp_obj_ringio_t *r) {
    return (r->put + r->size - r->get) % r->size;
}

static size_t ringio_free(const mp_obj_ringio_t *r) {
    return r->size - 1 - ringio_used(r);
}

// Copies n (<= used) bytes out to dst and consumes them.
static void ringio_take(mp_obj_ringio_t *r, byte *dst, size_t n) {
    size_t first = r->size - r->get;
    if (first > n) {
        first = n;
    }
    memcpy(dst, r->buf + r->get, first);
    memcpy(dst + first, r->buf, n - first);
    r->get = (r->get + n) % r->size;
}

static mp_obj_t ringio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0 || n_args != 1) {
        mp_raise_TypeError("RingIO() takes 1 argument: size or buffer");
    }
    mp_obj_ringio_t *r = m_new_obj(mp_obj_ringio_t);
    r->base.type = type;
    r->get = r->put = 0;
    mp_buffer_info_t bi;
    if (mp_get_buffer(args[0], &bi, MP_BUFFER_RW)) {
        if (bi.len < 2) {
            mp_raise_ValueError("buffer too small");
        }
        if (bi.len > RINGIO_MAX_SIZE) {
            mp_raise_ValueError("buffer too large");
        }
        r->buf = bi.buf;
        r->size = bi.len;
    } else {
        if (!mp_obj_is_int(args[0])) {
            mp_raise_msg_varg(&mp_type_TypeError, "can't convert %s to int", mp_obj_get_type_str(args[0]));
        }
        mp_int_t n = mp_obj_get_int(args[0]);
        if (n < 1) {
            mp_raise_ValueError("size too small");
        }
        if (n >= RINGIO_MAX_SIZE) {
            mp_raise_ValueError("size too large");
        }
        r->size = (size_t)n + 1;
        r->buf = m_new(byte, r->size);
    }
    return MP_OBJ_FROM_PTR(r);
}

static void ringio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_print_str(print, "<RingIO>");
}

// An optional byte count argument: None or absent means "no limit".
static size_t ringio_limit(size_t n_args, const mp_obj_t *args, size_t index, size_t dflt) {
    if (n_args <= index || args[index] == mp_const_none) {
        return dflt;
    }
    mp_int_t n = mp_obj_get_int(args[index]);
    if (n < 0) {
        return dflt;
    }
    return (size_t)n < dflt ? (size_t)n : dflt;
}

static mp_obj_t ringio_any(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(ringio_used(MP_OBJ_TO_PTR(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(ringio_any_obj, ringio_any);

static mp_obj_t ringio_take_bytes(mp_obj_ringio_t *r, size_t n) {
    if (n == 0) {
        return mp_const_empty_bytes;
    }
    byte *tmp = m_new(byte, n);
    ringio_take(r, tmp, n);
    mp_obj_t b = mp_obj_new_bytes(tmp, n);
    m_free(tmp, n);
    return b;
}

static mp_obj_t ringio_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_ringio_t *r = MP_OBJ_TO_PTR(args[0]);
    return ringio_take_bytes(r, ringio_limit(n_args, args, 1, ringio_used(r)));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ringio_read_obj, 1, 2, ringio_read);

// readline([n]): up to and including the first b'\n', else all that is held (at most n bytes).
static mp_obj_t ringio_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_ringio_t *r = MP_OBJ_TO_PTR(args[0]);
    size_t limit = ringio_limit(n_args, args, 1, ringio_used(r));
    size_t n = 0;
    while (n < limit) {
        byte c = r->buf[(r->get + n) % r->size];
        n++;
        if (c == '\n') {
            break;
        }
    }
    return ringio_take_bytes(r, n);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ringio_readline_obj, 1, 2, ringio_readline);

static mp_obj_t ringio_readinto(size_t n_args, const mp_obj_t *args) {
    mp_obj_ringio_t *r = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    size_t want = ringio_limit(n_args, args, 2, bi.len);
    size_t used = ringio_used(r);
    size_t n = want < used ? want : used;
    ringio_take(r, bi.buf, n);
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ringio_readinto_obj, 2, 3, ringio_readinto);

// write(buf): stores what fits (never blocks); returns the number of bytes stored.
static mp_obj_t ringio_write(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_ringio_t *r = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    size_t room = ringio_free(r);
    size_t n = bi.len < room ? bi.len : room;
    const byte *src = bi.buf;
    size_t first = r->size - r->put;
    if (first > n) {
        first = n;
    }
    // (src may be the ring's own buffer: memmove)
    memmove(r->buf + r->put, src, first);
    memmove(r->buf, src + first, n - first);
    r->put = (r->put + n) % r->size;
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ringio_write_obj, ringio_write);

// close(): part of the stream interface only; the data stays readable.
static mp_obj_t ringio_close(mp_obj_t self_in) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ringio_close_obj, ringio_close);

// ioctl(3, flags) (MP_STREAM_POLL): which of POLLIN (1) / POLLOUT (4) in flags are ready.
static mp_obj_t ringio_ioctl(mp_obj_t self_in, mp_obj_t req_in, mp_obj_t arg_in) {
    mp_obj_ringio_t *r = MP_OBJ_TO_PTR(self_in);
    mp_int_t req = mp_obj_get_int(req_in);
    if (req != RINGIO_STREAM_POLL) {
        mp_raise_OSError(22); // EINVAL
    }
    mp_int_t flags = mp_obj_get_int(arg_in);
    mp_int_t ready = 0;
    if ((flags & RINGIO_POLL_RD) && ringio_used(r) > 0) {
        ready |= RINGIO_POLL_RD;
    }
    if ((flags & RINGIO_POLL_WR) && ringio_free(r) > 0) {
        ready |= RINGIO_POLL_WR;
    }
    return MP_OBJ_NEW_SMALL_INT(ready);
}
static MP_DEFINE_CONST_FUN_OBJ_3(ringio_ioctl_obj, ringio_ioctl);

static const mp_rom_map_elem_t ringio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&ringio_any_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&ringio_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&ringio_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&ringio_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&ringio_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&ringio_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&ringio_ioctl_obj) },
};
static MP_DEFINE_CONST_DICT(ringio_locals_dict, ringio_locals_dict_table);

const mp_obj_type_t mp_type_ringio = {
    {&mp_type_type},
    .name = MP_QSTR_RingIO,
    .print = ringio_print,
    .make_new = ringio_make_new,
    .locals_dict = (mp_obj_dict_t *)&ringio_locals_dict,
};
