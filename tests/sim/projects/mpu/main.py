from machine import Pin, SoftI2C
import struct, time

i2c = SoftI2C(scl=Pin(22), sda=Pin(21))
ADDR = 0x68
print("who", hex(i2c.readfrom_mem(ADDR, 0x75, 1)[0]))
i2c.writeto_mem(ADDR, 0x6B, b'\x00')
i2c.writeto_mem(ADDR, 0x1C, b'\x08')     # +-4 g
while True:
    ax, ay, az, t, gx, gy, gz = struct.unpack('>7h', i2c.readfrom_mem(ADDR, 0x3B, 14))
    print("accel %.2f %.2f %.2f temp %.1f gyro %.1f %.1f %.1f" % (
        ax / 8192, ay / 8192, az / 8192, t / 340 + 36.53, gx / 131, gy / 131, gz / 131))
    time.sleep(1)
