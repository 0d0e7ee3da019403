# async for with __aiter__ / __anext__
class Suspend:
    def __iter__(self):
        yield None
    __await__ = __iter__
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
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
    async for v in Counter(4):
        out.append(v)
    async for v in Counter(0):
        out.append('never')
    else:
        out.append('else')
    async for v in Counter(10):
        if v == 3:
            break
    out.append(v)
    return out
def run(c):
    steps = 0
    while True:
        try:
            c.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value
print(run(main()))
