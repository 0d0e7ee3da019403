from machine import Pin
import time

step = Pin(26, Pin.OUT, value=0)
direction = Pin(27, Pin.OUT, value=1)


def move(n):
    for _ in range(n):
        step.value(1)
        time.sleep_us(500)
        step.value(0)
        time.sleep_us(500)


move(50)        # 90 degrees clockwise
print("quarter")
direction.value(0)
move(25)        # back 45 degrees
print("eighth")
