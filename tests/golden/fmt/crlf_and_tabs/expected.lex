instrument i "I" {
  kind treaty  // tab before
  origin regional
}

define a =
  b and c
