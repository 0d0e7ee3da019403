# termios: errors on non-terminals and bad arguments; a full round trip on a pty master when
# /dev/ptmx can be opened (Linux reports the slave's settings through the master).
import termios
import errno

print(termios.TCSANOW != termios.TCSAFLUSH, termios.B9600 > 0, termios.NCCS > termios.VMIN)

f = open(__file__, "rb")
for arg in (f.fileno(), f):
    try:
        termios.tcgetattr(arg)
    except OSError as e:
        print("OSError", e.errno == errno.ENOTTY)
f.close()
for bad in ("x", -1, None):
    try:
        termios.tcgetattr(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

try:
    pty = open("/dev/ptmx", "r+b", buffering=0)
except OSError:
    pty = None
if pty is None:
    print("no pty")
    print("no pty")
    print("no pty")
    print("no pty")
else:
    fd = pty.fileno()
    attrs = termios.tcgetattr(fd)
    print(len(attrs), len(attrs[6]) == termios.NCCS)
    termios.setraw(fd)
    raw = termios.tcgetattr(fd)
    print(raw[3] & termios.ICANON, raw[3] & termios.ECHO, raw[6][termios.VMIN], raw[2] & termios.CSIZE == termios.CS8)
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
    back = termios.tcgetattr(fd)
    print(back[3] & termios.ICANON != 0, back == attrs)
    for bad in ([1, 2], "x", attrs[:6] + [[1]]):
        try:
            termios.tcsetattr(fd, termios.TCSANOW, bad)
        except TypeError:
            print("TypeError", end=" ")
    print()
    pty.close()
