# re: findall/sub (callable)/finditer/split over a 150 KB text, and many small matches
import re

text = "The quick brown fox jumps over the lazy dog 12345 times; mail a.b@c.org. " * 2000
n = 0
for i in range(8):
    n += len(re.findall(r"\b\w+\b", text))
    n += len(re.sub(r"\d+", lambda m: str(len(m.group())), text))
    n += sum(m.end() - m.start() for m in re.finditer(r"[aeiou]{2}", text))
    n += len(re.split(r"[;.]\s*", text))
    n += 1 if re.search(r"x{3}", text) else 0
p = re.compile(r"(\w+)@(\w+)\.(\w+)")
for i in range(30000):
    n += len(p.match("user%d@host.org" % (i % 100)).group(1))
print(n)
