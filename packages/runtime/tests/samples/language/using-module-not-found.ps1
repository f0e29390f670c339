# pwsh looks a 'using module' module up when it parses the script (Get-Module -ListAvailable): nothing runs.
using module NoSuchModuleAnywhere
'not reached'
