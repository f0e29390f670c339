# System.DateTime's custom view shows the DateTime script property: long date and long time (en-US).
[datetime]'2026-11-26 23:10:37' | Out-String -Stream
([datetime]'2026-11-26 23:10:37').DateTime
