<#
.SYNOPSIS
    Creates distribution groups and adds members from a CSV file.
.DESCRIPTION
    CSV columns: GroupName, Alias, Owner, Members (separated by semicolons), External (Yes/No).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ if (Test-Path $_) { $true } else { throw "File $_ does not exist" } })]
    [System.IO.FileInfo]$Path,

    [string]$Domain = 'contoso.com'
)

Connect-ExchangeOnline -ShowBanner:$false
$groups = Import-Csv -Path $Path.FullName
$created = @()

foreach ($g in $groups) {
    $alias = ($g.Alias -replace '[^a-zA-Z0-9\-]', '').ToLower()
    $address = "$alias@$Domain"

    $existing = Get-DistributionGroup -Identity $address -ErrorAction SilentlyContinue
    if ($existing) {
        Write-Host "Group $address already exists, adding members only." -ForegroundColor Yellow
    }
    elseif ($PSCmdlet.ShouldProcess($address, 'New-DistributionGroup')) {
        $newGroup = @{
            Name               = $g.GroupName
            Alias              = $alias
            PrimarySmtpAddress = $address
            ManagedBy          = $g.Owner
            MemberJoinRestriction = 'Closed'
        }
        New-DistributionGroup @newGroup | Out-Null
        if ($g.External -eq 'Yes') {
            Set-DistributionGroup -Identity $address -RequireSenderAuthenticationEnabled $false
        }
        $created += $address
    }

    $members = $g.Members -split ';' | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' }
    foreach ($member in $members) {
        try {
            Add-DistributionGroupMember -Identity $address -Member $member -ErrorAction Stop -WhatIf:$WhatIfPreference
        }
        catch {
            if ($_.Exception.Message -like '*already a member*') {
                Write-Verbose "$member is already in $address"
            }
            else {
                Write-Warning "Could not add $member to ${address}: $($_.Exception.Message)"
            }
        }
    }
}

Write-Host "Created $($created.Count) groups:"
$created | ForEach-Object { Write-Host "  $_" }
