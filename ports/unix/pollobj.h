// ports/unix/pollobj.h: the poll object of the `select` module, shared by the unix port
// (ports/unix/modselect.c, poll(2) in wall time) and the simulated board (ports/sim/modselect.c,
// virtual time). See pollobj.c for the layout.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_POLLOBJ_H
#define MICROPY_INCLUDED_PORTS_UNIX_POLLOBJ_H

#include "py/runtime.h"

#define MP_POLL_STREAM_POLL 3   // ioctl request MP_STREAM_POLL
#define MP_POLL_IN 1            // MicroPython's event bits, also Linux's
#define MP_POLL_PRI 2
#define MP_POLL_OUT 4
#define MP_POLL_ERR 8
#define MP_POLL_HUP 16

// One registration as the port's wait sees it (a snapshot: ioctl() is Python code and may
// change the registrations while the port waits).
typedef struct _mp_poll_entry_t {
    mp_obj_t key;       // the registration's key (a small int)
    mp_obj_t obj;       // what the user registered
    mp_int_t mask;      // events asked for (0: disarmed by a one-shot poll)
    mp_int_t kind;      // the port's classification from mp_poll_port_key
} mp_poll_entry_t;

// One ready registration of the last wait.
typedef struct _mp_poll_ready_t {
    mp_obj_t key;
    mp_int_t revents;
} mp_poll_ready_t;

// Supplied by the port:
// The registration key of obj (a small int; objects registered twice under one key are one
// registration) and its kind; raises TypeError/ValueError for what the port cannot poll.
mp_obj_t mp_poll_port_key(mp_obj_t obj, mp_int_t *kind);
// Waits up to timeout_ms (-1: forever) for one of entries[0..n) to be ready; writes the ready
// ones to ready[0..k) (room for n) and returns k.
size_t mp_poll_port_wait(const mp_poll_entry_t *entries, size_t n, mp_poll_ready_t *ready, int timeout_ms);

// Supplied by pollobj.c:
// The events an ioctl-polled stream reports for mask (ERR and HUP always count; an ioctl that
// returns a negative number reports ERR).
mp_int_t mp_poll_ioctl(mp_obj_t obj, mp_int_t mask);
// select.poll(): a new poll object.
extern const mp_obj_fun_builtin_fixed_t mp_select_poll_obj;

#endif
