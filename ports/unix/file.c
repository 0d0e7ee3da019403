// ports/unix/file.c: open() and file objects over POSIX file descriptors.
//
// A file object owns one fd (-1 once closed) and has a finaliser that closes it, so a file
// that becomes garbage does not leak its descriptor. Text mode decodes/encodes UTF-8 and
// returns str; binary mode returns bytes. Reads go straight to read(2) through a small
// read-ahead buffer used by readline.
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "py/runtime.h"

typedef struct _mp_obj_file_t {
    mp_obj_base_t base;
    int fd;
    bool binary;
    bool readable;
    bool writable;
    mp_obj_t name;
    mp_obj_t mode;
    // read-ahead buffer (heap), valid bytes [rpos, rlen)
    byte *rbuf;
    size_t rpos, rlen;
} mp_obj_file_t;

extern const mp_obj_type_t mp_type_textio;
extern const mp_obj_type_t mp_type_fileio;

static mp_obj_file_t *file_check(mp_obj_t self_in) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd < 0) {
        mp_raise_ValueError("I/O operation on closed file");
    }
    return self;
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s name=", self->binary ? "FileIO" : "TextIOWrapper");
    mp_obj_print_helper(print, self->name, PRINT_REPR);
    mp_print_str(print, " mode=");
    mp_obj_print_helper(print, self->mode, PRINT_REPR);
    mp_print_str(print, ">");
}

// Fills the read-ahead buffer; returns false at EOF.
static bool file_fill(mp_obj_file_t *self) {
    if (self->rbuf == NULL) {
        self->rbuf = m_new(byte, 4096);
    }
    for (;;) {
        ssize_t r = read(self->fd, self->rbuf, 4096);
        if (r < 0) {
            if (errno == EINTR) {
                mp_handle_pending(true);
                continue;
            }
            mp_raise_OSError(errno);
        }
        self->rpos = 0;
        self->rlen = r;
        return r > 0;
    }
}

static mp_obj_t file_make_result(mp_obj_file_t *self, vstr_t *v) {
    if (self->binary) {
        return mp_obj_new_bytes_from_vstr(v);
    }
    return mp_obj_new_str_from_vstr(v);
}

static mp_obj_t file_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_check(args[0]);
    if (!self->readable) {
        mp_raise_OSError(EBADF);
    }
    mp_int_t n = (n_args > 1 && args[1] != mp_const_none) ? mp_obj_get_int(args[1]) : -1;
    vstr_t v;
    vstr_init(&v, n > 0 ? n : 256);
    mp_int_t chars = 0;
    for (;;) {
        if (self->rpos >= self->rlen && !file_fill(self)) {
            break;
        }
        if (n < 0) {
            vstr_add_strn(&v, (const char *)self->rbuf + self->rpos, self->rlen - self->rpos);
            self->rpos = self->rlen;
            continue;
        }
        if (chars >= n) {
            // in text mode finish a partial UTF-8 sequence
            if (self->binary || !utf8_is_cont(self->rbuf[self->rpos])) {
                break;
            }
        } else if (!self->binary && !utf8_is_cont(self->rbuf[self->rpos])) {
            chars++;
        } else if (self->binary) {
            chars++;
        }
        if (chars > n) {
            break;
        }
        vstr_add_byte(&v, self->rbuf[self->rpos++]);
    }
    return file_make_result(self, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_read_obj, 1, 2, file_read);

static mp_obj_t file_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_check(args[0]);
    vstr_t v;
    vstr_init(&v, 64);
    for (;;) {
        if (self->rpos >= self->rlen && !file_fill(self)) {
            break;
        }
        byte c = self->rbuf[self->rpos++];
        vstr_add_byte(&v, c);
        if (c == '\n') {
            break;
        }
    }
    return file_make_result(self, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readline_obj, 1, 2, file_readline);

static mp_obj_t file_readlines(mp_obj_t self_in) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (;;) {
        mp_obj_t line = file_readline(1, &self_in);
        if (!mp_obj_is_true(line)) {
            break;
        }
        mp_obj_list_append(list, line);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_readlines_obj, file_readlines);

static mp_obj_t file_write(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_file_t *self = file_check(self_in);
    if (!self->writable) {
        mp_raise_OSError(EBADF);
    }
    const char *buf;
    size_t len;
    if (self->binary) {
        mp_buffer_info_t bi;
        mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
        buf = bi.buf;
        len = bi.len;
    } else {
        if (!mp_obj_is_str(data)) {
            mp_raise_msg_varg(&mp_type_TypeError, "write() argument must be str, not %s", mp_obj_get_type_str(data));
        }
        buf = mp_obj_str_get_data(data, &len);
    }
    size_t done = 0;
    while (done < len) {
        ssize_t r = write(self->fd, buf + done, len - done);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            mp_raise_OSError(errno);
        }
        done += r;
    }
    if (!self->binary) {
        return MP_OBJ_NEW_SMALL_INT(utf8_charlen((const byte *)buf, len));
    }
    return MP_OBJ_NEW_SMALL_INT(len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(file_write_obj, file_write);

static mp_obj_t file_close(mp_obj_t self_in) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd >= 0) {
        close(self->fd);
        self->fd = -1;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_close_obj, file_close);

