# The demo firmware of the scenario tests, written as Wokwi's MicroPython examples are:
# an LED on GPIO2 blinks and reports on the serial console, the button on GPIO0 toggles a
# "hold" mode, the SSD1306 shows text and a counter, the EEPROM keeps a boot counter, and
# typed commands (input()) are answered.
from machine import Pin, I2C, ADC
import time
import ssd1306

led = Pin(2, Pin.OUT)
button = Pin(0, Pin.IN, Pin.PULL_UP)
i2c = I2C(0, scl=Pin(22), sda=Pin(21))
oled = ssd1306.SSD1306_I2C(128, 64, i2c)
pot = ADC(Pin(34))

print("Hello, ESP32!")
oled.fill(0)
oled.text("Hello, Wokwi!", 0, 0)
oled.fill_rect(0, 20, 8, 8, 1)
oled.show()

# boot counter in the EEPROM (address 0)
try:
    i2c.writeto(0x50, b"\x00\x00")
    boots = i2c.readfrom(0x50, 1)[0]
    boots = 0 if boots == 0xFF else boots
    i2c.writeto(0x50, b"\x00\x00" + bytes([boots + 1]))
    print("boots:", boots + 1)
except OSError as e:
    print("eeprom error:", e.args[0])

held = False


def on_button(pin):
    global held
    held = not held
    print("button: hold" if held else "button: blink")


button.irq(trigger=Pin.IRQ_FALLING, handler=on_button)

for i in range(6):
    if not held:
        led.value(not led.value())
    print("LED", "on" if led.value() else "off")
    time.sleep_ms(500)

print("pot:", pot.read_u16() >> 12)
cmd = input("command? ")
print("got", cmd)
if cmd == "crash":
    raise ValueError("asked to crash")
print("done")
