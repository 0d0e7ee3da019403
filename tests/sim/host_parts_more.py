# The second batch of Wokwi parts from outside the board: a 4-digit 7-segment display
# multiplexed by the firmware (decoded from the PNG screenshot), the stepper motor an A4988
# turns (its angle read from the screenshot's arrow), scenario set-control on the new parts, and
# real Wokwi types without a model loading with a warning while unknown types still fail.
import math
import os
import subprocess
import tempfile
from mod_png import read_png

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
HERE = os.path.dirname(os.path.abspath(__file__))
ESP = '{"type": "board-esp32-devkit-c-v4", "id": "esp", "attrs": {}}'


def run(args, cwd):
    r = subprocess.run([SIM] + args, cwd=cwd, capture_output=True)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


SEGS = {0x3F: "0", 0x06: "1", 0x5B: "2", 0x4F: "3", 0x66: "4", 0x6D: "5", 0x7D: "6", 0x07: "7",
        0x7F: "8", 0x6F: "9", 0x00: " "}
# a pixel inside each segment A..G, DP of a 20x32 digit cell
PROBE = [(10, 1), (16, 8), (16, 22), (10, 29), (2, 22), (2, 8), (10, 15), (18, 29)]


def decode(path, digits):
    w, h, rows = read_png(path)
    out = ""
    for d in range(digits):
        segs = 0
        for i, (x, y) in enumerate(PROBE):
            r, g, b = rows[y][d * 20 + x][:3]
            if r > 0x80:
                segs |= 1 << i
        out += SEGS.get(segs & 0x7F, "?") + ("." if segs & 0x80 else "")
    colon = rows[9][39][0] > 0x80 and rows[21][39][0] > 0x80
    return w, h, out, colon


CLOCK = """
from machine import Pin
import time
# common anode: a segment lights with its pin low, a digit with its DIGn pin high
segs = [Pin(p, Pin.OUT, value=1) for p in (12, 13, 14, 15, 16, 17, 18, 19)]
digs = [Pin(p, Pin.OUT, value=0) for p in (21, 22, 23, 25)]
cln = Pin(26, Pin.OUT, value=0)
FONT = [0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F]
def show(text, ms):
    t0 = time.ticks_ms()
    while time.ticks_diff(time.ticks_ms(), t0) < ms:
        for i, ch in enumerate(text):
            bits = FONT[int(ch)] | (0x80 if i == 1 else 0)
            for k in range(8):
                segs[k](0 if bits >> k & 1 else 1)
            digs[i](1)
            time.sleep_ms(2)
            digs[i](0)
show('1234', 100)
show('0959', 100)
"""

