# Cardinality, choice types, contained, narrative, references, extensions, bindings (exec'd by build_corpus.py)
DAR = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"

# cardinality and unknown elements
case("card-observation-missing-status", d(OBS, status=None), "invalid", expr="Observation", msg="status", rule="Observation.status 1..1")
case("card-observation-missing-code", d(OBS, code=None), "invalid", expr="Observation", msg="code", rule="Observation.code 1..1")
case("card-medicationrequest-missing-subject", {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
     "medicationCodeableConcept": {"text": "Paracetamol 500mg"}}, "invalid", expr="MedicationRequest", msg="subject",
     rule="MedicationRequest.subject 1..1")
case("card-medicationrequest-valid", {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
     "medicationCodeableConcept": {"text": "Paracetamol 500mg"}, "subject": {"reference": "Patient/p1"},
     "dosageInstruction": [{"text": "1 tablet", "timing": {"repeat": {"frequency": 4, "period": 1, "periodUnit": "d"}},
                            "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}]}]}, "valid", rule="MedicationRequest with Dosage")
case("card-nested-required-missing", d(PAT, link=[{"type": "seealso"}]), "invalid", expr="Patient.link[0]", msg="other",
     rule="Patient.link.other 1..1")
case("card-unknown-nested-element", d(PAT, name=[{"family": "Smith", "surname": "Smith"}]), "invalid", expr="Patient.name[0]",
     msg="surname", rule="unknown element inside a datatype")
case("card-extra-resource-property-id-object", d(PAT, id={"value": "p1"}), "invalid", rule="id must be a string")

# choice types
case("choice-wrong-type", d(OBS, effectiveDate="2020-01-01"), "invalid", msg="effectiveDate", rule="effective[x] has no date type")
case("choice-two-at-once", d(OBS, valueString="high", valueInteger=5), "invalid", rule="only one type of a choice element")
case("choice-unknown-type-name", d(OBS, valueFoo="x"), "invalid", msg="valueFoo", rule="value[x] type must exist")
case("choice-lowercase-type", d(OBS, valuestring="x"), "invalid", msg="valuestring", rule="choice type suffix is case sensitive")
case("choice-valid-codeableconcept", d(OBS, valueCodeableConcept={"text": "positive"}), "valid", rule="value[x] as CodeableConcept")
case("choice-dosage-asneeded-both", {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
     "medicationCodeableConcept": {"text": "x"}, "subject": {"reference": "Patient/p1"},
     "dosageInstruction": [{"asNeededBoolean": True, "asNeededCodeableConcept": {"text": "pain"}}]}, "invalid",
     rule="Dosage.asNeeded[x] once")

# contained resources
CPAT = {"resourceType": "Patient", "id": "pat"}
case("contained-referenced", d(OBS, contained=[CPAT], subject={"reference": "#pat"}), "valid", rule="contained resource referenced")
case("contained-not-referenced", d(OBS, contained=[CPAT]), "invalid", expr="Observation", msg="dom-3",
     rule="dom-3: a contained resource must be referenced")
case("contained-nested", d(OBS, contained=[d(CPAT, contained=[{"resourceType": "Organization", "id": "org", "name": "x"}],
     managingOrganization={"reference": "#org"})], subject={"reference": "#pat"}), "invalid", expr="Observation",
     rule="dom-2: no nested contained")
case("contained-versionid", d(OBS, contained=[d(CPAT, meta={"versionId": "1"})], subject={"reference": "#pat"}), "invalid",
     expr="Observation", msg="dom-4", rule="dom-4: contained has no meta.versionId")
case("contained-lastupdated", d(OBS, contained=[d(CPAT, meta={"lastUpdated": "2020-01-01T00:00:00Z"})], subject={"reference": "#pat"}),
     "invalid", expr="Observation", msg="dom-4", rule="dom-4: contained has no meta.lastUpdated")
case("contained-security", d(OBS, contained=[d(CPAT, meta={"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
     "code": "R"}]})], subject={"reference": "#pat"}), "invalid", expr="Observation", msg="dom-5", rule="dom-5: contained has no security labels")
case("contained-with-narrative", d(OBS, contained=[d(CPAT, text=narrative(f'<div xmlns="{XHTML}">x</div>'))], subject={"reference": "#pat"}),
     "valid", rule="dom-1 is not in R4; contained narrative is allowed", conf="low",
     note="R4 has no dom-1; Java may add a best-practice warning")
case("contained-invalid-content", d(OBS, contained=[d(CPAT, gender="unknownx")], subject={"reference": "#pat"}), "invalid",
     expr="Observation.contained[0]", rule="contained resources are validated by their type")
case("contained-referenced-from-extension", d(PAT, contained=[{"resourceType": "Organization", "id": "org", "name": "Clinic"}],
     extension=[{"url": "http://example.org/fhir/StructureDefinition/referring-org", "valueReference": {"reference": "#org"}}]), "valid",
     rule="a reference in an extension counts for dom-3", conf="low", note="unknown example.org extension is a warning in Java")
case("contained-refers-to-container", d(OBS, contained=[{"resourceType": "Observation", "id": "member", "status": "final",
     "code": {"text": "Part"}, "hasMember": [{"reference": "#"}]}], hasMember=[{"reference": "#member"}]), "valid",
     rule="'#' refers to the container")
case("contained-ref-missing-target", d(OBS, subject={"reference": "#nothere"}), "invalid", expr="Observation.subject",
     rule="ref-1: a local reference needs a contained resource")
case("contained-no-id", d(OBS, contained=[{"resourceType": "Patient", "gender": "male"}]), "invalid", rule="contained resources need an id",
     conf="low", note="Java: 'Contained resource has no id' (plus dom-3)")

# narrative
def nar(div, **kw):
    return d(PAT, text=narrative(div, **kw))
case("narrative-valid-table", nar(f'<div xmlns="{XHTML}"><table><tr><td>a</td></tr></table><ul><li>b</li></ul><a href="http://example.org">c</a></div>'),
     "valid", rule="allowed XHTML elements")
UNOTE = "fhir-test-cases patient-url-good / patient-url-bad (Java UrlUtil.checkValidUrl: 'URL contains invalid characters', ERROR)"
case("narrative-link-invalid-chars", nar(f'<div xmlns="{XHTML}"><p>x <a href="http://example.com/{{[-}}]/link.html">link</a></p></div>'), "invalid",
     expr="Patient.text.div", rule="narrative link URL with characters URLs do not allow", note=UNOTE)
case("narrative-img-space", nar(f'<div xmlns="{XHTML}"><p>x</p><img src="http://example.com/my picture.png" alt="x"/></div>'), "invalid",
     expr="Patient.text.div", rule="narrative image URL with a space", note=UNOTE)
case("narrative-link-query-fragment", nar(f'<div xmlns="{XHTML}"><p>x <a href="http://example.com/a?b=1&amp;c=(2)#top">link</a></p></div>'), "valid",
     rule="narrative link URL with query, parentheses and fragment", note=UNOTE)
case("narrative-script", nar(f'<div xmlns="{XHTML}"><p>x</p><script>alert(1)</script></div>'), "invalid", expr="Patient.text.div",
     rule="txt-1: no script")
case("narrative-onclick", nar(f'<div xmlns="{XHTML}"><p onclick="alert(1)">x</p></div>'), "invalid", expr="Patient.text.div",
     rule="txt-1: no event attributes")
case("narrative-form", nar(f'<div xmlns="{XHTML}"><form><p>x</p></form></div>'), "invalid", expr="Patient.text.div",
     rule="txt-1: no form elements")
case("narrative-unknown-tag", nar(f'<div xmlns="{XHTML}"><foo>x</foo></div>'), "invalid", expr="Patient.text.div", rule="txt-1: only basic html")
case("narrative-empty-div", nar(f'<div xmlns="{XHTML}"></div>'), "invalid", expr="Patient.text.div", rule="txt-2: some non-whitespace content")
case("narrative-whitespace-div", nar(f'<div xmlns="{XHTML}">   </div>'), "invalid", expr="Patient.text.div", rule="txt-2: some non-whitespace content")
case("narrative-image-only", nar(f'<div xmlns="{XHTML}"><img src="#pic" alt="x"/></div>'), "valid",
     rule="txt-2 accepts an image as content", conf="low")
case("narrative-no-namespace", nar('<div><p>x</p></div>'), "invalid", expr="Patient.text.div", rule="div in the XHTML namespace")
case("narrative-root-not-div", nar(f'<p xmlns="{XHTML}">x</p>'), "invalid", expr="Patient.text.div", rule="narrative root is a div")
case("narrative-malformed", nar(f'<div xmlns="{XHTML}"><p>x</div>'), "invalid", rule="narrative must be well-formed XHTML")
case("narrative-missing-status", d(PAT, text={"div": f'<div xmlns="{XHTML}">x</div>'}), "invalid", expr="Patient.text",
     msg="status", rule="Narrative.status 1..1")
case("narrative-missing-div", d(PAT, text={"status": "generated"}), "invalid", expr="Patient.text", msg="div", rule="Narrative.div 1..1")
case("narrative-bad-status", nar(f'<div xmlns="{XHTML}">x</div>', status="automatic"), "invalid", expr="Patient.text.status",
     rule="Narrative.status required binding")
case("narrative-style-attribute", nar(f'<div xmlns="{XHTML}"><p style="color: red">x</p></div>'), "valid", rule="style attribute allowed")
case("narrative-entity", nar(f'<div xmlns="{XHTML}"><p>a &amp; b &lt; c</p></div>'), "valid", rule="XML escapes in narrative")
case("narrative-html-entity", nar(f'<div xmlns="{XHTML}"><p>a&nbsp;b</p></div>'), "invalid", rule="HTML entities are not defined in XHTML",
     conf="low", note="Java's XHTML parser may accept &nbsp; with a warning")

# references
case("ref-relative-valid", d(OBS, subject={"reference": "Patient/123"}), "valid", rule="relative reference")
case("ref-absolute-valid", d(OBS, subject={"reference": "http://example.org/fhir/Patient/123"}), "valid", rule="absolute reference")
case("ref-versioned-valid", d(OBS, subject={"reference": "Patient/123/_history/2"}), "valid", rule="version-specific reference")
case("ref-display-only", d(OBS, subject={"display": "John Smith"}), "valid", rule="reference with display only (ref-1 holds)")
case("ref-identifier-only", d(OBS, subject={"identifier": {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}}), "valid",
     rule="logical reference")
case("ref-wrong-target-type", d(OBS, subject={"reference": "Medication/123"}), "invalid", expr="Observation.subject",
     rule="reference target type must be allowed")
case("ref-type-element-mismatch", d(OBS, subject={"reference": "Patient/123", "type": "Group"}), "invalid", expr="Observation.subject",
     rule="Reference.type must agree with the reference", conf="low")
case("ref-type-not-allowed", d(OBS, subject={"identifier": {"value": "1"}, "type": "Medication"}), "invalid", expr="Observation.subject",
     rule="Reference.type must be an allowed target", conf="low")
case("ref-unknown-resource-type", d(OBS, subject={"reference": "Foo/123"}), "invalid", expr="Observation.subject",
     rule="reference to an unknown resource type", conf="low")
case("ref-contained-wrong-type", d(OBS, contained=[{"resourceType": "Medication", "id": "med"}], subject={"reference": "#med"}), "invalid",
     expr="Observation.subject", rule="contained target type must be allowed")
case("ref-any-target", d(OBS, focus=[{"reference": "Medication/123"}]), "valid", rule="Observation.focus allows any resource")
case("ref-urn-uuid-unresolved", d(OBS, subject={"reference": "urn:uuid:3b2a1c5e-6f7d-4e8a-9b0c-1d2e3f4a5b6c"}), "valid",
     rule="an unresolvable urn:uuid outside a Bundle is not an error", conf="low")

# extensions
case("ext-known-valid", d(PAT, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
     "valueAddress": {"city": "Leeds"}}]), "valid", rule="core extension used correctly")
