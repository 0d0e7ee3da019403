# open() and file objects: modes, reading, writing, seeking, errors
import os
import mod_cleanup

d = "tmp_file_basic_%d" % os.getpid()
try:
    os.mkdir(d)
    p = d + "/f.txt"

    with open(p, "w") as f:
        print(f.name == p, f.mode, f.closed, f.writable(), f.readable())
        print(f.write("line one\n"), f.write("zwei: \u00fc\u00df\n"), f.write("\u20ac3\U0001f600\n"))
        f.writelines(["a\n", "b\n", "c"])
    print(f.closed)

    with open(p) as f:
        print(repr(f.read()))
    with open(p) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(f.readlines())
    with open(p) as f:
        print([l for l in f])
    with open(p) as f:
        print(repr(f.read(6)), repr(f.read(12)), repr(f.read(2)), repr(f.read(0)))
        print(f.tell() > 0)
        f.seek(0)
        print(repr(f.read(4)))

    with open(p, "rb") as f:
        print(f.mode, f.read(5), f.tell())
        print(f.readline())
        print(f.seek(-3, 2), f.read())
        print(f.seek(2), f.seek(3, 1), f.read(4))
        b = bytearray(6)
        f.seek(0)
        print(f.readinto(b), b)
        print(f.read(0), f.seekable())

    # append and read/write modes
    with open(p, "a") as f:
        f.write("\nappended")
    with open(p, "a+") as f:
        print(repr(f.read()))
        f.seek(0)
        print(repr(f.readline()))
    with open(p, "r+") as f:
        f.write("LINE")
        f.seek(0)
        print(repr(f.readline()))
    with open(p, "w+b") as f:
        f.write(b"0123456789")
        f.seek(4)
        print(f.read(3), f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())

    # x mode
    try:
        open(p, "x")
    except OSError as e:
        print(type(e).__name__, e.errno)
    with open(d + "/new", "x") as f:
        f.write("x")
    print(open(d + "/new").read())

    # utf-8 decoding across read-ahead buffer boundaries
    s = "".join(chr(0x41 + i % 26) + "\u00e9\u4e2d\U0001f600" for i in range(3000))
    with open(p, "w", encoding="utf-8") as f:
        f.write(s)
    with open(p, encoding="utf-8") as f:
        got = []
        while True:
            c = f.read(1)
            if not c:
                break
            got.append(c)
    print(len(got), "".join(got) == s)
    for n in (1, 3, 7, 4095, 4096, 4097, 10000):
        with open(p) as f:
            parts = []
            while True:
                c = f.read(n)
                if not c:
                    break
                parts.append(c)
            print(n, len(parts), "".join(parts) == s, max(len(x) for x in parts))
    with open(p, "rb") as f:
        print(len(f.read()))

    # errors
    for mode in ("rw", "z", "rr", "bt", "+"):
        try:
            open(p, mode)
        except ValueError:
            print("ValueError", mode)
    try:
        open(d + "/missing")
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        open(d)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        open(p, "r", buffering=0)
    except ValueError:
        print("ValueError buffering")
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError:
        print("ValueError encoding")
    try:
        open(p, encoding="no-such-codec")
    except LookupError:
        print("LookupError")
    f = open(p, "rb", buffering=0)
    print(f.read(3))
    f.close()
    f = open(p, "w")
    try:
        f.write(b"bytes")
    except TypeError:
        print("TypeError text")
    try:
        f.read()
    except OSError:
        print("not readable")
    f.close()
    f = open(p, "wb")
    try:
        f.write("str")
    except TypeError:
        print("TypeError binary")
    f.close()
    for op in (lambda: f.read(), lambda: f.write(b"x"), lambda: f.tell(), lambda: f.fileno()):
        try:
            op()
        except ValueError:
            print("ValueError closed")
    f.close()

    # a file from an fd, closefd=False
    f = open(p, "w")
    g = open(f.fileno(), "w", closefd=False)
    g.write("via fd")
    g.close()
    print(f.closed)
    f.close()
    print(open(p).read())

    for name in os.listdir(d):
        os.remove(d + "/" + name)
    os.rmdir(d)
    print(os.path.exists(d) if hasattr(os, "path") else False)
finally:
    mod_cleanup.rmtree(d)
