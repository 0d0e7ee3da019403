# set operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, {1, 2} < a, a <= a, a < a, a > {1}, a >= {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {7}
print(sorted(c))
c &= {1, 2, 7, 8}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 9}
print(sorted(c))
fa = frozenset(a)
print(sorted(fa | b), type(fa | b).__name__, type(b | fa).__name__, sorted(fa & b))
print(set() | set(), sorted({1} ^ {1}))
try:
    a | [1]
except TypeError:
    print('TypeError')
