// ports/unix/file.c: open(), file objects over POSIX file descriptors, and the objects behind
// sys.stdin/stdout/stderr.
//
// A file object owns one fd (-1 once closed) and has a finaliser that closes it, so a file that
// becomes garbage does not leak its descriptor. Text mode decodes/encodes UTF-8 and deals in str;
// binary mode deals in bytes. Writes go straight to write(2) (no write buffer: nothing is lost
// when a file is never closed). Reads go through a read-ahead buffer:
//
//   rbuf: [ consumed | rpos .. rlen: read from the fd, not yet returned | free ]
//
// so the fd's offset is ahead of the logical position by rlen - rpos; tell/seek/write correct
// for it. Text reads count code points, and a multi-byte character is always taken whole: its
// lead byte says how many continuation bytes follow, so reading never waits for a byte it does
// not need (read(1) on a terminal returns after one character), even when a character spans two
// fills of the buffer.
//
// The stdio objects are static. Their output goes through the HAL (C stdio's FILE stdout, which
// print() uses too, so the two never interleave wrongly), and stdin reads take one byte at a
// time from the HAL so that input() and sys.stdin share one position.
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "unix_io.h"

#define RBUF_SIZE (4096)

#define FILE_BINARY   (0x01)
#define FILE_READABLE (0x02)
#define FILE_WRITABLE (0x04)
#define FILE_CLOSEFD  (0x08)
#define FILE_HAL      (0x10)  // a stdio object: I/O through the HAL, never closed

typedef struct _mp_obj_file_t {
    mp_obj_base_t base;
    int fd;
    uint8_t flags;
    mp_obj_t name;
    mp_obj_t mode;
    byte *rbuf;         // read-ahead buffer (heap, or static for stdio), NULL until first read
    size_t rpos, rlen;  // unread bytes are rbuf[rpos..rlen)
    struct _mp_obj_file_t *buffer;  // stdio text objects: the binary object under them
} mp_obj_file_t;

static inline bool is_binary(const mp_obj_file_t *f) {
    return (f->flags & FILE_BINARY) != 0;
}

static mp_obj_file_t *file_open_self(mp_obj_t self_in) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd < 0) {
        mp_raise_ValueError("I/O operation on closed file.");
    }
    return self;
}

NORETURN static void raise_unsupported(const char *what) {
    mp_raise_msg(&mp_type_OSError, what);
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s name=", is_binary(self) ? "FileIO" : "TextIOWrapper");
    mp_obj_print_helper(print, self->name, PRINT_REPR);
    mp_print_str(print, " mode=");
    mp_obj_print_helper(print, self->mode, PRINT_REPR);
    mp_print_str(print, is_binary(self) ? ">" : " encoding='utf-8'>");
}

// ---- reading ----

// Refills the read-ahead buffer (which must be empty); returns false at end of file.
static bool file_fill(mp_obj_file_t *self) {
    if (self->flags & FILE_HAL) {
        int c = mp_hal_stdin_rx_chr();
        if (c < 0) {
            return false;
        }
        self->rbuf[0] = (byte)c;
        self->rpos = 0;
        self->rlen = 1;
        return true;
    }
    if (self->rbuf == NULL) {
        self->rbuf = m_new(byte, RBUF_SIZE);
    }
    ssize_t r;
    MP_UNIX_RETRY_EINTR(r, read(self->fd, self->rbuf, RBUF_SIZE));
    if (r < 0) {
        if (errno == EAGAIN) {
            r = 0;
        } else {
            mp_raise_OSError(errno);
        }
    }
    self->rpos = 0;
    self->rlen = r;
    return r > 0;
}

// Number of continuation bytes that follow a UTF-8 lead byte.
static inline int utf8_tail_len(byte b) {
    return b < 0xc0 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
}

