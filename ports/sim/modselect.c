// ports/sim/modselect.c: the `select` module of the simulated board, on virtual time.
//
// A poll object polls two kinds of objects. Streams, through their ioctl(req, arg) method
// (req 3 = MP_STREAM_POLL; arg and result POLLIN=1 | POLLOUT=4 | POLLERR=8 | POLLHUP=16,
// MicroPython's values, which are also Linux's): machine.UART and any Python stream deriving
// from io.IOBase (asyncio.ThreadSafeFlag is one). And host file descriptors, through a
// fileno() method: the board's sockets (ports/unix/modsocket.c), checked with poll(2). A poll
// object maps key -> [obj, eventmask, is_fd] (a dict of 3-lists; the key is made from the
// object's address). A wait moves the virtual clock from event to event (sim_sleep_ns: timers
// fire, UART bytes arrive, pin IRQ callbacks run on the way) and re-asks the streams and the
// fds (poll(2) with timeout 0) after each, until one is ready or the timeout (ms, None or
// negative = forever) has passed in virtual time. Without fds the clock jumps, so `await
// asyncio.sleep(1)` takes one virtual second and no wall time, and a wait forever with no event
// left to come ends the run, as --until does. With fds registered, each step to the next event
// (or the deadline; forever if neither) is a real poll(2) for that long in wall time: the
// virtual clock follows the wall clock while the board waits for the network (a reply from a
// real server takes the time it takes, timeouts and --until keep their meaning), and moves on
// by the wall time spent when an fd gets ready. poll() returns (obj, events) tuples, ipoll()
// yields them; flags=1 (one-shot) clears a fired entry's mask until modify()
// re-arms it, as in MicroPython.
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <time.h>

#include "py/runtime.h"
#include "machine.h"
#include "unix_io.h"

#define SIM_POLLIN 1
#define SIM_POLLPRI 2
#define SIM_POLLOUT 4
#define SIM_POLLERR 8
#define SIM_POLLHUP 16
#define SIM_STREAM_POLL 3

typedef struct _sim_poll_ready_t {
    mp_obj_t obj;
    mp_int_t revents;
} sim_poll_ready_t;

typedef struct _sim_poll_obj_t {
    mp_obj_base_t base;
    mp_obj_t regs;              // dict: poll_key(obj) -> list [obj, mask]
    sim_poll_ready_t *ready;    // results of the last wait, walked by ipoll's iterator
    size_t n_ready, i_ready;
    mp_int_t ipoll_flags;
} sim_poll_obj_t;

// How an object is polled: true for an fd object (fileno()), false for an ioctl stream; raises
// TypeError for anything else.
static bool poll_kind(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        mp_int_t fd = mp_obj_get_int(obj);
        if (fd < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
        }
        mp_raise_TypeError("the board has no file descriptors: poll a stream with an ioctl() method or a socket");
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR_ioctl, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return false;
    }
    mp_load_method_maybe(obj, MP_QSTR_fileno, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return true;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not a pollable stream (no ioctl method)", mp_obj_get_type_str(obj));
}

// The registration key of a pollable obj: a small int made from its address (so objects that
// are not hashable, such as UART, can be registered).
static mp_obj_t poll_key(mp_obj_t obj) {
    poll_kind(obj);
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)obj >> 3));
}

static mp_obj_t poll_register(size_t n_args, const mp_obj_t *args) {
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    bool is_fd = poll_kind(args[1]);
    mp_obj_t key = poll_key(args[1]);
    mp_int_t mask = n_args > 2 ? mp_obj_get_int(args[2]) : (SIM_POLLIN | SIM_POLLOUT);
    mp_obj_t entry[3] = {args[1], MP_OBJ_NEW_SMALL_INT(mask), mp_obj_new_bool(is_fd)};
    mp_obj_dict_store(self->regs, key, mp_obj_new_list(3, entry));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_register_obj, 2, 3, poll_register);

static mp_obj_t poll_unregister(mp_obj_t self_in, mp_obj_t obj) {
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_lookup(mp_obj_dict_get_map(self->regs), poll_key(obj), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(poll_unregister_obj, poll_unregister);

static mp_obj_t poll_modify(mp_obj_t self_in, mp_obj_t obj, mp_obj_t mask) {
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->regs), poll_key(obj), MP_MAP_LOOKUP);
    if (e == NULL) {
        mp_raise_OSError(ENOENT);
    }
    mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
    entry->items[1] = MP_OBJ_NEW_SMALL_INT(mp_obj_get_int(mask));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(poll_modify_obj, poll_modify);

// Timeout argument in ms; -1 = forever.
static mp_int_t timeout_ms_arg(size_t n_args, const mp_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == mp_const_none) {
        return -1;
    }
    if (mp_obj_is_float(args[i])) {
        double t = ceil(mp_obj_get_float(args[i]));
        if (isnan(t)) {
            mp_raise_ValueError("Invalid value NaN (not a number)");
        }
        return t < 0 ? -1 : t > 1e12 ? (mp_int_t)1e12 : (mp_int_t)t;
    }
    mp_int_t t = mp_obj_get_int(args[i]);
    return t < 0 ? -1 : t;
}

