from machine import I2C, Pin
from lcd_i2c import LcdI2c
import time

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100000)
print(i2c.scan())
lcd = LcdI2c(i2c, 0x27)
lcd.custom_char(0, [0x00, 0x0a, 0x1f, 0x1f, 0x0e, 0x04, 0x00, 0x00])
lcd.move_to(0, 0)
lcd.putstr("Hello, Wokwi!")
lcd.move_to(2, 1)
lcd.putstr("I ")
lcd._byte(0, 1)
lcd.putstr(" LCD1602")
print("shown")
