// ports/sim/machine_i2c.c: machine.I2C (hardware peripheral) and machine.SoftI2C.
//
// Both speak to the parts through the bus layer (bus.c); they differ in how:
//   I2C      byte-level calls (sim_i2c_*), each byte taking 9 bit times of virtual time at
//            `freq`; with a VCD open it drives the pins bit by bit instead, so the trace shows
//            the waveform (the decoder then reaches the same parts);
//   SoftI2C  always toggles SCL/SDA (open drain with pull-ups, as MicroPython configures them)
//            with half-period delays; the decoder on the nets turns edges into transactions.
// Semantics follow MicroPython's extmod: writeto returns the number of ACKed bytes and stops at
// the first data NACK (still sending STOP if asked); an address NACK raises OSError(ENODEV)
// (EIO on the rp2 hardware peripheral); scan() probes 0x08..0x77 with a zero-length write.
#include <string.h>
#include <errno.h>

#include "py/runtime.h"
#include "machine.h"
#include "inject.h"

typedef struct {
    mp_obj_base_t base;
    bool soft;
    int8_t id;
    uint8_t scl, sda;
    uint32_t freq;
    uint32_t timeout_us;
    sim_i2c_bus_t bus;
    bool bitbang;           // this transfer drives the pins (soft, or hardware with a VCD)
} machine_i2c_obj_t;

// ---- pin-level controller

static void bb_wait(machine_i2c_obj_t *self) {
    sim_clock_advance_to(sim_now() + (sim_ns_t)(500000000u / self->freq));
}

static void bb_scl(machine_i2c_obj_t *self, int v) {
    sim_pin_od_write(self->scl, v);
}

static void bb_sda(machine_i2c_obj_t *self, int v) {
    sim_pin_od_write(self->sda, v);
}

static void bb_start(machine_i2c_obj_t *self) {
    bb_sda(self, 1);
    bb_wait(self);
    bb_scl(self, 1);
    bb_wait(self);
    bb_sda(self, 0);
    bb_wait(self);
    bb_scl(self, 0);
    bb_wait(self);
}

static void bb_stop(machine_i2c_obj_t *self) {
    bb_sda(self, 0);
    bb_wait(self);
    bb_scl(self, 1);
    bb_wait(self);
    bb_sda(self, 1);
    bb_wait(self);
}

static bool bb_write_byte(machine_i2c_obj_t *self, uint8_t b) {
    for (int i = 7; i >= 0; i--) {
        bb_sda(self, (b >> i) & 1);
        bb_wait(self);
        bb_scl(self, 1);
        bb_wait(self);
        bb_scl(self, 0);
    }
    bb_sda(self, 1);
    bb_wait(self);
    bb_scl(self, 1);
    bb_wait(self);
    bool ack = sim_pin_read(self->sda) == 0;
    bb_scl(self, 0);
    return ack;
}

static uint8_t bb_read_byte(machine_i2c_obj_t *self, bool ack) {
    uint8_t b = 0;
    bb_sda(self, 1);
    for (int i = 0; i < 8; i++) {
        bb_wait(self);
        bb_scl(self, 1);
        bb_wait(self);
        b = (uint8_t)((b << 1) | sim_pin_read(self->sda));
        bb_scl(self, 0);
    }
    bb_sda(self, !ack);
    bb_wait(self);
    bb_scl(self, 1);
    bb_wait(self);
    bb_scl(self, 0);
    bb_sda(self, 1);
    return b;
}

// ---- controller operations (pick the path)

static void bytes_time(machine_i2c_obj_t *self, size_t bits) {
    sim_clock_advance_to(sim_now() + (sim_ns_t)((uint64_t)bits * 1000000000u / self->freq));
}

static void ctl_start(machine_i2c_obj_t *self) {
    self->bitbang = self->soft || sim_vcd_active();
    if (self->bitbang) {
        bb_start(self);
    }
}

static bool ctl_addr(machine_i2c_obj_t *self, uint8_t addr, bool read) {
    if (self->bitbang) {
        return bb_write_byte(self, (uint8_t)(addr << 1 | read));
    }
    bytes_time(self, 10);
    return sim_i2c_start(&self->bus, addr, read);
}

