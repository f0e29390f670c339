[byte]255
([byte[]](1, 2, 3)).Count
