// py/modio.c: the `io` module: in-memory streams StringIO and BytesIO, BufferedWriter.
//
// Both types share one object: a vstr holding the whole contents and a byte position `pos`
// (0 <= pos; pos may lie beyond the end after a seek, and a write there pads with NUL bytes).
// A StringIO holds UTF-8 text: read(n), tell(), seek() and truncate() count code points as in
// CPython (converted to byte offsets at the boundary), writes over existing text replace as many
// code points as they bring; a BytesIO deals in bytes.
// After close() every operation except close() raises ValueError, as in CPython; a negative
// absolute seek raises OSError(EINVAL) as a file's does (MicroPython).
// BufferedWriter(stream, size) (MicroPython's): a buffer of `size` bytes in front of any object
// with write(); 0 <= len < size holds between calls; each time it fills, all `size` bytes are
// written out at once (whole blocks for block devices); flush() writes what is left.
// IOBase is MicroPython's base for streams written in Python: it has no state or methods of
// its own; select.poll polls an instance through its Python `ioctl(req, arg)` method
// (req 3 = MP_STREAM_POLL, arg and result POLLIN=1 | POLLOUT=4 | POLLERR=8 | POLLHUP=16).
#include <errno.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/modio.h"

typedef struct _mp_obj_stringio_t {
    mp_obj_base_t base;
    vstr_t vstr;
    size_t pos;
    bool closed;
} mp_obj_stringio_t;

static inline bool is_text(mp_obj_stringio_t *o) {
    return o->base.type == &mp_type_stringio;
}

static mp_obj_stringio_t *get_open(mp_obj_t self_in) {
    mp_obj_stringio_t *o = MP_OBJ_TO_PTR(self_in);
    if (o->closed) {
        mp_raise_ValueError("I/O operation on closed file");
    }
    return o;
}

static mp_obj_t new_result(mp_obj_stringio_t *o, const char *data, size_t len) {
    if (is_text(o)) {
        return mp_obj_new_str(data, len);
    }
    return mp_obj_new_bytes((const byte *)data, len);
}

static void stringio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_stringio_t *o = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<_io.%s object at %p>", is_text(o) ? "StringIO" : "BytesIO", o);
}

static mp_obj_t stringio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 2, true);
    mp_obj_stringio_t *o = m_new_obj(mp_obj_stringio_t);
    o->base.type = type;
    o->pos = 0;
    o->closed = false;
    mp_obj_t init = n_args > 0 ? args[0] : mp_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        if (k == MP_QSTR_initial_value || k == MP_QSTR_initial_bytes) {
            init = args[n_args + 2 * i + 1];
        }
    }
    if (init == mp_const_none || mp_obj_is_small_int(init)) {
        // MicroPython's StringIO(n) / BytesIO(n): empty, with room for n bytes reserved
        mp_int_t room = init == mp_const_none ? 16 : MP_OBJ_SMALL_INT_VALUE(init);
        if (room < 0) {
            mp_raise_ValueError("negative size");
        }
        vstr_init(&o->vstr, room > 16 ? (size_t)room : 16);
        return MP_OBJ_FROM_PTR(o);
    }
    size_t len;
    const char *data;
    if (type == &mp_type_stringio) {
        if (!(mp_obj_is_qstr(init) || mp_obj_is_type(init, &mp_type_str))) {
            mp_raise_msg_varg(&mp_type_TypeError, "initial_value must be str or None, not %s", mp_obj_get_type_str(init));
        }
        data = mp_obj_str_get_data(init, &len);
    } else {
        mp_buffer_info_t bi;
        if (mp_obj_is_qstr(init) || mp_obj_is_type(init, &mp_type_str) || !mp_get_buffer(init, &bi, MP_BUFFER_READ)) {
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(init));
        }
        data = bi.buf;
        len = bi.len;
    }
    vstr_init(&o->vstr, len + 16);
    vstr_add_strn(&o->vstr, data, len);
    return MP_OBJ_FROM_PTR(o);
}

// Byte length of the next n code points (or bytes) from pos, limited to the end.
static size_t span(mp_obj_stringio_t *o, mp_int_t n) {
    size_t avail = o->pos < o->vstr.len ? o->vstr.len - o->pos : 0;
    if (n < 0) {
        return avail;
    }
    if (!is_text(o)) {
        return (size_t)n < avail ? (size_t)n : avail;
    }
    const byte *p = (const byte *)o->vstr.buf + o->pos;
    size_t i = 0;
    while (n > 0 && i < avail) {
        i++;
        while (i < avail && utf8_is_cont(p[i])) {
            i++;
        }
        n--;
    }
    return i;
}

