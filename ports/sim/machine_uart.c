// ports/sim/machine_uart.c: machine.UART and the serial console.
//
// UART0 is the serial console (the REPL's stream): what it sends goes to the process's stdout
// and the --serial-log file; what it receives comes from the console input queue (stdin, or
// scenario write-serial steps). Other UARTs send onto their TX net: every UART whose RX pin is
// on that net receives the bytes after their transfer time (10 bits a byte at the baud rate),
// so a TX->RX wire (the loopback boards in ports/sim/boards/) works as on hardware.
// Receive buffers are C rings of SIM_UART_RXBUF bytes; overflow drops the newest bytes.
//
// UART.irq(handler, trigger, hard): events set bits in irq_pending[id] and schedule one
// dispatch (a C function queued as a soft or hard IRQ) while none is queued; the dispatch
// moves the pending bits to irq_flags[id] (what irq().flags() reports) and calls the handler
// with the UART, so a burst of bytes gives one call, not one per byte. IRQ_RX: bytes arrived;
// IRQ_RXIDLE: the line has been idle for two character times (at least 1 ms) after received
// bytes; IRQ_TXIDLE: the last written byte left the line; IRQ_BREAK: the peer sent a break.
// esp32 offers RX, RXIDLE, BREAK; rp2 RXIDLE, TXIDLE, BREAK (the others raise ValueError).
// Handlers live in the SIM_SLOT_UART_IRQ root list (index = UART id).
#include <string.h>
#include <stdio.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "machine.h"

#define SIM_UART_MAX SIM_UART_IDS
#define SIM_UART_RXBUF 4096

typedef struct {
    mp_obj_base_t base;
    int8_t id;
    int8_t tx, rx;
    uint32_t baudrate;
    uint8_t bits, parity, stop;
    uint32_t timeout_ms, timeout_char_ms;
    bool inited;
} machine_uart_obj_t;

typedef struct {
    uint8_t buf[SIM_UART_RXBUF];
    size_t head, len;
} ring_t;

static ring_t rx_ring[SIM_UART_MAX];
static machine_uart_obj_t uart_objs[SIM_UART_MAX];
FILE *sim_serial_log;

// ---- IRQs

enum {
    UART_IRQ_RX = 0x0001, UART_IRQ_BREAK = 0x0002, UART_IRQ_RXIDLE = 0x1000, UART_IRQ_TXIDLE = 0x2000,
};
static uint16_t irq_trigger[SIM_UART_MAX], irq_pending[SIM_UART_MAX], irq_flags[SIM_UART_MAX];
static bool irq_hard[SIM_UART_MAX], irq_queued[SIM_UART_MAX];
static uint64_t irq_idle_event[SIM_UART_MAX];
static sim_ns_t tx_end[SIM_UART_MAX];   // when the last queued byte has left the TX line

static mp_obj_t *uart_irq_handlers(void) {
    mp_obj_list_t *l = MP_OBJ_TO_PTR(sim_root_slots()[SIM_SLOT_UART_IRQ]);
    return l->items;
}