case("ext-known-wrong-value-type", d(PAT, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
     "valueString": "Leeds"}]), "invalid", expr="Patient.extension[0]", rule="extension value type from its definition")
case("ext-wrong-context", d(OBS, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
     "valueAddress": {"city": "Leeds"}}]), "invalid", expr="Observation.extension[0]", rule="extension context")
case("ext-value-and-extension", d(PAT, extension=[{"url": "http://example.org/fhir/StructureDefinition/x", "valueString": "a",
     "extension": [{"url": "y", "valueString": "b"}]}]), "invalid", expr="Patient.extension[0]", msg="ext-1", rule="ext-1")
case("ext-neither-value-nor-extension", d(PAT, extension=[{"url": "http://example.org/fhir/StructureDefinition/x", "id": "e1"}]),
     "invalid", expr="Patient.extension[0]", rule="ext-1 (and ele-1)")
case("ext-missing-url", d(PAT, extension=[{"valueString": "a"}]), "invalid", expr="Patient.extension[0]", rule="Extension.url 1..1")
case("ext-unknown-example-org", d(PAT, extension=[{"url": "http://example.org/fhir/StructureDefinition/unknown", "valueString": "a"}]),
     "valid", rule="unknown extension on an example URL: a hint only",
     note="the Java test harness allows example URLs (setAllowExamples(true) unless a test says otherwise)")
