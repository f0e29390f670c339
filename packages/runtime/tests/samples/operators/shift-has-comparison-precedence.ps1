2 -shl 1 + 1
