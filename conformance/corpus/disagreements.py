# Cases where FhirRecovery's validator is known to disagree with the reference verdict (checked by hand: the
# expectation is right, the validator is wrong). build_corpus.py copies each reason into manifest.json as
# "knownDisagreement"; CorpusTests skips those cases. Clear an entry when run_corpus.py says it agrees again.
KNOWN_DISAGREEMENTS = {
    "profile-qr-unknown-linkid": "QuestionnaireResponse is not validated against its Questionnaire (loaded with --package): unknown linkId passes",
    "profile-qr-wrong-answer-type": "QuestionnaireResponse is not validated against its Questionnaire: an integer answer to a string item passes",
    "profile-qr-required-missing": "QuestionnaireResponse is not validated against its Questionnaire: a completed response without a required item passes",
    "xml-decimal-leading-zeros": "the XML decimal '00.1' is accepted (the R4 decimal regex forbids leading zeros)",
}
