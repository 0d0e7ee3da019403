# ffi: errors are exceptions, never crashes.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit
import errno

libc = ffi.open("libc.so.6")

def check(f, *args, **kw):
    try:
        f(*args, **kw)
        print("no error")
    except OSError as e:
        # (a subclass such as FileNotFoundError on ports that map errno values)
        print("OSError")
        return e
    except Exception as e:
        print(type(e).__name__)
        return e

# missing libraries and symbols: OSError(ENOENT)
e = check(ffi.open, "libdoes_not_exist_ffi.so")
print(e.errno == errno.ENOENT)
e = check(libc.func, "i", "no_such_function_xyz", "i")
print(e.errno == errno.ENOENT)
e = check(libc.var, "i", "no_such_variable_xyz")
print(e.errno == errno.ENOENT)
e = check(libc.addr, "no_such_symbol_xyz")
print(e.errno == errno.ENOENT)

# bad type codes
check(libc.func, "i", "abs", "x")
check(libc.func, "z", "abs", "i")
check(libc.func, "i", "abs", "v")
check(libc.func, "ii", "abs", "i")
check(libc.func, "i", "abs", ["ii"])
check(libc.func, 1, "abs", "i")
check(libc.var, "x", "opterr")
check(ffi.callback, "i", lambda: 0, "k")

# wrong number of arguments, keyword arguments
abs_ = libc.func("i", "abs", "i")
check(abs_)
check(abs_, 1, 2)
check(abs_, x=1)
e = check(libc.func("i", "getpid", ""), 1)
print(e)

# arguments that cannot be converted
check(abs_, "str")
check(abs_, 1.5)
check(abs_, None)
strlen = libc.func("L", "strlen", "s")
check(strlen, 1.5)
check(strlen, [1])
cos = ffi.open("libm.so.6").func("d", "cos", "d")
check(cos, "0")
check(ffi.as_bytearray, 0, 4)
check(ffi.as_bytearray, b"abc", -1)

# callbacks need a callable
check(ffi.callback, "i", 42, "i")
check(ffi.callback, "i", abs, "i", unknown=1)

# a closed library
lib = ffi.open("libm.so.6")
lib.close()
check(lib.func, "d", "cos", "d")
check(lib.addr, "cos")

print("still alive:", abs_(-1))
