# A Wokwi Pi Pico W project (board-pi-pico-w) with the attrs users set: potentiometer "value",
# dht22 "temperature"/"humidity", ssd1306 "i2cAddress": "0x3d", led "color". The board's
# name says Pico W; Pin.board/Pin.cpu name the pins; Pin("GPIO2") is the rp2 port's cpu name;
# ADC.init(atten=) is accepted; a NACK is EIO on rp2's hardware I2C.
# cmdline: --board boards/picow.json --until 5s
import sys, os, dht
from machine import Pin, ADC, I2C

print(sys.platform, os.uname().machine, sys.implementation._machine)
led = Pin(15, Pin.OUT)
led.toggle()
print('led', led.value())
print(Pin.board.GP15, Pin.board.LED, Pin.cpu.GPIO25, Pin('GPIO2'), Pin('GP3'))
for name in ('GP23', 'GPIO3', 'D2'):
    try:
        getattr(Pin.board, name)
    except AttributeError:
        print('no Pin.board.' + name)
try:
    Pin.board.GP2 = 5
except AttributeError:
    print('Pin.board is read-only')
adc = ADC(Pin.board.GP26)
adc.init(atten=0)
print('pot', adc.read_u16(), ADC(26).read_u16(), ADC(0).read_u16())
d = dht.DHT22(Pin(16))
d.measure()
print('dht', d.temperature(), d.humidity())
i2c = I2C(0, sda=Pin(4), scl=Pin(5))
print([hex(a) for a in i2c.scan()])
try:
    i2c.readfrom(0x3c, 1)
except OSError as e:
    print('nack', e)
