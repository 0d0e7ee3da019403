# machine.Pin on the default ESP32 board: modes, pulls, values, errors, IRQs on virtual time.
# cmdline: --until 5s
from machine import Pin, Signal
import time

led = Pin(2, Pin.OUT)
print(led.value())
led.on(); print(led.value())
led.off(); print(led.value())
led.toggle(); print(led.value())
led(0); print(led())
led.value(True); print(led.value())
print(Pin(2) is led, repr(Pin(2)))

# the button pulls GPIO0 to ground only when pressed: with a pull-up it reads 1
b = Pin(0, Pin.IN, Pin.PULL_UP)
print('button', b.value())
b.init(pull=Pin.PULL_DOWN); print('pull down', b.value())
b.init(pull=None); print('floating', b.value())

# a pin that nothing drives: pulls decide
p = Pin(15, Pin.IN, Pin.PULL_UP); print('pu', p.value())
p.init(Pin.IN, Pin.PULL_DOWN); print('pd', p.value())
# write in IN mode is stored and applied when it becomes an output
p.value(1); print('still in', p.value())
p.init(Pin.OUT); print('now out', p.value())
# open drain: 0 drives low, 1 releases (pull-up makes it read 1)
od = Pin(16, Pin.OPEN_DRAIN, Pin.PULL_UP, value=0); print('od', od.value())
od.value(1); print('od released', od.value())

for bad in (6, 20, 40, -1, 'GP3', 3.5):
    try:
        Pin(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Pin(34, Pin.OUT)
except ValueError as e:
    print('ValueError', e)
try:
    Pin(4, mode=99)
except ValueError as e:
    print('ValueError', e)

# IRQs: for an output the trigger source is the output buffer; handlers are soft (scheduled)
hits = []
q = Pin(17, Pin.OUT, value=0)
irq = q.irq(lambda pin: hits.append((pin.value(), time.ticks_ms())), Pin.IRQ_RISING | Pin.IRQ_FALLING)
q(1); q(0); q(1)
time.sleep_ms(0)
print('irq hits', len(hits), [h[0] for h in hits])
q.irq(None)
q(0); q(1)
time.sleep_ms(1)
print('after disable', len(hits))
r = Pin(18, Pin.OUT, value=0)
r.irq(lambda p: hits.append('rise'), trigger=Pin.IRQ_RISING)
r(1); r(0); time.sleep_ms(1)
print(hits[-1], len(hits))

s = Signal(Pin(19, Pin.OUT), invert=True)
s.on(); print('signal on ->', Pin(19).value(), s.value())
s.off(); print('signal off ->', Pin(19).value(), s.value())
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_RISING, Pin.IRQ_FALLING)
