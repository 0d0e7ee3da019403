# asyncio.Event (set/clear/is_set, several waiters woken in order, wait on a set event returns
# at once) and asyncio.Lock (mutual exclusion in FIFO order, locked(), async with, release of an
# unlocked lock raises RuntimeError, a cancelled waiter does not take the lock).
import asyncio


async def ev_waiter(name, ev, log):
    log.append(name + " waits")
    r = await ev.wait()
    log.append(name + " woke " + str(r))


async def locker(name, lock, log, hold):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(hold)
        log.append(name + " out")


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    log = []
    ts = [asyncio.create_task(ev_waiter(n, ev, log)) for n in "abc"]
    await asyncio.sleep(0)
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    print(log)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    print("locked", lock.locked())
    log = []
    await asyncio.gather(locker("x", lock, log, 0.02), locker("y", lock, log, 0.01), locker("z", lock, log, 0))
    print(log)
    print("locked", lock.locked())
    await lock.acquire()
    print("acquired, locked", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError:
        print("release unlocked: RuntimeError")

    # a waiter cancelled while queued never gets the lock
    log = []
    await lock.acquire()
    t1 = asyncio.create_task(locker("w1", lock, log, 0))
    t2 = asyncio.create_task(locker("w2", lock, log, 0))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0.01)
    print(log, t1.done(), t2.done(), lock.locked())

    # a waiter cancelled after release() chose it passes the lock on to the next one
    log = []

    async def guarded(name):
        try:
            async with lock:
                log.append(name + " in")
                await asyncio.sleep(0)
            log.append(name + " out")
        except asyncio.CancelledError:
            log.append(name + " cancelled")

    await lock.acquire()
    t1 = asyncio.create_task(guarded("g1"))
    t2 = asyncio.create_task(guarded("g2"))
    await asyncio.sleep(0)
    lock.release()
    t1.cancel()
    await asyncio.gather(t1, t2)
    print(log, lock.locked())


asyncio.run(main())
