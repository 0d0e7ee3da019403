// ports/unix/modsocket.c: the `socket` module over BSD sockets.
//
// Addresses are CPython's tuples: (host, port) for AF_INET, (host, port, flowinfo, scope_id) for
// AF_INET6 (a 2-tuple is accepted), a path str for AF_UNIX; raw sockaddr bytes (MicroPython's
// older unix port) are accepted too. A socket's timeout is kept in ms: -1 blocking, 0
// non-blocking (O_NONBLOCK: operations that would block raise OSError EAGAIN), > 0 a limit after
// which an operation raises OSError ETIMEDOUT, as MicroPython does.
//
// Blocking operations first wait in poll(2): poll is never restarted after a signal, so Ctrl-C
// interrupts a blocked accept/recv with KeyboardInterrupt (the port installs its SIGINT handler
// with SA_RESTART, which would otherwise resume the call). A socket has a finaliser that closes
// its fd when it becomes garbage.
//
// The simulated board (MICROPY_PORT_SIM) compiles this file too: there the network is the
// host's, reached only once network.WLAN(STA_IF) is connected (socket() and getaddrinfo()
// raise OSError(ENETUNREACH) before, sim_network_check() in ports/sim/modnetwork.c), only
// AF_INET/AF_INET6 exist (an AF_UNIX path would reach past the board's filesystem), and
// blocking calls wait in wall time while the virtual clock stands still (docs/sim.md).
#define _GNU_SOURCE  // accept4
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <poll.h>
#include <math.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "unix_io.h"

typedef struct _mp_obj_socket_t {
    mp_obj_base_t base;
    int fd;
    int family;
    int type;
    int proto;
    mp_int_t timeout_ms;   // -1 blocking, 0 non-blocking, > 0 limit
} mp_obj_socket_t;

extern const mp_obj_type_t mp_type_socket;

#if MICROPY_PORT_SIM
void sim_network_check(void);   // raises OSError(ENETUNREACH) unless WLAN STA is connected
#define SOCK_NETWORK_CHECK() sim_network_check()
// The board's open socket fds (a bitmap over fds below SOCK_SIM_MAX_FD): a reboot starts a new
// heap without running finalisers, so sim_socket_close_all() (called at every boot by
// sim_network_reset()) closes what the previous boot left open, as a reset drops a board's
// connections.
#define SOCK_SIM_MAX_FD 4096
static uint8_t sock_sim_open[SOCK_SIM_MAX_FD / 8];
static void sock_track(int fd, bool open) {
    if (fd >= 0 && fd < SOCK_SIM_MAX_FD) {
        if (open) {
            sock_sim_open[fd / 8] |= 1 << (fd % 8);
        } else {
            sock_sim_open[fd / 8] &= ~(1 << (fd % 8));
        }
    }
}
void sim_socket_close_all(void) {
    for (int fd = 0; fd < SOCK_SIM_MAX_FD; fd++) {
        if (sock_sim_open[fd / 8] & (1 << (fd % 8))) {
            close(fd);
        }
    }
    memset(sock_sim_open, 0, sizeof(sock_sim_open));
}
#else
#define SOCK_NETWORK_CHECK() ((void)0)
#define sock_track(fd, open) ((void)0)
#endif

static mp_obj_socket_t *sock_open(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd < 0) {
        mp_raise_OSError(EBADF);
    }
    return self;
}

NORETURN static void raise_gai_error(int err) {
    const char *msg = gai_strerror(err);
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(err), mp_obj_new_str(msg, strlen(msg))};
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 2, args));
}

// Waits until the socket is ready for `events`, honouring its timeout. Non-blocking sockets
// return at once (the operation itself then reports EAGAIN).
static void sock_wait(mp_obj_socket_t *self, short events) {
    if (self->timeout_ms == 0) {
        return;
    }
    struct pollfd pfd = {self->fd, events, 0};
    int timeout = self->timeout_ms < 0 ? -1 : (int)self->timeout_ms;
    if (mp_unix_poll(&pfd, 1, timeout) == 0) {
        mp_raise_OSError(ETIMEDOUT);
    }
}

