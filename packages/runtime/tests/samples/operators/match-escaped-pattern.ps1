'a.b' -match [regex]::Escape('.')
'ab' -match [regex]::Escape('.')
