// ports/sim/simport.h: interfaces between the board's own modules (clock, nets, board loader,
// bus layer, recorders, machine layer, main). Parts use only sim.h.
#ifndef MICROPY_INCLUDED_PORTS_SIM_SIMPORT_H
#define MICROPY_INCLUDED_PORTS_SIM_SIMPORT_H

#include <stdio.h>
#include "sim.h"
#include "json.h"

// ---- clock.c
extern uint64_t sim_ps_per_op;              // cost of one bytecode instruction, picoseconds
void sim_clock_update_deadline(void);
void sim_clock_run_due(void);
void sim_clock_reset(void);                // for the fuzz harness (many boards per process)

// ---- vm hook / scheduler (machine.c)
bool sim_hook_pending(void);                // soft IRQs queued, or the run must stop

// ---- net.c
extern int sim_n_nets;
int sim_net_new(void);
void sim_net_attach(int net, sim_driver_t *d);
void sim_net_update(int net);
void sim_net_unwatch(int net, sim_net_watch_fn_t fn, void *arg);
size_t sim_net_drivers(int net, sim_driver_t ***out);
extern void (*sim_net_observer)(int net, int level, bool floating);
void sim_report_short(const char *a, const char *b);
void sim_nets_reset(void);                 // for the fuzz harness

// ---- board.c: profiles, the MCU's pins, the board file
#define SIM_MAX_GPIO 48

typedef struct _sim_profile_t {
    const char *name;           // "esp32", "rp2"
    const char *platform;       // sys.platform
    const char *machine;        // os.uname().machine, sys.implementation._machine
    const char *sysname;        // os.uname().sysname
    int n_gpio;
    uint64_t valid;             // bit n: GPIO n exists
    uint64_t input_only;        // bit n: GPIO n cannot drive
    uint64_t adc;               // bit n: GPIO n has an ADC channel
    int i2c_nack_errno;         // hardware I2C address NACK: ENODEV (esp32) / EIO (rp2)
    int n_i2c, i2c_pins[2][2];  // default (scl, sda)
    int spi_first_id;           // esp32: SPI(1) HSPI and SPI(2) VSPI; rp2: SPI(0), SPI(1)
    int n_spi, spi_pins[2][3];  // default (sck, mosi, miso)
    int n_uart, uart_pins[3][2];// default (tx, rx)
    int n_hw_timers;            // hardware timer ids 0..n-1 (virtual timers: -1)
    int cpu_mhz;
    int led_gpio;               // Pin("LED"), -1 if none
    int unique_id_len;
    int wdt_max_ms;
} sim_profile_t;

extern const sim_profile_t *sim_profile;
extern sim_driver_t sim_gpio[SIM_MAX_GPIO];     // the MCU's pins (.net always valid)
extern const char *sim_mcu_id;                  // the MCU part's id in the board file ("esp")

// Loads a diagram.json (NULL: the built-in default board for `profile`, NULL = esp32).
// Returns 0, or -1 with a message in err.
int sim_board_load(const char *path, const char *profile, char *err, size_t err_len);
int sim_gpio_from_name(const char *name);       // "GP2", "LED", "D21", "21" -> GPIO, -1 if none
// A part pin "oled1:SDA" -> its driver, NULL if no such part or pin.
sim_driver_t *sim_endpoint(const char *ref);
void sim_board_reset_parts(void);

// ---- bus.c: transactions, the bus log
typedef struct _sim_i2c_bus_t {
    int scl_net, sda_net;
    const char *name;           // "i2c0", "soft-i2c"
    uint32_t freq;
} sim_i2c_bus_t;
// Controller side of a whole transaction piece. Each returns false on NACK.
bool sim_i2c_start(sim_i2c_bus_t *bus, uint8_t addr, bool read);
bool sim_i2c_write_byte(sim_i2c_bus_t *bus, uint8_t b);
uint8_t sim_i2c_read_byte(sim_i2c_bus_t *bus, bool ack);
void sim_i2c_stop(sim_i2c_bus_t *bus);
// One byte to every byte-level SPI part selected on the bus (MSB first on the wire); the
// parts' MISO bytes ANDed (0xFF: none). *answered (may be NULL): some part took the byte.
uint8_t sim_spi_byte(int sck_net, int mosi_net, int miso_net, uint8_t out, bool *answered);
bool sim_spi_net_has_pin_parts(int sck_net);
// Bus log (JSON lines); records are buffered per transaction by the bus layer.
void sim_buslog_open(FILE *f);
void sim_buslog_close(void);
void sim_buslog_spi(const char *bus, const uint8_t *out, const uint8_t *in, size_t n);
void sim_buslog_uart(const char *bus, const char *dir, const uint8_t *data, size_t n);
// Pin-level decoders: a bit-banged bus on these nets reaches the parts (soft buses).
void sim_i2c_decoder_attach(int scl_net, int sda_net);

// ---- record.c: VCD, logs, screenshots
int sim_vcd_open(const char *path);
void sim_vcd_close(void);
bool sim_vcd_active(void);
bool sim_screenshot_png(const char *part_id, const char *path, char *err, size_t err_len);
bool sim_png_write(const char *path, const sim_image_t *img);
bool sim_png_read(const char *path, sim_image_t *img);
extern FILE *sim_log_file;      // warnings go to stderr and here

// ---- the serial console (UART0)
void sim_serial_out(const char *s, size_t n);
extern FILE *sim_serial_log;

#endif
