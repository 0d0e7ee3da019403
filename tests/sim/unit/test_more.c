// tests/sim/unit/test_more.c: unit tests of the second batch of Wokwi parts: 7-segment display,
// LED bar graph, DIP switch, NTC, gas, tilt, flame, sound and heart-beat sensors, stepper motor
// and A4988 driver.
#include "test_util.h"

// Digit patterns as the firmware writes them (bit 0 = A .. bit 6 = G).
static const uint8_t digit_segs[10] = {0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f};
static const char *const seg_names[8] = {"A", "B", "C", "D", "E", "F", "G", "DP"};

// Drives the 8 segment pins (nets 1..8) for `segs`; `on` is the level that lights a segment.
static void seg_write(sim_driver_t **seg, uint8_t segs, int on) {
    for (int i = 0; i < 8; i++) {
        int lit = (segs >> i) & 1;
        sim_driver_set(seg[i], lit == on ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    }
}

void test_7segment(void) {
    // one digit, common anode: COM.1 on 3V3, segments lit by driving them low
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-7segment", "seg", NULL);
    sim_driver_t *seg[8];
    for (int i = 0; i < 8; i++) {
        stub_wire(p, seg_names[i], 1 + i);
        seg[i] = stub_mcu_pin(seg_names[i], 1 + i);
    }
    stub_wire(p, "COM.1", 9);
    stub_rail(9, 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_7segment_digits(p), 1);
    CHECK_EQ(sim_7segment_segments(p, 0), 0);       // segment pins floating: dark
    seg_write(seg, digit_segs[3], 0);
    CHECK_EQ(sim_7segment_segments(p, 0), digit_segs[3]);
    CHECK_EQ(sim_7segment_char(sim_7segment_seen(p, 0)), '3');
    seg_write(seg, digit_segs[8] | 0x80, 0);
    CHECK_EQ(sim_7segment_segments(p, 0), 0xff);
    seg_write(seg, 0, 0);
    CHECK_EQ(sim_7segment_segments(p, 0), 0);
    CHECK_EQ(sim_7segment_segments(p, 1), 0);
    CHECK_EQ(sim_7segment_char(0x7c), 'b');
    CHECK_EQ(sim_7segment_char(0x49), '?');
    // common cathode on COM.2 (COM.1 unwired): high segments light
    stub_world_reset();
    p = stub_part_new("wokwi-7segment", "seg2", ATTRS("common", "cathode"));
    for (int i = 0; i < 8; i++) {
        stub_wire(p, seg_names[i], 1 + i);
        seg[i] = stub_mcu_pin(seg_names[i], 1 + i);
    }
    stub_wire(p, "COM.2", 9);
    sim_driver_t *com = stub_mcu_pin("com", 9);
    sim_driver_set(com, SIM_DRIVE_LOW);
    CHECK(stub_part_init(p) == NULL);
    seg_write(seg, digit_segs[7], 1);
    CHECK_EQ(sim_7segment_segments(p, 0), digit_segs[7]);
    sim_driver_set(com, SIM_DRIVE_HIGH);            // common off: dark now, remembered briefly
    CHECK_EQ(sim_7segment_segments(p, 0), 0);
    CHECK_EQ(sim_7segment_seen(p, 0), digit_segs[7]);
    sim_clock_advance_to(200 * SIM_NS_PER_MS);
    CHECK_EQ(sim_7segment_seen(p, 0), 0);
    // bad attrs
    stub_world_reset();
    p = stub_part_new("wokwi-7segment", "seg3", ATTRS("common", "both"));
    CHECK(stub_part_init(p) != NULL);
    stub_world_reset();
    p = stub_part_new("wokwi-7segment", "seg4", ATTRS("digits", "5"));
    CHECK(stub_part_init(p) != NULL);
}

// Four digits multiplexed as firmware does it: segments first, then one digit on for 2 ms, with
// the digit switch made after the segment change (so each digit briefly shows its neighbour's
// pattern); the seen patterns are the steady ones. Then the screenshot.
void test_7segment_multiplex(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-7segment", "clock", ATTRS("digits", "4", "colon", "1", "color", "green"));
    sim_driver_t *seg[8], *dig[4];
    for (int i = 0; i < 8; i++) {
        stub_wire(p, seg_names[i], 1 + i);
        seg[i] = stub_mcu_pin(seg_names[i], 1 + i);
    }
    static const char *const dig_names[4] = {"DIG1", "DIG2", "DIG3", "DIG4"};
    for (int d = 0; d < 4; d++) {
        stub_wire(p, dig_names[d], 10 + d);
        dig[d] = stub_mcu_pin(dig_names[d], 10 + d);
        sim_driver_set(dig[d], SIM_DRIVE_LOW);
    }
    stub_wire(p, "CLN", 14);
    sim_driver_t *cln = stub_mcu_pin("cln", 14);
    sim_driver_set(cln, SIM_DRIVE_LOW);               // anode: lit (COM unwired)
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_7segment_digits(p), 4);
    static const int shown[4] = {1, 2, 5, 9};
    sim_ns_t t = 0;
    for (int round = 0; round < 5; round++) {
        for (int d = 0; d < 4; d++) {
            seg_write(seg, digit_segs[shown[d]], 0);   // the previous digit still on: a glitch
            t += 20 * SIM_NS_PER_US;
            sim_clock_advance_to(t);
            sim_driver_set(dig[(d + 3) % 4], SIM_DRIVE_LOW);
            sim_driver_set(dig[d], SIM_DRIVE_HIGH);
            CHECK_EQ(sim_7segment_segments(p, d), digit_segs[shown[d]]);
            t += 2 * SIM_NS_PER_MS;
            sim_clock_advance_to(t);
        }
    }
    for (int d = 0; d < 4; d++) {
        CHECK_EQ(sim_7segment_char(sim_7segment_seen(p, d)), '0' + shown[d]);
    }
    CHECK_EQ(sim_7segment_seen(p, 4), 1);
    CHECK_EQ(sim_7segment_segments(p, 0), 0);          // digit 4 is the one on now
    sim_image_t img = {0};
    CHECK(p->type->screenshot(p, &img));
    CHECK_EQ(img.width, 80);
    CHECK_EQ(img.height, 32);
    int green = 0;
    for (int i = 0; i < img.width * img.height; i++) {
        green += img.rgba[4 * i + 1] == 0xff && img.rgba[4 * i] == 0;
    }
    // lit pixels: segments of 1 2 5 9 (2+5+5+6 segments; bars of 24 pixels) + colon 4 pixels
    CHECK_EQ(green, (2 + 5 + 5 + 6) * 24 + 4);
    free(img.rgba);
}

