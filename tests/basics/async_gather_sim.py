# a tiny round-robin scheduler: tasks are coroutines awaiting a yield-based future
class Yield:
    def __await__(self):
        yield self
class Task:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.result = None
        self.done = False
async def child(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await Yield()
    return name.upper()
async def parent():
    a = await child('a', 2)
    b = await child('b', 1)
    return a + b
def run(tasks):
    pending = list(tasks)
    while pending:
        t = pending.pop(0)
        try:
            t.coro.send(None)
            pending.append(t)
        except StopIteration as e:
            t.result = e.value
            t.done = True
            print('finished', t.name, t.result)
tasks = [Task(parent(), 'p'), Task(child('c', 3), 'c')]
run(tasks)
print([t.result for t in tasks])
async def failing():
    await Yield()
    raise ValueError('task failed')
t = Task(failing(), 'f')
try:
    run([t])
except ValueError as e:
    print('propagated', e)
async def cancellable():
    try:
        while True:
            await Yield()
    except GeneratorExit:
        print('cancelled')
        raise
c = cancellable()
c.send(None)
c.close()
async def catch_thrown():
    try:
        await Yield()
    except KeyError:
        return 'handled KeyError'
c = catch_thrown()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
