#!/usr/bin/env python3
# tools/makemanifest.py: frozen modules from a manifest.py -> a C table compiled into the binary.
#
#   makemanifest.py -o OUT.c [--mpy-cross PATH] [-v VAR=VALUE]... [--listing OUT.txt]
#                   [--depfile OUT.d] [manifest.py ...]
#
# A manifest is Python, run with these commands (MicroPython's manifest.py language):
#   freeze(path, script=None, opt=0)       .py under path (or the script(s)) -> .mpy
#   freeze_as_mpy(path, script=None, opt=0) the same
#   freeze_as_str(path)                    .py under path kept as source (compiled at import)
#   freeze_mpy(path, script=None, opt=0)   already-compiled .mpy files under path
#   include(manifest, **kwargs)            another manifest (a directory means its manifest.py);
#                                          kwargs become that manifest's `options`
#   module(name, base_path='.', opt=None)  one file base_path/name (name ends in .py)
#   package(name, files=None, base_path='.', opt=None)  the package base_path/name (all .py
#                                          below it, or `files`, relative to the package)
#   require(name, version=None, **kwargs)  a local library, looked up in $(MPY_LIB_DIR) (default
#                                          $(MPY_DIR)/lib/micropython-lib): the first directory
#                                          named `name` that holds a manifest.py (searched
#                                          recursively, sorted order) is included with kwargs;
#                                          else $(MPY_LIB_DIR)/name.py or $(MPY_LIB_DIR)/name/
#                                          is frozen as a module/package. Each library once.
#   metadata(description=None, version=None, license=None, author=None)  (once per manifest)
#   options                                the kwargs given to include(); options.x is None if
#                                          unset; options.defaults(x=1) sets unset ones
# Paths may use $(MPY_DIR) $(PORT_DIR) $(BOARD_DIR) $(MPY_LIB_DIR) (set with -v) and are
# relative to the directory of the manifest that names them.
#
# Output layout: one `static const uint8_t` array per module (the .mpy image or the source,
# NUL-terminated; len excludes the NUL), then `mp_frozen_modules[]` = {dotted name, is_package,
# kind, data, len} sorted by name, and `mp_frozen_modules_count` (py/frozenmod.h). Errors print
# "FILE:LINE: error: MESSAGE" naming the manifest line and exit with status 1.
import argparse
import os
import subprocess
import sys
import tempfile
import traceback

KIND_STR = "str"
KIND_MPY = "mpy"
VAR_NAMES = ("MPY_DIR", "PORT_DIR", "BOARD_DIR", "MPY_LIB_DIR")


class ManifestError(Exception):
    pass


class LocatedError(ManifestError):
    """A ManifestError already prefixed with FILE:LINE."""


class Options:
    """`options` in a manifest: attribute access, None when unset."""

    def __init__(self, kwargs):
        self.__dict__["_values"] = dict(kwargs)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._values.get(name)

    def __setattr__(self, name, value):
        self._values[name] = value

    def defaults(self, **kwargs):
        for k, v in kwargs.items():
            self._values.setdefault(k, v)


class Entry:
    def __init__(self, name, is_package, kind, src, opt, where, rel):
        self.name = name            # dotted module name
        self.is_package = is_package
        self.kind = kind            # KIND_MPY / KIND_STR
        self.src = src              # file on the host (.py, or .mpy for freeze_mpy)
        self.opt = opt
        self.where = where          # (manifest, line) of the command
        self.rel = rel              # "pkg/mod.py": the source name embedded in the .mpy
        self.data = None


