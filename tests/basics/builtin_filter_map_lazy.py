log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
fi = filter(lambda x: x > 1, iter([1, 2, 3]))
print(iter(fi) is fi, list(fi), list(fi))
print(list(map(str, range(3))))
mi = map(int, "123")
print(iter(mi) is mi, sum(mi))
try:
    map(f)
except TypeError:
    print("TypeError")
try:
    list(map(f, 1))
except TypeError:
    print("TypeError")
