switch (4, 2) {
    1 { "It is one."; Break }
    2 { "It is two." ; Break }
    3 { "It is three." ; Break }
    4 { "It is four." ; Break }
    3 { "Three again." }
}
