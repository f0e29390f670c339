<#
.SYNOPSIS
    Licence report for Microsoft 365 users, with friendly SKU names.
#>
param(
    [ValidateSet('All', 'Licensed', 'Unlicensed')]
    [string]$Scope = 'Licensed',
    [string]$OutFile = '.\LicenseReport.csv'
)

$friendlyNames = @{
    'ENTERPRISEPACK'     = 'Office 365 E3'
    'ENTERPRISEPREMIUM'  = 'Office 365 E5'
    'SPE_E3'             = 'Microsoft 365 E3'
    'SPE_E5'             = 'Microsoft 365 E5'
    'EXCHANGESTANDARD'   = 'Exchange Online (Plan 1)'
    'EXCHANGEENTERPRISE' = 'Exchange Online (Plan 2)'
    'FLOW_FREE'          = 'Power Automate Free'
}

Connect-MgGraph -Scopes User.Read.All, Organization.Read.All -NoWelcome

$skus = Get-MgSubscribedSku -All
$skuById = @{}
foreach ($sku in $skus) {
    $skuById[$sku.SkuId] = $sku.SkuPartNumber
}

$users = Get-MgUser -All -Property Id, DisplayName, UserPrincipalName, AssignedLicenses, AccountEnabled, Department
switch ($Scope) {
    'Licensed'   { $users = $users | Where-Object { $_.AssignedLicenses.Count -gt 0 } }
    'Unlicensed' { $users = $users | Where-Object { $_.AssignedLicenses.Count -eq 0 } }
    default      { }
}

$report = foreach ($user in $users) {
    $names = foreach ($license in $user.AssignedLicenses) {
        $part = $skuById[$license.SkuId]
        if ($friendlyNames.ContainsKey($part)) { $friendlyNames[$part] } else { $part }
    }
    [pscustomobject]@{
        DisplayName = $user.DisplayName
        UPN         = $user.UserPrincipalName
        Enabled     = $user.AccountEnabled
        Department  = if ($user.Department) { $user.Department } else { '-' }
        Licenses    = ($names | Sort-Object) -join ', '
        Count       = @($names).Count
    }
}

$summary = $skus | Select-Object @{Name = 'Sku'; Expression = { $_.SkuPartNumber } },
    @{Name = 'Purchased'; Expression = { $_.PrepaidUnits.Enabled } },
    @{Name = 'Assigned'; Expression = { $_.ConsumedUnits } },
    @{Name = 'Free'; Expression = { $_.PrepaidUnits.Enabled - $_.ConsumedUnits } }

$summary | Format-Table -AutoSize
$report | Export-Csv -Path $OutFile -NoTypeInformation
Write-Host "Licence report saved to $OutFile ($($report.Count) users)"
Disconnect-MgGraph | Out-Null
