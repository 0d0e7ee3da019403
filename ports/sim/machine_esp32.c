// ports/sim/machine_esp32.c: what ESP32 firmware uses beyond the portable `machine` API.
//
//   machine.DAC(pin)        GPIO25/26 (esp32); write(0..255) drives value/255 * 3.3 V on the net
//                           as an analog source (an ADC or a part reading the net sees it).
//   machine.TouchPad(pin)   the esp32 touch pins; read() gives the untouched count (a board with
//                           no finger model: constant), config(threshold) is kept.
//   machine.wake_reason()   0 at power-on; TIMER_WAKE after a timed deepsleep/lightsleep,
//                           EXT0_WAKE after a deepsleep woken by esp32.wake_on_ext0's pin.
//   esp32                   wake_on_ext0/ext1/touch, raw_temperature, idf_heap_info, NVS.
//
// NVS: namespaces of typed entries (i32 or blob) in malloc'd memory that survives soft and
// deep-sleep resets of the run (as flash does); commit() is a no-op since writes land at once.
// Layout: a linked list of {namespace, key, kind, int value | blob}; keys are at most 15 bytes
// (the IDF's limit: longer ones raise ValueError).
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "py/runtime.h"
#include "sim.h"
#include "simport.h"
#include "machine.h"

// ---- wake-up sources (read by modmachine.c's sleeps) ----

int sim_wake_reason;            // machine.wake_reason() of the current boot
int sim_wake_ext0_gpio = -1;    // esp32.wake_on_ext0
int sim_wake_ext0_level;

static bool esp32_only(void) {
    return strcmp(sim_profile->platform, "esp32") == 0;
}

// ---- DAC ----

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
    uint8_t value;
} machine_dac_obj_t;

const mp_obj_type_t machine_dac_type;

static mp_obj_t dac_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 1, 2, true);
    int g = sim_pin_arg(args[0]);
    if (!esp32_only() || (g != 25 && g != 26)) {
        mp_raise_ValueError("invalid Pin for DAC");
    }
    machine_dac_obj_t *self = m_new_obj(machine_dac_obj_t);
    self->base.type = &machine_dac_type;
    self->gpio = (uint8_t)g;
    self->value = 0;
    sim_driver_set_analog(&sim_gpio[g], 0.0);
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t dac_write(mp_obj_t self_in, mp_obj_t v_in) {
    machine_dac_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t v = mp_obj_get_int(v_in);
    if (v < 0 || v > 255) {
        mp_raise_ValueError("parameter error");
    }
    self->value = (uint8_t)v;
    sim_driver_set_analog(&sim_gpio[self->gpio], SIM_VCC * (double)v / 255.0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(dac_write_obj, dac_write);

static void dac_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    machine_dac_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "DAC(Pin(%u))", self->gpio);
}

static const mp_rom_map_elem_t dac_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&dac_write_obj) },
};
static MP_DEFINE_CONST_DICT(dac_locals, dac_locals_table);

const mp_obj_type_t machine_dac_type = {
    {&mp_type_type},
    .name = MP_QSTR_DAC,
    .make_new = dac_make_new,
    .print = dac_print,
    .locals_dict = (mp_obj_dict_t *)&dac_locals,
};

// ---- TouchPad ----

typedef struct {
    mp_obj_base_t base;
    uint8_t gpio;
    uint16_t threshold;
} machine_touchpad_obj_t;

const mp_obj_type_t machine_touchpad_type;
#define TOUCH_UNTOUCHED 600 // a bare electrode's count (lower means touched)

