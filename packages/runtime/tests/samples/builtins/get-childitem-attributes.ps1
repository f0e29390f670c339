# Get-ChildItem -Attributes takes a FlagsExpression over FileAttributes: `,` is OR, `+` is AND, `!` is NOT, names
# case-insensitive and shortened as enum names may be. On Unix .NET gives Directory for a directory, Hidden for a
# leading dot (listed without -Force when Hidden is named in the expression) and Normal when no other flag applies.
$d = Join-Path $PWD 'gci-attributes.tmp.dir'
New-Item -ItemType Directory -Path $d | Out-Null
New-Item -ItemType Directory -Path (Join-Path $d 'sub') | Out-Null
Set-Content -Path (Join-Path $d 'a.txt') -Value 'a'
Set-Content -Path (Join-Path $d '.dot') -Value 'd'
(Get-ChildItem $d -Attributes !Directory).Name
(Get-ChildItem $d -Attributes Directory).Name
(Get-ChildItem $d -Attributes Hidden).Name
(Get-ChildItem $d -Attributes Directory, Hidden).Name -join ','
(Get-ChildItem $d -Attributes 'dir+!hid').Name
(Get-ChildItem $d -Attributes 'Normal').Name
(Get-ChildItem $d -Attributes '!Directory+!Hidden' -Force).Name
(Get-ChildItem $d -Attributes 'ReadOnly').Count
# A file named by the path passes the same filters.
(Get-ChildItem (Join-Path $d 'a.txt') -Attributes Directory).Count
(Get-ChildItem (Join-Path $d 'a.txt') -Attributes 'Normal,Hidden').Name
(Get-Item (Join-Path $d 'sub')).Attributes
(Get-Item (Join-Path $d 'a.txt')).Attributes
(Get-Item (Join-Path $d '.dot') -Force).Attributes
$e = [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]'Directory+!ReadOnly'
$e -is [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]
Get-ChildItem $d -Attributes 'Directory+'
Get-ChildItem $d -Attributes 'Nope'
# The parser's own message, after the cast error's `Cannot convert value "!" to type "...". Error: ` prefix.
try { [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]'!' } catch { $_.Exception.Message -replace '^[^:]*: ' }
Remove-Item $d -Recurse -Force
