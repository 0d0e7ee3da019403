// tests/sim/unit/test_io.c: switches, relay, LEDs, analog inputs, PIR, buzzer, keypad,
// 74HC595, KY-040, HX711, HC-SR04, servo, the registry and bad values.
#include "test_util.h"

// ---------------------------------------------------------------------------------------------
// Small parts: slide switch, relay, RGB LED, LDR, joystick, PIR, buzzer.

void test_slide_switch_relay(void) {
    // 2 (common) on an input with pull-up, 1 on GND, 3 on 3V3
    stub_world_reset();
    sim_part_t *s = stub_part_new("wokwi-slide-switch", "sw1", NULL);
    stub_wire(s, "1", 1);
    stub_wire(s, "2", 2);
    stub_wire(s, "3", 3);
    stub_rail(1, 0);
    stub_rail(3, 1);
    sim_driver_t *in = stub_mcu_pin("gpio5", 2);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK(stub_part_init(s) == NULL);
    CHECK_EQ(sim_net_level(2), 0);          // left: 2-1 (GND)
    CHECK_EQ(s->type->set_control(s, "value", 1), 0);
    CHECK_EQ(sim_net_level(2), 1);          // right: 2-3 (3V3)
    sim_driver_set(in, SIM_DRIVE_PULL_DOWN);
    CHECK_EQ(sim_net_level(2), 1);
    s->type->set_control(s, "value", 0);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(s->type->set_control(s, "position", 0), -1);
    stub_world_reset();
    s = stub_part_new("wokwi-slide-switch", "sw2", ATTRS("value", "1"));
    stub_wire(s, "2", 2);
    stub_wire(s, "3", 3);
    stub_rail(3, 1);
    CHECK(stub_part_init(s) == NULL);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK(!sim_net_floating(2));
    // relay: IN from a GPIO; COM on 3V3; NC and NO to two LEDs' anodes
    stub_world_reset();
    sim_part_t *r = stub_part_new("wokwi-relay-module", "rly", NULL);
    sim_part_t *l1 = stub_part_new("wokwi-led", "l1", NULL);
    sim_part_t *l2 = stub_part_new("wokwi-led", "l2", NULL);
    stub_wire(r, "IN", 1);
    stub_wire(r, "COM", 2);
    stub_wire(r, "NC", 3);
    stub_wire(r, "NO", 4);
    stub_wire(l1, "A", 3);
    stub_wire(l1, "C", 5);
    stub_wire(l2, "A", 4);
    stub_wire(l2, "C", 5);
    stub_rail(2, 1);
    stub_rail(5, 0);
    sim_driver_t *ctl = stub_mcu_pin("gpio26", 1);
    CHECK(stub_part_init(r) == NULL);
    CHECK(stub_part_init(l1) == NULL);
    CHECK(stub_part_init(l2) == NULL);
    CHECK(!sim_relay_on(r));
    CHECK(sim_led_lit(l1));
    CHECK(!sim_led_lit(l2));
    sim_driver_set(ctl, SIM_DRIVE_HIGH);
    CHECK(sim_relay_on(r));
    CHECK(!sim_led_lit(l1));
    CHECK(sim_led_lit(l2));
    CHECK(sim_net_floating(3));
    sim_driver_set(ctl, SIM_DRIVE_LOW);
    CHECK(sim_led_lit(l1));
    CHECK(!sim_led_lit(l2));
}

