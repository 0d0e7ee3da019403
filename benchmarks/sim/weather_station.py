# A weather-station firmware: every second, a forced BME280 measurement and a full SSD1306
# refresh (33 command transactions + 1 KiB of data), as the 10-minute run describes.
from machine import I2C, Pin
import ssd1306, struct, time

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
d = ssd1306.SSD1306_I2C(128, 64, i2c)
T1, T2, T3 = struct.unpack('<Hhh', i2c.readfrom_mem(0x76, 0x88, 6))
n = 0
while True:
    i2c.writeto_mem(0x76, 0xF4, bytes([(1 << 5) | 1]))
    time.sleep_ms(10)
    raw = i2c.readfrom_mem(0x76, 0xFA, 3)
    adc = (raw[0] << 12) | (raw[1] << 4) | (raw[2] >> 4)
    v1 = (((adc >> 3) - (T1 << 1)) * T2) >> 11
    v2 = (((((adc >> 4) - T1) * ((adc >> 4) - T1)) >> 12) * T3) >> 14
    t = ((v1 + v2) * 5 + 128) >> 8
    d.fill(0)
    d.text('T %d.%02d C' % (t // 100, t % 100), 0, 0)
    d.text('n %d' % n, 0, 16)
    d.rect(0, 30, 128, 34, 1)
    d.show()
    n += 1
    time.sleep_ms(990)
