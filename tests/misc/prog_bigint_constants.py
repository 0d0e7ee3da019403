# Big-integer computation of constants: e, pi (Machin), sqrt(2) via Newton, Fibonacci via doubling

def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)

def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    k = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * k + 1))
        sign = -sign
        k += 1
    return total

def pi_digits(n):
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)

def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def sqrt2_digits(n):
    return str(isqrt(2 * 10 ** (2 * n)))

def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)

def fmt_digits(s, group=10, per_line=50):
    lines = []
    for i in range(0, len(s), per_line):
        chunk = s[i:i + per_line]
        lines.append(' '.join(chunk[j:j + group] for j in range(0, len(chunk), group)))
    return lines

e = e_digits(120)
print("e =", e[0] + "." + e[1:21])
for ln in fmt_digits(e[1:]):
    print("   ", ln)
pi = pi_digits(150)
print("pi =", pi[0] + "." + pi[1:21])
for ln in fmt_digits(pi[1:]):
    print("   ", ln)
r2 = sqrt2_digits(80)
print("sqrt2 =", r2[0] + "." + r2[1:])
counts = [pi.count(str(d)) for d in range(10)]
print("digit counts in pi:", counts, sum(counts))
print(pi.find("999"), pi.find("2643"), e.find("2718", 1))
f1000 = fib_pair(1000)[0]
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
print([fib_pair(n)[0] for n in range(15)])
a, b = fib_pair(300)
print(b * b - a * b - a * a)
phi_approx = b * 10 ** 30 // a
print(phi_approx)
fact = 1
for i in range(2, 101):
    fact *= i
s = str(fact)
print(len(s), sum(int(c) for c in s), len(s) - len(s.rstrip('0')))
print(fact.bit_length(), fact >> 500, (fact & 0xFFFF), hex(fact)[:20])
catalan = [1]
for n in range(1, 30):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan[:12], catalan[-1])
print(pow(2, 2 ** 10, 10 ** 20), pow(3, 10 ** 6, 1000000007), pow(7, 222, 1000) == (7 ** 222) % 1000)
print(-(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 30) // -7, divmod(10 ** 25 + 3, 10 ** 12))
print(int("9" * 60) + 1 == 10 ** 60, str(10 ** 40 - 1).count('9'), int(str(2 ** 200)[::-1]) % 97)
