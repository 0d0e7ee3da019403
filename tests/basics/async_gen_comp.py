# async comprehensions (PEP 530) over async generators, async generator expressions, await
# inside comprehensions, nested async generators
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
        return self.tag


def drive(coro):
    loop = []
    while True:
        try:
            loop.append(coro.send(None))
        except StopIteration as e:
            print('loop saw', loop)
            return e.value


async def arange(n, tag='r'):
    for i in range(n):
        await Suspend((tag, i))
        yield i


async def value(x):
    await Suspend(('v', x))
    return x * 10


async def comps():
    out = []
    out.append([x async for x in arange(3)])
    out.append(sorted({x % 2 async for x in arange(4)}))
    out.append({x: x * x async for x in arange(3)})
    out.append([x async for x in arange(5) if x % 2])
    out.append([(x, y) async for x in arange(2, 'a') for y in range(2)])
    out.append([(x, y) for x in range(2) async for y in arange(2, 'b')])
    out.append([(x, y) async for x in arange(2, 'c') async for y in arange(x + 1, 'd')])
    out.append([await value(x) for x in range(3)])
    out.append([await value(x) async for x in arange(2)])
    out.append({x: await value(x) for x in range(2)})
    out.append([x for x in range(6) if await value(x) > 20])
    return out


for r in drive(comps()):
    print(r)


# async generator expressions
async def genexps():
    ge = (x * 2 async for x in arange(3))
    print(type(ge).__name__, ge.__name__)
    out = [v async for v in ge]
    ge2 = (await value(x) for x in range(2))
    print(type(ge2).__name__)
    out.append([v async for v in ge2])
    nested = (y async for y in (x + 1 async for x in arange(2)))
    out.append([v async for v in nested])
    return out


print(drive(genexps()))

# an async generator expression can be made outside an async function
ge = (x async for x in arange(2))
print(type(ge).__name__)


async def use(ge):
    return [x async for x in ge]


print(drive(use(ge)))


# nested async generators: one feeding another, awaits travel through both
async def doubled(src):
    async for v in src:
        await Suspend(('dbl', v))
        yield v * 2


async def pairs(src):
    buf = []
    async for v in src:
        buf.append(v)
        if len(buf) == 2:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


async def pipeline():
    return [p async for p in pairs(doubled(arange(5)))]


print(drive(pipeline()))


# a generator that iterates another async generator with explicit __anext__ calls
async def manual(src):
    it = src.__aiter__()
    while True:
        try:
            v = await it.__anext__()
        except StopAsyncIteration:
            return
        yield -v


async def run_manual():
    return [v async for v in manual(arange(3))]


print(drive(run_manual()))


# comprehension variables don't leak; outer names are visible
async def scoping():
    k = 100
    r = [x + k async for x in arange(2)]
    try:
        x
    except NameError:
        print('x not leaked')
    return r


print(drive(scoping()))


# async comprehension inside a lambda-free nested function in an async function
async def outer():
    async def inner():
        return {x async for x in arange(2)}
    return sorted(await inner())


print(drive(outer()))


# comprehensions nested in comprehensions
async def nested_comps():
    out = []
    out.append([[x async for x in arange(y, 'n')] for y in range(3)])
    out.append([[await value(x) for x in range(y)] for y in range(3)])
    out.append([y async for y in arange(3, 'o') if [x async for x in arange(y, 'i')]])
    gens = [(y async for y in arange(2, 'g')) for z in range(2)]
    out.append([type(g).__name__ for g in gens])
    out.append([[v async for v in g] for g in gens])
    return out


for r in drive(nested_comps()):
    print(r)
