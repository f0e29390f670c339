#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Lists Full Access, Send As and Send on Behalf permissions on every mailbox.
.NOTES
    Skips the inherited SELF and NT AUTHORITY entries that every mailbox has.
#>
param(
    [string]$CsvPath = ".\MailboxPermissions_$((Get-Date).ToString('yyyy-MM-dd')).csv",
    [string[]]$Identity
)

function Get-PermissionRow {
    param(
        [Parameter(Mandatory)] $Mailbox,
        [Parameter(Mandatory)] [string]$Right,
        [Parameter(Mandatory)] [string]$Trustee
    )
    [PSCustomObject][ordered]@{
        Mailbox     = $Mailbox.DisplayName
        MailboxUPN  = $Mailbox.UserPrincipalName
        MailboxType = $Mailbox.RecipientTypeDetails
        Permission  = $Right
        GrantedTo   = $Trustee
    }
}

Connect-ExchangeOnline -ShowBanner:$false

if ($Identity) {
    $mailboxes = foreach ($id in $Identity) { Get-EXOMailbox -Identity $id -PropertySets Minimum, Delegates }
}
else {
    $mailboxes = Get-EXOMailbox -ResultSize Unlimited -PropertySets Minimum, Delegates
}

$results = New-Object System.Collections.ArrayList
$count = 0
foreach ($mailbox in $mailboxes) {
    $count++
    $percent = [int](($count / @($mailboxes).Count) * 100)
    Write-Progress -Activity "Auditing $($mailbox.DisplayName)" -Status "$percent% complete" -PercentComplete $percent

    Get-EXOMailboxPermission -Identity $mailbox.UserPrincipalName |
        Where-Object { $_.User -notlike 'NT AUTHORITY\*' -and $_.User -ne 'S-1-5-10' -and -not $_.IsInherited } |
        ForEach-Object {
            [void]$results.Add((Get-PermissionRow -Mailbox $mailbox -Right ($_.AccessRights -join ';') -Trustee $_.User))
        }

    foreach ($sendAs in Get-EXORecipientPermission -Identity $mailbox.UserPrincipalName -AccessRights SendAs) {
        if ($sendAs.Trustee -match '^NT AUTHORITY') { continue }
        [void]$results.Add((Get-PermissionRow -Mailbox $mailbox -Right 'SendAs' -Trustee $sendAs.Trustee))
    }

    foreach ($delegate in $mailbox.GrantSendOnBehalfTo) {
        $null = $results.Add((Get-PermissionRow -Mailbox $mailbox -Right 'SendOnBehalf' -Trustee $delegate))
    }
}

if ($results.Count -eq 0) {
    Write-Host 'No explicit permissions found.' -ForegroundColor Yellow
}
else {
    $results | Export-Csv -Path $CsvPath -NoTypeInformation
    $results | Group-Object -Property Permission | Select-Object Name, Count | Format-Table -AutoSize
    Write-Host "Exported $($results.Count) permission entries to $CsvPath"
}

Disconnect-ExchangeOnline -Confirm:$false