static mp_int_t size_arg(size_t n_args, const mp_obj_t *args) {
    if (n_args < 2 || args[1] == mp_const_none) {
        return -1;
    }
    return mp_obj_get_int(args[1]);
}

static mp_obj_t stringio_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    size_t n = span(o, size_arg(n_args, args));
    mp_obj_t r = new_result(o, o->vstr.buf + (o->pos < o->vstr.len ? o->pos : o->vstr.len), n);
    o->pos += n;
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_read_obj, 1, 2, stringio_read);

// Byte length of the line at pos (incl. its '\n'), at most `limit` chars if limit >= 0.
static size_t line_span(mp_obj_stringio_t *o, mp_int_t limit) {
    size_t avail = o->pos < o->vstr.len ? o->vstr.len - o->pos : 0;
    const char *p = o->vstr.buf + o->pos;
    const char *nl = avail ? memchr(p, '\n', avail) : NULL;
    size_t n = nl ? (size_t)(nl - p) + 1 : avail;
    if (limit >= 0) {
        size_t lim = span(o, limit);
        if (lim < n) {
            n = lim;
        }
    }
    return n;
}

static mp_obj_t stringio_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    size_t n = line_span(o, size_arg(n_args, args));
    mp_obj_t r = new_result(o, o->vstr.buf + o->pos, n);
    o->pos += n;
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_readline_obj, 1, 2, stringio_readline);

static mp_obj_t stringio_readlines(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    mp_int_t hint = size_arg(n_args, args);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t total = 0;
    while (o->pos < o->vstr.len) {
        size_t n = line_span(o, -1);
        mp_obj_list_append(list, new_result(o, o->vstr.buf + o->pos, n));
        o->pos += n;
        total += n;
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_readlines_obj, 1, 2, stringio_readlines);

static mp_obj_t stringio_write(mp_obj_t self_in, mp_obj_t data_in) {
    mp_obj_stringio_t *o = get_open(self_in);
    const char *data;
    size_t len;
    bool arg_is_str = mp_obj_is_qstr(data_in) || mp_obj_is_type(data_in, &mp_type_str);
    if (is_text(o)) {
        if (!arg_is_str) {
            mp_raise_msg_varg(&mp_type_TypeError, "string argument expected, got '%s'", mp_obj_get_type_str(data_in));
        }
        data = mp_obj_str_get_data(data_in, &len);
    } else {
        mp_buffer_info_t bi;
        if (arg_is_str || !mp_get_buffer(data_in, &bi, MP_BUFFER_READ)) {
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(data_in));
        }
        data = bi.buf;
        len = bi.len;
    }
    if (o->pos == o->vstr.len) {
        vstr_add_strn(&o->vstr, data, len);
    } else {
        if (o->pos > o->vstr.len) {
            size_t gap = o->pos - o->vstr.len;
            memset(vstr_extend(&o->vstr, gap), 0, gap);
        }
        size_t old_n = len;
        if (is_text(o)) {
            // replace as many code points as the new text has
            mp_int_t nchars = 0;
            for (size_t i = 0; i < len; i++) {
                nchars += !utf8_is_cont((byte)data[i]);
            }
            old_n = span(o, nchars);
        }
        size_t end = o->pos + old_n;
        if (end > o->vstr.len) {
            vstr_extend(&o->vstr, end - o->vstr.len);
        }
        if (old_n != len) {
            if (old_n > len) {
                vstr_cut_out_bytes(&o->vstr, o->pos, old_n - len);
            } else {
                vstr_ins_strn(&o->vstr, o->pos, data, len - old_n);
            }
        }
        memmove(o->vstr.buf + o->pos, data, len);
    }
    o->pos += len;
    size_t count = len;
    if (is_text(o)) {
        count = 0;
        for (size_t i = 0; i < len; i++) {
            count += !utf8_is_cont((byte)data[i]);
        }
    }
    return MP_OBJ_NEW_SMALL_INT(count);
}

// MicroPython's stream forms: write(buf, len) writes at most len bytes of buf, write(buf, off,
// len) at most len bytes from offset off (both clamped to the buffer).
static mp_obj_t stringio_write_method(size_t n_args, const mp_obj_t *args) {
    if (n_args == 2) {
        return stringio_write(args[0], args[1]);
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_READ);
    mp_int_t off = n_args == 4 ? mp_obj_get_int(args[2]) : 0;
    mp_int_t max = mp_obj_get_int(args[n_args - 1]);
    if (off < 0 || max < 0) {
        mp_raise_ValueError("negative offset or length");
    }
    size_t start = (size_t)off < bi.len ? (size_t)off : bi.len;
    size_t n = bi.len - start < (size_t)max ? bi.len - start : (size_t)max;
    mp_obj_t chunk = is_text(MP_OBJ_TO_PTR(args[0]))
        ? mp_obj_new_str((const char *)bi.buf + start, n) : mp_obj_new_bytes((const byte *)bi.buf + start, n);
    return stringio_write(args[0], chunk);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_write_obj, 2, 4, stringio_write_method);

