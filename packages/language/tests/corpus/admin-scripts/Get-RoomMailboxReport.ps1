<#
.SYNOPSIS
    Room and equipment mailboxes with their booking settings and delegates.
#>
[CmdletBinding()]
param(
    [ValidateSet('RoomMailbox', 'EquipmentMailbox')]
    [string[]]$Kind = @('RoomMailbox', 'EquipmentMailbox'),
    [string]$Csv
)

Connect-ExchangeOnline -ShowBanner:$false

$resources = Get-EXOMailbox -RecipientTypeDetails $Kind -ResultSize Unlimited -Properties ResourceCapacity, Office
Write-Verbose ("Found {0} resource mailboxes" -f $resources.Count)

$report = foreach ($res in $resources) {
    $cp = Get-CalendarProcessing -Identity $res.UserPrincipalName
    $place = Get-Place -Identity $res.UserPrincipalName -ErrorAction SilentlyContinue

    $delegates = if ($cp.ResourceDelegates) {
        ($cp.ResourceDelegates | ForEach-Object { $_.ToString() }) -join '; '
    }
    else { '' }

    [PSCustomObject]@{
        Name              = $res.DisplayName
        Email             = $res.PrimarySmtpAddress
        Type              = $res.RecipientTypeDetails -replace 'Mailbox$'
        Capacity          = $res.ResourceCapacity
        Building          = $place.Building
        Floor             = $place.Floor
        AutoAccept        = $cp.AutomateProcessing -eq 'AutoAccept'
        BookingWindowDays = $cp.BookingWindowInDays
        MaxDurationHours  = [math]::Round($cp.MaximumDurationInMinutes / 60, 1)
        AllowConflicts    = $cp.AllowConflicts
        Delegates         = $delegates
        DeleteSubject     = $cp.DeleteSubject
    }
}

$report | Sort-Object Type, Building, Name | Format-Table Name, Type, Capacity, Building, AutoAccept, BookingWindowDays -AutoSize

$notAuto = $report | Where-Object { -not $_.AutoAccept -and -not $_.Delegates }
if ($notAuto) {
    Write-Warning 'These resources neither auto-accept nor have delegates; requests will wait forever:'
    $notAuto.Name | ForEach-Object { Write-Warning "  $_" }
}

if ($Csv) { $report | Export-Csv -Path $Csv -NoTypeInformation }
