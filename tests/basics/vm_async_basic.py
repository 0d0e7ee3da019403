# async def / await / async with / async for driven by a tiny loop
class Sleep:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return r

async def add(a, b):
    x = await Sleep(a)
    return x + b

class ACM:
    async def __aenter__(self):
        print('aenter')
        await Sleep('e')
        return 'cm'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True

class ACount:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep('tick')
        return self.i

async def main():
    r = await add(1, 2)
    print('add', r)
    async with ACM() as v:
        print('inside', v)
        raise ValueError('suppressed')
    total = 0
    async for i in ACount(3):
        total += i
    print('total', total)
    try:
        await add('a', 1)
    except TypeError:
        print('TypeError from coroutine')
    return 'main done'

def run(coro):
    value = None
    steps = 0
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = y if isinstance(y, int) else 10

print(run(main()))
c = add(1, 1)
print(type(c).__name__)
c.close()
