# rp2 PWM slices: GPIO 2k and 2k+1 are channels A and B of slice k mod 8 and share its
# frequency: setting freq on one changes the other (each keeps its duty), a new PWM on a running
# slice takes its frequency, and pins on the same channel (GP3/GP19: slice 1 B; GP0/GP16:
# slice 0 A) share the duty too.
# cmdline: --profile rp2
from machine import PWM, Pin

a = PWM(Pin(2), freq=1000, duty_u16=16384)      # slice 1 A
b = PWM(Pin(3), freq=1000, duty_u16=49152)      # slice 1 B
print(a.freq(), b.freq(), a.duty_u16(), b.duty_u16())
b.freq(2000)
print('after b.freq(2000):', a.freq(), b.freq(), a.duty_u16(), b.duty_u16())
c = PWM(Pin(4), freq=300)                        # slice 2: independent
print('slice 2', c.freq(), 'slice 1', a.freq())
a.init(freq=500)
print('after a.init(freq=500):', a.freq(), b.freq(), c.freq())
d = PWM(Pin(19))                                 # slice 1 B again (19 >> 1 = 9, mod 8 = 1)
print('GP19 joins slice 1 at', d.freq())
a.duty_u16(1000)
print('duty per channel', a.duty_u16(), b.duty_u16(), d.duty_u16())
e = PWM(Pin(16), freq=100, duty_u16=100)         # slice 0 A
f = PWM(Pin(0))                                  # slice 0 A too
f.duty_u16(30000)
print('GP0/GP16 same channel', e.freq(), f.freq(), e.duty_u16(), f.duty_u16())
