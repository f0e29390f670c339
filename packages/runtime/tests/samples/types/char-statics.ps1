[char]::IsDigit('5')
[char]::IsLetter('x')
[char]::IsUpper('x')
