# A MAX7219 driven the way Arduino sketches ported to MicroPython often do it: CLK, DIN and CS
# toggled by hand (shiftOut, MSB first), no machine.SPI. The part decodes DIN on CLK rising
# edges, one 16-bit frame per unit, latched on CS rising, and passes bytes on from DOUT to the
# second part of the board (mx2). parts_max7219_bitbang.yaml checks both screens.
# cmdline: --board boards/max7219.json --scenario parts_max7219_bitbang.yaml -q --timeout 5000
from machine import Pin

din = Pin(23, Pin.OUT, value=0)
clk = Pin(18, Pin.OUT, value=0)
cs = Pin(5, Pin.OUT, value=1)


def shift_out(byte):
    for i in range(7, -1, -1):
        din((byte >> i) & 1)
        clk(1)
        clk(0)


def frames(pairs):
    cs(0)
    for reg, data in pairs:
        shift_out(reg)
        shift_out(data)
    cs(1)


for reg, data in ((0x0f, 0), (0x0b, 7), (0x09, 0), (0x0c, 1)):
    frames([(reg, data)] * 5)
rows = [0x81, 0x42, 0x24, 0x18, 0x18, 0x24, 0x42, 0x81]     # an X on every unit
for y in range(8):
    frames([(y + 1, 0xf0)] + [(y + 1, rows[y])] * 4)
print('drawn')
