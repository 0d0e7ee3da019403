# async syntax, driven by hand (no event loop needed)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield self.v
        return self.v * 10

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "cm"
    async def __aexit__(self, *a):
        print("aexit")

async def main():
    r = await Awaitable(4)
    print("awaited", r)
    async for i in AIter(3):
        print("item", i)
    async with ACM() as c:
        print("in", c)
    return "done"

def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("yielded", v)
    except StopIteration as e:
        return e.value

print(run(main()))