static bool ctl_write(machine_i2c_obj_t *self, uint8_t b) {
    if (self->bitbang) {
        return bb_write_byte(self, b);
    }
    bytes_time(self, 9);
    return sim_i2c_write_byte(&self->bus, b);
}

static uint8_t ctl_read(machine_i2c_obj_t *self, bool ack) {
    if (self->bitbang) {
        return bb_read_byte(self, ack);
    }
    bytes_time(self, 9);
    return sim_i2c_read_byte(&self->bus, ack);
}

static void ctl_stop(machine_i2c_obj_t *self) {
    if (self->bitbang) {
        bb_stop(self);
    } else {
        bytes_time(self, 1);
        sim_i2c_stop(&self->bus);
    }
}

static NORETURN void raise_nack(machine_i2c_obj_t *self) {
    sim_raise_errno(self->soft ? ENODEV : sim_profile->i2c_nack_errno);
}

static void check_fault(machine_i2c_obj_t *self, uint8_t addr) {
    int e = sim_inject_i2c_bus_fault(addr);
    if (e) {
        sim_clock_advance_to(sim_now() + (sim_ns_t)self->timeout_us * SIM_NS_PER_US);
        sim_raise_errno(e);
    }
}

// A write transaction over several buffers; returns the ACK count. Raises on address NACK.
static mp_int_t do_write(machine_i2c_obj_t *self, uint8_t addr, const mp_buffer_info_t *bufs, size_t nbufs, bool stop) {
    check_fault(self, addr);
    ctl_start(self);
    if (!ctl_addr(self, addr, false)) {
        ctl_stop(self);
        raise_nack(self);
    }
    mp_int_t acks = 0;
    for (size_t k = 0; k < nbufs; k++) {
        const uint8_t *d = bufs[k].buf;
        for (size_t i = 0; i < bufs[k].len; i++) {
            if (!ctl_write(self, d[i])) {
                if (stop) {
                    ctl_stop(self);
                }
                return acks;
            }
            acks++;
        }
    }
    if (stop) {
        ctl_stop(self);
    }
    return acks;
}

static void do_read(machine_i2c_obj_t *self, uint8_t addr, uint8_t *buf, size_t n, bool stop) {
    check_fault(self, addr);
    ctl_start(self);
    if (!ctl_addr(self, addr, true)) {
        ctl_stop(self);
        raise_nack(self);
    }
    for (size_t i = 0; i < n; i++) {
        buf[i] = ctl_read(self, i + 1 < n);
    }
    if (stop) {
        ctl_stop(self);
    }
}

// ---- constructor

static void i2c_setup_pins(machine_i2c_obj_t *self) {
    sim_pin_set_open_drain(self->scl, true);
    sim_pin_set_open_drain(self->sda, true);
    self->bus.scl_net = sim_gpio[self->scl].net;
    self->bus.sda_net = sim_gpio[self->sda].net;
    self->bus.name = self->soft ? "soft-i2c" : "i2c";
    self->bus.freq = self->freq;
    sim_i2c_decoder_attach(self->bus.scl_net, self->bus.sda_net);
}

static void i2c_init_helper(machine_i2c_obj_t *self, size_t n_args, const mp_obj_t *pos, mp_map_t *kw, bool has_id) {
    enum { ARG_scl, ARG_sda, ARG_freq, ARG_timeout };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_scl, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_sda, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_freq, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 400000} },
        { MP_QSTR_timeout, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 50000} },
    };
    mp_arg_val_t a[4];
    mp_arg_parse_all(n_args, pos, kw, 4, allowed, a);
    if (has_id && n_args > 0) {
        mp_raise_TypeError("scl and sda are keyword arguments");
    }
    if (a[ARG_scl].u_obj != MP_OBJ_NULL) {
        self->scl = sim_pin_arg(a[ARG_scl].u_obj);
    }
    if (a[ARG_sda].u_obj != MP_OBJ_NULL) {
        self->sda = sim_pin_arg(a[ARG_sda].u_obj);
    }
    if (a[ARG_freq].u_int <= 0 || a[ARG_freq].u_int > 5000000) {
        mp_raise_ValueError("invalid freq");
    }
    self->freq = (uint32_t)a[ARG_freq].u_int;
    self->timeout_us = a[ARG_timeout].u_int > 0 ? (uint32_t)a[ARG_timeout].u_int : 50000;
    if (!self->soft) {
        sim_pin_check_function(SIM_FN_I2C_SCL, self->id, self->scl);
        sim_pin_check_function(SIM_FN_I2C_SDA, self->id, self->sda);
    }
    i2c_setup_pins(self);
}

