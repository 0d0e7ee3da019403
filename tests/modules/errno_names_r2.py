import errno
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ETIMEDOUT", "ECONNREFUSED", "EINPROGRESS", "EALREADY", "ECONNRESET", "EADDRINUSE"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode.get(v) == n)
for ecode, cls in [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EACCES, PermissionError), (errno.EISDIR, IsADirectoryError), (errno.EAGAIN, BlockingIOError), (errno.ETIMEDOUT, TimeoutError), (errno.ECONNREFUSED, ConnectionRefusedError)]:
    e = OSError(ecode, "msg")
    print(type(e).__name__, isinstance(e, cls), e.errno == ecode, str(e))
