# bigint arithmetic: factorials and pi digits (spigot)
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(2500)
f = 1
for i in range(1, 6000):
    f *= i
s = 0
v = f
while v:
    v, rem = divmod(v, 10 ** 18)
    s += rem % 1000
fibs = [0, 1]
for i in range(5000):
    fibs.append(fibs[-1] + fibs[-2])
p = pow(3, 10 ** 5, 10 ** 40 + 7)
print(''.join(map(str, d[:20])), sum(d), s, fibs[-1] % 1000000007, p % 999983, f % 1000000009)