// readinto(buf[, n]): reads at most len(buf) (or n) bytes into buf; returns the count.
static mp_obj_t bytesio_readinto(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    size_t want = bi.len;
    if (n_args > 2) {
        mp_int_t n = mp_obj_get_int(args[2]);
        if (n < 0) {
            mp_raise_ValueError("negative length");
        }
        if ((size_t)n < want) {
            want = (size_t)n;
        }
    }
    size_t avail = o->pos < o->vstr.len ? o->vstr.len - o->pos : 0;
    size_t n = avail < want ? avail : want;
    memcpy(bi.buf, o->vstr.buf + o->pos, n);
    o->pos += n;
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(bytesio_readinto_obj, 2, 3, bytesio_readinto);

static mp_obj_t stringio_writelines(mp_obj_t self_in, mp_obj_t lines) {
    mp_obj_t it = mp_getiter(lines);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        stringio_write(self_in, item);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(stringio_writelines_obj, stringio_writelines);

static mp_obj_t stringio_getvalue(mp_obj_t self_in) {
    mp_obj_stringio_t *o = get_open(self_in);
    return new_result(o, o->vstr.buf, o->vstr.len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_getvalue_obj, stringio_getvalue);

// Byte offset of position `n` (code points for StringIO); beyond the end maps linearly.
static size_t to_byte_pos(mp_obj_stringio_t *o, size_t n) {
    if (!is_text(o)) {
        return n;
    }
    size_t save = o->pos;
    o->pos = 0;
    size_t b = span(o, n);
    o->pos = save;
    size_t chars = 0;
    for (size_t i = 0; i < b; i++) {
        chars += !utf8_is_cont((byte)o->vstr.buf[i]);
    }
    return b + (n - chars);
}

static mp_obj_t stringio_tell(mp_obj_t self_in) {
    mp_obj_stringio_t *o = get_open(self_in);
    if (!is_text(o)) {
        return mp_obj_new_int_from_uint(o->pos);
    }
    size_t in = o->pos < o->vstr.len ? o->pos : o->vstr.len;
    size_t chars = 0;
    for (size_t i = 0; i < in; i++) {
        chars += !utf8_is_cont((byte)o->vstr.buf[i]);
    }
    return mp_obj_new_int_from_uint(chars + (o->pos - in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_tell_obj, stringio_tell);

static mp_obj_t stringio_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    mp_int_t off = mp_obj_get_int(args[1]);
    mp_int_t whence = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    mp_int_t base;
    switch (whence) {
        case 0:
            base = 0;
            if (off < 0) {
                // MicroPython: the same error as a file's lseek, OSError(EINVAL)
                mp_raise_OSError(EINVAL);
            }
            break;
        case 1:
            if (is_text(o) && off != 0) {
                mp_raise_msg(&mp_type_OSError, "Can't do nonzero cur-relative seeks");
            }
            base = o->pos;
            break;
        case 2:
            if (is_text(o) && off != 0) {
                mp_raise_msg(&mp_type_OSError, "Can't do nonzero end-relative seeks");
            }
            base = o->vstr.len;
            break;
        default:
            mp_raise_msg_varg(&mp_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (whence != 0) {
        mp_int_t np = base + off;
        o->pos = np < 0 ? 0 : np;
        return stringio_tell(args[0]);
    }
    o->pos = to_byte_pos(o, off);
    return mp_obj_new_int_from_uint(off);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_seek_obj, 2, 3, stringio_seek);


static mp_obj_t stringio_truncate(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *o = get_open(args[0]);
    mp_int_t size;
    size_t bsize;
    if (n_args > 1 && args[1] != mp_const_none) {
        size = mp_obj_get_int(args[1]);
        if (size < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "negative size value %d", (int)size);
        }
        bsize = to_byte_pos(o, size);
    } else {
        size = mp_obj_get_int(stringio_tell(args[0]));
        bsize = o->pos;
    }
    if (bsize < o->vstr.len) {
        o->vstr.len = bsize;
    }
    return MP_OBJ_NEW_SMALL_INT(size);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_truncate_obj, 1, 2, stringio_truncate);

static mp_obj_t stringio_flush(mp_obj_t self_in) {
    get_open(self_in);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_flush_obj, stringio_flush);

static mp_obj_t stringio_true(mp_obj_t self_in) {
    get_open(self_in);
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_true_obj, stringio_true);

static mp_obj_t stringio_close(mp_obj_t self_in) {
    mp_obj_stringio_t *o = MP_OBJ_TO_PTR(self_in);
    o->closed = true;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_close_obj, stringio_close);

static mp_obj_t stringio_enter(mp_obj_t self_in) {
    get_open(self_in);
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_enter_obj, stringio_enter);

static mp_obj_t stringio_exit(size_t n_args, const mp_obj_t *args) {
    return stringio_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_exit_obj, 1, 4, stringio_exit);

static mp_obj_t stringio_getiter(mp_obj_t self_in) {
    get_open(self_in);
    return self_in;
}

static mp_obj_t stringio_iternext(mp_obj_t self_in) {
    mp_obj_stringio_t *o = get_open(self_in);
    if (o->pos >= o->vstr.len) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t n = line_span(o, -1);
    mp_obj_t r = new_result(o, o->vstr.buf + o->pos, n);
    o->pos += n;
    return r;
}

static void stringio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_closed) {
        dest[0] = mp_obj_new_bool(((mp_obj_stringio_t *)MP_OBJ_TO_PTR(self_in))->closed);
    }
}

static int bytesio_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_stringio_t *o = MP_OBJ_TO_PTR(self_in);
    bufinfo->buf = o->vstr.buf;
    bufinfo->len = o->vstr.len;
    bufinfo->typecode = 'B';
    return 0;
}

static const mp_rom_map_elem_t stringio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&stringio_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&stringio_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&stringio_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&stringio_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_getvalue), MP_ROM_PTR(&stringio_getvalue_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&stringio_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&stringio_true_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&bytesio_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&stringio_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&stringio_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&stringio_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&stringio_true_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&stringio_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&stringio_truncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&stringio_true_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&stringio_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&stringio_writelines_obj) },
};
static MP_DEFINE_CONST_DICT(stringio_locals_dict, stringio_locals_dict_table);

