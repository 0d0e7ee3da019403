# hash() of ints/tuples and id() comparisons (values not printed)
print(hash(5) == hash(5), hash(1) == hash(1.0), hash(True) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')))
print(hash(2 ** 100) == hash(2 ** 100), type(hash(3)).__name__)
print(hash(0) == 0, hash(12345) == 12345)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(None) == id(None))
try:
    hash({})
except TypeError:
    print('TypeError')
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class K:
    pass
k = K()
print(hash(k) == hash(k))
