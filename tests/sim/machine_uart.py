# UART over a TX->RX wire (ports/sim/boards/esp32-loopback.json: GPIO17 -> GPIO16, 4 -> 5):
# bytes arrive after their transfer time; read/readline/any/timeouts on virtual time.
# cmdline: --board ../../ports/sim/boards/esp32-loopback.json --until 10s
from machine import UART, Pin, PWM, time_pulse_us
import time

u = UART(2, baudrate=9600, tx=17, rx=16, timeout=50)
print(u)
print(u.write(b'hello\nworld'), u.any())
time.sleep_ms(20)
print('after 20 ms', u.any())
print(u.readline())
print(u.read(3), u.read())
print('empty read', u.read())
u.write(b'x' * 100)
print('readinto', u.readinto(bytearray(200)))
u.init(baudrate=115200, timeout=0)
print(u.read(1))
for bad in (dict(baudrate=0), dict(bits=4), dict(stop=3)):
    try:
        u.init(**bad)
    except ValueError as e:
        print('ValueError', e)
# PWM looped back into an input: measure the pulse
p = PWM(Pin(4), freq=1000, duty_u16=16384)
print('pulse us', time_pulse_us(Pin(5, Pin.IN), 1, 10000))
p.deinit()
print(UART(0).write(b'console\n'))
