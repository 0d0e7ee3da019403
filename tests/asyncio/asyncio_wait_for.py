# asyncio.wait_for: the result when in time, TimeoutError after cancelling the inner task (its
# cleanup runs before wait_for raises), the inner task's own exception, timeout None, an
# existing task as the awaitable, and wait_for itself cancelled (the inner task goes too).
import asyncio


async def slow(log, delay, result):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise
    finally:
        log.append("inner finally")


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, 0.01, "fast enough"), 1))
    print(log)
    log = []
    try:
        await asyncio.wait_for(slow(log, 1, "too slow"), 0.02)
    except asyncio.TimeoutError:
        print("TimeoutError", log)
    try:
        await asyncio.wait_for(bad(), 1)
    except ValueError as e:
        print("inner exception", e)
    print(await asyncio.wait_for(slow([], 0, "no timeout"), None))
    log = []
    t = asyncio.create_task(slow(log, 1, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task timed out, done:", t.done(), log)
    log = []

    async def outer():
        return await asyncio.wait_for(slow(log, 1, "x"), 5)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", log)
    # several wait_for in parallel, each with its own deadline
    res = await asyncio.gather(
        asyncio.wait_for(slow([], 0.01, 1), 0.5),
        asyncio.wait_for(slow([], 1, 2), 0.02),
        asyncio.wait_for(slow([], 0.02, 3), 0.5),
        return_exceptions=True,
    )
    print([r if isinstance(r, int) else type(r).__name__ for r in res])


asyncio.run(main())
