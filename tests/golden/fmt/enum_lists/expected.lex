vocabulary v {
  enum one { a, b, c }
  enum split {
    a,
    b,
    c
  }
  enum commented {
    alpha,           // first
    beta,            // second
    gamma_long_name  // third
  }
  enum
    short { x, y }
  enum
    empty_ish { z }
}
