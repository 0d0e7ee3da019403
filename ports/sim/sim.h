// ports/sim/sim.h: the simulated board's world model, shared by the machine layer, the bus
// layer, the device models (parts/) and the recorders. Nothing here calls the interpreter.
//
// Layers (data flows one way; see docs/architecture.md):
//
//   firmware -> machine_*.c (Pin, I2C, SPI, UART, ...)
//            -> bus layer (sim_i2c_*, sim_spi_*: whole transactions to parts)
//               <-> pin-level decoders (a bit-banged bus on the nets becomes the same calls)
//            -> nets (sim_net_*: levels from drivers and pulls; shorts reported)
//            -> parts (parts/<part>.c: byte-level models of real chips)
//   clock.c: one monotonic virtual nanosecond clock and an event queue; everything that
//   happens later (a timer, a conversion finishing, an EEPROM write cycle) is an event.
//
// Invariants
// - Time only moves forward, and only through sim_clock_advance_to() (sleeps, the bytecode cost
//   model, bus transfer times). Events fire in (time, sequence) order: two runs of the same
//   firmware on the same board produce identical traces.
// - A part never calls the interpreter and never blocks; it answers bus calls immediately,
//   drives its own pins with sim_part_drive(), and schedules work with sim_part_post().
// - A net's level is a pure function of its drivers: any strong 0 and strong 1 together is a
//   short (reported once per net, level resolved as 0), else the strong level, else a pull,
//   else the net floats (reads as 0; "floating" is visible in the VCD as 'z').
#ifndef MICROPY_INCLUDED_PORTS_SIM_SIM_H
#define MICROPY_INCLUDED_PORTS_SIM_SIM_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef int64_t sim_ns_t;
#define SIM_NS_PER_US ((sim_ns_t)1000)
#define SIM_NS_PER_MS ((sim_ns_t)1000000)
#define SIM_NS_PER_S ((sim_ns_t)1000000000)

typedef struct _sim_part_t sim_part_t;
typedef struct _sim_json_t sim_json_t;

// ---------------------------------------------------------------------------------------------
// Clock and events (clock.c)

sim_ns_t sim_now(void);

// An event: at `when`, call fn(arg, a). Returns an id usable with sim_event_cancel.
typedef void (*sim_event_fn_t)(void *arg, intptr_t a);
uint64_t sim_event_post(sim_ns_t when, sim_event_fn_t fn, void *arg, intptr_t a);
void sim_event_cancel(uint64_t id);
// Earliest pending event time, or INT64_MAX.
sim_ns_t sim_event_next_time(void);
// Moves the clock to `t` (>= now), firing every event due on the way, in order.
void sim_clock_advance_to(sim_ns_t t);

// ---------------------------------------------------------------------------------------------
// Nets and drivers (net.c)

typedef enum {
    SIM_DRIVE_Z = 0,        // not driving (input, open-drain released)
    SIM_DRIVE_LOW,
    SIM_DRIVE_HIGH,
    SIM_DRIVE_PULL_UP,      // weak
    SIM_DRIVE_PULL_DOWN,    // weak
} sim_drive_t;

// A driver is one endpoint that can put a level on a net: an MCU pin or a part pin.
typedef struct _sim_driver_t {
    int net;                // -1: not connected
    sim_drive_t drive;
    double analog_v;        // analog source voltage, when analog is set
    bool analog;            // this endpoint drives an analog voltage (potentiometer wiper)
    const char *name;       // "esp:21", "oled1:SDA" (for messages and the VCD)
} sim_driver_t;

// Resolved digital level of a net: 0 or 1 (floating reads 0).
int sim_net_level(int net);
bool sim_net_floating(int net);
// Analog voltage on a net: an analog driver's voltage, else 0 V / VCC from the digital level.
double sim_net_voltage(int net);
// Called by whoever changed a driver; recomputes the level and notifies watchers on a change.
void sim_driver_set(sim_driver_t *d, sim_drive_t drive);
void sim_driver_set_analog(sim_driver_t *d, double volts);

// Watchers get called after a net's level changed (IRQs, decoders, parts' input pins, VCD).
typedef void (*sim_net_watch_fn_t)(void *arg, int net, int level);
void sim_net_watch(int net, sim_net_watch_fn_t fn, void *arg);