// ---- addresses ----

static void addr_from_obj(mp_obj_socket_t *self, mp_obj_t addr, struct sockaddr_storage *ss, socklen_t *len) {
    memset(ss, 0, sizeof(*ss));
    mp_buffer_info_t bi;
    if (mp_obj_is_type(addr, &mp_type_bytes) && mp_get_buffer(addr, &bi, MP_BUFFER_READ)) {
        if (bi.len > sizeof(*ss)) {
            mp_raise_ValueError("address too long");
        }
        memcpy(ss, bi.buf, bi.len);
        *len = bi.len;
        return;
    }
    if (self->family == AF_UNIX) {
        struct sockaddr_un *su = (struct sockaddr_un *)ss;
        size_t plen;
        const char *p = mp_obj_str_get_data(addr, &plen);
        if (plen >= sizeof(su->sun_path)) {
            mp_raise_OSError(ENAMETOOLONG);
        }
        su->sun_family = AF_UNIX;
        memcpy(su->sun_path, p, plen);
        *len = offsetof(struct sockaddr_un, sun_path) + plen + 1;
        return;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(addr, &n, &items);
    if (n < 2) {
        mp_raise_TypeError("address must be a (host, port) tuple");
    }
    const char *host = mp_obj_str_get_str(items[0]);
    mp_int_t port = mp_obj_get_int(items[1]);
    if (port < 0 || port > 65535) {
        mp_raise_msg(&mp_type_OverflowError, "port must be 0-65535.");
    }
    if (host[0] == 0) {
        host = NULL;   // "": any address
    } else if (strcmp(host, "<broadcast>") == 0) {
        host = "255.255.255.255";
    }
    struct addrinfo hints = {0}, *res;
    hints.ai_family = self->family;
    hints.ai_socktype = self->type;
    hints.ai_flags = AI_PASSIVE;
    char portbuf[8];
    snprintf(portbuf, sizeof(portbuf), "%d", (int)port);
    MP_THREAD_GIL_EXIT();   // name lookups may block on the network
    int err = getaddrinfo(host, portbuf, &hints, &res);
    MP_THREAD_GIL_ENTER();
    if (err != 0) {
        raise_gai_error(err);
    }
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    if (self->family == AF_INET6 && n >= 4) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_flowinfo = htonl((uint32_t)mp_obj_get_int(items[2]));
        s6->sin6_scope_id = (uint32_t)mp_obj_get_int(items[3]);
    }
}

static mp_obj_t addr_to_obj(const struct sockaddr *sa, socklen_t len) {
    char host[INET6_ADDRSTRLEN];
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &s4->sin_addr, host, sizeof(host));
        mp_obj_t t[2] = {mp_obj_new_str(host, strlen(host)), MP_OBJ_NEW_SMALL_INT(ntohs(s4->sin_port))};
        return mp_obj_new_tuple(2, t);
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &s6->sin6_addr, host, sizeof(host));
        mp_obj_t t[4] = {mp_obj_new_str(host, strlen(host)), MP_OBJ_NEW_SMALL_INT(ntohs(s6->sin6_port)),
                         mp_obj_new_int_from_uint(ntohl(s6->sin6_flowinfo)), mp_obj_new_int_from_uint(s6->sin6_scope_id)};
        return mp_obj_new_tuple(4, t);
    }
    if (sa->sa_family == AF_UNIX) {
        const struct sockaddr_un *su = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? strnlen(su->sun_path, len - offsetof(struct sockaddr_un, sun_path)) : 0;
        return mp_obj_new_str(su->sun_path, n);
    }
    return mp_obj_new_bytes((const byte *)sa, len);
}

// ---- socket objects ----

static mp_obj_socket_t *socket_new(int fd, int family, int type, int proto) {
    mp_obj_socket_t *o = m_new_obj_with_finaliser(mp_obj_socket_t);
    o->base.type = &mp_type_socket;
    o->fd = fd;
    o->family = family;
    o->type = type;
    o->proto = proto;
    o->timeout_ms = -1;
    return o;
}

