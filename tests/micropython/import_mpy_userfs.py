# .mpy files imported from a mounted Python-level file system: broken ones (empty, a short
# header, a wrong magic byte, an unknown version) raise ValueError("incompatible .mpy file"),
# a good one (read from tests/import) runs
import io
import os
import sys


class MemFile(io.IOBase):
    def __init__(self, data):
        self.data = memoryview(data)
        self.pos = 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

    def ioctl(self, req, arg):
        return 0


class MemFS:
    def __init__(self, files):
        self.files = files

    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        return MemFile(self.files[path])


with open("../import/mpy_hello.mpy", "rb") as f:
    good = f.read()
files = {
    "/bad_empty.mpy": b"",
    "/bad_short.mpy": b"M",
    "/bad_magic.mpy": b"X\x06\x00\x1f" + good[4:],
    "/bad_version.mpy": b"M\x01\x00\x1f",
    "/mem_hello.mpy": good,
}
os.mount(MemFS(files), "/memfs")
sys.path.append("/memfs")
for name in ("bad_empty", "bad_short", "bad_magic", "bad_version"):
    try:
        __import__(name)
        print(name, "imported")
    except ValueError as e:
        print(name, "ValueError", e)
import mem_hello

print(mem_hello.__file__)
os.umount("/memfs")
sys.path.pop()
