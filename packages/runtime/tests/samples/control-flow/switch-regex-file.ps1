switch -Regex -File ./switch-regex-file.data { '^\d+$' { "num $_" } '^[a-z]+$' { "word $_" } }
