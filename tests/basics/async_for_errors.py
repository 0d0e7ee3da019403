# TypeErrors of async for / async comprehensions on objects that are not async iterables
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except TypeError as e:
        return 'TypeError: %s' % e


class NoAnext:
    def __aiter__(self):
        return 5


class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7


async def loop(obj):
    async for x in obj:
        pass


async def comp(obj):
    return [x async for x in obj]


for obj in (1, [1], NoAnext(), AnextNotAwaitable()):
    print(drive(loop(obj)))
    print(drive(comp(obj)))
