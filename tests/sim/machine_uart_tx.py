# UART transmit timing on the loopback wire (GPIO17 -> GPIO16): back-to-back writes queue
# behind each other (the receiver gets them in order, not interleaved), txdone() is False while
# bytes are on the line, flush() waits until the last one has left (6 bytes of 10 bits at
# 9600 baud: 6.25 ms), and sendbreak() waits for queued bytes first.
# cmdline: --board ../../ports/sim/boards/esp32-loopback.json --until 5s
from machine import UART
import time

u = UART(1, baudrate=9600, tx=17, rx=16)
u.write(b'abc')
u.write(b'def')
print('txdone while sending', u.txdone())
t = time.ticks_us()
u.flush()
print('flush waited about 6.25 ms', 6200 <= time.ticks_diff(time.ticks_us(), t) <= 6300)
print('txdone after flush', u.txdone())
time.sleep_ms(5)
print(u.read())
u.write(b'xyz')
u.sendbreak()
print('break after the bytes', u.txdone())
time.sleep_ms(5)
print(u.read())