case("ext-unknown-real-domain", d(PAT, extension=[{"url": "https://fhir.acme-health.co.uk/StructureDefinition/unknown", "valueString": "a"}]),
     "invalid", expr="Patient.extension[0]", rule="unknown extension on a non-example URL",
     note="Java: 'The extension ... is unknown, and not allowed here' is an ERROR unless the domain is allowed; "
          "issue 4 asks for a warning, so the spec and the reference disagree here")
case("ext-unknown-modifier", d(PAT, modifierExtension=[{"url": "http://example.org/fhir/StructureDefinition/unknown-mod",
     "valueBoolean": True}]), "valid", rule="unknown modifierExtension on an example URL", conf="low",
     note="Java's checkExtension treats an unknown modifier like any unknown extension (hint for allowed example URLs); "
          "issue 4 asks for an error, so this is a policy conflict to decide, not asserted")
case("ext-unknown-modifier-real-domain", d(PAT, modifierExtension=[{"url": "https://fhir.acme-health.co.uk/StructureDefinition/unknown-mod",
     "valueBoolean": True}]), "invalid", expr="Patient.modifierExtension[0]", rule="unknown modifierExtension on a non-example URL")
case("ext-nonmodifier-as-modifier", d(PAT, modifierExtension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
     "valueAddress": {"city": "Leeds"}}]), "invalid", expr="Patient.modifierExtension[0]",
     rule="a non-modifier extension used as modifierExtension")
