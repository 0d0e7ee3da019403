# list methods
l = [3, 1, 4]
l.append(1)
print(l)
l.extend([5, 9])
l.extend('ab')
l.extend(range(2))
print(l)
l.insert(0, 'first')
l.insert(100, 'last')
l.insert(-1, 'beforelast')
l.insert(-100, 'veryfirst')
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.index(4), l.index(1), l.count(1), l.count('zz'))
print(l.index(9, 3), l.index(9, 2, 8))
l2 = l.copy()
l2.clear()
print(l2, len(l))
r = [1, 2, 3]
r.reverse()
print(r)
try:
    r.remove(42)
except ValueError:
    print('ValueError remove')
try:
    r.index(42)
except ValueError:
    print('ValueError index')
try:
    [].pop()
except IndexError:
    print('IndexError pop')
print(r.append(0), r)
