# The dates the interview understands in words, the paper sizes, the FHIR questionnaire's
# texts and the warning about characters no font can print.
