# String forms of unsigned values: [string], interpolation, ToString, -f.
"$([uint64]::MaxValue)"
[string][uint64]::MaxValue
([uint64]::MaxValue).ToString()
'{0:N0}' -f [uint64]::MaxValue
([uint32]4294967295).ToString('X')
'{0}' -f 4294967295u
