# A firmware's life across resets: deep sleep wakes with DEEPSLEEP_RESET (wake_reason TIMER),
# the RTC and RTC.memory survive it, a starved WDT resets with WDT_RESET, machine.reset() with
# HARD_RESET; WDT timeouts out of range raise ValueError (too short / too long).
# cmdline: --until 20s
import machine, time
from machine import WDT, RTC, Pin
print('boot cause', machine.reset_cause(), 'wake', machine.wake_reason())
r = RTC()
mem = r.memory()
print('rtc mem', mem)
n = int(mem or b'0')
if n == 0:
    r.memory(b'1')
    r.datetime((2023, 6, 7, 2, 8, 9, 10, 0))
    print('deepsleep 2s')
    machine.deepsleep(2000)
elif n == 1:
    r.memory(b'2')
    print('dt', r.datetime()[:7])
    w = WDT(timeout=1000)
    for i in range(3):
        time.sleep_ms(500); w.feed()
    print('fed; now starve')
    time.sleep_ms(1500)
    print('not reached')
elif n == 2:
    r.memory(b'3')
    print('lightsleep', end=' ')
    t = time.ticks_ms(); machine.lightsleep(300); print(time.ticks_diff(time.ticks_ms(), t))
    try:
        WDT(timeout=0)
    except ValueError as e:
        print("ValueError", e)
    machine.reset()
else:
    print('done', r.datetime()[:4])
