# Bad input to micropython-sim: malformed or unknown board files (the message names the part),
# pins used twice, bad options, --fs escape attempts, firmware that never sleeps under --until,
# and exit codes (0, 1 for an uncaught exception, sys.exit(n)).
import os
import subprocess
import tempfile

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
ESP = '{"type": "board-esp32-devkit-c-v4", "id": "esp", "attrs": {}}'


def run(args, cwd, stdin=None):
    r = subprocess.run([SIM] + args, cwd=cwd, capture_output=True, input=stdin)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


boards = {
    "not_json": '{"parts": [',
    "no_parts": '{"version": 1}',
    "no_mcu": '{"parts": [{"type": "wokwi-led", "id": "led1"}], "connections": []}',
    "unknown_part": '{"parts": [%s, {"type": "wokwi-flux-capacitor", "id": "fc1"}], "connections": []}' % ESP,
    "no_type": '{"parts": [%s, {"id": "x1"}], "connections": []}' % ESP,
    "dup_id": '{"parts": [%s, {"type": "wokwi-led", "id": "a"}, {"type": "wokwi-led", "id": "a"}]}' % ESP,
    "bad_pin": '{"parts": [%s, {"type": "wokwi-led", "id": "led1"}], "connections": [["led1:X", "esp:2", "", []]]}' % ESP,
    "bad_mcu_pin": '{"parts": [%s, {"type": "wokwi-led", "id": "led1"}], "connections": [["led1:A", "esp:99", "", []]]}' % ESP,
    "unknown_ref": '{"parts": [%s], "connections": [["ghost:A", "esp:2", "", []]]}' % ESP,
    "pin_twice": '{"parts": [%s, {"type": "wokwi-led", "id": "led1"}], "connections": [["led1:A", "esp:2", "", []], ["led1:A", "esp:4", "", []]]}' % ESP,
    "rails": '{"parts": [%s], "connections": [["esp:3V3", "esp:GND.1", "", []]]}' % ESP,
    "bad_attr": '{"parts": [%s, {"type": "board-ssd1306", "id": "oled9", "attrs": {"width": "300"}}]}' % ESP,
    "bad_conn": '{"parts": [%s], "connections": [["esp:2"]]}' % ESP,
    "deep": "[" * 10000,
}

with tempfile.TemporaryDirectory() as tmp:
    open(os.path.join(tmp, "main.py"), "w").write("print('main ran')\n")
    for name, text in boards.items():
        path = os.path.join(tmp, name + ".json")
        open(path, "w").write(text)
        code, out, err = run(["--board", path, "--fs", tmp], tmp)
        print(name, code, err.replace(tmp + "/", "").strip())

    print("missing board", run(["--board", "nope.json"], tmp)[0:3:2])
    print("missing script", run(["nope.py"], tmp)[0])
    print("bad option", run(["--frobnicate"], tmp)[0:3:2])
    print("bad until", run(["--until", "10 parsecs"], tmp)[0])
    print("screenshot of a led", run(["--screenshot", "led1=x.png"], tmp)[0:3:2])

    # The filesystem root cannot be escaped: "..", absolute host paths, symlinks.
    fs = os.path.join(tmp, "board")
    os.mkdir(fs)
    open(os.path.join(tmp, "secret.txt"), "w").write("host secret\n")
    os.symlink(os.path.join(tmp, "secret.txt"), os.path.join(fs, "link.txt"))
    os.symlink(tmp, os.path.join(fs, "up"))
    open(os.path.join(fs, "main.py"), "w").write("""
import os
print(sorted(os.listdir('/')))
for p in ('../secret.txt', '/../secret.txt', '/../../etc/passwd', 'link.txt', 'up/secret.txt', '/etc/passwd'):
    try:
        print(p, repr(open(p).read()))
    except OSError as e:
        print(p, 'OSError', e.args[0])
os.chdir('..')
print('cwd', os.getcwd())
f = open('/new.txt', 'w'); f.write('ok'); f.close()
print(sorted(os.listdir()))
try:
    open('up/evil.txt', 'w')
except OSError as e:
    print('write through symlink: OSError', e.args[0])
try:
    import ffi
except ImportError:
    print('no ffi')
try:
    os.system('true')
except AttributeError:
    print('no os.system')
""")
    code, out, err = run(["--fs", fs], tmp)
    print("escape:", code)
    print(out.strip())
    print(err.strip())
    print("host file untouched:", not os.path.exists(os.path.join(tmp, "evil.txt")))

    # Exit codes and --until on firmware that never sleeps.
    for src, args in (("import sys\nsys.exit(7)\n", []), ("raise ValueError('boom')\n", []),
                      ("n = 0\nwhile True:\n    n += 1\n", ["--until", "200ms"]),
                      ("import time\nwhile True:\n    try:\n        time.sleep(1)\n    except BaseException:\n        pass\n", ["--until", "3s"]),
                      ("import time\ntime.sleep(0.25)\nprint('slept')\n", [])):
        open(os.path.join(tmp, "fw.py"), "w").write(src)
        code, out, err = run(args + ["fw.py"], tmp)
        print("exit", code, out.strip().splitlines()[-1:] if out.strip() else "")
