# I2C semantics on the default board (SSD1306 at 0x3C): ACK counts, NACK errno, mem ops, errors.
# cmdline: --until 5s
from machine import I2C, SoftI2C, Pin

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
print(i2c)
print(i2c.scan())
print('writeto', i2c.writeto(0x3C, b'\x80\xae'))
print('writevto', i2c.writevto(0x3C, [b'\x80', b'', b'\xaf']))
print('read status', i2c.readfrom(0x3C, 1))
buf = bytearray(2)
i2c.readfrom_into(0x3C, buf)
print(len(buf))
for f in (lambda: i2c.writeto(0x3D, b'x'), lambda: i2c.readfrom(0x10, 1), lambda: i2c.readfrom_mem(0x11, 0, 1)):
    try:
        f()
    except OSError as e:
        print('OSError', e.args[0])
for f in (lambda: i2c.readfrom_mem(0x3C, 0, 1, addrsize=12), lambda: i2c.writeto(0x80, b''), lambda: I2C(5)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
s = SoftI2C(scl=Pin(22), sda=Pin(21))
print(s.scan())
s.start()
print('acks', s.write(bytes([0x3C << 1, 0x80, 0xAF])))
s.stop()
s.start()
print('nack', s.write(bytes([0x3D << 1, 0x00])))
s.stop()
