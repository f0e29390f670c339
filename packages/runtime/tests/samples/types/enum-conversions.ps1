[System.DayOfWeek]'Monday'
[int][System.DayOfWeek]::Friday
[System.DayOfWeek]1
'Sunday' -as [System.DayOfWeek]
