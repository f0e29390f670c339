"PowerPoint" -replace "Point"
