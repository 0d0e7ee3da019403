# Timers that would take all of virtual time are refused instead of hanging the run: a
# periodic timer with period 0 or faster than 1 MHz raises ValueError; a one-shot timer with
# period 0 fires at once; 1 kHz still runs.
# cmdline: --until 5s
from machine import Timer
import time

for kw in ({'period': 0}, {'freq': 2000000}, {'period': 1, 'tick_hz': 10000000}):
    try:
        Timer(0, mode=Timer.PERIODIC, callback=lambda t: None, **kw)
    except ValueError as e:
        print(kw, 'ValueError', e)
hits = []
Timer(1, mode=Timer.ONE_SHOT, period=0, callback=lambda t: hits.append('once'))
time.sleep_ms(1)
print(hits)
n = [0]
t = Timer(2, mode=Timer.PERIODIC, freq=1000, callback=lambda t: n.__setitem__(0, n[0] + 1))
time.sleep_ms(100)
t.deinit()
print('1 kHz for 100 ms', n[0])
