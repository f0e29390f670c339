# The ToString() method is .NET's (shortest round-trip); PowerShell's own conversion uses G15.
(0.1 + 0.2).ToString()
(1 / 3).ToString()
[double]::MaxValue.ToString()
"{0}" -f (0.1 + 0.2)
