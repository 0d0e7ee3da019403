# Bad arguments raise instead of hanging or crashing: sleep/wait_for with a non-number,
# gather/create_task of a non-awaitable, asyncio.run inside a running loop, an exception
# inside a task propagating to the task awaiting it with its own type.
import asyncio


async def noop():
    pass


async def main():
    for bad in ("1", None, [1]):
        try:
            await asyncio.sleep(bad)
        except TypeError:
            print("sleep(%r): TypeError" % (bad,))
    c = noop()
    try:
        await asyncio.wait_for(c, "x")
    except TypeError:
        print("wait_for timeout 'x': TypeError")
    c.close()
    for bad in (1, "s", None):
        try:
            await asyncio.gather(bad)
        except TypeError:
            print("gather(%r): TypeError" % (bad,))
    c = noop()
    try:
        asyncio.run(c)
    except RuntimeError:
        print("nested run: RuntimeError")
    c.close()

    async def raiser(exc):
        await asyncio.sleep(0)
        raise exc

    for exc in (ZeroDivisionError("z"), KeyError("k"), StopAsyncIteration(), GeneratorExit()):
        t = asyncio.create_task(raiser(exc))
        try:
            await t
        except BaseException as e:
            print("awaited task raised", type(e).__name__, e is exc)


asyncio.run(main())


async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt propagates out of run")


async def exits():
    raise SystemExit(3)


try:
    asyncio.run(exits())
except SystemExit as e:
    print("SystemExit propagates out of run", e.args)
