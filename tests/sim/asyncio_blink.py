# asyncio on virtual time: two blinking tasks, a Timer IRQ setting a ThreadSafeFlag, a pin IRQ
# on GPIO5 (wired to the blinking GPIO4) counting edges while the loop sleeps, a task reading a
# UART over a loopback wire through the stream poll, all deterministic; the run ends at --until
# while the tasks still loop.
# cmdline: --board ../../ports/sim/boards/esp32-loopback.json --until 5s
import asyncio
import time
from machine import Pin, Timer, UART

t0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), t0)


led1 = Pin(2, Pin.OUT)
led2 = Pin(4, Pin.OUT)
edges = []
Pin(5, Pin.IN).irq(lambda p: edges.append(now()), Pin.IRQ_RISING)


async def blink(name, led, period, log):
    while True:
        led.toggle()
        log.append((name, now() // 10 * 10, led.value()))
        await asyncio.sleep_ms(period)


flag = asyncio.ThreadSafeFlag()
irqs = []


async def irq_waiter():
    for _ in range(3):
        await flag.wait()
        irqs.append(now() // 10 * 10)


async def uart_reader(u):
    r = asyncio.StreamReader(u)
    line = await r.readline()
    print("uart line", line, now() >= 1000)
    data = await r.readexactly(3)
    print("uart exactly", data)


async def uart_writer(u):
    await asyncio.sleep(1)
    w = asyncio.StreamWriter(u)
    w.write(b"ping\nabc")
    await w.drain()


async def main():
    log = []
    t1 = asyncio.create_task(blink("a", led1, 500, log))
    t2 = asyncio.create_task(blink("b", led2, 700, log))
    tim = Timer(0)
    tim.init(period=300, mode=Timer.PERIODIC, callback=lambda t: flag.set())
    u = UART(2, baudrate=9600, tx=17, rx=16, timeout=0)
    await asyncio.gather(irq_waiter(), uart_reader(u), uart_writer(u))
    tim.deinit()
    print("irqs at", irqs)
    await asyncio.sleep(2)
    print("after sleep(2) at", now() // 100 * 100, "ms of virtual time")
    print(log[:6])
    print(len(log), "toggles")
    print("rising edges on GPIO5 at", edges)
    # firmware forever loop: --until ends the run
    await asyncio.sleep(100)
    print("not reached")


asyncio.run(main())
