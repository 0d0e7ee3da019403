a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
one = 1
print(None is None, (one is None) is False)
x = 'hello'
y = ''.join(['hel', 'lo'])
print(x == y)
print(() == (), [] == [], {} == {}, set() == set())
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: [2]} == {1: [2]})
print(1 == 1.0, 1 == 1.0 + 0j if True else 0, True == 1, 'a' == b'a')
print(float('nan') == float('nan'))
n = float('nan')
print(n is n, [n] == [n])
class Same:
    def __eq__(self, o):
        return True
s = Same()
print(s == 1, 1 == s, [s] == [2], s in [5], s != 3)
print([1, 2] != [1, 2], (1,) < (1, 2), [] < [0], 'abc' < 'abd', b'a' < b'b')
print(min([3, 1], [2, 9]), max('ab', 'b'), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
