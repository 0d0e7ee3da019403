# a pipeline of generators
def source(n):
    for i in range(n):
        yield i
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
def windowed_sum(it, k):
    win = []
    total = 0
    for v in it:
        win.append(v)
        total += v
        if len(win) > k:
            total -= win.pop(0)
        yield total
def take_mod(it, m):
    for v in it:
        yield v % m
def chained(n):
    yield from source(n)
    yield from (x * 2 for x in source(n))
res = sum(take_mod(windowed_sum(squares(evens(source(2000000))), 4), 1000003))
res += sum(x for x in chained(300000) if x % 3)
res += max(v for v in (a * b for a in range(300) for b in range(300)) if v % 7 == 3)
print(res)
