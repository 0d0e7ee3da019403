try:
    import micropython
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit
X = const(10)
_Y = const(X * 2 + 1)
Z = const("s")
print(X, _Y, Z, const(1 << 4))
print(micropython.opt_level() >= 0)
old = micropython.opt_level()
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(old)
class C:
    K = const(5)
print(C.K)
