# A manifest module's Path is its root module's file; ModuleBase is the manifest's folder.
$m = Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1" -PassThru
Split-Path -Leaf $m.Path
Split-Path -Leaf $m.ModuleBase
Remove-Module Greet
