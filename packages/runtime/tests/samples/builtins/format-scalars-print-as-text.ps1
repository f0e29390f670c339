# pwsh's default scalar types (string, numbers, bool, char, enums, SecureString) print as their text.
'abc', 42, 1.5, $true, [char]'x', [System.DayOfWeek]::Monday | Out-String -Stream
ConvertTo-SecureString 'p' -AsPlainText -Force | Out-String -Stream
