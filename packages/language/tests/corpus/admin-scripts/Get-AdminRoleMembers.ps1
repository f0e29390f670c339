<#
.SYNOPSIS
    Lists members of Exchange role groups and direct management role assignments.
#>
[CmdletBinding()]
param(
    [string[]]$RoleGroups = @('Organization Management', 'Recipient Management', 'Compliance Management', 'Help Desk'),
    [switch]$IncludeAssignments
)

Connect-ExchangeOnline -ShowBanner:$false

$members = foreach ($rg in $RoleGroups) {
    $group = Get-RoleGroup -Identity $rg -ErrorAction SilentlyContinue
    if (-not $group) {
        Write-Verbose "Role group $rg does not exist in this tenant"
        continue
    }
    Get-RoleGroupMember -Identity $rg -ResultSize Unlimited | Select-Object @{ Name = 'RoleGroup'; Expression = { $rg } },
        Name, RecipientType, PrimarySmtpAddress
}

$members | Sort-Object RoleGroup, Name | Format-Table -AutoSize

$groupsInGroups = $members.Where({ $_.RecipientType -match 'Group' })
if ($groupsInGroups.Count -gt 0) {
    Write-Host "`nNested groups hide their members from this report:" -ForegroundColor Yellow
    $groupsInGroups.ForEach({ Write-Host "  $($_.RoleGroup) -> $($_.Name)" })
}

if ($IncludeAssignments) {
    $assignments = Get-ManagementRoleAssignment -GetEffectiveUsers -Enabled $true |
        Where-Object { $_.RoleAssigneeType -eq 'User' -and $_.EffectiveUserName -ne 'All Group Members' }
    $byUser = $assignments | Group-Object EffectiveUserName | Sort-Object Count -Descending
    foreach ($u in $byUser) {
        $roles = ($u.Group.Role | Sort-Object -Unique) -join ', '
        [pscustomobject]@{ User = $u.Name; RoleCount = $u.Count; Roles = $roles }
    }
}

$privileged = @($members | Where-Object RoleGroup -EQ 'Organization Management').Count
if ($privileged -gt 5) {
    Write-Warning "$privileged members in Organization Management; consider reducing standing access."
}
