# UART.irq on the loopback board (GPIO17 -> GPIO16): IRQ_RX as bytes arrive, IRQ_RXIDLE once
# the line is quiet after a burst, IRQ_BREAK from the peer's sendbreak, flags() and trigger()
# of the irq object, irq() without arguments, disabling with None, and the triggers the esp32
# port lacks (IRQ_TXIDLE) raising ValueError.
# cmdline: --board ../../ports/sim/boards/esp32-loopback.json --until 5s
from machine import UART
import time

u = UART(1, baudrate=9600, tx=17, rx=16)
got = []


def on(u_):
    got.append((u_.irq().flags(), u_.read()))


irq = u.irq(on, UART.IRQ_RX | UART.IRQ_RXIDLE)
print('trigger', irq.trigger() == UART.IRQ_RX | UART.IRQ_RXIDLE)
u.write(b'hello')
time.sleep_ms(50)
print('rx bytes', b''.join(d for f, d in got if d), 'rx calls', sum(1 for f, d in got if f == UART.IRQ_RX))
print('last call is idle', got[-1][0] == UART.IRQ_RXIDLE)

got.clear()
u.irq(handler=on, trigger=UART.IRQ_RXIDLE, hard=False)
u.write(b'abc')
time.sleep_ms(1)
print('before idle', got)
time.sleep_ms(10)
print('idle', got == [(UART.IRQ_RXIDLE, b'abc')])

got.clear()
u.irq(lambda u_: got.append(u_.irq().flags()), UART.IRQ_BREAK)
print('irq() keeps the trigger', u.irq().trigger() == UART.IRQ_BREAK)
u.sendbreak()
time.sleep_ms(1)
print('break', got == [UART.IRQ_BREAK])
try:
    u.irq(on, UART.IRQ_TXIDLE)
except ValueError as e:
    print('ValueError', e)
try:
    u.irq(5, UART.IRQ_RX)
except ValueError as e:
    print('ValueError', e)
u.irq(None)
got.clear()
u.write(b'x')
time.sleep_ms(5)
print('disabled', got, u.read())


# a hard handler runs with the heap locked: it reads into a buffer made beforehand
buf = bytearray(4)
n = [0]


def hard(u_):
    n[0] = u_.readinto(buf)


u.irq(hard, UART.IRQ_RX, hard=True)
u.write(b'y')
time.sleep_ms(5)
print('hard', n, buf)
