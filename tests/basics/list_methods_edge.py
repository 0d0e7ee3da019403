l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -1), l.count(2), l.count(9))
try:
    l.index(2, 4)
except ValueError:
    print("ValueError")
try:
    l.index(7)
except ValueError:
    print("ValueError")
l.remove(2)
print(l)
try:
    l.remove(9)
except ValueError:
    print("ValueError")
print(l.pop(), l.pop(0), l.pop(-1), l)
try:
    [].pop()
except IndexError:
    print("IndexError")
try:
    [1].pop(5)
except IndexError:
    print("IndexError")
l = [1, 2, 3]
l.insert(0, 0)
l.insert(100, 9)
l.insert(-1, 8)
l.insert(-100, -1)
print(l)
l.extend(range(2))
l.extend("ab")
l.extend((7,))
print(l)
l.reverse()
print(l)
m = l.copy()
m.clear()
print(m, len(l))
l = [3, 1, 2]
print(l.sort(), l)
print(l.append(4), l)
l[len(l):] = [5]
print(l)
print([1, 2] + [3], [[0]] * 2)
x = [[0]] * 2
x[0].append(1)
print(x)
