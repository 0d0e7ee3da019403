# all/any short-circuit and iterables
def gen(vals, log):
    for v in vals:
        log.append(v)
        yield v
log = []
print(all(gen([1, 2, 0, 3], log)), log)
log = []
print(any(gen([0, 0, 5, 0], log)), log)
print(all([]), any([]))
print(all(""), any(""))
print(all("abc"), any({0: 1}))
print(all(x > 0 for x in range(1, 10)))
print(any(x > 8 for x in range(1, 10)))
print(all([[], [1]]), any([[], ()]))
print(any(iter([None, 0.0, 0j, 1])))
try:
    all(5)
except TypeError:
    print("TypeError")
