<#
=============================================================================================
Name:           Microsoft 365 users' last sign-in report (Microsoft Graph)
Version:        1.3
Highlights:     Installs Microsoft Graph if needed, filters licensed/disabled users, saves the
                report in the Downloads folder and asks before opening it.
=============================================================================================
#>
param (
    [switch]$LicensedUsersOnly,
    [switch]$DisabledUsersOnly,
    [int]$InactiveDays,
    [string]$TenantId,
    [string]$ClientId,
    [string]$CertificateThumbprint
)

#Check for Microsoft Graph module
$MsGraphModule = Get-Module Microsoft.Graph -ListAvailable
if($MsGraphModule -eq $null)
{
    Write-host "Important: Microsoft Graph module is unavailable. It is mandatory to have this module installed in the system to run the script successfully."
    $confirm = Read-Host Are you sure you want to install Microsoft Graph module? [Y] Yes [N] No
    if($confirm -match "[yY]")
    {
        Write-host "Installing Microsoft Graph module..."
        Install-Module Microsoft.Graph -Scope CurrentUser -AllowClobber
        Write-host "Microsoft Graph module is installed in the machine successfully" -ForegroundColor Magenta
    }
    else
    {
        Write-host "Exiting. `nNote: Microsoft Graph module must be available in your system to run the script" -ForegroundColor Red
        Exit
    }
}

if(($TenantId -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne ""))
{
    Connect-MgGraph -TenantId $TenantId -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -ErrorAction SilentlyContinue -ErrorVariable ConnectionError|Out-Null
    if($ConnectionError -ne $null)
    {
        Write-Host $ConnectionError -Foregroundcolor Red
        Exit
    }
}
else
{
    Connect-MgGraph -Scopes "User.Read.All","AuditLog.Read.All" -NoWelcome -ErrorAction SilentlyContinue -Errorvariable ConnectionError |Out-Null
    if($ConnectionError -ne $null)
    {
        Write-Host "$ConnectionError" -Foregroundcolor Red
        Exit
    }
}
Write-Host "Microsoft Graph PowerShell module is connected successfully" -ForegroundColor Green

$Location = (New-Object -ComObject Shell.Application).NameSpace('shell:Downloads').Self.Path
$ExportCSV = "$Location\M365Users_LastSignIn_Report_$((Get-Date -format yyyy-MMM-dd-ddd` hh-mm-ss` tt).ToString()).csv"
$Count = 0
$PrintedUser = 0

$RequiredProperties = @('UserPrincipalName','DisplayName','AccountEnabled','AssignedLicenses','SignInActivity','CreatedDateTime')
Get-MgUser -All -Property $RequiredProperties | Select-Object $RequiredProperties | ForEach-Object {
    $Count++
    $UPN = $_.UserPrincipalName
    Write-Progress -Activity "`n     Processed users: $Count - $UPN"
    $LastSignIn = $_.SignInActivity.LastSignInDateTime
    if($LastSignIn -eq $null)
    {
        $LastSignIn = "Never Logged In"
        $InactiveDaysCount = "-"
    }
    else
    {
        $InactiveDaysCount = (New-TimeSpan -Start $LastSignIn).Days
    }
    $IsLicensed = if($_.AssignedLicenses.Count -ne 0) {"Yes"} else {"No"}
    $Status = if($_.AccountEnabled -eq $true) {"Enabled"} else {"Disabled"}

    #Filters
    if($LicensedUsersOnly.IsPresent -and ($IsLicensed -eq "No")) { return }
    if($DisabledUsersOnly.IsPresent -and ($Status -eq "Enabled")) { return }
    if(($InactiveDays -ne "") -and (($InactiveDaysCount -eq "-") -or ($InactiveDays -gt $InactiveDaysCount))) { return }

    $PrintedUser++
    $ExportResult = [PSCustomObject]@{'Display Name'=$_.DisplayName;'UPN'=$UPN;'Last Sign-in Date'=$LastSignIn;'Inactive Days'=$InactiveDaysCount;'Account Status'=$Status;'Licensed'=$IsLicensed;'Creation Date'=$_.CreatedDateTime}
    $ExportResult | Export-Csv -Path $ExportCSV -NoTypeInformation -Append
}

Disconnect-MgGraph | Out-Null
if(-not (Test-Path -Path $ExportCSV))
{
    Write-Host "No users found for the given criteria."
    break
}

Write-Host `nThe output file contains $PrintedUser users.
Write-Host `nThe output file available in: -NoNewline -ForegroundColor Yellow
Write-Host "$ExportCSV"
$wshell = New-Object -ComObject Wscript.Shell
$UserInput = $wshell.Popup("Do you want to open output file?",0,"Open Output File",4)
if ($UserInput -eq 6)
{
    Invoke-Item "$ExportCSV"
}
