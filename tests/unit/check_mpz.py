#!/usr/bin/env python3
"""Randomised differential test of py/mpz.c against CPython's int.

Usage: check_mpz.py PATH/TO/test_mpz [N_PER_OP] [SEED]

Generates operations (add, sub, mul, divmod, pow, powmod, invmod, gcd, and,
or, xor, not, shifts, cmp, hash, bit_length, float conversion, true division,
str in every base, parsing, to/from bytes, machine-int conversions), runs them
through `test_mpz ops` and compares every result with Python's.
"""
import math
import random
import subprocess
import sys


def hx(v):
    return ('-' if v < 0 else '') + format(abs(v), 'x')


def structured(bits):
    """A number made of runs of ones and zeros (stresses carries/borrows)."""
    v = 0
    pos = 0
    while pos < bits:
        run = random.choice([1, 2, 5, 31, 32, 33, 64, random.randint(1, 200)])
        if random.random() < 0.5:
            v |= ((1 << run) - 1) << pos
        pos += run
    return v & ((1 << bits) - 1)


def rnd(maxbits=3000, allow_neg=True):
    r = random.random()
    if r < 0.05:
        v = random.randint(0, 3)
    elif r < 0.15:
        k = random.choice([31, 32, 33, 63, 64, 65, 96, 127, 128, random.randint(0, maxbits)])
        v = (1 << k) + random.randint(-2, 2)
    elif r < 0.35:
        v = structured(random.randint(1, maxbits))
    elif r < 0.5:
        v = random.getrandbits(random.randint(1, 130))
    else:
        v = random.getrandbits(random.randint(1, maxbits))
    v = max(v, 0)
    if allow_neg and random.random() < 0.5:
        v = -v
    return v


def fdiv_ok(a, b):
    try:
        return a / b
    except OverflowError:
        return None


