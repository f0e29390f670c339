"PowerPoint1", "PowerPoint2" -replace "Point", "Shell"