static mp_obj_t i2c_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, MP_OBJ_FUN_ARGS_MAX, true);
    machine_i2c_obj_t *self = m_new_obj(machine_i2c_obj_t);
    memset(self, 0, sizeof(*self));
    self->base.type = type;
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    if (type == &machine_soft_i2c_type) {
        self->soft = true;
        self->id = -1;
        if (n_args < 2 && (mp_map_lookup(&kw, MP_OBJ_NEW_QSTR(MP_QSTR_scl), MP_MAP_LOOKUP) == NULL
            || mp_map_lookup(&kw, MP_OBJ_NEW_QSTR(MP_QSTR_sda), MP_MAP_LOOKUP) == NULL) && n_args == 0) {
            mp_raise_TypeError("SoftI2C needs scl and sda");
        }
        i2c_init_helper(self, n_args, args, &kw, false);
        return MP_OBJ_FROM_PTR(self);
    }
    mp_int_t id = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    if (n_args == 0 && strcmp(sim_profile->platform, "esp32") == 0) {
        // esp32 requires the id; rp2 defaults it to 0
        mp_raise_TypeError("I2C needs an id");
    }
    if (id < 0 || id >= sim_profile->n_i2c) {
        mp_raise_msg_varg(&mp_type_ValueError, "I2C(%d) doesn't exist", (int)id);
    }
    self->id = (int8_t)id;
    self->scl = sim_profile->i2c_pins[id][0];
    self->sda = sim_profile->i2c_pins[id][1];
    i2c_init_helper(self, n_args > 0 ? n_args - 1 : 0, args + (n_args > 0), &kw, true);
    return MP_OBJ_FROM_PTR(self);
}

static void i2c_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->soft) {
        mp_printf(print, "SoftI2C(scl=%u, sda=%u, freq=%u)", self->scl, self->sda, (unsigned)self->freq);
    } else {
        mp_printf(print, "I2C(%d, scl=%u, sda=%u, freq=%u)", self->id, self->scl, self->sda, (unsigned)self->freq);
    }
}

static mp_obj_t i2c_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    i2c_init_helper(self, n_args - 1, args + 1, kw, false);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(i2c_init_obj, 1, i2c_init);

static mp_obj_t i2c_deinit(mp_obj_t self_in) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(i2c_deinit_obj, i2c_deinit);

