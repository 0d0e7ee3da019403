# async generator aclose(): GeneratorExit at the suspension point, finally blocks that await,
# yield inside finally while closing, early break leaving the generator suspended
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag


def drive(coro):
    while True:
        try:
            r = coro.send(None)
            print('  loop got', r)
        except StopIteration as e:
            return e.value
        except BaseException as e:
            print('  raised', type(e).__name__, e.args)
            return None


async def counted(log):
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        log.append('GeneratorExit')
        raise
    finally:
        log.append('finally')
        await Suspend('cleanup await')
        log.append('cleanup done')


async def early_break():
    log = []
    g = counted(log)
    async for v in g:
        if v == 2:
            break
    # CPython keeps it suspended: nothing has run the finally yet
    log.append(('after break', g.ag_running))
    r = await g.aclose()
    log.append(('aclose ->', r))
    r = await g.aclose()
    log.append(('aclose again ->', r))
    async for v in g:
        log.append('never')
    log.append('exhausted')
    return log


print(drive(early_break()))


# never started and finished generators close at once
async def simple():
    try:
        yield 1
    finally:
        print('  simple finally')


async def closes():
    g = simple()
    print('  never started:', await g.aclose())
    async for v in g:
        print('  never')
    g = simple()
    async for v in g:
        pass
    print('  finished:', await g.aclose())


print(drive(closes()))


# yield during aclose
async def stubborn():
    try:
        yield 1
    finally:
        yield 'in finally'


async def close_stubborn():
    g = stubborn()
    print('  first', await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print('  RuntimeError', e.args)
    try:
        await g.aclose()
    except StopAsyncIteration:
        print('  closed flag: StopAsyncIteration')
    try:
        await g.__anext__()
    except GeneratorExit:
        print('  GeneratorExit resumed out of the finally')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('  now finished')


drive(close_stubborn())


# catching GeneratorExit and returning ends aclose quietly
async def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('  swallowed')
    print('  after the except')


async def close_swallow():
    g = swallow()
    await g.__anext__()
    print('  aclose ->', await g.aclose())


drive(close_swallow())


# an exception other than GeneratorExit from the finally propagates out of aclose
async def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError('from finally')


async def close_raises():
    g = raises_in_finally()
    await g.__anext__()
    try:
        await g.aclose()
    except ValueError as e:
        print('  ValueError', e.args)
    print('  aclose again ->', await g.aclose())


drive(close_raises())


# StopAsyncIteration from the finally counts as closed too
async def sai_in_finally():
    try:
        yield 1
    finally:
        raise StopAsyncIteration


async def close_sai():
    g = sai_in_finally()
    await g.__anext__()
    try:
        print('  aclose ->', await g.aclose())
    except RuntimeError as e:
        print('  RuntimeError', e.args)


drive(close_sai())


# closing the coroutine that awaits __anext__ leaves the generator suspended in its await;
# CPython 3.11 keeps it marked as running
async def slow():
    yield 'a'
    await Suspend('slow await')
    yield 'b'


async def consume(g):
    async for v in g:
        print('  consumed', v)


g = slow()
c = consume(g)
print(c.send(None))
c.close()
print('  coroutine closed; ag_running:', g.ag_running)
drive(g.aclose())
