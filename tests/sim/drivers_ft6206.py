# An FT6206 capacitive touch driver written from the FocalTech datasheet's register map, run
# against board-ili9341-cap-touch while drivers_ft6206.yaml touches the panel: identification
# (vendor 0x11, chip 0x06), the threshold and G_MODE registers, INT low while touched, and
# the P1 point with its event flag (0 press down, 2 contact, 1 lift up) and TD_STATUS.
# cmdline: --board boards/touch.json --scenario drivers_ft6206.yaml -q --timeout 10000
from machine import I2C, Pin
import time


class FT6206:
    def __init__(self, i2c, irq, addr=0x38, threshold=40):
        self.i2c, self.irq, self.addr = i2c, irq, addr
        if self.reg(0xA8) != 0x11:
            raise OSError("not a FocalTech controller")
        self.chip = self.reg(0xA3)
        self.i2c.writeto_mem(addr, 0x80, bytes([threshold]))
        self.i2c.writeto_mem(addr, 0xA4, b"\x00")     # polling: INT low while touched

    def reg(self, r):
        return self.i2c.readfrom_mem(self.addr, r, 1)[0]

    def touched(self):
        return self.irq.value() == 0

    def read(self):
        d = self.i2c.readfrom_mem(self.addr, 0x02, 5)
        return d[0] & 0x0F, d[1] >> 6, (d[1] & 0x0F) << 8 | d[2], (d[3] & 0x0F) << 8 | d[4]


i2c = I2C(0, scl=Pin(22), sda=Pin(21))
print("scan", [hex(a) for a in i2c.scan()])
ts = FT6206(i2c, Pin(15, Pin.IN))
print("chip", hex(ts.chip), "threshold", ts.reg(0x80), "mode", ts.reg(0xA4))
print("idle", ts.touched(), ts.read()[0])
try:
    FT6206(i2c, Pin(15, Pin.IN), addr=0x39)
except OSError as e:
    print("no device at 0x39:", e)
print("ready")
down = False
last = None
ups = 0
while ups < 2:
    if ts.touched():
        n, ev, x, y = ts.read()
        if not down:
            print("down", x, y, "points", n, "event", ev)
            down = True
        elif (x, y) != last:
            print("move", x, y, "points", n, "event", ev)
        last = (x, y)
    elif down:
        n, ev, x, y = ts.read()
        print("up points", n, "event", ev, "at", x, y)
        down = False
        ups += 1
    time.sleep_ms(5)
print("done")
