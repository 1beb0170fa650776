# Tests escape sequences and repr() of strings with quotes and specials
print("tab:\tend", "nl:\\n", 'single \'quoted\'', "double \"quoted\"")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("plain"))
print(repr("a\nb"), repr("tab\there"), repr("back\\slash"), repr("\r\x00\x7f"))
print(repr("\x01\x1f"), repr("\u00e9"), repr("\xa0"), repr("\u200b"))
print("\x41\x42\u0043", "\101\102", "\N{GREEK SMALL LETTER ALPHA}" == "\u03b1")
print(len("\n"), len("\\n"), len(r"\n"), r"raw\tstring", repr(r"a\b"))
print("""triple "double" quoted""", '''triple 'single' quoted''')
print("""multi
line""")
print(repr("""x
y"""))
print("adjacent" " literals" ' joined')
print(repr(""), repr("'"), repr('"'), repr("'\""))
print(str("it's"), [ "a'b", 'c"d' ], ("\n",))
print(repr("\\"), repr("\t\n\r"), "\x7e")