case("ext-data-absent-reason-primitive", d(OBS, valueQuantity={"_value": {"extension": [{"url": DAR, "valueCode": "masked"}]}, "unit": "mmHg"}),
     "valid", rule="a primitive with only an extension satisfies ele-1")
case("ext-data-absent-reason-wrong-code", d(PAT, _birthDate={"extension": [{"url": DAR, "valueCode": "not-a-reason"}]}), "invalid",
     expr="Patient.birthDate.extension[0]", rule="data-absent-reason value bound (required) to DataAbsentReason")
case("ext-complex-valid", d(PAT, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-nationality", "extension": [
    {"url": "code", "valueCodeableConcept": {"text": "British"}}]}]), "valid", rule="complex core extension")
case("ext-complex-unknown-subextension", d(PAT, extension=[{"url": "http://hl7.org/fhir/StructureDefinition/patient-nationality", "extension": [
    {"url": "nickname", "valueString": "x"}]}]), "invalid", expr="Patient.extension[0]", rule="sub-extension url not defined by the complex extension",
     note="Java: EXTENSION_EXT_SUBEXTENSION_INVALID is a rule (error) although the extension's slicing is open")
case("ext-on-primitive-known", d(PAT, name=[{"family": "Smith", "_family": {"extension": [
    {"url": "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix", "valueString": "van"}]}}]), "valid",
     rule="extension on a primitive with matching context")

