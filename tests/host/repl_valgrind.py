# A REPL session (on pipes, forced with -i) under Valgrind: no definite leaks, no memory errors.
# The release binary is used even when the suite runs the sanitizer build (ASan and Valgrind
# do not mix); skipped when valgrind is not installed.
import os
import shutil
import subprocess
import sys
import tempfile

target = os.environ.get("MICROPY_MICROPYTHON", "")
if "build-sanitize" in target:
    target = target.replace("build-sanitize", "build")
if shutil.which("valgrind") is None or not os.path.exists(target):
    print("SKIP")
    raise SystemExit
with open(target, "rb") as f:
    if b"__asan_init" in f.read():
        print("SKIP")
        raise SystemExit
session = "x = [i * i for i in range(100)]\nsum(x)\nimport sys\nd = {'a': 1}\nd\nprint('bye')\n"
with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, HOME=home)
    p = subprocess.run(
        ["valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=99", target, "-i"],
        input=session.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=120)
out = p.stdout.decode()
err = p.stderr.decode()
print("exit", p.returncode)
print("328350" in out, "{'a': 1}" in out, "bye" in out)
print("definitely lost: 0 bytes" in err or "no leaks are possible" in err)
summary = [l for l in err.splitlines() if "ERROR SUMMARY" in l][0]
print("errors:", summary.split("ERROR SUMMARY:")[1].split()[0])
