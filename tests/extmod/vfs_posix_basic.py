# os on the unix port's POSIX VFS as MicroPython's VfsPosix: getcwd/chdir, stat() gives a
# tuple (type printed as tuple; st_* attributes too), listdir, ilistdir tuples (name, type,
# inode), file create/read, close twice, remove
import os

temp_file = "micropy_vfs_test_file.txt"
try:
    os.stat(temp_file)
    os.remove(temp_file)
except OSError:
    pass
curdir = os.getcwd()
os.chdir("/")
print(os.getcwd())
os.chdir(curdir)
print(os.getcwd() == curdir)
st = os.stat("/")
print(type(st), len(st), st[0] & 0o170000 == 0o040000, st.st_mode == st[0])
print(type(os.listdir("/")), type(os.statvfs("/")), len(os.statvfs("/")))
f = open(temp_file, "w")
f.write("hello")
f.close()
f.close()
f = open(temp_file, "r")
print(f.read())
f.close()
st = os.stat(temp_file)
print(st[6], st.st_size, st[0] & 0o170000 == 0o100000)
entry = [e for e in os.ilistdir(".") if e[0] == temp_file][0]
print(type(entry).__name__, len(entry), entry[1] == 0x8000, entry[2] > 0)
print(temp_file in os.listdir(), temp_file in os.listdir("."))
os.remove(temp_file)
print(temp_file in os.listdir())
print(hasattr(os, "VfsPosix"), type(os.VfsPosix("/")).__name__)
