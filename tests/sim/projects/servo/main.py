from machine import Pin, PWM
import time

servo = PWM(Pin(18), freq=50)


def angle(a):
    us = 500 + a * 2000 / 180
    servo.duty_ns(int(us * 1000))


for a in (0, 90, 180, 45):
    angle(a)
    time.sleep(0.5)
    print("angle", a, "duty", servo.duty(), "ns", servo.duty_ns())
servo.duty(77)
print("duty 77 ns", servo.duty_ns())
