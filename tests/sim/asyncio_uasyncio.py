# `import uasyncio as asyncio`, as projects written before MicroPython 1.21 (many on wokwi.com)
# do: the same objects as asyncio, on virtual time.
import uasyncio as asyncio
import asyncio as real
import time

print(asyncio.run is real.run, asyncio.Event is real.Event, asyncio.__version__)


async def blink(name, ms, n):
    for i in range(n):
        print(name, i, time.ticks_ms())
        await asyncio.sleep_ms(ms)


async def main():
    await asyncio.gather(blink('a', 300, 3), blink('b', 500, 2))
    print('done at', time.ticks_ms())


asyncio.run(main())