void test_led_bar_graph(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-led-bar-graph", "bar", NULL);
    sim_driver_t *a[10];
    char name[16];
    for (int i = 0; i < 10; i++) {
        snprintf(name, sizeof(name), "A%d", i + 1);
        stub_wire(p, name, 1 + i);
        a[i] = stub_mcu_pin(name, 1 + i);
        snprintf(name, sizeof(name), "C%d", i + 1);
        stub_wire(p, name, 20);
    }
    stub_rail(20, 0);
    CHECK(stub_part_init(p) == NULL);
    for (int i = 0; i < 10; i++) {
        sim_driver_set(a[i], i < 4 ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    }
    for (int i = 0; i < 10; i++) {
        CHECK_EQ(sim_led_bar_lit(p, i), i < 4);
    }
    CHECK(!sim_led_bar_lit(p, 10));
    CHECK(!sim_led_bar_lit(p, -1));
    // LED 10 dimmed by a 25 % PWM on its anode
    sim_ns_t t = 0;
    for (int k = 0; k < 4; k++) {
        sim_driver_set(a[9], SIM_DRIVE_HIGH);
        t += 250 * SIM_NS_PER_US;
        sim_clock_advance_to(t);
        sim_driver_set(a[9], SIM_DRIVE_LOW);
        t += 750 * SIM_NS_PER_US;
        sim_clock_advance_to(t);
    }
    CHECK_NEAR(sim_led_bar_brightness(p, 9), 0.25, 1e-6);
    CHECK_NEAR(sim_led_bar_brightness(p, 0), 1.0, 1e-6);
}

void test_dip_switch(void) {
    // switch n: na on an input with pull-up, nb on GND
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-dip-switch-8", "dip", ATTRS("sw3", "1"));
    char name[16];
    for (int i = 0; i < 8; i++) {
        snprintf(name, sizeof(name), "%da", i + 1);
        stub_wire(p, name, 1 + i);
        sim_driver_set(stub_mcu_pin(name, 1 + i), SIM_DRIVE_PULL_UP);
        snprintf(name, sizeof(name), "%db", i + 1);
        stub_wire(p, name, 20);
    }
    stub_rail(20, 0);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_dip_switch_state(p), 0x04);
    for (int i = 0; i < 8; i++) {
        CHECK_EQ(sim_net_level(1 + i), i != 2);
    }
    CHECK_EQ(p->type->set_control(p, "1", 1), 0);
    CHECK_EQ(p->type->set_control(p, "sw8", 1), 0);
    CHECK_EQ(p->type->set_control(p, "sw3", 0), 0);
    CHECK_EQ(sim_dip_switch_state(p), 0x81);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(sim_net_level(3), 1);
    CHECK_EQ(sim_net_level(8), 0);
    CHECK_EQ(p->type->set_control(p, "9", 1), -1);
    CHECK_EQ(p->type->set_control(p, "sw", 1), -1);
    CHECK_EQ(p->type->set_control(p, "10", 1), -1);
}

