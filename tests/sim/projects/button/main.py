from machine import Pin
import time

led = Pin(14, Pin.OUT)
button = Pin(15, Pin.IN, Pin.PULL_UP)
count = 0
last = 0


def pressed(pin):
    global count, last
    now = time.ticks_ms()
    if time.ticks_diff(now, last) < 50:
        return
    last = now
    count += 1
    led.toggle()
    print("press", count, "led", led.value())


button.irq(trigger=Pin.IRQ_FALLING, handler=pressed)
print("ready")
while True:
    time.sleep_ms(10)
