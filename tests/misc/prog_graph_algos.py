# Graph algorithms: BFS, DFS, Dijkstra with hand-written heap, topo sort, components

class MinHeap:
    def __init__(self):
        self.a = []
    def __len__(self):
        return len(self.a)
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

EDGES = [
    ('A', 'B', 4), ('A', 'C', 2), ('B', 'C', 5), ('B', 'D', 10), ('C', 'E', 3),
    ('E', 'D', 4), ('D', 'F', 11), ('E', 'F', 20), ('G', 'H', 1), ('F', 'G', 2),
]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
for k in graph:
    graph[k].sort()

def bfs(start):
    seen = {start: 0}
    order = [start]
    q = [start]
    head = 0
    while head < len(q):
        u = q[head]; head += 1
        for v, _ in graph[u]:
            if v not in seen:
                seen[v] = seen[u] + 1
                order.append(v)
                q.append(v)
    return order, seen

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v, _ in graph[start]:
        if v not in seen:
            dfs(v, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    h = MinHeap()
    h.push((0, src))
    while h:
        d, u = h.pop()
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev

def path(prev, dst):
    p = [dst]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]

order, levels = bfs('A')
print("bfs", order, sorted(levels.items()))
print("dfs", dfs('A'))
dist, prev = dijkstra('A')
for node in sorted(dist):
    print("  %s dist=%2d path=%s" % (node, dist[node], '->'.join(path(prev, node))))

h = MinHeap()
for x in [5, 3, 9, 1, 7, 3, 8, 2, 6, 0]:
    h.push(x)
print("heap sort", [h.pop() for _ in range(len(h))])

deps = {
    'app': ['lib', 'utils', 'config'],
    'lib': ['core', 'utils'],
    'utils': ['core'],
    'config': [],
    'core': [],
    'tests': ['app', 'mock'],
    'mock': ['core'],
}

def topo(deps):
    indeg = {k: 0 for k in deps}
    rev = {k: [] for k in deps}
    for k, ds in deps.items():
        for d in ds:
            indeg[k] += 1
            rev[d].append(k)
    ready = sorted(k for k in deps if indeg[k] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(deps):
        raise ValueError("cycle among %s" % sorted(k for k in deps if indeg[k]))
    return out

print("topo", topo(deps))
deps['core'] = ['tests']
try:
    topo(deps)
except ValueError as e:
    print("error:", e)

def components(n, pairs):
    parent = list(range(n))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())

print(components(10, [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7)]))
grid = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"]
R, C = len(grid), len(grid[0])
start = (0, 0); end = (4, 7)
dist = {start: 0}; q = [start]
for cell in q:
    r, c = cell
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[cell] + 1
            q.append((nr, nc))
print("maze steps", dist.get(end), "visited", len(dist))
