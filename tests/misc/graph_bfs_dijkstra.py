graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in sorted(graph[node]):
        if nb not in seen:
            dfs(nb, seen)
    return seen
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[src] = 0
    todo = set(graph)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in graph[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
def path(prev, dst):
    p = [dst]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist):
    print(n, dist[n], "->".join(path(prev, n)))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