static mp_obj_t i2c_scan(mp_obj_t self_in) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (int addr = 0x08; addr <= 0x77; addr++) {
        if (sim_inject_i2c_bus_fault((uint8_t)addr)) {
            continue;
        }
        ctl_start(self);
        bool ack = ctl_addr(self, (uint8_t)addr, false);
        ctl_stop(self);
        if (ack) {
            mp_obj_list_append(list, MP_OBJ_NEW_SMALL_INT(addr));
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(i2c_scan_obj, i2c_scan);

static uint8_t check_addr(mp_obj_t o) {
    mp_int_t a = mp_obj_get_int(o);
    if (a < 0 || a > 0x7F) {
        mp_raise_ValueError("invalid I2C address");
    }
    return (uint8_t)a;
}

static mp_obj_t i2c_readfrom(size_t n_args, const mp_obj_t *args) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    uint8_t addr = check_addr(args[1]);
    mp_int_t n = mp_obj_get_int(args[2]);
    if (n < 0) {
        mp_raise_ValueError("negative length");
    }
    bool stop = n_args < 4 || mp_obj_is_true(args[3]);
    vstr_t v;
    vstr_init_len(&v, n);
    do_read(self, addr, (uint8_t *)v.buf, n, stop);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(i2c_readfrom_obj, 3, 4, i2c_readfrom);

static mp_obj_t i2c_readfrom_into(size_t n_args, const mp_obj_t *args) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    uint8_t addr = check_addr(args[1]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[2], &bi, MP_BUFFER_WRITE);
    bool stop = n_args < 4 || mp_obj_is_true(args[3]);
    do_read(self, addr, bi.buf, bi.len, stop);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(i2c_readfrom_into_obj, 3, 4, i2c_readfrom_into);

static mp_obj_t i2c_writeto(size_t n_args, const mp_obj_t *args) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    uint8_t addr = check_addr(args[1]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[2], &bi, MP_BUFFER_READ);
    bool stop = n_args < 4 || mp_obj_is_true(args[3]);
    return MP_OBJ_NEW_SMALL_INT(do_write(self, addr, &bi, 1, stop));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(i2c_writeto_obj, 3, 4, i2c_writeto);

static mp_obj_t i2c_writevto(size_t n_args, const mp_obj_t *args) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    uint8_t addr = check_addr(args[1]);
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(args[2], &n, &items);
    mp_buffer_info_t *bufs = m_new(mp_buffer_info_t, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        mp_get_buffer_raise(items[i], &bufs[i], MP_BUFFER_READ);
    }
    bool stop = n_args < 4 || mp_obj_is_true(args[3]);
    return MP_OBJ_NEW_SMALL_INT(do_write(self, addr, bufs, n, stop));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(i2c_writevto_obj, 3, 4, i2c_writevto);

static size_t memaddr_bytes(mp_map_t *kw, uint8_t *out, mp_int_t memaddr) {
    mp_int_t addrsize = 8;
    mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_addrsize), MP_MAP_LOOKUP);
    if (e != NULL) {
        addrsize = mp_obj_get_int(e->value);
    }
    if (addrsize <= 0 || addrsize > 32 || (addrsize & 7) != 0) {
        mp_raise_ValueError("invalid addrsize");
    }
    size_t n = (size_t)addrsize / 8;
    for (size_t i = 0; i < n; i++) {
        out[i] = (uint8_t)(memaddr >> (8 * (n - 1 - i)));
    }
    return n;
}

static void check_kw(mp_map_t *kw) {
    size_t i = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(kw, &i)) != NULL) {
        if (e->key != MP_OBJ_NEW_QSTR(MP_QSTR_addrsize)) {
            mp_raise_TypeError("unexpected keyword argument");
        }
    }
}

static void mem_read(machine_i2c_obj_t *self, uint8_t addr, mp_int_t memaddr, mp_map_t *kw, uint8_t *buf, size_t n) {
    check_kw(kw);
    uint8_t ma[4];
    mp_buffer_info_t bi = {ma, memaddr_bytes(kw, ma, memaddr), 0};
    mp_int_t acks = do_write(self, addr, &bi, 1, false);
    if ((size_t)acks != bi.len) {
        // release the bus as MicroPython does: a zero-length write with STOP
        ctl_stop(self);
        sim_raise_errno(EIO);
    }
    do_read(self, addr, buf, n, true);
}

static mp_obj_t i2c_readfrom_mem(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args != 4) {
        mp_raise_TypeError("readfrom_mem(addr, memaddr, nbytes, *, addrsize=8)");
    }
    uint8_t addr = check_addr(args[1]);
    mp_int_t n = mp_obj_get_int(args[3]);
    if (n < 0) {
        mp_raise_ValueError("negative length");
    }
    vstr_t v;
    vstr_init_len(&v, n);
    mem_read(self, addr, mp_obj_get_int(args[2]), kw, (uint8_t *)v.buf, n);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(i2c_readfrom_mem_obj, 4, i2c_readfrom_mem);