# bindings
case("binding-required-wrong-code", d(PAT, gender="unknownx"), "invalid", expr="Patient.gender", rule="required binding on code")
case("binding-required-wrong-status", d(OBS, status="done"), "invalid", expr="Observation.status", rule="required binding on code")
case("binding-required-address-use", d(PAT, address=[{"use": "home2", "city": "Leeds"}]), "invalid", expr="Patient.address[0].use",
     rule="Address.use required")
case("binding-required-contactpoint-system", d(PAT, telecom=[{"system": "fax2", "value": "1"}]), "invalid",
     expr="Patient.telecom[0].system", rule="ContactPoint.system required")
case("binding-required-identifier-use", d(PAT, identifier=[{"use": "primary", "value": "1"}]), "invalid",
     expr="Patient.identifier[0].use", rule="Identifier.use required")
case("binding-required-name-use", d(PAT, name=[{"use": "nickname", "family": "Smith"}]), "valid", rule="HumanName.use nickname is in the value set")
case("binding-unknown-code-in-known-system", d(OBS, category=[{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
     "code": "not-a-category"}]}]), "invalid", expr="Observation.category[0].coding[0]",
     rule="a code not in a complete CodeSystem known to the validator")
case("binding-extensible-other-system", d(PAT, maritalStatus={"coding": [{"system": "http://example.org/marital", "code": "x"}]}), "valid",
     rule="extensible binding: code from another system is a warning")
case("binding-extensible-text-only", d(PAT, maritalStatus={"text": "it is complicated"}), "valid", rule="extensible binding: text only")
case("binding-known-code-right-display", d(PAT, maritalStatus={"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
     "code": "M", "display": "Married"}]}), "valid", rule="code and display from the core package")
case("binding-display-mismatch", d(PAT, maritalStatus={"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
     "code": "M", "display": "Wed"}]}), "valid", rule="wrong display is a warning",
     note="Java: 'Display Name for ... should be one of' is a WARNING in the fhir-test-cases expectations")
case("binding-required-codeableconcept-wrong", {"resourceType": "AllergyIntolerance", "id": "a1", "patient": {"reference": "Patient/p1"},
     "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "gone"}]}},
     "invalid", expr="AllergyIntolerance.clinicalStatus", rule="required binding on CodeableConcept")
case("binding-required-codeableconcept-other-system", {"resourceType": "AllergyIntolerance", "id": "a1", "patient": {"reference": "Patient/p1"},
     "clinicalStatus": {"coding": [{"system": "http://example.org/status", "code": "active"}]}}, "invalid",
     expr="AllergyIntolerance.clinicalStatus", rule="required binding: no coding from the value set")
case("binding-snomed-no-tx", {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
     "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003", "display": "Hypertension"}]}}, "valid",
     rule="SNOMED CT cannot be checked without a terminology server: not an error")
case("binding-ucum-valid", d(OBS, valueQuantity={"value": 72, "unit": "beats/minute", "system": "http://unitsofmeasure.org", "code": "/min"}),
     "valid", rule="UCUM unit")
case("binding-ucum-invalid", d(OBS, valueQuantity={"value": 72, "unit": "x", "system": "http://unitsofmeasure.org", "code": "notaunit"}),
     "invalid", expr="Observation.valueQuantity", rule="UCUM code validity",
     note="Java: 'Error processing Unit: ... is unknown' is an ERROR in the fhir-test-cases expectations")
case("binding-quantity-comparator-wrong", d(OBS, valueQuantity={"value": 72, "comparator": "=="}), "invalid",
     expr="Observation.valueQuantity.comparator", rule="Quantity.comparator required binding")
