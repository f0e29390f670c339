# The built-in ExchangeOnlineManagement module satisfies #requires -Modules, by name or by specification.
#requires -Modules ExchangeOnlineManagement, @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.0' }
Write-Output 'ran'
