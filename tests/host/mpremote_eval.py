# mpremote reads results back with ast.literal_eval(repr(...)) (its Transport.eval): os.stat
# and os.statvfs give tuples (MicroPython's), whose repr is a plain tuple even though ours also
# have the st_*/f_* attributes; os.ilistdir entries, os.getcwd and bytes from a file read too.
import ast
import os
import shutil
import tempfile
from mod_drive import run

work = tempfile.mkdtemp(prefix="mphost")
try:
    with open(os.path.join(work, "f.bin"), "wb") as f:
        f.write(bytes(range(200)))
    os.mkdir(os.path.join(work, "sub"))
    code = "\n".join([
        "import os",
        "print(repr(os.stat('f.bin')))",
        "print(repr(os.stat('sub')))",
        "print(repr(os.statvfs('.')))",
        "print(repr(sorted(os.ilistdir('.'))))",
        "print(repr(open('f.bin', 'rb').read(20)))",
        "s = os.stat('f.bin')",
        "print(s.st_size, s[6], s.st_mode == s[0], isinstance(s, tuple))",
    ])
    rc, out, err = run(["-c", code], cwd=work)
    lines = out.decode().splitlines()
    st, sd, vfs, entries, data = [ast.literal_eval(l) for l in lines[:5]]
    print(rc, err)
    print(type(st).__name__, len(st), st[0] & 0o170000 == 0o100000, st[6])
    print(type(sd).__name__, sd[0] & 0o170000 == 0o040000)
    print(type(vfs).__name__, len(vfs))
    print([(e[0], e[1]) for e in entries], all(len(e) in (3, 4) for e in entries))
    print(data == bytes(range(20)))
    print(lines[5])
finally:
    shutil.rmtree(work, ignore_errors=True)
