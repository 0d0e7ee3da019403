# A firmware whose tasks all wait forever with nothing left that could wake them (no timer, no
# IRQ, no UART byte to come) idles to the end of time: the run stops there, as at --until,
# instead of spinning.
import asyncio


async def main():
    await asyncio.sleep_ms(10)
    print("waiting for an event nobody sets")
    await asyncio.Event().wait()
    print("not reached")


asyncio.run(main())