static mp_obj_t uart_irq_dispatch(mp_obj_t uart_in) {
    machine_uart_obj_t *u = MP_OBJ_TO_PTR(uart_in);
    int id = u->id;
    irq_queued[id] = false;
    irq_flags[id] = irq_pending[id];
    irq_pending[id] = 0;
    mp_obj_t handler = uart_irq_handlers()[id];
    if (handler != mp_const_none && irq_flags[id] != 0) {
        mp_call_function_1(handler, uart_in);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_irq_dispatch_obj, uart_irq_dispatch);

static void uart_irq_event(int id, uint16_t what) {
    if (!(irq_trigger[id] & what) || mp_state.user_roots[SIM_ROOT] == MP_OBJ_NULL) {
        return;
    }
    irq_pending[id] |= what;
    if (!irq_queued[id]) {
        irq_queued[id] = true;
        sim_schedule(MP_OBJ_FROM_PTR(&uart_irq_dispatch_obj), MP_OBJ_FROM_PTR(&uart_objs[id]), irq_hard[id]);
    }
}

static void uart_idle_fire(void *arg, intptr_t id) {
    (void)arg;
    irq_idle_event[id] = 0;
    uart_irq_event((int)id, UART_IRQ_RXIDLE);
}

static void uart_txidle_fire(void *arg, intptr_t id) {
    (void)arg;
    uart_irq_event((int)id, UART_IRQ_TXIDLE);
}

static sim_ns_t byte_ns(machine_uart_obj_t *u);

// A byte landed in UART id's receive buffer: IRQ_RX now, IRQ_RXIDLE once the line stays quiet.
static void uart_rx_arrived(int id) {
    if (irq_trigger[id] == 0) {
        return;
    }
    uart_irq_event(id, UART_IRQ_RX);
    if (irq_trigger[id] & UART_IRQ_RXIDLE) {
        if (irq_idle_event[id]) {
            sim_event_cancel(irq_idle_event[id]);
        }
        sim_ns_t idle = 2 * byte_ns(&uart_objs[id]);
        if (idle < SIM_NS_PER_MS) {
            idle = SIM_NS_PER_MS;
        }
        irq_idle_event[id] = sim_event_post(sim_now() + idle, uart_idle_fire, NULL, id);
    }
}

// ---- console

static ring_t console_in;

void sim_console_feed(const uint8_t *d, size_t n) {
    for (size_t i = 0; i < n && console_in.len < SIM_UART_RXBUF; i++) {
        console_in.buf[(console_in.head + console_in.len++) % SIM_UART_RXBUF] = d[i];
    }
    if (n > 0 && uart_objs[0].inited) {
        uart_rx_arrived(0);
    }
}

int sim_console_getc(void) {
    if (console_in.len == 0) {
        return -1;
    }
    int c = console_in.buf[console_in.head];
    console_in.head = (console_in.head + 1) % SIM_UART_RXBUF;
    console_in.len--;
    return c;
}

size_t sim_console_pending(void) {
    return console_in.len;
}

// ---- rings

static void ring_put(ring_t *r, uint8_t b) {
    if (r->len < SIM_UART_RXBUF) {
        r->buf[(r->head + r->len++) % SIM_UART_RXBUF] = b;
    }
}

static int ring_get(ring_t *r) {
    if (r->len == 0) {
        return -1;
    }
    int c = r->buf[r->head];
    r->head = (r->head + 1) % SIM_UART_RXBUF;
    r->len--;
    return c;
}

static ring_t *uart_rx(machine_uart_obj_t *u) {
    return u->id == 0 ? &console_in : &rx_ring[u->id];
}

static void deliver(void *arg, intptr_t a) {
    (void)arg;
    int net = (int)(a >> 8);
    uint8_t b = (uint8_t)(a & 0xFF);
    for (int i = 1; i < SIM_UART_MAX; i++) {
        machine_uart_obj_t *u = &uart_objs[i];
        if (u->inited && u->rx >= 0 && sim_gpio[u->rx].net == net) {
            ring_put(&rx_ring[i], b);
            uart_rx_arrived(i);
        }
    }
}

static void deliver_break(void *arg, intptr_t net) {
    (void)arg;
    for (int i = 1; i < SIM_UART_MAX; i++) {
        machine_uart_obj_t *u = &uart_objs[i];
        if (u->inited && u->rx >= 0 && sim_gpio[u->rx].net == net) {
            uart_irq_event(i, UART_IRQ_BREAK);
        }
    }
}

static sim_ns_t byte_ns(machine_uart_obj_t *u) {
    return (sim_ns_t)((uint64_t)(1 + u->bits + (u->parity != 0) + u->stop) * 1000000000u / u->baudrate);
}

static void uart_send(machine_uart_obj_t *u, const uint8_t *d, size_t n) {
    if (u->id == 0) {
        mp_hal_stdout_tx_strn((const char *)d, n);
        return;
    }
    sim_buslog_uart(u->id == 1 ? "uart1" : "uart2", "tx", d, n);
    int net = u->tx >= 0 ? sim_gpio[u->tx].net : -1;
    // bytes queue behind those still on the line (the TX FIFO): one after the other
    sim_ns_t t = sim_now() > tx_end[u->id] ? sim_now() : tx_end[u->id];
    for (size_t i = 0; i < n; i++) {
        t += byte_ns(u);
        if (net >= 0) {
            sim_event_post(t, deliver, NULL, ((intptr_t)net << 8) | d[i]);
        }
    }
    tx_end[u->id] = t;
    if (n > 0 && (irq_trigger[u->id] & UART_IRQ_TXIDLE)) {
        sim_event_post(t, uart_txidle_fire, NULL, u->id);
    }
    // write() returns once the bytes are in the FIFO; txdone() waits for the line.
}

static void uart_init_helper(machine_uart_obj_t *self, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_baudrate, ARG_bits, ARG_parity, ARG_stop, ARG_tx, ARG_rx, ARG_rts, ARG_cts, ARG_txbuf, ARG_rxbuf,
           ARG_timeout, ARG_timeout_char, ARG_invert, ARG_flow };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_baudrate, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_bits, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_parity, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_stop, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_tx, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_rx, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_rts, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_cts, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_txbuf, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_rxbuf, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_timeout, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_timeout_char, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_invert, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_flow, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[14];
    mp_arg_parse_all(n_args, pos, kw, 14, allowed, a);
    if (a[ARG_baudrate].u_int != -1) {
        if (a[ARG_baudrate].u_int <= 0 || a[ARG_baudrate].u_int > 5000000) {
            mp_raise_ValueError("invalid baudrate");
        }
        self->baudrate = (uint32_t)a[ARG_baudrate].u_int;
    }
    if (a[ARG_bits].u_int != -1) {
        if (a[ARG_bits].u_int < 5 || a[ARG_bits].u_int > 9) {
            mp_raise_ValueError("invalid data bits");
        }
        self->bits = (uint8_t)a[ARG_bits].u_int;
    }
    if (a[ARG_parity].u_obj != MP_OBJ_NULL) {
        if (a[ARG_parity].u_obj == mp_const_none) {
            self->parity = 0;
        } else {
            mp_int_t p = mp_obj_get_int(a[ARG_parity].u_obj);
            if (p != 0 && p != 1) {
                mp_raise_ValueError("invalid parity");
            }
            self->parity = (uint8_t)(p + 1);
        }
    }
    if (a[ARG_stop].u_int != -1) {
        if (a[ARG_stop].u_int != 1 && a[ARG_stop].u_int != 2) {
            mp_raise_ValueError("invalid stop bits");
        }
        self->stop = (uint8_t)a[ARG_stop].u_int;
    }
    if (a[ARG_tx].u_obj != MP_OBJ_NULL) {
        self->tx = (int8_t)sim_pin_arg(a[ARG_tx].u_obj);
    }
    if (a[ARG_rx].u_obj != MP_OBJ_NULL) {
        self->rx = (int8_t)sim_pin_arg(a[ARG_rx].u_obj);
    }
    if (a[ARG_timeout].u_int != -1) {
        self->timeout_ms = (uint32_t)a[ARG_timeout].u_int;
    }
    if (a[ARG_timeout_char].u_int != -1) {
        self->timeout_char_ms = (uint32_t)a[ARG_timeout_char].u_int;
    }
    sim_pin_check_function(SIM_FN_UART_TX, self->id, self->tx);
    sim_pin_check_function(SIM_FN_UART_RX, self->id, self->rx);
    if (self->tx >= 0 && self->id != 0) {
        sim_pin_write(self->tx, 1);     // idle line is high
    }
    self->inited = true;
}

