# tests/frozen_manifest/manifest.py: every manifest command (tests/host/frozen_manifest.py).
metadata(description="frozen test modules", version="1.0", license="MIT", author="tests")
options.defaults(with_extra=True, opt_level=1)
include("sub", extra_name="frz_extra.py")          # a directory: its manifest.py
freeze("modules", "frz_mpy.py")                    # one script, compiled to .mpy
freeze_as_mpy("$(MPY_DIR)/tests/frozen_manifest/modules", ["frz_shadow.py"], opt=options.opt_level)
freeze_as_mpy("modules", "frz_async.py")              # coroutines in a frozen .mpy
freeze_as_str("strmods")                           # every .py below, kept as source
freeze_mpy("mpys", "frz_pre.mpy")                  # precompiled
module("frz_mod.py", base_path="modules", opt=2)
package("fpkg", base_path="modules")               # the package and its subpackage
require("frzlib")                                  # lib/python-stdlib/frzlib/manifest.py
require("frzsingle")                               # lib/frzsingle/__init__.py: a package
require("frzlib")                                  # twice: once only
