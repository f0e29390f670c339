# $PSStyle (about_ANSI_Terminals, PSStyle.cs in 7.4): Host rendering, the Minimal progress view at most 120 wide,
# the text attributes, Formatting/FileInfo styles, the 16 colours and FromRgb.
$PSStyle.OutputRendering
$PSStyle.Progress.View
$PSStyle.Progress.MaxWidth
$PSStyle.Progress.UseOSCIndicator
$PSStyle.Reset -eq "`e[0m"
$PSStyle.Bold + 'x' + $PSStyle.BoldOff -eq "`e[1mx`e[22m"
$PSStyle.Reverse -eq "`e[7m" -and $PSStyle.ReverseOff -eq "`e[27m"
$PSStyle.Formatting.TableHeader -eq "`e[32;1m"
$PSStyle.Formatting.FormatAccent -eq "`e[32;1m"
$PSStyle.Progress.Style -eq "`e[33;1m"
$PSStyle.FileInfo.Directory -eq "`e[44;1m"
$PSStyle.FileInfo.SymbolicLink -eq "`e[36;1m"
$PSStyle.FileInfo.Executable -eq "`e[32;1m"
$PSStyle.FileInfo.Extension['.PS1'] -eq "`e[33;1m"
$PSStyle.FileInfo.Extension['.zip'] -eq "`e[31;1m"
$PSStyle.Foreground.Red -eq "`e[31m"
$PSStyle.Foreground.BrightRed -eq "`e[91m"
$PSStyle.Background.Blue -eq "`e[44m"
$PSStyle.Background.BrightBlack -eq "`e[100m"
$PSStyle.Foreground.FromRgb(255, 128, 0) -eq "`e[38;2;255;128;0m"
$PSStyle.Background.FromRgb(0x102030) -eq "`e[48;2;16;32;48m"
$PSStyle.OutputRendering.GetType().FullName
$PSStyle.Progress.View.GetType().FullName
