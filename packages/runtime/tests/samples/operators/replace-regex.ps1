"Get-Process" -replace "Get", "Stop"
"image.gif" -replace "\.gif$", ".jpg"