static mp_int_t poll_ioctl(mp_obj_t obj, mp_int_t mask) {
    mp_obj_t dest[4];
    mp_load_method(obj, MP_QSTR_ioctl, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(SIM_STREAM_POLL);
    dest[3] = MP_OBJ_NEW_SMALL_INT(mask);
    mp_int_t r = mp_obj_get_int(mp_call_method_n_kw(2, 0, dest));
    return r < 0 ? SIM_POLLERR : r & (mask | SIM_POLLERR | SIM_POLLHUP);
}

// The host fd behind an fd object (its fileno(); -1 once closed).
static int poll_fileno(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method(obj, MP_QSTR_fileno, dest);
    return (int)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
}

// Fills pfd[] for the fd entries (is_fd[i], mask set, open fd); returns how many. slot[j] is
// the entry index of pfd[j].
static size_t poll_fill_fds(size_t n, mp_obj_t *objs, mp_int_t *masks, bool *is_fd, struct pollfd *pfd, size_t *slot) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_fd[i] && masks[i] != 0) {
            int fd = poll_fileno(objs[i]);
            if (fd >= 0) {
                pfd[m].fd = fd;
                pfd[m].events = masks[i] & (SIM_POLLIN | SIM_POLLPRI | SIM_POLLOUT);
                pfd[m].revents = 0;
                slot[m++] = i;
            }
        }
    }
    return m;
}

static int64_t poll_wall_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// poll(2) for the socket module's blocking calls (ports/unix/unix_io.h): wall time, restarted
// after EINTR (running pending events) with the time already spent taken off.
int mp_unix_poll(struct pollfd *pfd, size_t n, int timeout_ms) {
    int64_t end = poll_wall_ns() + (int64_t)timeout_ms * 1000000;
    for (;;) {
        int r = poll(pfd, n, timeout_ms);
        if (r >= 0) {
            return r;
        }
        if (errno != EINTR) {
            mp_raise_OSError(errno);
        }
        mp_handle_pending(true);
        if (timeout_ms > 0) {
            int64_t left = end - poll_wall_ns();
            timeout_ms = left <= 0 ? 0 : (int)((left + 999999) / 1000000);
        }
    }
}

