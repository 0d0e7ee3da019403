# \N{NAME} escapes in str literals: names, mixed case, aliases, computed names, f-strings,
# bytes and raw literals (no escape there), and the errors for malformed or unknown names.

print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}"), ascii("\N{latin small letter e with acute}"))
print(ascii("\N{Latin Capital Letter A}bc\N{DIGIT ONE}\N{SPACE}x"))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{greek capital letter omega}\N{EURO SIGN}"))
print(ascii("\N{SNOWMAN}\N{PILE OF POO}\N{grinning face}"))
print(ascii("\N{NULL}\N{LINE FEED}\N{CHARACTER TABULATION}\N{DELETE}"))
print(ascii("\N{BOX DRAWINGS LIGHT HORIZONTAL}\N{ZERO WIDTH SPACE}\N{REPLACEMENT CHARACTER}"))
print(ascii("\N{HANGUL JUNGSEONG O-E}\N{TIBETAN MARK TSA -PHRU}\N{LATIN SMALL LETTER SHARP S}"))
print(len("\N{SPACE}"), "\N{LATIN CAPITAL LETTER Z}" == "Z")
# aliases (control codes, abbreviations, corrections)
print(ascii("\N{NBSP}\N{LF}\N{NUL}\N{ZWNJ}\N{ZWJ}\N{BOM}\N{byte order mark}\N{SHY}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{latin small letter gha}\N{END OF LINE}\N{ESC}"))
# computed names
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-3400}\N{CJK UNIFIED IDEOGRAPH-04E00}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-fa70}"))
print(ascii("\N{NUSHU CHARACTER-1B170}\N{nushu character-1b2fb}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE GGAG}\N{HANGUL SYLLABLE HIH}"))
print(ascii("\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE YEOLB}\N{HANGUL SYLLABLE SSWAENG}"))
# triple-quoted, concatenation, with other escapes
print(ascii("""a\N{BULLET}
b""" "\x41\N{MIDDLE DOT}\u00e9\N{DEGREE SIGN}\101"))
# f-strings: the escape's braces are not a replacement field
x = 5
print(ascii(f"{x}\N{DIGIT ONE}{x:>3}\N{EM DASH}"), ascii(f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}"))
# bytes and raw literals keep the text as written
print(b"\N{NBSP}", len(b"\N{NBSP}"), r"\N{NBSP}", len(r"\N{NBSP}"), rb"\N{x}")
print(ascii(rf"{x}\N{{SPACE}}"))

# errors: type and CPython's message
for src in (
    r'"\N{foo}"', r'"\N{"', r'"\N"', r'"\Nabc"', r'"abc\N{}"', r'"\N{abc"', r'"ab\N{LATIN SMALL LETTER A}\N{x}"',
    r'"\N{ LATIN SMALL LETTER A}"', r'"\N{LATIN SMALL LETTER A }"', r'"\N{LATIN  SMALL LETTER A}"',
    r'"\N{cjk unified ideograph-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-004E00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-4E0}"', r'"\N{CJK UNIFIED IDEOGRAPH-F900}"', r'"\N{CJK UNIFIED IDEOGRAPH-}"',
    r'"\N{CJK COMPATIBILITY IDEOGRAPH-0F900}"', r'"\N{NUSHU CHARACTER-1B16F}"',
    r'"\N{hangul syllable ga}"', r'"\N{HANGUL SYLLABLE GAGX}"', r'"\N{HANGUL SYLLABLE }"', r'"\N{HANGUL SYLLABLE G}"',
    r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{x}"', r'"é\N{foo}"', r'"\N{latin small letter é}"',
    r'f"ab{1}cd\N{foo}"', r'"\N{SPACE}\N{x}"', r'"\N{' + 'A' * 300 + '}"', r'"\N{SPACE'
):
    try:
        exec("s = " + src)
        print("ok", ascii(s))
    except SyntaxError as e:
        print(type(e).__name__, e.args[0])

# f-string specifics: \N in a format spec, a missing '}' inside the literal part
print(ascii(f"{1}\N{DIGIT ONE}{2}"), ascii(f"{1:\N{DIGIT ONE}>3}"), ascii(f"{1!r:\N{SPACE}^5}"))
for src in (r'f"\N{foo"', r'f"\N{DIGIT ONE"', r'f"""\N{foo}"""', r'f"{x}\N{nope}"'):
    try:
        exec("s = " + src)
        print("ok", ascii(s))
    except SyntaxError as e:
        print(type(e).__name__, e.args[0])
