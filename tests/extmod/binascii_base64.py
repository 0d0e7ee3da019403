# binascii.a2b_base64 (with strict_mode) / b2a_base64 (with newline), crc32, crc_hqx
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", bytes(range(256)), bytearray(b"\xff\xfe"), memoryview(b"mv!")]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == bytes(data))
for x in ["YQ==", "YQ", "YQ=", "Y", "YWJj", "YW Jj\n", "=YWJj", "YWJj====", "YQ==YQ==", "YQ=a=",
          "Y===", "#$%", "", "====", "YWJjZA==\n", "YW=Jj", "YWJjZ", "YWJjZA", "YWJjZA=", "Y W J j Z A = =",
          b"YWJj", bytearray(b"YQ=="), "A" * 9, "AB=C=D", "YWJ=", "YW==x", "Y\x00Q==", "Y-Q_==", "YWJj\n"]:
    for strict in [False, True]:
        try:
            print(repr(x), strict, binascii.a2b_base64(x, strict_mode=strict))
        except binascii.Error as e:
            print(repr(x), strict, "Error", e)
try:
    binascii.a2b_base64("\u00e9")
except ValueError as e:
    print("ValueError", e)
try:
    binascii.b2a_base64("str")
except TypeError:
    print("TypeError")

for data in [b"", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 10]:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc32(data, -1), binascii.crc32(data, 2**32 + 5))
    print(binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff), binascii.crc_hqx(data, 0x12345))
crc = 0
for chunk in [b"hel", b"lo ", b"world"]:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"hello world"))
