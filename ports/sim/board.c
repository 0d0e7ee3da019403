// ports/sim/board.c: board profiles, the MCU's pins, and the board-file loader.
//
// A board file is Wokwi's diagram.json: {"version": 1, "parts": [{type, id, attrs}, ...],
// "connections": [["a:PIN", "b:PIN", colour, route], ...]}. Loading it:
//   1. find the MCU part (board-esp32-devkit-c-v4, wokwi-esp32-devkit-v1, wokwi-pi-pico, ...):
//      it selects the profile; every GPIO of the profile gets an endpoint in sim_gpio[];
//   2. instantiate every other part from the registry (parts/parts.def): one endpoint per pin;
//   3. join endpoints named by each connection with union-find, then make one net per class;
//      the MCU's ground pins are one rail driven LOW, its 3V3/5V pins rails driven HIGH;
//   4. call each part's init (which may reject its attrs) and reset.
// Every error names the part id (or the connection) and what is wrong; nothing is partially
// loaded on error (the process exits). Two rails joined, or one part pin wired to two MCU pins
// ("pin used twice"), are errors; a direct GPIO-to-GPIO wire is a legal loopback, and two
// outputs fighting over a net are reported at run time as a short.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>
#include <ctype.h>

#include "sim.h"
#include "simport.h"
#include "genhdr/boards.h"
#include "parts/part_util.h"

// ---- profiles

#define BIT(n) ((uint64_t)1 << (n))

static const sim_profile_t profile_esp32 = {
    .name = "esp32", .platform = "esp32", .sysname = "esp32",
    .machine = "Generic ESP32 module with ESP32",
    .n_gpio = 40,
    // GPIO 0-5, 12-19, 21-23, 25-27, 32-39 (6-11 are the flash; 20, 24, 28-31 do not exist)
    .valid = 0x3F | (0xFFULL << 12) | (0x7ULL << 21) | (0x7ULL << 25) | (0xFFULL << 32),
    .input_only = 0xFCULL << 32,  // GPIO34..39: input only, no pull resistors
    .adc = BIT(32) | BIT(33) | BIT(34) | BIT(35) | BIT(36) | BIT(37) | BIT(38) | BIT(39)
        | BIT(0) | BIT(2) | BIT(4) | BIT(12) | BIT(13) | BIT(14) | BIT(15) | BIT(25) | BIT(26) | BIT(27),
    .i2c_nack_errno = ENODEV,
    .n_i2c = 2, .i2c_pins = {{18, 19}, {25, 26}},
    .spi_first_id = 1, .n_spi = 2, .spi_pins = {{14, 13, 12}, {18, 23, 19}},
    .n_uart = 3, .uart_pins = {{1, 3}, {10, 9}, {17, 16}},
    .n_hw_timers = 4, .cpu_mhz = 240, .led_gpio = 2, .unique_id_len = 6, .wdt_max_ms = 0x7FFFFFFF,
};

// The RP2040's fields, shared by the Pico and the Pico W.
#define SIM_PROFILE_RP2040 \
    .name = "rp2040", .platform = "rp2", .sysname = "rp2", \
    .n_gpio = 30, \
    .valid = (BIT(29) - 1) | BIT(29), \
    .input_only = 0, \
    .adc = BIT(26) | BIT(27) | BIT(28) | BIT(29), \
    .i2c_nack_errno = EIO, \
    .n_i2c = 2, .i2c_pins = {{5, 4}, {7, 6}}, \
    .spi_first_id = 0, .n_spi = 2, .spi_pins = {{18, 19, 16}, {10, 11, 8}}, \
    .n_uart = 2, .uart_pins = {{0, 1}, {4, 5}}, \
    .n_hw_timers = 0, .cpu_mhz = 125, .led_gpio = 25, .unique_id_len = 8, .wdt_max_ms = 8388

static const sim_profile_t profile_rp2 = {
    SIM_PROFILE_RP2040,
    .machine = "Raspberry Pi Pico with RP2040",
};

// The Pico W: the same RP2040 and pins; its name differs (firmware checks os.uname().machine
// for "Pico W" before using the radio).
static const sim_profile_t profile_rp2w = {
    SIM_PROFILE_RP2040,
    .machine = "Raspberry Pi Pico W with RP2040",
};

