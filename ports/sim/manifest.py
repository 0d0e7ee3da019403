# ports/sim/manifest.py: modules frozen into the simulated board (tools/makemanifest.py,
# docs/mpy.md), compiled to .mpy: its SSD1306 OLED driver, the standard sensor drivers of
# ESP32/RP2 firmware (their bit timing is C: modonewire.c, machine.bitstream), neopixel and
# the asyncio package (and uasyncio, its pre-1.21 name).
module("ssd1306.py", base_path="$(PORT_DIR)/modules")
module("onewire.py", base_path="$(PORT_DIR)/modules")
module("ds18x20.py", base_path="$(PORT_DIR)/modules")
module("dht.py", base_path="$(PORT_DIR)/modules")
package("asyncio", base_path="$(MPY_DIR)/lib")
module("uasyncio.py", base_path="$(PORT_DIR)/modules")
module("neopixel.py", base_path="$(PORT_DIR)/modules")
