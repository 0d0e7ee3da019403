# async def / await driven by coroutine.send(None)
class Yield:
    # an awaitable that suspends once
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        r = yield self.v
        return r
    __await__ = __iter__
async def leaf(x):
    got = await Yield(x)
    return got * 10
async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
def run(coro):
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        print('suspended with', req)
        val = req + 100
print(run(mid()))
async def noawait():
    return 'plain'
print(run(noawait()))
c = noawait()
print(type(c).__name__ in ('coroutine', 'generator'))
c.close()
