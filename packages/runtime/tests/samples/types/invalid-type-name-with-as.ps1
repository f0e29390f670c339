$null -eq ('int]whatever' -as [type])