static mp_obj_t socket_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 3, false);
    int family = n_args > 0 ? (int)mp_obj_get_int(args[0]) : AF_INET;
    int stype = n_args > 1 ? (int)mp_obj_get_int(args[1]) : SOCK_STREAM;
    int proto = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    #if MICROPY_PORT_SIM
    if (family != AF_INET && family != AF_INET6) {
        mp_raise_OSError(EAFNOSUPPORT);
    }
    #endif
    SOCK_NETWORK_CHECK();
    // allocate before creating the fd: a MemoryError must not leak it
    mp_obj_socket_t *o = socket_new(-1, family, stype, proto);
    int fd = socket(family, stype | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        mp_raise_OSError(errno);
    }
    o->fd = fd;
    sock_track(fd, true);
    return MP_OBJ_FROM_PTR(o);
}

static void socket_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<socket fd=%d, family=%d, type=%d, proto=%d>", self->fd, self->family, self->type, self->proto);
}

static void check(int r) {
    if (r < 0) {
        mp_raise_OSError(errno);
    }
}

static mp_obj_t socket_bind(mp_obj_t self_in, mp_obj_t addr) {
    mp_obj_socket_t *self = sock_open(self_in);
    struct sockaddr_storage ss;
    socklen_t len;
    addr_from_obj(self, addr, &ss, &len);
    check(bind(self->fd, (struct sockaddr *)&ss, len));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_bind_obj, socket_bind);

static mp_obj_t socket_listen(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_int_t backlog = n_args > 1 ? mp_obj_get_int(args[1]) : SOMAXCONN;
    check(listen(self->fd, backlog < 0 ? 0 : (int)backlog));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_listen_obj, 1, 2, socket_listen);

static mp_obj_t socket_accept(mp_obj_t self_in) {
    mp_obj_socket_t *self = sock_open(self_in);
    mp_obj_socket_t *o = socket_new(-1, self->family, self->type, self->proto);
    struct sockaddr_storage ss;
    socklen_t len;
    int fd;
    for (;;) {
        sock_wait(self, POLLIN);
        len = sizeof(ss);
        fd = accept4(self->fd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC);
        if (fd >= 0) {
            break;
        }
        if (errno == EINTR) {
            mp_handle_pending(true);
            continue;
        }
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && self->timeout_ms != 0) {
            continue;   // another process took it: wait again
        }
        mp_raise_OSError(errno);
    }
    o->fd = fd;
    sock_track(fd, true);
    mp_obj_t t[2] = {MP_OBJ_FROM_PTR(o), addr_to_obj((struct sockaddr *)&ss, len)};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_accept_obj, socket_accept);

static mp_obj_t socket_connect(mp_obj_t self_in, mp_obj_t addr) {
    mp_obj_socket_t *self = sock_open(self_in);
    struct sockaddr_storage ss;
    socklen_t len;
    addr_from_obj(self, addr, &ss, &len);
    if (self->timeout_ms > 0) {
        // connect without blocking, then wait for the outcome within the timeout
        int fl = fcntl(self->fd, F_GETFL);
        fcntl(self->fd, F_SETFL, fl | O_NONBLOCK);
        int r = connect(self->fd, (struct sockaddr *)&ss, len);
        int e = errno;
        fcntl(self->fd, F_SETFL, fl);
        if (r < 0 && e != EINPROGRESS) {
            mp_raise_OSError(e);
        }
        if (r < 0) {
            sock_wait(self, POLLOUT);
            int err = 0;
            socklen_t elen = sizeof(err);
            getsockopt(self->fd, SOL_SOCKET, SO_ERROR, &err, &elen);
            if (err != 0) {
                mp_raise_OSError(err);
            }
        }
        return mp_const_none;
    }
    int r;
    MP_UNIX_RETRY_EINTR(r, connect(self->fd, (struct sockaddr *)&ss, len));
    check(r);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_connect_obj, socket_connect);