void test_rgb_ldr_joy(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-rgb-led", "rgb", NULL);
    stub_wire(p, "R", 1);
    stub_wire(p, "G", 2);
    stub_wire(p, "B", 3);
    stub_wire(p, "COM", 4);
    sim_driver_t *r = stub_mcu_pin("r", 1), *g = stub_mcu_pin("g", 2), *b = stub_mcu_pin("b", 3);
    stub_rail(4, 1);                        // common anode on 3V3
    sim_driver_set(r, SIM_DRIVE_HIGH);
    sim_driver_set(g, SIM_DRIVE_LOW);
    sim_driver_set(b, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_rgb_led_brightness(p, 0), 0.0, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 1), 1.0, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 2), 0.0, 1e-9);
    sim_part_pwm(p, 0, 1000, 0.25);        // anode: lit while low, 75 %
    CHECK_NEAR(sim_rgb_led_brightness(p, 0), 0.75, 1e-9);
    CHECK_NEAR(sim_rgb_led_brightness(p, 3), 0.0, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-rgb-led", "rgb2", ATTRS("common", "cathode"));
    stub_wire(p, "B", 3);
    stub_wire(p, "COM", 4);
    stub_rail(4, 0);
    b = stub_mcu_pin("b", 3);
    CHECK(stub_part_init(p) == NULL);
    sim_driver_set(b, SIM_DRIVE_HIGH);
    CHECK_NEAR(sim_rgb_led_brightness(p, 2), 1.0, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-rgb-led", "rgb3", ATTRS("common", "both"));
    CHECK(stub_part_init(p) != NULL);
    // LDR: Wokwi's table at 5 V scaled to 3.3 V: 10 lux -> 50 kOhm -> 3.3 * 50 / 60
    stub_world_reset();
    p = stub_part_new("wokwi-photoresistor-sensor", "ldr", ATTRS("lux", "10", "threshold", "1.5"));
    stub_wire(p, "AO", 1);
    stub_wire(p, "DO", 2);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 3.3 * 50.0 / 60.0, 1e-6);
    CHECK_EQ(sim_net_level(2), 1);          // dark
    CHECK_EQ(p->type->set_control(p, "lux", 1000), 0);
    double rr = 50000.0 * pow(0.01, 0.7);
    CHECK_NEAR(sim_net_voltage(1), 3.3 * rr / (rr + 10000.0), 1e-6);
    CHECK_EQ(sim_net_level(2), 0);          // light
    CHECK_EQ(p->type->set_control(p, "value", 1), -1);
    // joystick: centre, then top-left, pressed
    stub_world_reset();
    p = stub_part_new("wokwi-analog-joystick", "joy", NULL);
    stub_wire(p, "VERT", 1);
    stub_wire(p, "HORZ", 2);
    stub_wire(p, "SEL", 3);
    sim_driver_t *sel = stub_mcu_pin("sel", 3);
    sim_driver_set(sel, SIM_DRIVE_PULL_UP);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC / 2, 1e-9);
    CHECK_NEAR(sim_net_voltage(2), SIM_VCC / 2, 1e-9);
    CHECK_EQ(sim_net_level(3), 1);
    p->type->set_control(p, "x", 1);
    p->type->set_control(p, "y", 1);
    p->type->set_control(p, "pressed", 1);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC, 1e-9);
    CHECK_NEAR(sim_net_voltage(2), SIM_VCC, 1e-9);
    CHECK_EQ(sim_net_level(3), 0);
    p->type->set_control(p, "y", -1);
    CHECK_NEAR(sim_net_voltage(1), 0, 1e-9);
    p->type->set_control(p, "pressed", 0);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK_EQ(p->type->set_control(p, "z", 0), -1);
}

