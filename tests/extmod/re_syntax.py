# re: syntax where Python and PCRE2 differ (the module translates), and less common constructs
import re
try:
    import warnings
    warnings.simplefilter("ignore")  # CPython warns "Possible nested set"
except ImportError:
    pass

print(re.findall(r"[[:a]+", "[:a]b"))          # no POSIX classes in Python
print(re.findall(r"[]a]", "]a["), re.findall(r"[^]a]", "]ab"))
print(re.match(r"\v", "\x0b").span(), re.match(r"[\v]", "\x0b").span(), re.match(r"\s", "\x0b").span())
print(re.match(r"\101\0", "A\x00").span(), re.match(r"[\101]", "A").group())
print(re.match(r"a{", "a{").group(), re.match(r"a{1,2", "a{1,2").group(), re.match(r"a{x}", "a{x}").group())
print(re.match(r"a{,2}b", "aab").group(), re.match(r"a{,}b", "aaab").group())
print(re.match(r"\Z", "").span(), re.search(r"\Z", "a\n").span(), re.search(r"$", "a\n").span())
print(re.match(r"a++", "aaa").group(), re.match(r"a*+a", "aaa"), re.match(r"(?>a+)b", "aab").group())
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.match(r"(?P<x>a)?(?(x)b|c)", "ab").group())
print(re.match(r"a(?#comment)b", "ab").group())
print(re.match(r"(?x) a [ ] b # comment [ not a class", "a b").group())
print(re.match(r"(?x)a\ b", "a b").group(), re.match(r"(?x)a[#]b", "a#b").group())
print(re.match(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", r".*+?()[]{}|^$\ ").group())
print(re.match(r"\-\&\~\#\ \!\@\%", "-&~# !@%").group())
print(re.match(r"(?s:.)(?m:^)", "\n").span() if False else "skip")
print(re.match(r"(?i)(?-i:a)b", "aB").group(), re.match(r"(?i)(?-i:a)b", "AB"))
print(re.match(r"(?ms)a.$", "a\n\n").group() == "a\n")
print(re.search(r"\bfoo\b", "a foo b").span(), re.search(r"\Bo\B", "foo bar").span())
print(re.findall(r"[\w-]+", "a-b c_d"), re.findall(r"[\d.]+", "1.5 x 2"))
print(re.findall(r"[^\W\d]+", "ab12cd"), re.findall(r"[\s\S]", "a b") == ["a", " ", "b"])
print(re.match(r"\t\n\r\f\a", "\t\n\r\f\a").span())
print(re.fullmatch(r"[\x00-\x7f]+", "abc").group(), re.fullmatch(r"[\u00e0-\u00ff]+", "àé").group())
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l-m&n~o#p q\tr"))
print(re.escape("_abc123"), re.escape(""))
print(re.match(re.escape("1+1=2?"), "1+1=2?").group())
print(re.split(r"\s+", "  a b  "), re.split(r"(\s)+", "a  b"))
print(re.findall(r"(?:ab)+", "ababxab"), re.findall(r"(a)(?:b)", "abab"))
