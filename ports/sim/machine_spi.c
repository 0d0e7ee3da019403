// ports/sim/machine_spi.c: machine.SPI and machine.SoftSPI.
//
// Every byte is exchanged with the parts selected on the bus (bus.c: a part whose clock and
// data pins sit on the SCK/MOSI nets and whose CS net is low) and costs 8 bit times of virtual
// time at the baud rate. SoftSPI, SPI while a VCD is open, and SPI whose SCK net reaches a
// part that only watches pins (74HC595, 74HC165) also drive SCK and MOSI bit by bit in the
// configured mode (polarity = idle clock level, phase 0 = sample on the first edge) and
// sample MISO, so traces show the waveform and shift registers see their clock. bits other than 8 are accepted for SoftSPI (1..32 would
// need wider transfers; only 8 reaches parts, as on MicroPython where only 8 is guaranteed).
#include <string.h>

#include "py/runtime.h"
#include "machine.h"
#include "inject.h"

typedef struct {
    mp_obj_base_t base;
    bool soft;
    int8_t id;
    int8_t sck, mosi, miso;
    uint32_t baudrate;
    uint8_t polarity, phase, bits, firstbit;
    uint8_t mosi_level;     // MOSI after the last byte (what a mode-1 part samples first)
} machine_spi_obj_t;

enum { SPI_MSB = 0, SPI_LSB = 1 };

static void spi_wait(machine_spi_obj_t *self) {
    sim_clock_advance_to(sim_now() + (sim_ns_t)(500000000u / self->baudrate));
}

static uint8_t spi_reverse(uint8_t b) {
    uint8_t r = 0;
    for (int i = 0; i < 8; i++) {
        r = (uint8_t)((r << 1) | ((b >> i) & 1));
    }
    return r;
}

// The byte a rising-edge part samples from `wire` (MSB first) sent in mode (cpol, cpha), MOSI
// being at `prev` before the byte. Edge e = 0..15: even edges lead, odd edges trail; the
// controller changes MOSI on trailing edges (phase 0, bit 0 set up before edge 0) or on leading
// edges (phase 1); the part samples before the change.
static uint8_t spi_part_sees(int cpol, int cpha, uint8_t wire, int prev) {
    int mosi = cpha ? prev : (wire >> 7) & 1;
    int next = cpha ? 0 : 1;
    uint8_t seen = 0;
    for (int e = 0; e < 16; e++) {
        bool leading = e % 2 == 0;
        bool rising = leading == (cpol == 0);
        if (rising) {
            seen = (uint8_t)(seen << 1 | mosi);
        }
        if (leading == (cpha == 1) && next < 8) {
            mosi = (wire >> (7 - next)) & 1;
            next++;
        }
    }
    return seen;
}

// The byte the controller samples (on leading edges in phase 0, trailing in phase 1) while the
// part shifts `answer` out: bit 0 from the start, the next bit on each falling edge that
// follows one of its rising (sampling) edges.
static uint8_t spi_controller_gets(int cpol, int cpha, uint8_t answer) {
    int idx = 0;
    bool sampled = false;
    uint8_t got = 0;
    for (int e = 0; e < 16; e++) {
        bool leading = e % 2 == 0;
        bool rising = leading == (cpol == 0);
        if (leading == (cpha == 0)) {
            got = (uint8_t)(got << 1 | ((answer >> (7 - idx)) & 1));
        }
        if (rising) {
            sampled = true;
        } else if (sampled && idx < 7) {
            idx++;
            sampled = false;
        }
    }
    return got;
}

