// ports/sim/modonewire.c: the board's single-wire host drivers on virtual time.
//
//   _onewire   reset(pin) -> presence bool, readbit(pin), readbyte(pin), writebit(pin, v),
//              writebyte(pin, v), crc8(data): the 1-Wire master slots that MicroPython's
//              `onewire` driver (frozen: modules/onewire.py) builds on.
//   machine.dht_readinto(pin, buf) (also esp.dht_readinto): one DHT11/DHT22 read into a 5-byte
//              buffer, as the `dht` driver (modules/dht.py) uses it.
//
// Both act on the pin's net exactly as firmware would on hardware: the pin becomes open drain
// with its pull-up, the master pulls low for the slot's time and releases, and the level is
// sampled at the slot's sampling point. Time advances through sim_clock_advance_to(), so the
// device models (parts/ds18b20.c, parts/dht.c) see real edges and the VCD shows the slots.
//
// Slot timings (Maxim application note 126, standard speed; DHT datasheets):
//   reset: low 480 us, release, sample presence at +70 us, then 410 us
//   write 1: low 6 us, release 64 us;  write 0: low 60 us, release 10 us
//   read: low 6 us, release, sample at +9 us, then 55 us
//   DHT: line high, low 18 ms (start signal: DHT11 needs 18 ms, DHT22 1 ms), release; the
//   sensor answers 80 us low / 80 us high, then 40 bits of 50 us low + 26 us (0) or 70 us (1)
//   high. A high longer than 48 us is a 1.
#include "py/runtime.h"
#include <errno.h>

#include "sim.h"
#include "machine.h"

// ---- line primitives ----

static void ow_wait_ns(sim_ns_t ns) {
    sim_clock_advance_to(sim_now() + ns);
}

static int ow_pin(mp_obj_t pin) {
    int g = sim_pin_arg(pin);
    sim_pin_set_open_drain(g, true);
    return g;
}

// Waits (in virtual time) until the line is at `level`; returns the time waited, or -1 after
// `timeout` ns. Shared with machine.time_pulse_us (machine.h).
sim_ns_t sim_pin_wait_level(int g, int level, sim_ns_t timeout) {
    sim_ns_t start = sim_now(), end = start + timeout;
    while (sim_pin_read(g) != level) {
        sim_ns_t next = sim_event_next_time();
        if (next > end) {
            sim_clock_advance_to(end);
            return -1;
        }
        sim_clock_advance_to(next);
    }
    return sim_now() - start;
}

static bool ow_reset(int g) {
    sim_pin_od_write(g, 0);
    ow_wait_ns(480 * SIM_NS_PER_US);
    sim_pin_od_write(g, 1);
    ow_wait_ns(70 * SIM_NS_PER_US);
    bool present = sim_pin_read(g) == 0;
    ow_wait_ns(410 * SIM_NS_PER_US);
    return present;
}

static void ow_write_bit(int g, int v) {
    sim_pin_od_write(g, 0);
    ow_wait_ns((v ? 6 : 60) * SIM_NS_PER_US);
    sim_pin_od_write(g, 1);
    ow_wait_ns((v ? 64 : 10) * SIM_NS_PER_US);
}

static int ow_read_bit(int g) {
    sim_pin_od_write(g, 0);
    ow_wait_ns(6 * SIM_NS_PER_US);
    sim_pin_od_write(g, 1);
    ow_wait_ns(9 * SIM_NS_PER_US);
    int v = sim_pin_read(g);
    ow_wait_ns(55 * SIM_NS_PER_US);
    return v;
}

// ---- _onewire ----

