# asyncio timers across the ticks_ms wraparound (2**30 ms on a 32-bit board): with the clock
# started 2 s before the wrap, sleeps that straddle it still wake in deadline order and on
# time; a wait_for timeout straddling it fires too.
# cmdline: --ticks-start 1073739823 --until 20s
import asyncio
import time

start = time.ticks_ms()
print("start near the wrap:", start > (1 << 30) - 3000)


def elapsed():
    return time.ticks_diff(time.ticks_ms(), start)


async def sleeper(name, ms, log):
    await asyncio.sleep_ms(ms)
    log.append((name, elapsed() // 10 * 10))


async def main():
    log = []
    await asyncio.gather(
        sleeper("c", 3000, log), sleeper("a", 1000, log), sleeper("d", 4500, log), sleeper("b", 2500, log)
    )
    print(log)
    print("wrapped:", time.ticks_ms() < start)
    try:
        await asyncio.wait_for_ms(asyncio.sleep(10), 1500)
    except asyncio.TimeoutError:
        print("timeout after", elapsed() // 100 * 100)


asyncio.run(main())
