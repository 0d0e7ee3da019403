// ports/sim/modselect.c: the `select` module of the simulated board, on virtual time.
//
// The poll object itself is ports/unix/pollobj.c (shared with the unix port); this file says
// how the board keys registrations and waits. Two kinds of objects are polled. Streams (kind
// 0), through their ioctl(req, arg) method (req 3 = MP_STREAM_POLL; arg and result POLLIN=1 |
// POLLOUT=4 | POLLERR=8 | POLLHUP=16, MicroPython's values, which are also Linux's):
// machine.UART and any Python stream deriving from io.IOBase (asyncio.ThreadSafeFlag is one).
// And host file descriptors (kind 1), through a fileno() method: the board's sockets
// (ports/unix/modsocket.c), checked with poll(2). The key is made from the object's address.
// A wait moves the virtual clock from event to event (sim_sleep_ns: timers fire, UART bytes
// arrive, pin IRQ callbacks run on the way) and re-asks the streams and the fds (poll(2) with
// timeout 0) after each, until one is ready or the timeout (ms, None or negative = forever)
// has passed in virtual time. Without fds the clock jumps, so `await asyncio.sleep(1)` takes
// one virtual second and no wall time, and a wait forever with no event left to come ends the
// run, as --until does. With fds registered, each step to the next event (or the deadline;
// forever if neither) is a real poll(2) for that long in wall time: the virtual clock follows
// the wall clock while the board waits for the network (a reply from a real server takes the
// time it takes, timeouts and --until keep their meaning), and moves on by the wall time spent
// when an fd gets ready.
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <time.h>

#include "py/runtime.h"
#include "machine.h"
#include "unix_io.h"
#include "pollobj.h"

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
mp_obj_t mp_poll_port_key(mp_obj_t obj, mp_int_t *kind) {
    *kind = poll_kind(obj);
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)obj >> 3));
}

// The host fd behind an fd object (its fileno(); -1 once closed).
static int poll_fileno(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method(obj, MP_QSTR_fileno, dest);
    return (int)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest));
}

// Fills pfd[] for the fd entries (kind 1, mask set, open fd); returns how many. slot[j] is
// the entry index of pfd[j].
static size_t poll_fill_fds(const mp_poll_entry_t *entries, size_t n, struct pollfd *pfd, size_t *slot) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (entries[i].kind && entries[i].mask != 0) {
            int fd = poll_fileno(entries[i].obj);
            if (fd >= 0) {
                pfd[m].fd = fd;
                pfd[m].events = entries[i].mask & (MP_POLL_IN | MP_POLL_PRI | MP_POLL_OUT);
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

// Waits up to timeout_ms of virtual time for a registered object to be ready.
size_t mp_poll_port_wait(const mp_poll_entry_t *entries, size_t n, mp_poll_ready_t *ready, int timeout_ms) {
    size_t cap = n > 0 ? n : 1;
    struct pollfd *pfd = m_new(struct pollfd, cap);
    size_t *slot = m_new(size_t, cap);
    size_t n_fd = 0;
    for (size_t i = 0; i < n; i++) {
        n_fd += entries[i].kind && entries[i].mask != 0;
    }
    sim_ns_t deadline = timeout_ms < 0 ? INT64_MAX : sim_now() + (sim_ns_t)timeout_ms * SIM_NS_PER_MS;
    size_t k;
    for (;;) {
        k = 0;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].mask != 0 && !entries[i].kind) {
                mp_int_t ev = mp_poll_ioctl(entries[i].obj, entries[i].mask);
                if (ev) {
                    ready[k].key = entries[i].key;
                    ready[k].revents = ev;
                    k++;
                }
            }
        }
        size_t m = n_fd ? poll_fill_fds(entries, n, pfd, slot) : 0;
        if (m > 0 && mp_unix_poll(pfd, m, 0) > 0) {
            for (size_t j = 0; j < m; j++) {
                mp_int_t ev = pfd[j].revents;
                if (ev & POLLNVAL) {
                    ev = MP_POLL_ERR;
                }
                ev &= entries[slot[j]].mask | MP_POLL_ERR | MP_POLL_HUP;
                if (ev) {
                    ready[k].key = entries[slot[j]].key;
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
    m_del(struct pollfd, pfd, cap);
    m_del(size_t, slot, cap);
    return k;
}

static const mp_rom_map_elem_t sim_module_select_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_select) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&mp_select_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_POLLIN), MP_ROM_INT(MP_POLL_IN) },
    { MP_ROM_QSTR(MP_QSTR_POLLPRI), MP_ROM_INT(MP_POLL_PRI) },
    { MP_ROM_QSTR(MP_QSTR_POLLOUT), MP_ROM_INT(MP_POLL_OUT) },
    { MP_ROM_QSTR(MP_QSTR_POLLERR), MP_ROM_INT(MP_POLL_ERR) },
    { MP_ROM_QSTR(MP_QSTR_POLLHUP), MP_ROM_INT(MP_POLL_HUP) },
};
MP_DEFINE_CONST_MODULE(sim_module_select, sim_module_select_globals_table);
MP_REGISTER_MODULE(MP_QSTR_select, sim_module_select);
