# Every type named inside a class is resolved at parse time; classes and enums of the script count as found.
enum Color { Red }
class Palette {
    [Color]$Main
    [System.Collections.Generic.List[NoSuchType]]$Others
}
'not reached'
