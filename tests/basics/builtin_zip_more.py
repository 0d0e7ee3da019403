print(list(zip()))
print(list(zip([1, 2, 3])))
print(list(zip([1, 2, 3], "ab")))
print(list(zip(range(3), range(10, 13), range(20, 25))))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
print(dict(zip("abc", range(3))))
try:
    zip(1)
except TypeError:
    print("TypeError")
log = []
def g():
    for i in range(5):
        log.append(i)
        yield i
print(list(zip([1, 2], g())), log)
