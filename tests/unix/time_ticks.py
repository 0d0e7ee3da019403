# time: MicroPython's ticks arithmetic, 8-tuple localtime/gmtime, mktime, sleeps
import time

MAX = time.ticks_add(0, -1)
HALF = MAX // 2 + 1
print(MAX, MAX & (MAX + 1) == 0)
print(time.ticks_diff(1, 0), time.ticks_diff(0, 1), time.ticks_diff(0, MAX), time.ticks_diff(MAX, 0))
print(time.ticks_diff(HALF, 1) == HALF - 1, time.ticks_diff(HALF, 0) == -HALF)
print(time.ticks_add(MAX, 1), time.ticks_add(0, -2) == MAX - 1, time.ticks_add(5, MAX + 1))
print(time.ticks_diff(time.ticks_add(MAX - 5, 10), MAX - 5))
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(0 <= t <= MAX, type(t))

t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(30)
time.sleep_us(1000)
time.sleep(0.01)
time.sleep(0)
time.sleep_ms(-5)
dt = time.ticks_diff(time.ticks_ms(), t0)
du = time.ticks_diff(time.ticks_us(), u0)
print(dt >= 40, du >= 40000)
try:
    time.sleep(-1)
except ValueError:
    print("ValueError")

print(type(time.time()), abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.gmtime(0))
print(time.gmtime(1700000000))
print(time.gmtime(951782400))  # 2000-02-29
lt = time.localtime(1700000000)
print(len(lt), time.mktime(lt))
print(len(time.localtime()), time.mktime(time.localtime(86400 * 365)) == 86400 * 365)
