x = 1
x += x * 2
x **= 2
x //= 4
x %= 3
x <<= 3
x >>= 1
x |= 1
x &= 7
x ^= 2
print(x)
l = [1]
l *= 3
l += 'ab'
print(l)
t = (1,)
t += (2,)
t *= 2
print(t)
s = 'a'
s += 'b'
s *= 2
print(s)
class A:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = A()
lst = [a]
lst[0] += 5
print(a.items)
d = {'k': [1]}
d['k'] += [2]
print(d)
class C: pass
c = C(); c.n = 1; c.n += 5; print(c.n)
