print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed(b"abc")), list(reversed(bytearray(b"xy"))))
print(list(reversed([])))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(S())))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
r = reversed([1, 2])
print(iter(r) is r, next(r), next(r))
try:
    next(r)
except StopIteration:
    print("StopIteration")
for x in (5, {1, 2}):
    try:
        reversed(x)
    except TypeError:
        print("TypeError")
print(list(reversed({1: 2, 3: 4})))
