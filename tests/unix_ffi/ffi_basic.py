# ffi: calling libc and libm functions with each kind of argument and result.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libc = ffi.open("libc.so.6")

strlen = libc.func("L", "strlen", "s")
print(strlen("hello"), strlen(""), strlen(b"ab\x00cd"), strlen("h\u00e9"))

abs_ = libc.func("i", "abs", "i")
print(abs_(-42), abs_(7), abs_(0))
labs = libc.func("l", "labs", "l")
print(labs(-(2**40)))
llabs = libc.func("q", "llabs", "q")
print(llabs(-(2**62)))

# unsigned results beyond the signed range
strtoul = libc.func("L", "strtoul", "spi")
print(strtoul("18446744073709551615", None, 10))
print(strtoul("ff", None, 16), strtoul("777", 0, 8))
strtoull = libc.func("Q", "strtoull", "spi")
print(strtoull("12345678901234567890", None, 10))

toupper = libc.func("i", "toupper", "i")
print(chr(toupper(ord("q"))))

# argument codes as a tuple of 1-character strings
atoi = libc.func("i", "atoi", ("s",))
print(atoi("-123"), atoi(b"456"))

# a char * result; NULL comes back as None
setenv = libc.func("i", "setenv", "ssi")
getenv = libc.func("s", "getenv", "s")
print(setenv("UNIX_FFI_TEST", "some value", 1))
print(getenv("UNIX_FFI_TEST"))
print(getenv("UNIX_FFI_TEST_NOT_SET"))
unsetenv = libc.func("i", "unsetenv", "s")
print(unsetenv("UNIX_FFI_TEST"), getenv("UNIX_FFI_TEST"))

# no arguments, void result
getpid = libc.func("i", "getpid", "")
print(getpid() > 0)
srand = libc.func("v", "srand", "I")
print(srand(1))

# a pointer result and ffi.as_bytearray over it (a view, not a copy)
buf = bytearray(b"abcdef")
memset = libc.func("p", "memset", "pil")
addr = memset(buf, ord("x"), 2)
print(buf, type(addr) is int, addr != 0)
view = ffi.as_bytearray(addr, 4)
print(view)
view[3] = ord("D")
print(buf)
print(ffi.as_bytearray(addr, 0))

# floats: double and float arguments and results, ints accepted for them
libm = ffi.open("libm.so.6")
cos = libm.func("d", "cos", "d")
print(cos(0.0), cos(0), round(cos(1.0), 6))
pow_ = libm.func("d", "pow", "dd")
print(pow_(2, 10), pow_(2.0, 0.5))
sqrtf = libm.func("f", "sqrtf", "f")
print(sqrtf(2.25), sqrtf(16))
ldexp = libm.func("d", "ldexp", "di")
print(ldexp(0.75, 4))

# a function from an address; the program itself (None or no name) sees libc too
addr = libc.addr("abs")
print(type(addr) is int and addr != 0)
abs2 = ffi.func("i", addr, "i")
print(abs2(-5))
me = ffi.open(None)
print(me.func("i", "abs", "i")(-6))
print(ffi.open().func("L", "strlen", "s")("four"))

# variables: libc's getopt globals start at opterr=1, optind=1
opterr = libc.var("i", "opterr")
print(opterr.get())
opterr.set(0)
print(opterr.get())
opterr.set(1)
print(opterr.get())
environ = libc.var("p", "environ")
print(environ.get() != 0)

# pointers passed as int, None, bytes and functions
memcmp = libc.func("i", "memcmp", "ppL")
print(memcmp(b"abc", b"abd", 2), memcmp(b"abc", b"abd", 3) < 0)
strchr = libc.func("p", "strchr", "si")
print(strchr("hello", ord("z")))
s = b"hello"
p = strchr(s, ord("l"))
print(ffi.as_bytearray(p, 3))

libc.close()
try:
    libc.func("i", "abs", "i")
except ValueError as e:
    print("ValueError", e)
libc.close()  # closing twice is harmless
