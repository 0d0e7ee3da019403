# Included by ../manifest.py with extra_name=...; paths are relative to this directory.
metadata(description="sub manifest")
if options.extra_name is not None and options.missing is None:
    module(options.extra_name, base_path="$(MPY_DIR)/tests/frozen_manifest/modules")
