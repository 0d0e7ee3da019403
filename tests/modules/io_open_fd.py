# io.open is the built-in open; open() of a descriptor that is not open fails at once (EBADF)
import io, errno
print(io.open is open)
try:
    open(123456)
    print('no error')
except OSError as e:
    print('OSError', e.errno == errno.EBADF)
f = io.open(__file__)
print(f.readline().startswith('# io.open'))
f.close()
