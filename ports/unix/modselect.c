// ports/unix/modselect.c: the `select` module: poll objects over poll(2), and select().
//
// A poll object maps key -> [obj, eventmask] (a dict of 2-lists) where obj is what the user
// registered: an int fd or any object with fileno() (files, sys.stdin, sockets), keyed by the
// fd, or an object whose class defines ioctl(req, arg) (io.IOBase streams written in Python,
// asyncio.ThreadSafeFlag), keyed by a negative number made from its address and asked with
// ioctl(3 = MP_STREAM_POLL, mask). As in
// MicroPython, poll() returns (obj, events) tuples naming the registered object, and ipoll()
// yields them one by one; with flags=1 (one-shot) an fd that fired gets its mask cleared until
// modify() re-arms it. Timeouts are in milliseconds, None or negative = wait forever. A signal
// (Ctrl-C) interrupts the wait: pending events run, then the wait resumes for what is left.
#include <errno.h>
#include <poll.h>
#include <math.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "unix_io.h"

// One ready entry of the last poll: the registration's key (small-int fd or the object).
typedef struct _poll_ready_t {
    mp_obj_t key;
    mp_int_t revents;
} poll_ready_t;

typedef struct _mp_obj_poll_t {
    mp_obj_base_t base;
    mp_obj_t fds;          // dict: poll_key(obj) -> list [obj, mask]
    // ipoll state: results of the last poll, walked by the iterator
    poll_ready_t *ready;
    size_t n_ready, i_ready;
    mp_int_t ipoll_flags;
} mp_obj_poll_t;

// The registration key of obj, a small int: when its class defines ioctl() (a stream written in
// Python, e.g. an io.IOBase subclass; an SSLSocket; RingIO) a negative number made from its
// address (any object is accepted, hashable or not), else its fd >= 0 (an int, or fileno()).
static mp_obj_t poll_key(mp_obj_t obj) {
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

static mp_obj_t poll_register(size_t n_args, const mp_obj_t *args) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t key = poll_key(args[1]);
    mp_int_t mask = n_args > 2 ? mp_obj_get_int(args[2]) : (POLLIN | POLLOUT);
    mp_obj_t entry[2] = {args[1], MP_OBJ_NEW_SMALL_INT(mask)};
    mp_obj_dict_store(self->fds, key, mp_obj_new_list(2, entry));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_register_obj, 2, 3, poll_register);

static mp_obj_t poll_unregister(mp_obj_t self_in, mp_obj_t obj) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_lookup(mp_obj_dict_get_map(self->fds), poll_key(obj), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(poll_unregister_obj, poll_unregister);

static mp_obj_t poll_modify(mp_obj_t self_in, mp_obj_t obj, mp_obj_t mask) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->fds), poll_key(obj), MP_MAP_LOOKUP);
    if (e == NULL) {
        mp_raise_OSError(ENOENT);
    }
    mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
    entry->items[1] = MP_OBJ_NEW_SMALL_INT(mp_obj_get_int(mask));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(poll_modify_obj, poll_modify);

// Timeout argument in ms; -1 = forever.
static int timeout_ms_arg(size_t n_args, const mp_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == mp_const_none) {
        return -1;
    }
    if (mp_obj_is_float(args[i])) {
        double t = ceil(mp_obj_get_float(args[i]));
        if (isnan(t)) {
            mp_raise_ValueError("Invalid value NaN (not a number)");
        }
        return t < 0 ? -1 : t > 0x7fffffff ? 0x7fffffff : (int)t;
    }
    mp_int_t t = mp_obj_get_int(args[i]);
    return t < 0 ? -1 : t > 0x7fffffff ? 0x7fffffff : (int)t;
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

