# user-defined iterators with __iter__ and __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r)
print(sorted(Countdown(4)), max(Countdown(3)), dict(zip(Countdown(3), 'abc')))
a, b, c = Countdown(3)
print(a, b, c)
print([x * y for x in Range2(3) for y in Countdown(2)])
it = iter(Range2(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
