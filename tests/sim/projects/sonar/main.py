from machine import Pin, time_pulse_us
import utime

trig = Pin(3, Pin.OUT)
echo = Pin(2, Pin.IN)


def distance_cm():
    trig.low()
    utime.sleep_us(2)
    trig.high()
    utime.sleep_us(10)
    trig.low()
    t = time_pulse_us(echo, 1, 30000)
    return t / 58


while True:
    print("Distance: {:.0f} cm".format(distance_cm()))
    utime.sleep(0.5)
