# #requires -Assembly is checked by the parser only (a string); nothing is verified when the script runs.
#requires -Assembly System.Xml
Write-Output 'ran'
