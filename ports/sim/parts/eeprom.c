// ports/sim/parts/eeprom.c: I2C serial EEPROMs with 2-byte addressing (our types; Wokwi has
// none): "board-at24c32" (4 KiB, 32-byte pages, as on ZS-042 DS3231 modules) and
// "board-24lc256" (32 KiB, 64-byte pages). Address 0x50 | A2 A1 A0 (pins when wired, else
// attr i2cAddress, default 0x50).
//
// Protocol (Microchip 24LC256 / Atmel AT24C32 datasheets):
//   write:  START addr+W, address high, address low, data... STOP. Data bytes go to a page
//           buffer at the addressed column, which wraps within the page (bytes past the page
//           end overwrite its start). STOP with at least one data byte starts the internal
//           write cycle (attr writeTimeMs, default 5): during it the chip NACKs its address
//           (drivers "ACK-poll"), then the bytes written land in the array. STOP after only
//           the two address bytes just sets the address counter (a "dummy write" for reads).
//   read:   each byte read returns the counter's byte and increments it, wrapping at the end
//           of the memory (sequential read), also across a repeated START.
//   WP high: data bytes are acknowledged but nothing is written (no write cycle).
// Erased state (and power-on content) is 0xFF; reset() keeps the content (non-volatile).
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_SDA, PIN_SCL, PIN_A0, PIN_A1, PIN_A2, PIN_WP };
static const char *const eeprom_pins[] = {"GND", "VCC", "SDA", "SCL", "A0", "A1", "A2", "WP", NULL};

#define EEPROM_MAX (32 * 1024)
#define PAGE_MAX 64

typedef struct {
    sim_part_t base;
    uint32_t size, page;
    uint8_t address;
    sim_ns_t write_ns;
    bool addressed, reading;
    int addr_bytes;             // address bytes received in this write transaction
    uint32_t counter;           // the internal address counter
    uint32_t page_base;         // page of the pending write
    int n_data;                 // data bytes received in this write transaction
    uint8_t page_buf[PAGE_MAX];
    bool page_dirty[PAGE_MAX];
    bool busy;
    uint64_t busy_event;
    uint8_t mem[EEPROM_MAX];
} eeprom_t;

static const char *eeprom_init_common(sim_part_t *p, uint32_t size, uint32_t page) {
    eeprom_t *e = (eeprom_t *)p;
    e->size = size;
    e->page = page;
    e->address = sim_part_i2c_address(p, 0x50);
    double ms = sim_part_attr_num(p, "writeTimeMs", 5.0);
    if (!(ms >= 0 && ms <= 1000)) {
        return "writeTimeMs must be 0..1000";
    }
    e->write_ns = (sim_ns_t)(ms * 1e6);
    memset(e->mem, 0xff, sizeof(e->mem));
    return NULL;
}

static const char *at24c32_init(sim_part_t *p) {
    return eeprom_init_common(p, 4096, 32);
}

static const char *lc256_init(sim_part_t *p) {
    return eeprom_init_common(p, 32768, 64);
}

static void eeprom_reset(sim_part_t *p) {
    eeprom_t *e = (eeprom_t *)p;
    if (e->busy_event) {
        sim_event_cancel(e->busy_event);
    }
    e->busy = false;
    e->busy_event = 0;
    e->addressed = false;
    e->counter = 0;
    e->addr_bytes = e->n_data = 0;
}

static uint8_t eeprom_my_address(sim_part_t *p) {
    eeprom_t *e = (eeprom_t *)p;
    if (sim_part_pin_wired(p, PIN_A0) || sim_part_pin_wired(p, PIN_A1) || sim_part_pin_wired(p, PIN_A2)) {
        return (uint8_t)(0x50 | (sim_part_pin_level(p, PIN_A2) << 2) | (sim_part_pin_level(p, PIN_A1) << 1)
                         | sim_part_pin_level(p, PIN_A0));
    }
    return e->address;
}

static void eeprom_write_done(sim_part_t *p, intptr_t a) {
    eeprom_t *e = (eeprom_t *)p;
    (void)a;
    e->busy = false;
    e->busy_event = 0;
}

static bool eeprom_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    eeprom_t *e = (eeprom_t *)p;
    e->addressed = !e->busy && addr == eeprom_my_address(p);
    e->reading = read;
    e->addr_bytes = 0;
    e->n_data = 0;
    memset(e->page_dirty, 0, sizeof(e->page_dirty));
    return e->addressed;
}

static bool eeprom_i2c_write(sim_part_t *p, uint8_t b) {
    eeprom_t *e = (eeprom_t *)p;
    if (!e->addressed || e->reading) {
        return false;
    }
    if (e->addr_bytes == 0) {
        e->counter = ((uint32_t)b << 8) & (e->size - 1);
        e->addr_bytes = 1;
        return true;
    }
    if (e->addr_bytes == 1) {
        e->counter = (e->counter | b) & (e->size - 1);
        e->addr_bytes = 2;
        e->page_base = e->counter & ~(e->page - 1);
        return true;
    }
    uint32_t col = e->counter & (e->page - 1);
    e->page_buf[col] = b;
    e->page_dirty[col] = true;
    e->n_data++;
    e->counter = e->page_base | ((col + 1) & (e->page - 1));
    return true;
}

static uint8_t eeprom_i2c_read(sim_part_t *p) {
    eeprom_t *e = (eeprom_t *)p;
    uint8_t v = e->mem[e->counter];
    e->counter = (e->counter + 1) & (e->size - 1);
    return v;
}

static void eeprom_i2c_stop(sim_part_t *p) {
    eeprom_t *e = (eeprom_t *)p;
    if (e->addressed && !e->reading && e->n_data > 0 && !sim_part_pin_level(p, PIN_WP)) {
        for (uint32_t i = 0; i < e->page; i++) {
            if (e->page_dirty[i]) {
                e->mem[e->page_base + i] = e->page_buf[i];
            }
        }
        if (e->write_ns > 0) {
            e->busy = true;
            e->busy_event = sim_part_post(p, e->write_ns, eeprom_write_done, 0);
        }
    }
    e->addressed = false;
    e->n_data = 0;
    e->addr_bytes = 0;
}

const uint8_t *sim_eeprom_data(sim_part_t *p, size_t *size) {
    if (p->type != &sim_part_at24c32 && p->type != &sim_part_24lc256) {
        return NULL;
    }
    eeprom_t *e = (eeprom_t *)p;
    if (size) {
        *size = e->size;
    }
    return e->mem;
}

bool sim_eeprom_busy(sim_part_t *p) {
    if (p->type != &sim_part_at24c32 && p->type != &sim_part_24lc256) {
        return false;
    }
    return ((eeprom_t *)p)->busy;
}

const sim_part_type_t sim_part_at24c32 = {
    .type = "board-at24c32",
    .size = sizeof(eeprom_t),
    .pin_names = eeprom_pins,
    .init = at24c32_init,
    .reset = eeprom_reset,
    .i2c_start = eeprom_i2c_start,
    .i2c_write = eeprom_i2c_write,
    .i2c_read = eeprom_i2c_read,
    .i2c_stop = eeprom_i2c_stop,
};

const sim_part_type_t sim_part_24lc256 = {
    .type = "board-24lc256",
    .size = sizeof(eeprom_t),
    .pin_names = eeprom_pins,
    .init = lc256_init,
    .reset = eeprom_reset,
    .i2c_start = eeprom_i2c_start,
    .i2c_write = eeprom_i2c_write,
    .i2c_read = eeprom_i2c_read,
    .i2c_stop = eeprom_i2c_stop,
};
