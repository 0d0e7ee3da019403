# A wrong address: the driver's first write is NACKed -> OSError ENODEV, as on a board.
# cmdline: --until 1s
from machine import Pin, I2C
import ssd1306

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
try:
    ssd1306.SSD1306_I2C(128, 64, i2c, addr=0x3D)
except OSError as e:
    print('OSError', e.args[0])
d = ssd1306.SSD1306_I2C(128, 64, i2c, addr=0x3D)
