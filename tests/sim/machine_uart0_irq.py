# UART(0) is the serial console: text the scenario types (machine_uart0_irq.yaml) raises its
# IRQ_RXIDLE handler once the burst ends, and the handler reads it all.
# cmdline: --scenario machine_uart0_irq.yaml -q --timeout 5000
from machine import UART
import time
u = UART(0, 115200)
got = []
u.irq(lambda u_: got.append(u_.read()), UART.IRQ_RXIDLE)
print('ready')
for i in range(50):
    time.sleep_ms(10)
    if got:
        break
print('got', got)
