# an async generator as an async context manager (a hand-written asynccontextmanager), and
# asend awaitables given to create_task / gather
import asyncio
class acm:
    # a hand-written asynccontextmanager
    def __init__(self, agen):
        self.g = agen
    async def __aenter__(self):
        return await self.g.__anext__()
    async def __aexit__(self, t, v, tb):
        if t is None:
            try:
                await self.g.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("didn't stop")
        try:
            await self.g.athrow(v)
        except StopAsyncIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        return True
async def resource(name, log):
    log.append('open ' + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError:
        log.append('handled KeyError')
    finally:
        await asyncio.sleep(0)
        log.append('close ' + name)
async def main():
    log = []
    async with acm(resource('a', log)) as r:
        log.append('using ' + r)
    async with acm(resource('b', log)) as r:
        raise KeyError
    try:
        async with acm(resource('c', log)) as r:
            raise ValueError('v')
    except ValueError:
        log.append('ValueError out')
    print(log)
    async def ag():
        await asyncio.sleep(0)
        yield 'x'
    g = ag()
    t = asyncio.create_task(g.__anext__())
    print(await t)
    print(await asyncio.gather(g.aclose(), anext(ag())))
asyncio.run(main())
