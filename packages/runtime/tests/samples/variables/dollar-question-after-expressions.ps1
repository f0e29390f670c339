# An expression statement sets $? to True (a string with a failing subexpression, a member of a failed command's
# output); (command), $(...) and @(a; b) keep what their statements set (pwsh's ShouldSetExecutionStatusToSuccess).
$null = "a $(Write-Error 'bad' -ErrorAction SilentlyContinue)"
$?
$null = (Write-Error 'bad' -ErrorAction SilentlyContinue)
$?
$null = @(Write-Error 'bad' -ErrorAction SilentlyContinue; 'Hi')
$?
$null = @('Hi'; Write-Error 'bad' -ErrorAction SilentlyContinue)
$?
$null = $(Write-Error 'bad' -ErrorAction SilentlyContinue)
$?
Write-Error 'bad' -ErrorAction SilentlyContinue; $null = @()
$?
$x = (Write-Error 'bad' -ErrorAction SilentlyContinue).Length
$?
