// ports/unix/modselect.c: the `select` module: poll objects over poll(2), and select().
//
// The poll object itself is ports/unix/pollobj.c (shared with the simulated board); this file
// says how the unix port keys and waits. A registration is an int fd or any object with
// fileno() (files, sys.stdin, sockets), keyed by the fd, or an object whose class defines
// ioctl(req, arg) (io.IOBase streams written in Python, asyncio.ThreadSafeFlag, an SSLSocket,
// RingIO), keyed by a negative number made from its address and asked with ioctl(3 =
// MP_STREAM_POLL, mask). A signal (Ctrl-C) interrupts the wait: pending events run, then the
// wait resumes for what is left.
#include <errno.h>
#include <poll.h>
#include <math.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "unix_io.h"
#include "pollobj.h"

// The registration key of obj, a small int: when its class defines ioctl() (a stream written in
// Python, e.g. an io.IOBase subclass; an SSLSocket; RingIO) a negative number made from its
// address (any object is accepted, hashable or not), else its fd >= 0 (an int, or fileno()).
mp_obj_t mp_poll_port_key(mp_obj_t obj, mp_int_t *kind) {
    *kind = 0;
    if (!mp_obj_is_int(obj) && !mp_obj_is_type(obj, &mp_type_textio) && !mp_obj_is_type(obj, &mp_type_fileio)) {
        // ioctl() first: a stream that buffers (an SSLSocket holding decrypted bytes) knows
        // more than its descriptor does
        mp_obj_t dest[2];
        mp_load_method_maybe(obj, MP_QSTR_ioctl, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return MP_OBJ_NEW_SMALL_INT(-1 - (mp_int_t)((uintptr_t)obj >> 3));
        }
    }
    int fd = mp_unix_get_fd(obj);
    if (fd < 0) {
        mp_raise_msg_varg(&mp_type_ValueError, "file descriptor cannot be a negative integer (%d)", fd);
    }
    return MP_OBJ_NEW_SMALL_INT(fd);
}

int mp_unix_poll(struct pollfd *pfd, size_t n, int timeout) {
    uint64_t start = mp_hal_ticks_ms();
    for (;;) {
        MP_THREAD_GIL_EXIT();
        int r = poll(pfd, n, timeout);
        MP_THREAD_GIL_ENTER();
        if (r >= 0) {
            return r;
        }
        if (errno != EINTR) {
            mp_raise_OSError(errno);
        }
        mp_handle_pending(true);
        if (timeout > 0) {
            uint64_t spent = mp_hal_ticks_ms() - start;
            timeout = spent >= (uint64_t)timeout ? 0 : timeout - (int)spent;
            start = mp_hal_ticks_ms();
        }
    }
}

// Polls the registrations: fds go to poll(2), ioctl streams are asked. While streams are
// registered and none is ready the wait is cut into 1 ms slices, running scheduled callbacks in
// between (they may make a stream ready, e.g. ThreadSafeFlag.set()).
size_t mp_poll_port_wait(const mp_poll_entry_t *entries, size_t n, mp_poll_ready_t *ready, int timeout) {
    size_t cap = n > 0 ? n : 1;
    struct pollfd *pfd = m_new(struct pollfd, cap);
    size_t n_fd = 0;
    for (size_t i = 0; i < n; i++) {
        n_fd += MP_OBJ_SMALL_INT_VALUE(entries[i].key) >= 0;
    }
    bool has_obj = n_fd < n;
    uint64_t start = mp_hal_ticks_ms();
    size_t k;
    for (;;) {
        k = 0;
        size_t j = 0;
        for (size_t i = 0; i < n; i++) {
            if (MP_OBJ_SMALL_INT_VALUE(entries[i].key) >= 0) {
                pfd[j].fd = MP_OBJ_SMALL_INT_VALUE(entries[i].key);
                pfd[j].events = (short)entries[i].mask;
                pfd[j].revents = 0;
                j++;
            } else if (entries[i].mask != 0) {
                mp_int_t ev = mp_poll_ioctl(entries[i].obj, entries[i].mask);
                if (ev) {
                    ready[k].key = entries[i].key;
                    ready[k].revents = ev;
                    k++;
                }
            }
        }
        int t = timeout;
        if (k > 0) {
            t = 0;
        } else if (has_obj && (t < 0 || t > 1)) {
            t = 1;
        }
        int r = mp_unix_poll(pfd, n_fd, t);
        for (j = 0; j < n_fd && r > 0; j++) {
            if (pfd[j].revents) {
                ready[k].key = MP_OBJ_NEW_SMALL_INT(pfd[j].fd);
                ready[k].revents = pfd[j].revents;
                k++;
                r--;
            }
        }
        if (k > 0 || timeout == 0 || !has_obj) {
            break;
        }
        if (timeout > 0 && mp_hal_ticks_ms() - start >= (uint64_t)timeout) {
            break;
        }
        mp_handle_pending(true);
    }
    m_del(struct pollfd, pfd, cap);
    return k;
}

