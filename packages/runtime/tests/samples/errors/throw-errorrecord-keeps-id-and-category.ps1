$er = [System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), 'MyId', 'InvalidData', $null)
try { throw $er } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
