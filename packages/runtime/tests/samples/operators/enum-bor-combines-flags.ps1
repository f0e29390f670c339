$result = [System.Management.Automation.CommandTypes]::Alias -bor [System.Management.Automation.CommandTypes]::Application
$result.ToString()
