# machine.Timer on virtual time: periodic timers never drift, one-shots fire once, deinit stops,
# and callbacks run inside sleeps and busy loops alike.
# cmdline: --until 30s
from machine import Timer
import time

t0 = time.ticks_ms()
ticks = []
tim = Timer(0)
tim.init(period=100, mode=Timer.PERIODIC, callback=lambda t: ticks.append(time.ticks_diff(time.ticks_ms(), t0)))
time.sleep_ms(1050)
print(len(ticks), ticks[:3], ticks[-1])
tim.deinit()
time.sleep_ms(500)
print('after deinit', len(ticks))

once = []
t1 = Timer(-1)
t1.init(period=250, mode=Timer.ONE_SHOT, callback=lambda t: once.append(1))
# a busy loop also lets the callback run (bytecode costs virtual time)
start = time.ticks_ms()
while not once:
    pass
print('one shot after', time.ticks_diff(time.ticks_ms(), start) >= 250, len(once))
time.sleep(1)
print('still once', len(once))

f = []
t2 = Timer(1, mode=Timer.PERIODIC, freq=50, callback=lambda t: f.append(1))
time.sleep(1)
t2.deinit()
print('50 Hz for 1 s:', len(f))
try:
    Timer(7)
except ValueError as e:
    print('ValueError', e)
try:
    Timer(-1).init(period=10, mode=5)
except ValueError as e:
    print('ValueError', e)
# an exception in a callback is printed and the firmware goes on
def bad(t):
    raise RuntimeError('in callback')
t3 = Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=bad)
time.sleep_ms(50)
print('still running')
