# ESP32 GPIO34..39 are inputs without pull resistors: Pin.OUT raises ValueError, a pull-up
# request is ignored with a warning (an unwired pin then floats and reads 0), and every
# other pin's pull-up works. (GPIO34 of the default board carries the potentiometer.)
from machine import Pin

for g in (34, 35, 36, 39):
    try:
        Pin(g, Pin.OUT)
    except ValueError as e:
        print(g, 'ValueError', e)
p = Pin(35, Pin.IN, Pin.PULL_UP)
print('GPIO35 with PULL_UP reads', p.value(), 'pull', p.pull())
Pin(35, Pin.IN, Pin.PULL_UP)    # warned once
print('GPIO33 with PULL_UP reads', Pin(33, Pin.IN, Pin.PULL_UP).value())
