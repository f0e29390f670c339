<#
=============================================================================================
Name:           Export mailbox forwarding configuration report
Description:    Lists mailboxes with forwarding set up via mailbox settings, and optionally
                opens the output file when done.
Version:        2.1
~~~~~~~~~~~~~~~~~~
Script Highlights:
~~~~~~~~~~~~~~~~~~
1. Installs the ExchangeOnlineManagement module if it is missing (after confirmation).
2. Supports MFA and certificate-based authentication.
3. Exports the report to CSV and shows a popup with the result.
=============================================================================================
#>
Param
(
    [Parameter(Mandatory = $false)]
    [string]$UserName = $null,
    [string]$Password = $null,
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [Switch]$ExcludeInternal
)

Function Connect_Exo
{
 #Check for EXO module inatallation
 $Module = Get-Module ExchangeOnlineManagement -ListAvailable
 if($Module.count -eq 0)
 {
  Write-Host Exchange Online PowerShell module is not available -ForegroundColor yellow
  $Confirm= Read-Host Are you sure you want to install module? [Y] Yes [N] No
  if($Confirm -match "[yY]")
  {
   Write-host "Installing Exchange Online PowerShell module"
   Install-Module ExchangeOnlineManagement -Repository PSGallery -AllowClobber -Force -Scope CurrentUser
   Import-Module ExchangeOnlineManagement
  }
  else
  {
   Write-Host EXO module is required to connect Exchange Online. Please install module using Install-Module ExchangeOnlineManagement cmdlet.
   Exit
  }
 }
 Write-Host Connecting to Exchange Online...
 #Storing credential in script for scheduling purpose/ Passing credential as parameter - Authentication using non-MFA account
 if(($UserName -ne "") -and ($Password -ne ""))
 {
  $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
  $Credential  = New-Object System.Management.Automation.PSCredential $UserName,$SecuredPassword
  Connect-ExchangeOnline -Credential $Credential
 }
 elseif($Organization -ne "" -and $ClientId -ne "" -and $CertificateThumbprint -ne "")
 {
  Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint  -Organization $Organization -ShowBanner:$false
 }
 else
 {
  Connect-ExchangeOnline -ShowBanner:$false
 }
}
Connect_Exo

$Location=Get-Location
$OutputCSV="$Location\MailboxForwardingReport_$((Get-Date -format yyyy-MMM-dd-ddd` hh-mm` tt).ToString()).csv"
$Count=0
$PrintedCount=0
$AcceptedDomains=(Get-AcceptedDomain).DomainName

#Get mailboxes with forwarding
Get-Mailbox -ResultSize Unlimited | Where-Object {($_.ForwardingSmtpAddress -ne $null) -or ($_.ForwardingAddress -ne $null)} | foreach {
 $Count++
 $Name=$_.Name
 Write-Progress -Activity "`n     Processed mailbox count: $Count "`n"  Currently Processing: $Name"
 $ForwardingSMTP=$_.ForwardingSmtpAddress
 if($ForwardingSMTP -ne $null)
 {
  $ForwardingSMTP=$ForwardingSMTP.split(":") | Select -Index 1
  $Domain=$ForwardingSMTP.Split("@") | Select -Last 1
  if(($ExcludeInternal.IsPresent) -and ($AcceptedDomains -contains $Domain))
  {
   return
  }
 }
 $ForwardTo=$_.ForwardingAddress
 if($ForwardTo -eq $null) { $ForwardTo="-" }
 $DeliverAndForward=$_.DeliverToMailboxAndForward
 $PrintedCount++
 $Result=@{'Mailbox Name'=$Name;'UPN'=$_.UserPrincipalName;'Forwarding SMTP Address'=$ForwardingSMTP;'Forward To'=$ForwardTo;'Deliver To Mailbox and Forward'=$DeliverAndForward}
 $Results= New-Object PSObject -Property $Result
 $Results | Select-Object 'Mailbox Name',UPN,'Forwarding SMTP Address','Forward To','Deliver To Mailbox and Forward' | Export-Csv -Path $OutputCSV -Notype -Append
}

Write-Host `nScript executed successfully
if((Test-Path -Path $OutputCSV) -eq "True")
{
 Write-Host `nThe output file contains $PrintedCount mailboxes.
 Write-Host `nThe Output file available in: -NoNewline -ForegroundColor Yellow; Write-Host $OutputCSV
 $Prompt = New-Object -ComObject wscript.shell
 $UserInput = $Prompt.popup("Do you want to open output file?",` 0,"Open Output File",4)
 If ($UserInput -eq 6)
 {
  Invoke-Item "$OutputCSV"
 }
}
else
{
 Write-Host No mailbox with forwarding found.
}
#Disconnect Exchange Online session
Disconnect-ExchangeOnline -Confirm:$false | Out-Null
