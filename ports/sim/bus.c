// ports/sim/bus.c: the bus layer: I2C and SPI transactions between the MCU and the parts, the
// pin-level I2C decoder for bit-banged buses, and the bus log.
//
// Target side (one place for every path): i2c_tgt_* find the parts on a bus (their SDA/SCL
// pins on the bus's nets), call them, apply injected faults and record the transaction. Two
// controllers reach it:
//   - sim_i2c_start/write_byte/read_byte/stop: hardware I2C, byte-level calls;
//   - the decoder (sim_i2c_decoder_attach): watches SCL/SDA nets, turns edges into the same
//     calls, and drives SDA for ACK bits and read data through its own endpoint on the SDA net.
// So SoftI2C (which toggles pins) and I2C reach the same parts and produce the same bus log.
//
// Bus log: one JSON object per line and per transaction, written at STOP (or at a repeated
// START), e.g.
//   {"t":1250000,"bus":"i2c","scl":"esp:22","addr":60,"dir":"write","data":"80ae","ack":true,"nack_at":null}
// t is the virtual time of the START in ns; data is hex; ack is the address ACK; nack_at is the
// index of the first data byte the target NACKed (writes), else null.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include "simport.h"
#include "inject.h"
#include "record.h"

static FILE *buslog;

void sim_buslog_open(FILE *f) {
    buslog = f;
}

void sim_buslog_close(void) {
    if (buslog) {
        fclose(buslog);
        buslog = NULL;
    }
}

static void log_hex(const uint8_t *d, size_t n) {
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        fputc(hx[d[i] >> 4], buslog);
        fputc(hx[d[i] & 15], buslog);
    }
}

static const char *net_label(int net) {
    sim_driver_t **d;
    size_t n = sim_net_drivers(net, &d);
    for (size_t i = 0; i < n; i++) {
        if (d[i] >= sim_gpio && d[i] < sim_gpio + SIM_MAX_GPIO) {
            return d[i]->name;
        }
    }
    return n > 0 ? d[0]->name : "?";
}

// ---- I2C target side

typedef struct {
    bool active;            // between START and STOP
    int scl, sda;
    uint8_t addr;
    bool read, addr_ack;
    sim_ns_t t0;
    uint8_t *data;
    size_t n, alloc;
    long nack_at;
    size_t index;           // bytes so far in this transaction (for injections)
} i2c_txn_t;

static i2c_txn_t txn;

static void txn_byte(uint8_t b) {
    if (txn.n == txn.alloc) {
        txn.alloc = txn.alloc ? txn.alloc * 2 : 64;
        txn.data = realloc(txn.data, txn.alloc);
        if (txn.data == NULL) {
            abort();
        }
    }
    txn.data[txn.n++] = b;
}

static void txn_flush(void) {
    if (!txn.active) {
        return;
    }
    if (buslog) {
        fprintf(buslog, "{\"t\":%lld,\"bus\":\"i2c\",\"scl\":\"%s\",\"sda\":\"%s\",\"addr\":%u,\"dir\":\"%s\",\"data\":\"",
            (long long)txn.t0, net_label(txn.scl), net_label(txn.sda), txn.addr, txn.read ? "read" : "write");
        log_hex(txn.data, txn.n);
        fprintf(buslog, "\",\"ack\":%s,\"nack_at\":", txn.addr_ack ? "true" : "false");
        if (txn.nack_at >= 0) {
            fprintf(buslog, "%ld}\n", txn.nack_at);
        } else {
            fprintf(buslog, "null}\n");
        }
    }
    sim_record_i2c(txn.scl, txn.sda, txn.addr, txn.read, txn.addr_ack, txn.data, txn.n, txn.nack_at);
    txn.active = false;
}

static bool part_on_i2c(sim_part_t *p, int scl, int sda) {
    if (p->type == NULL || p->type->i2c_start == NULL) {
        return false;
    }
    int ks = sim_part_pin_index(p, "SCL"), kd = sim_part_pin_index(p, "SDA");
    return ks >= 0 && kd >= 0 && p->pins[ks].net == scl && p->pins[kd].net == sda;
}

static bool i2c_tgt_start(int scl, int sda, uint8_t addr, bool read) {
    txn_flush();
    txn.active = true;
    txn.scl = scl;
    txn.sda = sda;
    txn.addr = addr;
    txn.read = read;
    txn.t0 = sim_now();
    txn.n = 0;
    txn.nack_at = -1;
    txn.index = 0;
    bool ack = false;
    bool inject_nack = sim_inject_i2c_addr_nack(addr);
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        p->i2c_active = false;
        if (!part_on_i2c(p, scl, sda)) {
            continue;
        }
        if (!inject_nack && p->type->i2c_start(p, addr, read)) {
            p->i2c_active = true;
            ack = true;
        }
    }
    txn.addr_ack = ack;
    return ack;
}