// Waits up to timeout_ms of virtual time for a registered object to be ready; leaves the ready
// ones in self->ready[0..n_ready).
static void poll_run(sim_poll_obj_t *self, mp_int_t timeout_ms) {
    mp_map_t *map = mp_obj_dict_get_map(self->regs);
    size_t n = mp_map_len(map);
    size_t cap = n > 0 ? n : 1;
    // snapshot: ioctl() may be Python code that changes the dict
    mp_obj_t *objs = m_new(mp_obj_t, 2 * cap);
    mp_int_t *masks = (mp_int_t *)(objs + cap);
    bool *is_fd = m_new(bool, cap);
    struct pollfd *pfd = m_new(struct pollfd, cap);
    size_t *slot = m_new(size_t, cap);
    sim_poll_ready_t *ready = m_new(sim_poll_ready_t, cap);
    size_t i = 0, cur = 0, n_fd = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
        objs[i] = entry->items[0];
        masks[i] = MP_OBJ_SMALL_INT_VALUE(entry->items[1]);
        is_fd[i] = entry->items[2] == mp_const_true;
        n_fd += is_fd[i] && masks[i] != 0;
        i++;
    }
    sim_ns_t deadline = timeout_ms < 0 ? INT64_MAX : sim_now() + (sim_ns_t)timeout_ms * SIM_NS_PER_MS;
    size_t k;
    for (;;) {
        k = 0;
        for (i = 0; i < n; i++) {
            if (masks[i] != 0 && !is_fd[i]) {
                mp_int_t ev = poll_ioctl(objs[i], masks[i]);
                if (ev) {
                    ready[k].obj = objs[i];
                    ready[k].revents = ev;
                    k++;
                }
            }
        }
        size_t m = n_fd ? poll_fill_fds(n, objs, masks, is_fd, pfd, slot) : 0;
        if (m > 0 && mp_unix_poll(pfd, m, 0) > 0) {
            for (size_t j = 0; j < m; j++) {
                mp_int_t ev = pfd[j].revents;
                if (ev & POLLNVAL) {
                    ev = SIM_POLLERR;
                }
                ev &= masks[slot[j]] | SIM_POLLERR | SIM_POLLHUP;
                if (ev) {
                    ready[k].obj = objs[slot[j]];
                    ready[k].revents = ev;
                    k++;
                }
            }
        }
        sim_ns_t now = sim_now();
        if (k > 0 || now >= deadline) {
            break;
        }
        // to the next event (or the deadline); callbacks scheduled on the way run in the sleep
        sim_ns_t next = sim_event_next_time();
        sim_ns_t target = next < deadline ? next : deadline;
        if (m > 0) {
            // sockets are waited for in wall time: the virtual clock follows the wall clock up
            // to the next virtual event (or the deadline), and moves on by the wall time spent
            // when an fd gets ready first
            int wait_ms = -1;
            if (target != INT64_MAX) {
                sim_ns_t left = (target - now + SIM_NS_PER_MS - 1) / SIM_NS_PER_MS;
                wait_ms = left > 0x7fffffff ? 0x7fffffff : (int)left;
            }
            int64_t t0 = poll_wall_ns();
            int r = mp_unix_poll(pfd, m, wait_ms);
            sim_ns_t spent = poll_wall_ns() - t0;
            if (r == 0 || spent > target - now) {
                spent = target - now;
            }
            sim_sleep_ns(spent);
            continue;
        }
        if (target == INT64_MAX) {
            // a wait forever with no event pending: nothing can ever end it (no IRQ, no byte
            // can arrive), so the board idles to the end of time, as lightsleep() does, and
            // the run stops there as at --until
            sim_sleep_ns(INT64_MAX / 4);
            if (sim_event_next_time() == INT64_MAX) {
                sim_stop_requested = true;
                nlr_raise(mp_obj_new_exception(&mp_type_SimStop));
            }
            continue;
        }
        sim_sleep_ns(target - now);
    }
    m_del(mp_obj_t, objs, 2 * cap);
    m_del(bool, is_fd, cap);
    m_del(struct pollfd, pfd, cap);
    m_del(size_t, slot, cap);
    self->ready = ready;
    self->n_ready = k;
    self->i_ready = 0;
}

static mp_obj_t poll_result(sim_poll_obj_t *self, size_t i, bool one_shot) {
    mp_obj_t obj = self->ready[i].obj;
    if (one_shot) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->regs), poll_key(obj), MP_MAP_LOOKUP);
        if (e != NULL) {
            mp_obj_list_t *entry = MP_OBJ_TO_PTR(e->value);
            entry->items[1] = MP_OBJ_NEW_SMALL_INT(0);
        }
    }
    mp_obj_t t[2] = {obj, MP_OBJ_NEW_SMALL_INT(self->ready[i].revents)};
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t poll_poll(size_t n_args, const mp_obj_t *args) {
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
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
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    poll_run(self, timeout_ms_arg(n_args, args, 1));
    self->ipoll_flags = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(poll_ipoll_obj, 1, 3, poll_ipoll);

static mp_obj_t poll_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t poll_iternext(mp_obj_t self_in) {
    sim_poll_obj_t *self = MP_OBJ_TO_PTR(self_in);
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

static const mp_obj_type_t sim_type_poll = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_poll,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .locals_dict = (mp_obj_dict_t *)&poll_locals_dict,
};

static mp_obj_t select_poll(void) {
    sim_poll_obj_t *o = m_new_obj(sim_poll_obj_t);
    o->base.type = &sim_type_poll;
    o->regs = mp_obj_new_dict(0);
    o->ready = NULL;
    o->n_ready = o->i_ready = 0;
    o->ipoll_flags = 0;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_0(select_poll_obj, select_poll);

static const mp_rom_map_elem_t sim_module_select_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_select) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&select_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_POLLIN), MP_ROM_INT(SIM_POLLIN) },
    { MP_ROM_QSTR(MP_QSTR_POLLPRI), MP_ROM_INT(SIM_POLLPRI) },
    { MP_ROM_QSTR(MP_QSTR_POLLOUT), MP_ROM_INT(SIM_POLLOUT) },
    { MP_ROM_QSTR(MP_QSTR_POLLERR), MP_ROM_INT(SIM_POLLERR) },
    { MP_ROM_QSTR(MP_QSTR_POLLHUP), MP_ROM_INT(SIM_POLLHUP) },
};
MP_DEFINE_CONST_MODULE(sim_module_select, sim_module_select_globals_table);
MP_REGISTER_MODULE(MP_QSTR_select, sim_module_select);