const mp_obj_type_t mp_type_stringio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_StringIO,
    .print = stringio_print,
    .make_new = stringio_make_new,
    .attr = stringio_attr,
    .getiter = stringio_getiter,
    .iternext = stringio_iternext,
    .locals_dict = (mp_obj_dict_t *)&stringio_locals_dict,
};

const mp_obj_type_t mp_type_bytesio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_BytesIO,
    .print = stringio_print,
    .make_new = stringio_make_new,
    .attr = stringio_attr,
    .getiter = stringio_getiter,
    .iternext = stringio_iternext,
    .buffer = bytesio_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&stringio_locals_dict,
};

static mp_obj_t iobase_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    // any arguments belong to the subclass's __init__
    mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
    o->type = type;
    return MP_OBJ_FROM_PTR(o);
}

const mp_obj_type_t mp_type_iobase = {
    {&mp_type_type},
    .name = MP_QSTR_IOBase,
    .make_new = iobase_make_new,
    .unary_op = mp_generic_unary_op,   // hashable by identity (poll registers by object)
};

// ---- BufferedWriter ----

typedef struct _mp_obj_bufwriter_t {
    mp_obj_base_t base;
    mp_obj_t stream;
    size_t alloc;
    size_t len;
    byte *buf;
} mp_obj_bufwriter_t;

static mp_obj_t bufwriter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 2, 2, false);
    mp_int_t size = mp_obj_get_int(args[1]);
    if (size <= 0) {
        mp_raise_ValueError("buffer size must be positive");
    }
    mp_obj_bufwriter_t *o = m_new_obj(mp_obj_bufwriter_t);
    o->base.type = type;
    o->stream = args[0];
    o->alloc = (size_t)size;
    o->len = 0;
    o->buf = m_new(byte, o->alloc);
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t bufwriter_write(mp_obj_t self_in, mp_obj_t data_in) {
    mp_obj_bufwriter_t *o = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data_in, &bi, MP_BUFFER_READ);
    const byte *data = bi.buf;
    size_t size = bi.len;
    while (size > 0) {
        size_t room = o->alloc - o->len;
        if (size < room) {
            memcpy(o->buf + o->len, data, size);
            o->len += size;
            break;
        }
        memcpy(o->buf + o->len, data, room);
        data += room;
        size -= room;
        o->len = 0;
        mp_io_write_all(o->stream, o->buf, o->alloc);
    }
    return mp_obj_new_int_from_uint(bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(bufwriter_write_obj, bufwriter_write);

static mp_obj_t bufwriter_flush(mp_obj_t self_in) {
    mp_obj_bufwriter_t *o = MP_OBJ_TO_PTR(self_in);
    if (o->len > 0) {
        size_t n = o->len;
        o->len = 0;
        mp_io_write_all(o->stream, o->buf, n);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(bufwriter_flush_obj, bufwriter_flush);

static const mp_rom_map_elem_t bufwriter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&bufwriter_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&bufwriter_flush_obj) },
};
static MP_DEFINE_CONST_DICT(bufwriter_locals_dict, bufwriter_locals_dict_table);

