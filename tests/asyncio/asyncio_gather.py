# asyncio.gather: results in argument order, coroutines and tasks mixed, exceptions
# propagated (first failure) or returned with return_exceptions=True, empty gather,
# already-finished tasks, nested gathers, gather cancelled.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0.02)))
    t = asyncio.create_task(value("t", 0.01))
    print(await asyncio.gather(t, value("c", 0)))
    print("finished task again", await asyncio.gather(t))
    print("empty", await asyncio.gather())
    try:
        await asyncio.gather(value(1, 0.01), fail(ValueError("boom"), 0.02), value(9, 0.04))
    except ValueError as e:
        print("gather raised", type(e).__name__, e)
    r = await asyncio.gather(value(1, 0.01), fail(ValueError("v"), 0.02), fail(OSError(5), 0), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0])
    print(await asyncio.gather(asyncio.gather(value(1, 0), value(2, 0)), value(3, 0)))
    # the other tasks keep running after one fails
    log = []
    go = asyncio.Event()

    async def slow():
        await go.wait()
        log.append("slow finished")

    try:
        await asyncio.gather(slow(), fail(RuntimeError("fast"), 0.01))
    except RuntimeError as e:
        print("caught", e, log)
    go.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)

    # cancelling the task that awaits gather cancels the gathered tasks, which finish first
    log = []

    async def child(name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise

    async def outer():
        try:
            await asyncio.gather(child("a"), child("b"), asyncio.sleep(0))
        except asyncio.CancelledError:
            log.append("gather cancelled")
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print(log)


asyncio.run(main())
