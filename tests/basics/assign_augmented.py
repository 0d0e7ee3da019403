# augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0xf0; print(x)
x &= 0x3c; print(x)
x ^= 0xff; print(x)
x /= 2; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
l *= 2
print(m)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {'a': [1]}
d['a'] += [2]
d['b'] = 0
d['b'] += 1
print(d)
class C: pass
c = C(); c.v = 1; c.v += 41; print(c.v)
arr = [1, 2, 3]
i = 0
arr[i + 1] *= 10
print(arr)
