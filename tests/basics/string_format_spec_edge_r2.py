for v in [0, 5, -5, 255, 2**40, -2**70]:
    print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(v, v, v, v, v, v, v, 65) if v >= 0 else "{:b} {:o} {:x} {:#x}".format(v, v, v, v))
    print("{:,} {:_} {:_x} {:_b} {:+} {: } {:08} {:<8}| {:^9}| {:=+9}| {:*>10,}".format(v, v, v, v, v, v, v, v, v, v, v))
print("{:,.2f} {:,} {:_.3f} {:,d}".format(1234567.891, 1234567.891, 9876543.21, 10**9))
print("{:s} {:10s}| {:<.3s}| {:>5.1s}|".format("hi", "hi", "abcdef", "xyz"), "{!r:>6}".format("a"), "{0!s:^7}".format([1]))
print("{:%} {:.0%} {:.2%} {:e} {:.2E} {:g} {:G}".format(0.25, 0.125, 1, 1234.5, 0.000123, 1e20, 1e-20))
print("{0:{1}}|{0:{2}{1}}|{3:{4}.{5}f}".format("x", 5, ">", 3.14159, 8, 2))
print("{:d}".format(True), "{:f}".format(3), "{:.2f}".format(2**60), "{:e}".format(7), "{:g}".format(100000), "{:g}".format(1000000), "{:n}".format(1234))
for spec, v in [("d", 1.5), ("x", 1.5), ("s", 5), ("c", -1), (",s", "a"), ("=s", "a"), ("+s", "a"), ("z", 1), (".2d", 3), ("#s", "a")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, spec)
print(format(12, "#010x"), format(-12, "#010x"), format(12, "0=10"), format(-1.5, "010.2f"), format(1.5, "+010.2f"), format(-0.0, "+.1f"))