void test_pir_buzzer(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-pir-motion-sensor", "pir", ATTRS("delayTime", "2", "inhibitTime", "1"));
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(p->type->set_control(p, "motion", 1), 0);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(1500 * SIM_NS_PER_MS);
    p->type->set_control(p, "motion", 1);  // retrigger: high until 3.5 s
    sim_clock_advance_to(3400 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(3600 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 0);
    p->type->set_control(p, "motion", 1);  // inhibited until 4.5 s
    CHECK_EQ(sim_net_level(1), 0);
    sim_clock_advance_to(4600 * SIM_NS_PER_MS);
    p->type->set_control(p, "motion", 1);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(p->type->set_control(p, "pressed", 1), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-pir-motion-sensor", "pir2", ATTRS("retrigger", "0"));
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    p->type->set_control(p, "motion", 1);
    sim_clock_advance_to(2 * SIM_NS_PER_S);
    p->type->set_control(p, "motion", 1);  // no retrigger: falls at 3 s
    sim_clock_advance_to(3100 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 0);
    // buzzer: a 440 Hz square wave on pin 2, pin 1 on GND
    stub_world_reset();
    p = stub_part_new("wokwi-buzzer", "bz", NULL);
    stub_wire(p, "1", 1);
    stub_wire(p, "2", 2);
    stub_rail(1, 0);
    sim_driver_t *d = stub_mcu_pin("gpio25", 2);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
    sim_ns_t half = SIM_NS_PER_S / 880;
    for (int i = 0; i < 10; i++) {
        sim_driver_set(d, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + half);
        sim_driver_set(d, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + half);
    }
    CHECK_NEAR(sim_buzzer_freq(p), 440, 0.5);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
    sim_part_pwm(p, 1, 262, 0.5);
    CHECK_NEAR(sim_buzzer_freq(p), 262, 1e-9);
    sim_part_pwm(p, 1, 262, 0);
    CHECK_NEAR(sim_buzzer_freq(p), 0, 1e-9);
}


// MAX7219 chain of 4, driven like MicroPython's max7219 driver: per row, one frame per unit,
// the leftmost unit's first, then CS high.

// ---------------------------------------------------------------------------------------------
// Keypad, 74HC595, KY-040, HX711.

void test_keypad(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-membrane-keypad", "kp", NULL);
    static const char *const names[8] = {"R1", "R2", "R3", "R4", "C1", "C2", "C3", "C4"};
    sim_driver_t *d[8];
    for (int i = 0; i < 8; i++) {
        stub_wire(p, names[i], 10 + i);
        d[i] = stub_mcu_pin(names[i], 10 + i);
    }
    CHECK(stub_part_init(p) == NULL);
    // rows driven high, one low at a time; columns inputs with pull-ups
    for (int c = 0; c < 4; c++) {
        sim_driver_set(d[4 + c], SIM_DRIVE_PULL_UP);
    }
    for (int r = 0; r < 4; r++) {
        sim_driver_set(d[r], SIM_DRIVE_HIGH);
    }
    CHECK_EQ(p->type->set_control(p, "6", 1), 0);       // row 2, column 3
    int found = -1;
    for (int r = 0; r < 4; r++) {
        sim_driver_set(d[r], SIM_DRIVE_LOW);
        for (int c = 0; c < 4; c++) {
            if (sim_net_level(14 + c) == 0) {
                found = r * 4 + c;
            }
        }
        sim_driver_set(d[r], SIM_DRIVE_HIGH);
    }
    CHECK_EQ(found, 6);
    p->type->set_control(p, "6", 0);
    sim_driver_set(d[1], SIM_DRIVE_LOW);
    CHECK_EQ(sim_net_level(16), 1);
    sim_driver_set(d[1], SIM_DRIVE_HIGH);
    CHECK_EQ(p->type->set_control(p, "E", 1), -1);
    // 3 columns: no D key
    stub_world_reset();
    p = stub_part_new("wokwi-membrane-keypad", "kp3", ATTRS("columns", "3"));
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(p->type->set_control(p, "D", 1), -1);
    CHECK_EQ(p->type->set_control(p, "#", 1), 0);
    stub_world_reset();
    p = stub_part_new("wokwi-membrane-keypad", "kp5", ATTRS("columns", "5"));
    CHECK(stub_part_init(p) != NULL);
}

void test_74hc595(void) {
    // two chips chained: Q7S of the first into DS of the second; shiftOut MSB first
    stub_world_reset();
    sim_part_t *a = stub_part_new("wokwi-74hc595", "sr1", NULL);
    sim_part_t *b = stub_part_new("wokwi-74hc595", "sr2", NULL);
    stub_wire(a, "DS", 1);
    stub_wire(a, "SHCP", 2);
    stub_wire(a, "STCP", 3);
    stub_wire(a, "Q7S", 4);
    stub_wire(b, "DS", 4);
    stub_wire(b, "SHCP", 2);
    stub_wire(b, "STCP", 3);
    stub_wire(a, "Q0", 20);
    stub_wire(a, "Q7", 27);
    stub_wire(a, "OE", 5);
    sim_driver_t *ds = stub_mcu_pin("ds", 1), *sh = stub_mcu_pin("sh", 2), *st = stub_mcu_pin("st", 3);
    sim_driver_t *oe = stub_mcu_pin("oe", 5);
    sim_driver_set(oe, SIM_DRIVE_LOW);
    sim_driver_set(sh, SIM_DRIVE_LOW);
    sim_driver_set(st, SIM_DRIVE_LOW);
    CHECK(stub_part_init(a) == NULL);
    CHECK(stub_part_init(b) == NULL);
    uint16_t word = 0xa5c3;         // high byte ends in the second chip
    for (int i = 15; i >= 0; i--) {
        sim_driver_set(ds, (word >> i) & 1 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        sim_driver_set(sh, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        sim_driver_set(sh, SIM_DRIVE_LOW);
    }
    CHECK_EQ(sim_74hc595_latch(a), 0);      // not latched yet
    sim_driver_set(st, SIM_DRIVE_HIGH);
    CHECK_EQ(sim_74hc595_latch(a), 0xc3);
    CHECK_EQ(sim_74hc595_latch(b), 0xa5);
    CHECK_EQ(sim_net_level(20), 1);         // Q0 = bit 0 of 0xC3
    CHECK_EQ(sim_net_level(27), 1);
    sim_driver_set(oe, SIM_DRIVE_HIGH);
    CHECK(sim_net_floating(20));
    sim_driver_set(oe, SIM_DRIVE_LOW);
    CHECK_EQ(sim_net_level(20), 1);
}

// Two 74HC165 chained (Q7 of the far one into DS of the near one), read as in Wokwi's example:
// PL low then high, then read Q7 and pulse CP, 16 times.
void test_74hc165(void) {
    stub_world_reset();
    sim_part_t *a = stub_part_new("wokwi-74hc165", "in1", NULL);
    sim_part_t *b = stub_part_new("wokwi-74hc165", "in2", NULL);
    stub_wire(a, "PL", 1);
    stub_wire(b, "PL", 1);
    stub_wire(a, "CP", 2);
    stub_wire(b, "CP", 2);
    stub_wire(a, "Q7", 3);                  // a is the near chip, read by the MCU
    stub_wire(b, "Q7", 4);
    stub_wire(a, "DS", 4);
    stub_wire(a, "CE", 5);
    stub_wire(b, "CE", 5);
    sim_driver_t *ce = stub_mcu_pin("ce", 5);
    sim_driver_set(ce, SIM_DRIVE_LOW);
    uint16_t inputs = 0xb46d;               // a: 0xB4, b: 0x6D
    for (int i = 0; i < 8; i++) {
        char name[3] = {'D', (char)('0' + i), 0};
        stub_wire(a, name, 10 + i);
        stub_wire(b, name, 20 + i);
        stub_rail(10 + i, (inputs >> (8 + i)) & 1);
        stub_rail(20 + i, (inputs >> i) & 1);
    }
    sim_driver_t *pl = stub_mcu_pin("pl", 1), *cp = stub_mcu_pin("cp", 2);
    sim_driver_set(pl, SIM_DRIVE_HIGH);
    sim_driver_set(cp, SIM_DRIVE_LOW);
    CHECK(stub_part_init(a) == NULL);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(pl, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    sim_driver_set(pl, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    CHECK_EQ(sim_74hc165_register(a), 0xb4);
    uint16_t got = 0;
    for (int i = 0; i < 16; i++) {
        got = (uint16_t)(got << 1 | sim_net_level(3));
        sim_driver_set(cp, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        sim_driver_set(cp, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    }
    CHECK_EQ(got, 0xb46d);
    // CE high stops the clock
    sim_driver_set(pl, SIM_DRIVE_LOW);
    sim_driver_set(pl, SIM_DRIVE_HIGH);
    sim_driver_set(ce, SIM_DRIVE_HIGH);
    sim_driver_set(cp, SIM_DRIVE_HIGH);
    sim_driver_set(cp, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    CHECK_EQ(sim_74hc165_register(a), 0xb4);
    sim_driver_set(ce, SIM_DRIVE_LOW);
    sim_driver_set(cp, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    CHECK_EQ(sim_74hc165_register(a), (0xb4 << 1 | 0) & 0xff);
    CHECK_EQ(sim_net_level(3), 0);          // Q7 = new stage 7 (bit 6 of 0xB4 = 0)
}

void test_ky040(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-ky-040", "enc", NULL);
    stub_wire(p, "CLK", 1);
    stub_wire(p, "DT", 2);
    stub_wire(p, "SW", 3);
    sim_driver_t *sw = stub_mcu_pin("sw", 3);
    sim_driver_set(sw, SIM_DRIVE_PULL_UP);
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(sim_net_level(2), 1);
    n_edges = 0;
    CHECK_EQ(p->type->set_control(p, "rotate", 2), 0);
    // at the CLK falling edge DT is still high: clockwise
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    CHECK_EQ(sim_ky040_position(p), 2);
    CHECK_EQ(n_edges, 4);                   // two falls, two rises on CLK
    p->type->set_control(p, "rotate", -1);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(sim_now() + 1500 * SIM_NS_PER_US);
    CHECK_EQ(sim_net_level(1), 0);          // CLK falls after DT: counter-clockwise
    CHECK_EQ(sim_net_level(2), 0);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS);
    CHECK_EQ(sim_ky040_position(p), 1);
    p->type->set_control(p, "pressed", 1);
    CHECK_EQ(sim_net_level(3), 0);
    p->type->set_control(p, "pressed", 0);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK_EQ(p->type->set_control(p, "turn", 1), -1);
}

static int32_t hx_read(sim_driver_t *sck, int pulses) {
    int32_t v = 0;
    for (int i = 0; i < pulses; i++) {
        sim_driver_set(sck, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
        if (i < 24) {
            v = (v << 1) | sim_net_level(2);
        }
        sim_driver_set(sck, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + SIM_NS_PER_US);
    }
    return (v ^ 0x800000) - 0x800000;      // sign-extend 24 bits
}

void test_hx711(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-hx711", "cell", ATTRS("type", "5kg", "load", "2.5"));
    stub_wire(p, "SCK", 1);
    stub_wire(p, "DT", 2);
    sim_driver_t *sck = stub_mcu_pin("sck", 1);
    sim_driver_set(sck, SIM_DRIVE_LOW);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(2), 1);          // converting
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 0);          // ready
    CHECK_EQ(hx_read(sck, 25), 1050);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK_EQ(p->type->set_control(p, "load", -1), 0);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(hx_read(sck, 27), -420);
    CHECK_EQ(p->type->set_control(p, "weight", 1), -1);
    // power down: SCK high for over 60 us; DT stays high until 100 ms after SCK falls
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    sim_driver_set(sck, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 1 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 500 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_driver_set(sck, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 99 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 1);
    sim_clock_advance_to(sim_now() + 2 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(hx_read(sck, 25), -420);
    stub_world_reset();
    p = stub_part_new("wokwi-hx711", "bad", ATTRS("type", "1t"));
    CHECK(stub_part_init(p) != NULL);
}


// ---------------------------------------------------------------------------------------------

static sim_ns_t echo_rise, echo_fall;

static void echo_watch(void *arg, int net, int level) {
    (void)arg;
    (void)net;
    if (level) {
        echo_rise = sim_now();
    } else {
        echo_fall = sim_now();
    }
}

void test_hcsr04(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-hc-sr04", "dist1", ATTRS("distance", "100"));
    stub_wire(p, "TRIG", 1);
    stub_wire(p, "ECHO", 2);
    sim_driver_t *trig = stub_mcu_pin("trig", 1);
    stub_mcu_pin("echo", 2);
    sim_net_watch(2, echo_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK(!sim_net_floating(2));
    // a 10 us trigger pulse
    sim_clock_advance_to(1 * SIM_NS_PER_MS);
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_ns_t t0 = sim_now();
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_rise - t0, 250 * SIM_NS_PER_US);
    CHECK_EQ(echo_fall - echo_rise, 5800 * SIM_NS_PER_US);
    CHECK_EQ(sim_net_level(2), 0);
    // a 5 us pulse is too short
    echo_rise = echo_fall = 0;
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 5 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_rise, 0);
    // the distance control, clamped to 2..400 cm
    CHECK_EQ(p->type->set_control(p, "distance", 1), 0);
    CHECK_EQ(p->type->set_control(p, "range", 1), -1);
    sim_driver_set(trig, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_US);
    sim_driver_set(trig, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 100 * SIM_NS_PER_MS);
    CHECK_EQ(echo_fall - echo_rise, 116 * SIM_NS_PER_US);
}

// ---------------------------------------------------------------------------------------------

void test_led(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-led", "led1", NULL);
    stub_wire(p, "A", 1);
    stub_wire(p, "C", 2);
    sim_driver_t *a = stub_mcu_pin("gpio2", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(p) == NULL);
    CHECK(!sim_led_lit(p));
    sim_driver_set(a, SIM_DRIVE_HIGH);
    CHECK(sim_led_lit(p));
    CHECK_NEAR(sim_led_brightness(p), 1.0, 1e-9);
    // 1 kHz PWM at 25 %: brightness 0.25
    for (int i = 0; i < 5; i++) {
        sim_driver_set(a, SIM_DRIVE_HIGH);
        sim_clock_advance_to(sim_now() + 250 * SIM_NS_PER_US);
        sim_driver_set(a, SIM_DRIVE_LOW);
        sim_clock_advance_to(sim_now() + 750 * SIM_NS_PER_US);
    }
    sim_driver_set(a, SIM_DRIVE_HIGH);
    CHECK_NEAR(sim_led_brightness(p), 0.25, 1e-9);
    // still for longer than two periods: plain on
    sim_clock_advance_to(sim_now() + 10 * SIM_NS_PER_MS);
    CHECK_NEAR(sim_led_brightness(p), 1.0, 1e-9);
    // a PWM reported by the machine layer
    sim_part_pwm(p, 0, 1000, 0.4);
    CHECK_NEAR(sim_led_brightness(p), 0.4, 1e-9);
    CHECK(sim_led_lit(p));
    sim_driver_set(a, SIM_DRIVE_LOW);
    CHECK_NEAR(sim_led_brightness(p), 0.0, 1e-9);
    CHECK(p->type->screenshot == NULL);
}

void test_pushbutton(void) {
    // input with pull-up on 1.l, GND on 2.l
    stub_world_reset();
    sim_part_t *b = stub_part_new("wokwi-pushbutton", "btn1", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "2.l", 2);
    sim_driver_t *in = stub_mcu_pin("gpio4", 1);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(b->type->set_control(b, "pressed", 1), 0);
    CHECK(sim_pushbutton_pressed(b));
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(b->type->set_control(b, "pressed", 0), 0);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(b->type->set_control(b, "color", 1), -1);
    // input with pull-down on 1.r, 3V3 on 2.r
    stub_world_reset();
    b = stub_part_new("wokwi-pushbutton-6mm", "btn2", NULL);
    stub_wire(b, "1.r", 1);
    stub_wire(b, "2.r", 2);
    in = stub_mcu_pin("gp15", 1);
    stub_rail(2, 1);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_DOWN);
    CHECK_EQ(sim_net_level(1), 0);
    b->type->set_control(b, "pressed", 1);
    CHECK_EQ(sim_net_level(1), 1);
    b->type->set_control(b, "pressed", 0);
    CHECK_EQ(sim_net_level(1), 0);
    // 1.l and 1.r are always joined; a floating input sees the other side when pressed
    stub_world_reset();
    b = stub_part_new("wokwi-pushbutton", "btn3", NULL);
    stub_wire(b, "1.l", 1);
    stub_wire(b, "1.r", 3);
    stub_wire(b, "2.l", 2);
    in = stub_mcu_pin("gpio5", 1);
    stub_mcu_pin("gpio6", 3);
    stub_rail(2, 0);
    CHECK(stub_part_init(b) == NULL);
    sim_driver_set(in, SIM_DRIVE_PULL_UP);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK(!sim_net_floating(3));
    b->type->set_control(b, "pressed", 1);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(sim_net_level(3), 0);
    b->type->set_control(b, "pressed", 0);
    CHECK_EQ(sim_net_level(1), 1);
    CHECK_EQ(sim_net_level(3), 1);
    // bounce (default on): a press makes 5 edges within 1 ms and settles low; the release is
    // one clean edge; bounce "0": one edge each
    for (int variant = 0; variant < 2; variant++) {
        stub_world_reset();
        b = stub_part_new("wokwi-pushbutton", "btn4", variant ? ATTRS("bounce", "0", "key", "a") : NULL);
        stub_wire(b, "1.l", 1);
        stub_wire(b, "2.l", 2);
        in = stub_mcu_pin("gpio4", 1);
        stub_rail(2, 0);
        CHECK(stub_part_init(b) == NULL);
        sim_driver_set(in, SIM_DRIVE_PULL_UP);
        n_edges = 0;
        sim_net_watch(1, edge_watch, NULL);
        sim_ns_t t0 = sim_now();
        b->type->set_control(b, "pressed", 1);
        CHECK_EQ(sim_net_level(1), 0);
        sim_clock_advance_to(t0 + SIM_NS_PER_MS);
        CHECK_EQ(n_edges, variant ? 1 : 5);
        CHECK_EQ(sim_net_level(1), 0);
        CHECK(edge_t[n_edges - 1] - t0 < SIM_NS_PER_MS);
        b->type->set_control(b, "pressed", 0);
        CHECK_EQ(sim_net_level(1), 1);
        sim_clock_advance_to(t0 + 2 * SIM_NS_PER_MS);
        CHECK_EQ(n_edges, variant ? 2 : 6);
        CHECK_EQ(sim_net_level(1), 1);
        // a release in the middle of the press's bounce: stale flips are dropped
        b->type->set_control(b, "pressed", 1);
        sim_clock_advance_to(t0 + 2 * SIM_NS_PER_MS + 200 * SIM_NS_PER_US);
        b->type->set_control(b, "pressed", 0);
        sim_clock_advance_to(t0 + 4 * SIM_NS_PER_MS);
        CHECK_EQ(sim_net_level(1), 1);
        CHECK(sim_now() - edge_t[n_edges - 1] > SIM_NS_PER_MS);
    }
}

void test_potentiometer(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-potentiometer", "pot1", ATTRS("value", "512"));
    stub_wire(p, "SIG", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 512.0 / 1023.0 * SIM_VCC, 1e-9);
    CHECK_EQ(p->type->set_control(p, "position", 0.25), 0);
    CHECK_NEAR(sim_net_voltage(1), 0.825, 1e-9);
    CHECK_NEAR(sim_potentiometer_position(p), 0.25, 1e-9);
    CHECK_EQ(p->type->set_control(p, "value", 1023), 0);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC, 1e-9);
    CHECK_EQ(p->type->set_control(p, "position", 7), 0);
    CHECK_NEAR(sim_potentiometer_position(p), 1.0, 1e-9);
    CHECK_EQ(p->type->set_control(p, "angle", 1), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-slide-potentiometer", "pot2", NULL);
    stub_wire(p, "SIG", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), 0.0, 1e-9);
}

static void servo_pulse(sim_driver_t *d, sim_ns_t width) {
    sim_driver_set(d, SIM_DRIVE_HIGH);
    sim_clock_advance_to(sim_now() + width);
    sim_driver_set(d, SIM_DRIVE_LOW);
    sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_MS - width);
}

void test_servo(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-servo", "servo1", NULL);
    stub_wire(p, "PWM", 1);
    sim_driver_t *pwm = stub_mcu_pin("gpio13", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_servo_angle(p), -1, 1e-9);
    servo_pulse(pwm, 1500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 90, 1e-9);
    CHECK_EQ(sim_servo_pulse_ns(p), 1500 * SIM_NS_PER_US);
    servo_pulse(pwm, 500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 0, 1e-9);
    servo_pulse(pwm, 2500 * SIM_NS_PER_US);
    CHECK_NEAR(sim_servo_angle(p), 180, 1e-9);
    servo_pulse(pwm, 50 * SIM_NS_PER_US);    // a glitch, not a servo pulse
    CHECK_NEAR(sim_servo_angle(p), 180, 1e-9);
    sim_part_pwm(p, 0, 50, 0.05);            // 1 ms
    CHECK_NEAR(sim_servo_angle(p), 45, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-servo", "servo2", ATTRS("minPulseUs", "1000", "maxPulseUs", "2000"));
    CHECK(stub_part_init(p) == NULL);
    sim_part_pwm(p, 0, 50, 0.0625);          // 1.25 ms
    CHECK_NEAR(sim_servo_angle(p), 45, 1e-9);
    stub_world_reset();
    p = stub_part_new("wokwi-servo", "servo3", ATTRS("minPulseUs", "2000", "maxPulseUs", "1000"));
    CHECK(stub_part_init(p) != NULL);
}

// Every registered type: distinct names, pins listed, a part of each inits with no attrs and
// answers the accessors of other types neutrally.
void test_registry(void) {
    static const char *const names[] = {
        "board-ssd1306", "board-sh1106", "wokwi-led", "wokwi-pushbutton", "wokwi-pushbutton-6mm",
        "wokwi-potentiometer", "wokwi-slide-potentiometer", "wokwi-servo", "board-bme280",
        "wokwi-mpu6050", "wokwi-ds1307", "board-ds3231", "board-at24c32", "board-24lc256",
        "wokwi-neopixel", "wokwi-led-ring", "wokwi-led-strip", "wokwi-hc-sr04", "board-bmp280",
        "wokwi-dht22", "board-dht11", "wokwi-lcd1602", "wokwi-lcd2004",
        "wokwi-ili9341", "board-ili9341-cap-touch", "wokwi-slide-switch", "wokwi-relay-module", "wokwi-rgb-led",
        "wokwi-photoresistor-sensor", "wokwi-analog-joystick", "wokwi-pir-motion-sensor", "wokwi-buzzer",
        "wokwi-max7219-matrix", "wokwi-ds18b20", "wokwi-membrane-keypad", "wokwi-74hc595",
        "wokwi-ky-040", "wokwi-hx711", "wokwi-74hc165",
        "wokwi-tm1637-7segment", "wokwi-7segment", "wokwi-led-bar-graph", "wokwi-dip-switch-8",
        "wokwi-ntc-temperature-sensor", "wokwi-gas-sensor", "wokwi-tilt-switch",
        "wokwi-flame-sensor", "wokwi-small-sound-sensor", "wokwi-big-sound-sensor",
        "wokwi-heart-beat-sensor", "wokwi-stepper-motor", "wokwi-a4988", "wokwi-ir-receiver",
        "wokwi-resistor", NULL
    };
    for (int i = 0; names[i]; i++) {
        stub_world_reset();
        const sim_part_type_t *t = sim_part_type_lookup(names[i]);
        if (!CHECK(t != NULL)) {
            printf("  missing type %s\n", names[i]);
            continue;
        }
        CHECK(t->pin_names[0] != NULL);
        sim_part_t *p = stub_part_new(names[i], "x", NULL);
        CHECK(p->n_pins <= SIM_PART_MAX_PINS);
        CHECK(stub_part_init(p) == NULL);
        if (t->set_control) {
            CHECK_EQ(t->set_control(p, "no-such-control", 1), -1);
        }
        sim_part_pwm(p, 0, 50, 0.5);
        if (t != &sim_part_ssd1306 && t != &sim_part_sh1106) {
            CHECK(sim_ssd1306_gddram(p, NULL) == NULL);
        }
        if (t != &sim_part_ds1307 && t != &sim_part_ds3231) {
            CHECK_EQ(sim_rtc_seconds(p), 0);
        }
        if (t != &sim_part_neopixel && t != &sim_part_led_ring && t != &sim_part_led_strip) {
            CHECK_EQ(sim_neopixel_count(p), 0);
        }
    }
    CHECK(sim_part_type_lookup("wokwi-nothing") == NULL);
}

void test_civil(void) {
    CHECK_EQ(sim_days_from_civil(2000, 1, 1), 0);
    CHECK_EQ(sim_days_from_civil(2000, 3, 1), 60);
    CHECK_EQ(sim_days_from_civil(2100, 3, 1), 36584);
    CHECK_EQ(sim_days_from_civil(1970, 1, 1), -10957);
    int bad = 0;
    for (int64_t d = -11000; d < 80000; d += 13) {
        int y, m, dd;
        sim_civil_from_days(d, &y, &m, &dd);
        bad += sim_days_from_civil(y, m, dd) != d;
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(sim_bcd_from_int(59), 0x59);
    CHECK_EQ(sim_bcd_to_int(0x47), 47);
}


// Scenario values are doubles from a file: NaN, infinities and huge numbers must not crash
// (float-cast-overflow is sanitized) and must leave the parts answering.
void test_bad_values(void) {
    static const char *const controls[] = {
        "temperature", "pressure", "humidity", "accelX", "accelZ", "rotationX", "position",
        "value", "distance", "pressed", NULL
    };
    static const double bad[] = {NAN, INFINITY, -INFINITY, 1e300, -1e300};
    static const char *const types[] = {
        "board-bme280", "wokwi-mpu6050", "board-ds3231", "wokwi-potentiometer", "wokwi-hc-sr04",
        "wokwi-pushbutton", NULL
    };
    for (int t = 0; types[t]; t++) {
        for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
            stub_world_reset();
            sim_part_t *p = stub_part_new(types[t], "x", NULL);
            stub_wire(p, p->type->pin_names[1], 1);
            CHECK(stub_part_init(p) == NULL);
            for (int c = 0; controls[c]; c++) {
                p->type->set_control(p, controls[c], bad[k]);
            }
            uint8_t addr = t == 0 ? 0x76 : 0x68;
            stub_i2c_writeto_mem(addr, t == 0 ? 0xf4 : 0x6b, 8, (uint8_t[]){t == 0 ? 0x25 : 0x00}, 1);
            sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_MS);
            uint8_t d[19];
            CHECK_EQ(stub_i2c_readfrom_mem(addr, 0, 8, d, sizeof(d)), t < 3 ? (int)sizeof(d) : -1);
            stub_i2c_readfrom_mem(addr, t == 0 ? 0xf7 : 0x3b, 8, d, 14);
            if (strcmp(types[t], "wokwi-hc-sr04") == 0) {
                sim_driver_t *trig = stub_mcu_pin("trig", 1);
                sim_driver_set(trig, SIM_DRIVE_HIGH);
                sim_clock_advance_to(sim_now() + 20 * SIM_NS_PER_US);
                sim_driver_set(trig, SIM_DRIVE_LOW);
                sim_clock_advance_to(sim_now() + 50 * SIM_NS_PER_MS);
                CHECK_EQ(sim_net_level(1), 0);
            }
        }
    }
    sim_json_t attrs = {{"temperature", "nan", "pressure", "1e999", "humidity", "-inf", "distance", "nan",
                         "value", "inf", "pixels", "1e300", "width", "-1e300", "initTime", "1e300",
                         "writeTimeMs", "nan", "minPulseUs", "nan", NULL}};
    static const char *const all[] = {
        "board-ssd1306", "board-bme280", "wokwi-mpu6050", "wokwi-ds1307", "board-at24c32",
        "wokwi-led-ring", "wokwi-hc-sr04", "wokwi-potentiometer", "wokwi-servo", NULL
    };
    for (int t = 0; all[t]; t++) {
        stub_world_reset();
        sim_part_t *p = stub_part_new(all[t], "x", &attrs);
        stub_part_init(p);      // a message or NULL, never a crash
        sim_part_pwm(p, 0, NAN, NAN);
    }
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-led", "led", NULL);
    CHECK(stub_part_init(p) == NULL);
    sim_part_pwm(p, 0, 1000, NAN);
    CHECK_NEAR(sim_led_brightness(p), 0.0, 1e-9);
}

static uint32_t fuzz_seed;

static uint32_t fuzz_rand(void) {
    fuzz_seed = fuzz_seed * 1664525u + 1013904223u;
    return fuzz_seed >> 8;
}
#define RND() fuzz_rand()

// Every part type under a deterministic random storm of pin changes, I2C and SPI traffic,
// controls, PWM reports and time steps: nothing may crash or trip the sanitizers, and
// screenshots keep their size.
void test_fuzz(void) {
    static const char *const controls[] = {
        "pressed", "position", "value", "temperature", "humidity", "pressure", "accelX",
        "rotationZ", "distance", "lux", "x", "y", "motion", "rotate", "load", "5", "#", NULL
    };
    fuzz_seed = 0x12345678;
    for (int t = 0; ; t++) {
        const sim_part_type_t *type = stub_type_at(t);
        if (type == NULL) {
            break;
        }
        stub_world_reset();
        sim_part_t *p = stub_part_new(type->type, "fz", NULL);
        sim_driver_t *mcu[SIM_PART_MAX_PINS];
        for (int k = 0; k < p->n_pins; k++) {
            stub_wire(p, type->pin_names[k], 1 + k);
            mcu[k] = stub_mcu_pin(type->pin_names[k], 1 + k);
        }
        if (!CHECK(stub_part_init(p) == NULL)) {
            continue;
        }
        sim_image_t first = {0, 0, NULL};
        bool display = type->screenshot && type->screenshot(p, &first);
        for (int i = 0; i < 3000; i++) {
            uint32_t r = RND();
            switch (r % 8) {
                case 0: case 1: {
                    static const sim_drive_t d[] = {
                        SIM_DRIVE_Z, SIM_DRIVE_LOW, SIM_DRIVE_HIGH, SIM_DRIVE_PULL_UP, SIM_DRIVE_PULL_DOWN
                    };
                    if (p->n_pins == 0) {
                        break;      // wokwi-ir-remote: no pins
                    }
                    uint32_t k = RND() % (uint32_t)p->n_pins, m = RND() % 5;
                    sim_driver_set(mcu[k], d[m]);
                    break;
                }
                case 2: {
                    uint8_t buf[40];
                    size_t n = RND() % sizeof(buf);
                    for (size_t k = 0; k < n; k++) {
                        buf[k] = (uint8_t)RND();
                    }
                    uint32_t any = RND() % 4, a0 = RND();
                    uint8_t addr = (uint8_t)(any == 0 ? a0 % 128 : 0x27 + a0 % 0x58);
                    if (RND() % 2) {
                        stub_i2c_write(addr, buf, n, RND() % 4 != 0);
                    } else {
                        stub_i2c_read(addr, buf, n, true);
                    }
                    break;
                }
                case 3: {
                    for (int k = (int)(RND() % 20); k > 0; k--) {
                        stub_spi_byte((uint8_t)RND());
                    }
                    break;
                }
                case 4:
                    sim_clock_advance_to(sim_now() + (sim_ns_t)(RND() % 3000000));
                    break;
                case 5:
                    if (type->set_control) {
                        int c = (int)(RND() % 17);
                        double num = (double)(int32_t)RND();
                        double v = num / (double)(RND() % 1000 + 1);
                        type->set_control(p, controls[c], v);
                    }
                    break;
                case 6:
                {
                    int pin = p->n_pins ? (int)(RND() % (uint32_t)p->n_pins) : 0;
                    double freq = RND() % 20000, duty = (RND() % 1001) / 1000.0;
                    sim_part_pwm(p, pin, freq, duty);
                }
                    break;
                default:
                    if (display && RND() % 16 == 0) {
                        sim_image_t img;
                        if (CHECK(type->screenshot(p, &img))) {
                            CHECK(img.width == first.width && img.height == first.height);
                            free(img.rgba);
                        }
                    }
                    break;
            }
        }
        free(first.rgba);
        sim_clock_advance_to(sim_now() + 2 * SIM_NS_PER_S);
    }
}
