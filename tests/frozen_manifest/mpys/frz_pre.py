print("frz_pre precompiled", __name__)