void test_analog_modules(void) {
    // NTC: 25 C is mid-scale; Wokwi's formula recovers the temperature from the ADC count
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-ntc-temperature-sensor", "ntc", ATTRS("temperature", "25"));
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC / 2, 1e-9);
    CHECK_EQ(p->type->set_control(p, "temperature", 60), 0);
    double adc = sim_net_voltage(1) / SIM_VCC * 4095.0;
    CHECK_NEAR(1 / (log(1 / (4095.0 / adc - 1)) / 3950 + 1.0 / 298.15) - 273.15, 60, 1e-6);
    CHECK(sim_net_voltage(1) < SIM_VCC / 2);        // hotter: lower resistance, lower voltage
    p->type->set_control(p, "temperature", NAN);
    CHECK(sim_net_voltage(1) > 0);
    CHECK_EQ(p->type->set_control(p, "lux", 1), -1);
    stub_world_reset();
    p = stub_part_new("wokwi-ntc-temperature-sensor", "ntc2", ATTRS("beta", "-5"));
    CHECK(stub_part_init(p) != NULL);
    // gas: 400 ppm low and DOUT high; 9000 ppm above the 4.4 V (of 5) threshold: DOUT low
    stub_world_reset();
    p = stub_part_new("wokwi-gas-sensor", "gas", NULL);
    stub_wire(p, "AOUT", 1);
    stub_wire(p, "DOUT", 2);
    stub_wire(p, "DO", 3);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC * 0.04, 1e-9);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK_EQ(p->type->set_control(p, "ppm", 9000), 0);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC * 0.9, 1e-9);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(sim_net_level(3), 0);
    CHECK_EQ(p->type->set_control(p, "threshold", 5), 0);
    CHECK_EQ(sim_net_level(2), 1);
    // tilt: low upright, high tilted
    stub_world_reset();
    p = stub_part_new("wokwi-tilt-switch", "tilt", NULL);
    stub_wire(p, "OUT", 1);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 0);
    CHECK_EQ(p->type->set_control(p, "tilted", 1), 0);
    CHECK_EQ(sim_net_level(1), 1);
    // flame: no flame: AOUT at VCC, DOUT high; strong flame: low
    stub_world_reset();
    p = stub_part_new("wokwi-flame-sensor", "flame", NULL);
    stub_wire(p, "AOUT", 1);
    stub_wire(p, "DOUT", 2);
    CHECK(stub_part_init(p) == NULL);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC, 1e-9);
    CHECK_EQ(sim_net_level(2), 1);
    CHECK_EQ(p->type->set_control(p, "intensity", 80), 0);
    CHECK_NEAR(sim_net_voltage(1), SIM_VCC * 0.2, 1e-9);
    CHECK_EQ(sim_net_level(2), 0);
    // sound sensors: level -> AOUT, DOUT above the threshold
    static const char *const sounds[] = {"wokwi-small-sound-sensor", "wokwi-big-sound-sensor", NULL};
    for (int i = 0; sounds[i]; i++) {
        stub_world_reset();
        p = stub_part_new(sounds[i], "mic", ATTRS("threshold", "1"));
        stub_wire(p, "AOUT", 1);
        stub_wire(p, "DOUT", 2);
        CHECK(stub_part_init(p) == NULL);
        CHECK_NEAR(sim_net_voltage(1), 0, 1e-9);
        CHECK_EQ(sim_net_level(2), 0);
        CHECK_EQ(p->type->set_control(p, "level", 50), 0);
        CHECK_NEAR(sim_net_voltage(1), SIM_VCC / 2, 1e-9);
        CHECK_EQ(sim_net_level(2), 1);
    }
}

