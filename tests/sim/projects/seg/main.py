from machine import Pin
import time

ds, sh, st = Pin(2, Pin.OUT), Pin(3, Pin.OUT), Pin(4, Pin.OUT)
DIGITS = [0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f]


def shift_out(v):
    for i in range(7, -1, -1):
        ds.value((v >> i) & 1)
        sh.value(1)
        sh.value(0)
    st.value(1)
    st.value(0)


for d in range(10):
    shift_out(DIGITS[d])
    print("digit", d)
    time.sleep(0.5)
shift_out(DIGITS[7] | 0x80)
print("done")
