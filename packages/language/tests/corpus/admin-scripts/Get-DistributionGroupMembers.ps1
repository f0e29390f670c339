<#
.SYNOPSIS
    Exports the members of every distribution group, expanding nested groups.
.DESCRIPTION
    Nested groups are expanded recursively; a group already seen on the current path is
    skipped so that circular nesting cannot loop forever.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [string]$GroupFilter = '*',
    [string]$ExportPath = "$env:TEMP\DistributionGroupMembers.csv",
    [switch]$Recurse
)

$script:rows = @()
$visited = @{}

function Expand-GroupMember {
    param(
        [string]$GroupIdentity,
        [string]$TopGroup,
        [int]$Depth = 0
    )
    if ($visited.ContainsKey("$TopGroup|$GroupIdentity")) { return }
    $visited["$TopGroup|$GroupIdentity"] = $true

    $members = Get-DistributionGroupMember -Identity $GroupIdentity -ResultSize Unlimited
    foreach ($member in $members) {
        if ($Recurse -and $member.RecipientType -like '*Group*') {
            Expand-GroupMember -GroupIdentity $member.PrimarySmtpAddress -TopGroup $TopGroup -Depth ($Depth + 1)
            continue
        }
        $script:rows += [PSCustomObject]@{
            Group         = $TopGroup
            Member        = $member.DisplayName
            Email         = $member.PrimarySmtpAddress
            RecipientType = $member.RecipientType
            NestingLevel  = $Depth
        }
    }
}

Connect-ExchangeOnline -ShowBanner:$false
$groups = Get-DistributionGroup -ResultSize Unlimited -Filter "Name -like '$GroupFilter'" | Sort-Object DisplayName

if (!$groups) {
    Write-Warning "No distribution group matches '$GroupFilter'."
    exit 1
}

$n = 0
foreach ($group in $groups) {
    $n++
    Write-Progress -Activity 'Expanding groups' -CurrentOperation $group.DisplayName -PercentComplete ($n / $groups.Count * 100)
    Expand-GroupMember -GroupIdentity $group.PrimarySmtpAddress -TopGroup $group.DisplayName
}

$empty = $groups | Where-Object { $script:rows.Group -notcontains $_.DisplayName }
foreach ($g in $empty) {
    $script:rows += [PSCustomObject]@{ Group = $g.DisplayName; Member = '(empty)'; Email = ''; RecipientType = ''; NestingLevel = 0 }
}

$script:rows | Export-Csv $ExportPath -NoTypeInformation -Encoding UTF8
Write-Host "$($groups.Count) groups, $($script:rows.Count) rows written to $ExportPath" -ForegroundColor Green
