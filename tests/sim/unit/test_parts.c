// tests/sim/unit/test_parts.c: unit tests of the device models in ports/sim/parts, driven
// through their callbacks by the stub core (sim_stub.c) the way the bus layer will drive them.
// Prints one line per failed check and ends with "N passed, N failed" (exit 1 on failure).
#include "test_util.h"

int n_pass, n_fail;

bool check(bool ok, const char *what, const char *file, int line) {
    if (ok) {
        n_pass++;
    } else {
        n_fail++;
        printf("FAIL %s:%d: %s\n", file, line, what);
    }
    return ok;
}

bool check_eq(long long a, long long b, const char *what, const char *file, int line) {
    if (a == b) {
        n_pass++;
        return true;
    }
    n_fail++;
    printf("FAIL %s:%d: %s (%lld != %lld)\n", file, line, what, a, b);
    return false;
}

bool check_near(double a, double b, double tol, const char *what, const char *file, int line) {
    if (fabs(a - b) <= tol) {
        n_pass++;
        return true;
    }
    n_fail++;
    printf("FAIL %s:%d: %s (%.6f vs %.6f)\n", file, line, what, a, b);
    return false;
}

sim_ns_t edge_t[256];
int edge_l[256], n_edges;

void edge_watch(void *arg, int net, int level) {
    (void)arg;
    (void)net;
    if (n_edges < 256) {
        edge_t[n_edges] = sim_now();
        edge_l[n_edges++] = level;
    }
}

// ---------------------------------------------------------------------------------------------

// With only part_util.c's weak sim_net_external_drive (a core whose net.c lacks the real one),
// the common button wiring still works: pull-up input against GND.
void test_pushbutton_fallback(void) {
    stub_world_reset();
    sim_part_t *b = stub_part_new("wokwi-pushbutton", "btn1", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "2.r", 2);
    sim_driver_t *in = stub_mcu_pin("gpio4", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(sim_net_level(1), 1);
        b->type->set_control(b, "pressed", 1);
        CHECK_EQ(sim_net_level(1), 0);
        b->type->pin_changed(b, 0, 0);          // re-evaluation while pressed stays put
        CHECK_EQ(sim_net_level(1), 0);
        CHECK_EQ(sim_net_level(2), 0);
        b->type->set_control(b, "pressed", 0);
        CHECK_EQ(sim_net_level(1), 1);
    }
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "fallback") == 0) {
        test_pushbutton_fallback();
        stub_world_reset();
        printf("weak-net fallback: %d passed, %d failed\n", n_pass, n_fail);
        return n_fail ? 1 : 0;
    }
    test_ssd1306_reset_state();
    test_ssd1306_logo_i2c();
    test_ssd1306_sizes();
    test_ssd1306_addressing_modes();
    test_ssd1306_control_bytes();
    test_ssd1306_start_line_offset();
    test_ssd1306_attrs();
    test_ssd1306_spi();
    test_sh1106();
    test_bme280();
    test_bmp280();
    test_dht();
    test_lcd();
    test_lcd_pins();
    test_ili9341();
    test_ft6206();
    test_slide_switch_relay();
    test_rgb_ldr_joy();
    test_pir_buzzer();
    test_max7219();
    test_tm1637();
    test_ds18b20();
    test_keypad();
    test_74hc595();
    test_74hc165();
    test_ky040();
    test_hx711();
    test_mpu6050();
    test_ds1307();
    test_ds3231();
    test_ds3231_alarms();
    test_eeprom();
    test_neopixel();
    test_hcsr04();
    test_led();
    test_pushbutton();
    test_potentiometer();
    test_servo();
    test_7segment();
    test_7segment_multiplex();
    test_led_bar_graph();
    test_dip_switch();
    test_analog_modules();
    test_heart_beat();
    test_stepper_coils();
    test_a4988();
    test_ir();
    test_resistor();
    test_registry();
    test_civil();
    test_bad_values();
    test_fuzz();
    stub_world_reset();
    printf("%d passed, %d failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
