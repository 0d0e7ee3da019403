# io.open is the built-in open; open() of a descriptor that is not open fails at once (EBADF)
import io, errno
print(io.open is open)
try:
    open(123456)
    print('no error')
except OSError as e:
    print('OSError', e.errno == errno.EBADF)
name = 'io_open_fd_tmp.txt'
with io.open(name, 'w') as f:
    f.write('# io.open\nsecond\n')
f = io.open(name)
print(f.readline().startswith('# io.open'), f.read())
f.close()
import os
os.remove(name)