static const struct {
    const char *type;
    const sim_profile_t *profile;
} mcu_types[] = {
    {"board-esp32-devkit-c-v4", &profile_esp32},
    {"wokwi-esp32-devkit-v1", &profile_esp32},
    {"board-esp32-devkit-v1", &profile_esp32},
    {"board-esp32-s3-devkitc-1", &profile_esp32},
    {"wokwi-pi-pico", &profile_rp2},
    {"board-pi-pico-w", &profile_rp2w},
    {"wokwi-pi-pico-w", &profile_rp2w},
};

// Part types that are accepted and have no behaviour here (the recorders see every net anyway).
static const char *const passive_types[] = {
    "wokwi-logic-analyzer", "wokwi-breadboard", "wokwi-breadboard-mini", "wokwi-breadboard-half",
    "wokwi-text", NULL,
};

// Real Wokwi part types with no model yet: loaded with a warning on stderr, their pins float.
// Custom chips ("chip-<name>") are accepted the same way.
static const char *const unsimulated_types[] = {
    "wokwi-microsd-card", "wokwi-biaxial-stepper",
    "wokwi-rotary-dialer", "wokwi-neopixel-matrix", "wokwi-ks2e-m-dc5",
    "board-grove-oled-sh1107", "wokwi-arduino-uno",
    "wokwi-arduino-nano", "wokwi-arduino-mega", "wokwi-attiny85", "wokwi-franzininho",
    "wokwi-nano-rp2040-connect", NULL,
};

static bool board_type_unsimulated(const char *type) {
    if (strncmp(type, "chip-", 5) == 0 && type[5] != 0) {
        return true;
    }
    for (size_t k = 0; unsimulated_types[k]; k++) {
        if (strcmp(type, unsimulated_types[k]) == 0) {
            return true;
        }
    }
    return false;
}

const sim_profile_t *sim_profile = &profile_esp32;
sim_driver_t sim_gpio[SIM_MAX_GPIO];
static char gpio_names[SIM_MAX_GPIO][24];
const char *sim_mcu_id = "esp";

static sim_driver_t rail_gnd = {.drive = SIM_DRIVE_LOW, .name = "GND"};
static sim_driver_t rail_vcc = {.drive = SIM_DRIVE_HIGH, .name = "3V3"};
static sim_driver_t rail_5v = {.drive = SIM_DRIVE_HIGH, .name = "5V"};

int sim_n_parts;
sim_part_t **sim_parts;
static sim_json_t *board_doc;

// ---- part registry and services

#define SIM_PART(var) &var,
static const sim_part_type_t *const part_types[] = {
#include "parts/parts.def"
    NULL,
};
#undef SIM_PART

const sim_part_type_t *sim_part_type_lookup(const char *type) {
    for (size_t i = 0; part_types[i] != NULL; i++) {
        if (strcmp(part_types[i]->type, type) == 0) {
            return part_types[i];
        }
    }
    return NULL;
}

sim_part_t *sim_part_find(const char *id) {
    for (int i = 0; i < sim_n_parts; i++) {
        if (strcmp(sim_parts[i]->id, id) == 0) {
            return sim_parts[i];
        }
    }
    return NULL;
}

const char *sim_part_attr_str(const sim_part_t *p, const char *key, const char *dflt) {
    static char buf[4][32];
    static int k;
    const sim_json_t *v = sim_json_get(p->attrs, key);
    if (v == NULL) {
        return dflt;
    }
    if (v->kind == SIM_JSON_STRING) {
        return v->str;
    }
    if (v->kind == SIM_JSON_NUMBER || v->kind == SIM_JSON_BOOL) {
        k = (k + 1) & 3;
        snprintf(buf[k], sizeof(buf[k]), "%.17g", v->num);
        return buf[k];
    }
    return dflt;
}

double sim_part_attr_num(const sim_part_t *p, const char *key, double dflt) {
    const sim_json_t *v = sim_json_get(p->attrs, key);
    if (v == NULL) {
        return dflt;
    }
    if (v->kind == SIM_JSON_NUMBER || v->kind == SIM_JSON_BOOL) {
        return v->num;
    }
    if (v->kind == SIM_JSON_STRING) {
        char *end;
        double d = strtod(v->str, &end);   // accepts "0x3c" too
        if (end != v->str) {
            while (isspace((unsigned char)*end)) {
                end++;
            }
            if (*end == 0) {
                return d;
            }
        }
    }
    return dflt;
}