static mp_obj_t touchpad_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    int g = sim_pin_arg(args[0]);
    static const uint8_t touch_pins[] = {0, 2, 4, 12, 13, 14, 15, 27, 32, 33};
    bool ok = false;
    for (size_t i = 0; i < sizeof(touch_pins); i++) {
        ok |= touch_pins[i] == g;
    }
    if (!esp32_only() || !ok) {
        mp_raise_ValueError("invalid pin for touchpad");
    }
    machine_touchpad_obj_t *self = m_new_obj(machine_touchpad_obj_t);
    self->base.type = &machine_touchpad_type;
    self->gpio = (uint8_t)g;
    self->threshold = 0;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t touchpad_read(mp_obj_t self_in) {
    (void)self_in;
    return MP_OBJ_NEW_SMALL_INT(TOUCH_UNTOUCHED);
}
static MP_DEFINE_CONST_FUN_OBJ_1(touchpad_read_obj, touchpad_read);

static mp_obj_t touchpad_config(mp_obj_t self_in, mp_obj_t v) {
    machine_touchpad_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t t = mp_obj_get_int(v);
    if (t < 0 || t > 65535) {
        mp_raise_ValueError("Touch pad error");
    }
    self->threshold = (uint16_t)t;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(touchpad_config_obj, touchpad_config);

static const mp_rom_map_elem_t touchpad_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&touchpad_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_config), MP_ROM_PTR(&touchpad_config_obj) },
};
static MP_DEFINE_CONST_DICT(touchpad_locals, touchpad_locals_table);

const mp_obj_type_t machine_touchpad_type = {
    {&mp_type_type},
    .name = MP_QSTR_TouchPad,
    .make_new = touchpad_make_new,
    .locals_dict = (mp_obj_dict_t *)&touchpad_locals,
};

// ---- esp32 module ----

static mp_obj_t esp32_wake_on_ext0(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_pin, ARG_level };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pin, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_level, MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, pos, kw, 2, allowed, a);
    if (a[ARG_pin].u_obj == mp_const_none) {
        sim_wake_ext0_gpio = -1;
    } else {
        int g = sim_pin_arg(a[ARG_pin].u_obj);
        static const uint8_t rtc_pins[] = {0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39};
        bool ok = false;
        for (size_t i = 0; i < sizeof(rtc_pins); i++) {
            ok |= rtc_pins[i] == g;
        }
        if (!ok) {
            mp_raise_ValueError("invalid pin");
        }
        sim_wake_ext0_gpio = g;
    }
    sim_wake_ext0_level = a[ARG_level].u_bool;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(esp32_wake_on_ext0_obj, 0, esp32_wake_on_ext0);

