function testFunc { param($psExec = $true ? 'pwsh' : 'powershell.exe') $psExec }
testFunc
