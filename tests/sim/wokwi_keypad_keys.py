# Wokwi's keypad attrs: custom "keys" labels (a calculator layout) name the scenario's controls
# (wokwi_keypad_keys.yaml presses "=" and "x", then "#" on a 3-column keypad); the firmware
# scans rows with column pull-ups and reports positions.
# cmdline: --board boards/keypad_custom.json --scenario wokwi_keypad_keys.yaml -q --timeout 5000
from machine import Pin
import sys


def scan(rows, cols):
    hits = []
    for r, rp in enumerate(rows):
        rp(0)
        hits += [(r, c) for c, cp in enumerate(cols) if not cp()]
        rp(1)
    return hits


k1 = ([Pin(n, Pin.OUT, value=1) for n in (13, 12, 14, 27)], [Pin(n, Pin.IN, Pin.PULL_UP) for n in (26, 25, 33, 32)])
k2 = ([Pin(n, Pin.OUT, value=1) for n in (15, 2, 4, 16)], [Pin(n, Pin.IN, Pin.PULL_UP) for n in (17, 5, 18)])
print('idle', scan(*k1), scan(*k2))
sys.stdin.readline()
print('pressed', scan(*k1), scan(*k2))
