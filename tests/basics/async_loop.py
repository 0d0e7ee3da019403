# a tiny round-robin event loop driving several coroutines
class Sleep:
    def __iter__(self):
        yield 'sleep'
    __await__ = __iter__
log = []
async def worker(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await Sleep()
    return name * n
def run_all(coros):
    results = {}
    queue = list(coros)
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
res = run_all([('a', worker('a', 3)), ('b', worker('b', 1)), ('c', worker('c', 2))])
print(log)
print(sorted(res.items()))
async def compute(x):
    await Sleep()
    return x * x
async def main():
    total = 0
    for i in range(5):
        total += await compute(i)
    return total
print(run_all([('m', main())]))
