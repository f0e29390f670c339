function Set-Tier { param([ValidateSet("Gold","Silver", ErrorMessage = "{0} is not a tier: {1}")] $Tier) $Tier }
try { Set-Tier -Tier Bronze } catch { $_.Exception.Message }