// One byte. On the wire bits go out in `firstbit` order; byte-level parts take them MSB first,
// so an LSB-first byte reaches them bit-reversed, as a real chip would shift it in. With
// `edges` SCK and MOSI toggle bit by bit and MISO is sampled on each sampling edge (the
// answer when no byte-level part took the byte: a 74HC165's Q7, or 1 on a floating line).
static uint8_t spi_xfer_byte(machine_spi_obj_t *self, uint8_t out, bool edges) {
    int sck_net = self->sck >= 0 ? sim_gpio[self->sck].net : -1;
    int mosi_net = self->mosi >= 0 ? sim_gpio[self->mosi].net : -1;
    int miso_net = self->miso >= 0 ? sim_gpio[self->miso].net : -1;
    bool lsb = self->firstbit == SPI_LSB;
    uint8_t wire = lsb ? spi_reverse(out) : out;
    bool answered;
    uint8_t seen = spi_part_sees(self->polarity, self->phase, wire, self->mosi_level);
    uint8_t in = sim_spi_byte(sck_net, mosi_net, miso_net, seen, &answered);
    if (answered) {
        in = spi_controller_gets(self->polarity, self->phase, in);
    }
    self->mosi_level = wire & 1;
    if (!edges) {
        sim_clock_advance_to(sim_now() + (sim_ns_t)(8ull * 1000000000u / self->baudrate));
        return lsb ? spi_reverse(in) : in;
    }
    uint8_t sampled = 0;
    for (int i = 0; i < 8; i++) {
        int bit = (wire >> (7 - i)) & 1;
        int miso_bit;
        if (self->phase == 0) {
            if (self->mosi >= 0) {
                sim_pin_write(self->mosi, bit);
            }
            spi_wait(self);
            miso_bit = miso_net < 0 || sim_net_floating(miso_net) ? 1 : sim_net_level(miso_net);
            sim_pin_write(self->sck, !self->polarity);
            spi_wait(self);
            sim_pin_write(self->sck, self->polarity);
        } else {
            sim_pin_write(self->sck, !self->polarity);
            if (self->mosi >= 0) {
                sim_pin_write(self->mosi, bit);
            }
            spi_wait(self);
            miso_bit = miso_net < 0 || sim_net_floating(miso_net) ? 1 : sim_net_level(miso_net);
            sim_pin_write(self->sck, self->polarity);
            spi_wait(self);
        }
        sampled = (uint8_t)((sampled << 1) | miso_bit);
    }
    if (!answered) {
        in = sampled;
    }
    return lsb ? spi_reverse(in) : in;
}

static void spi_transfer(machine_spi_obj_t *self, const uint8_t *out, uint8_t *in, size_t n, uint8_t fill) {
    uint8_t *log_out = m_new(uint8_t, n ? n : 1);
    uint8_t *log_in = m_new(uint8_t, n ? n : 1);
    bool edges = self->soft || sim_vcd_active()
        || sim_spi_net_has_pin_parts(self->sck >= 0 ? sim_gpio[self->sck].net : -1);
    sim_spi_transfer_active = true;
    for (size_t i = 0; i < n; i++) {
        uint8_t o = out ? out[i] : fill;
        uint8_t r = spi_xfer_byte(self, o, edges);
        log_out[i] = o;
        log_in[i] = r;
        if (in) {
            in[i] = r;
        }
    }
    sim_spi_transfer_active = false;
    sim_buslog_spi(self->soft ? "soft-spi" : "spi", log_out, log_in, n);
    sim_record_spi(self->sck >= 0 ? sim_gpio[self->sck].net : -1, log_out, n);
    m_del(uint8_t, log_out, n ? n : 1);
    m_del(uint8_t, log_in, n ? n : 1);
}

