# Two versions of one module name load side by side (pwsh keys loaded modules by path): Get-Module lists both, the
# later import's commands win, importing a loaded file again imports its members again (no second copy), and
# Remove-Module <Name> removes both.
Import-Module "$PSScriptRoot/fixtures/Greet/1.0.0/Greet.psd1"
Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1"
(Get-Module Greet).Count
Get-Module Greet | ForEach-Object { "$($_.Name) $($_.Version)" }
Get-Greeting
Import-Module "$PSScriptRoot/fixtures/Greet/1.0.0/Greet.psd1"
(Get-Module Greet).Count
Get-Greeting
Remove-Module Greet
(Get-Module Greet).Count
[bool](Get-Command Get-Greeting -ErrorAction SilentlyContinue)
