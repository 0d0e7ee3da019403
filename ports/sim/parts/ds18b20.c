// ports/sim/parts/ds18b20.c: DS18B20 1-Wire thermometer (Wokwi "wokwi-ds18b20"), pins VCC DQ
// GND; attrs temperature (deg C, default 22; also a control, -55..125), deviceID (12 hex
// digits, default "010203040506"), familyCode (hex, default "28").
//
// ROM: family code, the six deviceID bytes in the order written, CRC-8 (x^8 + x^5 + x^4 + 1)
// of those seven bytes. Scratchpad: temperature LSB/MSB (1/16 deg C, two's complement; the low
// bits below the resolution read 0; 0x0550 = 85 deg C at power-on), TH, TL, configuration
// (R1 R0 in bits 6:5; 0x7F = 12 bits), 0xFF, 0x0C, 0x10, CRC-8. EEPROM holds TH, TL, config
// (0x4B, 0x46, 0x7F).
//
// 1-Wire slots, decoded from DQ's edges on virtual time (the master drives low and releases;
// the part's own pull-up, standing in for the usual 4.7 kOhm resistor, brings DQ high):
//   reset:    low >= 400 us; 30 us after release the part pulls low for 120 us (presence).
//   write:    the bit is 1 if the master released within 30 us of pulling low, else 0.
//   read:     on the master's falling edge the part, to send a 0, holds DQ low for 30 us.
// Commands: ROM 33 read, 55 match, CC skip, F0 search, EC alarm search (alarm: T <= TL or
// T >= TH); function 44 convert (93.75/187.5/375/750 ms by resolution; read slots return 0 while
// busy, 1 when done; the temperature is taken at the end), BE read scratchpad, 4E write
// scratchpad (TH, TL, config), 48 copy to EEPROM (10 ms busy), B8 recall, B4 power supply (1 =
// external). Unknown commands leave the part idle until the next reset.
// Simplified: no parasite power, no strong pull-up; slot timing limits other than the above
// thresholds are not checked; reset() restores EEPROM defaults (the chip's EEPROM persists).
#include <stdlib.h>
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_DQ, PIN_GND };
static const char *const ds_pins[] = {"VCC", "DQ", "GND", NULL};

typedef enum {
    ST_IDLE,            // not selected: waits for a reset
    ST_ROM,             // receiving the ROM command
    ST_MATCH,           // receiving 64 ROM bits to compare
    ST_SEARCH,          // search: send bit, send complement, receive direction
    ST_FUNC,            // receiving the function command
    ST_TX,              // sending tx[] then ones
    ST_RX_SCRATCH,      // receiving TH, TL, config
    ST_POLL,            // read slots: 0 while busy, then 1
} ds_state_t;

typedef struct {
    sim_part_t base;
    uint8_t rom[8];
    double temperature;
    uint8_t scratch[9];
    uint8_t eeprom[3];
    ds_state_t st;
    bool alarm_search;
    int rx_bits;
    uint8_t rx[8];
    uint8_t tx[9];
    int tx_len, tx_bit;
    int search_bit, search_phase;
    sim_ns_t busy_until;
    sim_ns_t t_fall;
    bool read_slot;             // the slot begun at t_fall is a read slot (decided then)
    sim_ns_t ignore_until;      // edges before this are ours (presence) or another part's
    bool self_drive;            // inside our own sim_part_drive call
    uint64_t ev_release, ev_convert, ev_presence;
} ds_t;

uint8_t sim_onewire_crc8(const uint8_t *data, size_t n) {
    uint8_t crc = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t b = data[i];
        for (int k = 0; k < 8; k++) {
            bool mix = (crc ^ b) & 1;
            crc >>= 1;
            if (mix) {
                crc ^= 0x8c;
            }
            b >>= 1;
        }
    }
    return crc;
}

