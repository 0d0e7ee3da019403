# MicroPython's u-prefixed names: with no such file on the path, `import ujson` gives the
# built-in json module itself; a file of that name on the path would win.
import json, ujson
print(ujson is json, ujson.dumps([1]))
names = ["uos", "utime", "ujson", "ure", "urandom", "uhashlib", "ubinascii", "uheapq",
         "ucollections", "uio", "ustruct", "uerrno", "uselect", "usocket", "uarray",
         "ucryptolib", "uplatform", "usys"]
for n in names:
    m = __import__(n)
    print(n, m is __import__(n[1:]))
try:
    import unosuchmodule_qq
except ImportError as e:
    print(e)
import sys
print("ujson" in sys.modules)
