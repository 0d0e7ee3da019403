# vfs: mounting host directories (VfsPosix) and a Python-level file system
import os, vfs
import mod_cleanup

base = os.getcwd()
d = "tmp_vfs_%d" % os.getpid()
try:
    os.mkdir(d)
    os.mkdir(d + "/real")
    with open(d + "/real/hello.txt", "w") as f:
        f.write("hello from the host\n")

    fs = vfs.VfsPosix(d + "/real")
    print(type(fs).__name__)
    vfs.mount(fs, "/mnt_" + d)
    m = "/mnt_" + d
    print(os.listdir(m))
    print(open(m + "/hello.txt").read(), end="")
    with open(m + "/new.txt", "w") as f:
        f.write("written through the mount")
    print(sorted(os.listdir(d + "/real")))
    print(os.stat(m + "/new.txt")[6])
    os.mkdir(m + "/sub")
    os.rename(m + "/new.txt", m + "/sub/moved.txt")
    print(sorted(os.listdir(m)), os.listdir(m + "/sub"))

    # cwd inside the mount
    os.chdir(m + "/sub")
    print(os.getcwd() == m + "/sub", os.listdir())
    print(open("moved.txt").read())
    os.chdir("..")
    print(os.getcwd() == m, sorted(os.listdir()))
    os.chdir(base)
    print(os.getcwd() == base)

    # mounting twice at one place, unmounting what is not mounted
    try:
        vfs.mount(fs, m)
    except OSError as e:
        print("OSError", e.errno)
    try:
        vfs.mount(fs, "/")
    except OSError as e:
        print("OSError", e.errno)
    print(any(p == m for f, p in vfs.mount()))

    os.remove(m + "/sub/moved.txt")
    os.rmdir(m + "/sub")
    vfs.umount(m)
    try:
        vfs.umount(m)
    except OSError as e:
        print("OSError", e.errno)
    try:
        os.listdir(m)
    except OSError as e:
        print("OSError", e.errno)

    # a file system written in Python: the VFS calls its methods with paths inside it
    class MemFS:
        def __init__(self):
            self.files = {"/a": "alpha", "/b": "beta"}
            self.log = []
        def mount(self, readonly, mkfs):
            self.log.append("mount")
        def umount(self):
            self.log.append("umount")
        def ilistdir(self, path):
            self.log.append("ilistdir " + path)
            for name in sorted(self.files):
                yield (name[1:], 0x8000, 0)
        def stat(self, path):
            self.log.append("stat " + path)
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        def open(self, path, mode):
            self.log.append("open %s %s" % (path, mode))
            import io
            return io.StringIO(self.files[path])
        def remove(self, path):
            self.log.append("remove " + path)
            del self.files[path]

    mem = MemFS()
    vfs.mount(mem, "/mem")
    print(os.listdir("/mem"), os.stat("/mem/b")[6])
    print(open("/mem/a").read())
    os.remove("/mem/a")
    print(os.listdir("/mem"))
    vfs.umount("/mem")
    print(mem.log)

    # the host is unchanged after unmounting
    print(sorted(os.listdir(d + "/real")))
    os.remove(d + "/real/hello.txt")
    os.rmdir(d + "/real")
    os.rmdir(d)
    print(d in os.listdir())
finally:
    mod_cleanup.rmtree(d)
