# The standard sensor drivers of ESP32 firmware, frozen into the board: dht (DHT22, DHT11),
# onewire + ds18x20 (two DS18B20 on one line: the ROM search), against the part models.
# cmdline: --board boards/onewire.json --until 60s
import time, machine, dht, onewire, ds18x20

d = dht.DHT22(machine.Pin(15))
d.measure()
print('dht22', d.temperature(), d.humidity())
d11 = dht.DHT11(machine.Pin(16))
d11.measure()
print('dht11', d11.temperature(), d11.humidity())
# nothing on the pin: the read times out
try:
    dht.DHT22(machine.Pin(17)).measure()
except OSError as e:
    print('no sensor', e.errno == 110)

ow = onewire.OneWire(machine.Pin(4))
print('presence', ow.reset())
roms = ow.scan()
print('roms', sorted(bytes(r).hex() for r in roms))
print('crc ok', [ow.crc8(r) for r in roms])
ds = ds18x20.DS18X20(ow)
roms = ds.scan()
ds.convert_temp()
time.sleep_ms(750)
print('temps', sorted(ds.read_temp(r) for r in roms))
# 9-bit resolution through the scratchpad's configuration byte
ds.write_scratch(roms[0], b'\x00\x00\x1f')
print('config', hex(ds.read_scratch(roms[0])[4]))
t0 = time.ticks_ms()
ds.convert_temp()
time.sleep_ms(100)
print('9-bit', ds.read_temp(roms[0]))
# an empty line: no presence pulse
ow2 = onewire.OneWire(machine.Pin(5))
print('empty line', ow2.reset(), ow2.scan())
try:
    ow2.reset(True)
except onewire.OneWireError:
    print('OneWireError')
try:
    ds18x20.DS18X20(ow2).read_temp(roms[0])
except onewire.OneWireError:
    print('read from nothing: OneWireError')
