# ports/unix/manifest.py: modules frozen into the unix binary (tools/makemanifest.py, docs/mpy.md).
# The asyncio package (lib/asyncio); `make FROZEN_MANIFEST=...` replaces this list.
package("asyncio", base_path="$(MPY_DIR)/lib")
