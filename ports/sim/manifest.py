# ports/sim/manifest.py: modules frozen into the simulated board (tools/makemanifest.py,
# docs/mpy.md): its SSD1306 OLED driver, compiled to .mpy.
module("ssd1306.py", base_path="$(PORT_DIR)/modules")
# The standard sensor drivers of ESP32/RP2 firmware (the bit timing is C: modonewire.c).
module("onewire.py", base_path="$(PORT_DIR)/modules")
module("ds18x20.py", base_path="$(PORT_DIR)/modules")
module("dht.py", base_path="$(PORT_DIR)/modules")
