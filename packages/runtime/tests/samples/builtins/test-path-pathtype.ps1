Test-Path / -PathType Container
Test-Path / -PathType Leaf
