# The I2C sensor and memory models, read the way drivers read them.
# cmdline: --board boards/sensors.json --until 60s
from machine import I2C, Pin, time_pulse_us, PWM
import time, struct, neopixel

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
print([hex(a) for a in i2c.scan()])

# BME280: id, calibration, forced measurement, compensated temperature (datasheet formula)
print('bme id', hex(i2c.readfrom_mem(0x76, 0xD0, 1)[0]))
cal = i2c.readfrom_mem(0x76, 0x88, 6)
T1, T2, T3 = struct.unpack('<Hhh', cal)
i2c.writeto_mem(0x76, 0xF2, b'\x01')
i2c.writeto_mem(0x76, 0xF4, bytes([(1 << 5) | (1 << 2) | 1]))
time.sleep_ms(50)
d = i2c.readfrom_mem(0x76, 0xF7, 8)
adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
v1 = (((adc_t >> 3) - (T1 << 1)) * T2) >> 11
v2 = (((((adc_t >> 4) - T1) * ((adc_t >> 4) - T1)) >> 12) * T3) >> 14
print('bme temperature', ((v1 + v2) * 5 + 128) >> 8)

# MPU6050 at 0x69: asleep after reset, then awake
print('imu who', hex(i2c.readfrom_mem(0x69, 0x75, 1)[0]))
i2c.writeto_mem(0x69, 0x6B, b'\x00')
ax, ay, az, t, gx, gy, gz = struct.unpack('>7h', i2c.readfrom_mem(0x69, 0x3B, 14))
print('imu accel', ax, ay, az, 'gyro', gx, gy, gz, 'temp', round(t / 340 + 36.53, 1))

# DS1307: BCD time following virtual time from 2000-01-01
r = i2c.readfrom_mem(0x68, 0, 7)
print('rtc', [hex(b) for b in r])
time.sleep(2)
print('rtc seconds', hex(i2c.readfrom_mem(0x68, 0, 1)[0] & 0x7F))

# 24LC256: 16-bit addresses, page write wrap, busy (NACK) during the write cycle
i2c.writeto_mem(0x50, 0x0010, b'hello', addrsize=16)
try:
    i2c.readfrom_mem(0x50, 0x0010, 5, addrsize=16)
    print('no busy window')
except OSError as e:
    print('busy', e.args[0])
time.sleep_ms(10)
print(i2c.readfrom_mem(0x50, 0x0010, 5, addrsize=16))
i2c.writeto_mem(0x50, 62, b'ABCD', addrsize=16)   # 64-byte pages: wraps to 0
time.sleep_ms(10)
print(i2c.readfrom_mem(0x50, 62, 2, addrsize=16), i2c.readfrom_mem(0x50, 0, 2, addrsize=16))
print(i2c.readfrom_mem(0x50, 0x7000, 4, addrsize=16))

# NeoPixel
np = neopixel.NeoPixel(Pin(13), 1)
np[0] = (255, 10, 0)
np.write()
print('np', np[0], len(np))

# HC-SR04 at 100 cm: echo 58 us/cm
trig = Pin(5, Pin.OUT, value=0)
echo = Pin(18, Pin.IN)
trig(1); time.sleep_us(10); trig(0)
print('echo us', time_pulse_us(echo, 1, 100000))
