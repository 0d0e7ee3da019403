# SPI modes against mode-0/3 parts (they sample MOSI on SCK rising, shift MISO out on falling):
# the firmware writes the ILI9341's MADCTL in each mode and reads it back in mode 0, then
# reads the controller's ID (D3h: 00 93 41) in each mode. Modes 0 and 3 are right; mode 1 shifts
# what the part sees by one bit; mode 2 writes right but reads each answer's first bit twice.
# Mode 1's shifted command byte is not MADCTL (nothing is written) and its read command is not
# one either (the bus reads 0xff); firstbit=LSB reaches the part bit-reversed. The same on
# SoftSPI, and bits other than 8 are refused as on MicroPython's SoftSPI.
# cmdline: --board boards/spi_modes.json --until 5s
from machine import Pin, SPI, SoftSPI

cs = Pin(15, Pin.OUT, value=1)
dc = Pin(2, Pin.OUT, value=1)
rst = Pin(4, Pin.OUT, value=1)


def cmd(spi, c, data=b''):
    cs(0)
    dc(0)
    spi.write(bytes([c]))
    dc(1)
    if data:
        spi.write(data)
    cs(1)


def read(spi, c, n):
    cs(0)
    dc(0)
    spi.write(bytes([c]))
    dc(1)
    r = spi.read(n + 1)
    cs(1)
    return r[1:]


def run(spi, name):
    for pol, pha in ((0, 0), (0, 1), (1, 0), (1, 1)):
        spi.init(polarity=0, phase=0)
        cmd(spi, 0x36, b'\x00')
        spi.init(polarity=pol, phase=pha)
        cmd(spi, 0x36, b'\x48')
        spi.init(polarity=0, phase=0)
        madctl = read(spi, 0x0b, 1)[0]
        spi.init(polarity=pol, phase=pha)
        ident = read(spi, 0xd3, 3)
        print(name, 'mode', pol * 2 + pha, 'MADCTL seen 0x%02x' % madctl, 'ID', ident.hex())
    spi.init(polarity=0, phase=0)
    cmd(spi, 0x36, b'\x00')
    spi.init(firstbit=SPI.LSB)
    cmd(spi, 0x36, b'\x48')
    spi.init(firstbit=SPI.MSB)
    print(name, 'LSB first: MADCTL seen 0x%02x' % read(spi, 0x0b, 1)[0])


hw = SPI(2, baudrate=10000000, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
run(hw, 'SPI')
run(SoftSPI(baudrate=1000000, sck=Pin(18), mosi=Pin(23), miso=Pin(19)), 'SoftSPI')


try:
    SoftSPI(baudrate=100000, bits=16, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
except ValueError as e:
    print('ValueError', e)