static void spi_init_helper(machine_spi_obj_t *self, size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_baudrate, ARG_polarity, ARG_phase, ARG_bits, ARG_firstbit, ARG_sck, ARG_mosi, ARG_miso };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_baudrate, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_polarity, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_phase, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_bits, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_firstbit, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_sck, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_mosi, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_miso, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t a[8];
    mp_arg_parse_all(n_args, pos, kw, 8, allowed, a);
    if (a[ARG_baudrate].u_int != -1) {
        if (a[ARG_baudrate].u_int <= 0 || a[ARG_baudrate].u_int > 80000000) {
            mp_raise_ValueError("invalid baudrate");
        }
        self->baudrate = (uint32_t)a[ARG_baudrate].u_int;
    }
    if (a[ARG_polarity].u_int != -1) {
        self->polarity = a[ARG_polarity].u_int != 0;
    }
    if (a[ARG_phase].u_int != -1) {
        self->phase = a[ARG_phase].u_int != 0;
    }
    if (a[ARG_bits].u_int != -1) {
        if (a[ARG_bits].u_int != 8) {
            mp_raise_ValueError("bits must be 8");
        }
        self->bits = 8;
    }
    if (a[ARG_firstbit].u_int != -1) {
        if (a[ARG_firstbit].u_int != SPI_MSB && a[ARG_firstbit].u_int != SPI_LSB) {
            mp_raise_ValueError("invalid firstbit");
        }
        self->firstbit = (uint8_t)a[ARG_firstbit].u_int;
    }
    if (a[ARG_sck].u_obj != MP_OBJ_NULL) {
        self->sck = (int8_t)sim_pin_arg(a[ARG_sck].u_obj);
    }
    if (a[ARG_mosi].u_obj != MP_OBJ_NULL) {
        self->mosi = (int8_t)sim_pin_arg(a[ARG_mosi].u_obj);
    }
    if (a[ARG_miso].u_obj != MP_OBJ_NULL) {
        self->miso = (int8_t)sim_pin_arg(a[ARG_miso].u_obj);
    }
    if (self->sck < 0) {
        mp_raise_ValueError("SPI needs an sck pin");
    }
    if (!self->soft) {
        sim_pin_check_function(SIM_FN_SPI_SCK, self->id - sim_profile->spi_first_id, self->sck);
        sim_pin_check_function(SIM_FN_SPI_MOSI, self->id - sim_profile->spi_first_id, self->mosi);
        sim_pin_check_function(SIM_FN_SPI_MISO, self->id - sim_profile->spi_first_id, self->miso);
    }
    sim_pin_write(self->sck, self->polarity);
    if (self->mosi >= 0) {
        sim_pin_write(self->mosi, 0);
    }
    self->mosi_level = 0;
}

static mp_obj_t spi_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, MP_OBJ_FUN_ARGS_MAX, true);
    machine_spi_obj_t *self = m_new_obj(machine_spi_obj_t);
    self->base.type = type;
    self->polarity = 0;
    self->phase = 0;
    self->bits = 8;
    self->firstbit = SPI_MSB;
    self->sck = self->mosi = self->miso = -1;
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    if (type == &machine_soft_spi_type) {
        self->soft = true;
        self->id = -1;
        self->baudrate = 500000;
        spi_init_helper(self, n_args, args, &kw);
        return MP_OBJ_FROM_PTR(self);
    }
    if (n_args == 0) {
        mp_raise_TypeError("SPI needs an id");
    }
    mp_int_t id = mp_obj_get_int(args[0]);
    mp_int_t k = id - sim_profile->spi_first_id;
    if (k < 0 || k >= sim_profile->n_spi) {
        mp_raise_msg_varg(&mp_type_ValueError, "SPI(%d) doesn't exist", (int)id);
    }
    self->id = (int8_t)id;
    self->baudrate = 1000000;
    self->sck = (int8_t)sim_profile->spi_pins[k][0];
    self->mosi = (int8_t)sim_profile->spi_pins[k][1];
    self->miso = (int8_t)sim_profile->spi_pins[k][2];
    spi_init_helper(self, n_args - 1, args + 1, &kw);
    return MP_OBJ_FROM_PTR(self);
}

static void spi_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_spi_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->soft) {
        mp_printf(print, "SoftSPI(baudrate=%u, polarity=%u, phase=%u, sck=%d, mosi=%d, miso=%d)",
            (unsigned)self->baudrate, self->polarity, self->phase, self->sck, self->mosi, self->miso);
    } else {
        mp_printf(print, "SPI(%d, baudrate=%u, polarity=%u, phase=%u, bits=%u, firstbit=%u, sck=%d, mosi=%d, miso=%d)",
            self->id, (unsigned)self->baudrate, self->polarity, self->phase, self->bits, self->firstbit,
            self->sck, self->mosi, self->miso);
    }
}

