# The standard-driver logo demo over every bus and panel size: the PNG the simulator writes
# must equal, pixel for pixel, the framebuffer the firmware drew (computed here by running the
# same drawing with framebuf on the unix interpreter); lit pixels are white, dark ones black.
import os
import subprocess
import tempfile
from mod_png import read_png

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
MP = os.path.abspath(os.environ["MICROPY_MICROPYTHON"])
HERE = os.path.dirname(os.path.abspath(__file__))

DRAW = """
import framebuf
w, h = %d, %d
buf = bytearray(w * h // 8)
d = framebuf.FrameBuffer(buf, w, h, framebuf.MONO_VLSB)
d.fill(0); d.fill_rect(0,0,32,32,1); d.fill_rect(2,2,28,28,0); d.vline(9,8,22,1); d.vline(16,2,22,1)
d.vline(23,8,22,1); d.fill_rect(26,24,2,4,1); d.text('MicroPython',40,0,1); d.text('SSD1306',40,12,1)
d.text('OLED 128x64',40,24,1)
for y in range(h):
    print(''.join('#' if d.pixel(x, y) else '.' for x in range(w)))
"""

cases = [
    ("i2c", "ssd1306_logo_i2c.py", [], 128, 64),
    ("softi2c", "ssd1306_logo_softi2c.py", [], 128, 64),
    ("spi", "ssd1306_logo_spi.py", ["--board", "boards/oled_spi.json"], 128, 64),
    ("128x32", "ssd1306_logo_128x32.py", ["--board", "boards/oled_128x32.json"], 128, 32),
    ("72x40", "ssd1306_logo_72x40.py", ["--board", "boards/oled_72x40.json"], 72, 40),
]

with tempfile.TemporaryDirectory() as tmp:
    for name, script, args, w, h in cases:
        png = os.path.join(tmp, name + ".png")
        r = subprocess.run([SIM] + args + ["--until", "5s", "--screenshot", "oled1=" + png, script],
                           cwd=HERE, capture_output=True)
        expect = subprocess.run([MP, "-c", DRAW % (w, h)], capture_output=True).stdout.decode().split()
        pw, ph, rows = read_png(png)
        got = ["".join("#" if px == (255, 255, 255, 255) else "." for px in row) for row in rows]
        colours = {px for row in rows for px in row}
        ok = (pw, ph) == (w, h) and got == expect and colours <= {(255, 255, 255, 255), (0, 0, 0, 255)}
        first = None
        if not ok and (pw, ph) == (w, h):
            for y in range(h):
                for x in range(w):
                    if got[y][x] != expect[y][x]:
                        first = (x, y)
                        break
                if first:
                    break
        print(name, "exit", r.returncode, "size", pw, ph, "match" if ok else "MISMATCH at %s" % (first,))

    # The same run twice: byte-identical VCD, bus log and serial log.
    outs = []
    for k in range(2):
        files = [os.path.join(tmp, "run%d.%s" % (k, ext)) for ext in ("vcd", "jsonl", "log")]
        subprocess.run([SIM, "--until", "3s", "--vcd", files[0], "--bus-log", files[1], "--serial-log", files[2],
                        "ssd1306_logo_softi2c.py"], cwd=HERE, capture_output=True)
        outs.append([open(f, "rb").read() for f in files])
    print("deterministic vcd/buslog/serial:", [a == b and len(a) > 0 for a, b in zip(outs[0], outs[1])])
    vcd = outs[0][0].decode()
    print("vcd header:", "$timescale 1ns $end" in vcd, "$enddefinitions $end" in vcd)
    print("bus log lines:", len(outs[0][1].splitlines()))
