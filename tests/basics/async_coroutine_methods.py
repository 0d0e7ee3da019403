class Wait:
    def __await__(self):
        x = yield 'wait'
        return x

async def co():
    try:
        v = await Wait()
        print('resumed with', v)
        v2 = await Wait()
        return v + v2
    except ValueError:
        print('co got ValueError')
        return -1
    finally:
        print('co finally')

c = co()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print('result', e.value)

c = co()
c.send(None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print('result', e.value)

c = co()
c.send(None)
c.close()
print('closed')

class Meth:
    async def am(self, x):
        return x + 1
    @staticmethod
    async def sm():
        return 's'
m = Meth()
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(m.am(1)), run(Meth.sm()))
