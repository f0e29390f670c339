# #requires -Modules imports the module before the script runs: here a manifest path, relative to the location.
#requires -Modules ./fixtures/Greet/1.0.0/Greet.psd1
Get-Greeting
(Get-Module Greet).Version.ToString()
