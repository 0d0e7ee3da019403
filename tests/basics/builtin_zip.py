# zip()
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip('abc', range(3))))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
z = zip('ab', 'cd')
print(next(z), list(z))
def gen():
    for i in range(10):
        yield i
print(list(zip(gen(), 'xy')))
print(list(zip('a',)))
