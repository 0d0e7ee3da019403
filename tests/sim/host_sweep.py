# Wokwi-style projects run from outside, as CI runs them: firmware from tests/sim with its board,
# then the screenshots (neopixel colours in wire order and with an RGB ORDER subclass) and
# the command line's answers to bad boards, attrs and scenarios.
import os
import subprocess
import tempfile
from mod_png import read_png

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
HERE = os.path.dirname(os.path.abspath(__file__))
ESP = '{"type": "board-esp32-devkit-c-v4", "id": "esp", "attrs": {}}'


def run(args, cwd=HERE):
    r = subprocess.run([SIM] + args, cwd=cwd, capture_output=True)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def pixels(path):
    w, h, rows = read_png(path)
    return [tuple(rows[y][x][:3]) for y in range(h) for x in range(w)]


with tempfile.TemporaryDirectory() as tmp:
    # neopixel: the strip shows what the firmware wrote (GRB on the wire), the single pixel
    # the RGB-ordered subclass's colour
    strip, px = os.path.join(tmp, "strip.png"), os.path.join(tmp, "px.png")
    rc, out, err = run(["--board", "boards/neopixel.json", "--until", "5s", "--screenshot", "strip=" + strip,
                        "--screenshot", "px=" + px, "drivers_neopixel.py"])
    print("neopixel rc", rc, err)
    print("strip", pixels(strip))
    print("px", pixels(px))

    # attrs: out of range is clamped with a warning, not a number or a bad address stops the load
    main = os.path.join(tmp, "main.py")
    with open(main, "w") as f:
        f.write("from machine import ADC, Pin\nprint('adc', ADC(Pin(34)).read_u16())\n")

    def board(part, wire=""):
        path = os.path.join(tmp, "d.json")
        with open(path, "w") as f:
            f.write('{"version": 1, "parts": [%s, %s], "connections": [%s]}' % (ESP, part, wire))
        return run(["--board", path, main], cwd=tmp)

    for part, wire in [
        ('{"type": "wokwi-potentiometer", "id": "pot1", "attrs": {"value": "5000"}}', '["pot1:SIG", "esp:34", "", []]'),
        ('{"type": "wokwi-potentiometer", "id": "pot1", "attrs": {"value": 511.5}}', '["pot1:SIG", "esp:34", "", []]'),
        ('{"type": "wokwi-dht22", "id": "dht1", "attrs": {"temperature": "hot"}}', ""),
        ('{"type": "wokwi-dht22", "id": "dht1", "attrs": {"humidity": "150"}}', ""),
        ('{"type": "board-ssd1306", "id": "oled1", "attrs": {"i2cAddress": "0x99"}}', ""),
        ('{"type": "wokwi-mpu6050", "id": "imu1", "attrs": {"accelX": "-40"}}', ""),
        ('{"type": "wokwi-led", "id": "led1", "attrs": {"color": "blue", "flip": "1"}}', '["led1:A", "esp:40", "", []]'),
        ('{"type": "wokwi-led", "id": "led1", "attrs": {}}', '["led1:A", "esp:GP2", "", []]'),
        ('{"type": "wokwi-led", "id": "led1", "attrs": {}}', '["led1:X", "esp:2", "", []]'),
    ]:
        rc, out, err = board(part, wire)
        print(rc, out.strip(), err.strip().replace(tmp, "TMP"))

    # the Pico's header: GP23, GP24 and GP29 are not on it; GP25 (the LED) may be checked
    with open(os.path.join(tmp, "p.json"), "w") as f:
        f.write('{"version": 1, "parts": [{"type": "wokwi-pi-pico", "id": "pico", "attrs": {}}, '
                '{"type": "wokwi-led", "id": "led1", "attrs": {}}], "connections": [["led1:A", "pico:GP23", "", []]]}')
    rc, out, err = run(["--board", "p.json", main], cwd=tmp)
    print(rc, err.strip())
    with open(os.path.join(tmp, "blink.py"), "w") as f:
        f.write("from machine import Pin\nPin(25, Pin.OUT, value=1)\nprint('on')\n")
    with open(os.path.join(tmp, "led.yaml"), "w") as f:
        f.write("name: led\nversion: 1\nsteps:\n  - wait-serial: 'on'\n"
                "  - expect-pin: {part-id: pico, pin: GP25, value: 1}\n  - expect-pin: {part-id: pico, pin: LED, value: 1}\n")
    rc, out, err = run(["--profile", "rp2", "--scenario", "led.yaml", "blink.py"], cwd=tmp)
    print(rc, err.strip().split('] ', 1)[-1])

    # the keypad's keys attr must have 4 x columns labels
    rc, out, err = board('{"type": "wokwi-membrane-keypad", "id": "kp", "attrs": {"keys": ["1", "2"]}}')
    print(rc, err.strip().replace(tmp, "TMP"))