// select.select(rlist, wlist, xlist[, timeout seconds]) -> three lists of the ready objects.
static mp_obj_t select_select(size_t n_args, const mp_obj_t *args) {
    static const short want[3] = {POLLIN, POLLOUT, POLLPRI};
    size_t total = 0;
    size_t lens[3];
    mp_obj_t *items[3];
    for (int k = 0; k < 3; k++) {
        mp_obj_t seq = mp_obj_is_type(args[k], &mp_type_list) || mp_obj_is_type(args[k], &mp_type_tuple) ? args[k] : mp_obj_list_from_iter(args[k]);
        mp_obj_get_array(seq, &lens[k], &items[k]);
        total += lens[k];
    }
    int timeout = -1;
    if (n_args > 3 && args[3] != mp_const_none) {
        double t = mp_obj_get_float(args[3]);
        if (isnan(t)) {
            mp_raise_ValueError("Invalid value NaN (not a number)");
        }
        if (t < 0) {
            mp_raise_ValueError("timeout must be non-negative");
        }
        timeout = t * 1000 > 0x7fffffff ? 0x7fffffff : (int)ceil(t * 1000);
    }
    struct pollfd *pfd = m_new(struct pollfd, total > 0 ? total : 1);
    size_t i = 0;
    for (int k = 0; k < 3; k++) {
        for (size_t j = 0; j < lens[k]; j++, i++) {
            pfd[i].fd = mp_unix_get_fd(items[k][j]);
            pfd[i].events = want[k];
            pfd[i].revents = 0;
        }
    }
    mp_unix_poll(pfd, total, timeout);
    mp_obj_t res[3];
    i = 0;
    for (int k = 0; k < 3; k++) {
        res[k] = mp_obj_new_list(0, NULL);
        for (size_t j = 0; j < lens[k]; j++, i++) {
            short ev = pfd[i].revents;
            bool ready = k == 2 ? (ev & POLLPRI) : (ev & (want[k] | POLLERR | POLLHUP | POLLNVAL));
            if (ready) {
                mp_obj_list_append(res[k], items[k][j]);
            }
        }
    }
    m_del(struct pollfd, pfd, total);
    return mp_obj_new_tuple(3, res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(select_select_obj, 3, 4, select_select);

static const mp_rom_map_elem_t mp_module_select_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_select) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&mp_select_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_select), MP_ROM_PTR(&select_select_obj) },
    { MP_ROM_QSTR(MP_QSTR_POLLIN), MP_ROM_INT(POLLIN) },
    { MP_ROM_QSTR(MP_QSTR_POLLPRI), MP_ROM_INT(POLLPRI) },
    { MP_ROM_QSTR(MP_QSTR_POLLOUT), MP_ROM_INT(POLLOUT) },
    { MP_ROM_QSTR(MP_QSTR_POLLERR), MP_ROM_INT(POLLERR) },
    { MP_ROM_QSTR(MP_QSTR_POLLHUP), MP_ROM_INT(POLLHUP) },
};
MP_DEFINE_CONST_MODULE(mp_module_select, mp_module_select_globals_table);
MP_REGISTER_MODULE(MP_QSTR_select, mp_module_select);
