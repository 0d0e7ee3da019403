# os functions where MicroPython differs from CPython: ilistdir, uname, putenv, statvfs
import os
import mod_cleanup

d = "tmp_os_mp_%d" % os.getpid()
try:
    os.mkdir(d)
    os.mkdir(d + "/dir")
    with open(d + "/file", "w") as f:
        f.write("abc")
    ents = sorted(os.ilistdir(d))
    for e in ents:
        print(e[0], hex(e[1]), len(e), type(e[2]))
    print(sorted(os.ilistdir(d.encode()))[0][0])
    cwd = os.getcwd()
    os.chdir(d)
    print(sorted(x[0] for x in os.ilistdir()))
    os.chdir(cwd)

    # a dropped ilistdir iterator is fine (its directory is closed by the finaliser)
    it = os.ilistdir(d)
    print(type(next(it)) is tuple)
    it = None

    u = os.uname()
    print(len(u), u.sysname, u[0] == u.sysname, u.machine == u[4], type(u.release))
    print(repr(u)[:16])

    os.putenv("MP_TEST_VAR", "value")
    print(os.getenv("MP_TEST_VAR"))
    os.unsetenv("MP_TEST_VAR")
    print(os.getenv("MP_TEST_VAR"))

    sv = os.statvfs(d)
    print(len(sv), sv[0] > 0, sv.f_bsize == sv[0])
    st = os.stat(d + "/file")
    print(st.st_size, st.st_mode == st[0], isinstance(st, tuple))
    a, b, c, *rest = st
    print(len(rest), st[-4] == 3)

    os.remove(d + "/file")
    os.rmdir(d + "/dir")
    os.rmdir(d)
finally:
    mod_cleanup.rmtree(d)