def gen_cases(n, big):
    cases = []  # (line, expected or checker)
    mb = 3000
    for _ in range(n):
        a, b = rnd(mb), rnd(mb)
        cases.append((f"add {hx(a)} {hx(b)}", hx(a + b)))
        cases.append((f"sub {hx(a)} {hx(b)}", hx(a - b)))
        cases.append((f"and {hx(a)} {hx(b)}", hx(a & b)))
        cases.append((f"or {hx(a)} {hx(b)}", hx(a | b)))
        cases.append((f"xor {hx(a)} {hx(b)}", hx(a ^ b)))
        cases.append((f"not {hx(a)}", hx(~a)))
        cases.append((f"neg {hx(a)}", hx(-a)))
        cases.append((f"abs {hx(a)}", hx(abs(a))))
        cases.append((f"cmp {hx(a)} {hx(b)}", str((a > b) - (a < b))))
        cases.append((f"cmp {hx(a)} {hx(a)}", "0"))
        cases.append((f"hash {hx(a)}", str(hash(a))))
        cases.append((f"bitlen {hx(a)}", f"{a.bit_length()} {bin(a).count('1')}"))
        k = random.choice([0, 1, 31, 32, 33, 64, random.randint(0, 100), random.randint(0, 5000)])
        cases.append((f"shl {hx(a)} {k}", hx(a << k)))
        cases.append((f"shr {hx(a)} {k}", hx(a >> k)))
        # multiplication, sizes around and above the Karatsuba thresholds, unbalanced too
        if big:
            x = rnd(random.choice([3000, 6000, 20000, 40000]))
            y = rnd(random.choice([100, 3000, 6000, 20000, 40000]))
        else:
            x, y = rnd(mb), rnd(mb)
        cases.append((f"mul {hx(x)} {hx(y)}", hx(x * y)))
        cases.append((f"sqr {hx(x)}", hx(x * x)))
        if big:
            # large radix conversions exercise the divide-and-conquer paths
            bb = random.choice([10, 10, 3, 7, 12, 36, random.randint(2, 36)])
            cases.append((f"str {hx(x)} {bb}", to_base(x, bb)))
            cases.append((f"parse {bb} {to_base(x, bb)}", f"{len(to_base(abs(x), bb))} {hx(x)}"))
            z = 10 ** random.randint(1000, 12000) + random.choice([-1, 0, 1])
            cases.append((f"str {hx(z)} 10", str(z)))
            cases.append((f"parse 10 {z}", f"{len(str(z))} {hx(z)}"))
        # division: random, near-multiples and structured divisors
        d = rnd(mb) or 1
        q = rnd(mb)
        num = random.choice([a, q * d + random.randint(-3, 3), q * d, structured(random.randint(1, 6000))])
        if random.random() < 0.5:
            num = -num
        cases.append((f"divmod {hx(num)} {hx(d)}", f"{hx(num // d)} {hx(num % d)}"))
        if big:
            d2 = rnd(20000) or 1
            n2 = rnd(40000)
            cases.append((f"divmod {hx(n2)} {hx(d2)}", f"{hx(n2 // d2)} {hx(n2 % d2)}"))
        g1, g2 = rnd(mb), rnd(mb)
        if random.random() < 0.4:
            c = rnd(600)
            g1, g2 = g1 * c, g2 * c
        cases.append((f"gcd {hx(g1)} {hx(g2)}", hx(math.gcd(g1, g2))))
        base = rnd(200)
        e = random.choice([0, 1, 2, 3, random.randint(0, 40), random.randint(0, 300)])
        if abs(base) <= 1 or base.bit_length() * e < 60000:
            cases.append((f"pow {hx(base)} {hx(e)}", hx(base ** e)))
        m = rnd(random.choice([40, 64, 200, 1000, 2500])) or 7
        e2 = rnd(random.choice([8, 64, 300, 1000, 2500]), allow_neg=False)
        b2 = rnd(2500)
        cases.append((f"powmod {hx(b2)} {hx(e2)} {hx(m)}", hx(pow(b2, e2, m))))
        try:
            inv = hx(pow(b2, -1, m))
        except ValueError:
            inv = "none"
        cases.append((f"invmod {hx(b2)} {hx(m)}", inv))
        # floats
        f = rnd(random.choice([60, 1100, 3000]))
        try:
            fv = float(f)
            cases.append((f"todouble {hx(f)}", ("float", fv)))
        except OverflowError:
            cases.append((f"todouble {hx(f)}", "overflow"))
        p_, q_ = rnd(random.choice([60, 200, 1200, 3000])), rnd(random.choice([60, 200, 1200, 3000])) or 1
        r = fdiv_ok(p_, q_)
        cases.append((f"truediv {hx(p_)} {hx(q_)}", "overflow" if r is None else ("float", r)))
        fa = rnd(random.choice([10, 60, 1100]))
        try:
            ff = float(fa)
        except OverflowError:
            ff = 1.7976931348623157e308 if fa > 0 else -1.7976931348623157e308
        fd = random.choice([ff, ff + random.choice([0.5, -0.25, 1.0, -1.0]), random.uniform(-1e20, 1e20),
                            float('inf'), float('-inf'), 0.0, -0.0, ff * 2.0 ** random.randint(-60, 0)])
        cases.append((f"cmpdouble {hx(fa)} {fd.hex() if math.isfinite(fd) else ('inf' if fd > 0 else '-inf')}",
                      str((fa > fd) - (fa < fd))))
        fl = random.choice([random.uniform(-1e6, 1e6), random.uniform(-1, 1) * 10.0 ** random.randint(0, 308),
                            float(random.getrandbits(60)), -float(1 << random.randint(0, 1000))])
        cases.append((f"fromdouble {fl.hex()}", hx(int(fl))))
        # text
        base_ = random.randint(2, 36)
        cases.append((f"str {hx(a)} {base_}", to_base(a, base_)))
        cases.append((f"str {hx(a)} 10", str(a)))
        txt = to_base(abs(a), base_)
        if random.random() < 0.3:
            txt = txt.upper()
        if random.random() < 0.3:
            txt = '0' * random.randint(1, 5) + txt
        tail = random.choice(['', '', '_1', 'z', '.', '@'])
        valid = len(txt)
        if tail == 'z' and base_ == 36:
            valid += 1
        sgn = '-' if a < 0 else ''
        cases.append((f"parse {base_} {sgn}{txt}{tail}", f"{valid} {hx(int(sgn + (txt + tail)[:valid], base_) if valid else 0)}"))
        # bytes
        nb = random.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, (abs(a).bit_length() + 7) // 8, (abs(a).bit_length() + 8) // 8,
                            random.randint(0, 400)])
        for be in (0, 1):
            for sg in (0, 1):
                try:
                    exp = a.to_bytes(nb, 'big' if be else 'little', signed=bool(sg)).hex() or "empty"
                except OverflowError:
                    exp = "overflow"
                cases.append((f"tobytes {hx(a)} {nb} {be}{sg}", exp))
        raw = random.getrandbits(8 * nb).to_bytes(nb, 'big') if nb else b''
        if nb and random.random() < 0.3:
            raw = bytes([0x80]) + bytes(nb - 1)
        for be in (0, 1):
            for sg in (0, 1):
                v = int.from_bytes(raw, 'big' if be else 'little', signed=bool(sg))
                cases.append((f"frombytes {raw.hex() or 'empty'} {be}{sg}", hx(v)))
        # machine ints
        cv = random.choice([a, (1 << 63) + random.randint(-2, 2), -(1 << 63) + random.randint(-2, 2),
                            (1 << 64) + random.randint(-2, 2), -(1 << 64) + random.randint(-2, 2)])
        s1 = str(cv) if -(1 << 63) <= cv < (1 << 63) else "none"
        s2 = str(cv) if 0 <= cv < (1 << 64) else "none"
        cases.append((f"conv {hx(cv)}", f"{s1} {s2} {cv % (1 << 64)}"))
        ci = random.choice([0, 1, -1, random.randint(-(1 << 63), (1 << 63) - 1)])
        cv2 = random.choice([a, ci, ci + 1, ci - 1])
        cases.append((f"cmpint {hx(cv2)} {ci}", str((cv2 > ci) - (cv2 < ci))))
    return cases


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(v, base):
    if v == 0:
        return "0"
    s = []
    n = abs(v)
    while n:
        n, r = divmod(n, base)
        s.append(DIGITS[r])
    return ('-' if v < 0 else '') + ''.join(reversed(s))


def main():
    exe = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12345
    random.seed(seed)
    sys.set_int_max_str_digits(0)
    cases = gen_cases(n, big=False) + gen_cases(max(n // 10, 10), big=True)
    inp = '\n'.join(c[0] for c in cases) + '\n'
    out = subprocess.run([exe, 'ops'], input=inp, capture_output=True, text=True)
    lines = out.stdout.split('\n')
    fails = 0
    for i, (line, exp) in enumerate(cases):
        got = lines[i] if i < len(lines) else '<missing>'
        if isinstance(exp, tuple):
            ok = got != 'overflow' and got != '<missing>' and float.fromhex(got) == exp[1] and \
                (str(float.fromhex(got))[0] == '-') == (str(exp[1])[0] == '-')
        else:
            ok = got == exp
        if not ok:
            fails += 1
            if fails <= 10:
                print(f"MISMATCH: {line[:200]}\n  got      {got[:150]}...{got[-60:]}\n  expected {str(exp)[:150]}...{str(exp)[-60:]}")
    if out.returncode != 0 or out.stderr:
        print(f"driver exit code {out.returncode}\n{out.stderr[-3000:]}")
        fails += 1
    print(f"{len(cases)} cases, {fails} failures")
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