class Manifest:
    def __init__(self, variables):
        self.vars = dict(variables)
        self.entries = {}
        self.meta = []          # (manifest, dict)
        self.required = set()
        self.files = []             # every manifest and source read (for --depfile)
        self._stack = []            # manifest files being run

    # ---- helpers ----

    def _where(self):
        """(file, line) of the innermost manifest line running now."""
        cur = self._stack[-1] if self._stack else "<manifest>"
        line = 0
        for fs in traceback.extract_stack():
            if fs.filename == cur:
                line = fs.lineno
        return cur, line

    def _path(self, path):
        if not isinstance(path, str):
            raise ManifestError("path must be a string, not %s" % type(path).__name__)
        for v in VAR_NAMES:
            token = "$(%s)" % v
            if token in path:
                if self.vars.get(v) is None:
                    raise ManifestError("variable $(%s) is not set (pass -v %s=...)" % (v, v))
                path = path.replace(token, self.vars[v])
        if "$(" in path:
            raise ManifestError("unknown variable in path '%s'" % path)
        base = os.path.dirname(self._stack[-1]) if self._stack else os.getcwd()
        return os.path.normpath(os.path.join(base, path))

    def _add(self, rel, src, kind, opt):
        """rel: 'pkg/mod.py' or 'pkg/__init__.py' (for freeze_mpy, '.mpy' too)."""
        rel = rel.replace(os.sep, "/")
        stem, ext = os.path.splitext(rel)
        if ext not in (".py", ".mpy"):
            raise ManifestError("'%s' is not a .py file" % rel)
        parts = stem.split("/")
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        if not parts or not all(p.isidentifier() for p in parts):
            raise ManifestError("'%s' is not a valid module path" % rel)
        name = ".".join(parts)
        if not os.path.isfile(src):
            raise ManifestError("no such file: %s" % src)
        if opt is not None and (not isinstance(opt, int) or not 0 <= opt <= 3):
            raise ManifestError("opt must be 0..3, not %r" % (opt,))
        if name in self.entries:
            old = self.entries[name].where
            raise ManifestError("module '%s' frozen twice (first at %s:%d)" % (name, old[0], old[1]))
        self.entries[name] = Entry(name, is_package, kind, src, opt, self._where(), stem + ".py")
        self.files.append(src)

    def _scripts(self, root, script, ext):
        """The files selected by freeze*(root, script): relative paths."""
        if not os.path.isdir(root):
            raise ManifestError("no such directory: %s" % root)
        if script is None:
            found = []
            for d, dirs, files in os.walk(root):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(ext):
                        found.append(os.path.relpath(os.path.join(d, f), root))
            return found
        if isinstance(script, str):
            return [script]
        try:
            return [s for s in script]
        except TypeError:
            raise ManifestError("script must be a string, a list of strings or None")

    # ---- the manifest commands ----

    def freeze(self, path, script=None, opt=0):
        root = self._path(path)
        for rel in self._scripts(root, script, ".py"):
            self._add(rel, os.path.join(root, rel), KIND_MPY, opt)

    def freeze_as_mpy(self, path, script=None, opt=0):
        self.freeze(path, script, opt)

    def freeze_as_str(self, path):
        root = self._path(path)
        for rel in self._scripts(root, None, ".py"):
            self._add(rel, os.path.join(root, rel), KIND_STR, None)

    def freeze_mpy(self, path, script=None, opt=0):
        root = self._path(path)
        for rel in self._scripts(root, script, ".mpy"):
            if not rel.endswith(".mpy"):
                raise ManifestError("'%s' is not a .mpy file" % rel)
            self._add(rel, os.path.join(root, rel), "mpy-file", opt)

    def module(self, name, base_path=".", opt=None):
        if not isinstance(name, str) or not name.endswith(".py"):
            raise ManifestError("module(): '%s' must be a .py file" % (name,))
        root = self._path(base_path)
        self._add(name, os.path.join(root, name), KIND_MPY, opt)

    def package(self, name, files=None, base_path=".", opt=None):
        if not isinstance(name, str) or not name:
            raise ManifestError("package(): name must be a non-empty string")
        root = self._path(base_path)
        pkg = os.path.join(root, name)
        if not os.path.isdir(pkg):
            raise ManifestError("package(): no such directory: %s" % pkg)
        for rel in self._scripts(pkg, files, ".py"):
            self._add(os.path.join(name, rel), os.path.join(pkg, rel), KIND_MPY, opt)

    def include(self, manifest, **kwargs):
        path = self._path(manifest)
        if os.path.isdir(path):
            path = os.path.join(path, "manifest.py")
        if not os.path.isfile(path):
            raise ManifestError("include(): no such manifest: %s" % path)
        self.run(path, kwargs)

    def require(self, name, version=None, **kwargs):
        if not isinstance(name, str) or not name:
            raise ManifestError("require(): name must be a non-empty string")
        if name in self.required:
            return
        lib = self.vars.get("MPY_LIB_DIR")
        if lib is None or not os.path.isdir(lib):
            raise ManifestError("require('%s'): library directory $(MPY_LIB_DIR) = %s does not exist" % (name, lib))
        self.required.add(name)
        for d, dirs, files in os.walk(lib):
            dirs.sort()
            if os.path.basename(d) == name and "manifest.py" in files:
                self.run(os.path.join(d, "manifest.py"), kwargs)
                return
        if os.path.isfile(os.path.join(lib, name + ".py")):
            self._add(name + ".py", os.path.join(lib, name + ".py"), KIND_MPY, kwargs.get("opt"))
            return
        if os.path.isfile(os.path.join(lib, name, "__init__.py")):
            for rel in self._scripts(os.path.join(lib, name), None, ".py"):
                self._add(os.path.join(name, rel), os.path.join(lib, name, rel), KIND_MPY, kwargs.get("opt"))
            return
        raise ManifestError("require(): library '%s' not found in %s" % (name, lib))

    def metadata(self, description=None, version=None, license=None, author=None):
        cur = self._stack[-1]
        if any(m[0] == cur for m in self.meta):
            raise ManifestError("metadata() given twice in one manifest")
        self.meta.append((cur, {"description": description, "version": version,
                                    "license": license, "author": author}))

    # ---- running ----

    def run(self, path, kwargs=None):
        path = os.path.abspath(path)
        if path in self._stack:
            raise ManifestError("include cycle: %s" % path)
        try:
            with open(path) as f:
                text = f.read()
        except OSError as e:
            raise ManifestError("cannot read manifest %s: %s" % (path, e.strerror))
        self.files.append(path)
        env = {"options": Options(kwargs or {})}
        for cmd in ("freeze", "freeze_as_str", "freeze_as_mpy", "freeze_mpy", "include",
                    "module", "package", "require", "metadata"):
            env[cmd] = getattr(self, cmd)
        self._stack.append(path)
        try:
            try:
                code = compile(text, path, "exec")
            except SyntaxError as e:
                raise LocatedError("%s:%d: error: %s" % (path, e.lineno or 0, e.msg))
            try:
                exec(code, env)
            except LocatedError:
                raise
            except ManifestError as e:
                f, line = self._where_from_tb(sys.exc_info()[2], path)
                raise LocatedError("%s:%d: error: %s" % (f, line, e))
            except Exception as e:
                f, line = self._where_from_tb(sys.exc_info()[2], path)
                raise LocatedError("%s:%d: error: %s: %s" % (f, line, type(e).__name__, e))
        finally:
            self._stack.pop()

    @staticmethod
    def _where_from_tb(tb, path):
        line = 0
        for fs in traceback.extract_tb(tb):
            if fs.filename == path:
                line = fs.lineno
        return path, line

    def compile_all(self, mpy_cross):
        with tempfile.TemporaryDirectory() as tmp:
            for e in self.entries.values():
                if e.kind == KIND_STR:
                    with open(e.src, "rb") as f:
                        e.data = f.read()
                    continue
                if e.kind == "mpy-file":
                    with open(e.src, "rb") as f:
                        e.data = f.read()
                    e.kind = KIND_MPY
                    if len(e.data) < 4 or e.data[0:2] != b"M\x06":
                        raise LocatedError("%s:%d: error: %s is not a version 6 .mpy file" % (e.where[0], e.where[1], e.src))
                    continue
                if not mpy_cross or not os.path.isfile(mpy_cross):
                    raise LocatedError("%s:%d: error: mpy-cross not found at %s (build it with `make -C tools/mpy-cross`)" % (e.where[0], e.where[1], mpy_cross))
                out = os.path.join(tmp, e.name + ".mpy")
                cmd = [mpy_cross, "-o", out, "-s", e.rel]
                if e.opt:
                    cmd.append("-O%d" % e.opt)
                cmd.append(e.src)
                r = subprocess.run(cmd, capture_output=True, text=True)
                if r.returncode != 0:
                    raise LocatedError("%s:%d: error: mpy-cross failed on %s:\n%s" % (e.where[0], e.where[1], e.src, (r.stderr + r.stdout).rstrip()))
                with open(out, "rb") as f:
                    e.data = f.read()


