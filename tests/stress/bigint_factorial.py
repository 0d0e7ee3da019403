# factorial with 2000+ digits
f = 1
for i in range(1, 801):
    f *= i
s = str(f)
print(len(s), s[:50], s[-60:].count('0'))
print(sum(int(c) for c in s))
g = f
for i in range(800, 0, -1):
    assert g % i == 0
    g //= i
print(g)
f2 = 1
for i in range(2, 1001):
    f2 *= i
print(len(str(f2)), str(f2)[:20])
print(f2 // f % 1000000007)
