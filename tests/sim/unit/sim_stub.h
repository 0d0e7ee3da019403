// tests/sim/unit/sim_stub.h: a small stand-in for the simulated board's core (clock, nets,
// attrs, part registry, I2C/SPI bus calls) so the device models can be tested alone.
//
// The stub drives parts through their callbacks the way the bus layer does: an I2C write is
// START(addr) to every I2C part, the bytes to the parts that ACKed, then STOP; SPI bytes go to
// every SPI part whose CS net is low (or that has no CS wired). Nets keep a list of drivers and
// resolve them with sim.h's rules; a level change notifies the parts' pin_changed and watchers.
#ifndef SIM_STUB_H
#define SIM_STUB_H

#include "../../../ports/sim/sim.h"

#define STUB_MAX_NETS 64

struct _sim_json_t {
    const char *kv[33];     // key, value, key, value, ..., NULL
};

// Forget every part, net, driver and event; the clock goes back to 0.
void stub_world_reset(void);
// A part of `type` with `attrs` (may be NULL); wire it with stub_wire, then stub_part_init.
sim_part_t *stub_part_new(const char *type, const char *id, const sim_json_t *attrs);
void stub_wire(sim_part_t *p, const char *pin, int net);
const char *stub_part_init(sim_part_t *p);      // init() then reset(); NULL or the message
// An MCU-side endpoint on `net` (output or pull, set with sim_driver_set).
sim_driver_t *stub_mcu_pin(const char *name, int net);
// A constant rail (GND or 3V3) on `net`.
void stub_rail(int net, int level);

// I2C: returns -1 when nobody ACKs the address, else the number of ACKed data bytes.
int stub_i2c_write(uint8_t addr, const uint8_t *buf, size_t n, bool stop);
int stub_i2c_read(uint8_t addr, uint8_t *buf, size_t n, bool stop);
// writeto_mem / readfrom_mem with an 8- or 16-bit memory address (repeated start for reads).
int stub_i2c_writeto_mem(uint8_t addr, unsigned mem, int addrsize, const uint8_t *buf, size_t n);
int stub_i2c_readfrom_mem(uint8_t addr, unsigned mem, int addrsize, uint8_t *buf, size_t n);
// SPI: one byte exchanged with every selected SPI part; the last part's MISO byte is returned.
uint8_t stub_spi_byte(uint8_t mosi);
void stub_spi_write(const uint8_t *buf, size_t n);

// The registered part types in parts.def order; NULL past the end.
const sim_part_type_t *stub_type_at(int i);

// Messages logged with sim_log since the last reset.
int stub_log_count(void);
const char *stub_log_last(void);

#endif