// The events an ioctl-polled object reports for `mask` (POLLERR/POLLHUP always count).
static mp_int_t poll_ioctl(mp_obj_t obj, mp_int_t mask) {
    mp_obj_t dest[4];
    mp_load_method(obj, MP_QSTR_ioctl, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(3);  // MP_STREAM_POLL
    dest[3] = MP_OBJ_NEW_SMALL_INT(mask);
    mp_int_t r = mp_obj_get_int(mp_call_method_n_kw(2, 0, dest));
    return r < 0 ? POLLERR : r & (mask | POLLERR | POLLHUP);
}

// Polls the registrations; leaves the ready ones in self->ready[0..n_ready). fds go to
// poll(2); objects are asked through ioctl. While objects are registered and none is ready the
// wait is cut into 1 ms slices, running scheduled callbacks in between (they may make an
// object ready, e.g. ThreadSafeFlag.set()).
static void poll_run(mp_obj_poll_t *self, int timeout) {
    mp_map_t *map = mp_obj_dict_get_map(self->fds);
    size_t n = mp_map_len(map);
    // snapshot the registrations: ioctl() is Python code and may change the dict
    size_t cap = n > 0 ? n : 1;
    mp_obj_t *keys = m_new(mp_obj_t, 3 * cap);
    mp_obj_t *objs = keys + cap;
    mp_int_t *masks = (mp_int_t *)(keys + 2 * cap);
    struct pollfd *pfd = m_new(struct pollfd, cap);
    poll_ready_t *ready = m_new(poll_ready_t, cap);
    size_t i = 0, cur = 0, n_fd = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
        keys[i] = e->key;
        objs[i] = entry->items[0];
        masks[i] = MP_OBJ_SMALL_INT_VALUE(entry->items[1]);
        if (MP_OBJ_SMALL_INT_VALUE(e->key) >= 0) {
            n_fd++;
        }
        i++;
    }
    bool has_obj = n_fd < n;
    uint64_t start = mp_hal_ticks_ms();
    size_t k;
    for (;;) {
        k = 0;
        size_t j = 0;
        for (i = 0; i < n; i++) {
            if (MP_OBJ_SMALL_INT_VALUE(keys[i]) >= 0) {
                pfd[j].fd = MP_OBJ_SMALL_INT_VALUE(keys[i]);
                pfd[j].events = (short)masks[i];
                pfd[j].revents = 0;
                j++;
            } else if (masks[i] != 0) {
                mp_int_t ev = poll_ioctl(objs[i], masks[i]);
                if (ev) {
                    ready[k].key = keys[i];
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
    m_del(mp_obj_t, keys, 3 * cap);
    m_del(struct pollfd, pfd, cap);
    self->ready = ready;
    self->n_ready = k;
    self->i_ready = 0;
}

// The (obj, events) result for ready entry i; applies one-shot if asked.
static mp_obj_t poll_result(mp_obj_poll_t *self, size_t i, bool one_shot) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->fds), self->ready[i].key, MP_MAP_LOOKUP);
    mp_obj_t obj = self->ready[i].key;
    if (e != NULL) {
        mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
        obj = entry->items[0];
        if (one_shot) {
            entry->items[1] = MP_OBJ_NEW_SMALL_INT(0);
        }
    }
    mp_obj_t t[2] = {obj, MP_OBJ_NEW_SMALL_INT(self->ready[i].revents)};
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t poll_poll(size_t n_args, const mp_obj_t *args) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    poll_run(self, timeout_ms_arg(n_args, args, 1));
    bool one_shot = n_args > 2 && (mp_obj_get_int(args[2]) & 1);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < self->n_ready; i++) {
        mp_obj_list_append(list, poll_result(self, i, one_shot));
    }
    self->n_ready = 0;
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_poll_obj, 1, 3, poll_poll);

static mp_obj_t poll_ipoll(size_t n_args, const mp_obj_t *args) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    poll_run(self, timeout_ms_arg(n_args, args, 1));
    self->ipoll_flags = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_ipoll_obj, 1, 3, poll_ipoll);

static mp_obj_t poll_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t poll_iternext(mp_obj_t self_in) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->i_ready >= self->n_ready) {
        return MP_OBJ_STOP_ITERATION;
    }
    return poll_result(self, self->i_ready++, self->ipoll_flags & 1);
}

static const mp_rom_map_elem_t poll_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&poll_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_unregister), MP_ROM_PTR(&poll_unregister_obj) },
    { MP_ROM_QSTR(MP_QSTR_modify), MP_ROM_PTR(&poll_modify_obj) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&poll_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_ipoll), MP_ROM_PTR(&poll_ipoll_obj) },
};
static MP_DEFINE_CONST_DICT(poll_locals_dict, poll_locals_table);

static const mp_obj_type_t mp_type_poll = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_poll,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .locals_dict = (mp_obj_dict_t *)&poll_locals_dict,
};

static mp_obj_t select_poll(void) {
    mp_obj_poll_t *o = m_new_obj(mp_obj_poll_t);
    o->base.type = &mp_type_poll;
    o->fds = mp_obj_new_dict(0);
    o->ready = NULL;
    o->n_ready = o->i_ready = 0;
    o->ipoll_flags = 0;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_0(select_poll_obj, select_poll);

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
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&select_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_select), MP_ROM_PTR(&select_select_obj) },
    { MP_ROM_QSTR(MP_QSTR_POLLIN), MP_ROM_INT(POLLIN) },
    { MP_ROM_QSTR(MP_QSTR_POLLPRI), MP_ROM_INT(POLLPRI) },
    { MP_ROM_QSTR(MP_QSTR_POLLOUT), MP_ROM_INT(POLLOUT) },
    { MP_ROM_QSTR(MP_QSTR_POLLERR), MP_ROM_INT(POLLERR) },
    { MP_ROM_QSTR(MP_QSTR_POLLHUP), MP_ROM_INT(POLLHUP) },
};
MP_DEFINE_CONST_MODULE(mp_module_select, mp_module_select_globals_table);
MP_REGISTER_MODULE(MP_QSTR_select, mp_module_select);