// ---------------------------------------------------------------------------------------------
// Parts (parts/*.c, listed once in parts/parts.def)

#define SIM_PART_MAX_PINS 24

// A screenshot: RGBA, row-major, 4 bytes a pixel; the part allocates with sim_image_alloc.
typedef struct _sim_image_t {
    int width, height;
    uint8_t *rgba;
} sim_image_t;

typedef struct _sim_part_type_t {
    const char *type;                   // Wokwi type name: "board-ssd1306", "wokwi-led"
    size_t size;                        // sizeof the part's struct (which begins with sim_part_t)
    const char *const *pin_names;       // NULL-terminated: "SDA", "SCL", "GND", ...
    // After pins and attrs are known. Returns NULL, or a message (the loader prefixes the id).
    const char *(*init)(sim_part_t *p);
    // Power-on state (at start and on a `reset` scenario step).
    void (*reset)(sim_part_t *p);
    // I2C target. `addr` is 7-bit; return true to ACK. After an ACKed read start, i2c_read is
    // called per byte; `ack` tells the part whether the controller ACKed the previous byte.
    bool (*i2c_start)(sim_part_t *p, uint8_t addr, bool read);
    bool (*i2c_write)(sim_part_t *p, uint8_t byte);
    uint8_t (*i2c_read)(sim_part_t *p);
    void (*i2c_stop)(sim_part_t *p);
    // SPI target: one byte exchanged while the part's CS net is low (or it has no CS pin).
    uint8_t (*spi_byte)(sim_part_t *p, uint8_t mosi);
    // An input pin of the part changed level (pin index into pin_names).
    void (*pin_changed)(sim_part_t *p, int pin, int level);
    // Scenario `set-control` and board attrs at run time: 0 ok, -1 unknown control name.
    int (*set_control)(sim_part_t *p, const char *name, double value);
    // Display parts: render what the panel shows now. Returns false if not a display.
    bool (*screenshot)(sim_part_t *p, sim_image_t *img);
} sim_part_type_t;

struct _sim_part_t {
    const sim_part_type_t *type;
    const char *id;                     // "oled1"
    const sim_json_t *attrs;            // the part's "attrs" object (may be NULL)
    sim_driver_t pins[SIM_PART_MAX_PINS];   // one endpoint per pin name; .net == -1 unwired
    int n_pins;
    bool i2c_active;                    // bus layer: this part ACKed the current address
};

// Attribute helpers (attrs values are strings in Wokwi's files, numbers are accepted too).
const char *sim_part_attr_str(const sim_part_t *p, const char *key, const char *dflt);
double sim_part_attr_num(const sim_part_t *p, const char *key, double dflt);
int sim_part_pin_index(const sim_part_t *p, const char *name);   // -1 if none
int sim_part_pin_level(const sim_part_t *p, int pin);             // resolved level of its net
double sim_part_pin_voltage(const sim_part_t *p, int pin);
void sim_part_drive(sim_part_t *p, int pin, sim_drive_t drive);
void sim_part_drive_analog(sim_part_t *p, int pin, double volts);
// Schedules fn(p, a) at now + delay.
uint64_t sim_part_post(sim_part_t *p, sim_ns_t delay, void (*fn)(sim_part_t *p, intptr_t a), intptr_t a);
// Fault injection hooks for parts to consult (scenario `inject`): 0 none.
bool sim_image_alloc(sim_image_t *img, int w, int h);
// Logs a part-level message (warnings such as "oled1: unknown command 0x12") to the sim log.
void sim_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

sim_part_t *sim_part_find(const char *id);
extern int sim_n_parts;
extern sim_part_t **sim_parts;

// Registry: one line per part type in parts/parts.def: SIM_PART(name_of_type_variable)
#define SIM_PART(var) extern const sim_part_type_t var;
#include "parts/parts.def"
#undef SIM_PART
const sim_part_type_t *sim_part_type_lookup(const char *type);

// True while the machine layer exchanges bytes with sim_spi_byte (SPI, SoftSPI): a part that
// takes bytes there and also decodes its clock pin edge by edge (for firmware that bit-bangs
// the protocol by hand) ignores the edges of such a transfer. Defined in parts/part_util.c.
extern bool sim_spi_transfer_active;

// Supply voltage of the board (3.3 V), used for analog scaling.
#define SIM_VCC 3.3

#endif