static bool i2c_tgt_write(uint8_t b) {
    bool ack = false;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->i2c_active && p->type->i2c_write) {
            ack |= p->type->i2c_write(p, b);
        }
    }
    if (sim_inject_i2c_byte_nack(txn.addr, txn.index)) {
        ack = false;
    }
    txn.index++;
    txn_byte(b);
    if (!ack && txn.nack_at < 0) {
        txn.nack_at = (long)txn.n - 1;
    }
    return ack;
}

static uint8_t i2c_tgt_read(void) {
    uint8_t v = 0xFF;     // nobody drives SDA: the pull-up reads as ones
    bool any = false;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->i2c_active && p->type->i2c_read) {
            uint8_t b = p->type->i2c_read(p);
            v = any ? (v & b) : b;      // wired-AND of several responders
            any = true;
        }
    }
    v = sim_inject_i2c_read(txn.addr, txn.index, v);
    txn.index++;
    txn_byte(v);
    return v;
}

static void i2c_tgt_stop(void) {
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->i2c_active && p->type->i2c_stop) {
            p->type->i2c_stop(p);
        }
        p->i2c_active = false;
    }
    txn_flush();
}

// ---- I2C controller (hardware peripheral, byte level)

bool sim_i2c_start(sim_i2c_bus_t *bus, uint8_t addr, bool read) {
    return i2c_tgt_start(bus->scl_net, bus->sda_net, addr, read);
}

bool sim_i2c_write_byte(sim_i2c_bus_t *bus, uint8_t b) {
    (void)bus;
    return i2c_tgt_write(b);
}

uint8_t sim_i2c_read_byte(sim_i2c_bus_t *bus, bool ack) {
    (void)bus;
    (void)ack;
    return i2c_tgt_read();
}

void sim_i2c_stop(sim_i2c_bus_t *bus) {
    (void)bus;
    i2c_tgt_stop();
}

// ---- the pin-level decoder

typedef enum {
    DEC_IDLE,       // waiting for START
    DEC_RX,         // receiving 8 bits (address or write data) on SCL rising edges
    DEC_ACK_OUT,    // we drive ACK (or not) during the 9th clock
    DEC_TX,         // read: we drive 8 data bits, changing after SCL falls
    DEC_ACK_IN,     // read: the controller's ACK/NACK on the 9th clock
    DEC_IGNORE,     // NACKed: wait for STOP / repeated START
} dec_state_t;

typedef struct _i2c_decoder_t {
    struct _i2c_decoder_t *next;
    int scl, sda;
    sim_driver_t drv;       // our endpoint on SDA (ACK bits, read data)
    dec_state_t st;
    bool addr_phase, read;
    int bits;
    uint8_t shift;
    bool ack;
    int last_sda, last_scl;
} i2c_decoder_t;

static i2c_decoder_t *decoders;

static void dec_drive(i2c_decoder_t *d, int bit) {
    sim_driver_set(&d->drv, bit ? SIM_DRIVE_Z : SIM_DRIVE_LOW);
}

static void dec_on_sda(void *arg, int net, int level) {
    i2c_decoder_t *d = arg;
    (void)net;
    int prev = d->last_sda;
    d->last_sda = level;
    if (!sim_net_level(d->scl) || d->drv.drive == SIM_DRIVE_LOW || level == prev) {
        return;
    }
    if (level == 0) {
        // START or repeated START
        if (d->st != DEC_IDLE) {
            txn_flush();
        }
        d->st = DEC_RX;
        d->addr_phase = true;
        d->bits = 0;
        d->shift = 0;
    } else {
        // STOP
        if (d->st != DEC_IDLE) {
            dec_drive(d, 1);
            i2c_tgt_stop();
        }
        d->st = DEC_IDLE;
    }
}

static void dec_on_scl(void *arg, int net, int level) {
    i2c_decoder_t *d = arg;
    (void)net;
    d->last_scl = level;
    int sda = sim_net_level(d->sda);
    if (level) {
        // rising edge: sample
        switch (d->st) {
            case DEC_RX:
                d->shift = (uint8_t)((d->shift << 1) | sda);
                d->bits++;
                break;
            case DEC_ACK_IN:
                d->ack = sda == 0;
                break;
            default:
                break;
        }
        return;
    }
    // falling edge: act
    switch (d->st) {
        case DEC_RX:
            if (d->bits == 8) {
                bool ack;
                if (d->addr_phase) {
                    d->read = d->shift & 1;
                    ack = i2c_tgt_start(d->scl, d->sda, d->shift >> 1, d->read);
                } else {
                    ack = i2c_tgt_write(d->shift);
                }
                d->ack = ack;
                dec_drive(d, !ack);
                d->st = DEC_ACK_OUT;
            }
            break;
        case DEC_ACK_OUT:
            dec_drive(d, 1);
            if (!d->ack) {
                d->st = DEC_IGNORE;
            } else if (d->read) {
                d->shift = i2c_tgt_read();
                d->bits = 0;
                dec_drive(d, d->shift >> 7);
                d->st = DEC_TX;
            } else {
                d->addr_phase = false;
                d->bits = 0;
                d->shift = 0;
                d->st = DEC_RX;
            }
            break;
        case DEC_TX:
            d->bits++;
            if (d->bits < 8) {
                dec_drive(d, (d->shift >> (7 - d->bits)) & 1);
            } else {
                dec_drive(d, 1);
                d->st = DEC_ACK_IN;
            }
            break;
        case DEC_ACK_IN:
            if (d->ack) {
                d->shift = i2c_tgt_read();
                d->bits = 0;
                dec_drive(d, d->shift >> 7);
                d->st = DEC_TX;
            } else {
                d->st = DEC_IGNORE;
            }
            break;
        default:
            break;
    }
}

