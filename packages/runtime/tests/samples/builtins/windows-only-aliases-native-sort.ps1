# On Linux and macOS pwsh has no `sort` alias (InitialSessionState #if !UNIX): the native sort(1) runs and sorts text.
3, 10, 2 | sort
# `dir` is kept on every platform.
(dir -Filter windows-only-aliases-native-sort.ps1).Name
