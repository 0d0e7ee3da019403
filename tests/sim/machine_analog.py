# ADC on the default board's potentiometer (GPIO34), PWM quantisation and readback, RTC.
# cmdline: --until 5s
from machine import ADC, Pin, PWM, RTC
import time

adc = ADC(Pin(34))
print('pot at 0', adc.read_u16(), adc.read_uv(), adc.read())
adc.atten(ADC.ATTN_11DB)
v = ADC(Pin(4))
Pin(4, Pin.OUT, value=1)
print('high pin', v.read_u16())
try:
    ADC(Pin(5))
except ValueError as e:
    print('ValueError', e)

pwm = PWM(Pin(2), freq=1000, duty_u16=32768)
print(pwm.freq(), pwm.duty_u16(), pwm.duty_ns())
pwm.freq(300000)
pwm.duty_u16(12345)
print('300 kHz: 8 bits of duty ->', pwm.duty_u16())
pwm.duty_u16(0); time.sleep_ms(1); print('duty 0 ->', Pin(2).value())
pwm.duty_u16(65535); time.sleep_ms(1); print('full ->', Pin(2).value())
pwm.init(freq=1000, duty_ns=250000)
print(pwm.duty_u16(), pwm.duty_ns())
# the pin really toggles: sample it on a 100 us grid for one period
pwm.init(freq=1000, duty_u16=16384)
hi = 0
for i in range(200):
    time.sleep_us(50)
    hi += Pin(2).value()
print('high samples', 40 <= hi <= 60)
pwm.deinit()
try:
    PWM(Pin(2), freq=0)
except ValueError as e:
    print('ValueError', e)

rtc = RTC()
print(rtc.datetime()[:7])
rtc.datetime((2024, 2, 28, 2, 23, 59, 58, 0))
time.sleep(3)
print(rtc.datetime()[:7])
print(time.localtime()[:6], time.time())

# the atten keyword is checked like atten()
try:
    ADC(Pin(34), atten=9)
except ValueError as e:
    print('ValueError', e)
adc34 = ADC(Pin(34))
adc34.init(atten=ADC.ATTN_11DB)
try:
    adc34.init(atten=7)
except ValueError as e:
    print('ValueError', e)
