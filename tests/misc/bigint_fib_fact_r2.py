def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f = fib(500)
print(f, len(str(f)), f % 10**9, f.bit_length(), f // fib(499), str(f)[:20])
fact = 1
for i in range(1, 101):
    fact *= i
print(fact, sum(int(d) for d in str(fact)), len(str(fact)) - len(str(fact).rstrip("0")))
print(fact // (2**97), fact % 1000003, divmod(fact, fib(300))[1] % 10**6, pow(fact, 3, 10**12 + 39))
print(int(str(fact)) == fact, hex(f)[:16], int(hex(f), 16) == f, oct(fib(100)), bin(fib(40)))
n = 2**521 - 1
print(pow(3, n - 1, n) == 1, n % 7, -n // 3 % 1000, (n * n) >> 1000, (-n) & 0xFFFF, n ^ (n >> 1) > 0)
