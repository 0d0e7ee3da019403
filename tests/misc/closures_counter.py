# closures implementing objects
def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {'push': push, 'pop': pop, 'size': size}
s = make_stack()
for i in range(5):
    s['push'](i * i)
print(s['size'](), s['pop'](), s['pop'](), s['size']())
caches = []
def memoize(f):
    cache = {}
    caches.append(cache)
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return w
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(caches[0]))
