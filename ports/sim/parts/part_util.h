// ports/sim/parts/part_util.h: helpers shared by the device models, and the few entry points
// the machine layer, the recorders and the tests call on specific parts (beyond sim.h).
//
// Everything here works on a sim_part_t of the right type and returns a neutral value
// (NULL, false, 0) when handed a part of another type, so callers may probe any part.
#ifndef MICROPY_INCLUDED_PORTS_SIM_PARTS_PART_UTIL_H
#define MICROPY_INCLUDED_PORTS_SIM_PARTS_PART_UTIL_H

#include "../sim.h"

// ---------------------------------------------------------------------------------------------
// For the core: after net `net` changed to `level`, calls pin_changed on every part pin wired
// to it (in part order, then pin order). net.c can call this from its level-change path. If a
// part changes the same net again meanwhile, the nested call notifies everyone of the newer
// level and this one stops, so no part sees an older level after a newer one.
void sim_parts_net_changed(int net, int level);

// ---------------------------------------------------------------------------------------------
// Attributes

// An integer attribute written as a string ("0x3c", "60", "-5") or as a JSON number.
long sim_part_attr_int(const sim_part_t *p, const char *key, long dflt);
// First attribute found among `keys` (NULL-terminated), as an int (aliases: "i2cAddress",
// "i2c-address").
long sim_part_attr_int_any(const sim_part_t *p, const char *const *keys, long dflt);
// A numeric attribute with its documented range: absent gives `dflt`; a value out of range is
// clamped with a warning on the sim log; a string that is not a number fails the board load
// (the loader names the part).
double sim_part_attr_range(const sim_part_t *p, const char *key, double dflt, double lo, double hi);
// An attribute holding a JSON array of strings (the keypad's "keys"): up to `max` pointers
// (valid for the run) into out; returns the array's length, -1 if the attr is absent, -2 if it
// is not an array of strings.
int sim_part_attr_strings(const sim_part_t *p, const char *key, const char **out, int max);
// Records a bad attribute (the first one until taken); the loader fails with it after the
// part's init and reset.
void sim_part_attr_fail(const sim_part_t *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool sim_part_attr_error_take(char *buf, size_t len);
// The part's I2C address: attrs i2cAddress / i2c-address / address, else `dflt`; beyond
// 0..0x7f a load error.
uint8_t sim_part_i2c_address(const sim_part_t *p, uint8_t dflt);
// True if the named pin is wired to a net.
bool sim_part_pin_wired(const sim_part_t *p, int pin);

// ---------------------------------------------------------------------------------------------
// Nets: the strongest drive on a net from drivers that do not belong to `self` (so a part can
// look through its own outputs): SIM_DRIVE_LOW/HIGH if a strong driver is present,
// SIM_DRIVE_PULL_UP/DOWN if only pulls, SIM_DRIVE_Z if nothing else drives the net.
// part_util.c holds a weak fallback built on sim_net_level()/sim_net_floating() that cannot
// exclude `self` or tell strong from weak; net.c should provide the real one.
sim_drive_t sim_net_external_drive(int net, const sim_part_t *self);

// Contacts (push button, slide switch, relay): pins with the same group number (>= 0) are
// joined. Nets are not merged at run time, so each such pin is driven with the strongest
// external drive found on the OTHER nets of its group (strong beats pull beats nothing; both
// strong levels: LOW; pull-up against pull-down: Z); pins in no group (-1) are released.
// *guard (one per part) stops the part's own drives from re-entering through pin_changed.
void sim_part_join_pins(sim_part_t *p, const int8_t *group_of_pin, bool *guard);

// Duty-cycle tracker for a digital input (LEDs): fraction of time on over the last complete
// on/off period, or the current state when the input has been still for over two periods.
typedef struct _sim_duty_t {
    bool on, seen_rise;
    sim_ns_t last_change, rise, on_ns, period;
    double duty;
} sim_duty_t;
void sim_duty_reset(sim_duty_t *d, bool on);
void sim_duty_update(sim_duty_t *d, bool on);
double sim_duty_value(const sim_duty_t *d);

// An LED colour attr: red, green, blue, yellow, white, orange or #RRGGBB. False if unknown.
bool sim_color_parse(const char *s, uint8_t rgb[3]);

// ---------------------------------------------------------------------------------------------
// Small arithmetic helpers

// v clamped to [lo, hi]; NaN gives lo (controls and attrs come from scenario files).
static inline double sim_clampd(double v, double lo, double hi) {
    return !(v >= lo) ? lo : v > hi ? hi : v;
}

static inline uint8_t sim_bcd_from_int(int v) {
    return (uint8_t)(((v / 10) << 4) | (v % 10));
}
static inline int sim_bcd_to_int(uint8_t b) {
    return (b >> 4) * 10 + (b & 0x0f);
}
// Days since 2000-01-01 for a proleptic Gregorian date (valid for years 1970..2199).
int64_t sim_days_from_civil(int year, int month, int day);
void sim_civil_from_days(int64_t days, int *year, int *month, int *day);

// ---------------------------------------------------------------------------------------------
// OLED controllers (ssd1306.c, sh1106.c)

// The controller's registers, for tests, text dumps and the recorders.
typedef struct _sim_oled_state_t {
    int width, height;          // panel size in pixels
    int ram_cols;               // GDDRAM columns: 128 (SSD1306) or 132 (SH1106); 8 pages
    int mode;                   // 0 horizontal, 1 vertical, 2 page addressing
    int col, page;              // RAM pointer
    int col_start, col_end, page_start, page_end;
    int contrast, mux, offset, start_line, com_pins, clock_div, precharge, vcomh;
    bool display_on, invert, entire_on, seg_remap, com_remap, charge_pump, scroll_active;
    uint8_t scroll_cmd;         // last scroll setup command (0x26/0x27/0x29/0x2A), 0 if none
} sim_oled_state_t;

// The GDDRAM: 8 pages of `ram_cols` bytes, page-major (byte bit 0 = top row of the page).
const uint8_t *sim_ssd1306_gddram(sim_part_t *p, int *ram_cols);
bool sim_ssd1306_state(sim_part_t *p, sim_oled_state_t *st);
// The SH1106 halves of the two calls above (sim_ssd1306_* dispatch to them).
const uint8_t *sim_sh1106_gddram(sim_part_t *p, int *ram_cols);
bool sim_sh1106_state(sim_part_t *p, sim_oled_state_t *st);

// Colours of a monochrome OLED screenshot (RGBA).
#define SIM_OLED_LIT_RGBA 0xff, 0xff, 0xff, 0xff
#define SIM_OLED_DARK_RGBA 0x00, 0x00, 0x00, 0xff

// ---------------------------------------------------------------------------------------------
// Character LCDs (lcd.c): wokwi-lcd1602, wokwi-lcd2004.

typedef struct _sim_lcd_state_t {
    int cols, rows;
    uint8_t ac;                 // address counter
    bool ac_cgram;              // the counter points into CGRAM
    bool display_on, cursor_on, blink_on, eight_bit, two_lines, backlight;
    int shift;                  // display shift in characters (positive: right)
    uint8_t cgram[64];          // user characters 0..7, 8 rows of 5 bits each
} sim_lcd_state_t;

// The characters row `row` shows now (display shift applied; spaces while the display is
// off), as the raw character codes (0..7 are the CGRAM characters), NUL-terminated in out[n].
bool sim_lcd_text(sim_part_t *p, int row, char *out, size_t n);
bool sim_lcd_state(sim_part_t *p, sim_lcd_state_t *st);

// ---------------------------------------------------------------------------------------------
// Simple parts (led.c, pushbutton.c, potentiometer.c, servo.c)

// LED: lit now (anode high, cathode low), and the brightness 0..1 averaged over the last PWM
// period seen on its pins (or set by sim_part_pwm).
bool sim_led_lit(sim_part_t *p);
double sim_led_brightness(sim_part_t *p);
// Pushbutton state.
bool sim_pushbutton_pressed(sim_part_t *p);
// Potentiometer wiper position 0..1.
double sim_potentiometer_position(sim_part_t *p);
// Servo horn angle in degrees (0..180), from the last pulse width seen; -1 before any pulse.
double sim_servo_angle(sim_part_t *p);
// Last pulse width in ns seen by a servo, 0 if none.
sim_ns_t sim_servo_pulse_ns(sim_part_t *p);

// The machine layer's PWM may drive a net with a periodic signal without toggling it edge by
// edge; it then tells the parts on that net with this call (freq in Hz, duty 0..1). LEDs take
// the duty as brightness, servos the pulse width duty/freq. Other parts ignore it.
void sim_part_pwm(sim_part_t *p, int pin, double freq_hz, double duty);
// The per-type halves of sim_part_pwm (each ignores parts of other types).
void sim_led_pwm(sim_part_t *p, int pin, double freq_hz, double duty);
void sim_servo_pwm(sim_part_t *p, int pin, double freq_hz, double duty);
void sim_rgb_led_pwm(sim_part_t *p, int pin, double freq_hz, double duty);
void sim_buzzer_pwm(sim_part_t *p, int pin, double freq_hz, double duty);

// RGB LED channel brightness 0..1 (ch 0 red, 1 green, 2 blue).
double sim_rgb_led_brightness(sim_part_t *p, int ch);
// Buzzer tone frequency in Hz, 0 when silent.
double sim_buzzer_freq(sim_part_t *p);
// Relay module: contact on NO (IN high).
bool sim_relay_on(sim_part_t *p);
// 74HC595: the output latch (Q0 = bit 0). 74HC165: the shift register (bit 7 = Q7).
uint8_t sim_74hc595_latch(sim_part_t *p);
uint8_t sim_74hc165_register(sim_part_t *p);
// KY-040: detent steps played so far (clockwise positive).
long sim_ky040_position(sim_part_t *p);
// MAX7219: the registers of unit k (0 = the one on the MCU's DIN).
typedef struct {
    uint8_t digit[8];
    uint8_t decode, intensity, scan_limit;
    bool shutdown, test;
} sim_max7219_unit_t;
bool sim_max7219_unit(sim_part_t *p, int k, sim_max7219_unit_t *out);
// TM1637: the 6 grid registers (bit 0..6 = segments a..g, bit 7 = point/colon), display on.
bool sim_tm1637_segments(sim_part_t *p, uint8_t grid[6], bool *on);

// DHT22 / DHT11: the 5-byte frame the sensor would send now (humidity, temperature, checksum).
bool sim_dht_frame(sim_part_t *p, uint8_t frame[5]);

// DS18B20: its 8-byte ROM code. sim_onewire_crc8 is the Dallas/Maxim CRC-8 (x^8+x^5+x^4+1).
bool sim_ds18b20_rom(sim_part_t *p, uint8_t rom[8]);
uint8_t sim_onewire_crc8(const uint8_t *data, size_t n);

// ---------------------------------------------------------------------------------------------
// NeoPixel (neopixel.c): wokwi-neopixel, wokwi-led-ring, wokwi-led-strip.

// The machine layer (machine.bitstream / neopixel.write) hands the bytes sent on a part's DIN,
// in wire order (GRB for WS2812). Bytes past this part's pixels go on to the part whose DIN is
// wired to this part's DOUT, as on a real chain.
void sim_neopixel_data(sim_part_t *p, const uint8_t *buf, size_t n);
// Number of pixels, and the colour of pixel i as 0xRRGGBB (-1 if out of range).
int sim_neopixel_count(sim_part_t *p);
long sim_neopixel_rgb(sim_part_t *p, int i);

// ---------------------------------------------------------------------------------------------
// EEPROM (eeprom.c): the memory array, for tests and for dumping.
const uint8_t *sim_eeprom_data(sim_part_t *p, size_t *size);
bool sim_eeprom_busy(sim_part_t *p);

// ---------------------------------------------------------------------------------------------
// RTC (rtc.c): the time the chip shows now, as seconds since 2000-01-01 00:00:00.
int64_t sim_rtc_seconds(sim_part_t *p);

// ---------------------------------------------------------------------------------------------
// More displays, switches, sensors and motors (sevenseg.c, ledbar.c, dipswitch.c, ntc.c,
// heartbeat.c, stepper.c, a4988.c)

// wokwi-7segment: digits shown (1..4); the segments of digit d (0 = leftmost; 4 = the colon,
// bit 0) lit now, bit 0 = A .. bit 6 = G, bit 7 = DP; and what a viewer sees on a multiplexed
// display (the pattern held longest during the digit's last activation, dark after 100 ms off).
int sim_7segment_digits(sim_part_t *p);
uint8_t sim_7segment_segments(sim_part_t *p, int digit);
uint8_t sim_7segment_seen(sim_part_t *p, int digit);
// The character a segment pattern shows ('0'..'9', 'A'..'F' and a few letters), '?' if none.
char sim_7segment_char(uint8_t segs);
// wokwi-led-bar-graph: LED i (0 = top, A1/C1) lit now, and its brightness as for wokwi-led.
bool sim_led_bar_lit(sim_part_t *p, int i);
double sim_led_bar_brightness(sim_part_t *p, int i);
// wokwi-dip-switch-8: bit n-1 set while switch n is on.
int sim_dip_switch_state(sim_part_t *p);
// wokwi-ntc-temperature-sensor: the OUT voltage at a temperature (Wokwi's 10k/10k divider).
double sim_ntc_voltage(double celsius, double beta);
// wokwi-heart-beat-sensor: pulses started since reset.
long sim_heart_beats(sim_part_t *p);
// wokwi-stepper-motor: move by a signed count of 1/16 full steps (clockwise positive); the
// position in full steps since reset; the shaft angle in degrees, 0 <= angle < 360.
void sim_stepper_move(sim_part_t *p, int64_t sixteenths);
double sim_stepper_steps(sim_part_t *p);
double sim_stepper_angle(sim_part_t *p);
// wokwi-a4988: microsteps a full step from MS1..MS3 (1, 2, 4, 8, 16); steps taken (in full
// steps, signed) since reset.
int sim_a4988_microsteps(sim_part_t *p);
double sim_a4988_steps(sim_part_t *p);
// wokwi-ir-receiver (ir.c): queue an NEC frame on DAT (false if the queue is full or not a
// receiver); frames sent completely since reset.
bool sim_ir_receiver_send(sim_part_t *p, uint8_t address, uint8_t command);
long sim_ir_receiver_frames(sim_part_t *p);

// ---------------------------------------------------------------------------------------------
// Touch panel (ft6206.c), embedded in board-ili9341-cap-touch (ili9341.c).

#define SIM_FT6206_W 240
#define SIM_FT6206_H 320
typedef struct _sim_ft6206_t {
    sim_part_t *part;           // the part that owns the INT pin
    int int_pin;                // its pin index, -1 none
    uint8_t address, chip_id;
    bool pressed;
    int x, y;                   // the touch point, 0..239 / 0..319
    uint8_t event;              // P1 event flag (0 down, 1 up, 2 contact, 3 none)
    uint8_t ptr;
    bool addressed, have_ptr;
    uint8_t dev_mode, threshold, period_active, g_mode;
} sim_ft6206_t;
void sim_ft6206_reset(sim_ft6206_t *t, sim_part_t *p, int int_pin);
bool sim_ft6206_i2c_start(sim_ft6206_t *t, uint8_t addr, bool read);
bool sim_ft6206_i2c_write(sim_ft6206_t *t, uint8_t b);
uint8_t sim_ft6206_i2c_read(sim_ft6206_t *t);
void sim_ft6206_i2c_stop(sim_ft6206_t *t);
// pressed: 1 touch, 0 release, -1 keep; x / y: NAN keeps (values are clamped to the panel).
void sim_ft6206_touch(sim_ft6206_t *t, int pressed, double x, double y);
// Controls "x", "y", "pressed" (alias "touch"): 0 ok, -1 unknown.
int sim_ft6206_set_control(sim_ft6206_t *t, const char *name, double value);
// For the scenario runner and tests: the touch controller of a part (NULL if it has none),
// so `touch*` steps work on any part type that embeds one.
sim_ft6206_t *sim_touch_panel(sim_part_t *p);

#endif
