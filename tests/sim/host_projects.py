# Wokwi-style projects (tests/sim/projects/<name>: diagram.json, main.py, test.yaml), written as
# the MicroPython examples on wokwi.com are, for the ESP32 DevKit and the Raspberry Pi Pico, run
# from outside exactly as a CI job runs wokwi-cli, with its documented flags only: --scenario
# with --timeout, or --expect-text / --fail-text / --timeout / --timeout-exit-code, plus
# --serial-log-file, --screenshot-part/-time/-file and --vcd-file. Each run prints its exit code
# and the verdict lines (stderr, prefixed with virtual time: deterministic). The firmware uses
# the frozen drivers unchanged (ssd1306, dht, neopixel) or drivers written here (an HD44780 over
# a PCF8574, MPU6050, DS1307, keypad scan, 74HC595 shift-out, A4988 steps).
import os
import subprocess
import tempfile

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "projects")


def run(project, *args):
    r = subprocess.run([SIM] + list(args), cwd=os.path.join(HERE, project), capture_output=True)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def show(project, *args):
    rc, out, err = run(project, *args)
    print("%s %s -> rc %d" % (project, " ".join(a for a in args if not a.startswith("/")), rc))
    for line in err.splitlines():
        print("  " + line)
    return out


# one scenario per project, as `wokwi-cli --scenario test.yaml --timeout N .` in its folder
for name, timeout in (("blink", 5000), ("button", 5000), ("pot", 3000), ("ssd", 3000), ("lcd", 3000),
                      ("dht", 6000), ("sonar", 6000), ("ring", 3000), ("mpu", 6000), ("keypad", 6000),
                      ("seg", 8000), ("enc", 6000), ("stepper", 6000)):
    show(name, "--scenario", "test.yaml", "--timeout", str(timeout), ".")

# flags only
out = show("rtc", "--expect-text", "saved", "--fail-text", "Traceback", "--timeout", "6000", ".")
print("  rtc serial:", out.splitlines()[1:4])
out = show("buzz", "--expect-text", "end", "--fail-text", "Traceback", "--timeout", "6000", ".")
print("  buzz notes:", [l.split()[1:] for l in out.splitlines() if l.startswith("note")])
out = show("servo", "--expect-text", "duty 77 ns", "--timeout", "6000", ".")
print("  servo:", out.splitlines())
show("blink", "--fail-text", "blink 2", "--timeout", "5000", ".")
show("blink", "--expect-text", "never printed", "--timeout", "2000", ".")
show("blink", "--expect-text", "never printed", "--timeout", "2000", "--timeout-exit-code", "7", ".")
show("button", "--scenario", "test.yaml", "--timeout", "300", ".")

with tempfile.TemporaryDirectory() as tmp:
    log, vcd, png = (os.path.join(tmp, n) for n in ("serial.log", "blink.vcd", "oled.png"))
    show("blink", "--diagram-file", "diagram.json", "--expect-text", "blink 3", "--timeout", "3000",
         "--serial-log-file", log, "--vcd-file", vcd, "main.py")
    with open(log) as f:
        print("  serial log:", f.read().splitlines())
    with open(vcd) as f:
        changes = [l.strip() for l in f if l.startswith("#") or l.strip() in ("0(", "1(")]
    print("  vcd has esp.2:", any("esp.2 " in l for l in open(vcd)), "timestamps:", len([c for c in changes if c.startswith("#")]))
    show("ssd", "--expect-text", "done", "--screenshot-part", "oled1", "--screenshot-time", "40",
         "--screenshot-file", png, "--timeout", "3000", ".")
    with open(png, "rb") as f, open(os.path.join(HERE, "ssd", "golden.png"), "rb") as g:
        print("  screenshot at 40 ms differs from the final one:", f.read() != g.read())
    show("ssd", "--expect-text", "done", "--screenshot-part", "oled1", "--screenshot-file", png,
         "--timeout", "3000", ".")
    with open(png, "rb") as f, open(os.path.join(HERE, "ssd", "golden.png"), "rb") as g:
        print("  screenshot at the end equals the golden image:", f.read() == g.read())
