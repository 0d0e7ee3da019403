# Resets: a missed WDT feed reboots the board (reset_cause WDT_RESET, main.py runs again),
# machine.reset() is a HARD_RESET, deepsleep wakes with DEEPSLEEP_RESET; RTC memory survives.
# cmdline: --until 60s
import machine, time

n = machine.RTC().memory()
n = n[0] if n else 0
machine.RTC().memory(bytes([n + 1]))
print('boot', n, 'cause', machine.reset_cause())
if n == 0:
    wdt = machine.WDT(timeout=1000)
    for i in range(3):
        time.sleep_ms(600)
        wdt.feed()
        print('fed', i)
    t = time.ticks_ms()
    while True:
        pass
elif n == 1:
    machine.reset()
    print('not reached')
elif n == 2:
    machine.deepsleep(500)
else:
    print('causes', machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