void test_heart_beat(void) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("wokwi-heart-beat-sensor", "hb", ATTRS("bpm", "120"));
    stub_wire(p, "OUT", 1);
    n_edges = 0;
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_net_level(1), 1);                  // a beat starts at once
    sim_clock_advance_to(99 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 1);
    sim_clock_advance_to(101 * SIM_NS_PER_MS);
    CHECK_EQ(sim_net_level(1), 0);
    sim_clock_advance_to(2 * SIM_NS_PER_S - 1);
    CHECK_EQ(sim_heart_beats(p), 4);                // 0, 0.5, 1.0, 1.5 s
    CHECK_EQ(p->type->set_control(p, "bpm", 0), 0);
    CHECK_EQ(sim_net_level(1), 0);
    sim_clock_advance_to(5 * SIM_NS_PER_S);
    CHECK_EQ(sim_heart_beats(p), 4);
    p->type->set_control(p, "bpm", 1e-12);         // far too slow: no beats, no overflow
    p->type->set_control(p, "bpm", NAN);
    CHECK_EQ(sim_heart_beats(p), 4);
    // unwired OUT: no event chain
    stub_world_reset();
    p = stub_part_new("wokwi-heart-beat-sensor", "hb2", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(sim_event_next_time(), INT64_MAX);
}

// Coils driven by 4 GPIOs: full steps (two phases on), half steps, reverse.
void test_stepper_coils(void) {
    stub_world_reset();
    sim_part_t *m = stub_part_new("wokwi-stepper-motor", "m", NULL);
    static const char *const pins[4] = {"A+", "A-", "B+", "B-"};
    sim_driver_t *c[4];
    for (int i = 0; i < 4; i++) {
        stub_wire(m, pins[i], 1 + i);
        c[i] = stub_mcu_pin(pins[i], 1 + i);
        sim_driver_set(c[i], SIM_DRIVE_LOW);
    }
    CHECK(stub_part_init(m) == NULL);
    // wave drive A+, B+, A-, B- ... clockwise: each is one full step
    static const int wave[4] = {0, 2, 1, 3};
    for (int k = 0; k < 8; k++) {
        sim_driver_set(c[wave[k % 4]], SIM_DRIVE_HIGH);
        if (k > 0) {
            sim_driver_set(c[wave[(k + 3) % 4]], SIM_DRIVE_LOW);
        }
    }
    CHECK_NEAR(sim_stepper_steps(m), 7, 1e-9);
    CHECK_NEAR(sim_stepper_angle(m), 7 * 1.8, 1e-9);
    // back the other way 3 steps
    for (int k = 7; k > 4; k--) {
        sim_driver_set(c[wave[(k + 3) % 4]], SIM_DRIVE_HIGH);
        sim_driver_set(c[wave[k % 4]], SIM_DRIVE_LOW);
    }
    CHECK_NEAR(sim_stepper_steps(m), 4, 1e-9);
    // everything off keeps the position
    for (int i = 0; i < 4; i++) {
        sim_driver_set(c[i], SIM_DRIVE_LOW);
    }
    CHECK_NEAR(sim_stepper_steps(m), 4, 1e-9);
    sim_stepper_move(m, -16 * 5);
    CHECK_NEAR(sim_stepper_angle(m), 360 - 1.8, 1e-9);
    stub_world_reset();
    m = stub_part_new("wokwi-stepper-motor", "m2", ATTRS("gearRatio", "2:1"));
    CHECK(stub_part_init(m) == NULL);
    sim_stepper_move(m, 16 * 100);
    CHECK_NEAR(sim_stepper_angle(m), 90, 1e-9);
    stub_world_reset();
    m = stub_part_new("wokwi-stepper-motor", "m3", ATTRS("gearRatio", "x"));
    CHECK(stub_part_init(m) != NULL);
}

