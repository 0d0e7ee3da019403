// tests/sim/unit/test_util.h: the checks and shared helpers of the parts' unit tests; each
// test_*.c file holds the tests of a group of parts, test_parts.c the runner.
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim_stub.h"
#include "../../../ports/sim/parts/part_util.h"

extern int n_pass, n_fail;
bool check(bool ok, const char *what, const char *file, int line);
bool check_eq(long long a, long long b, const char *what, const char *file, int line);
bool check_near(double a, double b, double tol, const char *what, const char *file, int line);

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
#define CHECK_EQ(a, b) check_eq((long long)(a), (long long)(b), #a " == " #b, __FILE__, __LINE__)
#define CHECK_NEAR(a, b, tol) check_near((a), (b), (tol), #a " ~ " #b, __FILE__, __LINE__)
#define ATTRS(...) (&(sim_json_t){{__VA_ARGS__, NULL}})

// Edges seen on a watched net (edge_watch as a sim_net_watch callback); reset n_edges first.
extern sim_ns_t edge_t[256];
extern int edge_l[256], n_edges;
void edge_watch(void *arg, int net, int level);

void test_ssd1306_reset_state(void);
void test_ssd1306_logo_i2c(void);
void test_ssd1306_sizes(void);
void test_ssd1306_addressing_modes(void);
void test_ssd1306_control_bytes(void);
void test_ssd1306_start_line_offset(void);
void test_ssd1306_attrs(void);
void test_ssd1306_spi(void);
void test_sh1106(void);
void test_lcd(void);
void test_lcd_pins(void);
void test_ili9341(void);
void test_ft6206(void);
void test_max7219(void);
void test_neopixel(void);
void test_bme280(void);
void test_dht(void);
void test_bmp280(void);
void test_ds18b20(void);
void test_mpu6050(void);
void test_ds1307(void);
void test_ds3231(void);
void test_eeprom(void);
void test_slide_switch_relay(void);
void test_rgb_ldr_joy(void);
void test_pir_buzzer(void);
void test_keypad(void);
void test_74hc595(void);
void test_ky040(void);
void test_hx711(void);
void test_hcsr04(void);
void test_led(void);
void test_pushbutton(void);
void test_potentiometer(void);
void test_servo(void);
void test_registry(void);
void test_civil(void);
void test_bad_values(void);
void test_fuzz(void);
void test_tm1637(void);
void test_ds3231_alarms(void);
void test_74hc165(void);
void test_pushbutton_fallback(void);
void test_7segment(void);
void test_7segment_multiplex(void);
void test_led_bar_graph(void);
void test_dip_switch(void);
void test_analog_modules(void);
void test_heart_beat(void);
void test_stepper_coils(void);
void test_a4988(void);
void test_ir(void);
void test_resistor(void);

#endif
