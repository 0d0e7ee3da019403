# The `network` module: WLAN joins Wokwi's open "Wokwi-GUEST" in virtual time (as Wokwi
# projects do at boot); an unknown SSID ends in STAT_NO_AP_FOUND; errors as the ESP32 port.
import network, time

sta = network.WLAN(network.STA_IF)
print(sta, sta.active(), sta.isconnected(), sta.status() == network.STAT_IDLE)
try:
    sta.connect('Wokwi-GUEST', '')
except OSError as e:
    print('inactive:', e)
sta.active(True)
print('scan', [(s, ch, sec) for s, b, ch, rssi, sec, hidden in sta.scan()])
t0 = time.ticks_ms()
sta.connect('Wokwi-GUEST', '')
print('connecting', sta.status() == network.STAT_CONNECTING, sta.ifconfig())
while not sta.isconnected():
    time.sleep_ms(100)
print('connected after', time.ticks_diff(time.ticks_ms(), t0), 'ms')
print(sta.status() == network.STAT_GOT_IP, sta.ifconfig(), sta.config('ssid'))
print('mac', len(sta.config('mac')), 'rssi', sta.status('rssi'))
sta.disconnect()
print('disconnected', sta.isconnected())
sta.connect('MyHomeWifi', 'secret')
time.sleep(5)
print('no ap', sta.status() == network.STAT_NO_AP_FOUND, sta.isconnected())
ap = network.WLAN(network.AP_IF)
ap.active(True)
ap.config(ssid='board-ap', key='12345678')
print(ap, ap.ifconfig())
try:
    sta.config(foo=1)
except ValueError as e:
    print('ValueError', e)
try:
    network.WLAN(5)
except ValueError as e:
    print('ValueError', e)
try:
    network.STAT_NOPE
except AttributeError as e:
    print('AttributeError')
