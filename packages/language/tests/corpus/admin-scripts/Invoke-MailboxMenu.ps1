# Interactive helper for the service desk: look up a mailbox and run common actions on it.
# Written for Windows PowerShell 5.1 and PowerShell 7.

Clear-Host
Write-Host '==============================================' -ForegroundColor DarkCyan
Write-Host '        Exchange Online mailbox helper        ' -ForegroundColor DarkCyan
Write-Host '==============================================' -ForegroundColor DarkCyan

if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Write-Host 'ExchangeOnlineManagement is not installed.' -ForegroundColor Red
    $answer = Read-Host Install it now? [Y] Yes [N] No
    if ($answer -ne 'Y') { exit }
    Install-Module ExchangeOnlineManagement -Scope CurrentUser -Force
}
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -ShowBanner:$false

do {
    $upn = Read-Host "`nMailbox (UPN), or Q to quit"
    if ($upn -eq 'Q') { break }

    $mbx = Get-EXOMailbox -Identity $upn -Properties LitigationHoldEnabled, ForwardingSmtpAddress -ErrorAction SilentlyContinue
    if (!$mbx) {
        Write-Host "No mailbox found for $upn" -ForegroundColor Red
        continue
    }

    Write-Host "`n$($mbx.DisplayName) <$($mbx.PrimarySmtpAddress)>" -ForegroundColor Green
    Write-Host "  Type: $($mbx.RecipientTypeDetails)   Hold: $($mbx.LitigationHoldEnabled)"
    Write-Host '  1) Show size'
    Write-Host '  2) Show forwarding'
    Write-Host '  3) Convert to shared mailbox'
    Write-Host '  4) Grant full access'
    $choice = Read-Host 'Choice'

    switch ($choice) {
        1 {
            Get-EXOMailboxStatistics -Identity $upn | Format-List DisplayName, ItemCount, TotalItemSize, LastLogonTime
        }
        2 {
            if ($mbx.ForwardingSmtpAddress) { "Forwards to $($mbx.ForwardingSmtpAddress)" } else { 'No forwarding' }
        }
        3 {
            $confirm = Read-Host "Convert $upn to a shared mailbox? (yes/no)"
            if ($confirm -eq 'yes') {
                Set-Mailbox -Identity $upn -Type Shared
                Write-Host 'Converted.' -ForegroundColor Green
            }
        }
        4 {
            $delegate = Read-Host 'Grant full access to (UPN)'
            Add-MailboxPermission -Identity $upn -User $delegate -AccessRights FullAccess -InheritanceType All -AutoMapping $true | Out-Null
            Write-Host "Full access granted to $delegate"
        }
        default { Write-Host 'Unknown choice' -ForegroundColor Yellow }
    }
} until ($upn -eq 'Q')

Disconnect-ExchangeOnline -Confirm:$false
Write-Host 'Bye.'
