# Task manager: dataclass-like tasks with ordering, dependency resolution, and report

class Task:
    _order_fields = ('priority', 'due', 'name')
    def __init__(self, name, priority=3, due=100, deps=(), est=1):
        self.name, self.priority, self.due, self.deps, self.est = name, priority, due, tuple(deps), est
        self.done = False
    def _key(self):
        return tuple(getattr(self, f) for f in self._order_fields)
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __eq__(self, o):
        return isinstance(o, Task) and self._key() == o._key()
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return "Task(%r, p=%d, due=%d%s)" % (self.name, self.priority, self.due, ", done" if self.done else "")

class CycleError(Exception):
    pass

class Manager:
    def __init__(self, tasks):
        self.tasks = {t.name: t for t in tasks}
    def ready(self):
        return sorted(t for t in self.tasks.values()
                      if not t.done and all(self.tasks[d].done for d in t.deps))
    def order(self):
        state = {}
        out = []
        def visit(n, path):
            if state.get(n) == 'done':
                return
            if state.get(n) == 'active':
                raise CycleError(" -> ".join(path + [n]))
            state[n] = 'active'
            for d in sorted(self.tasks[n].deps):
                visit(d, path + [n])
            state[n] = 'done'
            out.append(n)
        for t in sorted(self.tasks.values()):
            visit(t.name, [])
        return out
    def simulate(self, workers):
        time = 0
        running = []
        log = []
        while True:
            running.sort(key=lambda r: (r[0], r[1].name))
            free = workers - len(running)
            for t in self.ready():
                if free == 0:
                    break
                if any(r[1] is t for r in running):
                    continue
                running.append((time + t.est, t))
                log.append("t=%2d start %s" % (time, t.name))
                free -= 1
            if not running:
                break
            running.sort(key=lambda r: (r[0], r[1].name))
            end, t = running.pop(0)
            time = end
            t.done = True
            late = " LATE" if time > t.due else ""
            log.append("t=%2d done  %s%s" % (time, t.name, late))
        return time, log

tasks = [
    Task("design", 1, 10, est=3),
    Task("backend", 2, 20, ["design"], est=5),
    Task("frontend", 2, 18, ["design"], est=4),
    Task("tests", 3, 25, ["backend", "frontend"], est=2),
    Task("docs", 4, 30, ["design"], est=2),
    Task("release", 1, 28, ["tests", "docs"], est=1),
    Task("party", 5, 40, ["release"], est=1),
]
print(sorted(tasks))
print(max(tasks), min(tasks), tasks[1] < tasks[2], tasks[1] >= tasks[2], tasks[0] == Task("design", 1, 10))
m = Manager(tasks)
print(m.order())
print(m.ready())
total, log = m.simulate(2)
for line in log:
    print(line)
print("finished at", total, all(t.done for t in tasks))
m2 = Manager([Task("a", deps=["b"]), Task("b", deps=["c"]), Task("c", deps=["a"]), Task("d")])
try:
    m2.order()
except CycleError as e:
    print("CycleError:", e)
for w in (1, 3):
    for t in tasks:
        t.done = False
    print(w, "workers ->", Manager(tasks).simulate(w)[0])
by_pri = {}
for t in tasks:
    by_pri.setdefault(t.priority, []).append(t.name)
print(sorted(by_pri.items()))
print(len({t for t in tasks} | {Task("design")}), sorted(tasks, key=lambda t: (-t.est, t.name))[:3])
