Invariant: nhs-number-modulus-11
Description: "An NHS number is 10 digits and its last digit is the Modulus 11 check digit of the first nine (weights 10 down to 2; a remainder giving check digit 10 is never valid)."
Severity: #error
Expression: "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').all(value.matches('^[0-9]{10}$') and ((11 - ((value.substring(0,1).toInteger() * 10 + value.substring(1,1).toInteger() * 9 + value.substring(2,1).toInteger() * 8 + value.substring(3,1).toInteger() * 7 + value.substring(4,1).toInteger() * 6 + value.substring(5,1).toInteger() * 5 + value.substring(6,1).toInteger() * 4 + value.substring(7,1).toInteger() * 3 + value.substring(8,1).toInteger() * 2) mod 11)) mod 11) = value.substring(9,1).toInteger())"
