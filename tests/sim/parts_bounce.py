# Contact bounce of wokwi-pushbutton (on by default, as in Wokwi; attr bounce "0" turns it off):
# each press and release of btn1 gives several edges within 1 ms, so an IRQ handler counting
# falling edges sees more than one per press, while a firmware debounce (ignore edges for 20 ms
# after the first) counts each press once; btn2 (bounce "0") gives exactly one edge each way.
# The same presses give the same counts every run.
# cmdline: --board boards/bounce.json --scenario parts_bounce.yaml -q --timeout 10000
from machine import Pin
import time, sys

b1 = Pin(4, Pin.IN, Pin.PULL_UP)
b2 = Pin(15, Pin.IN, Pin.PULL_UP)
raw = {4: 0, 15: 0}
edges = {4: 0, 15: 0}
presses = {4: 0, 15: 0}
last = {4: -1000, 15: -1000}


def on_edge(p):
    n = 4 if p is b1 else 15
    edges[n] += 1
    if p.value() == 0:
        raw[n] += 1
    now = time.ticks_ms()
    if time.ticks_diff(now, last[n]) > 20:
        last[n] = now
        if p.value() == 0:
            presses[n] += 1


b1.irq(on_edge, Pin.IRQ_FALLING | Pin.IRQ_RISING)
b2.irq(on_edge, Pin.IRQ_FALLING | Pin.IRQ_RISING)
print('ready')
sys.stdin.readline()
print('btn1 edges', edges[4], 'debounced presses', presses[4], 'level', b1.value())
print('btn2 edges', edges[15], 'debounced presses', presses[15], 'level', b2.value())
print('bouncy', edges[4] > 2 * presses[4], raw[4] > presses[4])
print('end')
