# Primitive formats (exec'd by build_corpus.py)
for cid, value, expected, rule, conf in [
    ("date-year-only", "1970", "valid", "date: year precision", "high"),
    ("date-year-month", "1970-06", "valid", "date: month precision", "high"),
    ("date-month-13", "1970-13-01", "invalid", "date: month out of range", "high"),
    ("date-feb-30", "1970-02-30", "invalid", "date: day does not exist (Java: Not a valid date)", "high"),
    ("date-not-padded", "1970-6-1", "invalid", "date: zero padding required", "high"),
    ("date-with-time", "1970-06-01T10:00:00Z", "invalid", "date: no time part", "high"),
    ("date-leap-day", "2000-02-29", "valid", "date: leap day", "high"),
]:
    case(cid, d(PAT, birthDate=value), expected, expr="Patient.birthDate" if expected == "invalid" else None, rule=rule, conf=conf)

for cid, value, expected, rule, conf in [
    ("datetime-full", "2020-03-04T10:11:12+01:00", "valid", "dateTime with offset", "high"),
    ("datetime-fraction", "2020-03-04T10:11:12.123Z", "valid", "dateTime with fraction", "high"),
    ("datetime-no-timezone", "2020-03-04T10:11:12", "invalid", "dateTime: a time needs a timezone", "high"),
    ("datetime-no-seconds", "2020-03-04T10:11Z", "invalid", "dateTime: seconds required when time is given", "high"),
    ("datetime-hour-24", "2020-03-04T24:00:00Z", "invalid", "dateTime: hour out of range", "high"),
    ("datetime-date-only", "2020-03-04", "valid", "dateTime: date precision", "high"),
    ("datetime-space-separator", "2020-03-04 10:11:12Z", "invalid", "dateTime: T separator", "high"),
]:
    case(cid, d(OBS, effectiveDateTime=value), expected, expr="Observation.effectiveDateTime" if expected == "invalid" else None,
         rule=rule, conf=conf)

for cid, value, expected, rule in [
    ("instant-full", "2020-03-04T10:11:12.5Z", "valid", "instant"),
    ("instant-date-only", "2020-03-04", "invalid", "instant needs a full time and timezone"),
    ("instant-no-timezone", "2020-03-04T10:11:12", "invalid", "instant needs a timezone"),
]:
    case(cid, d(OBS, issued=value), expected, expr="Observation.issued" if expected == "invalid" else None, rule=rule)

for cid, value, expected, rule in [
    ("time-valid", "10:11:12", "valid", "time"),
    ("time-no-seconds", "10:11", "invalid", "time needs seconds"),
    ("time-hour-25", "25:00:00", "invalid", "time: hour out of range"),
    ("time-with-zone", "10:11:12Z", "invalid", "time has no timezone"),
]:
    case(cid, d(OBS, valueTime=value), expected, expr="Observation.valueTime" if expected == "invalid" else None, rule=rule)

case("decimal-exponent", '{\n  "resourceType": "Observation",\n  "id": "o1",\n  "status": "final",\n  "code": {"text": "Heart rate"},\n  "valueQuantity": {"value": 1.5e2}\n}',
     "valid", rule="decimal in exponent notation is allowed", conf="low", note="R4 decimal regex allows an exponent; Java may warn")
case("decimal-high-precision", '{\n  "resourceType": "Observation",\n  "id": "o1",\n  "status": "final",\n  "code": {"text": "x"},\n  "valueQuantity": {"value": 72.000000000000000001}\n}',
     "valid", rule="decimal precision is kept, no range limit")
