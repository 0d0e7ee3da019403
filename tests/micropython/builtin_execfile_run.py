# execfile(path, globals=None, locals=None) (MicroPython's unix port builtin): runs a file's
# source in the caller's globals or the given dicts, reading host files or a mounted
# Python-level file system (opened "rb"); a missing file is OSError, a bad argument TypeError
import io
import os


class File(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.off = 0

    def ioctl(self, request, arg):
        return 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.off)
        buf[:n] = self.data[self.off : self.off + n]
        self.off += n
        return n


class Filesystem:
    def __init__(self, files):
        self.files = files

    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)

    def umount(self):
        print("umount")

    def open(self, path, mode):
        print("open", path, mode)
        if path not in self.files:
            raise OSError(2)
        return File(self.files[path])


fs = Filesystem({"/prog.py": b"print('prog', 6 * 7)\nfrom_vfs = 1\n"})
os.mount(fs, "/ef_mnt")
try:
    execfile("/ef_mnt/missing.py")
except OSError as e:
    print("OSError", e.errno)
execfile("/ef_mnt/prog.py")
print(from_vfs)
os.umount(fs)

name = "execfile_tmp_prog.py"
with open(name, "w") as f:
    f.write("x = 5\ny = x * 2\n")
g = {}
execfile(name, g)
print(g["y"], "y" in globals())
loc = {}
execfile(name, {}, loc)
print(sorted(loc))
execfile(name)
print(y)
os.remove(name)
try:
    execfile(1)
except TypeError:
    print("TypeError")