static mp_obj_t uart_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, MP_OBJ_FUN_ARGS_MAX, true);
    mp_int_t id = mp_obj_get_int(args[0]);
    if (id < 0 || id >= sim_profile->n_uart) {
        mp_raise_msg_varg(&mp_type_ValueError, "UART(%d) doesn't exist", (int)id);
    }
    machine_uart_obj_t *self = &uart_objs[id];
    if (!self->inited) {
        self->base.type = &machine_uart_type;
        self->id = (int8_t)id;
        self->baudrate = id == 0 ? 115200 : 9600;
        self->bits = 8;
        self->parity = 0;
        self->stop = 1;
        self->tx = (int8_t)sim_profile->uart_pins[id][0];
        self->rx = (int8_t)sim_profile->uart_pins[id][1];
        self->timeout_ms = 0;
        self->timeout_char_ms = 0;
    }
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    uart_init_helper(self, n_args - 1, args + 1, &kw);
    return MP_OBJ_FROM_PTR(self);
}

void sim_uarts_reset(void) {
    memset(uart_objs, 0, sizeof(uart_objs));
    memset(rx_ring, 0, sizeof(rx_ring));
    for (int i = 0; i < SIM_UART_MAX; i++) {
        if (irq_idle_event[i]) {
            sim_event_cancel(irq_idle_event[i]);
        }
    }
    memset(irq_trigger, 0, sizeof(irq_trigger));
    memset(irq_pending, 0, sizeof(irq_pending));
    memset(irq_flags, 0, sizeof(irq_flags));
    memset(irq_queued, 0, sizeof(irq_queued));
    memset(irq_idle_event, 0, sizeof(irq_idle_event));
    memset(tx_end, 0, sizeof(tx_end));
}