void sim_i2c_decoder_attach(int scl, int sda) {
    for (i2c_decoder_t *d = decoders; d; d = d->next) {
        if (d->scl == scl && d->sda == sda) {
            return;
        }
    }
    i2c_decoder_t *d = calloc(1, sizeof(*d));
    if (d == NULL) {
        abort();
    }
    d->scl = scl;
    d->sda = sda;
    d->drv.name = "i2c-targets";
    d->drv.net = -1;
    d->last_sda = sim_net_level(sda);
    d->last_scl = sim_net_level(scl);
    sim_net_attach(sda, &d->drv);
    sim_net_watch(scl, dec_on_scl, d);
    sim_net_watch(sda, dec_on_sda, d);
    d->next = decoders;
    decoders = d;
}

// ---- SPI

static bool part_on_spi(sim_part_t *p, int sck, int mosi) {
    if (p->type == NULL || p->type->spi_byte == NULL) {
        return false;
    }
    // Wokwi names: SCK/MOSI, or the SSD1306's D0 (clock) / D1 (data).
    int kc = sim_part_pin_index(p, "SCK");
    if (kc < 0) {
        kc = sim_part_pin_index(p, "D0");
    }
    if (kc < 0) {
        kc = sim_part_pin_index(p, "CLK");
    }
    int kd = sim_part_pin_index(p, "MOSI");
    if (kd < 0) {
        kd = sim_part_pin_index(p, "D1");
    }
    if (kd < 0) {
        kd = sim_part_pin_index(p, "DIN");
    }
    if (kc < 0 || p->pins[kc].net != sck || (kd >= 0 && p->pins[kd].net != mosi)) {
        return false;
    }
    int kcs = sim_part_pin_index(p, "CS");
    if (kcs >= 0 && p->pins[kcs].net >= 0) {
        sim_driver_t **dd;
        if (sim_net_drivers(p->pins[kcs].net, &dd) > 1 && sim_net_level(p->pins[kcs].net) != 0) {
            return false;   // wired CS and not selected
        }
    }
    return true;
}

uint8_t sim_spi_byte(int sck, int mosi, int miso, uint8_t out, bool *answered) {
    uint8_t in = 0xFF;
    bool any = false;
    (void)miso;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (part_on_spi(p, sck, mosi)) {
            uint8_t b = p->type->spi_byte(p, out);
            in = any ? (in & b) : b;
            any = true;
        }
    }
    if (answered != NULL) {
        *answered = any;
    }
    return in;
}

// A part that sees the bus only through its pins (a 74HC595 on SCK/MOSI, a 74HC165 on
// SCK/MISO) needs the clock's edges: true when such a part has a pin on the SCK net.
bool sim_spi_net_has_pin_parts(int sck) {
    if (sck < 0) {
        return false;
    }
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        if (p->type == NULL || p->type->spi_byte != NULL || p->type->pin_changed == NULL) {
            continue;
        }
        for (int k = 0; k < p->n_pins; k++) {
            if (p->pins[k].net == sck) {
                return true;
            }
        }
    }
    return false;
}

void sim_buslog_spi(const char *bus, const uint8_t *out, const uint8_t *in, size_t n) {
    if (buslog == NULL) {
        return;
    }
    fprintf(buslog, "{\"t\":%lld,\"bus\":\"%s\",\"dir\":\"xfer\",\"out\":\"", (long long)sim_now(), bus);
    log_hex(out, n);
    fprintf(buslog, "\",\"in\":\"");
    log_hex(in, n);
    fprintf(buslog, "\"}\n");
}

void sim_buslog_uart(const char *bus, const char *dir, const uint8_t *data, size_t n) {
    if (buslog == NULL) {
        return;
    }
    fprintf(buslog, "{\"t\":%lld,\"bus\":\"%s\",\"dir\":\"%s\",\"data\":\"", (long long)sim_now(), bus, dir);
    log_hex(data, n);
    fprintf(buslog, "\"}\n");
}
