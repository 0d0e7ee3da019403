# The CI runner as wokwi-cli users drive it: Wokwi scenario files (tests/sim/scenarios), one
# passing and at least one failing scenario per step kind, the exit codes (0 pass, 1 fail,
# 2 bad file, 42 / --timeout-exit-code timeout) and the failure messages, plus the flags
# (--expect-text, --fail-text, --timeout, --junit, --shard, --serial-log-file, the timed
# screenshot, --vcd-file) and wokwi.toml project folders. All times are virtual: the printed
# "[1.250000000s]" stamps are replaced by [T] (they follow the bytecode cost model), and the
# stamps that must be exact (timeouts) are checked on their own.
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from mod_png import read_png

SIM = os.environ["MICROPY_SIM"]
HERE = os.path.dirname(os.path.abspath(__file__))
SCEN = os.path.join(HERE, "scenarios")
STAMP = re.compile(r"\[(\d+)\.(\d{9})s\]")


def run(args, cwd=SCEN):
    r = subprocess.run([SIM] + args, cwd=cwd, capture_output=True)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def stamps(err):
    return [int(a) * 10**9 + int(b) for a, b in STAMP.findall(err)]


def show(label, args, cwd=SCEN):
    code, out, err = run(args, cwd)
    print("%s: exit %d" % (label, code))
    for line in err.splitlines():
        print("  " + STAMP.sub("[T]", line))
    return code, out, err


def scenario(name, *extra):
    return show(name, ["--timeout", "5000"] + list(extra) + ["--scenario", name, "project"])


# Every scenario file: pass_* must pass, fail_* fail with their message.
for name in sorted(os.listdir(SCEN)):
    if name.endswith(".yaml") and "spi" not in name and "touch" not in name:
        scenario(name, "-q")
for name in ("pass_spi.yaml", "fail_spi.yaml"):
    show(name, ["-q", "--diagram-file", "spi_diagram.json", "--scenario", name, "project/spi_main.py"])
# touch, touch-press, touch-move, touch-release on board-ili9341-cap-touch (FT6206 on I2C).
TOUCH = ["--diagram-file", "touch_diagram.json"]
for name in sorted(os.listdir(SCEN)):
    if name.endswith(".yaml") and "touch" in name:
        show(name, ["-q", "--timeout", "5000"] + TOUCH + ["--scenario", name, "project/touch_main.py"])

# Invalid files: exit 2 before anything runs, the message names file, line and step.
for name in sorted(os.listdir(os.path.join(SCEN, "invalid"))):
    if name.startswith("touch"):
        show("invalid/" + name, TOUCH + ["--scenario", "invalid/" + name, "project/touch_main.py"])
    else:
        show("invalid/" + name, ["--scenario", "invalid/" + name, "project"])

# Exact virtual times: the global timeout and a step timeout.
code, out, err = run(["-q", "--timeout", "2500", "--scenario", "fail_wait_serial.yaml", "project"])
t = stamps(err)[0]
print("global timeout at 2.5 s:", code, 2500000000 <= t < 2500001000)
code, out, err = run(["-q", "--scenario", "fail_wait_pin.yaml", "project"])
print("step timeout 500 ms after the step began:", code, "timed out after 500ms" in err)

# Messages are deterministic: the same run twice gives the same bytes.
a = run(["--scenario", "fail_display.yaml", "project"])
b = run(["--scenario", "fail_display.yaml", "project"])
print("deterministic:", a == b)

# wokwi-cli flags without a scenario (the project folder from the current directory's wokwi.toml).
proj = os.path.join(SCEN, "project")
show("expect-text", ["--expect-text", "pot:"], proj)
show("fail-text", ["--fail-text", "LED off"], proj)
show("expect-text never, timeout exit code 7", ["--expect-text", "never", "--timeout", "2000", "--timeout-exit-code", "7"], proj)
show("timeout alone", ["--timeout", "1000"], proj)
code, out, err = run(["--expect-text", "LED on", "--fail-text", "Traceback"], proj)
print("expect-text before fail-text:", code, out.splitlines()[-1])

with tempfile.TemporaryDirectory() as tmp:
    # Several scenarios, each on a fresh board; JUnit report; per-scenario messages.
    junit = os.path.join(tmp, "report.xml")
    show("three scenarios", ["--junit", junit, "--timeout", "3000", "--scenario", "pass_blink.yaml",
                             "--scenario", "fail_expect_pin.yaml", "--scenario", "fail_wait_serial.yaml", "project"])
    root = ET.parse(junit).getroot()
    suite = root.find("testsuite")
    print("junit:", root.tag, suite.get("tests"), suite.get("failures"))
    for tc in suite.findall("testcase"):
        f = tc.find("failure")
        props = tc.find("properties").findall("property")
        print("  testcase", repr(tc.get("name")), len(props), "steps,",
              "passed" if f is None else f.get("type") + ": " + STAMP.sub("[T]", f.get("message")))
    print("  first step:", props[0].get("name"), "=", re.sub(r"[0-9.]+s$", "T", props[0].get("value")))

    # Shards: 2/2 of three scenarios runs the second only.
    show("shard 2/2", ["--shard", "2/2", "--scenario", "pass_blink.yaml", "--scenario", "fail_expect_pin.yaml",
                       "--scenario", "pass_serial.yaml", "project"])
    show("shard 3/2", ["--shard", "3/2", "--scenario", "pass_blink.yaml", "project"])

    # A fresh board per scenario: the EEPROM boot counter starts again at 1 in the second run.
    code, out, err = run(["-q", "--scenario", "pass_reset.yaml", "--scenario", "pass_reset.yaml", "project"])
    print("fresh board per scenario:", code, out.count("boots: 1"), out.count("boots: 2"))

    # Serial log, timed screenshot, VCD.
    log = os.path.join(tmp, "serial.log")
    shot = os.path.join(tmp, "shot.png")
    vcd = os.path.join(tmp, "run.vcd")
    code, out, err = run(["-q", "--serial-log-file", log, "--screenshot-part", "oled1", "--screenshot-time", "1000",
                          "--screenshot-file", shot, "--vcd-file", vcd, "--scenario", "pass_blink.yaml", "project"])
    print("serial log = stdout:", code, open(log).read() == out)
    w, h, rows = read_png(shot)
    gw, gh, grows = read_png(os.path.join(SCEN, "golden", "oled.png"))
    print("screenshot at 1 s:", w, h, rows == grows)
    print("vcd:", "$timescale 1ns $end" in open(vcd).read())

    # A project folder whose wokwi.toml names a .py firmware.
    p2 = os.path.join(tmp, "proj2")
    os.mkdir(p2)
    shutil.copy(os.path.join(proj, "diagram.json"), p2)
    with open(os.path.join(p2, "wokwi.toml"), "w") as f:
        f.write('[wokwi]\nversion = 1\nfirmware = "app.py"\nelf = "app.py"\n')
    with open(os.path.join(p2, "app.py"), "w") as f:
        f.write("from machine import Pin\nPin(2, Pin.OUT).on()\nprint('app running')\n")
    with open(os.path.join(p2, "on.yaml"), "w") as f:
        f.write("name: app\nversion: 1\nsteps:\n  - wait-serial: app running\n  - expect-pin: {part-id: led1, pin: A, value: 1}\n")
    show("wokwi.toml firmware app.py", ["--scenario", "on.yaml", p2])
