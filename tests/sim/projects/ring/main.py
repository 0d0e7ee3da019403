import neopixel
from machine import Pin
import time

n = 16
np = neopixel.NeoPixel(Pin(6), n)
for i in range(n):
    np[i] = (i * 16, 255 - i * 16, (i * 37) % 256)
np.write()
print("first", np[0], "last", np[15])
time.sleep(0.1)
np.fill((0, 0, 0))
np[3] = (255, 0, 0)
np.write()
print("one red")
