// tests/sim/unit/sim_stub.c: the stub core for the parts' unit tests (see sim_stub.h).
// Events live in an unsorted array scanned for the (time, sequence) minimum: the tests post
// a handful at a time.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim_stub.h"
#include "../../../ports/sim/parts/part_util.h"

// ---------------------------------------------------------------------------------------------
// Clock and events

typedef struct {
    sim_ns_t when;
    uint64_t seq;           // also the id
    sim_event_fn_t fn;
    void (*part_fn)(sim_part_t *p, intptr_t a);
    void *arg;
    intptr_t a;
    bool live;
} stub_event_t;

#define MAX_EVENTS 256
static stub_event_t events[MAX_EVENTS];
static uint64_t next_seq = 1;
static sim_ns_t now_ns;

sim_ns_t sim_now(void) {
    return now_ns;
}

static uint64_t post(sim_ns_t when, sim_event_fn_t fn, void (*part_fn)(sim_part_t *, intptr_t), void *arg, intptr_t a) {
    for (int i = 0; i < MAX_EVENTS; i++) {
        if (!events[i].live) {
            events[i] = (stub_event_t){when < now_ns ? now_ns : when, next_seq++, fn, part_fn, arg, a, true};
            return events[i].seq;
        }
    }
    fprintf(stderr, "stub: event queue full\n");
    abort();
}

uint64_t sim_event_post(sim_ns_t when, sim_event_fn_t fn, void *arg, intptr_t a) {
    return post(when, fn, NULL, arg, a);
}

void sim_event_cancel(uint64_t id) {
    for (int i = 0; i < MAX_EVENTS; i++) {
        if (events[i].live && events[i].seq == id) {
            events[i].live = false;
        }
    }
}

static stub_event_t *earliest(void) {
    stub_event_t *best = NULL;
    for (int i = 0; i < MAX_EVENTS; i++) {
        stub_event_t *e = &events[i];
        if (e->live && (best == NULL || e->when < best->when || (e->when == best->when && e->seq < best->seq))) {
            best = e;
        }
    }
    return best;
}

sim_ns_t sim_event_next_time(void) {
    stub_event_t *e = earliest();
    return e ? e->when : INT64_MAX;
}

void sim_clock_advance_to(sim_ns_t t) {
    for (;;) {
        stub_event_t *e = earliest();
        if (e == NULL || e->when > t) {
            break;
        }
        stub_event_t ev = *e;
        e->live = false;
        now_ns = ev.when;
        if (ev.part_fn) {
            ev.part_fn((sim_part_t *)ev.arg, ev.a);
        } else {
            ev.fn(ev.arg, ev.a);
        }
    }
    if (t > now_ns) {
        now_ns = t;
    }
}

uint64_t sim_part_post(sim_part_t *p, sim_ns_t delay, void (*fn)(sim_part_t *p, intptr_t a), intptr_t a) {
    return post(now_ns + delay, NULL, fn, p, a);
}

// ---------------------------------------------------------------------------------------------
// Nets

typedef struct {
    sim_driver_t *drivers[32];
    int n_drivers;
    int level;
    bool floating;
    struct { sim_net_watch_fn_t fn; void *arg; } watch[8];
    int n_watch;
} stub_net_t;

static stub_net_t nets[STUB_MAX_NETS];
static sim_driver_t *mcu_pins[64];
static int n_mcu_pins;

static void resolve(int net, int *level, bool *floating) {
    stub_net_t *n = &nets[net];
    bool s0 = false, s1 = false, p0 = false, p1 = false;
    for (int i = 0; i < n->n_drivers; i++) {
        sim_driver_t *d = n->drivers[i];
        if (d->analog) {
            if (d->analog_v >= SIM_VCC / 2) {
                s1 = true;
            } else {
                s0 = true;
            }
            continue;
        }
        switch (d->drive) {
            case SIM_DRIVE_LOW: s0 = true; break;
            case SIM_DRIVE_HIGH: s1 = true; break;
            case SIM_DRIVE_PULL_UP: p1 = true; break;
            case SIM_DRIVE_PULL_DOWN: p0 = true; break;
            default: break;
        }
    }
    *floating = false;
    if (s0 || s1) {
        *level = s1 && !s0;
    } else if (p0 || p1) {
        *level = p1 && !p0;
    } else {
        *level = 0;
        *floating = true;
    }
}

static void net_update(int net) {
    if (net < 0) {
        return;
    }
    int level;
    bool floating;
    resolve(net, &level, &floating);
    stub_net_t *n = &nets[net];
    n->floating = floating;
    if (level == n->level) {
        return;
    }
    n->level = level;
    sim_parts_net_changed(net, level);
    for (int i = 0; i < n->n_watch; i++) {
        n->watch[i].fn(n->watch[i].arg, net, level);
    }
}

int sim_net_level(int net) {
    return net >= 0 && net < STUB_MAX_NETS ? nets[net].level : 0;
}

bool sim_net_floating(int net) {
    return net < 0 || net >= STUB_MAX_NETS || nets[net].floating;
}

