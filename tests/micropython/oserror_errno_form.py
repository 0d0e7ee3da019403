# OSError as MicroPython raises and prints it: args (errno,), str "[Errno N] ENAME", and the
# printed type "OSError" whichever CPython subclass (FileNotFoundError, ...) it is.
import errno, os, sys, io

try:
    open("/nonexistent_dir_qq/file")
except OSError as e:
    print(e.args, str(e), repr(e), e.errno == errno.ENOENT)
    print(type(e).__name__, isinstance(e, FileNotFoundError))
    s = io.StringIO()
    sys.print_exception(e, s)
    print(s.getvalue().splitlines()[-1])

# ported CPython code still catches the subclasses
try:
    open("/nonexistent_dir_qq/file")
except FileNotFoundError as e:
    print("FileNotFoundError caught", e.errno, e.filename)
try:
    os.mkdir("/")
except FileExistsError as e:
    print("FileExistsError caught", e, e.strerror == "File exists")

# constructed by user code
print(str(OSError(errno.EEXIST)), OSError(errno.EINVAL).args)
print(str(OSError(2, "msg")), type(OSError(2, "msg")).__name__)
print(str(OSError(99999)))
class MyErr(OSError):
    pass
print(repr(MyErr(2)))
