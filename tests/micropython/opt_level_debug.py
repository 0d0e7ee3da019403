# micropython.opt_level(n) governs code compiled afterwards: __debug__ is True only at level 0
# and asserts are compiled out above it; setting returns None
import micropython

print(micropython.opt_level(0), micropython.opt_level())
exec("print(__debug__)")
micropython.opt_level(1)
print(micropython.opt_level())
exec("print(__debug__)")
exec("assert 0")
micropython.opt_level(0)
exec("print(__debug__)")
try:
    exec("assert 0, 'level 0'")
except AssertionError as e:
    print("AssertionError", e)
