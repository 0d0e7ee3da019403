from machine import Pin
import time

clk = Pin(18, Pin.IN)
dt = Pin(19, Pin.IN)
sw = Pin(23, Pin.IN, Pin.PULL_UP)
pos = 0


def on_clk(p):
    global pos
    if clk.value() == 0:            # falling edge of CLK: DT tells the direction
        pos += 1 if dt.value() == 1 else -1


clk.irq(on_clk, Pin.IRQ_FALLING)
last = None
print("ready")
while True:
    if pos != last:
        print("position", pos)
        last = pos
    if sw.value() == 0:
        print("button")
        while sw.value() == 0:
            time.sleep_ms(10)
    time.sleep_ms(20)
