# Importing from a file system object written in Python and mounted with os.mount (what
# mpremote's `mount` does): import stats through its stat(), reads through its open(path, "rb")
# and the file's readinto() (an io.IOBase file) or read(); packages, a missing module, and a
# module that raises all behave as on disk
import io
import os
import sys


class File(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.off = 0

    def ioctl(self, request, arg):
        return 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.off, 7)  # a few bytes a call
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

    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        if any(f.startswith(path + "/") for f in self.files):
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)

    def ilistdir(self, path):
        return iter([])


files = {
    "/vmod.py": b"print('vmod runs', __name__)\nvalue = 6 * 7\n",
    "/vpkg/__init__.py": b"print('vpkg init')\nfrom . import sub\n",
    "/vpkg/sub.py": b"name = __name__\n",
    "/vbad.py": b"raise ValueError('vbad')\n",
}
os.mount(Filesystem(files), "/vfs_imp")
sys.path.insert(0, "/vfs_imp")
import vmod

print(vmod.value, vmod.__file__)
import vpkg

print(vpkg.sub.name)
try:
    import vnone
except ImportError:
    print("ImportError")
try:
    import vbad
except ValueError as e:
    print("ValueError", e, "vbad" in sys.modules)
sys.path.pop(0)
os.umount("/vfs_imp")
