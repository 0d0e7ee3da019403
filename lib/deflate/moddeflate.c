// lib/deflate/moddeflate.c: MicroPython's deflate module (DeflateIO) on zlib.
//
// DeflateIO(stream, format=AUTO, wbits=0, close=False) wraps a blocking stream: reads
// decompress what stream.readinto() (else stream.read()) gives, writes compress into
// stream.write() (a negative count returned by either is OSError(-n), MicroPython's protocol). Formats: RAW (no
// header), ZLIB, GZIP, AUTO (zlib or gzip detected when reading, raw when writing).
// wbits 5..15 (0: default) sets the window; zlib's deflate needs at least 9, so smaller values
// compress with 9 (any inflater with a 512-byte window reads it), and reading always uses a 32 KiB
// window, which accepts every valid stream whatever window it was made with.
//
// Data layout: the z_stream records live inside the GC object (which never moves); zlib's own
// state is malloc'd by zlib and released by close() or __del__ (the finaliser). The read side
// keeps the last chunk read from the stream alive in `in_chunk` (zlib's next_in points into it)
// and decompresses into `obuf`, from which reads are served: obuf[opos:olen] is pending output.
// Corrupt or truncated input raises OSError(EINVAL), as does any use after close() (MicroPython).
#include <errno.h>
#include <string.h>

#include "py/runtime.h"
#include "py/modio.h"
#include <zlib.h>

#define DEFLATE_FORMAT_AUTO 0
#define DEFLATE_FORMAT_RAW 1
#define DEFLATE_FORMAT_ZLIB 2
#define DEFLATE_FORMAT_GZIP 3

#define DEFLATE_CHUNK 4096

typedef struct _deflate_io_t {
    mp_obj_base_t base;
    mp_obj_t stream;
    mp_obj_t in_chunk;        // bytes last read from the stream (zlib reads from it)
    byte *obuf;               // DEFLATE_CHUNK bytes of decompressed output
    size_t opos, olen;
    z_stream inf, def;
    uint8_t format;
    uint8_t wbits;
    bool close_stream;
    bool inf_ready, def_ready; // the z_stream has been initialised (and needs ...End)
    bool in_eof;              // the stream has no more input
    bool out_eof;             // the compressed stream ended (Z_STREAM_END)
    bool closed;
} deflate_io_t;

extern const mp_obj_type_t deflate_io_type;

static void deflate_release(deflate_io_t *self) {
    if (self->inf_ready) {
        inflateEnd(&self->inf);
        self->inf_ready = false;
    }
    if (self->def_ready) {
        deflateEnd(&self->def);
        self->def_ready = false;
    }
}

static deflate_io_t *deflate_get_open(mp_obj_t self_in) {
    deflate_io_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        mp_raise_OSError(EINVAL);   // MicroPython's error for a closed DeflateIO
    }
    return self;
}

static mp_obj_t deflate_io_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 4, false);
    mp_int_t format = n_args > 1 ? mp_obj_get_int(args[1]) : DEFLATE_FORMAT_AUTO;
    mp_int_t wbits = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    if (format < DEFLATE_FORMAT_AUTO || format > DEFLATE_FORMAT_GZIP) {
        mp_raise_ValueError("format");
    }
    if (wbits != 0 && (wbits < 5 || wbits > 15)) {
        mp_raise_ValueError("wbits");
    }
    deflate_io_t *self = m_new_obj_with_finaliser(deflate_io_t);
    self->base.type = &deflate_io_type;
    self->stream = args[0];
    self->format = format;
    self->wbits = wbits;
    self->close_stream = n_args > 3 && mp_obj_is_true(args[3]);
    return MP_OBJ_FROM_PTR(self);
}

// ---- reading (decompression) ----

NORETURN static void deflate_raise_data_error(void) {
    mp_raise_OSError(EINVAL);
}

