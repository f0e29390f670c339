# A module #requires names that cannot be found stops the script before it runs: ScriptRequiresMissingModules.
#requires -Modules NoSuchModuleForRequires
Write-Output 'failed'
