"a`tb".Length
"a`nb".Length
[int][char]"`t"
[int][char]"`n"
