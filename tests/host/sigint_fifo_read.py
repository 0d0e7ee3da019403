# SIGINT while the target is blocked reading a FIFO (no writer data, so read() blocks in the
# kernel) raises KeyboardInterrupt promptly: the signal interrupts the read, the file layer sees
# the pending exception instead of retrying forever. Also while blocked in open() of a FIFO
# that has no writer yet.
import os
import signal
import tempfile
from mod_drive import Session, fail

d = tempfile.mkdtemp(prefix="mpfifo")
fifo = os.path.join(d, "fifo")
os.mkfifo(fifo)

# 1. blocked in read(): the writer end is open (held by us) but nothing is written
script = os.path.join(d, "reader.py")
with open(script, "w") as f:
    f.write("f = open(%r, 'rb')\nprint('opened')\ntry:\n    f.read(10)\nexcept KeyboardInterrupt:\n"
            "    print('KeyboardInterrupt in read')\nprint('after')\n" % fifo)
s = Session([script], mode="pty")
wfd = os.open(fifo, os.O_WRONLY)  # unblocks the target's open()
s.expect(b"opened\r\n")
os.kill(s.pid, signal.SIGINT)
out = s.expect(b"after\r\n")
print(out.decode().strip().splitlines()[-2:])
print("exit", s.wait())
os.close(wfd)

# 2. blocked in open(): no writer at all; the uncaught KeyboardInterrupt ends the program
script2 = os.path.join(d, "opener.py")
with open(script2, "w") as f:
    f.write("print('start')\nf = open(%r, 'rb')\nprint('not reached')\n" % fifo)
s = Session([script2], mode="pty")
s.expect(b"start\r\n")
os.kill(s.pid, signal.SIGINT)
out = s.read_all()
print("KeyboardInterrupt" in out.decode(), "not reached" in out.decode())
print("exit", s.wait())
os.remove(fifo)
for n in ("reader.py", "opener.py"):
    os.remove(os.path.join(d, n))
os.rmdir(d)
