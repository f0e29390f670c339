# -Version must name a PowerShell version: anything else fails parameter validation.
Set-StrictMode -Version 8.0
Set-StrictMode -Version 1.5
'after'
