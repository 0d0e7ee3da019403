# frozen with freeze_as_mpy: coroutines, async with and async for in a frozen .mpy (driven by
# hand: the linked test binary has no asyncio)
class Gate:
    async def __aenter__(self):
        return "in"

    async def __aexit__(self, t, v, tb):
        return t is KeyError

    def __aiter__(self):
        self.n = 0
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


class Tick:
    def __await__(self):
        yield "tick"
        return "tocked"


async def main():
    async with Gate() as g:
        items = [i async for i in Gate()]
        raise KeyError
    return g, items, await Tick()


def run():
    c = main()
    seen = [c.send(None)]
    try:
        c.send(None)
    except StopIteration as e:
        return seen, e.value
