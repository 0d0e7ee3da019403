# The rp2 profile (wokwi-pi-pico): pin names, the LED, hardware I2C NACK errno EIO (SoftI2C:
# ENODEV), virtual timers only, sys.platform, and ticks that wrap at 2**30.
# cmdline: --profile rp2 --ticks-start 1073741000 --until 10s
import sys, os, time
from machine import Pin, I2C, SoftI2C, Timer, ADC
print(sys.platform, os.uname().sysname, sys.implementation._machine)
print(Pin('GP15') is Pin(15), Pin('LED') is Pin(25))
led = Pin('GP15', Pin.OUT)
led.on()
print(led.value())
i2c = I2C(0)
print(i2c, i2c.scan())
try:
    i2c.writeto(0x3D, b'x')
except OSError as e:
    print('hardware NACK', e.args[0])
try:
    SoftI2C(scl=Pin(5), sda=Pin(4)).writeto(0x3D, b'x')
except OSError as e:
    print('soft NACK', e.args[0])
try:
    Timer(0)
except ValueError as e:
    print('ValueError', e)
print(ADC(26).read_u16(), ADC(4).read_u16())
t = time.ticks_ms()
print('near wrap', t > 2**30 - 1000)
time.sleep(2)
t2 = time.ticks_ms()
print('wrapped', t2 < t, time.ticks_diff(t2, t))
print(time.ticks_add(0, -1) == 2**30 - 1)
try:
    time.ticks_add(0, 2**29)
except OverflowError as e:
    print('OverflowError', e)
