// tests/sim/unit/test_touch.c: the FT6206 touch controller of board-ili9341-cap-touch
// (ports/sim/parts/ft6206.c) through its I2C registers, INT pin and controls, and the display
// half still answering on SPI.
#include "test_util.h"

static uint8_t ft_reg(uint8_t reg) {
    uint8_t v = 0;
    CHECK_EQ(stub_i2c_readfrom_mem(0x38, reg, 8, &v, 1), 1);
    return v;
}

static sim_part_t *new_touch(const sim_json_t *attrs) {
    stub_world_reset();
    sim_part_t *p = stub_part_new("board-ili9341-cap-touch", "lcd1", attrs);
    stub_wire(p, "INT", 7);
    stub_wire(p, "SCK", 1);
    stub_wire(p, "MOSI", 2);
    stub_wire(p, "D/C", 3);
    stub_wire(p, "CS", 4);
    CHECK(stub_part_init(p) == NULL);
    return p;
}

void test_ft6206(void) {
    sim_part_t *p = new_touch(NULL);
    sim_ft6206_t *t = sim_touch_panel(p);
    CHECK(t != NULL);
    CHECK(sim_touch_panel(NULL) == NULL);
    // identification and defaults
    CHECK_EQ(ft_reg(0xa8), 0x11);
    CHECK_EQ(ft_reg(0xa3), 0x06);
    CHECK_EQ(ft_reg(0x80), 128);
    CHECK_EQ(ft_reg(0xa4), 0);
    CHECK_EQ(ft_reg(0x02), 0);
    CHECK_EQ(ft_reg(0x03) >> 6, 3);             // no event yet
    CHECK_EQ(ft_reg(0x09), 0xff);               // no second point
    CHECK_EQ(sim_net_level(7), 1);              // INT high while untouched
    CHECK_EQ(stub_i2c_write(0x39, (uint8_t[]){0}, 1, true), -1);     // other addresses NACK
    // writable registers: threshold, G_MODE (bit 0 only); read-only ones ignore writes
    CHECK_EQ(stub_i2c_writeto_mem(0x38, 0x80, 8, (uint8_t[]){40}, 1), 2);     // address + data ACKed
    CHECK_EQ(ft_reg(0x80), 40);
    stub_i2c_writeto_mem(0x38, 0xa4, 8, (uint8_t[]){0x03}, 1);
    CHECK_EQ(ft_reg(0xa4), 1);
    stub_i2c_writeto_mem(0x38, 0xa8, 8, (uint8_t[]){0x55}, 1);
    CHECK_EQ(ft_reg(0xa8), 0x11);
    // press at (300 clamps to 239, 260): TD_STATUS 1, press-down, then contact once read
    CHECK_EQ(p->type->set_control(p, "x", 300), 0);
    CHECK_EQ(p->type->set_control(p, "y", 260.4), 0);
    CHECK_EQ(p->type->set_control(p, "pressed", 1), 0);
    CHECK_EQ(sim_net_level(7), 0);
    uint8_t d[5];
    CHECK_EQ(stub_i2c_readfrom_mem(0x38, 0x02, 8, d, 5), 5);
    CHECK_EQ(d[0], 1);
    CHECK_EQ(d[1] >> 6, 0);
    CHECK_EQ((d[1] & 0x0f) << 8 | d[2], 239);
    CHECK_EQ((d[3] & 0x0f) << 8 | d[4], 260);
    CHECK_EQ(d[3] >> 4, 0);                     // touch id 0
    CHECK_EQ(ft_reg(0x03) >> 6, 2);             // contact
    // a move while pressed: new point, still contact
    sim_ft6206_touch(t, -1, 17, 300);
    stub_i2c_readfrom_mem(0x38, 0x03, 8, d, 4);
    CHECK_EQ(d[0] >> 6, 2);
    CHECK_EQ(d[1], 17);
    CHECK_EQ((d[2] & 0x0f) << 8 | d[3], 300);
    // release: INT high, no point, lift-up once then no event; the point is kept
    CHECK_EQ(p->type->set_control(p, "touch", 0), 0);
    CHECK_EQ(sim_net_level(7), 1);
    CHECK_EQ(ft_reg(0x02), 0);
    CHECK_EQ(ft_reg(0x03) >> 6, 1);
    CHECK_EQ(ft_reg(0x03) >> 6, 3);
    CHECK_EQ(ft_reg(0x04), 17);
    // bad values: NaN and negatives clamp to 0, unknown controls are refused
    sim_ft6206_touch(t, 1, NAN, -5);
    CHECK_EQ(ft_reg(0x06), 0);
    CHECK_EQ(p->type->set_control(p, "z", 1), -1);
    // a reset clears the touch and the registers
    p->type->reset(p);
    CHECK_EQ(ft_reg(0x02), 0);
    CHECK_EQ(ft_reg(0x80), 128);
    CHECK_EQ(sim_net_level(7), 1);
    // the display half: RDDID (0xD3) answers 00 93 41 after the dummy byte
    sim_driver_t *dc = stub_mcu_pin("dc", 3);
    sim_driver_t *cs = stub_mcu_pin("cs", 4);
    sim_driver_set(cs, SIM_DRIVE_LOW);
    sim_driver_set(dc, SIM_DRIVE_LOW);
    stub_spi_byte(0xd3);
    sim_driver_set(dc, SIM_DRIVE_HIGH);
    CHECK_EQ(stub_spi_byte(0), 0x00);
    CHECK_EQ(stub_spi_byte(0), 0x00);
    CHECK_EQ(stub_spi_byte(0), 0x93);
    CHECK_EQ(stub_spi_byte(0), 0x41);
    sim_driver_set(cs, SIM_DRIVE_HIGH);
    sim_image_t img = {0};
    CHECK(p->type->screenshot(p, &img));
    CHECK_EQ(img.width, 240);
    CHECK_EQ(img.height, 320);
    free(img.rgba);
    // attrs: FT6236 chip id, another address
    new_touch(ATTRS("touchChip", "ft6236", "i2cAddress", "0x39"));
    uint8_t v = 0;
    CHECK_EQ(stub_i2c_readfrom_mem(0x39, 0xa3, 8, &v, 1), 1);
    CHECK_EQ(v, 0x36);
    // unwired INT: touching does not drive anything
    stub_world_reset();
    p = stub_part_new("board-ili9341-cap-touch", "lcd2", NULL);
    CHECK(stub_part_init(p) == NULL);
    CHECK_EQ(p->type->set_control(p, "pressed", 1), 0);
    CHECK_EQ(ft_reg(0x02), 1);
}
