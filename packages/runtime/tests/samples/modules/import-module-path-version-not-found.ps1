# A manifest path outside Import-Module's version bounds is not loaded: Modules_ModuleWithVersionNotFound names the
# path as given.
Import-Module ./fixtures/Greet/1.0.0/Greet.psd1 -MinimumVersion '2.0' -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].Exception.Message
$null -eq (Get-Module Greet)
Import-Module ./fixtures/Greet/2.1.0/Greet.psd1 -RequiredVersion '2.1.0'
(Get-Module Greet).Version.ToString()
Remove-Module Greet
Import-Module ./fixtures/Greet/2.1.0/Greet.psd1 -MaximumVersion '2.0'
