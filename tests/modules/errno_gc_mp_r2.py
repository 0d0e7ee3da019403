import errno, gc
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EAGAIN, errno.EBADF, errno.ENOMEM, errno.EPERM, errno.EISDIR, errno.ENOTDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL], type(errno.errorcode).__name__)
try:
    open("/nonexistent/zz/file")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__, e.args[0] == errno.ENOENT)
e = OSError(errno.EEXIST, "exists")
print(type(e).__name__, e.errno, e.strerror, e.args)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect() is None or isinstance(gc.collect(), int))
