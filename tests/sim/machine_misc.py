# machine module functions, SoftSPI, and the board's identity as firmware sees it.
# cmdline: --until 20s --seed 5
import machine, sys, os, time
from machine import Pin, SoftSPI, SPI, Timer

print(sys.platform, sys.implementation._machine)
u = os.uname()
print(u.sysname, u.machine)
print(machine.freq())
machine.freq(160000000); print(machine.freq())
try:
    machine.freq(123)
except ValueError as e:
    print('ValueError', e)
print(len(machine.unique_id()))
print(len(os.urandom(8)), os.urandom(4) != os.urandom(4))
print(sorted(n for n in ('system', 'getenv', 'putenv', 'getpid') if hasattr(os, n)))

t = time.ticks_ms(); machine.idle(); print('idle <= 1 ms', time.ticks_diff(time.ticks_ms(), t) <= 1)
t = time.ticks_ms(); machine.lightsleep(250); print('lightsleep', time.ticks_diff(time.ticks_ms(), t))

# disable_irq holds scheduled callbacks until enable_irq
hits = []
tim = Timer(-1, mode=Timer.PERIODIC, period=10, callback=lambda t: hits.append(1))
st = machine.disable_irq()
t = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), t) < 50:
    pass
n_disabled = len(hits)
machine.enable_irq(st)
time.sleep_ms(0)
print('held while disabled', n_disabled, 'delivered after', len(hits) >= 1)
tim.deinit()

spi = SoftSPI(baudrate=100000, polarity=0, phase=0, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
print(spi.read(2), spi.read(2, 0xAA))
buf = bytearray(b'abc')
spi.write_readinto(buf, buf)
print(buf)
spi.write(b'\x01\x02')
try:
    spi.write_readinto(b'ab', bytearray(3))
except ValueError as e:
    print('ValueError', e)
try:
    SPI(0)
except ValueError as e:
    print('ValueError', e)
hw = SPI(1)
print(hw)
machine.bitstream(Pin(13), 0, (400, 850, 800, 450), b'\xff\x00')
try:
    machine.bitstream(Pin(13), 1, (1, 2, 3, 4), b'')
except ValueError as e:
    print('ValueError', e)
# bytecode costs virtual time: a counted loop advances ticks_us deterministically
t = time.ticks_us()
for i in range(1000):
    pass
print('1000 iterations took virtual time', time.ticks_diff(time.ticks_us(), t) > 0)