static void deflate_inflate_init(deflate_io_t *self) {
    int wb;
    switch (self->format) {
        case DEFLATE_FORMAT_RAW: wb = -15; break;
        case DEFLATE_FORMAT_ZLIB: wb = 15; break;
        case DEFLATE_FORMAT_GZIP: wb = 15 + 16; break;
        default: wb = 15 + 32; break; // zlib or gzip, from the header
    }
    memset(&self->inf, 0, sizeof(self->inf));
    int ret = inflateInit2(&self->inf, wb);
    if (ret == Z_MEM_ERROR) {
        m_malloc_fail(sizeof(z_stream));
    } else if (ret != Z_OK) {
        mp_raise_msg(&mp_type_RuntimeError, "zlib inflateInit2 failed");
    }
    self->inf_ready = true;
    self->obuf = m_new(byte, DEFLATE_CHUNK);
}

// The next chunk of compressed input: stream.readinto(buf) when the stream has it (MicroPython's
// stream protocol; what an io.IOBase subclass provides), else stream.read(n).
static mp_obj_t deflate_stream_read(deflate_io_t *self) {
    mp_obj_t dest[3];
    mp_load_method_maybe(self->stream, MP_QSTR_readinto, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t buf = mp_obj_new_bytearray(DEFLATE_CHUNK, NULL);
        dest[2] = buf;
        mp_int_t n = mp_io_count(mp_call_method_n_kw(1, 0, dest), 0);
        if ((size_t)n > DEFLATE_CHUNK) {
            n = DEFLATE_CHUNK;
        }
        mp_buffer_info_t bi;
        mp_get_buffer_raise(buf, &bi, MP_BUFFER_READ);
        return mp_obj_new_bytes(bi.buf, n);
    }
    mp_load_method(self->stream, MP_QSTR_read, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(DEFLATE_CHUNK);
    return mp_call_method_n_kw(1, 0, dest);
}

// Makes decompressed output pending in obuf; returns false at the end of the data.
static bool deflate_fill(deflate_io_t *self) {
    if (!self->inf_ready && !self->out_eof) {
        deflate_inflate_init(self);
    }
    while (self->opos == self->olen) {
        if (self->out_eof) {
            return false;
        }
        if (self->inf.avail_in == 0 && !self->in_eof) {
            mp_obj_t chunk = deflate_stream_read(self);
            mp_buffer_info_t bi = { NULL, 0, 'B' };
            if (chunk != mp_const_none) {
                mp_get_buffer_raise(chunk, &bi, MP_BUFFER_READ);
            }
            if (bi.len == 0) {
                self->in_eof = true;
            } else {
                self->in_chunk = chunk;
                self->inf.next_in = bi.buf;
                self->inf.avail_in = bi.len;
            }
        }
        self->inf.next_out = self->obuf;
        self->inf.avail_out = DEFLATE_CHUNK;
        int ret = inflate(&self->inf, Z_NO_FLUSH);
        self->opos = 0;
        self->olen = DEFLATE_CHUNK - self->inf.avail_out;
        if (ret == Z_STREAM_END) {
            self->out_eof = true;
            self->in_chunk = MP_OBJ_NULL;
            inflateEnd(&self->inf);
            self->inf_ready = false;
        } else if (ret == Z_MEM_ERROR) {
            m_malloc_fail(DEFLATE_CHUNK);
        } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
            deflate_raise_data_error();
        } else if (self->olen == 0 && self->in_eof && self->inf.avail_in == 0) {
            deflate_raise_data_error(); // the input ended inside the compressed stream
        }
    }
    return true;
}

// Copies up to n decompressed bytes to dst; returns how many (0: end of data).
static size_t deflate_read_into(deflate_io_t *self, byte *dst, size_t n) {
    size_t done = 0;
    while (done < n && deflate_fill(self)) {
        size_t k = self->olen - self->opos;
        if (k > n - done) {
            k = n - done;
        }
        memcpy(dst + done, self->obuf + self->opos, k);
        self->opos += k;
        done += k;
    }
    return done;
}