// Appends up to `limit` units (bytes in binary mode, whole characters in text mode; -1: no
// limit) to v, stopping after a '\n' when `line` is set, or at end of file.
static void file_read_into_vstr(mp_obj_file_t *self, vstr_t *v, mp_int_t limit, bool line) {
    bool text = !is_binary(self);
    mp_int_t count = 0;
    int tail = 0;   // continuation bytes still owed by the last character taken
    for (;;) {
        if (tail == 0 && (count == limit || (line && v->len > 0 && v->buf[v->len - 1] == '\n'))) {
            return;
        }
        if (self->rpos >= self->rlen && !file_fill(self)) {
            return;
        }
        const byte *p = self->rbuf + self->rpos;
        size_t avail = self->rlen - self->rpos, i = 0;
        while (i < avail) {
            byte b = p[i];
            if (tail > 0 && utf8_is_cont(b)) {
                tail--;
                i++;
                continue;
            }
            if (count == limit || (line && i > 0 && p[i - 1] == '\n')) {
                break;
            }
            tail = text ? utf8_tail_len(b) : 0;
            count++;
            i++;
        }
        vstr_add_strn(v, (const char *)p, i);
        self->rpos += i;
        if (self->rpos < self->rlen) {
            return;  // stopped inside the buffer: done
        }
    }
}

static mp_obj_t file_result(mp_obj_file_t *self, vstr_t *v) {
    if (is_binary(self)) {
        return mp_obj_new_bytes_from_vstr(v);
    }
    if (!utf8_check((const byte *)v->buf, v->len)) {
        mp_raise_msg(&mp_type_UnicodeError, "'utf-8' codec can't decode bytes: invalid data");
    }
    return mp_obj_new_str_from_vstr(v);
}

static mp_obj_file_t *file_readable(mp_obj_t self_in) {
    mp_obj_file_t *self = file_open_self(self_in);
    if (!(self->flags & FILE_READABLE)) {
        raise_unsupported("not readable");
    }
    return self;
}

static mp_int_t size_arg(size_t n_args, const mp_obj_t *args) {
    return (n_args > 1 && args[1] != mp_const_none) ? mp_obj_get_int(args[1]) : -1;
}

static mp_obj_t file_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_readable(args[0]);
    mp_int_t n = size_arg(n_args, args);
    if (n < 0) {
        n = -1;
    }
    vstr_t v;
    vstr_init(&v, n >= 0 && n < RBUF_SIZE ? n + 1 : RBUF_SIZE);
    file_read_into_vstr(self, &v, n, false);
    return file_result(self, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_read_obj, 1, 2, file_read);

