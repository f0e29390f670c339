"a-b" –replace "-", "+"
5 —gt 3
