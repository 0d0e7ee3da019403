# errno constants and OSError.errno
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EBADF, errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
try:
    open('/nonexistent_dir_xyz/file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, isinstance(e, OSError))
e = OSError(errno.EINVAL, 'invalid')
print(e.errno, e.args)
