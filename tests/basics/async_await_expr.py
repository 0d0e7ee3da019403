class V:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

async def f():
    a = await V(1) + await V(2)
    b = [await V(i) for i in range(3)]
    c = {'k': await V('val')}
    d = (await V(5)) * 2
    e = await V(3) if await V(True) else 0
    return a, b, c, d, e

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(f()))

async def inner(x):
    return x * 2
async def outer():
    return await inner(await inner(3))
print(run(outer()))

async def no_await():
    return 'plain'
co = no_await()
print(type(co).__name__)
print(run(co))

async def raises():
    await V(0)
    raise KeyError('k')
async def catches():
    try:
        await raises()
    except KeyError as e:
        return 'caught ' + repr(e)
print(run(catches()))
