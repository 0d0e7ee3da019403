// ports/sim/inject.c: fault-injection rules (see inject.h) and the transaction record used by
// scenario assertions. Rules are few; a linear scan per bus byte costs nothing measurable.
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "inject.h"
#include "simport.h"
#include "record.h"

static sim_inject_rule_t *rules;
static size_t n_rules, alloc_rules;

void sim_inject_add(const sim_inject_rule_t *r) {
    if (n_rules == alloc_rules) {
        alloc_rules = alloc_rules ? alloc_rules * 2 : 8;
        rules = realloc(rules, alloc_rules * sizeof(*rules));
        if (rules == NULL) {
            abort();
        }
    }
    rules[n_rules++] = *r;
}

void sim_inject_clear(void) {
    n_rules = 0;
}

static sim_inject_rule_t *match(sim_inject_kind_t kind, int addr, long index) {
    sim_ns_t now = sim_now();
    for (size_t i = 0; i < n_rules; i++) {
        sim_inject_rule_t *r = &rules[i];
        if (r->kind != kind || (r->addr >= 0 && r->addr != addr) || r->count == 0) {
            continue;
        }
        if (now < r->from || (r->until > 0 && now >= r->until)) {
            continue;
        }
        if (index >= 0 && r->index >= 0 && r->index != index) {
            continue;
        }
        if (r->count > 0) {
            r->count--;
        }
        return r;
    }
    return NULL;
}

bool sim_inject_i2c_addr_nack(uint8_t addr) {
    return match(SIM_INJ_ADDR_NACK, addr, -1) != NULL;
}

bool sim_inject_i2c_byte_nack(uint8_t addr, size_t index) {
    return match(SIM_INJ_BYTE_NACK, addr, (long)index) != NULL;
}

uint8_t sim_inject_i2c_read(uint8_t addr, size_t index, uint8_t v) {
    sim_inject_rule_t *r = match(SIM_INJ_READ_CORRUPT, addr, (long)index);
    return r ? (uint8_t)(v ^ r->value) : v;
}

int sim_inject_i2c_bus_fault(uint8_t addr) {
    if (match(SIM_INJ_STUCK_SDA, addr, -1) || match(SIM_INJ_CLOCK_STRETCH, addr, -1)) {
        return ETIMEDOUT;
    }
    return 0;
}

// ---- transaction record

static sim_txn_t *txns;
static size_t n_txns, alloc_txns;

static sim_txn_t *txn_new(void) {
    if (n_txns == alloc_txns) {
        alloc_txns = alloc_txns ? alloc_txns * 2 : 64;
        txns = realloc(txns, alloc_txns * sizeof(*txns));
        if (txns == NULL) {
            abort();
        }
    }
    sim_txn_t *t = &txns[n_txns++];
    memset(t, 0, sizeof(*t));
    t->t = sim_now();
    return t;
}

void sim_record_i2c(int scl, int sda, uint8_t addr, bool read, bool ack, const uint8_t *data, size_t n, long nack_at) {
    sim_txn_t *t = txn_new();
    t->is_spi = false;
    t->bus_net = scl;
    (void)sda;
    t->addr = addr;
    t->read = read;
    t->ack = ack;
    t->nack_at = nack_at;
    t->n = n;
    t->data = malloc(n ? n : 1);
    if (n) {
        memcpy(t->data, data, n);
    }
}

void sim_record_spi(int sck, const uint8_t *out, size_t n) {
    sim_txn_t *t = txn_new();
    t->is_spi = true;
    t->bus_net = sck;
    t->n = n;
    t->data = malloc(n ? n : 1);
    if (n) {
        memcpy(t->data, out, n);
    }
}

size_t sim_record_txns(const sim_txn_t **out) {
    *out = txns;
    return n_txns;
}
