# os functions shared with CPython
import os
import mod_cleanup

print(os.sep, os.name)
d = "tmp_os_basic_%d" % os.getpid()
try:
    os.mkdir(d)
    try:
        os.mkdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno)
    os.mkdir(d + "/sub")
    with open(d + "/a.txt", "w") as f:
        f.write("12345")
    with open(d + "/b.bin", "wb") as f:
        f.write(b"\x00" * 1000)
    print(sorted(os.listdir(d)))
    print(sorted(os.listdir(d.encode())))

    st = os.stat(d + "/a.txt")
    print(len(st), st[6], st.st_size, st[0] == st.st_mode)
    print(st[0] & 0o170000 == 0o100000, os.stat(d)[0] & 0o170000 == 0o040000)
    print(os.stat(d + "/b.bin")[6], type(st[8]) is int)
    try:
        os.stat(d + "/nope")
    except OSError as e:
        print(type(e).__name__, e.errno)

    os.rename(d + "/a.txt", d + "/c.txt")
    print(sorted(os.listdir(d)))
    os.remove(d + "/c.txt")
    os.unlink(d + "/b.bin")
    try:
        os.remove(d + "/c.txt")
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.rmdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno)
    os.rmdir(d + "/sub")
    print(os.listdir(d))

    cwd = os.getcwd()
    os.chdir(d)
    print(os.getcwd() == cwd + "/" + d, os.listdir())
    with open("rel.txt", "w") as f:
        f.write("rel")
    os.chdir("..")
    print(os.getcwd() == cwd, os.listdir(d))
    os.remove(d + "/rel.txt")
    try:
        os.chdir(d + "/nope")
    except OSError as e:
        print(type(e).__name__, e.errno)
    os.rmdir(d)

    print(os.getenv("HOME") is not None, os.getenv("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "dflt"))
    r = os.urandom(16)
    print(type(r), len(r), len(os.urandom(0)))
    print(os.system("exit 0"), os.system("exit 3") >> 8)
    print(type(os.getpid()))
finally:
    mod_cleanup.rmtree(d)