static int hex_nibble(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static void ds_drive(ds_t *d, sim_drive_t drive) {
    d->self_drive = true;
    sim_part_drive(&d->base, PIN_DQ, drive);
    d->self_drive = false;
}

static int ds_resolution_bits(const ds_t *d) {
    return 9 + ((d->scratch[4] >> 5) & 3);
}

static void ds_scratch_crc(ds_t *d) {
    d->scratch[8] = sim_onewire_crc8(d->scratch, 8);
}

static void ds_set_config(ds_t *d, uint8_t th, uint8_t tl, uint8_t cfg) {
    d->scratch[2] = th;
    d->scratch[3] = tl;
    d->scratch[4] = (uint8_t)((cfg & 0x60) | 0x1f);
    ds_scratch_crc(d);
}

static const char *ds_init(sim_part_t *p) {
    ds_t *d = (ds_t *)p;
    const char *id = sim_part_attr_str(p, "deviceID", "010203040506");
    const char *fam = sim_part_attr_str(p, "familyCode", "28");
    if (strlen(id) != 12) {
        return "deviceID must be 12 hex digits";
    }
    for (int i = 0; i < 6; i++) {
        int hi = hex_nibble(id[2 * i]), lo = hex_nibble(id[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            return "deviceID must be 12 hex digits";
        }
        d->rom[1 + i] = (uint8_t)(hi << 4 | lo);
    }
    char *end;
    long f = strtol(fam, &end, 16);
    if (*fam == 0 || *end != 0 || f < 0 || f > 255) {
        return "familyCode must be a hex byte";
    }
    d->rom[0] = (uint8_t)f;
    d->rom[7] = sim_onewire_crc8(d->rom, 7);
    return NULL;
}

static void ds_cancel(uint64_t *ev) {
    if (*ev) {
        sim_event_cancel(*ev);
        *ev = 0;
    }
}

static void ds_reset(sim_part_t *p) {
    ds_t *d = (ds_t *)p;
    ds_cancel(&d->ev_release);
    ds_cancel(&d->ev_convert);
    ds_cancel(&d->ev_presence);
    d->temperature = sim_part_attr_range(p, "temperature", 22, -55, 125);
    static const uint8_t power_on[8] = {0x50, 0x05, 0x4b, 0x46, 0x7f, 0xff, 0x0c, 0x10};
    memcpy(d->scratch, power_on, 8);
    ds_scratch_crc(d);
    d->eeprom[0] = 0x4b;
    d->eeprom[1] = 0x46;
    d->eeprom[2] = 0x7f;
    d->st = ST_IDLE;
    d->busy_until = 0;
    d->t_fall = sim_now();
    d->ignore_until = 0;
    ds_drive(d, SIM_DRIVE_PULL_UP);
}

// ---- slot helpers

static void ds_release(sim_part_t *p, intptr_t a) {
    ds_t *d = (ds_t *)p;
    (void)a;
    d->ev_release = 0;
    ds_drive(d, SIM_DRIVE_PULL_UP);
}

static void ds_presence_start(sim_part_t *p, intptr_t a) {
    ds_t *d = (ds_t *)p;
    (void)a;
    d->ev_presence = 0;
    ds_drive(d, SIM_DRIVE_LOW);
    ds_cancel(&d->ev_release);
    d->ev_release = sim_part_post(p, 120 * SIM_NS_PER_US, ds_release, 0);
}

static void ds_send_bit(ds_t *d, bool bit) {
    if (!bit) {
        ds_drive(d, SIM_DRIVE_LOW);
        ds_cancel(&d->ev_release);
        d->ev_release = sim_part_post(&d->base, 30 * SIM_NS_PER_US, ds_release, 0);
    }
}

static void ds_convert_done(sim_part_t *p, intptr_t a) {
    ds_t *d = (ds_t *)p;
    (void)a;
    d->ev_convert = 0;
    double t = sim_clampd(d->temperature, -55, 125) * 16.0;
    int raw = (int)(t < 0 ? t - 0.5 : t + 0.5);
    raw &= ~((1 << (12 - ds_resolution_bits(d))) - 1);
    d->scratch[0] = (uint8_t)(raw & 0xff);
    d->scratch[1] = (uint8_t)((raw >> 8) & 0xff);
    ds_scratch_crc(d);
}

static bool ds_alarm(const ds_t *d) {
    int t = (int8_t)(uint8_t)((d->scratch[1] << 4) | (d->scratch[0] >> 4));
    return t <= (int8_t)d->scratch[3] || t >= (int8_t)d->scratch[2];
}

static void ds_start_tx(ds_t *d, const uint8_t *buf, int n) {
    memcpy(d->tx, buf, (size_t)n);
    d->tx_len = n;
    d->tx_bit = 0;
    d->st = ST_TX;
}

static void ds_function(ds_t *d, uint8_t cmd) {
    switch (cmd) {
        case 0x44: {
            static const int ms_x4[4] = {375, 750, 1500, 3000};     // 93.75 .. 750 ms, x4
            sim_ns_t t = (sim_ns_t)ms_x4[ds_resolution_bits(d) - 9] * SIM_NS_PER_MS / 4;
            d->busy_until = sim_now() + t;
            ds_cancel(&d->ev_convert);
            d->ev_convert = sim_part_post(&d->base, t, ds_convert_done, 0);
            d->st = ST_POLL;
            break;
        }
        case 0xbe:
            ds_start_tx(d, d->scratch, 9);
            break;
        case 0x4e:
            d->st = ST_RX_SCRATCH;
            d->rx_bits = 0;
            break;
        case 0x48:
            memcpy(d->eeprom, d->scratch + 2, 3);
            d->busy_until = sim_now() + 10 * SIM_NS_PER_MS;
            d->st = ST_POLL;
            break;
        case 0xb8:
            ds_set_config(d, d->eeprom[0], d->eeprom[1], d->eeprom[2]);
            d->busy_until = 0;
            d->st = ST_POLL;
            break;
        case 0xb4:
            d->busy_until = 0;
            d->st = ST_POLL;
            break;
        default:
            d->st = ST_IDLE;
            break;
    }
}

static void ds_rom_command(ds_t *d, uint8_t cmd) {
    switch (cmd) {
        case 0x33: ds_start_tx(d, d->rom, 8); break;
        case 0x55: d->st = ST_MATCH; d->rx_bits = 0; break;
        case 0xcc: d->st = ST_FUNC; d->rx_bits = 0; break;
        case 0xf0:
        case 0xec:
            if (cmd == 0xec && !ds_alarm(d)) {
                d->st = ST_IDLE;
                break;
            }
            d->st = ST_SEARCH;
            d->search_bit = 0;
            d->search_phase = 0;
            break;
        default: d->st = ST_IDLE; break;
    }
}

// A bit written by the master.
static void ds_receive_bit(ds_t *d, bool bit) {
    if (d->st == ST_SEARCH) {
        if (d->search_phase != 2) {
            return;         // a read slot answered on its falling edge
        }
        bool mine = (d->rom[d->search_bit / 8] >> (d->search_bit % 8)) & 1;
        if (bit != mine) {
            d->st = ST_IDLE;
            return;
        }
        d->search_phase = 0;
        if (++d->search_bit == 64) {
            d->st = ST_FUNC;
            d->rx_bits = 0;
        }
        return;
    }
    if (d->st != ST_ROM && d->st != ST_MATCH && d->st != ST_FUNC && d->st != ST_RX_SCRATCH) {
        return;
    }
    int i = d->rx_bits++;
    if (i < 64) {
        if (i % 8 == 0) {
            d->rx[i / 8] = 0;
        }
        d->rx[i / 8] |= (uint8_t)(bit << (i % 8));
    }
    switch (d->st) {
        case ST_ROM:
            if (d->rx_bits == 8) {
                d->rx_bits = 0;
                ds_rom_command(d, d->rx[0]);
            }
            break;
        case ST_FUNC:
            if (d->rx_bits == 8) {
                d->rx_bits = 0;
                ds_function(d, d->rx[0]);
            }
            break;
        case ST_MATCH:
            if (d->rx_bits == 64) {
                d->rx_bits = 0;
                d->st = memcmp(d->rx, d->rom, 8) == 0 ? ST_FUNC : ST_IDLE;
            }
            break;
        case ST_RX_SCRATCH:
            if (d->rx_bits == 24) {
                ds_set_config(d, d->rx[0], d->rx[1], d->rx[2]);
                d->st = ST_IDLE;
            }
            break;
        default:
            break;
    }
}

// A read slot started (master's falling edge): answer it.
static void ds_read_slot(ds_t *d) {
    switch (d->st) {
        case ST_TX: {
            bool bit = true;
            if (d->tx_bit < 8 * d->tx_len) {
                bit = (d->tx[d->tx_bit / 8] >> (d->tx_bit % 8)) & 1;
                d->tx_bit++;
            }
            ds_send_bit(d, bit);
            break;
        }
        case ST_POLL:
            ds_send_bit(d, sim_now() >= d->busy_until);
            break;
        case ST_SEARCH:
            if (d->search_phase < 2) {
                bool mine = (d->rom[d->search_bit / 8] >> (d->search_bit % 8)) & 1;
                ds_send_bit(d, d->search_phase == 0 ? mine : !mine);
                d->search_phase++;
            }
            break;
        default:
            break;
    }
}

static bool ds_state_reads(const ds_t *d) {
    return d->st == ST_TX || d->st == ST_POLL || (d->st == ST_SEARCH && d->search_phase < 2);
}

static void ds_pin_changed(sim_part_t *p, int pin, int level) {
    ds_t *d = (ds_t *)p;
    if (pin != PIN_DQ || d->self_drive) {
        return;
    }
    sim_ns_t now = sim_now();
    if (!level) {
        d->t_fall = now;
        d->read_slot = now >= d->ignore_until && ds_state_reads(d);
        if (d->read_slot) {
            ds_read_slot(d);
        }
        return;
    }
    if (now < d->ignore_until) {
        return;             // the end of a presence pulse (ours or a peer's)
    }
    sim_ns_t width = now - d->t_fall;
    if (width >= 400 * SIM_NS_PER_US) {
        // reset: answer with a presence pulse, ignore the edges it and its peers make
        ds_cancel(&d->ev_release);
        ds_drive(d, SIM_DRIVE_PULL_UP);
        d->st = ST_ROM;
        d->rx_bits = 0;
        ds_cancel(&d->ev_presence);
        d->ev_presence = sim_part_post(p, 30 * SIM_NS_PER_US, ds_presence_start, 0);
        d->ignore_until = now + 200 * SIM_NS_PER_US;
        return;
    }
    if (d->read_slot) {
        return;             // the end of a read slot (the master's pulse or a peer's 0)
    }
    ds_receive_bit(d, width < 30 * SIM_NS_PER_US);
}

static int ds_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "temperature") != 0) {
        return -1;
    }
    ((ds_t *)p)->temperature = sim_clampd(value, -55, 125);
    return 0;
}

bool sim_ds18b20_rom(sim_part_t *p, uint8_t rom[8]) {
    if (p->type != &sim_part_ds18b20) {
        return false;
    }
    memcpy(rom, ((ds_t *)p)->rom, 8);
    return true;
}

const sim_part_type_t sim_part_ds18b20 = {
    .type = "wokwi-ds18b20",
    .size = sizeof(ds_t),
    .pin_names = ds_pins,
    .init = ds_init,
    .reset = ds_reset,
    .pin_changed = ds_pin_changed,
    .set_control = ds_set_control,
};
