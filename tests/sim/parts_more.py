# The second batch of Wokwi parts seen from the firmware: analog modules on ADC pins (NTC with
# Wokwi's conversion formula, MQ-2 gas, flame, sound), digital outputs (tilt, comparators),
# the DIP switch on pulled-up inputs, heart-beat pulses counted by an IRQ, and an A4988 being
# stepped (its motor is checked by host_parts_more.py), and resistors passing levels on.
# cmdline: --board boards/parts_more.json --until 60s
from machine import ADC, Pin
import math, time


def adc(pin):
    return ADC(Pin(pin), atten=ADC.ATTN_11DB).read()


a = adc(34)
print('ntc adc', a, 'celsius', round(1 / (math.log(1 / (4095 / a - 1)) / 3950 + 1 / 298.15) - 273.15))
print('gas adc', adc(35), 'dout', Pin(27, Pin.IN).value())
print('flame adc', adc(32), 'dout', Pin(26, Pin.IN).value())
print('small sound adc', adc(33), 'dout', Pin(25, Pin.IN).value())
print('big sound adc', adc(36), 'dout', Pin(15, Pin.IN).value())
print('tilt', Pin(14, Pin.IN).value())

dips = [Pin(p, Pin.IN, Pin.PULL_UP) for p in (16, 17, 18, 19)]
print('dip', [d.value() for d in dips])

beats = 0


def beat(p):
    global beats
    beats += 1


hb = Pin(13, Pin.IN)
while hb.value():
    pass
while not hb.value():
    pass
# just after a beat started: the next ones come at 0.67, 1.33, 2.0, 2.67 and 3.33 s
hb.irq(beat, Pin.IRQ_RISING)
time.sleep(3.9)
hb.irq(None)
print('beats in 3.9 s at 90 bpm', beats)

bar = Pin(23, Pin.OUT, value=1)
step = Pin(4, Pin.OUT, value=0)
direction = Pin(5, Pin.OUT, value=1)
for i in range(150):
    step(1)
    time.sleep_us(500)
    step(0)
    time.sleep_us(500)
print('stepped')

# resistors: GPIO21 -> 1k -> GPIO22 carries the level; 10k from 3V3 pulls GPIO12 up, and an
# output low on GPIO12 wins against it
out21, in22 = Pin(21, Pin.OUT, value=1), Pin(22, Pin.IN)
print('series', in22.value(), end=' ')
out21(0)
print(in22.value())
p12 = Pin(12, Pin.IN)
print('pull-up', p12.value(), end=' ')
p12.init(Pin.OUT, value=0)
print(p12.value())