static mp_obj_t deflate_io_read(size_t n_args, const mp_obj_t *args) {
    deflate_io_t *self = deflate_get_open(args[0]);
    mp_int_t n = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    vstr_t vstr;
    if (n >= 0) {
        vstr_init(&vstr, n);
        vstr.len = deflate_read_into(self, (byte *)vstr.buf, n);
    } else {
        vstr_init(&vstr, DEFLATE_CHUNK);
        while (deflate_fill(self)) {
            vstr_add_strn(&vstr, (const char *)self->obuf + self->opos, self->olen - self->opos);
            self->opos = self->olen;
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deflate_io_read_obj, 1, 2, deflate_io_read);

static mp_obj_t deflate_io_readinto(size_t n_args, const mp_obj_t *args) {
    deflate_io_t *self = deflate_get_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    size_t n = bi.len;
    if (n_args > 2) {
        mp_int_t lim = mp_obj_get_int(args[2]);
        if (lim >= 0 && (size_t)lim < n) {
            n = lim;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(deflate_read_into(self, bi.buf, n));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deflate_io_readinto_obj, 2, 3, deflate_io_readinto);

static mp_obj_t deflate_readline_impl(deflate_io_t *self, mp_int_t limit) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    while ((limit < 0 || (mp_int_t)vstr.len < limit) && deflate_fill(self)) {
        const byte *p = self->obuf + self->opos;
        size_t k = self->olen - self->opos;
        if (limit >= 0 && k > (size_t)(limit - vstr.len)) {
            k = limit - vstr.len;
        }
        const byte *nl = memchr(p, '\n', k);
        if (nl != NULL) {
            k = nl - p + 1;
        }
        vstr_add_strn(&vstr, (const char *)p, k);
        self->opos += k;
        if (nl != NULL) {
            break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

static mp_obj_t deflate_io_readline(size_t n_args, const mp_obj_t *args) {
    deflate_io_t *self = deflate_get_open(args[0]);
    mp_int_t limit = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    return deflate_readline_impl(self, limit);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deflate_io_readline_obj, 1, 2, deflate_io_readline);

static mp_obj_t deflate_io_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t deflate_io_iternext(mp_obj_t self_in) {
    mp_obj_t line = deflate_readline_impl(deflate_get_open(self_in), -1);
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len == 0 ? MP_OBJ_STOP_ITERATION : line;
}

// ---- writing (compression) ----

static void deflate_deflate_init(deflate_io_t *self) {
    int wb = self->wbits == 0 ? 8 : self->wbits;
    if (wb < 9) {
        wb = 9; // zlib's deflate does not make smaller windows
    }
    if (self->format == DEFLATE_FORMAT_ZLIB) {
        // wb as is
    } else if (self->format == DEFLATE_FORMAT_GZIP) {
        wb += 16;
    } else {
        wb = -wb; // RAW, and AUTO when writing
    }
    memset(&self->def, 0, sizeof(self->def));
    int ret = deflateInit2(&self->def, Z_DEFAULT_COMPRESSION, Z_DEFLATED, wb, 8, Z_DEFAULT_STRATEGY);
    if (ret == Z_MEM_ERROR) {
        m_malloc_fail(sizeof(z_stream));
    } else if (ret != Z_OK) {
        mp_raise_msg(&mp_type_RuntimeError, "zlib deflateInit2 failed");
    }
    self->def_ready = true;
}

// Runs deflate with `flush` over the pending input, writing all output to the stream.
static void deflate_pump(deflate_io_t *self, int flush) {
    byte out[DEFLATE_CHUNK];
    for (;;) {
        self->def.next_out = out;
        self->def.avail_out = sizeof(out);
        int ret = deflate(&self->def, flush);
        size_t n = sizeof(out) - self->def.avail_out;
        if (ret == Z_STREAM_ERROR) {
            mp_raise_msg(&mp_type_RuntimeError, "zlib deflate failed");
        }
        if (n > 0) {
            mp_io_write_all(self->stream, out, n);
        }
        if (ret == Z_STREAM_END || (self->def.avail_out != 0 && self->def.avail_in == 0)) {
            break;
        }
    }
}

static mp_obj_t deflate_io_write(mp_obj_t self_in, mp_obj_t data) {
    deflate_io_t *self = deflate_get_open(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    if (!self->def_ready) {
        deflate_deflate_init(self);
    }
    // zlib reads the data during this call only; nothing keeps a pointer into it afterwards
    self->def.next_in = bi.buf;
    self->def.avail_in = bi.len;
    deflate_pump(self, Z_NO_FLUSH);
    self->def.next_in = NULL;
    return MP_OBJ_NEW_SMALL_INT(bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(deflate_io_write_obj, deflate_io_write);

static mp_obj_t deflate_io_flush(mp_obj_t self_in) {
    deflate_io_t *self = deflate_get_open(self_in);
    if (self->def_ready) {
        self->def.avail_in = 0;
        deflate_pump(self, Z_SYNC_FLUSH);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deflate_io_flush_obj, deflate_io_flush);

static mp_obj_t deflate_io_close(mp_obj_t self_in) {
    deflate_io_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        return mp_const_none;
    }
    self->closed = true;
    if (self->def_ready) {
        self->def.avail_in = 0;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            deflate_pump(self, Z_FINISH);
            nlr_pop();
        } else {
            deflate_release(self);
            nlr_jump(nlr.ret_val);
        }
    }
    deflate_release(self);
    self->in_chunk = MP_OBJ_NULL;
    if (self->close_stream) {
        // close(), or for an io.IOBase stream without it, ioctl(MP_STREAM_CLOSE = 4, 0)
        mp_obj_t dest[4];
        mp_load_method_maybe(self->stream, MP_QSTR_close, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_call_method_n_kw(0, 0, dest);
        } else {
            mp_load_method(self->stream, MP_QSTR_ioctl, dest);
            dest[2] = MP_OBJ_NEW_SMALL_INT(4);
            dest[3] = MP_OBJ_NEW_SMALL_INT(0);
            mp_call_method_n_kw(2, 0, dest);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deflate_io_close_obj, deflate_io_close);

static mp_obj_t deflate_io_del(mp_obj_t self_in) {
    deflate_io_t *self = MP_OBJ_TO_PTR(self_in);
    deflate_release(self); // the finaliser frees zlib's memory; it writes nothing
    self->closed = true;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deflate_io_del_obj, deflate_io_del);

static mp_obj_t deflate_io_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deflate_io_enter_obj, deflate_io_enter);

static mp_obj_t deflate_io_exit(size_t n_args, const mp_obj_t *args) {
    return deflate_io_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deflate_io_exit_obj, 4, 4, deflate_io_exit);

static const mp_rom_map_elem_t deflate_io_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&deflate_io_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&deflate_io_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&deflate_io_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&deflate_io_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&deflate_io_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&deflate_io_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&deflate_io_del_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&deflate_io_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&deflate_io_exit_obj) },
};
static MP_DEFINE_CONST_DICT(deflate_io_locals, deflate_io_locals_table);

const mp_obj_type_t deflate_io_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE | MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_DeflateIO,
    .make_new = deflate_io_make_new,
    .getiter = deflate_io_getiter,
    .iternext = deflate_io_iternext,
    .locals_dict = (mp_obj_dict_t *)&deflate_io_locals,
};

static const mp_rom_map_elem_t deflate_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_deflate) },
    { MP_ROM_QSTR(MP_QSTR_DeflateIO), MP_ROM_PTR(&deflate_io_type) },
    { MP_ROM_QSTR(MP_QSTR_AUTO), MP_ROM_INT(DEFLATE_FORMAT_AUTO) },
    { MP_ROM_QSTR(MP_QSTR_RAW), MP_ROM_INT(DEFLATE_FORMAT_RAW) },
    { MP_ROM_QSTR(MP_QSTR_ZLIB), MP_ROM_INT(DEFLATE_FORMAT_ZLIB) },
    { MP_ROM_QSTR(MP_QSTR_GZIP), MP_ROM_INT(DEFLATE_FORMAT_GZIP) },
};
MP_DEFINE_CONST_MODULE(mp_module_deflate, deflate_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_deflate, mp_module_deflate);
