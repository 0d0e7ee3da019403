# rp2: PWM has duty_u16 and duty_ns but not the esp32 port's 10-bit duty(): firmware written for
# an ESP32 fails on the Pico as it would on the board.
# cmdline: --profile rp2
from machine import PWM, Pin

p = PWM(Pin(15), freq=1000, duty_u16=16384)
print(p.duty_u16(), p.duty_ns())
try:
    p.duty(512)
except AttributeError as e:
    print('AttributeError', e)
