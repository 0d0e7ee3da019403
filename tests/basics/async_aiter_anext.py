# the builtins aiter() and anext() (Python 3.10) over async generators and async iterators
class Suspend:
    def __await__(self):
        yield 'suspend'


def drive(coro):
    loop = 0
    while True:
        try:
            coro.send(None)
            loop += 1
        except StopIteration as e:
            return loop, e.value
        except BaseException as e:
            return loop, (type(e).__name__, e.args)


async def agen(n):
    for i in range(n):
        await Suspend()
        yield i


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    out = []
    g = agen(2)
    print(aiter(g) is g)
    out.append(await anext(g))
    out.append(await anext(g, 'dflt'))
    out.append(await anext(g, 'dflt'))
    out.append(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        out.append('StopAsyncIteration')
    c = Counter(1)
    it = aiter(c)
    out.append(await anext(it))
    out.append(await anext(it, 'end'))
    return out


print(drive(main()))

# the awaitables
g = agen(1)
a = anext(g)
print(type(a).__name__)
b = anext(g, 5)
print(type(b).__name__, repr(b).startswith('<anext_awaitable object at '))
print(drive(b))
print(drive(anext(g, 6)))
print(drive(anext(Counter(0), 7)))


# a default-less anext that ends raises
async def ends():
    return await anext(agen(0))


print(drive(ends()))

# errors
for bad in (1, [], 'x'):
    try:
        aiter(bad)
    except TypeError as e:
        print('aiter:', e)
    try:
        anext(bad)
    except TypeError as e:
        print('anext:', e)


class BadAiter:
    def __aiter__(self):
        return 42


try:
    aiter(BadAiter())
except TypeError as e:
    print('aiter:', e)


# anext with a default passes other exceptions through, and throw/close reach the generator
async def fails():
    await Suspend()
    yield 1
    raise ValueError('v')


g = fails()
print(drive(anext(g, 0)))
print(drive(anext(g, 0)))
g = agen(3)
aw = anext(g, 'd')
print(aw.send(None))
try:
    aw.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e.args)
print(drive(anext(g, 'after')))
