# $PSStyle's settings take their enum's names (any case, or the enum value) and strings; a name the enum lacks is
# pwsh's ExceptionWhenSetting and leaves the setting as it was.
$PSStyle.OutputRendering = 'PlainText'
$PSStyle.OutputRendering
$PSStyle.OutputRendering = [System.Management.Automation.OutputRendering]::Ansi
$PSStyle.OutputRendering
$PSStyle.Progress.View = 'classic'
$PSStyle.Progress.View
$PSStyle.Progress.MaxWidth = 80
$PSStyle.Progress.MaxWidth
$PSStyle.Formatting.Warning = "`e[35m"
$PSStyle.Formatting.Warning -eq "`e[35m"
$PSStyle.OutputRendering = 'Bogus'
$PSStyle.OutputRendering
