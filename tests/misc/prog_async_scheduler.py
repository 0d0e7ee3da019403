# async/await round-robin scheduler with hand-made awaitables, channels and timeouts

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)

class Recv:
    def __init__(self, chan):
        self.chan = chan
    def __await__(self):
        while not self.chan.items:
            yield ('wait', self.chan)
        return self.chan.items.pop(0)

class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
    def send(self, x):
        self.items.append(x)
    def recv(self):
        return Recv(self)

class Task:
    _n = 0
    def __init__(self, coro, name):
        Task._n += 1
        self.id = Task._n
        self.coro = coro
        self.name = name
        self.wake = 0
        self.result = None
        self.error = None
        self.done = False

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.now = 0
        self.trace = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.tasks.append(t)
        return t
    def run(self, max_ticks=200):
        while any(not t.done for t in self.tasks) and self.now < max_ticks:
            for t in list(self.tasks):
                if t.done or t.wake > self.now:
                    continue
                try:
                    req = t.coro.send(None)
                except StopIteration as e:
                    t.done = True
                    t.result = e.value
                    self.trace.append((self.now, t.name, 'done', e.value))
                    continue
                except Exception as e:
                    t.done = True
                    t.error = e
                    self.trace.append((self.now, t.name, 'error', type(e).__name__))
                    continue
                if req[0] == 'sleep':
                    t.wake = self.now + req[1]
            self.now += 1
        return [t.result for t in self.tasks]

async def worker(name, n, delay, out):
    total = 0
    for i in range(n):
        out.append("%s:%d@" % (name, i))
        total += i
        await Sleep(delay)
    return total

async def producer(chan, items):
    for x in items:
        chan.send(x)
        await Sleep(2)
    chan.send(None)
    return 'produced %d' % len(items)

async def consumer(chan, log):
    got = []
    while True:
        x = await chan.recv()
        if x is None:
            break
        log.append("got %r" % (x,))
        got.append(x)
    return sum(got)

async def failing():
    await Sleep(1)
    raise ValueError("bad task")

async def helper(x):
    await Sleep(1)
    return x * x

async def gatherer(xs):
    results = []
    for x in xs:
        results.append(await helper(x))
    return results

async def guarded():
    try:
        await failing()
    except ValueError as e:
        return "recovered: %s" % e
    finally:
        pass

out = []
log = []
sched = Scheduler()
ch = Channel("c")
sched.spawn(worker("A", 3, 1, out), "A")
sched.spawn(worker("B", 2, 3, out), "B")
sched.spawn(producer(ch, [5, 7, 11, 13]), "prod")
sched.spawn(consumer(ch, log), "cons")
sched.spawn(failing(), "fail")
sched.spawn(gatherer([1, 2, 3, 4]), "gather")
sched.spawn(guarded(), "guard")
results = sched.run()
print(results)
print(out)
print(log)
for entry in sched.trace:
    print(entry)
print("ticks", sched.now)
fail_task = [t for t in sched.tasks if t.name == "fail"][0]
print(type(fail_task.error).__name__, fail_task.error)

async def countdown(n):
    while n:
        yield_val = await Sleep(0)
        n -= 1
    return "liftoff"
c = countdown(3)
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as e:
    print(steps, e.value)
co = helper(5)
print(type(co).__name__)
co.close()
s2 = Scheduler()
s2.spawn(worker("Z", 100, 1, []), "long")
print(s2.run(max_ticks=10), s2.now, s2.tasks[0].done)
