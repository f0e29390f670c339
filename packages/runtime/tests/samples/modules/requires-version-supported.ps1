# Versions up to the running one (5.1 scripts run on 7.4) and the Core edition pass #requires.
#requires -Version 5.1
#requires -PSEdition Core
Write-Output 'ran'
