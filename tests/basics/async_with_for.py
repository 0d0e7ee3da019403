class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return et is KeyError

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    async with Res('a') as r, Res('b'):
        print('body', r.name)
    async with Res('c'):
        raise KeyError
    try:
        async with Res('d'):
            raise ValueError
    except ValueError:
        print('ValueError escaped')
    out = []
    async for i in ARange(4):
        if i == 2:
            continue
        out.append(i)
    else:
        out.append('else')
    print(out)
    async for i in ARange(5):
        if i == 1:
            break
    else:
        print('not reached')
    print('i =', i)
    return 'ok'

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