void test_a4988(void) {
    stub_world_reset();
    sim_part_t *d = stub_part_new("wokwi-a4988", "drv", NULL);
    sim_part_t *m = stub_part_new("wokwi-stepper-motor", "mot", NULL);
    sim_part_t *other = stub_part_new("wokwi-stepper-motor", "idle", NULL);
    stub_wire(d, "STEP", 1);
    stub_wire(d, "DIR", 2);
    stub_wire(d, "MS1", 3);
    stub_wire(d, "ENABLE", 4);
    stub_wire(d, "2B", 10);
    stub_wire(m, "A-", 10);
    stub_wire(d, "2A", 11);
    stub_wire(m, "A+", 11);
    stub_wire(d, "1A", 12);
    stub_wire(m, "B+", 12);
    stub_wire(d, "1B", 13);
    stub_wire(m, "B-", 13);
    sim_driver_t *step = stub_mcu_pin("step", 1), *dir = stub_mcu_pin("dir", 2);
    sim_driver_t *ms1 = stub_mcu_pin("ms1", 3), *en = stub_mcu_pin("en", 4);
    sim_driver_set(step, SIM_DRIVE_LOW);
    sim_driver_set(dir, SIM_DRIVE_HIGH);
    CHECK(stub_part_init(d) == NULL);
    CHECK(stub_part_init(m) == NULL);
    CHECK(stub_part_init(other) == NULL);
    CHECK_EQ(sim_net_level(4), 0);                  // ENABLE pulled down: enabled
    CHECK_EQ(sim_a4988_microsteps(d), 1);
    for (int k = 0; k < 50; k++) {
        sim_driver_set(step, SIM_DRIVE_HIGH);
        sim_driver_set(step, SIM_DRIVE_LOW);
    }
    CHECK_NEAR(sim_stepper_steps(m), 50, 1e-9);
    CHECK_NEAR(sim_stepper_angle(m), 90, 1e-9);
    CHECK_NEAR(sim_stepper_steps(other), 0, 1e-9);
    // half steps counter-clockwise
    sim_driver_set(ms1, SIM_DRIVE_HIGH);
    sim_driver_set(dir, SIM_DRIVE_LOW);
    CHECK_EQ(sim_a4988_microsteps(d), 2);
    for (int k = 0; k < 10; k++) {
        sim_driver_set(step, SIM_DRIVE_HIGH);
        sim_driver_set(step, SIM_DRIVE_LOW);
    }
    CHECK_NEAR(sim_stepper_steps(m), 45, 1e-9);
    // disabled: steps ignored
    sim_driver_set(en, SIM_DRIVE_HIGH);
    sim_driver_set(step, SIM_DRIVE_HIGH);
    sim_driver_set(step, SIM_DRIVE_LOW);
    CHECK_NEAR(sim_stepper_steps(m), 45, 1e-9);
    CHECK_NEAR(sim_a4988_steps(d), 45, 1e-9);
}

// Decodes NEC frames from the edges seen on a net (edge_t/edge_l): the 32 bits, LSB first.
static int nec_decode(uint32_t *frames, int max) {
    int n = 0;
    for (int i = 0; i + 1 < n_edges && n < max; i++) {
        sim_ns_t mark = edge_t[i + 1] - edge_t[i];
        if (edge_l[i] != 0 || mark < 8500 * SIM_NS_PER_US || mark > 9500 * SIM_NS_PER_US) {
            continue;
        }
        // header space, then 32 (burst, space) pairs
        if (i + 2 + 64 >= n_edges) {
            break;
        }
        uint32_t v = 0;
        for (int b = 0; b < 32; b++) {
            sim_ns_t space = edge_t[i + 4 + 2 * b] - edge_t[i + 3 + 2 * b];
            if (space > 1000 * SIM_NS_PER_US) {
                v |= 1u << b;
            }
        }
        frames[n++] = v;
        i += 66;
    }
    return n;
}

