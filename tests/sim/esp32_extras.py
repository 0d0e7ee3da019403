# ESP32-only API: DAC into an ADC on the same net, TouchPad, esp32.NVS surviving a deep-sleep
# reset, machine.wake_reason() (power-on, timer, ext0 woken by a PWM edge on a wired pin).
# cmdline: --board boards/esp32_wake.json --until 60s
import machine, esp32, time
from machine import Pin, ADC, DAC, PWM

nvs = esp32.NVS('app')
try:
    boots = nvs.get_i32('boots')
except OSError as e:
    print('first boot, errno', e.errno)
    boots = 0
boots += 1
nvs.set_i32('boots', boots)
nvs.commit()
print('boot', boots, 'reset_cause', machine.reset_cause(), 'wake_reason', machine.wake_reason())

if boots == 1:
    dac = DAC(Pin(25))
    adc = ADC(Pin(34), atten=ADC.ATTN_11DB)
    for v in (0, 128, 255):
        dac.write(v)
        print('dac', v, 'adc', adc.read_u16() >> 8)
    try:
        DAC(Pin(4))
    except ValueError as e:
        print('ValueError', e)
    try:
        dac.write(256)
    except ValueError as e:
        print('ValueError', e)
    tp = machine.TouchPad(Pin(4))
    tp.config(300)
    print('touch', tp.read() > 300)
    nvs.set_blob('cfg', b'\x01\x02\x03')
    print('raw temperature', type(esp32.raw_temperature()))
    t = time.ticks_ms()
    machine.deepsleep(2000)
elif boots == 2:
    buf = bytearray(8)
    print('blob', buf[:nvs.get_blob('cfg', buf)])
    nvs.erase_key('cfg')
    try:
        nvs.get_blob('cfg', buf)
    except OSError:
        print('erased')
    try:
        esp32.NVS('a-namespace-too-long')
    except ValueError as e:
        print('ValueError', e)
    PWM(Pin(2), freq=10, duty_u16=32768)
    esp32.wake_on_ext0(pin=Pin(4), level=esp32.WAKEUP_ANY_HIGH)
    machine.deepsleep()
else:
    print('woken by ext0:', machine.wake_reason() == machine.EXT0_WAKE)
    machine.lightsleep(10)
    print('after lightsleep:', machine.wake_reason() == machine.TIMER_WAKE)
