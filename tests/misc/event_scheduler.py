class Event:
    def __init__(self, t, name, prio=0):
        self.t, self.name, self.prio = t, name, prio
    def __lt__(self, o):
        return (self.t, -self.prio, self.name) < (o.t, -o.prio, o.name)
    def __repr__(self):
        return "<%s@%d>" % (self.name, self.t)
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []
    def at(self, t, name, prio=0, action=None):
        ev = Event(t, name, prio)
        ev.action = action
        # insertion keeping the list sorted
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)
    def run(self, until):
        while self.queue and self.queue[0].t <= until:
            ev = self.queue.pop(0)
            self.now = ev.t
            self.log.append(repr(ev))
            if ev.action:
                ev.action(self)
s = Scheduler()
def tick(sch):
    if sch.now < 30:
        sch.at(sch.now + 10, "tick", action=tick)
s.at(0, "tick", action=tick)
s.at(5, "alarm", prio=1)
s.at(10, "boot", prio=5)
s.at(10, "aaa", prio=5)
s.run(25)
print(s.log, s.now)
s.run(100)
print(s.log[-3:], s.now, s.queue)
