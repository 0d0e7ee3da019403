# Input devices of typical Wokwi projects, with the drivers written the way the common
# MicroPython ones work on the wire, while drivers_inputs.yaml turns and presses them: a KY-040
# decoded by a quadrature state machine on IRQs of both pins (four transitions a detent), a
# 4x4 membrane keypad scanned row by row, an HX711 read bit by bit (gain 128: 25 pulses), a
# TM1637 written with its two-wire protocol, a servo driven with PWM.duty_u16.
# cmdline: --board boards/inputs.json --scenario drivers_inputs.yaml -q --timeout 20000
from machine import Pin, PWM
import time, sys

# -- rotary encoder: (previous state << 2 | new state) -> -1, 0, +1 quarter steps
clk, dt = Pin(32, Pin.IN, Pin.PULL_UP), Pin(33, Pin.IN, Pin.PULL_UP)
TABLE = (0, -1, 1, 0, 1, 0, 0, -1, -1, 0, 0, 1, 0, 1, -1, 0)
state = [clk() << 1 | dt(), 0]


def on_edge(p):
    new = clk() << 1 | dt()
    state[1] += TABLE[state[0] << 2 | new]
    state[0] = new


for p in (clk, dt):
    p.irq(on_edge, Pin.IRQ_RISING | Pin.IRQ_FALLING)
sw = Pin(25, Pin.IN, Pin.PULL_UP)

# -- keypad
rows = [Pin(n, Pin.OUT, value=1) for n in (13, 12, 14, 27)]
cols = [Pin(n, Pin.IN, Pin.PULL_UP) for n in (26, 4, 0, 2)]
KEYS = ('123A', '456B', '789C', '*0#D')


def keys():
    found = ''
    for r, rp in enumerate(rows):
        rp(0)
        found += ''.join(KEYS[r][c] for c, cp in enumerate(cols) if not cp())
        rp(1)
    return found


# -- HX711
hx_dout, hx_sck = Pin(34, Pin.IN), Pin(15, Pin.OUT, value=0)


def hx_read():
    t0 = time.ticks_ms()
    while hx_dout():
        if time.ticks_diff(time.ticks_ms(), t0) > 500:
            raise OSError('hx711 not ready')
    v = 0
    for _ in range(24):
        hx_sck(1)
        hx_sck(0)
        v = v << 1 | hx_dout()
    hx_sck(1)   # 25th pulse: channel A, gain 128 next time
    hx_sck(0)
    return v - (1 << 24) if v & 0x800000 else v


# -- TM1637
tclk, tdio = Pin(16, Pin.OUT, value=1), Pin(17, Pin.OUT, value=1)
SEG = (0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F)


def tm_write(data):
    def start():
        tdio(0)
        tclk(0)

    def stop():
        tdio(0)
        tclk(1)
        tdio(1)

    def byte(b):
        for i in range(8):
            tdio(b >> i & 1)
            tclk(1)
            tclk(0)
        tclk(1)     # the ACK clock: the chip pulls DIO low, nobody reads it
        tclk(0)

    start(); byte(0x40); stop()
    start(); byte(0xC0)
    for b in data:
        byte(b)
    stop()
    start(); byte(0x88 | 7); stop()


# -- servo: 0.5 ms .. 2.5 ms in a 20 ms period
servo = PWM(Pin(19), freq=50, duty_u16=0)


def angle(a):
    servo.duty_u16((500 + a * 2000 // 180) * 65535 // 20000)


angle(90)
print('duty', servo.duty_u16(), 'ns', servo.duty_ns())
tm_write([SEG[1], SEG[2] | 0x80, SEG[3], SEG[4]])
print('load', hx_read(), 'keys', repr(keys()), 'sw', sw())
print('ready')
sys.stdin.readline()
print('turned', state[1] // 4, 'keys', repr(keys()), 'sw', sw(), 'load', hx_read())
sys.stdin.readline()
print('back', state[1] // 4, 'keys', repr(keys()), 'load', hx_read())
tm_write([SEG[state[1] // 4 % 10]] * 4)
print('done')
