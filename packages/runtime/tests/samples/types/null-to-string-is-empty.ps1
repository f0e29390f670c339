[string]$null -eq ''
([string]$null).Length
