# asyncio basics: run returns the coroutine's value, tasks interleave at each sleep in
# deadline order, awaiting a task gives its result, current_task, create_task errors.
import asyncio


async def worker(name, delay, n, log):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(delay)
    return name.upper()


async def nested(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    log = []
    ta = asyncio.create_task(worker("a", 0.02, 3, log))
    tb = asyncio.create_task(worker("b", 0.03, 2, log))
    print("created", ta.done(), tb.done())
    print("results", await ta, await tb)
    print("done", ta.done(), tb.done())
    print(log[:2], sorted(log))
    # awaiting a finished task again gives the same result
    print("again", await ta)
    # a plain coroutine awaited directly
    print("nested", await nested(21))
    t = asyncio.current_task()
    print("current_task is a Task:", isinstance(t, asyncio.Task))
    # sleep(0) lets a freshly created task run
    order = []

    async def mark(v):
        order.append(v)

    asyncio.create_task(mark(1))
    order.append(0)
    await asyncio.sleep(0)
    order.append(2)
    print("order", order)
    return "main done"


print(asyncio.run(main()))


async def returns_none():
    await asyncio.sleep(0)


print(asyncio.run(returns_none()))

for bad in (1, None, "coro"):
    try:
        asyncio.run(bad)
    except (TypeError, ValueError) as e:
        print("run", repr(bad), "->", "error")


async def ct():
    try:
        asyncio.create_task(42)
    except TypeError:
        print("create_task(42) TypeError")


asyncio.run(ct())
try:
    asyncio.current_task()
except RuntimeError:
    print("current_task outside the loop: RuntimeError")
