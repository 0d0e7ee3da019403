// ports/unix/modtermios.c: the termios module (MicroPython's unix port, CPython's shape).
//
// tcgetattr(fd) returns [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]; cc is a list of
// NCCS items, each a 1-byte bytes object, except cc[VMIN] and cc[VTIME], which are ints when
// ICANON is off (as CPython does). tcsetattr(fd, when, attrs) takes such a list back (cc items
// may be 1-byte bytes or ints). setraw(fd, when=TCSAFLUSH) is MicroPython's termios.setraw
// (CPython's tty.setraw): no input processing, no echo, no signals, 8-bit characters, reads
// returning after one byte. fd is an int or an object with fileno(). Failures raise OSError.
#include <errno.h>
#include <termios.h>
#include <unistd.h>

#include "py/runtime.h"

static int termios_fd(mp_obj_t o) {
    if (!mp_obj_is_int(o)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR_fileno, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_TypeError("argument must be an int, or have a fileno() method.");
        }
        o = mp_call_method_n_kw(0, 0, dest);
    }
    mp_int_t fd = mp_obj_get_int(o);
    if (fd < 0 || fd > 0x7fffffff) {
        mp_raise_ValueError("file descriptor cannot be a negative integer");
    }
    return (int)fd;
}

static void termios_get(int fd, struct termios *t) {
    if (tcgetattr(fd, t) < 0) {
        mp_raise_OSError(errno);
    }
}

