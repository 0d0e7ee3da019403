# exceptions and async generators: out of __anext__, through awaits, StopIteration and
# StopAsyncIteration raised in the body, athrow caught and uncaught, re-entry
class Suspend:
    def __await__(self):
        yield 'suspend'


class Fail:
    # an awaitable whose await raises after one suspension
    def __await__(self):
        yield 'about to fail'
        raise OSError('await failed')


def drive(coro):
    while True:
        try:
            r = coro.send(None)
            print('  loop got', r)
        except StopIteration as e:
            return e.value
        except BaseException as e:
            print('  escaped', type(e).__name__, e.args)
            return None


async def raiser(where):
    if where == 0:
        raise ValueError('before first yield')
    yield 1
    if where == 1:
        raise ValueError('after first yield')
    await Fail()
    yield 2


async def consume(where):
    got = []
    try:
        async for v in raiser(where):
            got.append(v)
    except ValueError as e:
        got.append(('ValueError', e.args))
    except OSError as e:
        got.append(('OSError', e.args))
    return got


for w in range(3):
    print(w, drive(consume(w)))


# an exception escaping the generator finishes it
async def once_fails():
    yield 1
    raise KeyError('k')


async def after_failure():
    g = once_fails()
    print('  first', await g.__anext__())
    try:
        await g.__anext__()
    except KeyError:
        print('  KeyError')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('  then StopAsyncIteration')


drive(after_failure())


# StopIteration / StopAsyncIteration inside the body become RuntimeError
async def raises(exc):
    yield 1
    raise exc


async def check(exc):
    g = raises(exc)
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('  RuntimeError', e.args, type(e.__cause__).__name__)


drive(check(StopIteration))
drive(check(StopAsyncIteration))
drive(check(StopIteration(5)))


# StopAsyncIteration from an inner __anext__ caught inside the generator is fine
async def empty():
    return
    yield


async def wraps():
    try:
        await empty().__anext__()
    except StopAsyncIteration:
        yield 'inner exhausted'


async def run_wraps():
    return [x async for x in wraps()]


print(drive(run_wraps()))


# athrow: caught (the generator yields again), uncaught (propagates), thrown during an await
async def guarded():
    while True:
        try:
            yield 'ready'
            await Suspend()
        except ValueError as e:
            yield ('handled', e.args)


async def throws():
    g = guarded()
    print('  ', await g.__anext__())
    print('  ', await g.athrow(ValueError('one')))
    print('  ', await g.__anext__())
    try:
        await g.athrow(KeyError('uncaught'))
    except KeyError as e:
        print('   KeyError out of athrow', e.args)
    print('   athrow on a finished generator:', await g.athrow(ValueError))


drive(throws())


# throwing into the awaitable while the generator waits in an await
async def waiter():
    try:
        await Suspend()
    except ValueError:
        yield 'caught inside the await'


g = waiter()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(ValueError)
except StopIteration as e:
    print('result', e.value)
drive(g.aclose())


# the exception context seen inside the generator
async def ctx():
    try:
        raise TypeError('outer')
    except TypeError:
        yield 1
        try:
            raise IndexError('inner')
        except IndexError as e:
            yield type(e.__context__).__name__


async def run_ctx():
    return [x async for x in ctx()]


print(drive(run_ctx()))


# an async generator awaiting itself
async def selfish():
    yield 1
    await me.__anext__()
    yield 2


me = selfish()


async def run_selfish():
    try:
        return [x async for x in me]
    except RuntimeError as e:
        return ('RuntimeError', e.args)


print(drive(run_selfish()))


# errors from the protocol
async def plain():
    yield 1


try:
    plain().asend()
except TypeError:
    print('asend needs a value')
aw = plain().athrow()
print('athrow() made an awaitable')
drive(aw)


async def bad_await():
    yield await 5


drive(bad_await().__anext__())
