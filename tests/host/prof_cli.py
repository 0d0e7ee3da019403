# -X prof=... on the command line: the text summary on stderr, the JSON report and the files
# written beside it (Chrome trace, four SVG pictures, HTML page), parsed here with CPython's
# json and xml modules. Only structural facts and exact counts are printed, never times.
import json
import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from mod_drive import run

work = tempfile.mkdtemp(prefix="mphost")
try:
    with open(os.path.join(work, "prog.py"), "w") as f:
        f.write(
            "import gc\n"
            "def add(n):\n"
            "    x = 0\n"
            "    for i in range(n):\n"
            "        x += i\n"
            "    return x\n"
            "def outer():\n"
            "    return add(250) + add(250)\n"
            "for k in range(3):\n"
            "    outer()\n"
            "    junk = [bytearray(50) for i in range(200)]\n"
            "    junk = None\n"
            "    gc.collect()\n"
            "print('done')\n"
        )

    # summary on stderr without prof-out
    code, out, err = run(["-X", "prof=ops", "prog.py"], cwd=work)
    print("ops summary:", code, out, err.startswith(b"---- profile:"), b"\nops: " in err, b"most frequent pairs" in err)
    code, out, err = run(["-X", "prof=calls,gc", "prog.py"], cwd=work)
    # "gc: N collections (explicit 3, ...)": a GC-stress build adds a collection per allocation,
    # so the explicit ones are checked, and that the triggers add up to N
    m = re.search(rb"\ngc: (\d+) collections \(([^)]*)\)", err)
    triggers = dict((k, int(n)) for k, n in (t.split(b" ") for t in m.group(2).split(b", "))) if m else {}
    print("calls,gc summary:", code, out, b"\ncalls: " in err, triggers.get(b"explicit"),
          m is not None and int(m.group(1)) == sum(triggers.values()), b"\nops: " in err)

    # bad options
    code, out, err = run(["-X", "prof=bogus", "prog.py"], cwd=work)
    print("bad kind:", code, b"prof=" in err)
    code, out, err = run(["-X", "prof-period=1", "prog.py"], cwd=work)
    print("bad period:", code)
    code, out, err = run(["-X", "prof=ops", "-X", "prof-out=" + os.path.join(work, "nodir", "x.json"), "prog.py"], cwd=work)
    print("unwritable:", code, out)

    # all files
    code, out, err = run(["-X", "prof=all", "-X", "prof-out=run.json", "prog.py"], cwd=work)
    print("prof=all:", code, out, err)
    print("files:", sorted(os.listdir(work)))
    with open(os.path.join(work, "run.json")) as f:
        rep = json.load(f)
    print("keys:", all(k in rep for k in ("ops", "calls", "gc")))
    print("INPLACE_ADD:", rep["ops"]["INPLACE_ADD"])
    calls = {c["name"]: c for c in rep["calls"]}
    print("calls:", calls["add"]["calls"], calls["outer"]["calls"], calls["<module>"]["calls"],
          sorted(calls["add"]["callers"].items()), sorted(calls["add"].keys()))
    print("incl>=excl:", all(c["incl_ns"] >= c["excl_ns"] >= 0 for c in rep["calls"]))
    print("folded sum:", sum(int(l.rsplit(" ", 1)[1]) for l in rep["folded"]) == rep["samples"], rep["samples"] > 0)
    explicit = [g for g in rep["gc"] if g["trigger"] == "explicit"]
    print("gc:", len(explicit), all(g["freed"] + g["live_after"] == g["before"] for g in rep["gc"]),
          sorted(rep["gc"][0].keys()))
    with open(os.path.join(work, "run.trace.json")) as f:
        tr = json.load(f)
    ev = tr["traceEvents"]
    spans = [e for e in ev if e.get("ph") == "X" and e.get("cat") == "call"]
    pauses = [e for e in ev if e.get("ph") == "X" and e.get("cat") == "gc"]
    print("trace:", len([e for e in spans if e["name"] == "add"]), len(pauses) == len(rep["gc"]),
          all(e["dur"] >= 0 and e["ts"] >= 0 for e in spans + pauses))
    for pic in ("ops", "gc", "heap", "flame"):
        root = ET.parse(os.path.join(work, "run-%s.svg" % pic)).getroot()
        marks = root.findall("{http://www.w3.org/2000/svg}rect") + root.findall("{http://www.w3.org/2000/svg}polyline")
        print("svg", pic, root.tag, len(marks) > 1)
    ops_svg = ET.parse(os.path.join(work, "run-ops.svg")).getroot()
    labels = [t.text for t in ops_svg.iter("{http://www.w3.org/2000/svg}text")]
    print("ops svg names INPLACE_ADD:", "INPLACE_ADD" in labels)
    flame = ET.parse(os.path.join(work, "run-flame.svg")).getroot()
    tips = [t.text for t in flame.iter("{http://www.w3.org/2000/svg}title")]
    print("flame has add:", any(t.startswith("add (prog.py:3)") for t in tips))
    with open(os.path.join(work, "run.html")) as f:
        html = f.read()
    print("html:", html.count("<svg "), "run.trace.json" in html)

    # prof-out alone profiles everything; a name without .json gets the suffixes appended
    code, out, err = run(["-X", "prof-out=other", "prog.py"], cwd=work)
    print("prof-out alone:", code, sorted(n for n in os.listdir(work) if n.startswith("other")))
finally:
    shutil.rmtree(work, ignore_errors=True)
