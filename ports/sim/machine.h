// ports/sim/machine.h: shared declarations of the simulated board's `machine` module files.
//
// Interpreter-side state of the board lives in one GC-rooted list, mp_state.user_roots[SIM_ROOT]
// (slots below), so that handlers and buffers held by C state are never collected. Soft IRQs
// (pin and timer callbacks, as MicroPython schedules them) wait in the SCHED slot's list and
// run at the next instruction boundary (the VM hook) or inside a sleep.
#ifndef MICROPY_INCLUDED_PORTS_SIM_MACHINE_H
#define MICROPY_INCLUDED_PORTS_SIM_MACHINE_H

#include "py/runtime.h"
#include "sim.h"
#include "simport.h"

#define SIM_ROOT 2
enum {
    SIM_SLOT_SCHED,         // list: fun, arg, hard, fun, arg, hard, ...
    SIM_SLOT_PIN_IRQ,       // list of SIM_MAX_GPIO: handler or None
    SIM_SLOT_TIMERS,        // list of live Timer objects (their callbacks)
    SIM_SLOT_MISC,          // list: objects C code keeps (UART buffers, ...)
    SIM_SLOT_UART_IRQ,      // list of SIM_UART_IDS: UART.irq handler or None
    SIM_SLOT_N,
};
#define SIM_UART_IDS 3
mp_obj_t *sim_root_slots(void);
void sim_machine_init(void);            // after mp_init: fresh roots, pins to inputs
void sim_schedule(mp_obj_t fun, mp_obj_t arg, bool hard);
void sim_run_scheduled(void);           // runs queued callbacks (not re-entrantly)
NORETURN void sim_raise_errno(int err); // OSError(err) printed as a board prints it
// Virtual sleep: events fire and callbacks run at their times; raises on --until / reset.
void sim_sleep_ns(sim_ns_t ns);
// Parses a pin argument: a Pin object, an int or a board name. Raises ValueError if invalid.
int sim_pin_arg(mp_obj_t o);
mp_obj_t sim_pin_obj(int gpio);
// Configures a pin for a bus or peripheral: drive mode for the MCU endpoint.
void sim_pin_set_drive(int gpio, sim_drive_t d);
void sim_pin_set_open_drain(int gpio, bool pull_up);
void sim_pin_od_write(int gpio, int v);     // open drain with pull-up: 0 low, 1 released
void sim_pin_write(int gpio, int v);        // push-pull output
int sim_pin_read(int gpio);
sim_ns_t sim_pin_wait_level(int gpio, int level, sim_ns_t timeout); // modonewire.c; -1: timed out
void sim_pins_reset(void);
// Peripheral signals and the pins that can carry them. rp2: the RP2040's function select
// (datasheet 2.19.2) ties each signal to fixed pins; a wrong pin raises ValueError("bad SCL
// pin") as the rp2 port does. esp32 routes any pin through its GPIO matrix (no check).
typedef enum {
    SIM_FN_I2C_SDA, SIM_FN_I2C_SCL, SIM_FN_SPI_MISO, SIM_FN_SPI_SCK, SIM_FN_SPI_MOSI, SIM_FN_UART_TX, SIM_FN_UART_RX,
} sim_pin_fn_t;
void sim_pin_check_function(sim_pin_fn_t fn, int id, int gpio);

// Run control (main.c): the run stops (--until reached, firmware reset) by raising this.
extern const mp_obj_type_t mp_type_SimStop;
extern const mp_obj_type_t mp_type_SimReset;
extern bool sim_stop_requested;
extern int sim_reset_cause;             // machine.reset_cause() of the current boot
extern int sim_pending_reset;           // 0, or the cause of a reset in progress
void sim_request_reset(int cause);
// machine_esp32.c: wake-up sources. wake_reason values are esp32's (EXT0 2, EXT1 3, TIMER 4).
#define SIM_EXT0_WAKE 2
#define SIM_TIMER_WAKE 4
extern int sim_wake_reason;
extern int sim_wake_ext0_gpio, sim_wake_ext0_level;

enum {
    SIM_PWRON_RESET = 1, SIM_HARD_RESET = 2, SIM_WDT_RESET = 3, SIM_DEEPSLEEP_RESET = 4, SIM_SOFT_RESET = 5,
};

extern const mp_obj_type_t machine_pin_type;
extern const mp_obj_type_t machine_signal_type;
extern const mp_obj_type_t machine_i2c_type;
extern const mp_obj_type_t machine_soft_i2c_type;
extern const mp_obj_type_t machine_spi_type;
extern const mp_obj_type_t machine_soft_spi_type;
extern const mp_obj_type_t machine_timer_type;
extern const mp_obj_type_t machine_adc_type;
extern const mp_obj_type_t machine_dac_type, machine_touchpad_type; // machine_esp32.c
extern const mp_obj_type_t machine_pwm_type;
extern const mp_obj_type_t machine_uart_type;
extern const mp_obj_type_t machine_rtc_type;
extern const mp_obj_type_t machine_wdt_type;

// RTC: seconds since 2000-01-01 at virtual time 0 (--rtc), plus what the firmware set.
extern int64_t sim_rtc_epoch_s;
int64_t sim_rtc_now_us(void);           // microseconds since 2000-01-01 now
void sim_timers_reset(void);
void sim_wdt_reset(void);

#endif
