# A clock on an SSD1306: time from a DS1307 on the same I2C bus, the LED blinks every second,
# the button (GPIO0) toggles seconds display. Run it:
#   ./micropython-sim --board examples/sim/oled-clock/diagram.json \
#       --until 5s --screenshot oled1=clock.png examples/sim/oled-clock/main.py
# (ssd1306 is frozen into the board: ports/sim/modules/ssd1306.py, the standard driver's API.)
from machine import Pin, I2C
import ssd1306, time

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
led = Pin(2, Pin.OUT)
btn = Pin(0, Pin.IN, Pin.PULL_UP)
show_seconds = True


def toggle(pin):
    global show_seconds
    show_seconds = not show_seconds


btn.irq(toggle, Pin.IRQ_FALLING)


def bcd(b):
    return (b >> 4) * 10 + (b & 15)


while True:
    s, m, h = (bcd(b) for b in i2c.readfrom_mem(0x68, 0, 3))
    text = '%02d:%02d:%02d' % (h, m, s) if show_seconds else '%02d:%02d' % (h, m)
    oled.fill(0)
    oled.text('DS1307 clock', 0, 0)
    oled.text(text, 24, 28)
    oled.show()
    print(text)
    led.toggle()
    time.sleep(1)
