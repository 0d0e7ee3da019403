print(len(""), len("abc"), len(b"ab"), len(bytearray(3)))
print(len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(frozenset()))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
print(len({}.keys()), len({1: 2}.values()), len({1: 2, 3: 4}.items()))
print(len("héllo"), len(memoryview(b"abcd")))
class L:
    def __len__(self):
        return 5
print(len(L()))
for x in (1, 1.0, None, iter([])):
    try:
        len(x)
    except TypeError:
        print("TypeError")
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError:
    print("ValueError")
