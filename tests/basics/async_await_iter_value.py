# the value of StopIteration raised by a class iterator's __next__ is the result of
# `await` (through __await__) and of `yield from`
class It:
    def __init__(self, value):
        self.n = 0
        self.value = value
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            if self.value is None:
                raise StopIteration
            raise StopIteration(self.value)
        return self.n


class Aw:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return It(self.value)


async def f(v):
    return await Aw(v)


for v in (42, None, (1, 2)):
    c = f(v)
    try:
        while True:
            print('yielded', c.send(None))
    except StopIteration as e:
        print('ret', e.value)


def g():
    r = yield from It('yf')
    print('yield from ->', r)


print(list(g()))
it = It(7)
next(it)
next(it)
try:
    next(it)
except StopIteration as e:
    print('next ->', e.value)
print(next(It(None), 'd'), list(It(3)))
