# exceptions propagating through awaits
class Suspend:
    def __iter__(self):
        yield None
    __await__ = __iter__
async def fail(n):
    await Suspend()
    raise ValueError(n)
async def middle():
    try:
        await fail(1)
    except ValueError as e:
        print('middle caught', e.args)
    await fail(2)
async def top():
    try:
        await middle()
    except ValueError as e:
        return 'top caught %r' % (e.args,)
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(run(top()))
async def thrower():
    try:
        await Suspend()
    except KeyError:
        return 'got thrown KeyError'
c = thrower()
c.send(None)
try:
    c.throw(KeyError())
except StopIteration as e:
    print(e.value)
async def cleanup():
    try:
        await Suspend()
    finally:
        print('coroutine finally')
c = cleanup()
c.send(None)
c.close()
