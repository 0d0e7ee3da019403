# The logo over 4-wire SPI (D0=SCK 18, D1=MOSI 23, DC 4, CS 5, RES 16).
# cmdline: --board boards/oled_spi.json --until 2s
from machine import Pin, SPI
import ssd1306, sim_util

spi = SPI(2, baudrate=10000000, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
d = ssd1306.SSD1306_SPI(128, 64, spi, Pin(4), Pin(16), Pin(5))
sim_util.logo(d)
d.show()
sim_util.dump(d)
