# asyncio.sleep(delay, result) returns result when awaited (None by default), as CPython;
# so does MicroPython's sleep_ms(ms, result) here
import asyncio


async def main():
    print(await asyncio.sleep(0), await asyncio.sleep(0, "x"), await asyncio.sleep(0.001, result=[1]))
    r = await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0.002, "b"))
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(1, "late"), 0.01)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(await asyncio.wait_for(asyncio.sleep(0, "in time"), 1))


asyncio.run(main())
