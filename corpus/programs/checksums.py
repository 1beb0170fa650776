# Check-digit algorithms: Luhn, ISBN-10, ISBN-13, IBAN mod-97, and a simple CRC-like hash.

def luhn_valid(number):
    digits = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in range(10):
        if luhn_valid(partial + str(d)):
            return partial + str(d)
    return None


def isbn10_valid(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = 0
    for i, ch in enumerate(s):
        if ch == "X" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


def isbn13_valid(s):
    s = s.replace("-", "")
    if len(s) != 13 or not s.isdigit():
        return False
    total = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(s))
    return total % 10 == 0


def isbn10_to_13(s):
    core = "978" + s.replace("-", "")[:9]
    total = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(core))
    return core + str((10 - total % 10) % 10)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    digits = ""
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            digits += str(ord(ch) - ord("A") + 10)
    return int(digits) % 97 == 1


def adler32(data):
    a, b = 1, 0
    for ch in data:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fnv1a(data):
    h = 0x811C9DC5
    for ch in data:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


for card in ("4539 1488 0343 6467", "8273 1232 7352 0569", "4111 1111 1111 1111", "1234 5678 9012 3456", "79927398713"):
    print(f"{card:<22} luhn {'ok' if luhn_valid(card) else 'bad'}")
print("completed:", luhn_complete("7992739871"), luhn_complete("411111111111111"))
for isbn in ("0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "978-0-306-40615-7", "978-3-16-148410-0", "123"):
    print(f"{isbn:<20} isbn10 {isbn10_valid(isbn)!s:<5} isbn13 {isbn13_valid(isbn)}")
print("convert:", isbn10_to_13("0-306-40615-2"), isbn13_valid(isbn10_to_13("0-306-40615-2")))
for iban in ("GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 33"):
    print(f"{iban:<30} {'valid' if iban_valid(iban) else 'invalid'}")
for text in ("Wikipedia", "", "hello world", "The quick brown fox"):
    print(f"{text!r:<22} adler32={adler32(text):08x} fnv1a={fnv1a(text):08x}")