static mp_obj_t file_flush(mp_obj_t self_in) {
    file_check(self_in);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_flush_obj, file_flush);

static mp_obj_t file_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_check(args[0]);
    mp_int_t off = mp_obj_get_int(args[1]);
    int whence = n_args > 2 ? (int)mp_obj_get_int(args[2]) : SEEK_SET;
    if (whence == SEEK_CUR) {
        off -= (mp_int_t)(self->rlen - self->rpos);
    }
    self->rpos = self->rlen = 0;
    off_t r = lseek(self->fd, off, whence);
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_seek_obj, 2, 3, file_seek);

static mp_obj_t file_tell(mp_obj_t self_in) {
    mp_obj_file_t *self = file_check(self_in);
    off_t r = lseek(self->fd, 0, SEEK_CUR);
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int(r - (off_t)(self->rlen - self->rpos));
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_tell_obj, file_tell);

static mp_obj_t file_fileno(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(file_check(self_in)->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_fileno_obj, file_fileno);

static mp_obj_t file_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_enter_obj, file_enter);

static mp_obj_t file_exit(size_t n_args, const mp_obj_t *args) {
    return file_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_exit_obj, 1, 4, file_exit);

static mp_obj_t file_getiter(mp_obj_t self_in) {
    file_check(self_in);
    return self_in;
}

static mp_obj_t file_iternext(mp_obj_t self_in) {
    mp_obj_t line = file_readline(1, &self_in);
    return mp_obj_is_true(line) ? line : MP_OBJ_STOP_ITERATION;
}

static void file_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_closed) {
        dest[0] = mp_obj_new_bool(self->fd < 0);
    } else if (attr == MP_QSTR_name) {
        dest[0] = self->name;
    } else if (attr == MP_QSTR_mode) {
        dest[0] = self->mode;
    }
}

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&file_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&file_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&file_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&file_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&file_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&file_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&file_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&file_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&file_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&file_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&file_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&file_close_obj) },
};
static MP_DEFINE_CONST_DICT(file_locals_dict, file_locals_dict_table);

const mp_obj_type_t mp_type_textio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_TextIOWrapper,
    .print = file_print,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .attr = file_attr,
    .locals_dict = (mp_obj_dict_t *)&file_locals_dict,
};

const mp_obj_type_t mp_type_fileio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_FileIO,
    .print = file_print,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .attr = file_attr,
    .locals_dict = (mp_obj_dict_t *)&file_locals_dict,
};

static mp_obj_t builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t mode_obj = MP_OBJ_NEW_QSTR(MP_QSTR_r);
    if (n_args > 1) {
        mode_obj = args[1];
    } else if (kw != NULL) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_mode), MP_MAP_LOOKUP);
        if (e != NULL) {
            mode_obj = e->value;
        }
    }
    const char *mode = mp_obj_str_get_str(mode_obj);
    int flags = 0;
    bool binary = false, plus = false;
    char kind = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
            case 'r': case 'w': case 'a': case 'x':
                if (kind) {
                    mp_raise_ValueError("must have exactly one of create/read/write/append mode");
                }
                kind = *m;
                break;
            case 'b': binary = true; break;
            case 't': break;
            case '+': plus = true; break;
            default:
                mp_raise_msg_varg(&mp_type_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (kind == 0) {
        kind = 'r';
    }
    switch (kind) {
        case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
        case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
        case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
        case 'x': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    }
    mp_obj_t name = args[0];
    int fd;
    if (mp_obj_is_int(name)) {
        fd = (int)mp_obj_get_int(name);
    } else {
        const char *path = mp_obj_str_get_str(name);
        fd = open(path, flags | O_CLOEXEC, 0666);
        if (fd < 0) {
            mp_raise_OSError_with_filename(errno, path);
        }
    }
    mp_obj_file_t *o = m_new_obj_with_finaliser(mp_obj_file_t);
    o->base.type = binary ? &mp_type_fileio : &mp_type_textio;
    o->fd = fd;
    o->binary = binary;
    o->readable = kind == 'r' || plus;
    o->writable = kind != 'r' || plus;
    o->name = name;
    o->mode = mode_obj;
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 1, builtin_open);
