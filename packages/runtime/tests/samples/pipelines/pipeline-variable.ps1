1..2 | ForEach-Object -PipelineVariable p { $_ * 10 } | ForEach-Object { "$($p)-$_" }
