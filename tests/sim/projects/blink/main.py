from machine import Pin
import time

led = Pin(2, Pin.OUT)
print("Hello, ESP32!")
n = 0
while True:
    led.value(not led.value())
    n += 1
    print("blink", n, led.value())
    time.sleep(0.5)