static void uart_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "UART(%d, baudrate=%u, bits=%u, parity=%s, stop=%u, tx=%d, rx=%d, timeout=%u, timeout_char=%u)",
        self->id, (unsigned)self->baudrate, self->bits, self->parity == 0 ? "None" : self->parity == 1 ? "0" : "1",
        self->stop, self->tx, self->rx, (unsigned)self->timeout_ms, (unsigned)self->timeout_char_ms);
}

static mp_obj_t uart_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    uart_init_helper(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1, kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(uart_init_obj, 1, uart_init);

static mp_obj_t uart_deinit(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->inited = false;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_deinit_obj, uart_deinit);

static mp_obj_t uart_any(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    sim_clock_run_due();
    return MP_OBJ_NEW_SMALL_INT(uart_rx(self)->len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_any_obj, uart_any);

// Reads up to n bytes (n < 0: all available), waiting in virtual time for the first byte up to
// `timeout` and between bytes up to `timeout_char`. Returns the count.
static size_t uart_read_into(machine_uart_obj_t *self, uint8_t *dst, mp_int_t n, bool line) {
    ring_t *r = uart_rx(self);
    size_t got = 0;
    sim_ns_t wait = (sim_ns_t)self->timeout_ms * SIM_NS_PER_MS;
    for (;;) {
        sim_clock_run_due();
        while ((n < 0 || (mp_int_t)got < n) && r->len > 0) {
            int c = ring_get(r);
            dst[got++] = (uint8_t)c;
            if (line && c == '\n') {
                return got;
            }
        }
        if (n >= 0 && (mp_int_t)got >= n) {
            return got;
        }
        sim_ns_t next = sim_event_next_time();
        sim_ns_t deadline = sim_now() + wait;
        if (next > deadline) {
            sim_sleep_ns(wait);
            sim_clock_run_due();
            if (r->len == 0) {
                return got;
            }
        } else {
            sim_sleep_ns(next - sim_now());
        }
        if (got > 0) {
            // between characters: timeout_char, but never less than two character times
            wait = (sim_ns_t)self->timeout_char_ms * SIM_NS_PER_MS;
            if (wait < 2 * byte_ns(self)) {
                wait = 2 * byte_ns(self);
            }
        }
    }
}

static mp_obj_t uart_read(size_t n_args, const mp_obj_t *args) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t n = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    size_t cap = n >= 0 ? (size_t)n : SIM_UART_RXBUF;
    vstr_t v;
    vstr_init_len(&v, cap);
    size_t got = uart_read_into(self, (uint8_t *)v.buf, n >= 0 ? n : (mp_int_t)cap, false);
    if (got == 0 && cap > 0) {
        return mp_const_none;
    }
    v.len = got;
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(uart_read_obj, 1, 2, uart_read);

static mp_obj_t uart_readinto(size_t n_args, const mp_obj_t *args) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    mp_int_t n = n_args > 2 ? mp_obj_get_int(args[2]) : (mp_int_t)bi.len;
    if (n < 0 || (size_t)n > bi.len) {
        n = bi.len;
    }
    size_t got = uart_read_into(self, bi.buf, n, false);
    return got == 0 && n > 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(got);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(uart_readinto_obj, 2, 3, uart_readinto);

static mp_obj_t uart_readline(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    vstr_t v;
    vstr_init_len(&v, SIM_UART_RXBUF);
    size_t got = uart_read_into(self, (uint8_t *)v.buf, SIM_UART_RXBUF, true);
    if (got == 0) {
        return mp_const_none;
    }
    v.len = got;
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_readline_obj, uart_readline);

static mp_obj_t uart_write(mp_obj_t self_in, mp_obj_t buf) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf, &bi, MP_BUFFER_READ);
    uart_send(self, bi.buf, bi.len);
    return MP_OBJ_NEW_SMALL_INT(bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(uart_write_obj, uart_write);

// flush() waits (in virtual time) until every written byte has left the line; txdone() tells
// whether that has happened.
static mp_obj_t uart_flush(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (tx_end[self->id] > sim_now()) {
        sim_sleep_ns(tx_end[self->id] - sim_now());
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_flush_obj, uart_flush);

static mp_obj_t uart_txdone(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(sim_now() >= tx_end[self->id]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_txdone_obj, uart_txdone);

// ioctl(req, arg): the stream poll request (3, MP_STREAM_POLL) that select.poll and asyncio use:
// POLLIN (1) when received bytes wait, POLLOUT (4) always (a write never blocks the caller
// beyond its virtual transfer time). Other requests return -1 (unsupported).
static mp_obj_t uart_ioctl(mp_obj_t self_in, mp_obj_t req_in, mp_obj_t arg_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_get_int(req_in) != 3) {
        return MP_OBJ_NEW_SMALL_INT(-1);
    }
    mp_int_t want = mp_obj_get_int(arg_in);
    sim_clock_run_due();
    mp_int_t ev = (uart_rx(self)->len > 0 ? 1 : 0) | 4;
    return MP_OBJ_NEW_SMALL_INT(ev & want);
}
static MP_DEFINE_CONST_FUN_OBJ_3(uart_ioctl_obj, uart_ioctl);

// A break holds TX low for longer than a character (13 bit times here); receivers on the
// net see IRQ_BREAK when it ends.
static mp_obj_t uart_sendbreak(mp_obj_t self_in) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->id == 0 || self->tx < 0) {
        return mp_const_none;
    }
    sim_ns_t len = (sim_ns_t)(13ull * 1000000000u / self->baudrate);
    uart_flush(self_in);
    sim_pin_write(self->tx, 0);
    sim_sleep_ns(len);
    sim_pin_write(self->tx, 1);
    deliver_break(NULL, sim_gpio[self->tx].net);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_sendbreak_obj, uart_sendbreak);

// ---- the irq object: flags() (the events of the current call), trigger() (the configured set)

typedef struct {
    mp_obj_base_t base;
    int id;
} machine_uart_irq_obj_t;

static mp_obj_t uart_irq_flags(mp_obj_t self_in) {
    machine_uart_irq_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(irq_flags[self->id]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_irq_flags_obj, uart_irq_flags);

static mp_obj_t uart_irq_trigger_m(mp_obj_t self_in) {
    machine_uart_irq_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(irq_trigger[self->id]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(uart_irq_trigger_obj, uart_irq_trigger_m);

static const mp_rom_map_elem_t uart_irq_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_flags), MP_ROM_PTR(&uart_irq_flags_obj) },
    { MP_ROM_QSTR(MP_QSTR_trigger), MP_ROM_PTR(&uart_irq_trigger_obj) },
};
static MP_DEFINE_CONST_DICT(uart_irq_locals, uart_irq_locals_table);

static const mp_obj_type_t machine_uart_irq_type = {
    {&mp_type_type},
    .name = MP_QSTR_irq,
    .locals_dict = (mp_obj_dict_t *)&uart_irq_locals,
};

static mp_obj_t uart_irq(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_handler, ARG_trigger, ARG_hard };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_handler, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_trigger, MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_hard, MP_ARG_BOOL, {.u_bool = false} },
    };
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(pos[0]);
    int id = self->id;
    if (n_args > 1 || kw->used != 0) {
        mp_arg_val_t a[3];
        mp_arg_parse_all(n_args - 1, pos + 1, kw, 3, allowed, a);
        mp_obj_t handler = a[ARG_handler].u_obj;
        mp_int_t trigger = a[ARG_trigger].u_int;
        bool rp2 = strcmp(sim_profile->platform, "rp2") == 0;
        mp_int_t supported = rp2 ? (UART_IRQ_RXIDLE | UART_IRQ_TXIDLE | UART_IRQ_BREAK)
            : (UART_IRQ_RX | UART_IRQ_RXIDLE | UART_IRQ_BREAK);
        if (trigger & ~supported) {
            mp_raise_ValueError("trigger not supported");
        }
        if (handler != mp_const_none && !mp_obj_is_callable(handler)) {
            mp_raise_ValueError("handler must be None or callable");
        }
        uart_irq_handlers()[id] = handler;
        irq_trigger[id] = handler == mp_const_none ? 0 : (uint16_t)trigger;
        irq_hard[id] = a[ARG_hard].u_bool;
        irq_pending[id] = 0;
    }
    machine_uart_irq_obj_t *irq = m_new_obj(machine_uart_irq_obj_t);
    irq->base.type = &machine_uart_irq_type;
    irq->id = id;
    return MP_OBJ_FROM_PTR(irq);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(uart_irq_obj, 1, uart_irq);