static mp_obj_t onewire_reset(mp_obj_t pin) {
    return mp_obj_new_bool(ow_reset(ow_pin(pin)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(onewire_reset_obj, onewire_reset);

static mp_obj_t onewire_readbit(mp_obj_t pin) {
    return MP_OBJ_NEW_SMALL_INT(ow_read_bit(ow_pin(pin)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(onewire_readbit_obj, onewire_readbit);

static mp_obj_t onewire_readbyte(mp_obj_t pin) {
    int g = ow_pin(pin), v = 0;
    for (int i = 0; i < 8; i++) {
        v |= ow_read_bit(g) << i; // least significant bit first
    }
    return MP_OBJ_NEW_SMALL_INT(v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(onewire_readbyte_obj, onewire_readbyte);

static mp_obj_t onewire_writebit(mp_obj_t pin, mp_obj_t v) {
    ow_write_bit(ow_pin(pin), mp_obj_is_true(v));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(onewire_writebit_obj, onewire_writebit);

static mp_obj_t onewire_writebyte(mp_obj_t pin, mp_obj_t v_in) {
    int g = ow_pin(pin);
    mp_int_t v = mp_obj_get_int(v_in);
    for (int i = 0; i < 8; i++) {
        ow_write_bit(g, (v >> i) & 1);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(onewire_writebyte_obj, onewire_writebyte);

// Dallas/Maxim CRC-8: x^8 + x^5 + x^4 + 1, bits taken least significant first.
static mp_obj_t onewire_crc8(mp_obj_t data) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    const uint8_t *p = bi.buf;
    uint8_t crc = 0;
    for (size_t i = 0; i < bi.len; i++) {
        uint8_t b = p[i];
        for (int k = 0; k < 8; k++) {
            uint8_t mix = (crc ^ b) & 1;
            crc >>= 1;
            if (mix) {
                crc ^= 0x8c;
            }
            b >>= 1;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(crc);
}
static MP_DEFINE_CONST_FUN_OBJ_1(onewire_crc8_obj, onewire_crc8);

static const mp_rom_map_elem_t onewire_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__onewire) },
    { MP_ROM_QSTR(MP_QSTR_reset), MP_ROM_PTR(&onewire_reset_obj) },
    { MP_ROM_QSTR(MP_QSTR_readbit), MP_ROM_PTR(&onewire_readbit_obj) },
    { MP_ROM_QSTR(MP_QSTR_readbyte), MP_ROM_PTR(&onewire_readbyte_obj) },
    { MP_ROM_QSTR(MP_QSTR_writebit), MP_ROM_PTR(&onewire_writebit_obj) },
    { MP_ROM_QSTR(MP_QSTR_writebyte), MP_ROM_PTR(&onewire_writebyte_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc8), MP_ROM_PTR(&onewire_crc8_obj) },
};
static MP_DEFINE_CONST_DICT(onewire_globals, onewire_globals_table);

const mp_obj_module_t mp_module_onewire = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&onewire_globals,
};
MP_REGISTER_MODULE(MP_QSTR__onewire, mp_module_onewire);

// ---- dht_readinto ----

static mp_obj_t dht_readinto(mp_obj_t pin, mp_obj_t buf_in) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf_in, &bi, MP_BUFFER_WRITE);
    if (bi.len < 5) {
        mp_raise_ValueError("buffer too small");
    }
    int g = ow_pin(pin);
    uint8_t *buf = bi.buf;
    // start signal: idle high, then 18 ms low, then release
    sim_pin_od_write(g, 1);
    ow_wait_ns(1000 * SIM_NS_PER_US);
    sim_pin_od_write(g, 0);
    ow_wait_ns(18000 * SIM_NS_PER_US);
    sim_pin_od_write(g, 1);
    // the answer: low, high, then each bit's low; every wait is bounded
    if (sim_pin_wait_level(g, 0, 100 * SIM_NS_PER_US) < 0
        || sim_pin_wait_level(g, 1, 100 * SIM_NS_PER_US) < 0
        || sim_pin_wait_level(g, 0, 100 * SIM_NS_PER_US) < 0) {
        mp_raise_OSError(ETIMEDOUT);
    }
    for (int i = 0; i < 5; i++) {
        buf[i] = 0;
    }
    for (int bit = 0; bit < 40; bit++) {
        if (sim_pin_wait_level(g, 1, 100 * SIM_NS_PER_US) < 0) {
            mp_raise_OSError(ETIMEDOUT);
        }
        sim_ns_t high = sim_pin_wait_level(g, 0, 100 * SIM_NS_PER_US);
        if (high < 0) {
            mp_raise_OSError(ETIMEDOUT);
        }
        if (high > 48 * SIM_NS_PER_US) {
            buf[bit / 8] |= (uint8_t)(0x80 >> (bit % 8));
        }
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(sim_dht_readinto_obj, dht_readinto);

// ---- esp: what ESP32 firmware calls beside `machine` (boot.py's esp.osdebug(None)) ----

static mp_obj_t esp_osdebug(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(esp_osdebug_obj, 1, 2, esp_osdebug);

static const mp_rom_map_elem_t esp_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_esp) },
    { MP_ROM_QSTR(MP_QSTR_osdebug), MP_ROM_PTR(&esp_osdebug_obj) },
    { MP_ROM_QSTR(MP_QSTR_dht_readinto), MP_ROM_PTR(&sim_dht_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_LOG_NONE), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_LOG_ERROR), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_LOG_WARNING), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_LOG_INFO), MP_ROM_INT(3) },
    { MP_ROM_QSTR(MP_QSTR_LOG_DEBUG), MP_ROM_INT(4) },
    { MP_ROM_QSTR(MP_QSTR_LOG_VERBOSE), MP_ROM_INT(5) },
};
static MP_DEFINE_CONST_DICT(esp_globals, esp_globals_table);

const mp_obj_module_t mp_module_esp = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&esp_globals,
};
MP_REGISTER_MODULE(MP_QSTR_esp, mp_module_esp);
