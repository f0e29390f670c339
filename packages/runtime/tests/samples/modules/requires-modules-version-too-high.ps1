# A specification whose ModuleVersion no available module meets: ScriptRequiresMissingModules.
#requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '99.0' }
Write-Output 'failed'
