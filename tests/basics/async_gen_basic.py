# async generators (PEP 525): iteration, awaits passing through to the driver, introspection
class Suspend:
    # an awaitable that suspends the awaiting coroutine once, handing `tag` to the driver
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got


def drive(coro):
    # a minimal event loop: print what reaches the loop, send back a counter
    n = 0
    val = None
    while True:
        try:
            r = coro.send(val)
        except StopIteration as e:
            print('done', e.value)
            return e.value
        n += 1
        print('loop got', r)
        val = n * 100


async def agen(n):
    for i in range(n):
        got = await Suspend(('tick', i))
        yield i, got


async def consumer():
    out = []
    async for v in agen(3):
        out.append(v)
    return out


drive(consumer())

# the object itself
a = agen(2)
print(type(a).__name__, type(agen).__name__)
print(repr(a).startswith('<async_generator object agen at '))
print(a.__name__, a.__qualname__, a.ag_running)
print(a.__aiter__() is a)
print(hasattr(a, '__anext__'), hasattr(a, 'asend'), hasattr(a, 'athrow'), hasattr(a, 'aclose'))
print(hasattr(a, '__next__'), hasattr(a, '__iter__'), hasattr(a, 'send'))
try:
    iter(a)
except TypeError:
    print('not iterable')
try:
    for x in a:
        pass
except TypeError:
    print('for: TypeError')


class K:
    async def meth(self):
        yield 'm'

    def outer(self):
        async def inner():
            yield 'i'
        return inner()


print(K().meth().__name__, K().meth().__qualname__)
print(K().outer().__name__, K().outer().__qualname__)

# __anext__ returns an awaitable; driving it by hand
a = agen(2)
aw = a.__anext__()
print(type(aw).__name__, repr(aw).startswith('<async_generator_asend object at '))
print(aw.__await__() is aw, iter(aw) is aw)
print(aw.send(None))            # the await inside agen reaches us
print(a.ag_running)             # between __anext__ steps the generator is running
try:
    aw.send('x')
except StopIteration as e:
    print('yielded', e.value, e.args)
print(a.ag_running)
aw = a.__anext__()
print(next(aw))
try:
    next(aw)
except StopIteration as e:
    print('yielded', e.value)
try:
    drive(a.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
try:
    drive(a.__anext__())
except StopAsyncIteration:
    print('still StopAsyncIteration')


# plain return and an empty body
async def early(flag):
    yield 1
    if flag:
        return
    yield 2


async def collect(g):
    return [x async for x in g]


drive(collect(early(True)))
drive(collect(early(False)))


async def never_yields():
    if False:
        yield
    print('body ran')


drive(collect(never_yields()))


# yield without value, yield as expression inside the body
async def noval():
    yield
    x = yield
    yield x


drive(collect(noval()))


# the generator keeps its locals and handled exception between steps
async def keeps():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'in except'
        await Suspend('inside except')
        yield 'still in except'
        raise


async def run_keeps():
    g = keeps()
    out = []
    try:
        async for v in g:
            out.append(v)
    except KeyError as e:
        out.append(('KeyError', e.args))
    return out


drive(run_keeps())
