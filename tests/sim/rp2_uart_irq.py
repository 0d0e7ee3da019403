# UART.irq on the rp2 profile: IRQ_TXIDLE when the last written byte has left the line (the
# UART needs no wire), and IRQ_RX, which the rp2 port lacks, raising ValueError.
# cmdline: --profile rp2 --until 5s
from machine import UART
import time

u = UART(1, baudrate=115200)
t = []
u.irq(lambda u_: t.append((u_.irq().flags(), time.ticks_us())), UART.IRQ_TXIDLE)
t0 = time.ticks_us()
u.write(b'0123456789')
print('at once', t)
time.sleep_ms(5)
print('txidle', len(t), t[0][0] == UART.IRQ_TXIDLE)
# 10 bytes x 10 bits at 115200 baud: 868 us
print('after the last byte', 860 <= time.ticks_diff(t[0][1], t0) < 1000)
try:
    u.irq(print, UART.IRQ_RX)
except ValueError as e:
    print('ValueError', e)
