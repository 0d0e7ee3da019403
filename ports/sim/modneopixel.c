// ports/sim/modneopixel.c: the `neopixel` module (MicroPython's API: NeoPixel(pin, n, bpp=3,
// timing=1), indexing with (r, g, b[, w]) tuples, fill, write, n, buf). write() sends the
// buffer with machine.bitstream's timing (WS2812 800 kHz: 400/850/800/450 ns; timing=0 is the
// 400 kHz variant), so the strip parts on the pin's net receive the bytes in wire order (GRB).
#include <string.h>

#include "py/runtime.h"
#include "machine.h"

void sim_neopixel_write(int gpio, const uint8_t *buf, size_t n);

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
    uint8_t bpp;
    uint8_t timing;
    size_t n;
    mp_obj_t buf;           // bytearray of n * bpp, wire order
} neopixel_obj_t;

static const mp_obj_type_t neopixel_type;
// Wire order of the colour components for bpp 3 (GRB) and 4 (GRBW): index into (r, g, b, w).
static const uint8_t order[4] = {1, 0, 2, 3};

static mp_obj_t neopixel_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_pin, ARG_n, ARG_bpp, ARG_timing };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pin, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_n, MP_ARG_REQUIRED | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_bpp, MP_ARG_INT, {.u_int = 3} },
        { MP_QSTR_timing, MP_ARG_INT, {.u_int = 1} },
    };
    mp_arg_val_t a[4];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 4, allowed, a);
    if (a[ARG_n].u_int < 0 || a[ARG_n].u_int > 100000) {
        mp_raise_ValueError("invalid number of pixels");
    }
    if (a[ARG_bpp].u_int != 3 && a[ARG_bpp].u_int != 4) {
        mp_raise_ValueError("bpp must be 3 or 4");
    }
    neopixel_obj_t *self = m_new_obj(neopixel_obj_t);
    self->base.type = type;
    self->gpio = (uint8_t)sim_pin_arg(a[ARG_pin].u_obj);
    self->n = (size_t)a[ARG_n].u_int;
    self->bpp = (uint8_t)a[ARG_bpp].u_int;
    self->timing = (uint8_t)a[ARG_timing].u_int;
    self->buf = mp_obj_new_bytearray(self->n * self->bpp, NULL);
    sim_pin_write(self->gpio, 0);
    return MP_OBJ_FROM_PTR(self);
}

static uint8_t *pixels(neopixel_obj_t *self) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(self->buf, &bi, MP_BUFFER_RW);
    return bi.buf;
}

static size_t index_arg(neopixel_obj_t *self, mp_obj_t idx) {
    mp_int_t i = mp_obj_get_int(idx);
    if (i < 0) {
        i += (mp_int_t)self->n;
    }
    if (i < 0 || (size_t)i >= self->n) {
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    return (size_t)i;
}

static void set_pixel(neopixel_obj_t *self, size_t i, mp_obj_t colour) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(colour, &n, &items);
    if (n != self->bpp) {
        mp_raise_ValueError("colour must have bpp items");
    }
    uint8_t *p = pixels(self) + i * self->bpp;
    for (size_t k = 0; k < n; k++) {
        p[k] = (uint8_t)mp_obj_get_int(items[order[k]]);
    }
}

static mp_obj_t neopixel_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    neopixel_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (value == MP_OBJ_NULL) {
        return MP_OBJ_NULL;     // no deletion
    }
    size_t i = index_arg(self, index);
    if (value == MP_OBJ_SENTINEL) {
        uint8_t *p = pixels(self) + i * self->bpp;
        mp_obj_t items[4];
        for (size_t k = 0; k < self->bpp; k++) {
            items[order[k]] = MP_OBJ_NEW_SMALL_INT(p[k]);
        }
        return mp_obj_new_tuple(self->bpp, items);
    }
    set_pixel(self, i, value);
    return mp_const_none;
}

static mp_obj_t neopixel_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    neopixel_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_LEN) {
        return MP_OBJ_NEW_SMALL_INT(self->n);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t neopixel_fill(mp_obj_t self_in, mp_obj_t colour) {
    neopixel_obj_t *self = MP_OBJ_TO_PTR(self_in);
    for (size_t i = 0; i < self->n; i++) {
        set_pixel(self, i, colour);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(neopixel_fill_obj, neopixel_fill);

static mp_obj_t neopixel_write(mp_obj_t self_in) {
    neopixel_obj_t *self = MP_OBJ_TO_PTR(self_in);
    // 800 kHz: T0H 400, T0L 850, T1H 800, T1L 450 ns; 400 kHz doubles them.
    sim_ns_t scale = self->timing ? 1 : 2;
    sim_ns_t bit_ns = 1250 * scale;
    size_t len = self->n * self->bpp;
    sim_clock_advance_to(sim_now() + (sim_ns_t)len * 8 * bit_ns + 50 * SIM_NS_PER_US);
    sim_neopixel_write(self->gpio, pixels(self), len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(neopixel_write_obj, neopixel_write);

static void neopixel_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    neopixel_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_n) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->n);
    } else if (attr == MP_QSTR_buf) {
        dest[0] = self->buf;
    } else if (attr == MP_QSTR_bpp) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->bpp);
    }
}

static const mp_rom_map_elem_t neopixel_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_fill), MP_ROM_PTR(&neopixel_fill_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&neopixel_write_obj) },
};
static MP_DEFINE_CONST_DICT(neopixel_locals, neopixel_locals_table);

static const mp_obj_type_t neopixel_type = {
    {&mp_type_type},
    .name = MP_QSTR_NeoPixel,
    .make_new = neopixel_make_new,
    .subscr = neopixel_subscr,
    .unary_op = neopixel_unary_op,
    .attr = neopixel_attr,
    .locals_dict = (mp_obj_dict_t *)&neopixel_locals,
};

static const mp_rom_map_elem_t neopixel_module_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_neopixel) },
    { MP_ROM_QSTR(MP_QSTR_NeoPixel), MP_ROM_PTR(&neopixel_type) },
};
MP_DEFINE_CONST_MODULE(mp_module_neopixel, neopixel_module_table);
MP_REGISTER_MODULE(MP_QSTR_neopixel, mp_module_neopixel);