// One send of up to len bytes; returns the count sent.
static size_t sock_send_some(mp_obj_socket_t *self, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t tolen) {
    for (;;) {
        sock_wait(self, POLLOUT);
        ssize_t r = to ? sendto(self->fd, buf, len, flags, to, tolen) : send(self->fd, buf, len, flags);
        if (r >= 0) {
            return r;
        }
        if (errno == EINTR) {
            mp_handle_pending(true);
            continue;
        }
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && self->timeout_ms != 0) {
            continue;
        }
        mp_raise_OSError(errno);
    }
}

static mp_obj_t socket_send(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_READ);
    int flags = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    return MP_OBJ_NEW_SMALL_INT(sock_send_some(self, bi.buf, bi.len, flags, NULL, 0));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_send_obj, 2, 3, socket_send);

static mp_obj_t socket_sendall(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_READ);
    int flags = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    size_t done = 0;
    while (done < bi.len) {
        done += sock_send_some(self, (const byte *)bi.buf + done, bi.len - done, flags, NULL, 0);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_sendall_obj, 2, 3, socket_sendall);

static mp_obj_t socket_sendto(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_READ);
    int flags = n_args > 3 ? (int)mp_obj_get_int(args[2]) : 0;
    struct sockaddr_storage ss;
    socklen_t len;
    addr_from_obj(self, args[n_args - 1], &ss, &len);
    return MP_OBJ_NEW_SMALL_INT(sock_send_some(self, bi.buf, bi.len, flags, (struct sockaddr *)&ss, len));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_sendto_obj, 3, 4, socket_sendto);

// One receive into buf; returns the count (0 at end of stream). from/fromlen may be NULL.
static size_t sock_recv_some(mp_obj_socket_t *self, void *buf, size_t len, int flags, struct sockaddr_storage *from, socklen_t *fromlen) {
    for (;;) {
        sock_wait(self, POLLIN);
        if (fromlen) {
            *fromlen = sizeof(*from);
        }
        ssize_t r = recvfrom(self->fd, buf, len, flags, (struct sockaddr *)from, fromlen);
        if (r >= 0) {
            return r;
        }
        if (errno == EINTR) {
            mp_handle_pending(true);
            continue;
        }
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && self->timeout_ms != 0) {
            continue;
        }
        mp_raise_OSError(errno);
    }
}

static mp_obj_t socket_recv(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_int_t n = mp_obj_get_int(args[1]);
    if (n < 0) {
        mp_raise_ValueError("negative buffersize in recv");
    }
    int flags = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    vstr_t v;
    vstr_init_len(&v, n);
    v.len = sock_recv_some(self, v.buf, n, flags, NULL, NULL);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_recv_obj, 2, 3, socket_recv);

static mp_obj_t socket_recvfrom(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_int_t n = mp_obj_get_int(args[1]);
    if (n < 0) {
        mp_raise_ValueError("negative buffersize in recvfrom");
    }
    int flags = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    vstr_t v;
    vstr_init_len(&v, n);
    struct sockaddr_storage ss;
    socklen_t len;
    v.len = sock_recv_some(self, v.buf, n, flags, &ss, &len);
    mp_obj_t t[2] = {mp_obj_new_bytes_from_vstr(&v), len > 0 ? addr_to_obj((struct sockaddr *)&ss, len) : mp_const_none};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_recvfrom_obj, 2, 3, socket_recvfrom);

// Stream methods (MicroPython sockets are streams): read/readinto/readline/write.
static mp_obj_t socket_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_int_t n = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    vstr_t v;
    if (n >= 0) {
        vstr_init_len(&v, n);
        size_t done = 0;
        while (done < (size_t)n) {
            size_t r = sock_recv_some(self, v.buf + done, n - done, 0, NULL, NULL);
            if (r == 0) {
                break;
            }
            done += r;
        }
        v.len = done;
    } else {
        vstr_init(&v, 1024);
        for (;;) {
            char *p = vstr_extend(&v, 1024);
            size_t r = sock_recv_some(self, p, 1024, 0, NULL, NULL);
            v.len -= 1024 - r;
            if (r == 0) {
                break;
            }
        }
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_read_obj, 1, 2, socket_read);

