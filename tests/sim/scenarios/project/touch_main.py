# A touch-panel firmware for the touch* scenarios (run with --diagram-file touch_diagram.json):
# an FT6206 driver written from the datasheet's register map polls INT (low while touched)
# and prints each press, move and release it reads over I2C.
from machine import I2C, Pin
import time

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
irq = Pin(15, Pin.IN)


def point():
    d = i2c.readfrom_mem(0x38, 0x02, 5)     # TD_STATUS, P1_XH, P1_XL, P1_YH, P1_YL
    return d[0] & 0x0F, d[1] >> 6, (d[1] & 0x0F) << 8 | d[2], (d[3] & 0x0F) << 8 | d[4]


print("ready")
down = False
last = None
while True:
    if irq.value() == 0:
        n, ev, x, y = point()
        if not down:
            print("down", x, y)
            down = True
        elif (x, y) != last:
            print("move", x, y)
        last = (x, y)
    elif down:
        n, ev, x, y = point()
        print("up", n, ev)
        down = False
    time.sleep_ms(5)
