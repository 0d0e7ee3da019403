# The logo over a bit-banged bus: SoftI2C toggles SCL/SDA and the decoder on the wires delivers
# the same transactions to the display.
# cmdline: --until 5s
from machine import Pin, SoftI2C
import ssd1306, sim_util

i2c = SoftI2C(scl=Pin(22), sda=Pin(21), freq=400000)
print(i2c.scan())
d = ssd1306.SSD1306_I2C(128, 64, i2c)
sim_util.logo(d)
d.show()
sim_util.dump(d)
