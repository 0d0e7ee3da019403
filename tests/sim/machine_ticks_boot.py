# ticks_ms() when boot.py / main.py start is 500, not 0 (a board has been up that long: ROM
# boot, bootloader, MicroPython's start-up), so the usual debounce `last = 0` ... `if
# ticks_diff(now, last) > 200` takes a press at once (tests/sim/projects/button uses it);
# ticks_us follows, ticks_cpu counts from 0.
import time

t = time.ticks_ms()
print(t, time.ticks_diff(time.ticks_us(), t * 1000) < 1000, time.ticks_cpu() < 1000000)
last = 0
print('first press accepted:', time.ticks_diff(time.ticks_ms(), last) > 200)
time.sleep_ms(250)
print(time.ticks_ms())
