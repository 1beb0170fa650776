# Names may use any letters (XID_Start, XID_Continue), as str.isidentifier says.
größe = 3
Ⅷ = 8
café_total = größe + Ⅷ
π = 3.14159
print(café_total, π * 2)
for s in ["größe", "Ⅷ", "〇", "x²", "x₂", "_1", "1x", "", "a b", "naïve", "日本", "a‿b", "٣x", "x٣", "$", "é́"]:
    print(repr(s), s.isidentifier())
