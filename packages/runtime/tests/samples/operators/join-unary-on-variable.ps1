$z = "WIND", "S P", "ERSHELL"
-join $z
"Windows", "PowerShell", "2.0" -join " "