with tempfile.TemporaryDirectory() as tmp:
    parts = [ESP, '{"type": "wokwi-7segment", "id": "seg1", "attrs": {"digits": "4", "colon": "1"}}']
    conns = []
    for name, gpio in zip(["A", "B", "C", "D", "E", "F", "G", "DP", "DIG1", "DIG2", "DIG3", "DIG4", "CLN"],
                          [12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26]):
        conns.append('["seg1:%s", "esp:%d", "", []]' % (name, gpio))
    with open(os.path.join(tmp, "seg.json"), "w") as f:
        f.write('{"parts": [%s], "connections": [%s]}' % (", ".join(parts), ", ".join(conns)))
    with open(os.path.join(tmp, "main.py"), "w") as f:
        f.write(CLOCK)
    png = os.path.join(tmp, "seg.png")
    code, out, err = run(["--board", "seg.json", "--fs", tmp, "--screenshot", "seg1=" + png], tmp)
    print("7segment", code, err.strip(), decode(png, 4))

    # the A4988 on GPIO4/5 turns the motor 150 full steps clockwise: 270 degrees
    png = os.path.join(tmp, "stepper.png")
    code, out, err = run(["--board", "boards/parts_more.json", "--fs", ".", "--until", "60s",
                          "--screenshot", "stepper1=" + png, "parts_more.py"], HERE)
    w, h, rows = read_png(png)
    far = max(((x - 32) ** 2 + (y - 32) ** 2, x, y) for y in range(h) for x in range(w)
              if rows[y][x][:3] == (0xFF, 0x80, 0x00))
    angle = round(math.degrees(math.atan2(far[1] - 32, -(far[2] - 32)))) % 360
    print("stepper", code, "stepped" in out.splitlines(), (w, h), "arrow at", angle)

    # real Wokwi types with no model: a warning each, the run goes on
    with open(os.path.join(tmp, "unsim.json"), "w") as f:
        f.write('{"parts": [%s, %s, %s], "connections": [%s, %s]}' % (
            ESP, '{"type": "wokwi-microsd-card", "id": "sd1", "attrs": {}}',
            '{"type": "chip-blink", "id": "chip1", "attrs": {}}',
            '["sd1:CS", "esp:5", "", []]', '["chip1:OUT", "esp:4", "", []]'))
    with open(os.path.join(tmp, "pin.py"), "w") as f:
        f.write("from machine import Pin\nprint('pin 4 floats', Pin(4, Pin.IN, Pin.PULL_UP).value())\n")
    code, out, err = run(["--board", "unsim.json", "--fs", tmp, "pin.py"], tmp)
    print("unsimulated", code, out.strip(), err.splitlines())

    # scenario controls on the new parts
    with open(os.path.join(tmp, "ctl.json"), "w") as f:
        f.write('{"parts": [%s, %s, %s], "connections": [%s, %s, %s]}' % (
            ESP, '{"type": "wokwi-ntc-temperature-sensor", "id": "ntc1", "attrs": {}}',
            '{"type": "wokwi-dip-switch-8", "id": "dip1", "attrs": {}}',
            '["ntc1:OUT", "esp:34", "", []]', '["dip1:1a", "esp:16", "", []]', '["dip1:1b", "esp:GND.1", "", []]'))
    with open(os.path.join(tmp, "ctl.py"), "w") as f:
        f.write("""
from machine import ADC, Pin
import math, time
a, sw = ADC(Pin(34)), Pin(16, Pin.IN, Pin.PULL_UP)
def c():
    v = a.read()
    return round(1 / (math.log(1 / (4095 / v - 1)) / 3950 + 1 / 298.15) - 273.15)
print('before', c(), sw.value())
time.sleep(2)
print('after', c(), sw.value())
""")
    with open(os.path.join(tmp, "ctl.yaml"), "w") as f:
        f.write("""name: controls
version: 1
steps:
  - wait-serial: "before"
  - set-control: {part-id: ntc1, control: temperature, value: -10}
  - set-control: {part-id: dip1, control: "1", value: 1}
  - wait-serial: "after"
""")
    code, out, err = run(["--board", "ctl.json", "--fs", tmp, "--scenario", "ctl.yaml", "ctl.py"], tmp)
    print("controls", code, [l for l in out.splitlines() if l.startswith(("before", "after"))])

    # IR: the remote's keys and the receiver's own control send NEC frames on DAT, which the
    # firmware decodes from pin IRQ timestamps
    with open(os.path.join(tmp, "ir.json"), "w") as f:
        f.write('{"parts": [%s, %s, %s], "connections": [%s]}' % (
            ESP, '{"type": "wokwi-ir-receiver", "id": "ir1", "attrs": {}}',
            '{"type": "wokwi-ir-remote", "id": "remote1", "attrs": {}}', '["ir1:DAT", "esp:15", "", []]'))
    with open(os.path.join(tmp, "ir.py"), "w") as f:
        f.write("""
from machine import Pin
import time
ev = []
def edge(p):
    ev.append((time.ticks_us(), p.value()))
dat = Pin(15, Pin.IN)
dat.irq(edge, Pin.IRQ_FALLING | Pin.IRQ_RISING)
print('idle', dat.value())
print('ready')
time.sleep(1)
dat.irq(None)
i = 0
while i + 67 < len(ev):
    t, v = ev[i]
    if v == 0 and 8500 < time.ticks_diff(ev[i + 1][0], t) < 9500:
        bits = 0
        for b in range(32):
            if time.ticks_diff(ev[i + 4 + 2 * b][0], ev[i + 3 + 2 * b][0]) > 1000:
                bits |= 1 << b
        print('nec address', bits & 0xFF, 'command', bits >> 16 & 0xFF, 'checks',
              (bits >> 8 & 0xFF) ^ 0xFF == bits & 0xFF, (bits >> 24) ^ 0xFF == bits >> 16 & 0xFF)
        i += 67
    else:
        i += 1
print('done')
""")
    with open(os.path.join(tmp, "ir.yaml"), "w") as f:
        f.write("""name: ir
version: 1
steps:
  - wait-serial: "ready"
  - set-control: {part-id: remote1, control: power, value: 1}
  - set-control: {part-id: remote1, control: "7", value: 1}
  - set-control: {part-id: ir1, control: address, value: 18}
  - set-control: {part-id: ir1, control: command, value: 52}
  - wait-serial: "done"
""")
    code, out, err = run(["--board", "ir.json", "--fs", tmp, "--scenario", "ir.yaml", "ir.py"], tmp)
    print("ir", code, 'scenario "ir" passed' in err, [l for l in out.splitlines() if l.startswith(("idle", "nec"))])

    # unknown types still fail; "chip-" needs a name
    for t in ("wokwi-flux-capacitor", "chip-"):
        with open(os.path.join(tmp, "bad.json"), "w") as f:
            f.write('{"parts": [%s, {"type": "%s", "id": "x1"}], "connections": []}' % (ESP, t))
        code, out, err = run(["--board", "bad.json", "--fs", tmp], tmp)
        print(t, code, err.strip())
