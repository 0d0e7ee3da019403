# Files dropped without close() must not exhaust descriptors: with RLIMIT_NOFILE at 64, a loop
# opening 5,000 files (never closing them) succeeds, because open() collects (running the
# finalisers that close the dropped files) and retries when it runs out.
import os
import resource
import subprocess
import tempfile

MP = os.environ["MICROPY_MICROPYTHON"]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.py")
    with open(path, "w") as f:
        f.write("for i in range(5000):\n    f = open('f.py')\nprint('opened 5000 files')\n"
                "fs = []\ntry:\n    for i in range(1000):\n        fs.append(open('f.py'))\n"
                "except OSError as e:\n    print('all kept open: OSError', e.args[0])\n")

    def limit():
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    r = subprocess.run([MP, "f.py"], cwd=tmp, capture_output=True, preexec_fn=limit)
    print(r.returncode, r.stdout.decode().strip())
