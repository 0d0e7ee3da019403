from machine import Pin
import time

KEYS = [['1', '2', '3', 'A'], ['4', '5', '6', 'B'], ['7', '8', '9', 'C'], ['*', '0', '#', 'D']]
rows = [Pin(p, Pin.OUT) for p in (13, 12, 14, 27)]
cols = [Pin(p, Pin.IN, Pin.PULL_DOWN) for p in (26, 25, 33, 32)]


def scan():
    for r, rp in enumerate(rows):
        rp.value(1)
        for c, cp in enumerate(cols):
            if cp.value():
                rp.value(0)
                return KEYS[r][c]
        rp.value(0)
    return None


code = ''
last = None
print("Enter code")
while True:
    k = scan()
    if k and k != last:
        if k == '#':
            print("code", code, "OK" if code == "1234" else "WRONG")
            code = ''
        else:
            code += k
            print("key", k)
    last = k
    time.sleep_ms(20)