double sim_net_voltage(int net) {
    if (net < 0) {
        return 0;
    }
    for (int i = 0; i < nets[net].n_drivers; i++) {
        if (nets[net].drivers[i]->analog) {
            return nets[net].drivers[i]->analog_v;
        }
    }
    return nets[net].level ? SIM_VCC : 0.0;
}

void sim_driver_set(sim_driver_t *d, sim_drive_t drive) {
    d->analog = false;
    d->drive = drive;
    net_update(d->net);
}

void sim_driver_set_analog(sim_driver_t *d, double volts) {
    d->analog = true;
    d->analog_v = volts;
    net_update(d->net);
}

void sim_net_watch(int net, sim_net_watch_fn_t fn, void *arg) {
    stub_net_t *n = &nets[net];
    n->watch[n->n_watch].fn = fn;
    n->watch[n->n_watch++].arg = arg;
}

#ifndef STUB_WEAK_NET    // else part_util.c's weak fallback is tested
sim_drive_t sim_net_external_drive(int net, const sim_part_t *self) {
    if (net < 0) {
        return SIM_DRIVE_Z;
    }
    bool s0 = false, s1 = false, p0 = false, p1 = false;
    for (int i = 0; i < nets[net].n_drivers; i++) {
        sim_driver_t *d = nets[net].drivers[i];
        if (self && d >= self->pins && d < self->pins + SIM_PART_MAX_PINS) {
            continue;
        }
        switch (d->drive) {
            case SIM_DRIVE_LOW: s0 = true; break;
            case SIM_DRIVE_HIGH: s1 = true; break;
            case SIM_DRIVE_PULL_UP: p1 = true; break;
            case SIM_DRIVE_PULL_DOWN: p0 = true; break;
            default: break;
        }
    }
    if (s0) {
        return SIM_DRIVE_LOW;
    }
    if (s1) {
        return SIM_DRIVE_HIGH;
    }
    if (p0) {
        return SIM_DRIVE_PULL_DOWN;
    }
    return p1 ? SIM_DRIVE_PULL_UP : SIM_DRIVE_Z;
}
#endif

static void net_attach(sim_driver_t *d, int net) {
    d->net = net;
    stub_net_t *n = &nets[net];
    n->drivers[n->n_drivers++] = d;
    net_update(net);
}

sim_driver_t *stub_mcu_pin(const char *name, int net) {
    sim_driver_t *d = calloc(1, sizeof(*d));
    d->name = name;
    d->drive = SIM_DRIVE_Z;
    mcu_pins[n_mcu_pins++] = d;
    net_attach(d, net);
    return d;
}