void test_ir(void) {
    stub_world_reset();
    sim_part_t *rx = stub_part_new("wokwi-ir-receiver", "ir1", NULL);
    sim_part_t *remote = stub_part_new("wokwi-ir-remote", "remote1", NULL);
    stub_wire(rx, "DAT", 1);
    n_edges = 0;
    sim_net_watch(1, edge_watch, NULL);
    CHECK(stub_part_init(rx) == NULL);
    CHECK(stub_part_init(remote) == NULL);
    CHECK_EQ(sim_net_level(1), 1);                  // idle high
    CHECK_EQ(remote->type->set_control(remote, "power", 1), 0);
    CHECK_EQ(remote->type->set_control(remote, "7", 1), 0);
    CHECK_EQ(remote->type->set_control(remote, "7", 0), 0);     // release: nothing sent
    CHECK_EQ(rx->type->set_control(rx, "address", 0x12), 0);
    CHECK_EQ(rx->type->set_control(rx, "command", 0x34), 0);
    CHECK_EQ(remote->type->set_control(remote, "volume", 1), -1);
    CHECK_EQ(sim_net_level(1), 0);                  // the first header burst
    sim_clock_advance_to(10 * SIM_NS_PER_S);
    CHECK_EQ(sim_ir_receiver_frames(rx), 3);
    CHECK_EQ(sim_net_level(1), 1);
    uint32_t f[4];
    CHECK_EQ(nec_decode(f, 4), 3);
    CHECK_EQ(f[0], 0x5da2ff00u);                    // address 0, command 162 (power)
    CHECK_EQ(f[1], 0xbd42ff00u);                    // 7: command 66
    CHECK_EQ(f[2], 0xcb34ed12u);
    // a frame lasts 9 + 4.5 + 32 bits + 0.5625 ms; each bit 1.125 or 2.25 ms
    // (edge 0 is the idle level driven at reset, edge 1 the first header burst)
    CHECK_EQ(edge_l[0], 1);
    CHECK_EQ(edge_l[1], 0);
    CHECK_EQ(edge_t[68] - edge_t[1], (16 + 8 + 16 * 2 + 16 * 4 + 1) * 562500);
    // the queue holds 8 frames; more are dropped with a log line
    for (int k = 0; k < 10; k++) {
        rx->type->set_control(rx, "command", k);
    }
    CHECK(stub_log_count() >= 1);
    rx->type->set_control(rx, "command", NAN);
    rx->type->set_control(rx, "command", 300);
    sim_clock_advance_to(20 * SIM_NS_PER_S);
    CHECK_EQ(sim_ir_receiver_frames(rx), 3 + 8);
}

// wokwi-resistor: a series resistor carries a GPIO's level to an LED; a pull-up resistor pulls
// an input up and a button to GND still wins; an output low against it is no short.
void test_resistor(void) {
    stub_world_reset();
    sim_part_t *r = stub_part_new("wokwi-resistor", "r1", ATTRS("value", "220"));
    sim_part_t *led = stub_part_new("wokwi-led", "led1", NULL);
    stub_wire(r, "1", 1);
    stub_wire(r, "2", 2);
    stub_wire(led, "A", 2);
    stub_wire(led, "C", 3);
    stub_rail(3, 0);
    sim_driver_t *gpio = stub_mcu_pin("gpio2", 1);
    CHECK(stub_part_init(r) == NULL);
    CHECK(stub_part_init(led) == NULL);
    CHECK(!sim_led_lit(led));
    sim_driver_set(gpio, SIM_DRIVE_HIGH);
    CHECK(sim_led_lit(led));
    CHECK(!sim_net_floating(2));
    sim_driver_set(gpio, SIM_DRIVE_LOW);
    CHECK(!sim_led_lit(led));
    sim_driver_set(gpio, SIM_DRIVE_HIGH);
    sim_driver_set(gpio, SIM_DRIVE_Z);          // the level falls: the pull is released
    CHECK(sim_net_floating(2));
    CHECK(sim_net_floating(1));
    CHECK(!sim_led_lit(led));
    // pull-up: 3V3 - R - input, button to GND modelled as a second driver
    stub_world_reset();
    r = stub_part_new("wokwi-resistor", "r2", NULL);
    stub_wire(r, "1", 1);
    stub_wire(r, "2", 2);
    stub_rail(1, 1);
    sim_driver_t *in = stub_mcu_pin("gpio4", 2);
    CHECK(stub_part_init(r) == NULL);
    CHECK_EQ(sim_net_level(2), 1);
    sim_driver_set(in, SIM_DRIVE_LOW);
    CHECK_EQ(sim_net_level(2), 0);
    CHECK_EQ(sim_net_level(1), 1);
    sim_driver_set(in, SIM_DRIVE_Z);
    CHECK_EQ(sim_net_level(2), 1);
}