int sim_part_attr_strings(const sim_part_t *p, const char *key, const char **out, int max) {
    const sim_json_t *v = sim_json_get(p->attrs, key);
    if (v == NULL) {
        return -1;
    }
    if (v->kind != SIM_JSON_ARRAY) {
        return -2;
    }
    for (size_t i = 0; i < v->n; i++) {
        if (v->items[i]->kind != SIM_JSON_STRING) {
            return -2;
        }
        if ((int)i < max) {
            out[i] = v->items[i]->str;
        }
    }
    return (int)v->n;
}

int sim_part_pin_index(const sim_part_t *p, const char *name) {
    for (int i = 0; i < p->n_pins; i++) {
        if (strcmp(p->type->pin_names[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

int sim_part_pin_level(const sim_part_t *p, int pin) {
    return pin >= 0 && pin < p->n_pins ? sim_net_level(p->pins[pin].net) : 0;
}

double sim_part_pin_voltage(const sim_part_t *p, int pin) {
    return pin >= 0 && pin < p->n_pins ? sim_net_voltage(p->pins[pin].net) : 0;
}

void sim_part_drive(sim_part_t *p, int pin, sim_drive_t drive) {
    if (pin >= 0 && pin < p->n_pins) {
        sim_driver_set(&p->pins[pin], drive);
    }
}

void sim_part_drive_analog(sim_part_t *p, int pin, double volts) {
    if (pin >= 0 && pin < p->n_pins) {
        sim_driver_set_analog(&p->pins[pin], volts);
    }
}

typedef struct {
    sim_part_t *p;
    void (*fn)(sim_part_t *p, intptr_t a);
} part_event_t;

static void part_event_fire(void *arg, intptr_t a) {
    part_event_t *e = arg;
    e->fn(e->p, a);
    free(e);
}

uint64_t sim_part_post(sim_part_t *p, sim_ns_t delay, void (*fn)(sim_part_t *p, intptr_t a), intptr_t a) {
    part_event_t *e = malloc(sizeof(*e));
    if (e == NULL) {
        abort();
    }
    e->p = p;
    e->fn = fn;
    return sim_event_post(sim_now() + (delay > 0 ? delay : 0), part_event_fire, e, a);
}

bool sim_image_alloc(sim_image_t *img, int w, int h) {
    img->width = w;
    img->height = h;
    img->rgba = calloc((size_t)w * h, 4);
    return img->rgba != NULL;
}

FILE *sim_log_file;

void sim_log(const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    // No timestamp: it depends on the bytecode's exact cost, and logs should not change when
    // the compiler does (the VCD and bus log carry the times).
    fflush(stdout);
    fprintf(stderr, "[sim] %s\n", buf);
    if (sim_log_file) {
        fprintf(sim_log_file, "%s\n", buf);
    }
}

void sim_report_short(const char *a, const char *b) {
    sim_log("short circuit: %s drives low while %s drives high", a ? a : "?", b ? b : "?");
}

// ---- MCU pin names

int sim_gpio_from_name(const char *name) {
    const sim_profile_t *pr = sim_profile;
    const char *s = name;
    if (strcmp(name, "LED") == 0) {
        return pr->led_gpio;
    }
    if (strcmp(pr->platform, "rp2") == 0) {
        if (strncmp(s, "GPIO", 4) == 0) {
            s += 4;
        } else if (strncmp(s, "GP", 2) == 0) {
            s += 2;
        } else {
            return -1;
        }
    } else {
        if (strncmp(s, "GPIO", 4) == 0) {
            s += 4;
        } else if (s[0] == 'D' && isdigit((unsigned char)s[1])) {
            s += 1;
        } else if (strcmp(s, "VP") == 0) {
            return 36;
        } else if (strcmp(s, "VN") == 0) {
            return 39;
        } else if (strcmp(s, "TX") == 0 || strcmp(s, "TX0") == 0) {
            return 1;
        } else if (strcmp(s, "RX") == 0 || strcmp(s, "RX0") == 0) {
            return 3;
        }
    }
    if (!isdigit((unsigned char)*s)) {
        return -1;
    }
    char *end;
    long n = strtol(s, &end, 10);
    if (*end != 0 || n < 0 || n >= pr->n_gpio || !(pr->valid & BIT(n))) {
        return -1;
    }
    return (int)n;
}

static bool mcu_pin_is(const char *pin, const char *prefix) {
    size_t n = strlen(prefix);
    return strncmp(pin, prefix, n) == 0 && (pin[n] == 0 || pin[n] == '.');
}

// ---- the loader

typedef struct {
    sim_part_t *p;
    int pin;
} pin_watch_t;

static void part_pin_watch(void *arg, int net, int level) {
    pin_watch_t *w = arg;
    (void)net;
    w->p->type->pin_changed(w->p, w->pin, level);
}


typedef struct {
    sim_driver_t **ep;      // endpoints (index = union-find node)
    int *parent;
    int n, alloc;
} uf_t;

static int uf_add(uf_t *u, sim_driver_t *d) {
    for (int i = 0; i < u->n; i++) {
        if (u->ep[i] == d) {
            return i;
        }
    }
    if (u->n == u->alloc) {
        u->alloc = u->alloc ? u->alloc * 2 : 64;
        u->ep = realloc(u->ep, u->alloc * sizeof(*u->ep));
        u->parent = realloc(u->parent, u->alloc * sizeof(int));
        if (u->ep == NULL || u->parent == NULL) {
            abort();
        }
    }
    u->ep[u->n] = d;
    u->parent[u->n] = u->n;
    return u->n++;
}

static int uf_find(uf_t *u, int i) {
    while (u->parent[i] != i) {
        u->parent[i] = u->parent[u->parent[i]];
        i = u->parent[i];
    }
    return i;
}

static void uf_union(uf_t *u, int a, int b) {
    a = uf_find(u, a);
    b = uf_find(u, b);
    if (a != b) {
        u->parent[b] = a;
    }
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (d == NULL) {
        abort();
    }
    return d;
}

// Resolves "part:PIN" to an endpoint; NULL with a message on error. Serial monitor ends and
// other "$" pseudo-parts resolve to a dummy endpoint (*ignored = true).
static sim_driver_t *resolve_endpoint(const char *ref, bool *ignored, char *err, size_t err_len) {
    *ignored = false;
    const char *colon = strchr(ref, ':');
    if (colon == NULL) {
        snprintf(err, err_len, "connection end \"%s\" is not of the form part:pin", ref);
        return NULL;
    }
    if (ref[0] == '$') {
        *ignored = true;
        return NULL;
    }
    size_t idlen = colon - ref;
    const char *pin = colon + 1;
    if (strlen(sim_mcu_id) == idlen && strncmp(ref, sim_mcu_id, idlen) == 0) {
        if (mcu_pin_is(pin, "GND") || strcmp(pin, "AGND") == 0) {
            return &rail_gnd;
        }
        if (strcmp(pin, "3V3") == 0 || strcmp(pin, "3V3_OUT") == 0 || strcmp(pin, "3V3_EN") == 0 || strcmp(pin, "ADC_VREF") == 0) {
            return &rail_vcc;
        }
        if (strcmp(pin, "5V") == 0 || strcmp(pin, "VIN") == 0 || strcmp(pin, "VBUS") == 0 || strcmp(pin, "VSYS") == 0) {
            return &rail_5v;
        }
        if (strcmp(pin, "EN") == 0 || strcmp(pin, "RUN") == 0 || strcmp(pin, "CLK") == 0 || strcmp(pin, "CMD") == 0) {
            *ignored = true;
            return NULL;
        }
        int g = sim_gpio_from_name(pin);
        if (g >= 0 && strcmp(sim_profile->platform, "rp2") == 0 && strcmp(pin, "LED") != 0
            && (g == 23 || g == 24 || g == 29)) {
            // the Pico's header has GP0..GP22 and GP26..GP28; GP25 is its LED (scenarios check
            // it); 23, 24 and 29 drive the regulator and sense the supply on the board
            g = -1;
        }
        if (g < 0) {
            snprintf(err, err_len, "part \"%s\": no pin named \"%s\" on the %s board", sim_mcu_id, pin, sim_profile->name);
            return NULL;
        }
        return &sim_gpio[g];
    }
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (strlen(p->id) == idlen && strncmp(ref, p->id, idlen) == 0) {
            if (p->type == NULL) {
                *ignored = true;    // a passive part
                return NULL;
            }
            int k = sim_part_pin_index(p, pin);
            if (k < 0) {
                snprintf(err, err_len, "part \"%s\" (%s) has no pin \"%s\"", p->id, p->type->type, pin);
                return NULL;
            }
            return &p->pins[k];
        }
    }
    snprintf(err, err_len, "connection to unknown part \"%.*s\" (in \"%s\")", (int)idlen, ref, ref);
    return NULL;
}

sim_driver_t *sim_endpoint(const char *ref) {
    bool ignored;
    char err[160];
    return resolve_endpoint(ref, &ignored, err, sizeof(err));
}

static int load_error(char *err, size_t err_len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int load_error(char *err, size_t err_len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *board_text_for(const char *profile) {
    if (profile != NULL && (strcmp(profile, "rp2") == 0 || strcmp(profile, "rp2040") == 0 || strcmp(profile, "pico") == 0)) {
        return sim_board_rp2_default;
    }
    return sim_board_esp32_default;
}

int sim_board_load(const char *path, const char *profile, char *err, size_t err_len) {
    char *text = NULL;
    size_t len = 0;
    const char *src_name = path ? path : "built-in board";
    if (path != NULL) {
        FILE *f = fopen(path, "rb");
        if (f == NULL) {
            return load_error(err, err_len, "can't open board file '%s': %s", path, strerror(errno));
        }
        size_t alloc = 4096;
        text = malloc(alloc);
        size_t n;
        while (text && (n = fread(text + len, 1, alloc - len, f)) > 0) {
            len += n;
            if (len == alloc) {
                alloc *= 2;
                text = realloc(text, alloc);
            }
        }
        fclose(f);
        if (text == NULL) {
            return load_error(err, err_len, "out of memory reading '%s'", path);
        }
    } else {
        const char *t = board_text_for(profile);
        len = strlen(t);
        text = xstrdup(t);
    }
    char jerr[128];
    sim_json_t *doc = sim_json_parse(text, len, jerr, sizeof(jerr));
    free(text);
    if (doc == NULL) {
        return load_error(err, err_len, "%s: not valid JSON: %s", src_name, jerr);
    }
    board_doc = doc;
    if (doc->kind != SIM_JSON_OBJECT) {
        return load_error(err, err_len, "%s: the top level must be an object", src_name);
    }
    const sim_json_t *parts = sim_json_get(doc, "parts");
    const sim_json_t *conns = sim_json_get(doc, "connections");
    if (parts == NULL || parts->kind != SIM_JSON_ARRAY) {
        return load_error(err, err_len, "%s: \"parts\" must be an array", src_name);
    }
    if (conns != NULL && conns->kind != SIM_JSON_ARRAY) {
        return load_error(err, err_len, "%s: \"connections\" must be an array", src_name);
    }
    // 1. the MCU
    const sim_json_t *mcu = NULL;
    for (size_t i = 0; i < parts->n; i++) {
        const sim_json_t *p = parts->items[i];
        const sim_json_t *type = sim_json_get(p, "type");
        if (p->kind != SIM_JSON_OBJECT || type == NULL || type->kind != SIM_JSON_STRING) {
            const sim_json_t *id = sim_json_get(p, "id");
            return load_error(err, err_len, "%s line %d: part %s%s%s has no \"type\" string", src_name, p->line,
                id && id->kind == SIM_JSON_STRING ? "\"" : "#", id && id->kind == SIM_JSON_STRING ? id->str : "",
                id && id->kind == SIM_JSON_STRING ? "\"" : "");
        }
        for (size_t k = 0; k < sizeof(mcu_types) / sizeof(mcu_types[0]); k++) {
            if (strcmp(type->str, mcu_types[k].type) == 0) {
                if (mcu != NULL) {
                    return load_error(err, err_len, "%s line %d: a second microcontroller part (only one is simulated)", src_name, p->line);
                }
                mcu = p;
                sim_profile = mcu_types[k].profile;
            }
        }
    }
    if (mcu == NULL) {
        return load_error(err, err_len, "%s: no microcontroller part (board-esp32-devkit-c-v4, wokwi-esp32-devkit-v1 or wokwi-pi-pico)", src_name);
    }
    const sim_json_t *mcu_idv = sim_json_get(mcu, "id");
    if (mcu_idv == NULL || mcu_idv->kind != SIM_JSON_STRING || mcu_idv->str[0] == 0) {
        return load_error(err, err_len, "%s line %d: the microcontroller part has no \"id\"", src_name, mcu->line);
    }
    sim_mcu_id = mcu_idv->str;
    for (int g = 0; g < SIM_MAX_GPIO; g++) {
        snprintf(gpio_names[g], sizeof(gpio_names[g]), "%s:%s%d", sim_mcu_id, strcmp(sim_profile->platform, "rp2") == 0 ? "GP" : "", g);
        sim_gpio[g].name = gpio_names[g];
        sim_gpio[g].drive = SIM_DRIVE_Z;
        sim_gpio[g].net = -1;
    }
    // 2. the other parts
    sim_parts = calloc(parts->n, sizeof(*sim_parts));
    for (size_t i = 0; i < parts->n; i++) {
        const sim_json_t *p = parts->items[i];
        if (p == mcu) {
            continue;
        }
        const char *type = sim_json_get(p, "type")->str;
        const sim_json_t *idv = sim_json_get(p, "id");
        if (idv == NULL || idv->kind != SIM_JSON_STRING || idv->str[0] == 0) {
            return load_error(err, err_len, "%s line %d: part of type \"%s\" has no \"id\"", src_name, p->line, type);
        }
        const char *id = idv->str;
        if (sim_part_find(id) != NULL || strcmp(id, sim_mcu_id) == 0) {
            return load_error(err, err_len, "%s line %d: part id \"%s\" is used twice", src_name, p->line, id);
        }
        const sim_json_t *attrs = sim_json_get(p, "attrs");
        if (attrs != NULL && attrs->kind != SIM_JSON_OBJECT) {
            return load_error(err, err_len, "%s line %d: part \"%s\": \"attrs\" must be an object", src_name, p->line, id);
        }
        const sim_part_type_t *t = sim_part_type_lookup(type);
        sim_part_t *part;
        if (t == NULL) {
            bool passive = false;
            for (size_t k = 0; passive_types[k]; k++) {
                passive |= strcmp(type, passive_types[k]) == 0;
            }
            if (!passive && board_type_unsimulated(type)) {
                fprintf(stderr, "micropython-sim: warning: %s line %d: part \"%s\" (%s) is not simulated: its pins float\n", src_name, p->line, id, type);
                passive = true;
            }
            if (!passive) {
                return load_error(err, err_len, "%s line %d: part \"%s\": unknown part type \"%s\"", src_name, p->line, id, type);
            }
            part = calloc(1, sizeof(sim_part_t));
        } else {
            part = calloc(1, t->size);
            part->type = t;
            for (int k = 0; t->pin_names[k] != NULL && k < SIM_PART_MAX_PINS; k++) {
                part->pins[k].net = -1;
                char *nm = malloc(strlen(id) + strlen(t->pin_names[k]) + 2);
                sprintf(nm, "%s:%s", id, t->pin_names[k]);
                part->pins[k].name = nm;
                part->n_pins = k + 1;
            }
        }
        part->id = id;
        part->attrs = attrs;
        sim_parts[sim_n_parts++] = part;
    }
    // 3. nets
    uf_t u = {0};
    int gnd = uf_add(&u, &rail_gnd), vcc = uf_add(&u, &rail_vcc), v5 = uf_add(&u, &rail_5v);
    (void)gnd;
    (void)vcc;
    (void)v5;
    for (int g = 0; g < sim_profile->n_gpio; g++) {
        if (sim_profile->valid & BIT(g)) {
            uf_add(&u, &sim_gpio[g]);
        }
    }
    for (int i = 0; i < sim_n_parts; i++) {
        for (int k = 0; k < sim_parts[i]->n_pins; k++) {
            uf_add(&u, &sim_parts[i]->pins[k]);
        }
    }
    for (size_t i = 0; conns && i < conns->n; i++) {
        const sim_json_t *c = conns->items[i];
        if (c->kind != SIM_JSON_ARRAY || c->n < 2 || c->items[0]->kind != SIM_JSON_STRING || c->items[1]->kind != SIM_JSON_STRING) {
            return load_error(err, err_len, "%s line %d: a connection must be [\"part:pin\", \"part:pin\", ...]", src_name, c->line);
        }
        bool ig1, ig2;
        char e[200];
        sim_driver_t *a = resolve_endpoint(c->items[0]->str, &ig1, e, sizeof(e));
        if (a == NULL && !ig1) {
            return load_error(err, err_len, "%s line %d: %s", src_name, c->line, e);
        }
        sim_driver_t *b = resolve_endpoint(c->items[1]->str, &ig2, e, sizeof(e));
        if (b == NULL && !ig2) {
            return load_error(err, err_len, "%s line %d: %s", src_name, c->line, e);
        }
        if (a != NULL && b != NULL) {
            uf_union(&u, uf_add(&u, a), uf_add(&u, b));
        }
    }
    // One net per class; check that no class holds two GPIOs or two different rails.
    int *net_of = malloc(u.n * sizeof(int));
    for (int i = 0; i < u.n; i++) {
        net_of[i] = -1;
    }
    // A part pin wired to nothing has no net (parts test this with sim_part_pin_wired).
    int *class_size = calloc(u.n, sizeof(int));
    for (int i = 0; i < u.n; i++) {
        class_size[uf_find(&u, i)]++;
    }
    for (int i = 0; i < u.n; i++) {
        int r = uf_find(&u, i);
        bool mcu_or_rail = i < 3 || (u.ep[i] >= sim_gpio && u.ep[i] < sim_gpio + SIM_MAX_GPIO);
        if (class_size[r] == 1 && !mcu_or_rail) {
            u.ep[i]->net = -1;
            continue;
        }
        if (net_of[r] < 0) {
            net_of[r] = sim_net_new();
        }
        sim_net_attach(net_of[r], u.ep[i]);
    }
    free(class_size);
    // Two rails joined is a short; two GPIOs joined through a part's pin means that pin is
    // wired to two MCU pins (a direct GPIO-to-GPIO wire is a legal loopback).
    for (int i = 0; i < u.n; i++) {
        int r = uf_find(&u, i);
        const sim_driver_t *g1 = NULL, *g2 = NULL, *rail = NULL, *part_pin = NULL;
        bool first = true;
        for (int j = 0; j < u.n; j++) {
            if (uf_find(&u, j) != r) {
                continue;
            }
            if (j < i) {
                first = false;
                break;
            }
            const sim_driver_t *d = u.ep[j];
            if (j < 3) {
                if (rail != NULL) {
                    int rc = load_error(err, err_len, "%s: two supply rails are wired together (%s and %s)", src_name, rail->name, d->name);
                    free(net_of);
                    return rc;
                }
                rail = d;
            } else if (d >= sim_gpio && d < sim_gpio + SIM_MAX_GPIO) {
                if (g1 == NULL) {
                    g1 = d;
                } else if (g2 == NULL) {
                    g2 = d;
                }
            } else if (part_pin == NULL) {
                part_pin = d;
            }
        }
        if (first && g2 != NULL && part_pin != NULL) {
            int rc = load_error(err, err_len, "%s: pin used twice: %s is wired to both %s and %s", src_name, part_pin->name, g1->name, g2->name);
            free(net_of);
            return rc;
        }
    }
    free(net_of);
    free(u.ep);
    free(u.parent);
    for (int i = 0; i < sim_n_nets; i++) {
        sim_net_update(i);
    }
    // 4. parts come alive: they hear their input pins change, then initialise
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->type == NULL) {
            continue;
        }
        for (int k = 0; p->type->pin_changed && k < p->n_pins; k++) {
            pin_watch_t *w = malloc(sizeof(*w));
            if (w == NULL) {
                abort();
            }
            w->p = p;
            w->pin = k;
            sim_net_watch(p->pins[k].net, part_pin_watch, w);
        }
        if (p->type->init) {
            const char *msg = p->type->init(p);
            if (msg != NULL) {
                return load_error(err, err_len, "%s: part \"%s\" (%s): %s", src_name, p->id, p->type->type, msg);
            }
        }
        if (p->type->reset) {
            p->type->reset(p);
        }
        char attr_msg[200];
        if (sim_part_attr_error_take(attr_msg, sizeof(attr_msg))) {
            return load_error(err, err_len, "%s: part \"%s\" (%s): %s", src_name, p->id, p->type->type, attr_msg);
        }
    }
    return 0;
}

void sim_board_reset_parts(void) {
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->type != NULL && p->type->reset) {
            p->type->reset(p);
        }
    }
}
