<#
    Checks that the modules this toolkit needs are installed and recent enough, installs or updates
    them for the current user, then connects. Copied around by many admins: note the typographic
    dashes and quotes in a few lines, which PowerShell accepts as '-' and quotes.
#>
#Requires -Version 5.1

$required = [ordered]@{
    'ExchangeOnlineManagement' = [version]'3.4.0'
    'Microsoft.Graph.Users'    = [version]'2.10.0'
}

foreach ($name in $required.Keys) {
    $minimum = $required[$name]
    $installed = Get-Module -ListAvailable -Name $name | Sort-Object Version -Descending | Select-Object -First 1

    if ($null -eq $installed) {
        Write-Host "$name is not installed." -ForegroundColor Yellow
        $reply = Read-Host "Install $name now? (Y/N)"
        if ($reply -match '^[Yy]') {
            Install-Module –Name $name –Scope CurrentUser –AllowClobber –Force
        }
        else {
            Write-Host “$name is required. Exiting.” -ForegroundColor Red
            exit 1
        }
    }
    elseif ($installed.Version -lt $minimum) {
        Write-Host ("{0} {1} is older than {2}; updating." -f $name, $installed.Version, $minimum)
        Update-Module -Name $name -Force -ErrorAction Continue
    }
    else {
        Write-Host "$name $($installed.Version) OK" -ForegroundColor Green
    }
}

$loaded = Get-Module ExchangeOnlineManagement
if ($loaded -and $loaded.Version -lt $required['ExchangeOnlineManagement']) {
    Write-Warning 'An old ExchangeOnlineManagement is loaded in this session; start a new session after the update.'
}

Import-Module ExchangeOnlineManagement -MinimumVersion $required['ExchangeOnlineManagement'] -ErrorAction Stop
$connections = @(Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' })
if ($connections.Count -eq 0) {
    Connect-ExchangeOnline -UserPrincipalName (Read-Host 'Admin UPN') -ShowBanner:$false
}
else {
    Write-Host "Already connected to $($connections[0].Organization)."
}

Get-EXOMailbox -ResultSize 1 | Out-Null
if ($?) { Write-Host 'Exchange Online is reachable.' -ForegroundColor Green }
