// ports/sim/inject.h: fault injection rules consulted by the bus layer (scenario `inject` steps
// add them; each rule may be limited to a window of virtual time).
#ifndef MICROPY_INCLUDED_PORTS_SIM_INJECT_H
#define MICROPY_INCLUDED_PORTS_SIM_INJECT_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include "sim.h"

typedef enum {
    SIM_INJ_ADDR_NACK,      // the address is NACKed (nobody answers)
    SIM_INJ_BYTE_NACK,      // the index-th byte after the address is NACKed
    SIM_INJ_READ_CORRUPT,   // read byte at index is XORed with value (index -1: every byte)
    SIM_INJ_STUCK_SDA,      // SDA held low: every transaction fails (timeout)
    SIM_INJ_CLOCK_STRETCH,  // SCL held low beyond the timeout: ETIMEDOUT
} sim_inject_kind_t;

typedef struct {
    sim_inject_kind_t kind;
    int addr;               // -1: any address
    long index;
    uint8_t value;
    sim_ns_t from, until;   // active window [from, until)
    long count;             // remaining uses (-1: unlimited)
} sim_inject_rule_t;

void sim_inject_add(const sim_inject_rule_t *r);
void sim_inject_clear(void);
bool sim_inject_i2c_addr_nack(uint8_t addr);
bool sim_inject_i2c_byte_nack(uint8_t addr, size_t index);
uint8_t sim_inject_i2c_read(uint8_t addr, size_t index, uint8_t v);
// Bus-wide faults at a transaction's start: 0 none, else an errno (ETIMEDOUT).
int sim_inject_i2c_bus_fault(uint8_t addr);

// Recorded transactions (for scenario expect-i2c / expect-spi), kept since the last clear.
void sim_record_i2c(int scl, int sda, uint8_t addr, bool read, bool ack, const uint8_t *data, size_t n, long nack_at);
void sim_record_spi(int sck, const uint8_t *out, size_t n);

#endif
