$ErrorActionPreference
$WarningPreference
$VerbosePreference
$DebugPreference
$ConfirmPreference
$WhatIfPreference
