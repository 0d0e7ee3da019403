# async generators driven by asyncio: awaits inside the generator reach the loop, tasks
# interleave, aclose with an awaiting finally, async comprehensions in tasks
import asyncio


async def ticker(name, n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            log.append((name, i))
            yield i
    finally:
        await asyncio.sleep(0)
        log.append((name, 'closed'))


async def consumer(name, n, log):
    total = 0
    async for v in ticker(name, n, log):
        total += v
    return total


async def main():
    log = []
    # one generator, awaited from the main task
    print('sum', await consumer('solo', 4, log))
    print(log)

    # two tasks, each iterating its own generator: the sleeps interleave them
    log = []
    t1 = asyncio.create_task(consumer('a', 3, log))
    t2 = asyncio.create_task(consumer('b', 3, log))
    print('results', await t1, await t2)
    print(log)

    # gather over comprehensions of async generators
    log = []
    async def listed(name):
        return [v async for v in ticker(name, 2, log)]
    print(await asyncio.gather(listed('x'), listed('y')))
    print(sorted(log, key=str))

    # early exit, then an explicit aclose runs the finally (which itself awaits)
    log = []
    g = ticker('early', 10, log)
    async for v in g:
        if v == 1:
            break
    log.append('broke out')
    await g.aclose()
    print(log)

    # asend values through the loop
    async def accumulate():
        total = 0
        while True:
            v = yield total
            await asyncio.sleep(0)
            total += v
    acc = accumulate()
    print(await acc.asend(None))
    for v in (1, 2, 3):
        print(await acc.asend(v))
    await acc.aclose()

    # athrow while the generator waits in a sleep in another task
    async def waits():
        try:
            yield 'start'
            await asyncio.sleep(0.01)
            yield 'slept'
        except ValueError:
            yield 'caught'
    w = waits()
    print(await w.__anext__())
    print(await w.athrow(ValueError))
    await w.aclose()

    # an exception out of the generator inside a task
    async def bad():
        yield 1
        await asyncio.sleep(0)
        raise KeyError('bad')
    async def use_bad():
        return [v async for v in bad()]
    try:
        await asyncio.create_task(use_bad())
    except KeyError as e:
        print('task raised KeyError', e.args)

    # a task cancelled while its generator sleeps
    log = []
    started = asyncio.Event()
    async def slow_consumer():
        g = ticker('slow', 5, log)
        try:
            async for v in g:
                started.set()
                await asyncio.sleep(10)
        finally:
            await g.aclose()
    t = asyncio.create_task(slow_consumer())
    await started.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    print(log)


asyncio.run(main())
