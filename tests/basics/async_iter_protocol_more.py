class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        self.held = True
        return self
    async def __aexit__(self, *exc):
        self.held = False
        return False
async def main():
    total = 0
    lock = Lock()
    async for v in Ticker(3):
        async with lock as l:
            total += v
            print('held', l.held, v)
    print('released', lock.held)
    res = [v async for v in Ticker(4)]
    print(res)
    try:
        async with lock:
            raise ValueError('inside')
    except ValueError:
        print('ValueError, held', lock.held)
    async for v in Ticker(0):
        print('never')
    else:
        print('empty async for else')
    return total
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('total', e.value)
