# MicroPython's extensions and semantics: sleep_ms, wait_for_ms, ThreadSafeFlag, Task.data,
# cancelling the running task (RuntimeError), cancelling a task that awaits another task
# (the awaited one keeps running), the asyncio.core/.event/.lock/.funcs/.stream modules.
import asyncio
import micropython


async def value(v, ms):
    await asyncio.sleep_ms(ms)
    return v


async def self_cancel():
    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("cancel self:", e)


async def main():
    print(await value("sleep_ms", 5))
    print(await asyncio.wait_for_ms(value("in time", 5), 1000))
    try:
        await asyncio.wait_for_ms(value("late", 1000), 5)
    except asyncio.TimeoutError:
        print("wait_for_ms: TimeoutError")

    t = asyncio.create_task(value(123, 0))
    await t
    print("data", t.data, t.done())
    t = asyncio.create_task(self_cancel())
    await t

    # ThreadSafeFlag: set before wait returns at once; set from another task; set from a
    # scheduled callback (what an IRQ handler would do)
    flag = asyncio.ThreadSafeFlag()
    flag.set()
    await flag.wait()
    print("flag set before wait")

    async def setter():
        await asyncio.sleep_ms(5)
        flag.set()

    asyncio.create_task(setter())
    await flag.wait()
    print("flag set by a task")

    async def scheduler():
        await asyncio.sleep_ms(5)
        micropython.schedule(lambda _: flag.set(), None)

    asyncio.create_task(scheduler())
    await flag.wait()
    print("flag set by a scheduled callback")
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 10)
    except asyncio.TimeoutError:
        print("cleared flag: TimeoutError")

    # cancelling a task awaiting another task leaves the awaited one alone
    inner = asyncio.create_task(asyncio.sleep_ms(300))

    async def outer():
        await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner done:", inner.done())
    await inner
    print("inner done:", inner.done())


asyncio.run(main())

import asyncio.core, asyncio.event, asyncio.lock, asyncio.funcs, asyncio.stream

print(asyncio.core.CancelledError is asyncio.CancelledError, asyncio.core.TimeoutError is asyncio.TimeoutError)
print(asyncio.event.Event is asyncio.Event, asyncio.lock.Lock is asyncio.Lock)
print(asyncio.funcs.gather is asyncio.gather, asyncio.stream.StreamReader is asyncio.StreamWriter)
print(issubclass(asyncio.TimeoutError, Exception), issubclass(asyncio.CancelledError, Exception))
q = asyncio.core.TaskQueue()
print(q.peek(), bool(q))
