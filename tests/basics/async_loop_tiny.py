class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ('tick', i)
        return self.n

async def worker(name, n):
    total = 0
    for i in range(n):
        r = await Sleep(i)
        total += r
    print(name, 'done', total)
    return name + '!'

def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c] = e.value
            continue
        queue.append(c)
    return results

cs = [worker('a', 3), worker('b', 2), worker('c', 0)]
res = run(cs)
print([res[c] for c in cs])
