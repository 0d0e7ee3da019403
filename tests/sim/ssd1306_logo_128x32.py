# The logo on a 128x32 panel (narrow panels show the centred columns of the RAM).
# cmdline: --board boards/oled_128x32.json --until 2s
from machine import Pin, I2C
import ssd1306, sim_util

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
d = ssd1306.SSD1306_I2C(128, 32, i2c)
sim_util.logo(d)
d.show()
sim_util.dump(d)
