class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b = P(1, 2), P(1, 2)
print(a == b, a != b, a is b, len({a, b}), {a: 1}[b])
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
    print('hashable')
except TypeError:
    print('TypeError unhashable')
print(EqOnly() == 5, EqOnly() != 5)
class NeOnly:
    def __ne__(self, o):
        return 'custom ne'
n = NeOnly()
print(n != 1, n == n, n == 1)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError:
    print('TypeError set')
class Inherit(P):
    pass
print(Inherit(1, 2) == P(1, 2), hash(Inherit(1, 2)) == hash(P(1, 2)))
class NI:
    def __eq__(self, o):
        return NotImplemented
x = NI()
print(x == x, x == NI(), x != NI())
print([P(1, 2)].count(P(1, 2)), P(1, 2) in [P(0, 0), P(1, 2)])
print([P(3, 4)].index(P(3, 4)))
class Rev:
    def __eq__(self, o):
        print('Rev.__eq__')
        return True
print(1 == Rev(), 'a' == Rev())
