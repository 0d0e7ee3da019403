# The Pico W tutorial's join: status() == 3 on the rp2 profile (CYW43 codes).
# cmdline: --profile rp2 --until 20s
import network, time
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect('Wokwi-GUEST', '')
max_wait = 10
while max_wait > 0:
    if wlan.status() < 0 or wlan.status() >= 3:
        break
    max_wait -= 1
    print('waiting for connection...')
    time.sleep(0.3)
print(wlan.status(), network.STAT_GOT_IP, network.STAT_CONNECT_FAIL, wlan.ifconfig()[0])
