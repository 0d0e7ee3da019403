# ports/unix/manifest.py: modules frozen into the unix binary (tools/makemanifest.py, docs/mpy.md).
# Empty: the unix port has no Python parts of its own; `make FROZEN_MANIFEST=...` adds some.