void stub_rail(int net, int level) {
    sim_driver_t *d = stub_mcu_pin(level ? "3V3" : "GND", net);
    sim_driver_set(d, level ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
}

// ---------------------------------------------------------------------------------------------
// Parts

int sim_n_parts;
sim_part_t **sim_parts;
static char log_last[256];
static int log_count;

#define SIM_PART(var) &var,
static const sim_part_type_t *const all_types[] = {
#include "../../../ports/sim/parts/parts.def"
    NULL
};
#undef SIM_PART

const sim_part_type_t *stub_type_at(int i) {
    int n = (int)(sizeof(all_types) / sizeof(all_types[0])) - 1;
    return i >= 0 && i < n ? all_types[i] : NULL;
}

const sim_part_type_t *sim_part_type_lookup(const char *type) {
    for (int i = 0; all_types[i]; i++) {
        if (strcmp(all_types[i]->type, type) == 0) {
            return all_types[i];
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

void stub_world_reset(void) {
    for (int i = 0; i < sim_n_parts; i++) {
        free(sim_parts[i]);
    }
    free(sim_parts);
    sim_parts = NULL;
    sim_n_parts = 0;
    for (int i = 0; i < n_mcu_pins; i++) {
        free(mcu_pins[i]);
    }
    n_mcu_pins = 0;
    memset(nets, 0, sizeof(nets));
    for (int i = 0; i < STUB_MAX_NETS; i++) {
        nets[i].floating = true;
    }
    memset(events, 0, sizeof(events));
    now_ns = 0;
    log_count = 0;
    log_last[0] = 0;
}

sim_part_t *stub_part_new(const char *type, const char *id, const sim_json_t *attrs) {
    const sim_part_type_t *t = sim_part_type_lookup(type);
    if (t == NULL) {
        fprintf(stderr, "stub: unknown part type %s\n", type);
        abort();
    }
    sim_part_t *p = calloc(1, t->size);
    p->type = t;
    p->id = id;
    p->attrs = attrs;
    while (t->pin_names[p->n_pins]) {
        p->pins[p->n_pins].net = -1;
        p->pins[p->n_pins].name = t->pin_names[p->n_pins];
        p->n_pins++;
    }
    sim_parts = realloc(sim_parts, sizeof(*sim_parts) * (size_t)(sim_n_parts + 1));
    sim_parts[sim_n_parts++] = p;
    return p;
}

void stub_wire(sim_part_t *p, const char *pin, int net) {
    int i = sim_part_pin_index(p, pin);
    if (i < 0) {
        fprintf(stderr, "stub: %s has no pin %s\n", p->id, pin);
        abort();
    }
    net_attach(&p->pins[i], net);
}

const char *stub_part_init(sim_part_t *p) {
    const char *msg = p->type->init ? p->type->init(p) : NULL;
    if (msg == NULL && p->type->reset) {
        p->type->reset(p);
    }
    return msg;
}

static const char *attr_lookup(const sim_part_t *p, const char *key) {
    if (p->attrs == NULL) {
        return NULL;
    }
    for (int i = 0; p->attrs->kv[i]; i += 2) {
        if (strcmp(p->attrs->kv[i], key) == 0) {
            return p->attrs->kv[i + 1];
        }
    }
    return NULL;
}

const char *sim_part_attr_str(const sim_part_t *p, const char *key, const char *dflt) {
    const char *v = attr_lookup(p, key);
    return v ? v : dflt;
}

int sim_part_attr_strings(const sim_part_t *p, const char *key, const char **out, int max) {
    (void)p, (void)key, (void)out, (void)max;
    return -1;  // the stub's attrs are strings only
}

double sim_part_attr_num(const sim_part_t *p, const char *key, double dflt) {
    const char *v = attr_lookup(p, key);
    if (v == NULL) {
        return dflt;
    }
    char *end;
    double d = strtod(v, &end);
    return end == v ? dflt : d;
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
    return pin >= 0 && pin < p->n_pins ? sim_net_voltage(p->pins[pin].net) : 0.0;
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

bool sim_image_alloc(sim_image_t *img, int w, int h) {
    img->width = w;
    img->height = h;
    img->rgba = calloc((size_t)w * (size_t)h, 4);
    return img->rgba != NULL;
}

void sim_log(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(log_last, sizeof(log_last), fmt, ap);
    va_end(ap);
    log_count++;
}

int stub_log_count(void) {
    return log_count;
}

const char *stub_log_last(void) {
    return log_last;
}

// ---------------------------------------------------------------------------------------------
// Buses

static bool i2c_begin(uint8_t addr, bool read) {
    bool any = false;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->type->i2c_start) {
            p->i2c_active = p->type->i2c_start(p, addr, read);
            any |= p->i2c_active;
        }
    }
    return any;
}

static void i2c_end(void) {
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->i2c_active) {
            p->i2c_active = false;
            if (p->type->i2c_stop) {
                p->type->i2c_stop(p);
            }
        }
    }
}

int stub_i2c_write(uint8_t addr, const uint8_t *buf, size_t n, bool stop) {
    if (!i2c_begin(addr, false)) {
        i2c_end();
        return -1;
    }
    int acked = 0;
    for (size_t k = 0; k < n; k++) {
        bool ack = false;
        for (int i = 0; i < sim_n_parts; i++) {
            sim_part_t *p = sim_parts[i];
            if (p->i2c_active && p->type->i2c_write) {
                ack |= p->type->i2c_write(p, buf[k]);
            }
        }
        if (!ack) {
            break;
        }
        acked++;
    }
    if (stop) {
        i2c_end();
    }
    return acked;
}

int stub_i2c_read(uint8_t addr, uint8_t *buf, size_t n, bool stop) {
    if (!i2c_begin(addr, true)) {
        i2c_end();
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        uint8_t v = 0xff;   // open drain: a 0 from any part wins
        for (int i = 0; i < sim_n_parts; i++) {
            sim_part_t *p = sim_parts[i];
            if (p->i2c_active && p->type->i2c_read) {
                v &= p->type->i2c_read(p);
            }
        }
        buf[k] = v;
    }
    if (stop) {
        i2c_end();
    }
    return (int)n;
}

static size_t mem_addr(uint8_t *out, unsigned mem, int addrsize) {
    if (addrsize == 16) {
        out[0] = (uint8_t)(mem >> 8);
        out[1] = (uint8_t)mem;
        return 2;
    }
    out[0] = (uint8_t)mem;
    return 1;
}

int stub_i2c_writeto_mem(uint8_t addr, unsigned mem, int addrsize, const uint8_t *buf, size_t n) {
    uint8_t tmp[600];
    size_t k = mem_addr(tmp, mem, addrsize);
    memcpy(tmp + k, buf, n);
    return stub_i2c_write(addr, tmp, k + n, true);
}

int stub_i2c_readfrom_mem(uint8_t addr, unsigned mem, int addrsize, uint8_t *buf, size_t n) {
    uint8_t tmp[2];
    size_t k = mem_addr(tmp, mem, addrsize);
    int r = stub_i2c_write(addr, tmp, k, false);
    if (r < 0) {
        return r;
    }
    return stub_i2c_read(addr, buf, n, true);
}

uint8_t stub_spi_byte(uint8_t mosi) {
    uint8_t miso = 0xff;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (!p->type->spi_byte) {
            continue;
        }
        int cs = sim_part_pin_index(p, "CS");
        if (cs >= 0 && p->pins[cs].net >= 0 && sim_part_pin_level(p, cs)) {
            continue;
        }
        miso = p->type->spi_byte(p, mosi);
    }
    return miso;
}

void stub_spi_write(const uint8_t *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        stub_spi_byte(buf[i]);
    }
}
