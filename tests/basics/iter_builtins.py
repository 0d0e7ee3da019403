# enumerate / zip / map / filter / reversed / iter
print(list(enumerate('abc', 10)), list(enumerate([], start=5)), list(enumerate('xy', start=-1)))
e = enumerate(['a', 'b'])
print(next(e), next(e), iter(e) is e)
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(10, 13), 'xyz')))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1, 2, 3], [4]), ([1], [2, 3]), ([1, 2], [3, 4], [5])):
    try:
        list(zip(*args, strict=True))
    except ValueError as ex:
        print('ValueError', ex)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(3))), list(reversed('abc')))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), list(iter(Seq())), 9 in Seq())
class Rev:
    def __reversed__(self):
        return iter('rev')
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError as ex:
    print('TypeError', ex)
m = map(str, range(3))
print(next(m), list(m), list(m))
z = zip('ab', 'cd')
print(next(z), list(z))
l = [1, 2, 3]
it = iter(l)
l.append(4)
print(list(it))
r = reversed(l)
l.pop()
l.pop()
print(list(r))