static const mp_obj_type_t mp_type_bufwriter = {
    {&mp_type_type},
    .name = MP_QSTR_BufferedWriter,
    .make_new = bufwriter_make_new,
    .locals_dict = (mp_obj_dict_t *)&bufwriter_locals_dict,
};

// ---- streams written in Python, seen from C (py/modio.h) ----

bool mp_io_is_iobase(mp_obj_t o) {
    return mp_obj_is_subclass(mp_obj_get_type(o), &mp_type_iobase);
}

void mp_io_write_text(mp_obj_t stream, const char *s, size_t len) {
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_write, dest);
    if (mp_io_is_iobase(stream)) {
        dest[2] = mp_obj_new_bytes((const byte *)s, len);
    } else {
        dest[2] = mp_obj_new_str(s, len);
    }
    mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
    if (mp_obj_is_small_int(r) && MP_OBJ_SMALL_INT_VALUE(r) < 0) {
        mp_raise_OSError((int)-MP_OBJ_SMALL_INT_VALUE(r));
    }
}

mp_int_t mp_io_count(mp_obj_t r, mp_int_t if_none) {
    if (r == mp_const_none) {
        return if_none;
    }
    mp_int_t n = mp_obj_get_int(r);
    if (n < 0) {
        mp_raise_OSError((int)-n);
    }
    return n;
}

void mp_io_write_all(mp_obj_t stream, const byte *data, size_t len) {
    mp_obj_t meth[2];
    mp_load_method(stream, MP_QSTR_write, meth);
    while (len > 0) {
        mp_obj_t call[3] = {meth[0], meth[1], mp_obj_new_bytes(data, len)};
        mp_int_t n = mp_io_count(mp_call_method_n_kw(1, 0, call), (mp_int_t)len);
        if (n == 0) {
            mp_raise_OSError(EAGAIN);   // a non-blocking stream took nothing
        }
        if ((size_t)n > len) {
            mp_raise_OSError(EIO);
        }
        data += n;
        len -= n;
    }
}

mp_obj_t mp_io_read_all(mp_obj_t stream) {
    mp_obj_t dest[3];
    mp_load_method_maybe(stream, MP_QSTR_read, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    mp_load_method_maybe(stream, MP_QSTR_readinto, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_load_method(stream, MP_QSTR_read, dest);   // raises the AttributeError for read
    }
    mp_obj_t meth[2] = {dest[0], dest[1]};
    vstr_t all;
    vstr_init(&all, 256);
    mp_obj_t buf = mp_obj_new_bytearray(256, NULL);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf, &bi, MP_BUFFER_READ);
    for (;;) {
        dest[0] = meth[0];
        dest[1] = meth[1];
        dest[2] = buf;
        mp_int_t n = mp_io_count(mp_call_method_n_kw(1, 0, dest), 0);
        if (n == 0) {
            break;
        }
        vstr_add_strn(&all, bi.buf, (size_t)n > bi.len ? bi.len : (size_t)n);
    }
    return mp_obj_new_bytes((const byte *)all.buf, all.len);
}

// the port's open() (ports/unix/file.c), which io.open is too
extern const mp_obj_fun_builtin_var_t mp_builtin_open_obj;

static const mp_rom_map_elem_t mp_module_io_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_IOBase), MP_ROM_PTR(&mp_type_iobase) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&mp_builtin_open_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_io) },
    { MP_ROM_QSTR(MP_QSTR_StringIO), MP_ROM_PTR(&mp_type_stringio) },
    { MP_ROM_QSTR(MP_QSTR_BytesIO), MP_ROM_PTR(&mp_type_bytesio) },
    { MP_ROM_QSTR(MP_QSTR_BufferedWriter), MP_ROM_PTR(&mp_type_bufwriter) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_SET), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_CUR), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_END), MP_ROM_INT(2) },
};
MP_DEFINE_CONST_MODULE(mp_module_io, mp_module_io_globals_table);
MP_REGISTER_MODULE(MP_QSTR_io, mp_module_io);