def c_bytes(data):
    lines = []
    for i in range(0, len(data), 16):
        lines.append("    " + " ".join("0x%02x," % b for b in data[i:i + 16]))
    return "\n".join(lines)


def write_c(m):
    out = ["// Generated by tools/makemanifest.py from the frozen manifest: do not edit.",
           "// Table layout: py/frozenmod.h.", '#include "py/frozenmod.h"', ""]
    entries = sorted(m.entries.values(), key=lambda e: e.name)
    for i, e in enumerate(entries):
        out.append("// %s (%s%s, %d bytes) from %s" % (e.name, e.kind, ", package" if e.is_package else "", len(e.data), e.src))
        out.append("static const uint8_t frozen_data_%d[] = {" % i)
        out.append(c_bytes(e.data + b"\0"))
        out.append("};")
    out.append("")
    out.append("const mp_frozen_module_t mp_frozen_modules[%d] = {" % max(1, len(entries)))
    for i, e in enumerate(entries):
        kind = "MP_FROZEN_KIND_MPY" if e.kind == KIND_MPY else "MP_FROZEN_KIND_STR"
        out.append('    { "%s", %d, %s, frozen_data_%d, %d },' % (e.name, int(e.is_package), kind, i, len(e.data)))
    if not entries:
        out.append("    { 0 },")
    out.append("};")
    out.append("const size_t mp_frozen_modules_count = %d;" % len(entries))
    return "\n".join(out) + "\n"


