# The board's `socket` module (the host's sockets behind network.WLAN): no network before the
# station joins (OSError ENETUNREACH, no AF_UNIX on the board), then a TCP echo over
# 127.0.0.1 between a listening socket and a client in the same firmware, with non-blocking
# sockets and select.poll (fd objects next to an ioctl stream, machine.UART).
import errno, network, select, socket, time
from machine import UART

try:
    socket.socket()
except OSError as e:
    print('before WLAN:', e.errno == 101)
try:
    socket.getaddrinfo('127.0.0.1', 80)
except OSError as e:
    print('getaddrinfo before WLAN:', e.errno == 101)
print('AF_UNIX', hasattr(socket, 'AF_UNIX'))

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('Wokwi-GUEST', '')
try:
    socket.socket()
except OSError as e:
    print('while joining:', e.errno == 101)
while not sta.isconnected():
    time.sleep_ms(100)
try:
    socket.socket(1, socket.SOCK_STREAM)
except OSError as e:
    print('AF_UNIX(1):', e.errno == errno.EAFNOSUPPORT)

ai = socket.getaddrinfo('127.0.0.1', 0, 0, socket.SOCK_STREAM)[0]
print('getaddrinfo', ai[0] == socket.AF_INET, ai[-1])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]
srv.setblocking(False)

cli = socket.socket()
cli.setblocking(False)
try:
    cli.connect(('127.0.0.1', port))
except OSError as e:
    print('connect in progress', e.errno in (errno.EINPROGRESS, errno.EAGAIN))

uart = UART(1, 9600)
p = select.poll()
p.register(uart, select.POLLIN)     # an ioctl stream that never becomes readable
p.register(srv, select.POLLIN)
p.register(cli, select.POLLOUT)
t0 = time.ticks_ms()
conn = None
sent = False
got = b''
echoed = 0
while len(got) < 12:
    for obj, ev in p.poll(2000):
        if obj is srv:
            conn, addr = srv.accept()
            conn.setblocking(False)
            print('accepted from 127.0.0.1:', addr[0] == '127.0.0.1')
            p.register(conn, select.POLLIN)
        elif obj is cli and ev & select.POLLOUT and not sent:
            print('connected, SO_ERROR', cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
            cli.send(b'hello, board')
            sent = True
            p.modify(cli, select.POLLIN)
        elif obj is conn:
            d = conn.recv(64)
            conn.send(d)          # echo
            echoed += len(d)
        elif obj is cli and ev & select.POLLIN:
            got += cli.recv(64)
print('echo', got, echoed)
# poll with no ready fd and nothing virtual pending waits the timeout in wall time and the
# virtual clock moves on by it
t1 = time.ticks_ms()
print('idle poll', p.poll(50), time.ticks_diff(time.ticks_ms(), t1) >= 50)
# the peer closes: POLLIN with an empty read
conn.close()
p.unregister(conn)
print('hangup', [ev & select.POLLIN for obj, ev in p.poll(1000)], cli.recv(10))
# settimeout is wall time: a recv that gets nothing raises ETIMEDOUT
srv.setblocking(True)
srv.settimeout(0.05)
try:
    srv.accept()
except OSError as e:
    print('accept timeout', e.errno == errno.ETIMEDOUT)
for s in (cli, srv):
    s.close()
try:
    p.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    p.register(object())
except TypeError as e:
    print('TypeError', e)
sta.active(False)
try:
    socket.socket()
except OSError as e:
    print('after WLAN off:', e.errno == 101)
