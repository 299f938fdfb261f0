# A small profile folder of our own (differential-only) and the cases that use it (exec'd by build_corpus.py)
CS_COLOURS = "http://example.org/fhir/corpus/CodeSystem/colours"
VS_COLOURS = "http://example.org/fhir/corpus/ValueSet/colours"
VS_MARITAL = "http://example.org/fhir/corpus/ValueSet/marital"
V3_MARITAL = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"
NHS = "https://fhir.nhs.uk/Id/nhs-number"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"


def sd(sid, base, kind, elements, type_=None, context=None, abstract=False):
    r = {"resourceType": "StructureDefinition", "id": sid, "url": P + sid, "version": "1.0.0", "name": "".join(
        w.capitalize() for w in sid.split("-")), "status": "active", "fhirVersion": "4.0.1", "kind": kind, "abstract": abstract,
        "type": type_ or base, "baseDefinition": "http://hl7.org/fhir/StructureDefinition/" + base, "derivation": "constraint",
        "differential": {"element": [dict({"id": e["path"]} if "id" not in e else {}, **e) for e in elements]}}
    if context:
        r["context"] = context
    return r


def el(path, eid=None, **kw):
    e = {"id": eid or path, "path": path}
    e.update(kw)
    return e


PROFILE_RESOURCES = [
    ("CodeSystem-colours.json", {"resourceType": "CodeSystem", "id": "colours", "url": CS_COLOURS, "version": "1.0.0", "name": "Colours",
     "status": "active", "content": "complete", "caseSensitive": True,
     "concept": [{"code": "red", "display": "Red"}, {"code": "green", "display": "Green"}, {"code": "blue", "display": "Blue"}]}),
    ("ValueSet-colours.json", {"resourceType": "ValueSet", "id": "colours", "url": VS_COLOURS, "version": "1.0.0", "name": "Colours",
     "status": "active", "compose": {"include": [{"system": CS_COLOURS}]}}),
    ("ValueSet-marital.json", {"resourceType": "ValueSet", "id": "marital", "url": VS_MARITAL, "version": "1.0.0", "name": "Marital",
     "status": "active", "compose": {"include": [{"system": V3_MARITAL, "concept": [{"code": "M"}, {"code": "S"}]}]}}),
    ("StructureDefinition-favourite-colour.json", sd("favourite-colour", "Extension", "complex-type", [
        el("Extension", short="Favourite colour"),
        el("Extension.extension", max="0"),
        el("Extension.url", fixedUri=P + "favourite-colour"),
        el("Extension.value[x]", min=1, type=[{"code": "code"}], binding={"strength": "required", "valueSet": VS_COLOURS}),
    ], type_="Extension", context=[{"type": "element", "expression": "Patient"}])),
    ("StructureDefinition-corpus-patient.json", sd("corpus-patient", "Patient", "resource", [
        el("Patient"),
        el("Patient.extension", slicing={"discriminator": [{"type": "value", "path": "url"}], "rules": "open"}),
        el("Patient.extension", "Patient.extension:colour", sliceName="colour", min=0, max="1",
           type=[{"code": "Extension", "profile": [P + "favourite-colour"]}]),
        el("Patient.identifier", min=1, slicing={"discriminator": [{"type": "value", "path": "system"}], "rules": "open"}),
        el("Patient.identifier", "Patient.identifier:nhs", sliceName="nhs", min=1, max="1"),
        el("Patient.identifier.system", "Patient.identifier:nhs.system", min=1, fixedUri=NHS),
        el("Patient.identifier.value", "Patient.identifier:nhs.value", min=1),
        el("Patient.name", min=1, mustSupport=True),
        el("Patient.gender", min=1),
        el("Patient.birthDate", mustSupport=True),
        el("Patient.maritalStatus", binding={"strength": "required", "valueSet": VS_MARITAL}),
    ])),
    ("StructureDefinition-corpus-patient-names.json", sd("corpus-patient-names", "Patient", "resource", [
        el("Patient", "Patient", constraint=[
            {"key": "corpus-1", "severity": "error", "human": "An NHS number has ten digits", "source": P + "corpus-patient-names",
             "expression": "identifier.where(system='https://fhir.nhs.uk/Id/nhs-number').all(value.matches('^[0-9]{10}$'))"},
            {"key": "corpus-2", "severity": "warning", "human": "A birth date should be given", "source": P + "corpus-patient-names",
             "expression": "birthDate.exists()"}]),
        el("Patient.name", slicing={"discriminator": [{"type": "exists", "path": "family"}], "rules": "open"}),
        el("Patient.name", "Patient.name:withFamily", sliceName="withFamily", min=1, max="1"),
        el("Patient.name.family", "Patient.name:withFamily.family", min=1),
        el("Patient.maritalStatus", binding={"strength": "extensible", "valueSet": VS_MARITAL}),
    ])),
    ("StructureDefinition-corpus-bp.json", sd("corpus-bp", "Observation", "resource", [
        el("Observation"),
        el("Observation.status", fixedCode="final"),
        el("Observation.category", min=1, slicing={"discriminator": [{"type": "pattern", "path": "$this"}], "rules": "open"}),
        el("Observation.category", "Observation.category:vscat", sliceName="vscat", min=1, max="1",
           patternCodeableConcept={"coding": [{"system": OBS_CAT, "code": "vital-signs"}]}),
        el("Observation.code", patternCodeableConcept={"coding": [{"system": "http://loinc.org", "code": "85354-9"}]}),
        el("Observation.value[x]", max="0"),
        el("Observation.component", min=2, slicing={"discriminator": [{"type": "pattern", "path": "code"}], "rules": "closed"}),
        el("Observation.component", "Observation.component:systolic", sliceName="systolic", min=1, max="1"),
        el("Observation.component.code", "Observation.component:systolic.code",
           patternCodeableConcept={"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}),
        el("Observation.component.value[x]", "Observation.component:systolic.value[x]", min=1, type=[{"code": "Quantity"}]),
        el("Observation.component", "Observation.component:diastolic", sliceName="diastolic", min=1, max="1"),
        el("Observation.component.code", "Observation.component:diastolic.code",
           patternCodeableConcept={"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}),
        el("Observation.component.value[x]", "Observation.component:diastolic.value[x]", min=1, type=[{"code": "Quantity"}]),
    ])),
    ("StructureDefinition-corpus-collection.json", sd("corpus-collection", "Bundle", "resource", [
        el("Bundle"),
        el("Bundle.type", fixedCode="collection"),
        el("Bundle.entry", slicing={"discriminator": [{"type": "type", "path": "resource"}], "rules": "open"}),
        el("Bundle.entry", "Bundle.entry:patient", sliceName="patient", min=1, max="1"),
        el("Bundle.entry.resource", "Bundle.entry:patient.resource", min=1, type=[{"code": "Patient"}]),
    ])),
    ("StructureDefinition-corpus-bp-collection.json", sd("corpus-bp-collection", "Bundle", "resource", [
        el("Bundle"),
        el("Bundle.entry", slicing={"discriminator": [{"type": "profile", "path": "resource"}], "rules": "closed"}),
        el("Bundle.entry", "Bundle.entry:bp", sliceName="bp", min=1, max="*"),
        el("Bundle.entry.resource", "Bundle.entry:bp.resource", min=1, type=[{"code": "Observation", "profile": [P + "corpus-bp"]}]),
    ])),
]

Q_URL = "http://example.org/fhir/corpus/Questionnaire/intake"
PROFILE_RESOURCES.append(("Questionnaire-intake.json", {
    "resourceType": "Questionnaire", "id": "intake", "url": Q_URL, "version": "1.0.0", "name": "Intake", "status": "active",
    "item": [
        {"linkId": "name", "text": "Preferred name", "type": "string", "required": True},
        {"linkId": "smoker", "text": "Do you smoke?", "type": "boolean"},
        {"linkId": "colour", "text": "Favourite colour", "type": "choice",
         "answerOption": [{"valueCoding": {"system": CS_COLOURS, "code": "red"}}, {"valueCoding": {"system": CS_COLOURS, "code": "green"}}]},
        {"linkId": "per-day", "text": "How many a day?", "type": "integer", "required": True,
         "enableWhen": [{"question": "smoker", "operator": "=", "answerBoolean": True}]},
        {"linkId": "allergies", "text": "Allergies", "type": "string", "repeats": True},
        {"linkId": "shade", "text": "Shade", "type": "choice", "answerValueSet": "http://example.org/fhir/corpus/ValueSet/colours"},
        {"linkId": "size", "text": "Size", "type": "open-choice", "answerOption": [{"valueString": "small"}, {"valueString": "large"}]},
        {"linkId": "thanks", "text": "Thank you", "type": "display"},
        {"linkId": "contact", "text": "Contact", "type": "group",
         "item": [{"linkId": "phone", "text": "Phone", "type": "string", "required": True}]},
        {"linkId": "pregnant", "text": "Pregnant?", "type": "boolean", "item": [{"linkId": "weeks", "text": "Weeks", "type": "integer"}]},
    ]}))
PROFILE_RESOURCES.append(("StructureDefinition-corpus-resliced-patient.json", sd("corpus-resliced-patient", "Patient", "resource", [
    el("Patient"),
    el("Patient.identifier", slicing={"discriminator": [{"type": "value", "path": "system"}], "rules": "open"}),
    el("Patient.identifier", "Patient.identifier:nhs", sliceName="nhs", min=0, max="*",
       slicing={"discriminator": [{"type": "value", "path": "use"}], "rules": "closed"}),
    el("Patient.identifier.system", "Patient.identifier:nhs.system", min=1, fixedUri=NHS),
    el("Patient.identifier", "Patient.identifier:nhs/official", sliceName="nhs/official", min=1, max="1"),
    el("Patient.identifier.use", "Patient.identifier:nhs/official.use", min=1, fixedCode="official"),
    el("Patient.identifier", "Patient.identifier:nhs/old", sliceName="nhs/old", min=0, max="1"),
    el("Patient.identifier.use", "Patient.identifier:nhs/old.use", min=1, fixedCode="old"),
    el("Patient.identifier.period", "Patient.identifier:nhs/old.period", min=1),
])))
PROFILE_RESOURCES.append(("StructureDefinition-corpus-fixed-hr.json", sd("corpus-fixed-hr", "Observation", "resource", [
    el("Observation"),
    el("Observation.code", fixedCodeableConcept={"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}),
])))
def simple_ext(sid, context, value_type="string"):
    return sd(sid, "Extension", "complex-type", [
        el("Extension"),
        el("Extension.extension", max="0"),
        el("Extension.url", fixedUri=P + sid),
        el("Extension.value[x]", min=1, type=[{"code": value_type}]),
    ], type_="Extension", context=context)


PROFILE_RESOURCES.append(("StructureDefinition-ctx-address.json", simple_ext("ctx-address", [{"type": "element", "expression": "Address"}])))
PROFILE_RESOURCES.append(("StructureDefinition-ctx-contact.json", simple_ext("ctx-contact", [{"type": "fhirpath", "expression": "Patient.contact"}])))
PROFILE_RESOURCES.append(("StructureDefinition-ctx-official-name.json", simple_ext("ctx-official-name",
    [{"type": "fhirpath", "expression": "Patient.name.where(use = 'official')"}])))
PROFILE_RESOURCES.append(("StructureDefinition-ctx-patient-name.json", simple_ext("ctx-patient-name", [{"type": "element", "expression": "Patient.name"}])))
PROFILE_RESOURCES.append(("StructureDefinition-ctx-obs-value.json", simple_ext("ctx-obs-value", [{"type": "element", "expression": "Observation.value[x]"}])))
INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
PROFILE_RESOURCES.append(("StructureDefinition-ctx-multi.json", simple_ext("ctx-multi", [
    {"type": "element", "expression": "Patient"}, {"type": "element", "expression": "Patient.name"},
    {"type": "extension", "expression": INTERPRETER}, {"type": "fhirpath", "expression": "Patient.address.where(use = 'home')"}], "boolean")))
PROFILE_RESOURCES.append(("StructureDefinition-ctx-kinds.json", simple_ext("ctx-kinds", [
    {"type": "element", "expression": "DomainResource"}, {"type": "element", "expression": "DomainResource.text"},
    {"type": "element", "expression": "BackboneElement"}], "boolean")))
_ctx_inv = simple_ext("ctx-invariant", [{"type": "element", "expression": "Patient"}], "boolean")
_ctx_inv["contextInvariant"] = ["Patient.active.not()"]
PROFILE_RESOURCES.append(("StructureDefinition-ctx-invariant.json", _ctx_inv))
PROFILE_RESOURCES.append(("StructureDefinition-corpus-manifest-bundle.json", sd("corpus-manifest-bundle", "Bundle", "resource", [
    el("Bundle"), el("Bundle.entry.resource", type=[{"code": "DocumentManifest"}])])))
PROFILE_RESOURCES.append(("StructureDefinition-corpus-memberof.json", sd("corpus-memberof", "Patient", "resource", [
    el("Patient", "Patient", constraint=[{"key": "corpus-3", "severity": "error", "human": "Marital status from the corpus value set",
        "source": P + "corpus-memberof", "expression": "maritalStatus.exists() implies maritalStatus.memberOf('" + VS_MARITAL + "')"}]),
])))
PKG = ["profiles"]
CPAT_OK = {"resourceType": "Patient", "id": "p1", "meta": {"profile": [P + "corpus-patient"]},
           "identifier": [{"system": NHS, "value": "9434765919"}], "name": [{"family": "Smith"}], "gender": "female"}
COLOUR = P + "favourite-colour"


def pcase(cid, body, expected, **kw):
    case("profile-" + cid, body, expected, packages=PKG, **kw)


pcase("patient-valid", CPAT_OK, "valid", rule="meets the profile; must-support birthDate absent is not an error")
pcase("patient-valid-by-option", d(CPAT_OK, meta=None), "valid", profiles=[P + "corpus-patient"], rule="--profile names the profile")
pcase("patient-option-invalid", d(CPAT_OK, meta=None, gender=None), "invalid", profiles=[P + "corpus-patient"], expr="Patient", msg="gender",
      rule="--profile: cardinality from the profile")
pcase("patient-missing-gender", d(CPAT_OK, gender=None), "invalid", expr="Patient", msg="gender", rule="min 1 in profile")
pcase("patient-missing-name", d(CPAT_OK, name=None), "invalid", expr="Patient", msg="name", rule="min 1 in profile (must-support too)")
pcase("patient-nhs-slice-missing", d(CPAT_OK, identifier=[{"system": "https://example.org/mrn", "value": "1"}]), "invalid", expr="Patient",
      msg="nhs", rule="value-sliced identifier: required slice missing")
pcase("patient-nhs-slice-twice", d(CPAT_OK, identifier=[{"system": NHS, "value": "9434765919"}, {"system": NHS, "value": "9434765870"}]),
      "invalid", expr="Patient", msg="nhs", rule="slice max 1 exceeded")
pcase("patient-nhs-slice-no-value", d(CPAT_OK, identifier=[{"system": NHS}]), "invalid", expr="Patient.identifier[0]",
      rule="slice element cardinality (value 1..1)")
pcase("patient-other-identifier-allowed", d(CPAT_OK, identifier=[{"system": NHS, "value": "9434765919"},
      {"system": "https://example.org/mrn", "value": "1"}]), "valid", rule="open slicing admits other identifiers")
pcase("patient-marital-in-valueset", d(CPAT_OK, maritalStatus={"coding": [{"system": V3_MARITAL, "code": "S"}]}), "valid",
      rule="required binding to own value set")
pcase("patient-marital-not-in-valueset", d(CPAT_OK, maritalStatus={"coding": [{"system": V3_MARITAL, "code": "D"}]}), "invalid",
      expr="Patient.maritalStatus", rule="required binding to own value set: code outside")
pcase("patient-colour-valid", d(CPAT_OK, extension=[{"url": COLOUR, "valueCode": "green"}]), "valid", rule="own extension, code from own CodeSystem")
pcase("patient-colour-not-in-valueset", d(CPAT_OK, extension=[{"url": COLOUR, "valueCode": "purple"}]), "invalid",
      expr="Patient.extension[0]", rule="own extension: required binding")
pcase("patient-colour-wrong-type", d(CPAT_OK, extension=[{"url": COLOUR, "valueString": "red"}]), "invalid", expr="Patient.extension[0]",
      rule="own extension: value type")
pcase("patient-colour-twice", d(CPAT_OK, extension=[{"url": COLOUR, "valueCode": "red"}, {"url": COLOUR, "valueCode": "blue"}]), "invalid",
      expr="Patient", rule="extension slice max 1")
pcase("colour-wrong-context", d(OBS, extension=[{"url": COLOUR, "valueCode": "red"}]), "invalid", expr="Observation.extension[0]",
      rule="own extension used outside its context")
pcase("colour-on-plain-patient", d(PAT, extension=[{"url": COLOUR, "valueCode": "red"}]), "valid",
      rule="a known extension is checked without any profile")
pcase("colour-on-plain-patient-bad-code", d(PAT, extension=[{"url": COLOUR, "valueCode": "purple"}]), "invalid",
      expr="Patient.extension[0]", rule="a known extension's binding applies without any profile")
pcase("names-exists-valid", d(PAT, meta={"profile": [P + "corpus-patient-names"]}, name=[{"family": "Smith"}, {"text": "Jo"}]), "valid",
      rule="exists discriminator: one name with family")
pcase("names-exists-missing", d(PAT, meta={"profile": [P + "corpus-patient-names"]}, name=[{"text": "Jo"}]), "invalid", expr="Patient",
      rule="exists discriminator: required slice missing")
pcase("names-exists-twice", d(PAT, meta={"profile": [P + "corpus-patient-names"]}, name=[{"family": "Smith"}, {"family": "Jones"}]), "invalid",
      expr="Patient", rule="exists discriminator: slice max 1")

BP_SYS = {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 120, "unit": "mmHg",
          "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}
BP_DIA = {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 80, "unit": "mmHg",
          "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}
BP = {"resourceType": "Observation", "id": "bp1", "meta": {"profile": [P + "corpus-bp"]}, "status": "final",
      "category": [{"coding": [{"system": OBS_CAT, "code": "vital-signs"}]}],
      "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]}, "subject": {"reference": "Patient/p1"},
      "effectiveDateTime": "2020-01-01T10:00:00Z", "component": [BP_SYS, BP_DIA]}
pcase("bp-valid", BP, "valid", rule="pattern, fixed and closed slicing met")
pcase("bp-fixed-status", d(BP, status="preliminary"), "invalid", expr="Observation.status", rule="fixed value")
pcase("bp-pattern-code", d(BP, code={"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}), "invalid", expr="Observation.code",
      rule="pattern value")
pcase("bp-pattern-code-extra-coding", d(BP, code={"coding": [{"system": "http://snomed.info/sct", "code": "75367002"},
      {"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}], "text": "BP"}), "valid",
      rule="pattern is a subset match; arrays by containment")
pcase("bp-category-slice-missing", d(BP, category=[{"coding": [{"system": OBS_CAT, "code": "laboratory"}]}]), "invalid", expr="Observation",
      msg="vscat", rule="pattern-sliced category: required slice missing")
pcase("bp-category-extra-allowed", d(BP, category=[{"coding": [{"system": OBS_CAT, "code": "laboratory"}]},
      {"coding": [{"system": OBS_CAT, "code": "vital-signs"}]}]), "valid", rule="open slicing admits other categories")
pcase("bp-component-missing", d(BP, component=[BP_SYS]), "invalid", expr="Observation", rule="closed slicing: slice diastolic missing")
pcase("bp-component-closed-extra", d(BP, component=[BP_SYS, BP_DIA, {"code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
      "valueQuantity": {"value": 70}}]), "invalid", expr="Observation.component[2]", rule="closed slicing: element matches no slice")
pcase("bp-value-prohibited", d(BP, valueQuantity={"value": 120}), "invalid", expr="Observation", rule="max 0 in profile")
pcase("bp-component-value-type", d(BP, component=[d(BP_SYS, valueQuantity=None, valueString="120"), BP_DIA]), "invalid",
      expr="Observation.component[0]", rule="type restricted in a slice")
pcase("collection-type-slice-valid", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-collection"]}, "type": "collection",
      "entry": [entry(BPAT), entry(BOBS)]}, "valid", rule="type discriminator: one Patient")
pcase("collection-type-slice-missing", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-collection"]},
      "type": "collection", "entry": [entry(BOBS)]}, "invalid", expr="Bundle", rule="type discriminator: Patient slice missing")
pcase("collection-type-slice-twice", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-collection"]},
      "type": "collection", "entry": [entry(BPAT), entry(d(BPAT, id="p2"))]}, "invalid", expr="Bundle", rule="type discriminator: max 1")
pcase("collection-fixed-type", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-collection"]},
      "type": "searchset", "entry": [entry(BPAT, search={"mode": "match"})]}, "invalid", expr="Bundle.type", rule="fixed code in profile")
pcase("bp-collection-profile-slice-valid", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-bp-collection"]},
      "type": "collection", "entry": [entry(d(BP, meta=None))]}, "valid", rule="profile discriminator: entry meets corpus-bp")
pcase("bp-collection-profile-slice-nomatch", {"resourceType": "Bundle", "id": "b1", "meta": {"profile": [P + "corpus-bp-collection"]},
      "type": "collection", "entry": [entry(d(BP, meta=None)), entry(BOBS)]}, "invalid", expr="Bundle.entry[1]",
      rule="profile discriminator, closed: an entry that meets no slice")
pcase("meta-profile-unknown", d(PAT, meta={"profile": ["http://example.org/fhir/corpus/StructureDefinition/not-there"]}), "valid",
      rule="meta.profile that cannot be resolved", conf="low",
      note="Java: 'Profile reference ... could not be resolved, so has not been checked' is a WARNING (fhir-test-cases); "
           "issue 4 requires an error, so this is a policy conflict, not asserted")
pcase("meta-profile-two-one-fails", d(CPAT_OK, meta={"profile": [P + "corpus-patient", P + "corpus-patient-names"]}, name=[{"text": "Jo"}]),
      "invalid", expr="Patient", rule="every listed profile is validated")

HR = {"resourceType": "Observation", "id": "hr1", "meta": {"profile": ["http://hl7.org/fhir/StructureDefinition/heartrate"]}, "status": "final",
      "category": [{"coding": [{"system": OBS_CAT, "code": "vital-signs", "display": "Vital Signs"}], "text": "Vital Signs"}],
      "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}], "text": "Heart rate"},
      "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2020-01-01T10:00:00Z",
      "valueQuantity": {"value": 72, "unit": "beats/minute", "system": "http://unitsofmeasure.org", "code": "/min"}}
case("core-profile-heartrate-valid", HR, "valid", rule="core vital-signs profile (heartrate)")
case("core-profile-heartrate-no-category", d(HR, category=None), "invalid", expr="Observation", msg="category",
     rule="core heartrate profile: VSCat slice required")
case("core-profile-heartrate-wrong-unit", d(HR, valueQuantity={"value": 72, "unit": "bpm", "system": "http://unitsofmeasure.org", "code": "/s"}),
     "invalid", expr="Observation.valueQuantity", rule="core heartrate profile: fixed code /min")
case("core-profile-heartrate-no-effective", d(HR, effectiveDateTime=None), "invalid", expr="Observation", rule="vital signs: effective[x] 1..1")
pcase("option-profile-of-other-type", d(PAT, name=[{"family": "Smith"}]), "invalid", profiles=[P + "corpus-bp"], expr="Patient",
      rule="--profile for Observation applied to a Patient: wrong type")
case("core-meta-profile-of-other-type", d(PAT, meta={"profile": ["http://hl7.org/fhir/StructureDefinition/heartrate"]}), "invalid",
     expr="Patient", rule="meta.profile naming a profile of another resource type")
NAMES = {"profile": [P + "corpus-patient-names"]}
pcase("constraint-error-fails", d(PAT, meta=NAMES, name=[{"family": "Smith"}], identifier=[{"system": NHS, "value": "12345"}]), "invalid",
      expr="Patient", msg="corpus-1", rule="a profile's own invariant (severity error)")
pcase("constraint-error-holds", d(PAT, meta=NAMES, name=[{"family": "Smith"}], identifier=[{"system": NHS, "value": "9434765919"}]), "valid",
      rule="a profile's own invariant holds; its warning invariant (corpus-2, no birthDate) is only a warning")
pcase("extensible-binding-outside", d(PAT, meta=NAMES, name=[{"family": "Smith"}], maritalStatus={"coding": [{"system": V3_MARITAL,
      "code": "W"}]}), "valid", rule="extensible binding in a profile: a code outside the value set is a warning")
QR_OK = {"resourceType": "QuestionnaireResponse", "id": "qr1", "questionnaire": Q_URL, "status": "completed", "item": [
    {"linkId": "name", "answer": [{"valueString": "Jo"}]}, {"linkId": "smoker", "answer": [{"valueBoolean": False}]},
    {"linkId": "colour", "answer": [{"valueCoding": {"system": CS_COLOURS, "code": "red"}}]}]}
QNOTE = "Java validates a QuestionnaireResponse against its Questionnaire when it can resolve it (fhir-test-cases 'qr', enableWhen tests)"
pcase("qr-valid", QR_OK, "valid", rule="QuestionnaireResponse that matches its Questionnaire (loaded from --package)")
pcase("qr-unknown-linkid", d(QR_OK, item=QR_OK["item"] + [{"linkId": "shoe-size", "answer": [{"valueInteger": 9}]}]), "invalid",
      expr="QuestionnaireResponse", rule="linkId not found in the Questionnaire", note=QNOTE)
pcase("qr-wrong-answer-type", d(QR_OK, item=[{"linkId": "name", "answer": [{"valueInteger": 3}]}] + QR_OK["item"][1:]), "invalid",
      expr="QuestionnaireResponse.item[0]", rule="answer type must match the item type", note=QNOTE)
pcase("qr-required-missing", d(QR_OK, item=QR_OK["item"][1:]), "invalid", expr="QuestionnaireResponse",
      rule="a completed response must answer required items", note=QNOTE)
pcase("qr-option-not-allowed", d(QR_OK, item=QR_OK["item"][:2] + [{"linkId": "colour", "answer": [{"valueCoding": {"system": CS_COLOURS,
      "code": "blue"}}]}]), "invalid", expr="QuestionnaireResponse.item[2]", rule="a choice answer must be one of the answerOptions",
      note="Java QuestionnaireValidator.checkCodingOption: 'The code ... is not a valid option' is a rule (ERROR)")
JNOTE = "from the Java QuestionnaireValidator / EnableWhenEvaluator rules"
QI = QR_OK["item"]
pcase("qr-disabled-required-absent", d(QR_OK), "valid", rule="enableWhen false: a required item that is not enabled may be absent", note=JNOTE)
pcase("qr-enabled-required-missing", d(QR_OK, item=QI[:1] + [{"linkId": "smoker", "answer": [{"valueBoolean": True}]}] + QI[2:]), "invalid",
      expr="QuestionnaireResponse", msg="per-day", rule="enableWhen true: the required item must be answered", note=JNOTE)
pcase("qr-disabled-item-answered", d(QR_OK, item=QI + [{"linkId": "per-day", "answer": [{"valueInteger": 3}]}]), "invalid",
      expr="QuestionnaireResponse.item[3]", msg="not enabled", rule="an answered item whose enableWhen is false", note=JNOTE)
pcase("qr-enabled-item-answered", d(QR_OK, item=QI[:1] + [{"linkId": "smoker", "answer": [{"valueBoolean": True}]}] + QI[2:]
      + [{"linkId": "per-day", "answer": [{"valueInteger": 3}]}]), "valid", rule="enableWhen true and the item answered", note=JNOTE)
pcase("qr-in-progress-required-missing", d(QR_OK, status="in-progress", item=QI[1:]), "valid",
      rule="an in-progress response may leave required items unanswered (warning)", note=JNOTE)
pcase("qr-repeats-false-two-answers", d(QR_OK, item=QI[:1] + [{"linkId": "smoker", "answer": [{"valueBoolean": True}, {"valueBoolean": False}]}]
      + QI[2:] + [{"linkId": "per-day", "answer": [{"valueInteger": 3}]}]), "invalid", expr="QuestionnaireResponse.item[1]",
      msg="Only one", rule="an item that does not repeat has at most one answer", note=JNOTE)
pcase("qr-repeats-true-two-answers", d(QR_OK, item=QI + [{"linkId": "allergies", "answer": [{"valueString": "nuts"}, {"valueString": "eggs"}]}]),
      "valid", rule="a repeating item may have several answers", note=JNOTE)
pcase("qr-out-of-order", d(QR_OK, item=[QI[1], QI[0], QI[2]]), "invalid", expr="QuestionnaireResponse.item[1]", msg="out of order",
      rule="response items follow the Questionnaire's order", note=JNOTE)
pcase("qr-wrong-place", d(QR_OK, item=QI + [{"linkId": "phone", "answer": [{"valueString": "0161"}]}]), "invalid",
      expr="QuestionnaireResponse.item[3]", msg="wrong place", rule="an item answered outside its group", note=JNOTE)
pcase("qr-group-valid", d(QR_OK, item=QI + [{"linkId": "contact", "item": [{"linkId": "phone", "answer": [{"valueString": "0161"}]}]}]),
      "valid", rule="a group holds its items", note=JNOTE)
pcase("qr-group-required-child-missing", d(QR_OK, item=QI + [{"linkId": "contact", "item": [{"linkId": "phone"}]}]), "invalid",
      expr="QuestionnaireResponse.item[3]", msg="phone", rule="a present group must answer its required items", note=JNOTE)
pcase("qr-group-with-answer", d(QR_OK, item=QI + [{"linkId": "contact", "answer": [{"valueString": "x"}],
      "item": [{"linkId": "phone", "answer": [{"valueString": "0161"}]}]}]), "invalid", expr="QuestionnaireResponse.item[3]",
      msg="group", rule="items of type group have no answers", note=JNOTE)
pcase("qr-display-with-items", d(QR_OK, item=QI + [{"linkId": "thanks", "item": [{"linkId": "weeks", "answer": [{"valueInteger": 1}]}]}]),
      "invalid", expr="QuestionnaireResponse.item[3]", msg="display", rule="items of type display have no items", note=JNOTE)
pcase("qr-nested-under-answer", d(QR_OK, item=QI + [{"linkId": "pregnant", "answer": [{"valueBoolean": True,
      "item": [{"linkId": "weeks", "answer": [{"valueInteger": 12}]}]}]}]), "valid", rule="a question's child items sit under its answer", note=JNOTE)
pcase("qr-nested-outside-answer", d(QR_OK, item=QI + [{"linkId": "pregnant", "answer": [{"valueBoolean": True}],
      "item": [{"linkId": "weeks", "answer": [{"valueInteger": 12}]}]}]), "invalid", expr="QuestionnaireResponse.item[3]",
      msg="outside answers", rule="a question's child items sit under its answer, not beside it", note=JNOTE)
pcase("qr-text-mismatch", d(QR_OK, item=[d(QI[0], text="Name")] + QI[1:]), "invalid", expr="QuestionnaireResponse.item[0]",
      msg="must match", rule="item.text, when present, matches the Questionnaire's text", note=JNOTE)
pcase("qr-text-match", d(QR_OK, item=[d(QI[0], text="Preferred name")] + QI[1:]), "valid", rule="item.text equal to the Questionnaire's", note=JNOTE)
pcase("qr-valueset-answer-in", d(QR_OK, item=QI + [{"linkId": "shade", "answer": [{"valueCoding": {"system": CS_COLOURS, "code": "green"}}]}]),
      "valid", rule="choice answer in the answerValueSet", note=JNOTE)
pcase("qr-valueset-answer-out", d(QR_OK, item=QI + [{"linkId": "shade", "answer": [{"valueCoding": {"system": CS_COLOURS, "code": "mauve"}}]}]),
      "invalid", expr="QuestionnaireResponse.item[3]", rule="choice answer outside the answerValueSet", note=JNOTE)
pcase("qr-open-choice-string-option", d(QR_OK, item=QI + [{"linkId": "size", "answer": [{"valueString": "large"}]}]), "valid",
      rule="open-choice answered with one of its string options", note=JNOTE)
pcase("qr-open-choice-free-text", d(QR_OK, item=QI + [{"linkId": "size", "answer": [{"valueString": "medium"}]}]), "invalid",
      expr="QuestionnaireResponse.item[3]", rule="open-choice free text outside the string options", conf="low",
      note="Java reads R4 open-choice as choice (answerConstraint not consulted), so free text must be a string option; newer releases may allow it")
pcase("qr-choice-string-no-string-options", d(QR_OK, item=QI[:2] + [{"linkId": "colour", "answer": [{"valueString": "red"}]}]), "invalid",
      expr="QuestionnaireResponse.item[2]", msg="no option values of type string",
      rule="a string answer to an item whose options are all Codings",
      note="fhir-test-cases 'qr' (R4): 'Option list has no option values of type string' (ERROR)")
pcase("qr-questionnaire-unresolvable", d(QR_OK, questionnaire="http://fhir.nhs.uk/Questionnaire/not-loaded"), "valid",
      rule="an unresolvable Questionnaire is a warning ('could not be resolved, so no validation can be performed')", note=JNOTE)
pcase("qr-text-item-string", d(QR_OK, item=QI + [{"linkId": "allergies", "answer": [{"valueString": "none"}]}]), "valid",
      rule="string item answered with valueString", note=JNOTE)
pcase("qr-boolean-as-string", d(QR_OK, item=[QI[0], {"linkId": "smoker", "answer": [{"valueString": "no"}]}, QI[2]]), "invalid",
      expr="QuestionnaireResponse.item[1].answer[0]", msg="boolean", rule="boolean item answered with a string", note=JNOTE)
RESLICED = {"profile": [P + "corpus-resliced-patient"]}
RS_OFFICIAL = {"system": NHS, "use": "official", "value": "9434765919"}
RS_OLD = {"system": NHS, "use": "old", "value": "9434765870", "period": {"end": "2020-01-01"}}
RNOTE = "re-slicing (sliceName 'nhs/official'): the re-slices partition the items of their parent slice"
pcase("reslice-valid", d(PAT, meta=RESLICED, identifier=[RS_OFFICIAL, RS_OLD, {"system": "urn:oid:1.2.3", "use": "temp", "value": "x"}]),
      "valid", rule="re-slices met (one official, one old with a period); other identifiers untouched", note=RNOTE)
pcase("reslice-min-missing", d(PAT, meta=RESLICED, identifier=[RS_OLD]), "invalid", expr="Patient", msg="nhs/official",
      rule="a re-slice's minimum cardinality", note=RNOTE)
pcase("reslice-max-exceeded", d(PAT, meta=RESLICED, identifier=[RS_OFFICIAL, d(RS_OFFICIAL, value="9434765870")]), "invalid",
      expr="Patient", msg="nhs/official", rule="a re-slice's maximum cardinality", note=RNOTE)
pcase("reslice-element-missing", d(PAT, meta=RESLICED, identifier=[RS_OFFICIAL, d(RS_OLD, period=None)]), "invalid",
      expr="Patient.identifier[1]", msg="period", rule="an element the re-slice requires", note=RNOTE)
pcase("reslice-closed", d(PAT, meta=RESLICED, identifier=[RS_OFFICIAL, d(RS_OLD, use="temp")]), "invalid",
      expr="Patient.identifier[1]", rule="closed re-slicing: an item of the slice that matches no re-slice", note=RNOTE)
FIXED = {"profile": [P + "corpus-fixed-hr"]}
pcase("fixed-exact", d(OBS, meta=FIXED, code={"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}), "valid",
      rule="fixed CodeableConcept matched exactly")
pcase("fixed-extra-text", d(OBS, meta=FIXED, code={"coding": [{"system": "http://loinc.org", "code": "8867-4"}], "text": "HR"}), "invalid",
      expr="Observation.code", rule="fixed value: an element the fixed value does not have is not allowed",
      note="Java: 'The element text is present in the instance but not allowed in the applicable fixed value' (ERROR)")
pcase("fixed-extra-display", d(OBS, meta=FIXED, code={"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]}),
      "invalid", expr="Observation.code", rule="fixed value: exact match, no extra display")
ADDR_EXT = {"url": P + "ctx-address", "valueString": "flat 2"}
pcase("ext-context-datatype-valid", d(PAT, address=[{"city": "Leeds", "extension": [ADDR_EXT]}]), "valid",
      rule="extension with an element context on a datatype (Address), used on an Address")
pcase("ext-context-datatype-wrong", d(PAT, extension=[ADDR_EXT]), "invalid", expr="Patient.extension[0]",
      rule="extension with context Address used on the Patient", note="fhir-test-cases ext-ctxt-bad-*: 1 error")
CONTACT_EXT = {"url": P + "ctx-contact", "valueString": "prefers text"}
pcase("ext-context-fhirpath-valid", d(PAT, contact=[{"name": {"family": "Smith"}, "extension": [CONTACT_EXT]}]), "valid",
      rule="extension with a fhirpath context (Patient.contact) used there")
pcase("ext-context-fhirpath-wrong", d(PAT, extension=[CONTACT_EXT]), "invalid", expr="Patient.extension[0]",
      rule="extension with a fhirpath context (Patient.contact) used on the Patient")
OFFICIAL_EXT = {"url": P + "ctx-official-name", "valueString": "passport"}
CNOTE = "Java InstanceValidator.checkExtensionContext: a fhirpath context allows the elements the expression selects on the resource; an element context names the element's path"
pcase("ext-context-fhirpath-where-valid", d(PAT, name=[{"use": "official", "family": "Smith", "extension": [OFFICIAL_EXT]}]), "valid",
      rule="fhirpath context with where(): used on an element it selects", note=CNOTE)
pcase("ext-context-fhirpath-where-wrong", d(PAT, name=[{"use": "official", "family": "Smith"}, {"use": "nickname", "family": "Smudge",
      "extension": [OFFICIAL_EXT]}]), "invalid", expr="Patient.name[1].extension[0]",
      rule="fhirpath context with where(): used on an element of the same type it does not select", note=CNOTE)
NAME_EXT = {"url": P + "ctx-patient-name", "valueString": "as on passport"}
pcase("ext-context-path-datatype-valid", d(PAT, name=[{"family": "Smith", "extension": [NAME_EXT]}]), "valid",
      rule="element context naming a path (Patient.name) to a datatype, used there", note=CNOTE)
pcase("ext-context-path-datatype-wrong", d(PAT, contact=[{"name": {"family": "Smith", "extension": [NAME_EXT]}}]), "invalid",
      expr="Patient.contact[0].name.extension[0]", rule="element context Patient.name used on Patient.contact.name (same type, other path)",
      note=CNOTE)
OBSV_EXT = {"url": P + "ctx-obs-value", "valueString": "estimated"}
pcase("ext-context-choice-valid", d(OBS, valueQuantity={"value": 1, "extension": [OBSV_EXT]}), "valid",
      rule="element context Observation.value[x] used on valueQuantity", note=CNOTE)
pcase("ext-context-choice-wrong", d(OBS, valueQuantity={"value": 1}, referenceRange=[{"low": {"value": 1, "extension": [OBSV_EXT]}}]), "invalid",
      expr="Observation.referenceRange[0].low.extension[0]", rule="element context Observation.value[x] used on another Quantity",
      note=CNOTE)
MULTI = {"url": P + "ctx-multi", "valueBoolean": True}
KNOTE = "fhir-test-cases ext-ctxt-* / exta-ctxt-* / extb-ctxt-* families (Java checkExtensionContext): good cases 0 errors, bad cases 1 error"
pcase("ext-ctx-multi-root", d(PAT, extension=[MULTI]), "valid", rule="element context Patient", note=KNOTE)
pcase("ext-ctx-multi-name", d(PAT, name=[{"family": "Smith", "extension": [MULTI]}]), "valid", rule="element context Patient.name", note=KNOTE)
pcase("ext-ctx-multi-active", d(PAT, active=True, _active={"extension": [MULTI]}), "invalid", expr="Patient.active.extension[0]",
      rule="no context allows Patient.active", note=KNOTE)
pcase("ext-ctx-multi-home-address", d(PAT, address=[{"use": "home", "extension": [MULTI]}]), "valid",
      rule="fhirpath context Patient.address.where(use = 'home')", note=KNOTE)
pcase("ext-ctx-multi-work-address", d(PAT, address=[{"use": "work", "extension": [MULTI]}]), "invalid", expr="Patient.address[0].extension[0]",
      rule="fhirpath context does not select a work address", note=KNOTE)
pcase("ext-ctx-multi-in-extension", d(PAT, extension=[{"url": INTERPRETER, "valueBoolean": True, "_valueBoolean": {"extension": [MULTI]}}]),
      "valid", rule="extension context: on the value of the named extension", note=KNOTE)
pcase("ext-ctx-multi-in-other-extension", d(PAT, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
      "valueBoolean": True, "_valueBoolean": {"extension": [MULTI]}}]), "invalid", expr="Patient.extension[0].valueBoolean.extension[0]",
      rule="extension context: on the value of another extension", note=KNOTE)
pcase("ext-ctx-multi-other-resource", {"resourceType": "Organization", "id": "o1", "name": "x", "extension": [MULTI]}, "invalid",
      expr="Organization.extension[0]", rule="no context allows Organization", note=KNOTE)
KINDS = {"url": P + "ctx-kinds", "valueBoolean": True}
pcase("ext-ctx-kinds-root", d(PAT, extension=[KINDS]), "valid", rule="element context DomainResource on a resource", note=KNOTE)
pcase("ext-ctx-kinds-text", d(PAT, text={"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>", "extension": [KINDS]}),
      "valid", rule="element context DomainResource.text on Patient.text", note=KNOTE)
pcase("ext-ctx-kinds-contact", d(PAT, contact=[{"name": {"text": "x"}, "extension": [KINDS]}]), "valid",
      rule="element context BackboneElement on Patient.contact", note=KNOTE)
pcase("ext-ctx-kinds-name", d(PAT, name=[{"family": "Smith", "extension": [KINDS]}]), "invalid", expr="Patient.name[0].extension[0]",
      rule="DomainResource / BackboneElement contexts do not allow a HumanName", note=KNOTE)
INV = {"url": P + "ctx-invariant", "valueBoolean": True}
pcase("ext-ctx-invariant-holds", d(PAT, active=False, extension=[INV]), "valid", rule="contextInvariant holds on the host", note=KNOTE)
pcase("ext-ctx-invariant-fails", d(PAT, active=True, extension=[INV]), "invalid", expr="Patient.extension[0]",
      rule="contextInvariant fails on the host", note=KNOTE)
MANIFEST_BUNDLE = {"profile": [P + "corpus-manifest-bundle"]}
MB_NOTE = "fhir-test-cases bundle-ihe-good / bundle-ihe-bad (R4): 'The type 'Patient' is not valid - must be DocumentManifest' (ERROR)"
pcase("bundle-entry-type-restricted-good", {"resourceType": "Bundle", "id": "b1", "meta": MANIFEST_BUNDLE, "type": "collection", "entry": [
      {"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000001", "resource": {"resourceType": "DocumentManifest", "status": "current",
       "content": [{"reference": "DocumentReference/d1"}]}}]}, "valid", rule="profile restricts Bundle.entry.resource to DocumentManifest", note=MB_NOTE)
pcase("bundle-entry-type-restricted-bad", {"resourceType": "Bundle", "id": "b1", "meta": MANIFEST_BUNDLE, "type": "collection", "entry": [
      {"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000001", "resource": {"resourceType": "Patient", "active": True}}]}, "invalid",
      expr="Bundle.entry[0].resource", rule="a Patient where the profile allows only DocumentManifest", note=MB_NOTE)
MEMBER = {"profile": [P + "corpus-memberof"]}
pcase("memberof-holds", d(PAT, meta=MEMBER, maritalStatus={"coding": [{"system": V3_MARITAL, "code": "M"}]}), "valid",
      rule="invariant with memberOf() on a local value set")
pcase("memberof-fails", d(PAT, meta=MEMBER, maritalStatus={"coding": [{"system": V3_MARITAL, "code": "W"}]}), "invalid",
      expr="Patient", msg="corpus-3", rule="invariant with memberOf() on a local value set fails",
      note="fhir-test-cases member-of-CC-bad: Java evaluates memberOf() against a supporting value set (1 error)")
