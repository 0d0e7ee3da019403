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
