# Bundles (exec'd by build_corpus.py)
BASE = "http://example.org/fhir/"
BPAT = {"resourceType": "Patient", "id": "p1", "gender": "female"}
BOBS = d(OBS, subject={"reference": "Patient/p1"})


def entry(res, full=None, **kw):
    e = {"fullUrl": full or f"{BASE}{res['resourceType']}/{res['id']}", "resource": res}
    e.update(kw)
    return e


def bundle(btype, entries, **kw):
    b = {"resourceType": "Bundle", "id": "b1", "type": btype, "entry": entries}
    b.update(kw)
    return b


COMP = {"resourceType": "Composition", "id": "comp1", "status": "final", "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}]},
        "subject": {"reference": "Patient/p1"}, "date": "2020-01-01T10:00:00Z", "author": [{"reference": "Patient/p1"}], "title": "Discharge summary",
        "section": [{"title": "Notes", "text": narrative(f'<div xmlns="{XHTML}">Well.</div>')}]}
DOC_ID = {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0"}
case("bundle-collection-valid", bundle("collection", [entry(BPAT), entry(BOBS)]), "valid", rule="collection Bundle")
case("bundle-collection-entry-invalid", bundle("collection", [entry(d(BPAT, gender="x"))]), "invalid", expr="Bundle.entry[0].resource",
     rule="each entry is validated by its resource type")
case("bundle-collection-entry-unknown-element", bundle("collection", [entry(d(BPAT, colour="blue"))]), "invalid", expr="Bundle.entry[0].resource",
     msg="colour", rule="each entry is validated by its resource type")
case("bdl-1-total-in-collection", bundle("collection", [entry(BPAT)], total=1), "invalid", expr="Bundle", msg="bdl-1", rule="bdl-1")
case("bdl-2-search-in-collection", bundle("collection", [entry(BPAT, search={"mode": "match"})]), "invalid", expr="Bundle", msg="bdl-2", rule="bdl-2")
case("bdl-3-request-in-collection", bundle("collection", [entry(BPAT, request={"method": "PUT", "url": "Patient/p1"})]), "invalid",
     expr="Bundle", msg="bdl-3", rule="bdl-3")
case("bdl-3-transaction-without-request", bundle("transaction", [entry(BPAT)]), "invalid", expr="Bundle", msg="bdl-3",
     rule="bdl-3: request mandatory in a transaction")
case("bdl-4-response-in-collection", bundle("collection", [entry(BPAT, response={"status": "200"})]), "invalid", expr="Bundle", msg="bdl-4",
     rule="bdl-4")
case("bdl-5-entry-without-resource", bundle("collection", [{"fullUrl": BASE + "Patient/p1"}]), "invalid", expr="Bundle.entry[0]", msg="bdl-5",
     rule="bdl-5")
case("bdl-7-duplicate-fullurl", bundle("collection", [entry(BPAT), entry(d(BPAT, gender="male"))]), "invalid", expr="Bundle", msg="bdl-7",
     rule="bdl-7")
case("bdl-7-same-fullurl-different-versions", bundle("history", [
    entry(d(BPAT, meta={"versionId": "1"}), request={"method": "PUT", "url": "Patient/p1"}, response={"status": "200"}),
    entry(d(BPAT, meta={"versionId": "2"}), request={"method": "PUT", "url": "Patient/p1"}, response={"status": "200"})]), "valid",
     rule="bdl-7: history may repeat a fullUrl")
case("bdl-8-versioned-fullurl", bundle("collection", [entry(BPAT, full=BASE + "Patient/p1/_history/1")]), "invalid", expr="Bundle.entry[0]",
     msg="bdl-8", rule="bdl-8")
case("bundle-fullurl-id-mismatch", bundle("collection", [entry(BPAT, full=BASE + "Patient/p2")]), "invalid", expr="Bundle.entry[0]",
     rule="a RESTful fullUrl must end with the resource's type and id")
case("bundle-fullurl-type-mismatch", bundle("collection", [entry(BPAT, full=BASE + "Observation/p1")]), "invalid", expr="Bundle.entry[0]",
     rule="a RESTful fullUrl must end with the resource's type and id")
case("bundle-fullurl-urn-uuid", bundle("collection", [entry(BPAT, full="urn:uuid:9d1fb3b2-3a8c-4d9e-9a1c-0f2a3b4c5d6e")]), "valid",
     rule="urn:uuid fullUrl with a resource id", conf="low")
case("bundle-fullurl-missing-id", bundle("collection", [entry(d(BPAT, id=None), full=BASE + "Patient/p1")]), "invalid", expr="Bundle.entry[0]",
     rule="a RESTful fullUrl requires the resource id", note="Java: BUNDLE_ENTRY_URL_MATCHES_NO_ID is a rule (error)")
case("bundle-searchset-valid", bundle("searchset", [entry(BPAT, search={"mode": "match", "score": 1})], total=1,
     link=[{"relation": "self", "url": BASE + "Patient?gender=female"}]), "valid", rule="searchset with total and search")
case("bundle-search-mode-invalid", bundle("searchset", [entry(BPAT, search={"mode": "found"})]), "invalid", expr="Bundle.entry[0].search.mode",
     rule="Bundle.entry.search.mode required binding")
case("bundle-transaction-valid", bundle("transaction", [
    {"fullUrl": "urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a", "resource": d(BPAT, id=None), "request": {"method": "POST", "url": "Patient"}},
    {"request": {"method": "DELETE", "url": "Observation/o9"}}]), "valid", rule="transaction with POST and DELETE")
case("bundle-transaction-bad-method", bundle("transaction", [entry(BPAT, request={"method": "FETCH", "url": "Patient/p1"})]), "invalid",
     expr="Bundle.entry[0].request.method", rule="HTTPVerb required binding")
case("bundle-transaction-response-valid", bundle("transaction-response", [{"response": {"status": "201 Created",
     "location": "Patient/p1/_history/1"}}]), "valid", rule="transaction-response")
case("bundle-type-invalid", bundle("bag", [entry(BPAT)]), "invalid", expr="Bundle.type", rule="Bundle.type required binding")
case("bundle-missing-type", {"resourceType": "Bundle", "id": "b1", "entry": [entry(BPAT)]}, "invalid", expr="Bundle", msg="type",
     rule="Bundle.type 1..1")
case("bundle-nested-bundle-entry", bundle("collection", [entry(bundle("collection", [entry(BPAT)], id="inner"), full=BASE + "Bundle/inner")]),
     "valid", rule="a Bundle inside a collection")
case("bundle-entry-reference-wrong-type", bundle("collection", [entry(BPAT), entry(d(OBS, subject={"reference": BASE + "Patient/p1"},
     performer=[{"reference": BASE + "Patient/p1"}], specimen={"reference": BASE + "Patient/p1"}))]), "invalid",
     expr="Bundle.entry[1].resource", rule="reference resolved in the Bundle has the wrong type (specimen -> Patient)")

# documents
DOC = bundle("document", [entry(COMP), entry(BPAT)], identifier=DOC_ID, timestamp="2020-01-01T10:00:00Z")
case("document-valid", DOC, "valid", rule="document Bundle")
case("bdl-9-document-no-identifier", d(DOC, identifier=None), "invalid", expr="Bundle", msg="bdl-9", rule="bdl-9")
case("bdl-10-document-no-timestamp", d(DOC, timestamp=None), "invalid", expr="Bundle", msg="bdl-10", rule="bdl-10")
case("bdl-11-document-first-not-composition", d(DOC, entry=[entry(BPAT), entry(COMP)]), "invalid", expr="Bundle", msg="bdl-11", rule="bdl-11")
case("cmp-1-empty-section", d(DOC, entry=[entry(d(COMP, section=[{"title": "Empty"}])), entry(BPAT)]), "invalid",
     expr="Bundle.entry[0].resource", msg="cmp-1", rule="cmp-1 in a document's Composition")
case("document-subject-not-in-bundle", d(DOC, entry=[entry(COMP)]), "invalid", expr="Bundle.entry[0].resource",
     rule="references in a document must resolve inside the Bundle",
     note="Java: 'Can't find \'Patient/p1\' in the bundle' is an ERROR for document Bundles (fhir-test-cases bundle.document)")

# messages
MH = {"resourceType": "MessageHeader", "id": "mh1", "eventCoding": {"system": "http://example.org/events", "code": "admit"},
      "source": {"endpoint": "https://example.org/source"}, "focus": [{"reference": BASE + "Patient/p1"}]}
MSG = bundle("message", [entry(MH), entry(BPAT)], timestamp="2020-01-01T10:00:00Z")
case("message-valid", MSG, "valid", rule="message Bundle")
case("bdl-12-message-first-not-messageheader", d(MSG, entry=[entry(BPAT), entry(MH)]), "invalid", expr="Bundle", msg="bdl-12", rule="bdl-12")
case("messageheader-missing-source", d(MSG, entry=[entry(d(MH, source=None)), entry(BPAT)]), "invalid", expr="Bundle.entry[0].resource",
     msg="source", rule="MessageHeader.source 1..1")
case("messageheader-missing-event", d(MSG, entry=[entry(d(MH, eventCoding=None)), entry(BPAT)]), "invalid", expr="Bundle.entry[0].resource",
     rule="MessageHeader.event[x] 1..1")
case("messageheader-focus-not-in-bundle", d(MSG, entry=[entry(MH)]), "invalid", expr="Bundle.entry[0].resource",
     rule="MessageHeader.focus must resolve inside a message", conf="low",
     note="required by issue 4; the Java validator's severity for an unresolved focus not verified")
case("messageheader-standalone-valid", d(MH, focus=None), "valid", rule="MessageHeader outside a Bundle")
case("bundle-batch-get-valid", bundle("batch", [{"request": {"method": "GET", "url": "Patient?gender=female"}}]), "valid",
     rule="batch of searches: entries without resources")
case("bundle-entry-no-fullurl", bundle("collection", [{"resource": BPAT}]), "invalid", expr="Bundle.entry[0]",
     rule="every entry except in transactions and batches needs a fullUrl",
     note="Java: 'Except for transactions and batches, each entry in a Bundle must have a fullUrl' (ERROR)")
case("document-orphan-entry", d(DOC, entry=[entry(COMP), entry(BPAT), entry(d(BOBS, subject=None))]), "invalid", expr="Bundle.entry[2]",
     rule="every document entry must be reachable from the Composition",
     note="Java BundleValidator.checkAllInterlinked: an orphan document entry is a rule (ERROR) in every version; only reverse links differ (R4: warning)")
case("document-reverse-link-entry", d(DOC, entry=[entry(COMP), entry(BPAT), entry(BOBS)]), "valid",
     rule="a document entry reached only by its own reference to a reached entry (reverse link: a warning in R4)",
     note="Java BundleValidator.checkAllInterlinked: BUNDLE_BUNDLE_ENTRY_REVERSE_R4 is a warning")
case("bundle-fullurl-relative", bundle("collection", [entry(BPAT, full="Patient/p1")]), "invalid", expr="Bundle.entry[0]",
     rule="fullUrl must be absolute", note="Java: BUNDLE_ENTRY_URL_ABSOLUTE is a rule (error)")
