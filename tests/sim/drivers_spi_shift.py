# Shift registers on the hardware SPI bus, as Wokwi projects wire them: a 74HC595 (DS on
# MOSI, SHCP on SCK, a latch GPIO on STCP) written with SPI.write, and a 74HC165 (CP on SCK,
# Q7 on MISO, PL on a GPIO) read with SPI.read. The parts watch pins only, so the bus must
# clock them edge by edge; firstbit=LSB reverses the bit order on the wire. Also SPI.read and
# readinto with the documented write= keyword.
# cmdline: --board boards/spi_shift.json --until 5s
from machine import Pin, SPI

spi = SPI(2, baudrate=1000000, polarity=0, phase=0, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
latch = Pin(5, Pin.OUT, value=0)
load = Pin(4, Pin.OUT, value=1)
q = [Pin(n, Pin.IN) for n in (32, 33, 25, 26)]   # Q0 Q1 Q6 Q7


def out595(byte):
    spi.write(bytes([byte]))
    latch(1)
    latch(0)
    return [p.value() for p in q]


print('595 0x81', out595(0x81))
print('595 0x02', out595(0x02))
print('595 0x40', out595(0x40))
spi.init(firstbit=SPI.LSB)
print('595 LSB first 0x01', out595(0x01))
spi.init(firstbit=SPI.MSB)


def in165():
    load(0)
    load(1)
    return spi.read(1)[0]


print('165 %02x' % in165())
load(0)
load(1)
buf = bytearray(1)
spi.readinto(buf, write=0xff)
print('165 readinto write= %02x' % buf[0])
load(0)
load(1)
print('165 read write= %02x' % spi.read(1, write=0)[0])
try:
    spi.read(1, 0, write=0)
except TypeError as e:
    print('TypeError')
