# hashlib.sha256 over 100 MB fed in 64 KiB chunks (update throughput, digest)
import hashlib

chunk = bytes(range(256)) * 256  # 64 KiB
n = (100 * 1000 * 1000) // len(chunk)
h = hashlib.sha256()
for i in range(n):
    h.update(chunk)
h2 = h.copy()
h2.update(b"tail")
print(n, h.hexdigest(), h2.hexdigest()[:16])