static mp_obj_t i2c_readfrom_mem_into(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args != 4) {
        mp_raise_TypeError("readfrom_mem_into(addr, memaddr, buf, *, addrsize=8)");
    }
    uint8_t addr = check_addr(args[1]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[3], &bi, MP_BUFFER_WRITE);
    mem_read(self, addr, mp_obj_get_int(args[2]), kw, bi.buf, bi.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(i2c_readfrom_mem_into_obj, 4, i2c_readfrom_mem_into);

static mp_obj_t i2c_writeto_mem(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args != 4) {
        mp_raise_TypeError("writeto_mem(addr, memaddr, buf, *, addrsize=8)");
    }
    check_kw(kw);
    uint8_t addr = check_addr(args[1]);
    uint8_t ma[4];
    mp_buffer_info_t bufs[2];
    bufs[0].buf = ma;
    bufs[0].len = memaddr_bytes(kw, ma, mp_obj_get_int(args[2]));
    mp_get_buffer_raise(args[3], &bufs[1], MP_BUFFER_READ);
    mp_int_t acks = do_write(self, addr, bufs, 2, true);
    if ((size_t)acks != bufs[0].len + bufs[1].len) {
        sim_raise_errno(EIO);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(i2c_writeto_mem_obj, 4, i2c_writeto_mem);

// ---- SoftI2C primitives

static mp_obj_t i2c_start_m(mp_obj_t self_in) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->bitbang = true;
    bb_start(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(i2c_start_obj, i2c_start_m);

static mp_obj_t i2c_stop_m(mp_obj_t self_in) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->bitbang = true;
    bb_stop(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(i2c_stop_obj, i2c_stop_m);

static mp_obj_t i2c_readinto_m(size_t n_args, const mp_obj_t *args) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    bool nack = n_args < 3 || mp_obj_is_true(args[2]);
    uint8_t *d = bi.buf;
    for (size_t i = 0; i < bi.len; i++) {
        d[i] = bb_read_byte(self, !(i + 1 == bi.len && nack));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(i2c_readinto_obj, 2, 3, i2c_readinto_m);

static mp_obj_t i2c_write_m(mp_obj_t self_in, mp_obj_t buf) {
    machine_i2c_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf, &bi, MP_BUFFER_READ);
    const uint8_t *d = bi.buf;
    mp_int_t acks = 0;
    for (size_t i = 0; i < bi.len; i++) {
        if (!bb_write_byte(self, d[i])) {
            break;
        }
        acks++;
    }
    return MP_OBJ_NEW_SMALL_INT(acks);
}
static MP_DEFINE_CONST_FUN_OBJ_2(i2c_write_obj, i2c_write_m);

#define I2C_COMMON_METHODS \
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&i2c_init_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_deinit), MP_ROM_PTR(&i2c_deinit_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_scan), MP_ROM_PTR(&i2c_scan_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readfrom), MP_ROM_PTR(&i2c_readfrom_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readfrom_into), MP_ROM_PTR(&i2c_readfrom_into_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_writeto), MP_ROM_PTR(&i2c_writeto_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_writevto), MP_ROM_PTR(&i2c_writevto_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readfrom_mem), MP_ROM_PTR(&i2c_readfrom_mem_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readfrom_mem_into), MP_ROM_PTR(&i2c_readfrom_mem_into_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_writeto_mem), MP_ROM_PTR(&i2c_writeto_mem_obj) },

static const mp_rom_map_elem_t i2c_locals_table[] = {
    I2C_COMMON_METHODS
};
static MP_DEFINE_CONST_DICT(i2c_locals, i2c_locals_table);

static const mp_rom_map_elem_t soft_i2c_locals_table[] = {
    I2C_COMMON_METHODS
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&i2c_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_stop), MP_ROM_PTR(&i2c_stop_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&i2c_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&i2c_write_obj) },
};
static MP_DEFINE_CONST_DICT(soft_i2c_locals, soft_i2c_locals_table);

const mp_obj_type_t machine_i2c_type = {
    {&mp_type_type},
    .name = MP_QSTR_I2C,
    .print = i2c_print,
    .make_new = i2c_make_new,
    .locals_dict = (mp_obj_dict_t *)&i2c_locals,
};

const mp_obj_type_t machine_soft_i2c_type = {
    {&mp_type_type},
    .name = MP_QSTR_SoftI2C,
    .print = i2c_print,
    .make_new = i2c_make_new,
    .locals_dict = (mp_obj_dict_t *)&soft_i2c_locals,
};
