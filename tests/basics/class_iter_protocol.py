class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
print(sum(c), max(c), sorted(c))
a, b, d = c
print(a, b, d)
print([x * 2 for x in c])
print(dict(zip(c, 'abc')))
it = iter(c)
print(next(it), next(it), next(it), next(it, 'done'))
class GenIter:
    def __iter__(self):
        yield 'x'
        yield 'y'
print(list(GenIter()), tuple(GenIter()))
print('-'.join(GenIter()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print('TypeError')
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError:
    print('TypeError not iterable')
print(*Countdown(4))