static mp_obj_t termios_tcgetattr(mp_obj_t fd_in) {
    struct termios t;
    termios_get(termios_fd(fd_in), &t);
    mp_obj_t cc = mp_obj_new_list(NCCS, NULL);
    mp_obj_list_t *ccl = MP_OBJ_TO_PTR(cc);
    for (size_t i = 0; i < NCCS; i++) {
        ccl->items[i] = mp_obj_new_bytes(&t.c_cc[i], 1);
    }
    if (!(t.c_lflag & ICANON)) {
        ccl->items[VMIN] = MP_OBJ_NEW_SMALL_INT(t.c_cc[VMIN]);
        ccl->items[VTIME] = MP_OBJ_NEW_SMALL_INT(t.c_cc[VTIME]);
    }
    mp_obj_t items[7] = {
        mp_obj_new_int_from_uint(t.c_iflag), mp_obj_new_int_from_uint(t.c_oflag),
        mp_obj_new_int_from_uint(t.c_cflag), mp_obj_new_int_from_uint(t.c_lflag),
        mp_obj_new_int_from_uint(cfgetispeed(&t)), mp_obj_new_int_from_uint(cfgetospeed(&t)), cc,
    };
    return mp_obj_new_list(7, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(termios_tcgetattr_obj, termios_tcgetattr);

static tcflag_t termios_flag(mp_obj_t o) {
    mp_int_t v = mp_obj_get_int(o);
    if (v < 0 || (mp_uint_t)v > (tcflag_t)-1) {
        mp_raise_msg(&mp_type_OverflowError, "termios flag out of range");
    }
    return (tcflag_t)v;
}

static void termios_set(int fd, int when, struct termios *t) {
    if (tcsetattr(fd, when, t) < 0) {
        mp_raise_OSError(errno);
    }
}

static int termios_when(mp_obj_t o) {
    mp_int_t when = mp_obj_get_int(o);
    if (when != TCSANOW && when != TCSADRAIN && when != TCSAFLUSH) {
        mp_raise_OSError(EINVAL);
    }
    return (int)when;
}

static mp_obj_t termios_tcsetattr(mp_obj_t fd_in, mp_obj_t when_in, mp_obj_t attrs) {
    int fd = termios_fd(fd_in);
    int when = termios_when(when_in);
    if (!mp_obj_is_type(attrs, &mp_type_list)) {
        mp_raise_TypeError("tcsetattr, arg 3: must be 7 element list");
    }
    mp_obj_list_t *l = MP_OBJ_TO_PTR(attrs);
    if (l->len != 7) {
        mp_raise_TypeError("tcsetattr, arg 3: must be 7 element list");
    }
    struct termios t;
    termios_get(fd, &t);
    t.c_iflag = termios_flag(l->items[0]);
    t.c_oflag = termios_flag(l->items[1]);
    t.c_cflag = termios_flag(l->items[2]);
    t.c_lflag = termios_flag(l->items[3]);
    if (cfsetispeed(&t, termios_flag(l->items[4])) < 0 || cfsetospeed(&t, termios_flag(l->items[5])) < 0) {
        mp_raise_OSError(errno);
    }
    mp_obj_t cc = l->items[6];
    if (!mp_obj_is_type(cc, &mp_type_list) || ((mp_obj_list_t *)MP_OBJ_TO_PTR(cc))->len != NCCS) {
        mp_raise_msg_varg(&mp_type_TypeError, "tcsetattr: attributes[6] must be %d element list", (int)NCCS);
    }
    mp_obj_list_t *ccl = MP_OBJ_TO_PTR(cc);
    for (size_t i = 0; i < NCCS; i++) {
        mp_obj_t c = ccl->items[i];
        if (mp_obj_is_int(c)) {
            mp_int_t v = mp_obj_get_int(c);
            if (v < 0 || v > 255) {
                mp_raise_msg(&mp_type_OverflowError, "termios cc value out of range");
            }
            t.c_cc[i] = (cc_t)v;
        } else if (mp_obj_is_type(c, &mp_type_bytes)) {
            mp_buffer_info_t bi;
            mp_get_buffer_raise(c, &bi, MP_BUFFER_READ);
            if (bi.len != 1) {
                mp_raise_TypeError("tcsetattr: elements of attributes must be characters or integers");
            }
            t.c_cc[i] = ((const byte *)bi.buf)[0];
        } else {
            mp_raise_TypeError("tcsetattr: elements of attributes must be characters or integers");
        }
    }
    termios_set(fd, when, &t);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(termios_tcsetattr_obj, termios_tcsetattr);

static mp_obj_t termios_setraw(size_t n_args, const mp_obj_t *args) {
    int fd = termios_fd(args[0]);
    int when = n_args > 1 ? termios_when(args[1]) : TCSAFLUSH;
    struct termios t;
    termios_get(fd, &t);
    t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    t.c_oflag &= ~(tcflag_t)OPOST;
    t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    termios_set(fd, when, &t);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(termios_setraw_obj, 1, 2, termios_setraw);

static const mp_rom_map_elem_t termios_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_termios) },
    { MP_ROM_QSTR(MP_QSTR_tcgetattr), MP_ROM_PTR(&termios_tcgetattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcsetattr), MP_ROM_PTR(&termios_tcsetattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_setraw), MP_ROM_PTR(&termios_setraw_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_TCSANOW), MP_ROM_INT(TCSANOW) },
    { MP_ROM_QSTR(MP_QSTR_TCSADRAIN), MP_ROM_INT(TCSADRAIN) },
    { MP_ROM_QSTR(MP_QSTR_TCSAFLUSH), MP_ROM_INT(TCSAFLUSH) },
    { MP_ROM_QSTR(MP_QSTR_B0), MP_ROM_INT(B0) },
    { MP_ROM_QSTR(MP_QSTR_B50), MP_ROM_INT(B50) },
    { MP_ROM_QSTR(MP_QSTR_B75), MP_ROM_INT(B75) },
    { MP_ROM_QSTR(MP_QSTR_B110), MP_ROM_INT(B110) },
    { MP_ROM_QSTR(MP_QSTR_B134), MP_ROM_INT(B134) },
    { MP_ROM_QSTR(MP_QSTR_B150), MP_ROM_INT(B150) },
    { MP_ROM_QSTR(MP_QSTR_B200), MP_ROM_INT(B200) },
    { MP_ROM_QSTR(MP_QSTR_B300), MP_ROM_INT(B300) },
    { MP_ROM_QSTR(MP_QSTR_B600), MP_ROM_INT(B600) },
    { MP_ROM_QSTR(MP_QSTR_B1200), MP_ROM_INT(B1200) },
    { MP_ROM_QSTR(MP_QSTR_B1800), MP_ROM_INT(B1800) },
    { MP_ROM_QSTR(MP_QSTR_B2400), MP_ROM_INT(B2400) },
    { MP_ROM_QSTR(MP_QSTR_B4800), MP_ROM_INT(B4800) },
    { MP_ROM_QSTR(MP_QSTR_B9600), MP_ROM_INT(B9600) },
    { MP_ROM_QSTR(MP_QSTR_B19200), MP_ROM_INT(B19200) },
    { MP_ROM_QSTR(MP_QSTR_B38400), MP_ROM_INT(B38400) },
    { MP_ROM_QSTR(MP_QSTR_B57600), MP_ROM_INT(B57600) },
    { MP_ROM_QSTR(MP_QSTR_B115200), MP_ROM_INT(B115200) },
    { MP_ROM_QSTR(MP_QSTR_B230400), MP_ROM_INT(B230400) },
    { MP_ROM_QSTR(MP_QSTR_VINTR), MP_ROM_INT(VINTR) },
    { MP_ROM_QSTR(MP_QSTR_VQUIT), MP_ROM_INT(VQUIT) },
    { MP_ROM_QSTR(MP_QSTR_VERASE), MP_ROM_INT(VERASE) },
    { MP_ROM_QSTR(MP_QSTR_VKILL), MP_ROM_INT(VKILL) },
    { MP_ROM_QSTR(MP_QSTR_VEOF), MP_ROM_INT(VEOF) },
    { MP_ROM_QSTR(MP_QSTR_VTIME), MP_ROM_INT(VTIME) },
    { MP_ROM_QSTR(MP_QSTR_VMIN), MP_ROM_INT(VMIN) },
    { MP_ROM_QSTR(MP_QSTR_VSTART), MP_ROM_INT(VSTART) },
    { MP_ROM_QSTR(MP_QSTR_VSTOP), MP_ROM_INT(VSTOP) },
    { MP_ROM_QSTR(MP_QSTR_VSUSP), MP_ROM_INT(VSUSP) },
    { MP_ROM_QSTR(MP_QSTR_NCCS), MP_ROM_INT(NCCS) },
    { MP_ROM_QSTR(MP_QSTR_BRKINT), MP_ROM_INT(BRKINT) },
    { MP_ROM_QSTR(MP_QSTR_ICRNL), MP_ROM_INT(ICRNL) },
    { MP_ROM_QSTR(MP_QSTR_INPCK), MP_ROM_INT(INPCK) },
    { MP_ROM_QSTR(MP_QSTR_ISTRIP), MP_ROM_INT(ISTRIP) },
    { MP_ROM_QSTR(MP_QSTR_IXON), MP_ROM_INT(IXON) },
    { MP_ROM_QSTR(MP_QSTR_IXOFF), MP_ROM_INT(IXOFF) },
    { MP_ROM_QSTR(MP_QSTR_IGNBRK), MP_ROM_INT(IGNBRK) },
    { MP_ROM_QSTR(MP_QSTR_IGNCR), MP_ROM_INT(IGNCR) },
    { MP_ROM_QSTR(MP_QSTR_INLCR), MP_ROM_INT(INLCR) },
    { MP_ROM_QSTR(MP_QSTR_PARMRK), MP_ROM_INT(PARMRK) },
    { MP_ROM_QSTR(MP_QSTR_OPOST), MP_ROM_INT(OPOST) },
    { MP_ROM_QSTR(MP_QSTR_ONLCR), MP_ROM_INT(ONLCR) },
    { MP_ROM_QSTR(MP_QSTR_CSIZE), MP_ROM_INT(CSIZE) },
    { MP_ROM_QSTR(MP_QSTR_CS5), MP_ROM_INT(CS5) },
    { MP_ROM_QSTR(MP_QSTR_CS6), MP_ROM_INT(CS6) },
    { MP_ROM_QSTR(MP_QSTR_CS7), MP_ROM_INT(CS7) },
    { MP_ROM_QSTR(MP_QSTR_CS8), MP_ROM_INT(CS8) },
    { MP_ROM_QSTR(MP_QSTR_CSTOPB), MP_ROM_INT(CSTOPB) },
    { MP_ROM_QSTR(MP_QSTR_CREAD), MP_ROM_INT(CREAD) },
    { MP_ROM_QSTR(MP_QSTR_PARENB), MP_ROM_INT(PARENB) },
    { MP_ROM_QSTR(MP_QSTR_PARODD), MP_ROM_INT(PARODD) },
    { MP_ROM_QSTR(MP_QSTR_HUPCL), MP_ROM_INT(HUPCL) },
    { MP_ROM_QSTR(MP_QSTR_CLOCAL), MP_ROM_INT(CLOCAL) },
    { MP_ROM_QSTR(MP_QSTR_ECHO), MP_ROM_INT(ECHO) },
    { MP_ROM_QSTR(MP_QSTR_ECHOE), MP_ROM_INT(ECHOE) },
    { MP_ROM_QSTR(MP_QSTR_ECHOK), MP_ROM_INT(ECHOK) },
    { MP_ROM_QSTR(MP_QSTR_ECHONL), MP_ROM_INT(ECHONL) },
    { MP_ROM_QSTR(MP_QSTR_ICANON), MP_ROM_INT(ICANON) },
    { MP_ROM_QSTR(MP_QSTR_IEXTEN), MP_ROM_INT(IEXTEN) },
    { MP_ROM_QSTR(MP_QSTR_ISIG), MP_ROM_INT(ISIG) },
    { MP_ROM_QSTR(MP_QSTR_NOFLSH), MP_ROM_INT(NOFLSH) },
    { MP_ROM_QSTR(MP_QSTR_TOSTOP), MP_ROM_INT(TOSTOP) },
};
MP_DEFINE_CONST_MODULE(mp_module_termios, termios_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_termios, mp_module_termios);