case("binding-language-code", d(PAT, language="en-GB"), "valid", rule="Resource.language (BCP-47)")
case("binding-mime-type", d(PAT, photo=[{"contentType": "image/png", "url": "http://example.org/p.png"}]), "valid",
     rule="Attachment.contentType")
case("binding-required-codeableconcept-text-only", {"resourceType": "AllergyIntolerance", "id": "a1", "patient": {"reference": "Patient/p1"},
     "clinicalStatus": {"text": "active"}}, "invalid", expr="AllergyIntolerance.clinicalStatus",
     rule="required binding on a CodeableConcept with no coding", note="Java: 'No code provided, and a code is required from the value set'")
case("ref-relative-without-type", d(OBS, subject={"reference": "3b2a1c5e"}), "invalid", expr="Observation.subject",
     rule="relative references must be [ResourceName]/[id]", note="Java: 'Relative URLs must be of the format [ResourceName]/[id]' (ERROR)")
case("identifier-system-relative", d(PAT, identifier=[{"system": "local-ids", "value": "1"}]), "invalid", expr="Patient.identifier[0]",
     rule="Identifier.system must be absolute", note="Java: 'Identifier.system must be an absolute reference, not a local reference' (ERROR)")
case("coding-system-is-valueset", {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
     "code": {"coding": [{"system": "http://hl7.org/fhir/ValueSet/condition-code", "code": "x"}]}}, "invalid", expr="Condition.code.coding[0]",
     rule="Coding.system must be a code system, not a value set", note="Java: 'The Coding references a value set, not a code system' (ERROR)")
case("meta-security-duplicate", d(PAT, meta={"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"},
     {"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]}), "invalid", expr="Patient.meta",
     rule="duplicate security labels", note="Java: 'Duplicate Security Label' (ERROR)")
case("org-2-home-address", {"resourceType": "Organization", "id": "org1", "name": "Clinic", "address": [{"use": "home", "city": "Leeds"}]},
     "invalid", expr="Organization.address[0]", msg="org-2", rule="org-2")
case("ext-relative-url", d(PAT, extension=[{"url": "favourite-colour", "valueString": "red"}]), "invalid", expr="Patient.extension[0]",
     rule="a top-level extension url must be absolute", note="Java: 'Extension.url must be an absolute URL' (ERROR)")
ANIMAL = "http://hl7.org/fhir/StructureDefinition/patient-animal"
case("ext-complex-valid-animal", d(PAT, extension=[{"url": ANIMAL, "extension": [{"url": "species", "valueCodeableConcept": {"text": "Dog"}}]}]),
     "valid", rule="complex core extension with its required sub-extension")
case("ext-complex-missing-required-sub", d(PAT, extension=[{"url": ANIMAL, "extension": [{"url": "breed", "valueCodeableConcept": {"text": "Collie"}}]}]),
     "invalid", expr="Patient.extension[0]", rule="complex extension: required sub-extension (species 1..1) missing",
     note="Java: 'Element ...extension[species]: minimum required = 1, but only found 0' (ERROR)")
case("coding-unknown-hl7-system", d(PAT, identifier=[{"type": {"coding": [{"system": "http://hl7.org/fhir/v2/0203", "code": "MR"}]}, "value": "1"}]),
     "invalid", expr="Patient.identifier[0].type.coding[0]", rule="an unknown code system in the hl7.org/fhir namespace is an error",
     note="Java: 'Unknown Code System http://hl7.org/fhir/v2/0203' (ERROR, fhir-test-cases patient-example-ra4, R4)")
case("coding-unknown-other-system", d(PAT, identifier=[{"type": {"coding": [{"system": "http://example.org/id-types", "code": "MR"}]}, "value": "1"}]),
     "valid", rule="an unknown code system outside hl7.org is information only")
case("coding-system-relative", d(PAT, maritalStatus={"coding": [{"system": "marital", "code": "M"}]}), "invalid",
     expr="Patient.maritalStatus.coding[0]", rule="Coding.system must be absolute",
     note="Java: 'Coding.system must be an absolute reference, not a local reference' (ERROR)")