// readinto(buf[, n]): MicroPython's stream form reads at most n bytes.
static mp_obj_t file_readinto(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_readable(args[0]);
    if (!is_binary(self)) {
        raise_unsupported("readinto");
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    if (n_args > 2) {
        mp_int_t max = mp_obj_get_int(args[2]);
        if (max < 0) {
            mp_raise_ValueError("negative length");
        }
        if ((size_t)max < bi.len) {
            bi.len = (size_t)max;
        }
    }
    size_t done = 0;
    while (done < bi.len) {
        if (self->rpos >= self->rlen && !file_fill(self)) {
            break;
        }
        size_t n = self->rlen - self->rpos;
        if (n > bi.len - done) {
            n = bi.len - done;
        }
        memcpy((byte *)bi.buf + done, self->rbuf + self->rpos, n);
        self->rpos += n;
        done += n;
        if (self->flags & FILE_HAL) {
            continue;
        }
        // like a raw read: return what one read gave rather than block for more
        break;
    }
    return MP_OBJ_NEW_SMALL_INT(done);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readinto_obj, 2, 3, file_readinto);

static mp_obj_t file_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_readable(args[0]);
    vstr_t v;
    vstr_init(&v, 80);
    file_read_into_vstr(self, &v, size_arg(n_args, args), true);
    return file_result(self, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readline_obj, 1, 2, file_readline);

static mp_obj_t file_readlines(size_t n_args, const mp_obj_t *args) {
    mp_int_t hint = size_arg(n_args, args);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_int_t total = 0;
    for (;;) {
        mp_obj_t line = file_readline(1, args);
        size_t len;
        mp_obj_str_get_data(line, &len);
        if (len == 0) {
            break;
        }
        mp_obj_list_append(list, line);
        total += len;
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readlines_obj, 1, 2, file_readlines);

// ---- writing ----

// Gives back read-ahead bytes so the fd offset is the logical position again.
static void file_drop_readahead(mp_obj_file_t *self) {
    if (self->rpos < self->rlen && !(self->flags & FILE_HAL)) {
        lseek(self->fd, -(off_t)(self->rlen - self->rpos), SEEK_CUR);
    }
    self->rpos = self->rlen = 0;
}

// sys.stdout.buffer: bytes exactly as given. A board's console cooks text ("\n" -> "\r\n") but
// not binary writes (mpremote's `mount` sends file contents that way); ports/sim overrides this
// for --pty, where text is cooked. Elsewhere both are the same.
__attribute__((weak)) void mp_hal_stdout_tx_strn_raw(const char *str, size_t len) {
    mp_hal_stdout_tx_strn(str, len);
}

static void file_write_bytes(mp_obj_file_t *self, const char *buf, size_t len) {
    if (self->flags & FILE_HAL) {
        if (self->fd == 2) {
            mp_hal_stderr_tx_strn(buf, len);
        } else if (self->flags & FILE_BINARY) {
            mp_hal_stdout_tx_strn_raw(buf, len);
        } else {
            mp_hal_stdout_tx_strn(buf, len);
        }
        return;
    }
    file_drop_readahead(self);
    size_t done = 0;
    while (done < len) {
        ssize_t r;
        MP_UNIX_RETRY_EINTR(r, write(self->fd, buf + done, len - done));
        if (r < 0) {
            mp_raise_OSError(errno);
        }
        done += r;
    }
}

static mp_obj_t file_write(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_file_t *self = file_open_self(self_in);
    if (!(self->flags & FILE_WRITABLE)) {
        raise_unsupported("not writable");
    }
    if (is_binary(self)) {
        mp_buffer_info_t bi;
        if (mp_obj_is_str(data) || !mp_get_buffer(data, &bi, MP_BUFFER_READ)) {
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(data));
        }
        file_write_bytes(self, bi.buf, bi.len);
        return MP_OBJ_NEW_SMALL_INT(bi.len);
    }
    if (!mp_obj_is_str(data)) {
        mp_raise_msg_varg(&mp_type_TypeError, "write() argument must be str, not %s", mp_obj_get_type_str(data));
    }
    size_t len;
    const char *buf = mp_obj_str_get_data(data, &len);
    file_write_bytes(self, buf, len);
    return MP_OBJ_NEW_SMALL_INT(utf8_charlen((const byte *)buf, len));
}

// MicroPython's stream forms on binary files: write(buf, len) and write(buf, off, len) write at
// most len bytes of buf from offset off (both clamped to the buffer).
static mp_obj_t file_write_method(size_t n_args, const mp_obj_t *args) {
    if (n_args == 2) {
        return file_write(args[0], args[1]);
    }
    mp_obj_file_t *self = file_open_self(args[0]);
    if (!is_binary(self)) {
        mp_raise_TypeError("write(buf, [off,] len) needs a binary stream");
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
    return file_write(args[0], mp_obj_new_bytes((const byte *)bi.buf + start, n));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_write_obj, 2, 4, file_write_method);

static mp_obj_t file_writelines(mp_obj_t self_in, mp_obj_t lines) {
    mp_obj_t it = mp_getiter(lines);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        file_write(self_in, item);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(file_writelines_obj, file_writelines);

// ---- position, flushing, closing ----

static mp_obj_t file_close(mp_obj_t self_in) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->flags & FILE_HAL) {
        fflush(stdout);
        return mp_const_none;
    }
    if (self->fd >= 0) {
        int fd = self->fd;
        self->fd = -1;
        self->rpos = self->rlen = 0;
        if (self->rbuf != NULL) {
            m_del(byte, self->rbuf, RBUF_SIZE);
            self->rbuf = NULL;
        }
        if (self->flags & FILE_CLOSEFD) {
            close(fd);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_close_obj, file_close);

static mp_obj_t file_flush(mp_obj_t self_in) {
    mp_obj_file_t *self = file_open_self(self_in);
    if (self->flags & FILE_HAL) {
        fflush(self->fd == 2 ? stderr : stdout);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_flush_obj, file_flush);

static mp_obj_t file_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_open_self(args[0]);
    mp_int_t off = mp_obj_get_int(args[1]);
    int whence = n_args > 2 ? (int)mp_obj_get_int(args[2]) : SEEK_SET;
    if (whence < 0 || whence > 2) {
        mp_raise_msg_varg(&mp_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    }
    if (!is_binary(self) && whence != SEEK_SET && off != 0) {
        raise_unsupported(whence == SEEK_CUR ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    }
    if (whence == SEEK_SET && off < 0) {
        mp_raise_msg_varg(&mp_type_ValueError, "negative seek position %d", (int)off);
    }
    file_drop_readahead(self);
    off_t r = lseek(self->fd, off, whence);
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int_from_ll(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_seek_obj, 2, 3, file_seek);

static mp_obj_t file_tell(mp_obj_t self_in) {
    mp_obj_file_t *self = file_open_self(self_in);
    off_t r = lseek(self->fd, 0, SEEK_CUR);
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int_from_ll(r - (off_t)(self->rlen - self->rpos));
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_tell_obj, file_tell);

static mp_obj_t file_truncate(size_t n_args, const mp_obj_t *args) {
    mp_obj_file_t *self = file_open_self(args[0]);
    if (!(self->flags & FILE_WRITABLE)) {
        raise_unsupported("File not open for writing");
    }
    mp_obj_t size = n_args > 1 && args[1] != mp_const_none ? args[1] : file_tell(args[0]);
    file_drop_readahead(self);
    int r;
    MP_UNIX_RETRY_EINTR(r, ftruncate(self->fd, mp_obj_get_int(size)));
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return size;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_truncate_obj, 1, 2, file_truncate);

static mp_obj_t file_fileno(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(file_open_self(self_in)->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_fileno_obj, file_fileno);

static mp_obj_t file_readable_m(mp_obj_t self_in) {
    return mp_obj_new_bool(file_open_self(self_in)->flags & FILE_READABLE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_readable_obj, file_readable_m);

static mp_obj_t file_writable_m(mp_obj_t self_in) {
    return mp_obj_new_bool(file_open_self(self_in)->flags & FILE_WRITABLE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_writable_obj, file_writable_m);

static mp_obj_t file_seekable(mp_obj_t self_in) {
    mp_obj_file_t *self = file_open_self(self_in);
    return mp_obj_new_bool(!(self->flags & FILE_HAL) && lseek(self->fd, 0, SEEK_CUR) >= 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_seekable_obj, file_seekable);

static mp_obj_t file_isatty(mp_obj_t self_in) {
    return mp_obj_new_bool(isatty(file_open_self(self_in)->fd));
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_isatty_obj, file_isatty);

static mp_obj_t file_enter(mp_obj_t self_in) {
    file_open_self(self_in);
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_enter_obj, file_enter);

static mp_obj_t file_exit(size_t n_args, const mp_obj_t *args) {
    return file_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_exit_obj, 1, 4, file_exit);

static mp_obj_t file_getiter(mp_obj_t self_in) {
    file_open_self(self_in);
    return self_in;
}

static mp_obj_t file_iternext(mp_obj_t self_in) {
    mp_obj_t line = file_readline(1, &self_in);
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len > 0 ? line : MP_OBJ_STOP_ITERATION;
}

static void file_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_closed:
            dest[0] = mp_obj_new_bool(self->fd < 0);
            break;
        case MP_QSTR_name:
            dest[0] = self->name;
            break;
        case MP_QSTR_mode:
            dest[0] = self->mode;
            break;
        case MP_QSTR_encoding:
            if (!is_binary(self)) {
                dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
            }
            break;
        case MP_QSTR_buffer:
            if (self->buffer != NULL) {
                dest[0] = MP_OBJ_FROM_PTR(self->buffer);
            }
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&file_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&file_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&file_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&file_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&file_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&file_writelines_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&file_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&file_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&file_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&file_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&file_truncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&file_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&file_readable_obj) },
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&file_writable_obj) },
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&file_seekable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&file_isatty_obj) },
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

// ---- open() ----

// Parses an open() mode string into open(2) flags and our FILE_* flags; raises ValueError.
static int parse_mode(const char *mode, uint8_t *fflags) {
    char kind = 0;
    bool binary = false, text = false, plus = false;
    for (const char *m = mode; *m; m++) {
        bool dup = false;
        switch (*m) {
            case 'r': case 'w': case 'a': case 'x':
                if (kind) {
                    mp_raise_ValueError("must have exactly one of create/read/write/append mode");
                }
                kind = *m;
                break;
            case 'b': dup = binary; binary = true; break;
            case 't': dup = text; text = true; break;
            case '+': dup = plus; plus = true; break;
            default: dup = true; break;
        }
        if (dup) {
            mp_raise_msg_varg(&mp_type_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (binary && text) {
        mp_raise_ValueError("can't have text and binary mode at once");
    }
    if (kind == 0) {
        mp_raise_ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }
    int flags = 0;
    switch (kind) {
        case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
        case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
        case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
        default: flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    }
    *fflags = (binary ? FILE_BINARY : 0)
        | ((kind == 'r' || plus) ? FILE_READABLE : 0)
        | ((kind != 'r' || plus) ? FILE_WRITABLE : 0);
    return flags;
}

mp_obj_t mp_unix_file_new_fd(int fd, mp_obj_t name, mp_obj_t mode, bool closefd) {
    uint8_t fflags;
    parse_mode(mp_obj_str_get_str(mode), &fflags);
    mp_obj_file_t *o = m_new_obj_with_finaliser(mp_obj_file_t);
    o->base.type = (fflags & FILE_BINARY) ? &mp_type_fileio : &mp_type_textio;
    o->fd = fd;
    o->flags = fflags | (closefd ? FILE_CLOSEFD : 0);
    o->name = name;
    o->mode = mode;
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_unix_file_open_host(const char *host_path, mp_obj_t name, mp_obj_t mode) {
    uint8_t fflags;
    int flags = parse_mode(mp_obj_str_get_str(mode), &fflags);
    // Allocate first: a MemoryError must not leak a freshly opened fd.
    mp_obj_file_t *o = m_new_obj_with_finaliser(mp_obj_file_t);
    o->base.type = (fflags & FILE_BINARY) ? &mp_type_fileio : &mp_type_textio;
    o->fd = -1;
    o->flags = fflags | FILE_CLOSEFD;
    o->name = name;
    o->mode = mode;
    int fd;
    MP_UNIX_RETRY_EINTR(fd, open(host_path, flags | O_CLOEXEC, 0666));
    // Out of descriptors: files dropped without close() may be waiting for their finaliser
    // (CPython's reference counts would have closed them already). Collect and retry while
    // collections keep finalising something.
    for (int tries = 0; fd < 0 && (errno == EMFILE || errno == ENFILE) && tries < 64; tries++) {
        size_t before = gc_finalisers_run();
        gc_collect();
        MP_UNIX_RETRY_EINTR(fd, open(host_path, flags | O_CLOEXEC, 0666));
        if (fd < 0 && gc_finalisers_run() == before) {
            errno = EMFILE;
            break;
        }
    }
    if (fd < 0) {
        mp_raise_OSError_with_filename(errno, mp_obj_is_str(name) ? mp_obj_str_get_str(name) : host_path);
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        mp_raise_OSError_with_filename(EISDIR, mp_obj_is_str(name) ? mp_obj_str_get_str(name) : host_path);
    }
    if (flags & O_APPEND) {
        lseek(fd, 0, SEEK_END);  // reads in "a+" start at the end, as in CPython
    }
    o->fd = fd;
    return MP_OBJ_FROM_PTR(o);
}

static bool encoding_ok(const char *e) {
    static const char *const names[] = {"utf-8", "utf8", "UTF-8", "UTF8", "utf_8", "ascii", "us-ascii", "ASCII"};
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (strcmp(e, names[i]) == 0) {
            return true;
        }
    }
    return false;
}

static mp_obj_t builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    enum { ARG_file, ARG_mode, ARG_buffering, ARG_encoding, ARG_errors, ARG_newline, ARG_closefd, ARG_opener };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_file, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_mode, MP_ARG_OBJ, {.u_obj = MP_ROM_QSTR(MP_QSTR_r)} },
        { MP_QSTR_buffering, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_newline, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_closefd, MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_opener, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, args, kw, MP_ARRAY_SIZE(allowed), allowed, a);
    mp_obj_t mode = a[ARG_mode].u_obj;
    uint8_t fflags;
    parse_mode(mp_obj_str_get_str(mode), &fflags);
    bool binary = fflags & FILE_BINARY;
    if (binary) {
        if (a[ARG_encoding].u_obj != mp_const_none) {
            mp_raise_ValueError("binary mode doesn't take an encoding argument");
        }
        if (a[ARG_errors].u_obj != mp_const_none) {
            mp_raise_ValueError("binary mode doesn't take an errors argument");
        }
        if (a[ARG_newline].u_obj != mp_const_none) {
            mp_raise_ValueError("binary mode doesn't take a newline argument");
        }
    } else {
        if (a[ARG_buffering].u_int == 0) {
            mp_raise_ValueError("can't have unbuffered text I/O");
        }
        if (a[ARG_encoding].u_obj != mp_const_none) {
            const char *e = mp_obj_str_get_str(a[ARG_encoding].u_obj);
            if (!encoding_ok(e)) {
                mp_raise_msg_varg(&mp_type_LookupError, "unknown encoding: %s", e);
            }
        }
        mp_obj_t nl = a[ARG_newline].u_obj;
        if (nl != mp_const_none) {
            const char *s = mp_obj_str_get_str(nl);
            if (strcmp(s, "") != 0 && strcmp(s, "\n") != 0 && strcmp(s, "\r") != 0 && strcmp(s, "\r\n") != 0) {
                mp_raise_msg_varg(&mp_type_ValueError, "illegal newline value: %s", s);
            }
        }
    }
    mp_obj_t file = a[ARG_file].u_obj;
    if (mp_obj_is_int(file)) {
        mp_int_t fd = mp_obj_get_int(file);
        if (fd < 0) {
            mp_raise_ValueError("negative file descriptor");
        }
        if (fd > INT_MAX) {
            mp_raise_msg(&mp_type_OverflowError, "fd is greater than maximum");
        }
        if (fcntl((int)fd, F_GETFD) < 0) {
            mp_raise_OSError(errno); // EBADF now, as CPython, not at the first read
        }
        return mp_unix_file_new_fd((int)fd, file, mode, a[ARG_closefd].u_bool);
    }
    if (!a[ARG_closefd].u_bool) {
        mp_raise_ValueError("Cannot use closefd=False with file name");
    }
    if (a[ARG_opener].u_obj != mp_const_none) {
        mp_raise_NotImplementedError("opener");
    }
    const char *host_path;
    mp_obj_t rel_path;
    mp_obj_t vfs = mp_unix_vfs_resolve(file, &host_path, &rel_path);
    if (vfs != MP_OBJ_NULL) {
        mp_obj_t dest[4];
        mp_load_method(vfs, MP_QSTR_open, dest);
        dest[2] = rel_path;
        dest[3] = mode;
        return mp_call_method_n_kw(2, 0, dest);
    }
    return mp_unix_file_open_host(host_path, file, mode);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 1, builtin_open);

int mp_unix_get_fd(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return (int)mp_obj_get_int(obj);
    }
    if (mp_obj_is_type(obj, &mp_type_textio) || mp_obj_is_type(obj, &mp_type_fileio)) {
        return file_open_self(obj)->fd;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR_fileno, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "argument must be an int, or have a fileno() method, not '%s'", mp_obj_get_type_str(obj));
    }
    return (int)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
}

// ---- stdio ----
// Static objects (the GC never sees them, so nothing they point to may live on the heap: the
// stdin buffers are static too, one byte each since the HAL hands out one byte at a time).

static byte stdin_text_buf[1];
static byte stdin_bin_buf[1];

#define STDIO_OBJ(var, fd_, fl, nm, md, buf, under) \
    mp_obj_file_t var = { \
        {(fl) & FILE_BINARY ? &mp_type_fileio : &mp_type_textio}, (fd_), (fl) | FILE_HAL, \
        MP_ROM_QSTR(nm), MP_ROM_QSTR(md), (buf), 0, 0, (under) \
    }

static STDIO_OBJ(stdin_buffer_obj, 0, FILE_BINARY | FILE_READABLE, MP_QSTR__lt_stdin_gt_, MP_QSTR_rb, stdin_bin_buf, NULL);
static STDIO_OBJ(stdout_buffer_obj, 1, FILE_BINARY | FILE_WRITABLE, MP_QSTR__lt_stdout_gt_, MP_QSTR_wb, NULL, NULL);
static STDIO_OBJ(stderr_buffer_obj, 2, FILE_BINARY | FILE_WRITABLE, MP_QSTR__lt_stderr_gt_, MP_QSTR_wb, NULL, NULL);
STDIO_OBJ(mp_sys_stdin_obj, 0, FILE_READABLE, MP_QSTR__lt_stdin_gt_, MP_QSTR_r, stdin_text_buf, &stdin_buffer_obj);
STDIO_OBJ(mp_sys_stdout_obj, 1, FILE_WRITABLE, MP_QSTR__lt_stdout_gt_, MP_QSTR_w, NULL, &stdout_buffer_obj);
STDIO_OBJ(mp_sys_stderr_obj, 2, FILE_WRITABLE, MP_QSTR__lt_stderr_gt_, MP_QSTR_w, NULL, &stderr_buffer_obj);
