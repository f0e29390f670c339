<#
.SYNOPSIS
    Microsoft 365 groups with their owners, member counts and ownerless groups highlighted.
#>
#Requires -Version 7.0

[CmdletBinding()]
param(
    [string]$ReportPath = "$PSScriptRoot/M365Groups.csv",
    [int]$MinimumOwners = 2
)

Set-StrictMode -Version Latest
Connect-ExchangeOnline -ShowBanner:$false

$groups = Get-UnifiedGroup -ResultSize Unlimited -IncludeAllProperties
$report = [System.Collections.Generic.List[object]]::new($groups.Count)

foreach ($group in $groups) {
    $owners = @(Get-UnifiedGroupLinks -Identity $group.Identity -LinkType Owners -ResultSize Unlimited)
    $ownerNames = $owners.PrimarySmtpAddress -join ', '

    $report.Add([pscustomobject]@{
            Group          = $group.DisplayName
            Email          = $group.PrimarySmtpAddress
            Privacy        = $group.AccessType ?? 'Unknown'
            Team           = $group.ResourceProvisioningOptions -contains 'Team' ? 'Yes' : 'No'
            Owners         = $ownerNames.Length -gt 0 ? $ownerNames : '(none)'
            OwnerCount     = $owners.Count
            Members        = $group.GroupMemberCount
            Guests         = $group.GroupExternalMemberCount
            Created        = $group.WhenCreated
            ManagedBy      = @($group.ManagedBy).Count
        })
}

$ownerless = $report | Where-Object OwnerCount -EQ 0
$fewOwners = $report | Where-Object { $_.OwnerCount -gt 0 -and $_.OwnerCount -lt $MinimumOwners }

$report | Sort-Object Group | Export-Csv -Path $ReportPath -NoTypeInformation -Encoding utf8

Write-Host "Groups: $($report.Count)"
Write-Host "Ownerless: $(@($ownerless).Count)" -ForegroundColor ($ownerless ? 'Red' : 'Green')
Write-Host "Fewer than $MinimumOwners owners: $(@($fewOwners).Count)"
$ownerless | Select-Object Group, Email, Members, Created | Format-Table -AutoSize
