// ports/sim/record.h: what the recorders keep for scenario assertions.
#ifndef MICROPY_INCLUDED_PORTS_SIM_RECORD_H
#define MICROPY_INCLUDED_PORTS_SIM_RECORD_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "sim.h"

typedef struct {
    sim_ns_t t;
    bool is_spi;
    int bus_net;            // SCL / SCK net
    uint8_t addr;
    bool read, ack;
    long nack_at;
    uint8_t *data;
    size_t n;
} sim_txn_t;

size_t sim_record_txns(const sim_txn_t **out);

#endif