static mp_obj_t spi_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    spi_init_helper(MP_OBJ_TO_PTR(args[0]), n_args - 1, args + 1, kw);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(spi_init_obj, 1, spi_init);

static mp_obj_t spi_deinit(mp_obj_t self_in) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(spi_deinit_obj, spi_deinit);

// read(nbytes, write=0x00) and readinto(buf, write=0x00): `write` may be given by keyword,
// as the documentation writes it.
static uint8_t spi_fill_arg(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args > 3) {
        mp_raise_TypeError("function takes at most 2 positional arguments");
    }
    mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_write), MP_MAP_LOOKUP);
    if (kw->used > (e != NULL ? 1u : 0u) || (e != NULL && n_args > 2)) {
        mp_raise_TypeError("unexpected keyword argument");
    }
    if (e != NULL) {
        return (uint8_t)mp_obj_get_int(e->value);
    }
    return n_args > 2 ? (uint8_t)mp_obj_get_int(args[2]) : 0;
}

static mp_obj_t spi_read(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_spi_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t n = mp_obj_get_int(args[1]);
    if (n < 0) {
        mp_raise_ValueError("negative length");
    }
    uint8_t fill = spi_fill_arg(n_args, args, kw);
    vstr_t v;
    vstr_init_len(&v, n);
    spi_transfer(self, NULL, (uint8_t *)v.buf, n, fill);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(spi_read_obj, 2, spi_read);

static mp_obj_t spi_readinto(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    machine_spi_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    uint8_t fill = spi_fill_arg(n_args, args, kw);
    spi_transfer(self, NULL, bi.buf, bi.len, fill);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(spi_readinto_obj, 2, spi_readinto);

static mp_obj_t spi_write(mp_obj_t self_in, mp_obj_t buf) {
    machine_spi_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf, &bi, MP_BUFFER_READ);
    spi_transfer(self, bi.buf, NULL, bi.len, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(spi_write_obj, spi_write);

static mp_obj_t spi_write_readinto(mp_obj_t self_in, mp_obj_t wbuf, mp_obj_t rbuf) {
    machine_spi_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t wi, ri;
    mp_get_buffer_raise(wbuf, &wi, MP_BUFFER_READ);
    mp_get_buffer_raise(rbuf, &ri, MP_BUFFER_WRITE);
    if (wi.len != ri.len) {
        mp_raise_ValueError("buffers must be the same length");
    }
    // The buffers may be the same object: copy the output first.
    uint8_t *tmp = m_new(uint8_t, wi.len ? wi.len : 1);
    memcpy(tmp, wi.buf, wi.len);
    spi_transfer(self, tmp, ri.buf, wi.len, 0);
    m_del(uint8_t, tmp, wi.len ? wi.len : 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(spi_write_readinto_obj, spi_write_readinto);

static const mp_rom_map_elem_t spi_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_init), MP_ROM_PTR(&spi_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_deinit), MP_ROM_PTR(&spi_deinit_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&spi_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&spi_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&spi_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_write_readinto), MP_ROM_PTR(&spi_write_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_MSB), MP_ROM_INT(SPI_MSB) },
    { MP_ROM_QSTR(MP_QSTR_LSB), MP_ROM_INT(SPI_LSB) },
};
static MP_DEFINE_CONST_DICT(spi_locals, spi_locals_table);

const mp_obj_type_t machine_spi_type = {
    {&mp_type_type},
    .name = MP_QSTR_SPI,
    .print = spi_print,
    .make_new = spi_make_new,
    .locals_dict = (mp_obj_dict_t *)&spi_locals,
};

const mp_obj_type_t machine_soft_spi_type = {
    {&mp_type_type},
    .name = MP_QSTR_SoftSPI,
    .print = spi_print,
    .make_new = spi_make_new,
    .locals_dict = (mp_obj_dict_t *)&spi_locals,
};
