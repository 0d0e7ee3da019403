# rp2: the watchdog's longest timeout is 8388 ms (a 24-bit counter at 2 ticks a microsecond).
# cmdline: --profile rp2
from machine import WDT
for t in (0, 8388, 8389):
    try:
        WDT(timeout=t)
        print(t, 'ok')
    except ValueError as e:
        print(t, 'ValueError', e)
