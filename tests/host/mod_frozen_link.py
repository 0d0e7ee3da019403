# Helper of tests/host/frozen_manifest.py and benchmarks/frozen_import.py: links a unix binary
# with another frozen table, from the objects of an existing unix build (no recompilation:
# only the generated table is compiled).
import os
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MPY_CROSS = os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross")
MAKEMANIFEST = os.path.join(TOP, "tools", "makemanifest.py")
VARIANTS = {"build-debug": "DEBUG=1", "build-sanitize": "SANITIZE=1", "build-switch": "SWITCH=1",
            "build-gcstress": "GCSTRESS=1"}


def makemanifest(args, cwd=None):
    """Runs tools/makemanifest.py; returns (status, stderr)."""
    p = subprocess.run(["python3", MAKEMANIFEST, "--mpy-cross", MPY_CROSS] + args, cwd=cwd,
                       capture_output=True, text=True)
    return p.returncode, p.stderr


def link(target, manifest, out_dir, extra=()):
    """A unix binary in out_dir with the modules of `manifest`; returns its path."""
    build = os.path.dirname(os.path.realpath(target))
    c_file = os.path.join(out_dir, "frozen_content.c")
    st, err = makemanifest(["-o", c_file, manifest] + list(extra))
    if st != 0:
        raise RuntimeError(err)
    obj = c_file[:-2] + ".o"
    subprocess.run(["cc", "-std=gnu11", "-I" + TOP, "-I" + os.path.join(TOP, "ports", "unix"), "-I" + build,
                    "-c", "-o", obj, c_file], check=True)
    objs = []
    for d, dirs, files in os.walk(build):
        if os.path.relpath(d, build).split(os.sep)[0] == "frozen":
            continue
        objs += [os.path.join(d, f) for f in files if f.endswith(".o")]
    variant = VARIANTS.get(os.path.basename(build))
    flags = subprocess.run(["make", "-s", "-C", os.path.join(TOP, "ports", "unix"), "print-link"] + ([variant] if variant else []),
                           capture_output=True, text=True, check=True).stdout.split()
    prog = os.path.join(out_dir, "micropython")
    subprocess.run(["cc", "-o", prog] + sorted(objs) + [obj] + flags, check=True)
    return prog