static mp_obj_t esp32_accept_any(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    (void)n_args;
    (void)pos;
    (void)kw;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(esp32_wake_on_ext1_obj, 0, esp32_accept_any);

static mp_obj_t esp32_wake_on_touch(mp_obj_t wake) {
    (void)mp_obj_is_true(wake);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(esp32_wake_on_touch_obj, esp32_wake_on_touch);

static mp_obj_t esp32_raw_temperature(void) {
    return MP_OBJ_NEW_SMALL_INT(127); // degrees F, about 53 C: a running chip's die
}
static MP_DEFINE_CONST_FUN_OBJ_0(esp32_raw_temperature_obj, esp32_raw_temperature);

static mp_obj_t esp32_idf_heap_info(mp_obj_t caps) {
    (void)mp_obj_get_int(caps);
    // (total, free, largest free block, minimum free seen) per region, as the IDF reports
    mp_obj_t t[4] = {MP_OBJ_NEW_SMALL_INT(113840), MP_OBJ_NEW_SMALL_INT(94252), MP_OBJ_NEW_SMALL_INT(65536), MP_OBJ_NEW_SMALL_INT(90000)};
    mp_obj_t region = mp_obj_new_tuple(4, t);
    return mp_obj_new_list(1, &region);
}
static MP_DEFINE_CONST_FUN_OBJ_1(esp32_idf_heap_info_obj, esp32_idf_heap_info);

// -- NVS --

typedef struct nvs_entry {
    struct nvs_entry *next;
    char ns[16], key[16];
    bool blob;
    int32_t i32;
    size_t len;
    uint8_t data[];
} nvs_entry_t;

static nvs_entry_t *nvs_store; // outlives soft resets (flash), freed never (process lifetime)

typedef struct {
    mp_obj_base_t base;
    char ns[16];
} esp32_nvs_obj_t;

const mp_obj_type_t esp32_nvs_type;

static void nvs_name(char *dst, mp_obj_t s, const char *what) {
    size_t len;
    const char *p = mp_obj_str_get_data(s, &len);
    if (len == 0 || len > 15) {
        mp_raise_msg_varg(&mp_type_ValueError, "%s must be 1 to 15 characters", what);
    }
    memcpy(dst, p, len);
    dst[len] = '\0';
}

static nvs_entry_t **nvs_find(const char *ns, const char *key) {
    nvs_entry_t **pp = &nvs_store;
    while (*pp != NULL && !(strcmp((*pp)->ns, ns) == 0 && strcmp((*pp)->key, key) == 0)) {
        pp = &(*pp)->next;
    }
    return pp;
}

static NORETURN void nvs_not_found(void) {
    mp_raise_OSError(ENOENT); // the IDF's ESP_ERR_NVS_NOT_FOUND, as the port maps it
}

static mp_obj_t nvs_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    esp32_nvs_obj_t *self = m_new_obj(esp32_nvs_obj_t);
    self->base.type = &esp32_nvs_type;
    nvs_name(self->ns, args[0], "namespace");
    return MP_OBJ_FROM_PTR(self);
}

static void nvs_put(esp32_nvs_obj_t *self, mp_obj_t key_in, bool blob, int32_t v, const void *data, size_t len) {
    char key[16];
    nvs_name(key, key_in, "key");
    nvs_entry_t **pp = nvs_find(self->ns, key);
    if (*pp != NULL) {
        nvs_entry_t *old = *pp;
        *pp = old->next;
        free(old);
    }
    nvs_entry_t *e = malloc(sizeof(nvs_entry_t) + len);
    if (e == NULL) {
        mp_raise_OSError(ENOMEM);
    }
    memcpy(e->ns, self->ns, sizeof(e->ns));
    memcpy(e->key, key, sizeof(e->key));
    e->blob = blob;
    e->i32 = v;
    e->len = len;
    if (len > 0) {
        memcpy(e->data, data, len);
    }
    e->next = nvs_store;
    nvs_store = e;
}

static nvs_entry_t *nvs_get(esp32_nvs_obj_t *self, mp_obj_t key_in, bool blob) {
    char key[16];
    nvs_name(key, key_in, "key");
    nvs_entry_t *e = *nvs_find(self->ns, key);
    if (e == NULL || e->blob != blob) {
        nvs_not_found();
    }
    return e;
}

static mp_obj_t nvs_set_i32(mp_obj_t self_in, mp_obj_t key, mp_obj_t v) {
    mp_int_t n = mp_obj_get_int(v);
    if (n < INT32_MIN || n > INT32_MAX) {
        mp_raise_msg(&mp_type_OverflowError, "value out of range for i32");
    }
    nvs_put(MP_OBJ_TO_PTR(self_in), key, false, (int32_t)n, NULL, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(nvs_set_i32_obj, nvs_set_i32);

static mp_obj_t nvs_get_i32(mp_obj_t self_in, mp_obj_t key) {
    return mp_obj_new_int(nvs_get(MP_OBJ_TO_PTR(self_in), key, false)->i32);
}
static MP_DEFINE_CONST_FUN_OBJ_2(nvs_get_i32_obj, nvs_get_i32);

static mp_obj_t nvs_set_blob(mp_obj_t self_in, mp_obj_t key, mp_obj_t v) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(v, &bi, MP_BUFFER_READ);
    nvs_put(MP_OBJ_TO_PTR(self_in), key, true, 0, bi.buf, bi.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(nvs_set_blob_obj, nvs_set_blob);

// get_blob(key, buffer): fills the buffer, returns the blob's length (the buffer must hold it)
static mp_obj_t nvs_get_blob(mp_obj_t self_in, mp_obj_t key, mp_obj_t buf) {
    nvs_entry_t *e = nvs_get(MP_OBJ_TO_PTR(self_in), key, true);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buf, &bi, MP_BUFFER_WRITE);
    if (bi.len < e->len) {
        mp_raise_msg(&mp_type_OSError, "ESP_ERR_NVS_INVALID_LENGTH");
    }
    if (e->len > 0) {
        memcpy(bi.buf, e->data, e->len);
    }
    return MP_OBJ_NEW_SMALL_INT(e->len);
}
static MP_DEFINE_CONST_FUN_OBJ_3(nvs_get_blob_obj, nvs_get_blob);

static mp_obj_t nvs_erase_key(mp_obj_t self_in, mp_obj_t key_in) {
    esp32_nvs_obj_t *self = MP_OBJ_TO_PTR(self_in);
    char key[16];
    nvs_name(key, key_in, "key");
    nvs_entry_t **pp = nvs_find(self->ns, key);
    if (*pp == NULL) {
        nvs_not_found();
    }
    nvs_entry_t *old = *pp;
    *pp = old->next;
    free(old);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(nvs_erase_key_obj, nvs_erase_key);

static mp_obj_t nvs_commit(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(nvs_commit_obj, nvs_commit);

static const mp_rom_map_elem_t nvs_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_set_i32), MP_ROM_PTR(&nvs_set_i32_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_i32), MP_ROM_PTR(&nvs_get_i32_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_blob), MP_ROM_PTR(&nvs_set_blob_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_blob), MP_ROM_PTR(&nvs_get_blob_obj) },
    { MP_ROM_QSTR(MP_QSTR_erase_key), MP_ROM_PTR(&nvs_erase_key_obj) },
    { MP_ROM_QSTR(MP_QSTR_commit), MP_ROM_PTR(&nvs_commit_obj) },
};
static MP_DEFINE_CONST_DICT(nvs_locals, nvs_locals_table);

const mp_obj_type_t esp32_nvs_type = {
    {&mp_type_type},
    .name = MP_QSTR_NVS,
    .make_new = nvs_make_new,
    .locals_dict = (mp_obj_dict_t *)&nvs_locals,
};

static const mp_rom_map_elem_t esp32_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_esp32) },
    { MP_ROM_QSTR(MP_QSTR_wake_on_ext0), MP_ROM_PTR(&esp32_wake_on_ext0_obj) },
    { MP_ROM_QSTR(MP_QSTR_wake_on_ext1), MP_ROM_PTR(&esp32_wake_on_ext1_obj) },
    { MP_ROM_QSTR(MP_QSTR_wake_on_touch), MP_ROM_PTR(&esp32_wake_on_touch_obj) },
    { MP_ROM_QSTR(MP_QSTR_raw_temperature), MP_ROM_PTR(&esp32_raw_temperature_obj) },
    { MP_ROM_QSTR(MP_QSTR_idf_heap_info), MP_ROM_PTR(&esp32_idf_heap_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_NVS), MP_ROM_PTR(&esp32_nvs_type) },
    { MP_ROM_QSTR(MP_QSTR_WAKEUP_ALL_LOW), MP_ROM_PTR(&mp_const_false_obj) },
    { MP_ROM_QSTR(MP_QSTR_WAKEUP_ANY_HIGH), MP_ROM_PTR(&mp_const_true_obj) },
    { MP_ROM_QSTR(MP_QSTR_HEAP_DATA), MP_ROM_INT(4) },
    { MP_ROM_QSTR(MP_QSTR_HEAP_EXEC), MP_ROM_INT(1) },
};
static MP_DEFINE_CONST_DICT(esp32_globals, esp32_globals_table);

const mp_obj_module_t mp_module_esp32 = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&esp32_globals,
};
MP_REGISTER_MODULE(MP_QSTR_esp32, mp_module_esp32);
