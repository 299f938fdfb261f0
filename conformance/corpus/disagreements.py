# Cases where FhirRecovery's validator is known to disagree with the reference verdict (checked by hand: the
# expectation is right, the validator is wrong). build_corpus.py copies each reason into manifest.json as
# "knownDisagreement"; CorpusTests skips those cases. Clear an entry when run_corpus.py says it agrees again.
KNOWN_DISAGREEMENTS = {
}
