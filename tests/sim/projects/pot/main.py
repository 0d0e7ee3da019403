from machine import Pin, ADC, PWM
from time import sleep

pot = ADC(Pin(34))
pot.atten(ADC.ATTN_11DB)
pot.width(ADC.WIDTH_12BIT)
led = PWM(Pin(2), freq=1000)
while True:
    v = pot.read()
    led.duty(v // 4)
    print("pot", v, "duty", led.duty(), "u16", led.duty_u16(), "uv", pot.read_uv() // 1000)
    sleep(0.2)
