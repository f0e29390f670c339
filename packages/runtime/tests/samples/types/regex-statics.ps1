[regex]::Escape('a.b')
[regex]::Matches('a1b22', '\d+').Count
([regex]'\d+').Match('ab12').Value
