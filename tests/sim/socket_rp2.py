# Sockets on the rp2 profile (a Pico W): the same WLAN gate, then a UDP echo over 127.0.0.1
# with sendto/recvfrom, select.poll and a virtual timer firing while the board waits.
# cmdline: --profile rp2 --until 20s
import network, select, socket, time
from machine import Timer

try:
    socket.getaddrinfo('localhost', 53)
except OSError as e:
    print('before WLAN', e.errno)
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect('Wokwi-GUEST', '')
while wlan.status() != 3:
    time.sleep_ms(100)
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
fired = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=lambda t: fired.append(1))
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN)
print('nothing yet', p.poll(20), 'timer fired', fired)
b.sendto(b'ping', a.getsockname())
for s, ev in p.poll(1000):
    d, addr = s.recvfrom(16)
    print(s is a, d, addr == b.getsockname())
    s.sendto(d.upper(), addr)
p.unregister(a)
print([(s is b, ev) for s, ev in p.poll(1000)], b.recv(16))
a.close()
b.close()
