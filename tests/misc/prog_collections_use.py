# collections: deque BFS, namedtuple records, OrderedDict LRU cache, defaultdict-ish counting

from collections import deque, namedtuple, OrderedDict

Point = namedtuple('Point', ['x', 'y'])
Employee = namedtuple('Employee', 'name dept salary age')

staff = [
    Employee('ann', 'eng', 120, 34), Employee('bob', 'ops', 90, 45),
    Employee('cid', 'eng', 110, 29), Employee('dee', 'hr', 70, 51),
    Employee('eve', 'eng', 130, 41), Employee('fay', 'ops', 95, 38),
]
print(staff[0], staff[0].name, staff[0][2], len(staff[0]))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for d in sorted(by_dept):
    es = by_dept[d]
    print("%-4s n=%d total=%d oldest=%s" % (d, len(es), sum(e.salary for e in es), max(es, key=lambda e: e.age).name))
raised = [e._replace(salary=e.salary + 10) for e in staff if e.dept == 'ops']
print(raised)
print(Employee._fields, staff[1]._asdict()['dept'])
name, dept, *rest = staff[2]
print(name, dept, rest)
p = Point(3, 4)
q = Point(x=1, y=-2)
print(p, q, p + q, Point(*[a + b for a, b in zip(p, q)]), p == (3, 4), sorted([p, q, Point(1, -5)]))
print(Point._make([7, 8]), (p.x ** 2 + p.y ** 2) ** 0.5)

grid = [
    "#########",
    "#S..#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#.#####.#",
    "#...#..E#",
    "#########",
]
def find(ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c >= 0:
            return Point(r, c)
start, end = find('S'), find('E')
dq = deque([start])
prev = {start: None}
while dq:
    cur = dq.popleft()
    if cur == end:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nxt = Point(cur.x + dr, cur.y + dc)
        if grid[nxt.x][nxt.y] != '#' and nxt not in prev:
            prev[nxt] = cur
            dq.append(nxt)
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
print("path length", len(path) - 1)
rows = [list(r) for r in grid]
for pt in path[1:-1]:
    rows[pt.x][pt.y] = '*'
print('\n'.join(''.join(r) for r in rows))

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.move_to_end(k)
        self.d[k] = v
        if len(self.d) > self.cap:
            old = self.d.popitem(last=False)
            print("  evict", old)

cache = LRU(3)
for op in "put:a:1 put:b:2 get:a put:c:3 put:d:4 get:b get:c put:e:5 get:a get:d get:e".split():
    parts = op.split(':')
    if parts[0] == 'put':
        cache.put(parts[1], int(parts[2]))
    else:
        print("get", parts[1], cache.get(parts[1]))
print(list(cache.d.items()), cache.hits, cache.misses)

window = deque(maxlen=3)
avgs = []
for x in [10, 20, 30, 40, 50, 60]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs, list(window))
d = deque([1, 2, 3])
d.appendleft(0); d.extend([4, 5]); d.extendleft([-1, -2])
print(list(d), d.pop(), d.popleft(), len(d), d[0], d[-1])
try:
    deque().pop()
except IndexError:
    print("IndexError empty deque")
od = OrderedDict()
for k in "zebra apple mango kiwi".split():
    od[k] = len(k)
od.move_to_end('zebra')
od.move_to_end('kiwi', last=False)
print(list(od), od.popitem(), list(od.keys()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
