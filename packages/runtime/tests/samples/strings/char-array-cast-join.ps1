[char[]]'abc' -join '-'
