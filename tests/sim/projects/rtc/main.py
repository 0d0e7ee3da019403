from machine import I2C, Pin
import time


def bcd(v):
    return (v // 10) << 4 | v % 10


def unbcd(b):
    return (b >> 4) * 10 + (b & 15)


i2c = I2C(0, sda=Pin(16), scl=Pin(17), freq=100000)
print("scan", i2c.scan())
# 2024-02-29 23:59:58, Thursday (4)
i2c.writeto_mem(0x68, 0, bytes([bcd(58), bcd(59), bcd(23), 4, bcd(29), bcd(2), bcd(24)]))
for _ in range(3):
    r = i2c.readfrom_mem(0x68, 0, 7)
    print("20%02d-%02d-%02d %02d:%02d:%02d dow %d" % (unbcd(r[6]), unbcd(r[5]), unbcd(r[4]),
          unbcd(r[2] & 0x3f), unbcd(r[1]), unbcd(r[0] & 0x7f), r[3]))
    time.sleep(1)
i2c.writeto_mem(0x68, 0x08, b'saved')
print(i2c.readfrom_mem(0x68, 0x08, 5))