case("integer-too-big", d(PAT, multipleBirthInteger=2147483648), "invalid", expr="Patient.multipleBirthInteger", rule="integer is 32-bit")
case("integer-fraction", d(PAT, multipleBirthInteger=1.5), "invalid", expr="Patient.multipleBirthInteger", rule="integer has no fraction")
case("integer-negative", d(PAT, multipleBirthInteger=-1), "valid", rule="integer may be negative")
case("positiveint-zero", {"resourceType": "Observation", "id": "o1", "status": "final", "code": {"text": "x"},
     "effectiveTiming": {"repeat": {"frequency": 0, "period": 1, "periodUnit": "d"}}}, "invalid",
     expr="Observation.effectiveTiming.repeat.frequency", rule="positiveInt must be >= 1")
case("unsignedint-negative", d(PAT, photo=[{"contentType": "image/png", "size": -1}]), "invalid", expr="Patient.photo[0].size",
     rule="unsignedInt must be >= 0")
case("unsignedint-zero", d(PAT, photo=[{"contentType": "image/png", "size": 0}]), "valid", rule="unsignedInt may be 0")

case("uri-whitespace", d(PAT, identifier=[{"system": "http://example.org/my ids", "value": "1"}]), "invalid",
     expr="Patient.identifier[0].system", rule="uri must not contain whitespace")
case("uri-urn-oid-valid", d(PAT, identifier=[{"system": "urn:oid:2.16.840.1.113883.2.1.4.1", "value": "9434765919"}]), "valid",
     rule="urn:oid uri")
case("uri-urn-oid-invalid", d(PAT, identifier=[{"system": "urn:oid:2.16.x.1", "value": "1"}]), "invalid", expr="Patient.identifier[0].system",
     rule="urn:oid must be a valid OID", note="Java: 'OIDs must be valid' is an ERROR for uri values starting urn:oid:")
case("uri-urn-uuid-invalid", d(PAT, identifier=[{"system": "urn:uuid:not-a-uuid", "value": "1"}]), "invalid",
     expr="Patient.identifier[0].system", rule="urn:uuid must be a valid UUID", note="Java: 'UUIDs must be valid' for uri values starting urn:uuid:")
case("url-valid", d(PAT, telecom=[{"system": "url", "value": "https://example.org/home"}]), "valid", rule="ContactPoint url")
case("canonical-valid", {"resourceType": "QuestionnaireResponse", "id": "qr1", "status": "completed",
     "questionnaire": "http://example.org/Questionnaire/q1|1.0"}, "valid", rule="canonical with version; unresolvable Questionnaire is not an error",
     note="Java: 'The questionnaire ... could not be resolved' is a WARNING")
case("oid-type-valid", {"resourceType": "NamingSystem", "id": "ns1", "name": "Corpus", "status": "active", "kind": "identifier",
     "date": "2020-01-01", "uniqueId": [{"type": "oid", "value": "2.16.840.1.113883.2.1.4.1"}]}, "valid", rule="NamingSystem with an OID")
case("id-underscore", d(PAT, id="p_1"), "invalid", expr="Patient.id", rule="id: [A-Za-z0-9\\-\\.]{1,64}")
case("id-too-long", d(PAT, id="a" * 65), "invalid", expr="Patient.id", rule="id: at most 64 characters")
case("id-64-chars", d(PAT, id="a" * 64), "valid", rule="id: 64 characters allowed")
case("id-dots-dashes", d(PAT, id="abc.DEF-123"), "valid", rule="id: dots and dashes allowed")
case("code-leading-space", d(OBS, status=" final"), "invalid", expr="Observation.status", rule="code: no leading whitespace")
case("code-double-space", {"resourceType": "Observation", "id": "o1", "status": "final",
     "code": {"coding": [{"system": "http://example.org/codes", "code": "a  b"}]}}, "invalid", expr="Observation.code.coding[0].code",
     rule="code: single internal spaces only")
case("code-internal-space", {"resourceType": "Observation", "id": "o1", "status": "final",
     "code": {"coding": [{"system": "http://example.org/codes", "code": "a b"}]}}, "valid", rule="code: one internal space allowed")
