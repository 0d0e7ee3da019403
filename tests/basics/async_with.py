# async with and __aenter__ / __aexit__
class Suspend:
    def __iter__(self):
        yield None
    __await__ = __iter__
class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        await Suspend()
        return self.name + '!'
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        await Suspend()
        return et is KeyError
async def main():
    async with Res('r1') as v:
        print('body', v)
    async with Res('r2'):
        raise KeyError('suppressed')
    try:
        async with Res('r3'):
            raise ValueError('escapes')
    except ValueError:
        print('caught ValueError')
    async with Res('a') as x, Res('b') as y:
        print('both', x, y)
    return 'end'
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(run(main()))
