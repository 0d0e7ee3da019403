# Two outputs fighting over one net (GPIO4 and GPIO5 are wired together on the loopback board)
# are reported as a short, once, and the net reads 0; a loopback input follows the output.
# cmdline: --board ../../ports/sim/boards/esp32-loopback.json --until 1s
from machine import Pin
a = Pin(4, Pin.OUT, value=1)
b = Pin(5, Pin.IN)
print('follows', b.value())
a(0); print('follows', b.value())
a(1)
b.init(Pin.OUT, value=0)
print('shorted net reads', a.value(), b.value())
b(1)
print('both high', a.value())
b(0)
print('short again', a.value())
