# The same greeting on an SSD1306 wired for 4-wire SPI (D0=SCK 18, D1=MOSI 23, DC 4, CS 5,
# RES 16), for the expect-spi scenarios (run with --diagram-file spi_diagram.json).
from machine import Pin, SPI
import ssd1306

spi = SPI(2, baudrate=10000000, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
oled = ssd1306.SSD1306_SPI(128, 64, spi, Pin(4), Pin(16), Pin(5))
oled.fill(0)
oled.text("SPI", 0, 0)
oled.show()
print("shown")
