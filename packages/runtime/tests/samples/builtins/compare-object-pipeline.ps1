# The difference set can come from the pipeline, one object at a time.
"x", "y" | Compare-Object -ReferenceObject "x", "z" | ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
