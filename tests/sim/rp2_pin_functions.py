# rp2: hardware I2C, SPI and UART take only the pins the RP2040's function select routes to
# them (I2C0 SDA on GP0/4/8/..., SPI1 SCK on GP10/14/..., UART1 TX on GP4/8/20/24); other pins
# raise ValueError("bad SCL pin") and the like, as on the board. SoftI2C takes any pin.
# cmdline: --profile rp2
from machine import I2C, SPI, UART, Pin
def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
t('i2c0 4/5', lambda: I2C(0, sda=Pin(4), scl=Pin(5)))
t('i2c0 0/1', lambda: I2C(0, sda=Pin(0), scl=Pin(1)))
t('i2c0 2/3', lambda: I2C(0, sda=Pin(2), scl=Pin(3)))
t('i2c1 2/3', lambda: I2C(1, sda=Pin(2), scl=Pin(3)))
t('i2c1 swapped', lambda: I2C(1, sda=Pin(3), scl=Pin(2)))
t('i2c0 16/17', lambda: I2C(0, sda=Pin(16), scl=Pin(17)))
t('spi0 2/3/4', lambda: SPI(0, sck=Pin(2), mosi=Pin(3), miso=Pin(4)))
t('spi1 10/11/12', lambda: SPI(1, sck=Pin(10), mosi=Pin(11), miso=Pin(12)))
t('spi0 10', lambda: SPI(0, sck=Pin(10), mosi=Pin(11)))
t('spi1 mosi 12', lambda: SPI(1, sck=Pin(14), mosi=Pin(12)))
t('uart1 8/9', lambda: UART(1, tx=Pin(8), rx=Pin(9)))
t('uart0 12/13', lambda: UART(0, tx=Pin(12), rx=Pin(13)))
t('uart1 0/1', lambda: UART(1, tx=Pin(0), rx=Pin(1)))
t('uart0 rx 2', lambda: UART(0, tx=Pin(0), rx=Pin(2)))
t('softi2c 2/3', lambda: __import__('machine').SoftI2C(sda=Pin(2), scl=Pin(3)))