static const mp_rom_map_elem_t uart_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&uart_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_deinit), MP_ROM_PTR(&uart_deinit_obj) },
    { MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&uart_any_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&uart_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&uart_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&uart_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&uart_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&uart_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_txdone), MP_ROM_PTR(&uart_txdone_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendbreak), MP_ROM_PTR(&uart_sendbreak_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&uart_ioctl_obj) },
    { MP_ROM_QSTR(MP_QSTR_irq), MP_ROM_PTR(&uart_irq_obj) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_RX), MP_ROM_INT(UART_IRQ_RX) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_BREAK), MP_ROM_INT(UART_IRQ_BREAK) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_RXIDLE), MP_ROM_INT(UART_IRQ_RXIDLE) },
    { MP_ROM_QSTR(MP_QSTR_IRQ_TXIDLE), MP_ROM_INT(UART_IRQ_TXIDLE) },
    { MP_ROM_QSTR(MP_QSTR_INV_TX), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_INV_RX), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_RTS), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_CTS), MP_ROM_INT(2) },
};
static MP_DEFINE_CONST_DICT(uart_locals, uart_locals_table);

const mp_obj_type_t machine_uart_type = {
    {&mp_type_type},
    .name = MP_QSTR_UART,
    .print = uart_print,
    .make_new = uart_make_new,
    .locals_dict = (mp_obj_dict_t *)&uart_locals,
};
