# ports/sim/manifest.py: modules frozen into the simulated board (tools/makemanifest.py,
# docs/mpy.md): its SSD1306 OLED driver and the asyncio package, compiled to .mpy.
module("ssd1306.py", base_path="$(PORT_DIR)/modules")
package("asyncio", base_path="$(MPY_DIR)/lib")