def listing(m):
    lines = []
    for e in sorted(m.entries.values(), key=lambda e: e.name):
        lines.append("%s %s %s %d" % (e.name, "package" if e.is_package else "module", e.kind, len(e.data)))
    for path, md in m.meta:
        lines.append("metadata %s %s" % (os.path.basename(os.path.dirname(path)) or path,
                                         " ".join("%s=%s" % (k, md[k]) for k in sorted(md) if md[k] is not None)))
    return "\n".join(lines) + "\n"


def write_if_changed(path, text):
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Freeze the modules of a manifest.py into a C table.")
    ap.add_argument("manifests", nargs="*")
    ap.add_argument("-o", "--output", required=True, help="the generated C file")
    ap.add_argument("--mpy-cross", default=None, help="path of mpy-cross")
    ap.add_argument("-v", "--var", action="append", default=[], help="VAR=VALUE for $(VAR) in paths")
    ap.add_argument("--listing", help="also write a listing: name, package/module, kind, size")
    ap.add_argument("--depfile", help="also write a make dependency file")
    a = ap.parse_args(argv)
    here = os.path.dirname(os.path.abspath(__file__))
    variables = {"MPY_DIR": os.path.dirname(here)}
    for v in a.var:
        k, sep, val = v.partition("=")
        if not sep or k not in VAR_NAMES:
            ap.error("bad -v %s (one of %s)" % (v, ", ".join(VAR_NAMES)))
        variables[k] = os.path.abspath(val)
    variables.setdefault("MPY_LIB_DIR", os.path.join(variables["MPY_DIR"], "lib", "micropython-lib"))
    m = Manifest(variables)
    try:
        for path in a.manifests:
            if not os.path.isfile(path):
                raise ManifestError("%s:0: error: no such manifest" % path)
            m.run(path)
        m.compile_all(a.mpy_cross)
    except ManifestError as e:
        print(e, file=sys.stderr)
        return 1
    write_if_changed(a.output, write_c(m))
    if a.listing:
        write_if_changed(a.listing, listing(m))
    if a.depfile:
        deps = " ".join(sorted(set(m.files)))
        write_if_changed(a.depfile, "%s: %s\n" % (a.output, deps) + "".join("%s:\n" % f for f in sorted(set(m.files))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
