# micropython.profile("gc"): every collection of a scripted allocation pattern is reported, with
# freed + live_after == bytes in use before; allocations by size class and by type; gc.info().
import gc
import micropython


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


keep = []
with micropython.profile("gc") as p:
    for k in range(4):
        junk = [bytearray(100) for i in range(300)]
        chain = None
        for i in range(50):
            chain = Node(chain)
        keep.append(bytearray(2000))
        junk = None
        gc.collect()
d = p.data()
print(sorted(d.keys()))
cols = d["gc"]
print("explicit", len([g for g in cols if g["trigger"] == "explicit"]))
print("keys", sorted(cols[0].keys()))
for g in cols:
    ok = g["freed"] + g["live_after"] == g["before"]
    ok = ok and g["marked"] == g["live_after"] and g["largest_free"] <= g["heap"] - g["live_after"]
    ok = ok and 0.0 <= g["fragmentation"] <= 1.0 and g["pause_ns"] >= 0
    if not ok:
        print("bad", g)
explicit = [g for g in cols if g["trigger"] == "explicit"]
# each round drops 300 bytearrays (and their list): the collection finds them
print("freed", all(g["freed"] >= 300 * 100 for g in explicit))
print("times ascending", all(cols[i]["t_ns"] <= cols[i + 1]["t_ns"] for i in range(len(cols) - 1)))
al = d["alloc"]
print("size classes", len(al["by_size"]), sum(s["count"] for s in al["by_size"]) == al["count"],
      sum(s["bytes"] for s in al["by_size"]) == al["bytes"])
bt = al["by_type"]
print("by type", bt["bytearray"]["count"] >= 4 * 301, bt["Node"]["count"], bt["Node"]["bytes"] >= 200 * 16)
print("type sums", sum(t["count"] for t in bt.values()) == al["count"])
print("heap samples", len(d["heap"]) == 2 * len(cols))

info = gc.info()
print(sorted(info.keys()))
print(info["collections"] >= 4, info["used"] + info["free"] == info["heap"], info["largest_free"] <= info["free"])