case("base64-valid", d(PAT, photo=[{"contentType": "text/plain", "data": "SGVsbG8gd29ybGQ="}]), "valid", rule="base64Binary")
case("base64-invalid-chars", d(PAT, photo=[{"contentType": "text/plain", "data": "SGVs!!bG8="}]), "invalid", expr="Patient.photo[0].data",
     rule="base64Binary characters")
case("base64-whitespace", d(PAT, photo=[{"contentType": "text/plain", "data": "SGVs bG8g\nd29y bGQ="}]), "valid",
     rule="base64Binary regex allows whitespace", conf="low", note="Java may warn or error on whitespace in base64 (setting dependent)")
case("markdown-valid", {"resourceType": "Questionnaire", "id": "q1", "status": "draft", "description": "# Title\n\n* one\n* two\n"},
     "valid", rule="markdown")
case("string-trailing-whitespace", d(PAT, name=[{"family": "Smith "}]), "valid", rule="leading/trailing whitespace is a warning only")
case("string-newline-in-string", d(PAT, name=[{"text": "line one\nline two"}]), "valid", rule="string may contain newlines")
case("string-control-char", '{\n  "resourceType": "Patient",\n  "id": "p1",\n  "name": [{"family": "Smi\\u0001th"}]\n}', "invalid",
     expr="Patient.name[0].family", rule="string: control characters not allowed", conf="low")
case("boolean-valid", d(PAT, active=False), "valid", rule="boolean false")
case("datetime-offset-out-of-range", d(OBS, effectiveDateTime="2020-03-04T10:11:12+25:00"), "invalid", expr="Observation.effectiveDateTime",
     rule="dateTime: timezone offset at most 14:00")
case("datetime-year-only", d(OBS, effectiveDateTime="2020"), "valid", rule="dateTime: year precision")
case("date-year-zero", d(PAT, birthDate="0000"), "invalid", expr="Patient.birthDate", rule="date: year 0000 is not allowed by the R4 regex")
case("instant-meta-lastupdated-date", d(PAT, meta={"lastUpdated": "2020-01-01"}), "invalid", expr="Patient.meta.lastUpdated",
     rule="meta.lastUpdated is an instant")
case("code-trailing-space", d(OBS, status="final "), "invalid", expr="Observation.status", rule="code: no trailing whitespace",
     note="Java: 'The code 'final ' is not valid (whitespace rules)'")
case("uri-oid-without-urn", d(PAT, identifier=[{"system": "oid:2.16.840.1.113883", "value": "1"}]), "invalid",
     expr="Patient.identifier[0].system", rule="a uri cannot start with oid: (must be urn:oid:)", note="Java: 'URI values cannot start with oid:'")
case("datetime-negative-year", d(OBS, effectiveDateTime="-0001-01-01"), "invalid", expr="Observation.effectiveDateTime",
     rule="dateTime: no negative years")
case("url-invalid-characters", d(PAT, photo=[{"contentType": "image/png", "url": "http://example.org/photo<1>.png"}]), "invalid",
     expr="Patient.photo[0].url", rule="url: invalid characters", note="Java: 'URL contains invalid characters' (fhir-test-cases patient-url-bad: 1 error)")
case("canonical-relative", {"resourceType": "QuestionnaireResponse", "id": "qr1", "status": "completed", "questionnaire": "Questionnaire/q1"},
     "invalid", expr="QuestionnaireResponse.questionnaire", rule="canonical URLs must be absolute unless a fragment reference",
     note="Java: 'Canonical URLs must be absolute URLs if they are not fragment references' (ERROR)")
case("coding-without-system", d(PAT, maritalStatus={"coding": [{"code": "M"}]}), "valid",
     rule="a code without a system is a warning ('A code with no system has no defined meaning')")
case("element-id-duplicate", d(PAT, name=[{"id": "n1", "family": "Smith"}, {"id": "n1", "family": "Jones"}]), "invalid", expr="Patient.name[1]",
     rule="element ids must be unique within a resource", conf="low", note="Java reports 'Duplicate id value' (seen for MeasureReport groups); generic scope not verified")
