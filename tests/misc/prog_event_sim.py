# Event scheduler simulation with priority queue and dataclass-like classes

class Record:
    _fields = ()
    def __init__(self, *args, **kw):
        if len(args) > len(self._fields):
            raise TypeError("too many args")
        vals = dict(zip(self._fields, args))
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError("unexpected field %s" % k)
            if k in vals:
                raise TypeError("duplicate field %s" % k)
            vals[k] = v
        for f in self._fields:
            setattr(self, f, vals.get(f, getattr(type(self), 'default_' + f, None)))
    def _key(self):
        return tuple(getattr(self, f) for f in self._fields)
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields))

class Event(Record):
    _fields = ('time', 'prio', 'seq', 'kind', 'data')
    default_data = None

class Customer(Record):
    _fields = ('name', 'arrive', 'service')

class PQ:
    def __init__(self):
        self.items = []
    def push(self, x):
        # insertion keeping sorted order (binary search)
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if x < self.items[mid]:
                hi = mid
            else:
                lo = mid + 1
        self.items.insert(lo, x)
    def pop(self):
        return self.items.pop(0)
    def __bool__(self):
        return bool(self.items)
    def __len__(self):
        return len(self.items)

class Sim:
    def __init__(self, tellers):
        self.now = 0
        self.q = PQ()
        self.seq = 0
        self.free = tellers
        self.waiting = []
        self.log = []
        self.waits = {}
    def schedule(self, delay, kind, data=None, prio=5):
        self.seq += 1
        self.q.push(Event(self.now + delay, prio, self.seq, kind, data=data))
    def run(self, until):
        while self.q:
            ev = self.q.pop()
            if ev.time > until:
                self.log.append("%4d stop (%d pending)" % (until, len(self.q) + 1))
                break
            self.now = ev.time
            getattr(self, 'on_' + ev.kind)(ev.data)
    def on_arrive(self, c):
        self.log.append("%4d arrive %s" % (self.now, c.name))
        self.waiting.append(c)
        self.try_serve()
    def try_serve(self):
        while self.free and self.waiting:
            c = self.waiting.pop(0)
            self.free -= 1
            self.waits[c.name] = self.now - c.arrive
            self.log.append("%4d serve %s (waited %d)" % (self.now, c.name, self.now - c.arrive))
            self.schedule(c.service, 'depart', c, prio=1)
    def on_depart(self, c):
        self.free += 1
        self.log.append("%4d depart %s" % (self.now, c.name))
        self.try_serve()
    def on_tick(self, n):
        self.log.append("%4d tick #%d queue=%d free=%d" % (self.now, n, len(self.waiting), self.free))
        if n < 4:
            self.schedule(25, 'tick', n + 1, prio=9)

state = 12345
def lcg():
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state

sim = Sim(2)
t = 0
customers = []
for i in range(12):
    t += lcg() % 10
    c = Customer("c%02d" % i, t, service=5 + lcg() % 15)
    customers.append(c)
    sim.schedule(t, 'arrive', c)
sim.schedule(0, 'tick', 0, prio=9)
print(customers[:3])
sim.run(120)
for line in sim.log:
    print(line)
print(sorted(sim.waits.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("avg wait %.2f" % (sum(sim.waits.values()) / len(sim.waits)))
e1 = Event(1, 2, 3, 'x')
e2 = Event(1, 2, 3, 'x', data=None)
print(e1 == e2, e1 < Event(1, 2, 4, 'a'), hash(e1) == hash(e2), e1 != Event(0, 0, 0, 'y'))
print(len({e1, e2}), sorted([Event(3, 1, 1, 'b'), Event(1, 9, 2, 'a'), Event(1, 1, 3, 'c')]))
for bad in [lambda: Event(1, 2, 3, 4, 5, 6), lambda: Event(1, foo=2), lambda: Event(1, time=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
