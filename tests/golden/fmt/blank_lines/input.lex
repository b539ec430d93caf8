


// leading blank lines go



instrument i "I" {


  kind treaty



  origin regional


}



define a = b
define c = d




provision p { of i cite "c" text "t"

  requires a

}   	


