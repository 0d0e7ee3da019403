# Big-number algorithms: toy RSA, Miller-Rabin, continued fractions, integer sqrt

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m

def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n

def isqrt(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

print([n for n in range(90, 140) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561))
p = next_prime(10 ** 20)
q = next_prime(3 * 10 ** 19 + 12345)
print(p, q)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("n =", n)
print("d bits", d.bit_length(), (e * d) % phi)
msg = "Hello RSA!"
m = int.from_bytes(msg.encode(), 'big')
c = pow(m, e, n)
m2 = pow(c, d, n)
print(c)
print(m2 == m, m2.to_bytes((m2.bit_length() + 7) // 8, 'big').decode())
sig = pow(12345678901234567890, d, n)
print(pow(sig, e, n) == 12345678901234567890)
try:
    modinv(6, 9)
except ValueError as ex:
    print("ValueError", ex)
print(egcd(240, 46), modinv(3, 11), pow(3, -1, 11))

def cont_frac(num, den, limit=40):
    terms = []
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms

def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield h1, k1

print(cont_frac(415, 93), cont_frac(649, 200))
big_pi = 314159265358979323846264338327950288419716939937510
print(cont_frac(big_pi, 10 ** 50, 12))
for h, k in list(convergents(cont_frac(big_pi, 10 ** 50, 8))):
    print("  %d/%d" % (h, k))

def sqrt_cf(n):
    a0 = isqrt(n)
    if a0 * a0 == n:
        return [a0], []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return [a0], period

for n in (2, 3, 7, 13, 61, 16):
    print(n, sqrt_cf(n))

def pell(n):
    a0, per = sqrt_cf(n)
    terms = a0 + per * 4
    for h, k in convergents(terms):
        if h * h - n * k * k == 1:
            return h, k
print(pell(61), pell(109))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(100))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % (10 ** 9 + 7), f.bit_length(), -f // 7, -f % 7)
print(divmod(-2 ** 100, 12345), divmod(2 ** 100, -12345), abs(-2 ** 65), (2 ** 64) ** 0.5)
print(int("123456789" * 5) * int("987654321" * 4), hex(2 ** 100 - 1), int("ff" * 20, 16))
collatz_max = max(range(1, 3000), key=lambda s: (lambda n, c=0: c)(s))
def collatz_len(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_max)
