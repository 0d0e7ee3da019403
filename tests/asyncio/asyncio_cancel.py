# Task.cancel: a sleeping task gets CancelledError at its await (cleanup runs, may catch it and
# go on), a task cancelled before it started never runs, cancelling a finished task returns
# False, awaiting a cancelled task raises CancelledError, a task waiting on an Event is taken
# out of that wait.
import asyncio


async def sleeper(name, log):
    try:
        log.append(name + " start")
        await asyncio.sleep(10)
        log.append(name + " woke")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn caught it")
    await asyncio.sleep(0.01)
    return "stubborn survived"


async def quick():
    return 5


async def main():
    log = []
    t = asyncio.create_task(sleeper("s", log))
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await cancelled task: CancelledError")
    print(log, t.done())
    print("cancel done task ->", t.cancel())

    log = []
    t = asyncio.create_task(sleeper("never", log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start, ran:", log)

    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel()
    print(await t, log)

    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("finished:", t.done(), "cancel ->", t.cancel(), "result", await t)

    ev = asyncio.Event()
    log = []

    async def waiter():
        try:
            await ev.wait()
        except asyncio.CancelledError:
            log.append("waiter cancelled")
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.sleep(0)
    print(log, w.done())

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