static mp_obj_t socket_readinto(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    size_t n = bi.len;
    if (n_args > 2) {
        mp_int_t k = mp_obj_get_int(args[2]);
        if (k >= 0 && (size_t)k < n) {
            n = k;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(sock_recv_some(self, bi.buf, n, 0, NULL, NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_readinto_obj, 2, 3, socket_readinto);

static mp_obj_t socket_readline(mp_obj_t self_in) {
    mp_obj_socket_t *self = sock_open(self_in);
    vstr_t v;
    vstr_init(&v, 64);
    for (;;) {
        char c;
        if (sock_recv_some(self, &c, 1, 0, NULL, NULL) == 0) {
            break;
        }
        vstr_add_byte(&v, c);
        if (c == '\n') {
            break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_readline_obj, socket_readline);

static mp_obj_t socket_write(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_t args[2] = {self_in, data};
    mp_obj_socket_t *self = sock_open(self_in);
    if (self->timeout_ms == 0) {
        return socket_send(2, args);
    }
    socket_sendall(2, args);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    return MP_OBJ_NEW_SMALL_INT(bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_write_obj, socket_write);

static mp_obj_t socket_close(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd >= 0) {
        sock_track(self->fd, false);
        close(self->fd);
        self->fd = -1;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_close_obj, socket_close);

static mp_obj_t socket_setsockopt(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    int level = (int)mp_obj_get_int(args[1]);
    int opt = (int)mp_obj_get_int(args[2]);
    const void *val;
    socklen_t len;
    int ival;
    mp_buffer_info_t bi;
    if (mp_obj_is_int(args[3])) {
        ival = (int)mp_obj_get_int(args[3]);
        val = &ival;
        len = sizeof(ival);
    } else {
        mp_get_buffer_raise(args[3], &bi, MP_BUFFER_READ);
        val = bi.buf;
        len = bi.len;
    }
    check(setsockopt(self->fd, level, opt, val, len));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_setsockopt_obj, 4, 4, socket_setsockopt);

static mp_obj_t socket_getsockopt(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = sock_open(args[0]);
    int val = 0;
    socklen_t len = sizeof(val);
    check(getsockopt(self->fd, (int)mp_obj_get_int(args[1]), (int)mp_obj_get_int(args[2]), &val, &len));
    return MP_OBJ_NEW_SMALL_INT(val);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_getsockopt_obj, 3, 3, socket_getsockopt);

static void set_timeout_ms(mp_obj_socket_t *self, mp_int_t ms) {
    int fl = fcntl(self->fd, F_GETFL);
    check(fcntl(self->fd, F_SETFL, ms == 0 ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK)));
    self->timeout_ms = ms;
}

static mp_obj_t socket_setblocking(mp_obj_t self_in, mp_obj_t flag) {
    set_timeout_ms(sock_open(self_in), mp_obj_is_true(flag) ? -1 : 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_setblocking_obj, socket_setblocking);

static mp_obj_t socket_settimeout(mp_obj_t self_in, mp_obj_t t) {
    mp_obj_socket_t *self = sock_open(self_in);
    if (t == mp_const_none) {
        set_timeout_ms(self, -1);
        return mp_const_none;
    }
    double secs = mp_obj_get_float(t);
    if (isnan(secs)) {
        mp_raise_ValueError("Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        mp_raise_ValueError("Timeout value out of range");
    }
    double ms = ceil(secs * 1000);
    set_timeout_ms(self, ms > 0x7fffffff ? 0x7fffffff : (mp_int_t)ms);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_settimeout_obj, socket_settimeout);

static mp_obj_t socket_gettimeout(mp_obj_t self_in) {
    mp_obj_socket_t *self = sock_open(self_in);
    if (self->timeout_ms < 0) {
        return mp_const_none;
    }
    return mp_obj_new_float(self->timeout_ms / 1000.0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_gettimeout_obj, socket_gettimeout);

static mp_obj_t socket_fileno(mp_obj_t self_in) {
    // -1 once closed, as CPython
    return MP_OBJ_NEW_SMALL_INT(((mp_obj_socket_t *)MP_OBJ_TO_PTR(self_in))->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_fileno_obj, socket_fileno);

static mp_obj_t socket_getsockname(mp_obj_t self_in) {
    mp_obj_socket_t *self = sock_open(self_in);
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    check(getsockname(self->fd, (struct sockaddr *)&ss, &len));
    return addr_to_obj((struct sockaddr *)&ss, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getsockname_obj, socket_getsockname);

static mp_obj_t socket_getpeername(mp_obj_t self_in) {
    mp_obj_socket_t *self = sock_open(self_in);
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    check(getpeername(self->fd, (struct sockaddr *)&ss, &len));
    return addr_to_obj((struct sockaddr *)&ss, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getpeername_obj, socket_getpeername);

static mp_obj_t socket_shutdown(mp_obj_t self_in, mp_obj_t how) {
    check(shutdown(sock_open(self_in)->fd, (int)mp_obj_get_int(how)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_shutdown_obj, socket_shutdown);

// makefile(mode='r'): a file object over a duplicate of the fd, as CPython (closing the file
// leaves the socket open and vice versa).
static mp_obj_t socket_makefile(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_socket_t *self = sock_open(args[0]);
    mp_obj_t mode = n_args > 1 ? args[1] : MP_OBJ_NEW_QSTR(MP_QSTR_r);
    mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_mode), MP_MAP_LOOKUP);
    if (e != NULL) {
        mode = e->value;
    }
    // "rw"/"rwb" mean read+write on a socket; the file layer wants "r+"
    const char *m = mp_obj_str_get_str(mode);
    bool b = strchr(m, 'b') != NULL;
    bool r = strchr(m, 'r') != NULL, w = strchr(m, 'w') != NULL;
    const char *fm = r && w ? (b ? "r+b" : "r+") : w ? (b ? "wb" : "w") : (b ? "rb" : "r");
    mp_obj_t fmode = mp_obj_new_str(fm, strlen(fm));
    int fd = dup(self->fd);
    if (fd < 0) {
        mp_raise_OSError(errno);
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    return mp_unix_file_new_fd(fd, MP_OBJ_NEW_SMALL_INT(fd), fmode, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(socket_makefile_obj, 1, socket_makefile);

static mp_obj_t socket_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_enter_obj, socket_enter);

static mp_obj_t socket_exit(size_t n_args, const mp_obj_t *args) {
    return socket_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_exit_obj, 1, 4, socket_exit);

static void socket_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_family) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->family);
    } else if (attr == MP_QSTR_type) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->type);
    } else if (attr == MP_QSTR_proto) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->proto);
    }
}

static const mp_rom_map_elem_t socket_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_bind), MP_ROM_PTR(&socket_bind_obj) },
    { MP_ROM_QSTR(MP_QSTR_listen), MP_ROM_PTR(&socket_listen_obj) },
    { MP_ROM_QSTR(MP_QSTR_accept), MP_ROM_PTR(&socket_accept_obj) },
    { MP_ROM_QSTR(MP_QSTR_connect), MP_ROM_PTR(&socket_connect_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&socket_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendall), MP_ROM_PTR(&socket_sendall_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendto), MP_ROM_PTR(&socket_sendto_obj) },
    { MP_ROM_QSTR(MP_QSTR_recv), MP_ROM_PTR(&socket_recv_obj) },
    { MP_ROM_QSTR(MP_QSTR_recvfrom), MP_ROM_PTR(&socket_recvfrom_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&socket_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&socket_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&socket_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&socket_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&socket_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_setsockopt), MP_ROM_PTR(&socket_setsockopt_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsockopt), MP_ROM_PTR(&socket_getsockopt_obj) },
    { MP_ROM_QSTR(MP_QSTR_setblocking), MP_ROM_PTR(&socket_setblocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_settimeout), MP_ROM_PTR(&socket_settimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_gettimeout), MP_ROM_PTR(&socket_gettimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&socket_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsockname), MP_ROM_PTR(&socket_getsockname_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpeername), MP_ROM_PTR(&socket_getpeername_obj) },
    { MP_ROM_QSTR(MP_QSTR_shutdown), MP_ROM_PTR(&socket_shutdown_obj) },
    { MP_ROM_QSTR(MP_QSTR_makefile), MP_ROM_PTR(&socket_makefile_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&socket_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&socket_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&socket_close_obj) },
};
static MP_DEFINE_CONST_DICT(socket_locals_dict, socket_locals_table);

const mp_obj_type_t mp_type_socket = {
    {&mp_type_type},
    .name = MP_QSTR_socket,
    .print = socket_print,
    .make_new = socket_make_new,
    .attr = socket_attr,
    .locals_dict = (mp_obj_dict_t *)&socket_locals_dict,
};

// ---- module functions ----

static mp_obj_t mod_getaddrinfo(size_t n_args, const mp_obj_t *args) {
    SOCK_NETWORK_CHECK();
    const char *host = args[0] == mp_const_none ? NULL : mp_obj_str_get_str(args[0]);
    char portbuf[16];
    const char *port = NULL;
    if (args[1] != mp_const_none) {
        if (mp_obj_is_int(args[1])) {
            snprintf(portbuf, sizeof(portbuf), "%d", (int)mp_obj_get_int(args[1]));
            port = portbuf;
        } else {
            port = mp_obj_str_get_str(args[1]);
        }
    }
    struct addrinfo hints = {0}, *res;
    hints.ai_family = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    hints.ai_socktype = n_args > 3 ? (int)mp_obj_get_int(args[3]) : 0;
    hints.ai_protocol = n_args > 4 ? (int)mp_obj_get_int(args[4]) : 0;
    hints.ai_flags = n_args > 5 ? (int)mp_obj_get_int(args[5]) : 0;
    MP_THREAD_GIL_EXIT();
    int err = getaddrinfo(host, port, &hints, &res);
    MP_THREAD_GIL_ENTER();
    if (err != 0) {
        raise_gai_error(err);
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    // build the list, freeing res even if an allocation fails
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
            const char *canon = ai->ai_canonname ? ai->ai_canonname : "";
            mp_obj_t t[5] = {
                MP_OBJ_NEW_SMALL_INT(ai->ai_family),
                MP_OBJ_NEW_SMALL_INT(ai->ai_socktype),
                MP_OBJ_NEW_SMALL_INT(ai->ai_protocol),
                mp_obj_new_str(canon, strlen(canon)),
                addr_to_obj(ai->ai_addr, ai->ai_addrlen),
            };
            mp_obj_list_append(list, mp_obj_new_tuple(5, t));
        }
        nlr_pop();
    } else {
        freeaddrinfo(res);
        nlr_raise(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    freeaddrinfo(res);
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mod_getaddrinfo_obj, 2, 6, mod_getaddrinfo);

static mp_obj_t mod_inet_pton(mp_obj_t af_in, mp_obj_t s) {
    int af = (int)mp_obj_get_int(af_in);
    byte buf[16];
    int r = inet_pton(af, mp_obj_str_get_str(s), buf);
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    if (r == 0) {
        mp_raise_msg(&mp_type_OSError, "illegal IP address string passed to inet_pton");
    }
    return mp_obj_new_bytes(buf, af == AF_INET ? 4 : 16);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_inet_pton_obj, mod_inet_pton);

static mp_obj_t mod_inet_ntop(mp_obj_t af_in, mp_obj_t packed) {
    int af = (int)mp_obj_get_int(af_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(packed, &bi, MP_BUFFER_READ);
    if (bi.len != (af == AF_INET ? 4u : 16u)) {
        mp_raise_ValueError("invalid length of packed IP address string");
    }
    char out[INET6_ADDRSTRLEN];
    if (inet_ntop(af, bi.buf, out, sizeof(out)) == NULL) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_str(out, strlen(out));
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_inet_ntop_obj, mod_inet_ntop);

static const mp_rom_map_elem_t mp_module_socket_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_socket) },
    { MP_ROM_QSTR(MP_QSTR_socket), MP_ROM_PTR(&mp_type_socket) },
    { MP_ROM_QSTR(MP_QSTR_getaddrinfo), MP_ROM_PTR(&mod_getaddrinfo_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_pton), MP_ROM_PTR(&mod_inet_pton_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_ntop), MP_ROM_PTR(&mod_inet_ntop_obj) },
    #if !MICROPY_PORT_SIM
    { MP_ROM_QSTR(MP_QSTR_AF_UNIX), MP_ROM_INT(AF_UNIX) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_AF_INET), MP_ROM_INT(AF_INET) },
    { MP_ROM_QSTR(MP_QSTR_AF_INET6), MP_ROM_INT(AF_INET6) },
    { MP_ROM_QSTR(MP_QSTR_SOCK_STREAM), MP_ROM_INT(SOCK_STREAM) },
    { MP_ROM_QSTR(MP_QSTR_SOCK_DGRAM), MP_ROM_INT(SOCK_DGRAM) },
    { MP_ROM_QSTR(MP_QSTR_SOCK_RAW), MP_ROM_INT(SOCK_RAW) },
    { MP_ROM_QSTR(MP_QSTR_SOL_SOCKET), MP_ROM_INT(SOL_SOCKET) },
    { MP_ROM_QSTR(MP_QSTR_SO_REUSEADDR), MP_ROM_INT(SO_REUSEADDR) },
    { MP_ROM_QSTR(MP_QSTR_SO_BROADCAST), MP_ROM_INT(SO_BROADCAST) },
    { MP_ROM_QSTR(MP_QSTR_SO_KEEPALIVE), MP_ROM_INT(SO_KEEPALIVE) },
    { MP_ROM_QSTR(MP_QSTR_SO_RCVBUF), MP_ROM_INT(SO_RCVBUF) },
    { MP_ROM_QSTR(MP_QSTR_SO_SNDBUF), MP_ROM_INT(SO_SNDBUF) },
    { MP_ROM_QSTR(MP_QSTR_SO_ERROR), MP_ROM_INT(SO_ERROR) },
    { MP_ROM_QSTR(MP_QSTR_IPPROTO_IP), MP_ROM_INT(IPPROTO_IP) },
    { MP_ROM_QSTR(MP_QSTR_IPPROTO_TCP), MP_ROM_INT(IPPROTO_TCP) },
    { MP_ROM_QSTR(MP_QSTR_IPPROTO_UDP), MP_ROM_INT(IPPROTO_UDP) },
    { MP_ROM_QSTR(MP_QSTR_TCP_NODELAY), MP_ROM_INT(TCP_NODELAY) },
    { MP_ROM_QSTR(MP_QSTR_MSG_PEEK), MP_ROM_INT(MSG_PEEK) },
    { MP_ROM_QSTR(MP_QSTR_MSG_DONTWAIT), MP_ROM_INT(MSG_DONTWAIT) },
    { MP_ROM_QSTR(MP_QSTR_SHUT_RD), MP_ROM_INT(SHUT_RD) },
    { MP_ROM_QSTR(MP_QSTR_SHUT_WR), MP_ROM_INT(SHUT_WR) },
    { MP_ROM_QSTR(MP_QSTR_SHUT_RDWR), MP_ROM_INT(SHUT_RDWR) },
};
MP_DEFINE_CONST_MODULE(mp_module_socket, mp_module_socket_globals_table);
MP_REGISTER_MODULE(MP_QSTR_socket, mp_module_socket);
